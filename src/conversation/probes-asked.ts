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
import type { ConversationState, TurnResult } from './types';
import type { Block } from './document';
import { next, para, questionBlocksFor, reply } from './compose';

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

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
  return named.length ? named : null;
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
    blocks.push(
      para(
        L(
          `${w} refused TLS 1.0, 1.1 and 1.2 alike. That is not the TLS 1.0 change: no TC or CE release behaves this way (old ones take TLS 1.0, new ones take TLS 1.2), so TMS could not reach it at any level and Medium-High would not help there.`,
          `${w} は TLS 1.0・1.1・1.2 のどれも拒否しました。これは TLS 1.0 の変更によるものではありません。TC や CE のリリースはこのような動作をしない（古いものは TLS 1.0、新しいものは TLS 1.2 を受け付ける）ため、TMS はどのレベルでも接続できず、Medium-High にしても解決しません。`,
        )[lang],
      ),
      para(
        L(
          `Check that the address really is the endpoint's HTTPS service: the endpoint's HTTP Mode (xConfiguration NetworkServices HTTP Mode; HTTPS Mode on TC 7) must allow HTTPS, and no proxy, load balancer or firewall in front of it may be cutting the handshake.`,
          `そのアドレスが本当にエンドポイントの HTTPS サービスかを確認してください。エンドポイントの HTTP Mode（xConfiguration NetworkServices HTTP Mode、TC 7 では HTTPS Mode）が HTTPS を許可していること、手前のプロキシ、ロードバランサ、ファイアウォールがハンドシェイクを切っていないことを確かめます。`,
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
