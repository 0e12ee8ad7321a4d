/**
 * Questions about the kept probes (src/domain/probes-kept.ts, QA43 #3 #6 #8):
 * - naming probed addresses: "what did the probe of 127.0.0.1:35535 show?", "are 127.0.0.1:9 and
 *   127.0.0.1:35915 refusing TLS 1.0 too?", 「127.0.0.1:9 はどうでしたか」: answered from each kept result;
 * - "why is this one different?", 「なぜこれだけ違うのですか」: about the latest probe, by what it showed
 *   (an address that refuses every TLS version is not a TC/CE behaviour: what to check there).
 * Nothing is recorded; the open question follows. Pure.
 */
import type { Facts, Lang, LocalizedText } from '../domain/types';
import type { ProbeResult } from '../probe/types';
import { keptProbes, keptWhere, probeClass, probeLine } from '../domain/probes-kept';
import { extractFacts } from '../domain/extract';
import type { ConversationState, TurnResult } from './types';
import type { Block } from './document';
import { next, para, questionBlocksFor, reply, paraFrom } from './compose';
import { trimEnd } from '../domain/trim-end';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });
const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** A question (not a "probe HOST" line). */
const ASKS = /[?？]\s*$|^\s*(?:what|how|is|are|does|do|did|was|were|and|so|why|which)\b|(?:ですか|ますか|でしたか|でしょうか|どう)[。]?\s*$/i;

