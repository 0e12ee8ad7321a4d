/**
 * A paste the user labels as another system's or as taken before the change (QA60 #1, #2, #4). Pure.
 *
 * - "for comparison, here is the xstatus of our lab C40 which works:", "this one is from the lab box: <SELECT @@VERSION>",
 *   「これは別拠点のコーデックの結果です（うちのではありません）:」: that system is not this case's. As in words ("for comparison,
 *   our lab C40 on TC7.3.3 works": the failing release stays the one answered for), nothing in the paste replaces the case's
 *   values (the failing endpoints' release, the SQL Server on the TMS server and its TLS 1.0 caveat) nor joins its evidence;
 *   the reply says what the paste shows about that other system and which values of this case stay.
 * - "the capture from yesterday, before the change:", 「変更前に取ったキャプチャです:」: the before picture of knowledge.md's
 *   Symptom (a TLS 1.0 ClientHello, reset): it confirms the cause and says nothing about the level now; the after picture is a
 *   ClientHello offering TLS 1.2 (0x0303, Fix step 7). Not joined to the evidence (it would be read as the state now).
 *
 * Only once the case has facts, and only for a paste that a reader reads (src/conversation/evidence.ts).
 */
import type { Facts, LocalizedText } from '../domain/types';
import { endpointRefusesTls10, formatEndpoint, formatSql, formatTms } from '../domain/versions';
import { diagnose } from '../domain/diagnose';
import { pasteLabelIn, type PasteSource } from '../domain/understand/paste-label';
import { pastedEvidence } from './evidence';
import type { Block } from './document';
import type { ConversationState, TurnResult } from './types';
import { next, para, paraFrom, respond } from './compose';
import { shown, type SetKey } from './retraction';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

const SOURCE: Record<PasteSource, LocalizedText> = {
  lab: L('your lab or test system', '検証環境（テスト環境）のシステム'),
  site: L('another site or organisation', '別の拠点（または他社）のシステム'),
  'not-ours': L('a system that is not the one of this case', 'この件のシステムではないもの'),
  compare: L('a working system you compare with', '比較用の、正常に動いているシステム'),
};

/** The case's values a paste could have set (the server's and the endpoints'). */
const KEYS: readonly SetKey[] = ['endpoint', 'tms', 'sql', 'sqlLocation', 'windows'];

const OTHER_LEAD = {
  en: (who: string, kept: string) =>
    `You say this paste comes from ${who}, so I keep it apart from this case: nothing in it replaces what you told me about the failing system${kept ? ` (I keep ${kept})` : ''}, and I do not add it to this case's evidence.`,
  ja: (who: string, kept: string) =>
    `この貼り付けは${who}のものとのことなので、この件とは分けて扱います。失敗しているシステムについてお聞きした内容${kept ? `（${kept}）` : ''}はそのままで、この件の証拠にも加えていません。`,
};
const SHOWS: LocalizedText = L('What it shows about that system:', 'そのシステムについて読み取れたこと：');
const ENDPOINT_ACCEPTS = {
  en: (other: string, held: string | null) =>
    `${other} still accepts TLS 1.0 (TC up to 7.3.5 and CE 8.0.x do), so a TMS at the default Medium level can still manage it: that fits this problem rather than arguing against it${held ? `, and my answer stays for the endpoints on ${held}, which refuse TLS 1.0` : ''}.`,
  ja: (other: string, held: string | null) =>
    `${other}${/[a-z0-9.]$/i.test(other) ? ' ' : ''}は TLS 1.0 をまだ受け付けます（TC 7.3.5 以前と CE 8.0.x は受け付けます）。そのため、既定の Medium の TMS からでも管理できます。これはこの問題と矛盾せず、むしろ合っています${held ? `。回答は、TLS 1.0 を拒否する ${held} のエンドポイントについてのままです` : ''}。`,
};
const ENDPOINT_REFUSES = {
  en: (other: string) =>
    `${other} refuses TLS 1.0 as well (TC 7.3.6 and later, CE 8.1 and later), so a TMS that manages it over HTTPS offers TLS 1.2, which means Medium-High or High on that TMS. If it works there, compare that TMS's Communication Security level and its TLS 1.2 Client keys with this TMS server's.`,
  ja: (other: string) =>
    `${other} も TLS 1.0 を拒否します（TC 7.3.6 以降、CE 8.1 以降）。それを HTTPS で管理できている TMS は TLS 1.2 を提示しており、その TMS は Medium-High か High のはずです。そちらで動いているなら、その TMS の [Communication Security] のレベルと TLS 1.2 の Client キーを、この TMS サーバーのものと比べてください。`,
};
const SERVER_VALUE = {
  en: (other: string, held: string) => `${other} in it is that system's; this case keeps ${held}.`,
  ja: (other: string, held: string) => `貼り付けにある ${other} はそのシステムのものです。この件は「${held}」のままです。`,
};
const STANDS: LocalizedText = L('Still holds for this case', 'この件では引き続き有効です');
const AFTER_ALL: LocalizedText = L(
  'If the paste is from the failing system after all, tell me so in words, with the value it shows.',
  '貼り付けが実は失敗しているシステムのものであれば、そこに出ている値を添えて、言葉でお知らせください。',
);

