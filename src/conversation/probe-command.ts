/**
 * "probe 10.1.2.3" / "probe 10.1.2.3 10.1.2.4" / "probe 10.1.2.3,10.1.2.4" sent as a chat message (Slack: the console
 * runs its own "probe" line before the engine, src/console/chat.ts). A message never starts a probe, so the reply says
 * how: the "Probe an endpoint" button or `/tls-probe HOST[:PORT]` for one target, `/tls-probe HOST HOST …` (the fleet
 * probe) for several, instead of "I could not find a version in 'probe'" (QA43 #7). Nothing is recorded; the open
 * question follows. Cheap: an anchored word test first.
 */
import { probeLineIn, probeRequestIn, TARGET_LIKE } from '../probe/probe-line';
import type { ConversationState, TurnResult } from './types';
import { next, para, questionBlocksFor, reply } from './compose';

const oneText = (target: string, ja: boolean): string =>
  ja
    ? `チャットのメッセージではプローブは始まりません（${target} はまだプローブしていません）。私の回答の下にある [エンドポイントをプローブ] ボタンを使うと、結果がこの会話に加わります。\`/tls-probe ${target}\` でも、あなただけに結果を表示してプローブできます。複数をまとめて調べるには \`/tls-probe HOST HOST …\` を使ってください。`
    : `A chat message does not start a probe (${target} was not probed). The "Probe an endpoint" button under my answer probes one endpoint and adds the result to this conversation; \`/tls-probe ${target}\` probes it too, showing the result to you only. To probe several at once, use \`/tls-probe HOST HOST …\`.`;

const severalText = (count: number, ja: boolean): string =>
  ja
    ? `1 回のプローブで調べるのは 1 台で、チャットのメッセージではプローブは始まりません（このメッセージには ${count} 件の対象があり、どれもプローブしていません）。まとめて調べるには、フリート プローブ \`/tls-probe HOST HOST …\`（スペースかカンマで区切ります）を使ってください。進み具合とまとめはダイレクトメッセージでお送りします。1 台だけなら \`/tls-probe HOST[:PORT]\` か、[エンドポイントをプローブ] ボタンを使ってください。`
    : `One probe takes one target, and a chat message does not start one (this message names ${count}; none was probed). To probe several at once, use the fleet probe: \`/tls-probe HOST HOST …\` (space- or comma-separated); the progress and the summary come to you in a direct message. For one endpoint: \`/tls-probe HOST[:PORT]\`, or the "Probe an endpoint" button.`;

export function onProbeCommand(s: ConversationState, text: string): TurnResult | null {
  if (text.length > 2000) return null;
  // "can you probe 10.1.2.3 for me", 「10.1.2.3 をプローブしてください」: the same request in a sentence (QA50 #20).
  const line = /^\s*\/?probe\s/i.test(text) ? probeLineIn(text.trim()) : probeRequestIn(text.trim());
  if (!line) return null;
  const ja = s.lang === 'ja';
  // One word: only an address-like target ("probe it", "probe again" stay with the other readers).
  if (line.kind === 'one' && !TARGET_LIKE.test(line.target)) return null;
  const words = line.kind === 'one' ? oneText(line.target.slice(0, 80), ja) : severalText(line.count, ja);
  return { state: next(s, {}), replies: [reply(s.lang, [para(words), ...questionBlocksFor(s)])] };
}
