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
import { next, para, questionBlocksFor, reply } from './compose';

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
  const words = new Set(text.split(/[\s,、，;；?？!！()（）「」"'`]+/).map((w) => w.replace(/[.。:：]+$/, '')).filter(Boolean));
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
  const blocks = named.map((p) => para(probeLine(p)[lang]));
  blocks.push(...questionBlocksFor(state));
  return { state: next(state, {}), replies: [reply(lang, blocks)] };
}

/** "why is this one different?", "how come that one is different?", 「なぜこれだけ違うのですか」「これだけ違うのはなぜ？」. */
const THIS_ONE =
  /^\s*(?:(?:so|and|but|ok|okay)[,\s]+)?(?:why|how\scome)\s(?:is|does|did)?\s?(?:this|that|it)(?:\sone|\sendpoint|\saddress|\sunit|\scodec|\sport)?\s(?:is\s|was\s)?(?:different|differ|behaves?\sdifferently)\b[^?\n]{0,30}[?？]*\s*$|^(?:なぜ|どうして|なんで)(?:これ|この(?:台|機器|エンドポイント|アドレス))(?:だけ)?[はが]?[^。\n]{0,6}(?:違う|異なる)|^(?:これ|この(?:台|機器|エンドポイント|アドレス))(?:だけ)?[はが]?[^。\n]{0,6}(?:違う|異なる)の(?:は)?(?:なぜ|どうして|なんで)/i;

export function thisOneDifferent(facts: Facts, text: string): boolean {
  if (!facts.probe || typeof facts.probe !== 'object' || text.length > 120) return false;
  return THIS_ONE.test(text);
}

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
    blocks.push(para(probeLine(latest)[lang]));
  }
  const others = keptProbes(state.facts).filter((p) => keptWhere(p) !== w);
  if (others.length) {
    blocks.push(para(lang === 'ja' ? 'ほかにプローブしたアドレス：' : 'The other addresses probed:'));
    blocks.push({ type: 'bullets', items: others.map((p) => probeLine(p)[lang]) });
  }
  blocks.push(...questionBlocksFor(state));
  return { state: next(state, {}), replies: [reply(lang, blocks)] };
}