const BEFORE_LEAD: LocalizedText = L(
  'You say this was taken before the change, so it shows how things were then, not how they are now: I read it as the before picture and do not add it to the current state.',
  '変更前に取ったものとのことなので、今の状態ではなく、当時の状態を示しています。変更前の様子として読み、今の状態には加えていません。',
);
const BEFORE_HELLO: LocalizedText = L(
  'A ClientHello offering only TLS 1.0 (answered with a reset, or not at all) is what this problem looks like before the fix: TMS at Medium offers only TLS 1.0, and endpoints on TC 7.3.6+ / CE 8.1+ refuse it. So it confirms the cause; it says nothing about the level in effect now. The after picture is a ClientHello offering TLS 1.2: Client Hello > Version 0x0303 (the record-layer version may still read 0x0301), answered by a ServerHello instead of a reset. If you take a capture now and paste it, I will read it against that.',
  'TLS 1.0 だけを提示する ClientHello（リセットされる、または応答がない）は、修正前のこの問題の様子そのものです。Medium の TMS は TLS 1.0 だけを提示し、TC 7.3.6 以降 / CE 8.1 以降のエンドポイントはそれを拒否します。つまり原因の裏付けにはなりますが、今どのレベルが効いているかは分かりません。変更後の様子は、TLS 1.2 を提示する ClientHello です。Client Hello > Version が 0x0303 になり（レコード層のバージョンは 0x0301 のままのことがあります）、リセットではなく ServerHello が返ります。今のキャプチャを取って貼り付けていただければ、それと照らして読みます。',
);
const THEN: LocalizedText = L('What it showed then:', '当時の状態として読み取れたこと：');

/** The note for a paste whose lines after a label line are another system's (FIX61B #6, paste-label.ts otherSystemFromLine). */
export function otherPartNote(label: string, source: PasteSource, inLine = false): LocalizedText {
  const q = label.slice(0, 80);
  // (The label at the end of the line with the case's words, QA62 #5: the words before it are read, the paste after it is not.)
  if (inLine) {
    return {
      en: `The paste after "${q}" comes, as you say, from ${SOURCE[source].en}: I read your words before it into this case and left the paste out. To have it compared, send it on its own with the same label.`,
      ja: `「${q}」の後の貼り付けは、${SOURCE[source].ja}のものとのことなので、この件にはその前に書かれた内容だけを読み込み、貼り付けは除外しました。比較したい場合は、同じ説明を付けて別に送ってください。`,
    };
  }
  return {
    en: `The lines after "${q}" come, as you say, from ${SOURCE[source].en}: I read only the part before that line into this case and left the rest out. To have that part compared, send it on its own with the same label.`,
    ja: `「${q}」より後の行は、${SOURCE[source].ja}のものとのことなので、この件にはその行より前の部分だけを読み込み、残りは除外しました。その部分を比較したい場合は、同じ説明を付けて別に送ってください。`,
  };
}