/** The kept probes the text names (its address words, as given or as host:port), in the order kept; null when none. */
export function probesNamed(facts: Facts, text: string): ProbeResult[] | null {
  if (!facts.probe || text.length > 400 || /^\s*\/?probe\s/i.test(text)) return null;
  const kept = keptProbes(facts);
  // Cheap word test: some kept target's text is in the message.
  if (!kept.some((p) => typeof p.target === 'string' && p.target.length > 0 && text.includes(p.target))) return null;
  if (!ASKS.test(text)) return null;
  const words = new Set(text.split(/[\s,、，;；?？!！()（）「」"'`]+/).map((w) => trimEnd(w, /[.。:：]/)).filter(Boolean));
  const named = kept.filter((p) => words.has(keptWhere(p)) || (typeof p.target === 'string' && words.has(p.target)));
  if (!named.length) return null;
  // The question alone only (REV11 #1): a message that also states facts ("we set Medium-High and rebooted. What did
  // the probe of X show?", 「X は CE 9.15 で、Medium-High にして再起動しました。X はどうですか」) goes to the facts path.
  return saysMore(text, kept) ? null : named;
}

/** Does the text, its probed addresses blanked, state a fact, a negation or the symptom? (Runs only on a question naming a kept probe.) */
function saysMore(text: string, kept: ProbeResult[]): boolean {
  let rest = text;
  for (const p of kept) {
    for (const w of [keptWhere(p), typeof p.target === 'string' ? p.target : '']) if (w) rest = rest.split(w).join(' ');
  }
  const e = extractFacts(rest);
  return Object.keys(e.facts).length > 0 || (!!e.negated && Object.keys(e.negated).length > 0) || e.noHttpsSaid === true;
}

export function onProbesNamed(state: ConversationState, named: ProbeResult[]): TurnResult {
  const lang: Lang = state.lang;
  const blocks = named.map((p) => paraFrom(probeLine(p), lang));
  blocks.push(...questionBlocksFor(state));
  return { state: next(state, {}), replies: [reply(lang, blocks)] };
}

/** An IPv4 address with an optional port, or a bracketed IPv6 one with a port, as a word of the text. */
const ADDRESS = /(?<![\w.:])(\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?|\[[0-9A-Fa-f:.]{2,45}\]:\d{1,5})(?![\w.:])/g;
/** Asked about a probe of it: "what did the probe of X show?", 「X のプローブ結果は」. */
const PROBE_WORD = /\bprob(?:e|ed|ing)\b|プローブ/i;
/** With probes kept, also "and X?", "is X refusing TLS 1.0 too?", 「X はどうでしたか」. */
const ABOUT_IT = /^\s*(?:and|what\s+about|how\s+about)\s+\S{7,50}\s*[?？]\s*$|\bTLS\b|\b(?:too|also|as\s+well)\b|\b(?:refus|accept|reject)|(?:は|も)(?:どう|拒否|受け)|[?？]\s*$/i;

/**
 * The addresses a question names that no kept probe covers ("what did the probe of 127.0.0.1:8443 show?", "and
 * 127.0.0.1:35536?", "is 10.20.30.40 refusing TLS 1.0 too?", the probed host without its port): null when none, or when
 * the text is not a question about probe results. Nothing is probed.
 */
export function unprobedNamed(facts: Facts, text: string): string[] | null {
  if (text.length > 300 || !/\d\.\d|\[/.test(text) || /^\s*\/?probe\s/i.test(text) || text.includes('\n')) return null;
  if (!ASKS.test(text)) return null;
  const kept = keptProbes(facts);
  if (!(PROBE_WORD.test(text) || (kept.length > 0 && ABOUT_IT.test(text)))) return null;
  const asked = [...text.matchAll(ADDRESS)].map((m) => m[1]);
  if (!asked.length || asked.length > 4) return null;
  const probed = new Set<string>();
  for (const p of kept) {
    probed.add(keptWhere(p));
    if (typeof p.target === 'string') probed.add(p.target);
  }
  const missing = asked.filter((a) => !probed.has(a) && !probed.has(/:\d{1,5}$/.test(a) && !a.endsWith(']') && a.split(':').length === 2 ? a : `${a}:443`));
  return missing.length ? [...new Set(missing)] : null;
}

export function onUnprobedNamed(state: ConversationState, missing: string[]): TurnResult {
  const lang: Lang = state.lang;
  const kept = keptProbes(state.facts);
  const blocks: Block[] = [];
  const list = missing.join(', ');
  const noPort = missing.filter((a) => !/:\d{1,5}$/.test(a));
  blocks.push(
    para(
      L(
        `${list} ${missing.length > 1 ? 'were' : 'was'} not probed in this conversation, so I have no probe result for ${missing.length > 1 ? 'them' : 'it'}.${noPort.length ? ` (Without a port, a probe goes to port 443.)` : ''}`,
        `${list} はこの会話ではプローブしていないため、プローブ結果はありません。${noPort.length ? '（ポートを指定しないプローブはポート 443 に接続します。）' : ''}`,
      )[lang],
    ),
  );
  if (kept.length) {
    blocks.push(para(lang === 'ja' ? 'この会話でプローブしたアドレス：' : 'Probed in this conversation:'));
    blocks.push({ type: 'bullets', items: kept.map((p) => probeLine(p)[lang]) });
  } else blocks.push(paraFrom(L('No address has been probed in this conversation yet.', 'この会話ではまだどのアドレスもプローブしていません。'), lang));
  const one = missing[0];
  blocks.push(
    para(
      L(
        `To probe ${missing.length > 1 ? 'one' : 'it'}: in Slack, the "Probe an endpoint" button under my answer or \`/tls-probe ${one}\`; in the console, \`probe ${one}\`. A chat message does not start a probe.`,
        `プローブするには、Slack では私の回答の下にある [エンドポイントをプローブ] ボタンか \`/tls-probe ${one}\`、コンソールでは \`probe ${one}\` を使ってください。チャットのメッセージではプローブは始まりません。`,
      )[lang],
    ),
  );
  blocks.push(...questionBlocksFor(state));
  return { state: next(state, {}), replies: [reply(lang, blocks)] };
}

/** "why is this one different?", "how come that one is different?", 「なぜこれだけ違うのですか」「これだけ違うのはなぜ？」. */
const THIS_ONE =
  /^\s*(?:(?:so|and|but|ok|okay)[,\s]+)?(?:why|how\scome)\s(?:is|does|did)?\s?(?:this|that|it)(?:\sone|\sendpoint|\saddress|\sunit|\scodec|\sport)?\s(?:is\s|was\s)?(?:different|differ|behaves?\sdifferently)\b[^?\n]{0,30}[?？]*\s*$|^(?:なぜ|どうして|なんで)(?:これ|この(?:[1１一]?台|機器|エンドポイント|アドレス))(?:だけ)?[はが]?[^。\n]{0,6}(?:違う|異なる)|^(?:これ|この(?:[1１一]?台|機器|エンドポイント|アドレス))(?:だけ)?[はが]?[^。\n]{0,6}(?:違う|異なる)の(?:は)?(?:なぜ|どうして|なんで)/i;

export function thisOneDifferent(facts: Facts, text: string): boolean {
  if (!facts.probe || typeof facts.probe !== 'object' || text.length > 120) return false;
  return THIS_ONE.test(text);
}

/** "why is this one different?" with one probe that refuses TLS 1.0: it is not different; the why. */
const ALONE_REFUSES: LocalizedText[] = [
  L(
    'It is the only address probed in this conversation, so there is nothing here to compare it with, and it does not behave differently: it answers like every endpoint on TC 7.3.6 or later, CE 8.1.0 or later and every RoomOS release, which refuse TLS 1.0 on their HTTPS interface and accept TLS 1.2.',
    'この会話でプローブしたのはこのアドレスだけなので、比べる相手がありません。また、特別な動作でもありません。TC 7.3.6 以降、CE 8.1.0 以降、すべての RoomOS リリースのエンドポイントと同じく、HTTPS で TLS 1.0 を拒否し、TLS 1.2 を受け付けています。',
  ),
  L(
    'Why that gives "No HTTPS response": at the "Medium" Communication Security level TMS offers only TLS 1.0 in its ClientHello, whatever the Windows registry allows. The endpoint resets the connection, TMS falls back to HTTP on port 80, gets a 301 redirect to HTTPS and marks the system "No HTTPS response". At "Medium-High" TMS offers TLS 1.2, which such an endpoint accepts.',
    '「No HTTPS response」になる理由：Communication Security が Medium のとき、TMS は Windows のレジストリ設定に関係なく ClientHello で TLS 1.0 しか提示しません。エンドポイントが接続をリセットすると、TMS はポート 80 の HTTP に切り替え、HTTPS への 301 リダイレクトを受けて、そのシステムを「No HTTPS response」とします。Medium-High では TMS が TLS 1.2 を提示し、このようなエンドポイントはそれを受け付けます。',
  ),
  L(
    'An endpoint that TMS at Medium still manages either runs a release that still takes TLS 1.0 (TC 7.3.5 or earlier, CE 8.0.x) or is managed over plain HTTP: probe it too to compare.',
    'Medium の TMS から管理できているエンドポイントは、TLS 1.0 をまだ受け付けるリリース（TC 7.3.5 以前、CE 8.0.x）か、HTTP だけで管理されているかのどちらかです。比べるには、そのエンドポイントもプローブしてください。',
  ),
];

/** The same with one probe that accepts TLS 1.0. */
const ALONE_ACCEPTS = L(
  'It is the only address probed in this conversation, so there is nothing here to compare it with. Endpoints on TC 7.3.6 or later, CE 8.1.0 or later and RoomOS refuse TLS 1.0; this one takes it, so check its software version in Systems > Navigator, and probe a failing endpoint to compare.',
  'この会話でプローブしたのはこのアドレスだけなので、比べる相手がありません。TC 7.3.6 以降、CE 8.1.0 以降、RoomOS のエンドポイントは TLS 1.0 を拒否しますが、このアドレスは受け付けています。[システム] > [ナビゲータ] でソフトウェアのバージョンを確認し、比べるために失敗しているエンドポイントもプローブしてください。',
);

/** Why the latest probed address answers as it did, then what the others showed (one line each). */
export function onThisOneDifferent(state: ConversationState): TurnResult {
  const lang: Lang = state.lang;
  const latest = state.facts.probe as ProbeResult;
  const w = keptWhere(latest);
  const blocks: Block[] = [];
  const cls = probeClass(latest);
  if (cls === 'all-refused') {
    // Not the TLS 1.0 change, and not a TC/CE default: the endpoint's own minimum TLS version first (REV11 #6).
    const only13 = isObj(latest.protocols) && (latest.protocols as unknown as Record<string, unknown>)['tls1.3'] === true;
    blocks.push(
      para(
        L(
          `${w} refused TLS 1.0, 1.1 and 1.2 alike${only13 ? ' and accepted only TLS 1.3' : ''}. That is not the TLS 1.0 change, and not what a TC or CE endpoint does at its default settings (older releases take TLS 1.0, newer ones TLS 1.2). TMS offers at most TLS 1.2 (at Medium-High), so it cannot reach this address at any level until that changes.`,
          `${w} は TLS 1.0・1.1・1.2 のどれも拒否しました${only13 ? '（受け付けたのは TLS 1.3 だけです）' : ''}。これは TLS 1.0 の変更によるものではなく、初期設定の TC や CE のエンドポイントの動作でもありません（古いリリースは TLS 1.0、新しいリリースは TLS 1.2 を受け付けます）。TMS が提示するのは最大でも TLS 1.2（Medium-High の場合）なので、このままではどのレベルでも接続できません。`,
        )[lang],
      ),
      para(
        L(
          `First check the endpoint's \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\`: a minimum above TLS 1.2 refuses everything TMS offers, so TMS can reach the endpoint only once it allows TLS 1.2 (agree that change with whoever raised it). Then check that HTTPS is on (\`xConfiguration NetworkServices HTTP Mode\`; \`HTTPS Mode\` on TC 7) and that no proxy, load balancer or firewall in front of the endpoint is answering or cutting the handshake.`,
          `まずエンドポイントの \`xConfiguration NetworkServices HTTPS Server MinimumTLSVersion\` を確認してください。最小値が TLS 1.2 より上だと TMS が提示するものはすべて拒否されるため、TLS 1.2 を許可しない限り TMS は接続できません（変更はその値を上げた担当者と相談してください）。次に HTTPS が有効か（\`xConfiguration NetworkServices HTTP Mode\`、TC 7 では \`HTTPS Mode\`）、エンドポイントの手前のプロキシ、ロードバランサ、ファイアウォールが応答したりハンドシェイクを切ったりしていないかを確認してください。`,
        )[lang],
      ),
    );
  } else {
    blocks.push(paraFrom(probeLine(latest), lang));
  }
  const others = keptProbes(state.facts).filter((p) => keptWhere(p) !== w);
  // One address probed: nothing here to compare it with; what it showed, and why (QA45 R3).
  if (!others.length && cls === 'refuses') blocks.push(...ALONE_REFUSES.map((x) => paraFrom(x, lang)));
  if (!others.length && cls === 'accepts') blocks.push(paraFrom(ALONE_ACCEPTS, lang));
  if (others.length) {
    blocks.push(para(lang === 'ja' ? 'ほかにプローブしたアドレス：' : 'The other addresses probed:'));
    blocks.push({ type: 'bullets', items: others.map((p) => probeLine(p)[lang]) });
  }
  blocks.push(...questionBlocksFor(state));
  return { state: next(state, {}), replies: [reply(lang, blocks)] };
}
