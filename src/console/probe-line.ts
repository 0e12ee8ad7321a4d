/**
 * The chat's "probe" line: one target per line. "probe 10.1.2.3 10.1.2.4" or "probe 10.1.2.3,10.1.2.4" (several
 * targets) is not probed at all; the reply says the chat takes one target per line and how to probe a list
 * (QA43 #7: before, the first was "I could not find a version or a request", the second "not a valid IPv6 address").
 * Pure: the console (chat.ts) runs the probe itself.
 */
import type { Lang } from '../domain/types';

// The matcher is shared with the engine (a Slack message never probes: src/conversation/probe-command.ts).
export { PROBE_LINE, probeLineIn, probeRequestIn, type ProbeLine } from '../probe/probe-line';

export function severalTargetsText(count: number, lang: Lang): string {
  return lang === 'ja'
    ? `このチャットでプローブできるのは 1 行につき 1 台です（いまの行には ${count} 件の対象があり、どれもプローブしていません）。1 台ずつ「probe HOST[:PORT]」と入力してください。まとめて調べるには、チャットの外で「tms-doctor probe --targets FILE」（1 行に 1 台のリスト）か「tms-doctor probe HOST HOST …」を実行し、その出力を保存してここで「evidence FILE」で読み込めます。`
    : `The chat probes one target per line (this line names ${count}; none was probed): type "probe HOST[:PORT]" once for each. To probe a list at once, run "tms-doctor probe --targets FILE" (one target per line) or "tms-doctor probe HOST HOST …" outside the chat; save its output and read it here with "evidence FILE".`;
}