/** The reply to a labelled paste, or null (not labelled, nothing read, or nothing known yet). */
export function onLabelledPaste(s: ConversationState, text: string): TurnResult | null {
  if (Object.keys(s.facts).length === 0 || text.length < 20 || !/[\n:：]/.test(text)) return null;
  const label = pasteLabelIn(text);
  if (!label) return null;
  const ev = pastedEvidence(text);
  if (!ev) return null;
  const lang = s.lang;
  const pre: Block[] = [];
  if (label.kind === 'before-change') {
    pre.push(paraFrom(BEFORE_LEAD, lang));
    const hello10 = ev.observations.some((o) => o.code.startsWith('capture-') && /tls10/.test(o.code));
    const lines = once(ev.observations.map((o) => o.detail[lang]).filter((d): d is string => typeof d === 'string')).slice(0, 6);
    if (lines.length) pre.push({ type: 'context', text: THEN[lang] }, { type: 'bullets', items: lines });
    if (hello10) pre.push(paraFrom(BEFORE_HELLO, lang));
    return { ...respond(next(s, {}), pre, [], false, s.facts), route: 'before-change-paste' };
  }
  const f = ev.facts as Partial<Facts>;
  const sep = lang === 'ja' ? '、' : ' · ';
  const kept = KEYS.filter((k) => f[k as keyof Facts] !== undefined || (k === 'sqlLocation' && f.sql !== undefined))
    .map((k) => shown(k, s.facts, lang))
    .filter((v): v is string => !!v);
  pre.push(para(OTHER_LEAD[lang](SOURCE[label.source][lang], kept.join(sep))));
  // (The endpoint's certificate matters at High only, and only for the failing system: not listed for another one.)
  const lines = ev.observations
    .filter((o) => o.code !== 'endpoint-cert-untrusted' && o.code !== 'endpoint-accepts-tls10')
    .map((o) => o.detail[lang])
    .filter((d): d is string => typeof d === 'string');
  const shownLines = once(lines).slice(0, 8);
  const accepts10 = ev.observations.some((o) => o.code === 'endpoint-accepts-tls10');
  if (shownLines.length) pre.push({ type: 'context', text: SHOWS[lang] }, { type: 'bullets', items: shownLines });
  const held = s.facts.endpoint && endpointRefusesTls10(s.facts.endpoint) ? formatEndpoint(s.facts.endpoint) : null;
  if (f.endpoint) {
    const other = formatEndpoint(f.endpoint);
    if (!endpointRefusesTls10(f.endpoint)) pre.push(para(ENDPOINT_ACCEPTS[lang](other, held)));
    else if (label.source === 'compare' || /work|正常|動いて/i.test(text.slice(0, 240))) pre.push(paraFrom(L(ENDPOINT_REFUSES.en(other), ENDPOINT_REFUSES.ja(other)), lang));
  } else if (accepts10) {
    // (openssl -tls1 completing against that system: it accepts TLS 1.0, as TC up to 7.3.5 and CE 8.0.x do.)
    const that = lang === 'ja' ? 'そのシステム' : 'That system';
    pre.push(para(ENDPOINT_ACCEPTS[lang](that, held)));
  }
  const server: [string | undefined, string | undefined][] = [
    [f.tms ? formatTms(f.tms) : undefined, shown('tms', s.facts, lang)],
    [f.sql ? formatSql(f.sql) : undefined, [shown('sql', s.facts, lang), shown('sqlLocation', s.facts, lang)].filter(Boolean).join(lang === 'ja' ? '、' : ', ') || undefined],
  ];
  for (const [other, mine] of server) if (other && mine) pre.push(para(SERVER_VALUE[lang](other, mine)));
  // (The SQL caveat of this case's SQL Server, SQL 2008 R2 on the TMS server needing TLS 1.0, QA60 #2: said to stand, by its title.)
  const caveat = f.sql && s.facts.sql ? diagnose(s.facts).findings.find((x) => x.code.startsWith('caveat-sql')) : undefined;
  if (caveat) pre.push({ type: 'warning', title: STANDS[lang], text: caveat.title[lang] });
  pre.push(paraFrom(AFTER_ALL, lang));
  return { ...respond(next(s, {}), pre, [], false, s.facts), route: 'labelled-paste' };
}

/** Lines not said in full by a longer one ("no answer from the server" under "the ClientHello offered TLS 1.0 …; no answer …"). */
function once(lines: string[]): string[] {
  const core = (d: string) => d.toLowerCase().replace(/[.。]\s*$/, '');
  return lines.filter((d, i) => !lines.some((o, j) => j !== i && o.length > d.length && core(o).includes(core(d))));
}

/** The note for a paste whose host name has a lab-like part (QA62 #5b, paste-label.ts labLikeHostIn): kept apart, the host asked about. */
export function labLikeHostNote(host: string): LocalizedText {
  const h = host.slice(0, 63);
  return {
    en: `The paste names the host ${h}. A name with LAB, TEST or DEV in it may be a lab or test machine, or just how your servers are named, so I have kept this paste apart from the case for now and used none of it. If ${h} is the production TMS server, send the paste again with a line such as "this is from the production TMS server" and I will read it in; if it is a lab or test machine, nothing more is needed.`,
    ja: `貼り付けにはホスト名 ${h} が出ています。LAB、TEST、DEV を含む名前は検証用・テスト用のマシンのこともあれば、単にサーバの命名規則のこともあるため、ひとまずこの貼り付けはこの件とは分けて扱い、内容は使っていません。${h} が本番の TMS サーバであれば、「本番の TMS サーバのものです」のような一文を付けてもう一度貼り付けてください。読み込みます。検証用・テスト用のマシンであれば、このままで構いません。`,
  };
}
