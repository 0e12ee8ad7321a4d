/**
 * "what does 1205 mean?", "what is alert 40?", 「1205 って何ですか」 after evidence was read: the number is
 * looked up in what the evidence showed (its observations' details), and answered by its role there —
 * an event id (what the event says), a TLS alert (its name, and for 40 and 70 what it points at), a
 * Schannel error state (not documented in the sources: the alert is what matters), an HTTP status.
 * A number the evidence does not hold is left to the other readers (null). Bounded input, linear regexes.
 */
import type { LocalizedText } from '../domain/types';
import { alertName, eventMeaning } from '../evidence/text';
import type { ConversationState, TurnResult } from './types';
import { next, reply, paraFrom } from './compose';
import { eventAnswer } from './question-answers';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

const NUMBER_QUESTION_EN =
  /^\s*(?:(?:so|ok|okay|and|hmm|sorry)[,\s]+)?(?:what(?:'s|\sis|\sdoes|\sdo|s)|explain|meaning\sof)\s(?:the\s|an?\s|that\s)?(?:(?:schannel\s|tls\s|sql\s)?(?:error\s|internal\s)?(?:alert|state|event|error|status|code)(?:\s(?:code|id|number|state))?\s)?(?:#\s?)?(\d{1,6})(?!\d)(?:\s(?:mean|means|indicate|stand\sfor|refer\sto))?(?:,?\s(?:exactly|precisely|here|again|in\s(?:this|our)\scase))?\s*(?:[?？.]+\s*)?$/i;
const NUMBER_QUESTION_JA =
  /^\s*(?:(?:アラート|ステート|状態|エラー状態|イベント|エラー|コード|ステータス)\s?)?(\d{1,6})(?!\d)\s?(?:の意味|(?:と|って)は?\s?(?:正確には|具体的には|要するに)?\s?(?:何|なに|どういう(?:意味|こと))|(?:は|が)\s?(?:正確には|具体的には)?\s?何を(?:意味|示)|は\s?(?:正確には|具体的には)?\s?どういう(?:意味|こと)|は\s?(?:正確には|具体的には)?\s?(?:何|なに))/;

/** The number a "what does N mean?" question asks about, or null. */
export function numberAsked(text: string): number | null {
  let t = text.slice(0, 200);
  try {
    t = t.normalize('NFKC');
  } catch {
    /* keep */
  }
  const m = NUMBER_QUESTION_EN.exec(t) ?? NUMBER_QUESTION_JA.exec(t);
  return m ? Number(m[1]) : null;
}

type Role = 'event' | 'alert' | 'state' | 'status' | 'unknown';

/** The role the number plays in the evidence's details ("36888: …", "alert 40", "state 1205", "301 Moved"), or null when absent. */
function roleIn(details: readonly string[], n: number): Role | null {
  const d = details.join('\n');
  if (!new RegExp(`(?<![\\d.x])${n}(?![\\d.])`, 'i').test(d)) return null;
  if (new RegExp(`(?<![a-z])alert\\s?(?:number\\s|code\\s)?${n}(?!\\d)`, 'i').test(d)) return 'alert';
  if (new RegExp(`(?<![a-z])(?:error\\s)?state\\s?${n}(?!\\d)`, 'i').test(d)) return 'state';
  if (eventMeaning(n)) return 'event';
  if (n >= 100 && n <= 599 && new RegExp(`(?<!\\d)${n}\\s(?:moved|found|ok|not|bad|forbidden|unauthorized|internal|service|see\\sother|temporary|permanent)`, 'i').test(d)) return 'status';
  return 'unknown';
}

function alertText(n: number): LocalizedText[] {
  const name = alertName(n);
  if (n === 40)
    return [
      L(
        'Alert 40 is the TLS alert handshake_failure. Here it most often means the two sides share no cipher suite: after hardening with a GPO or IIS Crypto the handshake fails with alert 40 even at TLS 1.2. Compare the cipher suites left enabled on the TMS server with those the other side accepts.',
        'アラート 40 は TLS の handshake_failure です。この件では、多くの場合、双方に共通の暗号スイートがないことを意味します。GPO や IIS Crypto で強化したあとは、TLS 1.2 でもアラート 40 でハンドシェイクが失敗します。TMS サーバで有効な暗号スイートと、相手側が受け付ける暗号スイートを比べてください。',
      ),
    ];
  if (n === 70)
    return [
      L(
        'Alert 70 is the TLS alert protocol_version: the other side refused the TLS version offered. Here that is the TLS 1.0 problem itself: TMS offers TLS 1.0 and the endpoint accepts only later versions.',
        'アラート 70 は TLS の protocol_version です。提示された TLS バージョンを相手側が拒否したことを示します。この件では TLS 1.0 の問題そのもので、TMS が TLS 1.0 を提示し、エンドポイントはそれより新しいバージョンしか受け付けていません。',
      ),
    ];
  return [
    name
      ? L(`Alert ${n} is the TLS alert ${name}. My sources do not tie it to this problem: the alerts they explain are 40 (handshake_failure, often no cipher suite in common) and 70 (protocol_version, the TLS version refused).`, `アラート ${n} は TLS の ${name} です。手元の資料では、この件との関係は説明されていません。資料が説明しているのは 40（handshake_failure、多くは共通の暗号スイートがない）と 70（protocol_version、TLS バージョンの拒否）です。`)
      : L(`Alert ${n} is a TLS alert number that my sources do not explain. The ones they do are 40 (handshake_failure, often no cipher suite in common) and 70 (protocol_version, the TLS version refused).`, `アラート ${n} は、手元の資料では説明されていない TLS アラートの番号です。資料が説明しているのは 40（handshake_failure、多くは共通の暗号スイートがない）と 70（protocol_version、TLS バージョンの拒否）です。`),
  ];
}

/**
 * Alert 70 asked about with no alert 70 in the evidence (QA50 #16): what it is and what it would point at here, without
 * saying that this case shows it. The reference capture shows a reset, not an alert; at Medium-High TMS offers TLS 1.2,
 * so a refusal then points at the endpoint's minimum version (knowledge.md, endpoint side).
 */
const ALERT70_ASKED = L(
  'Alert 70 is the TLS alert protocol_version: the side that sends it refuses the TLS version offered to it. In this problem that points at TLS 1.0: TMS at Medium offers only TLS 1.0, which TC 7.3.6 and later and CE 8.1 and later no longer accept (in Cisco\'s capture of the case the endpoint answers with a TCP reset rather than an alert; both mean the hello was refused). If TMS is already at Medium-High and offers TLS 1.2, alert 70 means the other side wants a version TMS does not offer: check that side\'s minimum version (on CE/RoomOS `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion`). A capture on the TMS server shows which side sent the alert and which version the ClientHello offered.',
  'アラート 70 は TLS の protocol_version です。送った側が、提示された TLS バージョンを拒否したことを示します。この件では TLS 1.0 が疑われます。Medium の TMS は TLS 1.0 しか提示せず、TC 7.3.6 以降と CE 8.1 以降はそれを受け付けないためです（Cisco が示すこの件のキャプチャでは、エンドポイントはアラートではなく TCP のリセットを返しますが、どちらも hello が拒否されたことを意味します）。TMS がすでに Medium-High で TLS 1.2 を提示しているのにアラート 70 が出る場合は、相手側が TMS の提示しないバージョンを求めています。相手側の最低バージョン（CE/RoomOS では `xConfiguration NetworkServices HTTPS Server MinimumTLSVersion`）を確認してください。TMS サーバでキャプチャを取ると、どちら側がアラートを送り、ClientHello がどのバージョンを提示したかが分かります。',
);
const alertAsked = (n: number): LocalizedText[] => (n === 70 ? [ALERT70_ASKED] : alertText(n));

/** The answer for a number the evidence holds, or null (the number is not in it, or nothing was read). */
export function onNumberMeaning(s: ConversationState, text: string): TurnResult | null {
  const n = numberAsked(text);
  const obs = s.facts.evidence?.observations ?? [];
  if (n === null) return null;
  const lang = s.lang;
  // "what does alert 70 mean exactly?" before any evidence (QA50 #16): a TLS alert asked by name is answered as one.
  if (!obs.length) return /(?<![a-z])alert(?![a-z])|アラート/i.test(text) && n <= 255 ? { state: next(s, {}), replies: [reply(lang, alertAsked(n).map((x) => paraFrom(x, lang)))] } : null;
  const role = roleIn(obs.map((o) => o.detail.en), n);
  // Not in the evidence: a known event is answered as a definition elsewhere; any other number, say so.
  if (!role) {
    if (eventMeaning(n)) return null;
    // "what does alert 70 mean?": a TLS alert asked by name is answered as one (what the sources say of it).
    if (/(?<![a-z])alert(?![a-z])|アラート/i.test(text) && n <= 255) return { state: next(s, {}), replies: [reply(lang, alertAsked(n).map((x) => paraFrom(x, lang)))] };
    const none = L(
      `${n} is not in the evidence I read in this conversation, and my sources do not document it. If it comes from a log line or a capture, paste the line and I will read it.`,
      `${n} は、この会話で読み取った証拠には出ておらず、手元の資料にも説明がありません。ログやキャプチャの行に出ているものであれば、その行を貼り付けてください。読み取ります。`,
    );
    return { state: next(s, {}), replies: [reply(lang, [paraFrom(none, lang)])] };
  }
  let out: LocalizedText[];
  if (role === 'alert') out = alertText(n);
  else if (role === 'event') out = eventAnswer(n, true);
  else if (role === 'state') {
    // The alert of the same event line, when one was read ("alert 40, state 1205").
    const alert = obs.map((o) => /(?<![a-z])alert\s(\d{1,3})(?!\d)/i.exec(o.detail.en)).find((m) => m)?.[1];
    out = [
      L(
        `${n} is the Schannel error state of the event: an internal code that Windows adds to the event. My sources do not document these state numbers, so I cannot tell you what ${n} means.`,
        `${n} はイベントの Schannel エラー状態で、Windows がイベントに付ける内部のコードです。手元の資料にはこの番号の説明がないため、${n} が何を意味するかはお答えできません。`,
      ),
      alert
        ? L(`The part that matters is the alert number, ${alert}:`, `重要なのはアラート番号 ${alert} のほうです。`)
        : L('The part that matters is the event id and the TLS alert number, when the line has one.', '重要なのは、イベント ID と、行にあれば TLS アラートの番号のほうです。'),
      ...(alert ? alertText(Number(alert)) : []),
    ];
  } else if (role === 'status') {
    out = [
      n === 301
        ? L('301 is the HTTP status Moved Permanently: the endpoint redirects plain HTTP to HTTPS. It is what TMS gets when it falls back to port 80 after the TLS handshake failed, so the endpoint wants HTTPS and the TLS handshake is the part to fix.', '301 は HTTP のステータス Moved Permanently で、エンドポイントが HTTP を HTTPS へリダイレクトしていることを示します。TLS ハンドシェイクに失敗した TMS がポート 80 に切り替えたときに受け取るもので、エンドポイントは HTTPS を求めているため、直すべきは TLS ハンドシェイクのほうです。')
        : L(`${n} is the HTTP status code the evidence shows. My sources only explain 301 (the endpoint redirecting HTTP to HTTPS) for this problem.`, `${n} は証拠に出ている HTTP のステータス コードです。手元の資料がこの件について説明しているのは 301（エンドポイントが HTTP を HTTPS へリダイレクト）だけです。`),
    ];
  } else {
    out = [
      L(
        `${n} appears in the evidence you pasted, but I do not know what it means there, and my sources do not document it. The parts I read from it are listed in my answer above.`,
        `${n} は貼り付けていただいた証拠に出ていますが、そこで何を意味するかは分かりません。手元の資料にも説明がありません。証拠から読み取った内容は、上の回答にまとめています。`,
      ),
    ];
  }
  return { state: next(s, {}), replies: [reply(lang, out.map((x) => paraFrom(x, lang)))] };
}
