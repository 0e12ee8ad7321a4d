/**
 * The chat's "probe" line: one target per line. "probe 10.1.2.3 10.1.2.4" or "probe 10.1.2.3,10.1.2.4" (several
 * targets) is not probed at all; the reply says the chat takes one target per line and how to probe a list
 * (QA43 #7: before, the first was "I could not find a version or a request", the second "not a valid IPv6 address").
 * Pure: the console (chat.ts) runs the probe itself.
 */
import type { Lang } from '../domain/types';

/** "probe HOST[:PORT]": one target (no comma). */
export const PROBE_LINE = /^\/?probe\s+(\S{1,300})$/i;

/** "probe A B …", "probe A,B", "probe A, B": more than one target on the line. */
const SEVERAL = /^\/?probe\s+[^\s,]{1,300}(?:\s*,\s*|\s+)[^\s,]/i;

/** A host[:port] word: an IPv4/IPv6 literal or a dotted name, with or without a port (a word with a dot or a colon). */
const TARGET_LIKE = /^(?=[^.:]*[.:])[\w.\-:[\]]{3,300}$/;

export type ProbeLine = { kind: 'one'; target: string } | { kind: 'several'; count: number } | null;

export function probeLineIn(line: string): ProbeLine {
  if (line.length > 20_000 || !/^\/?probe\s/i.test(line)) return null;
  if (SEVERAL.test(line)) {
    // Only when every word is address-like ("probe the codec please" is a sentence, left to the engine as before).
    const words = line.replace(/^\/?probe\s+/i, '').split(/[\s,]+/).filter(Boolean);
    if (words.length > 1 && words.every((w) => TARGET_LIKE.test(w))) return { kind: 'several', count: words.length };
  }
  const m = PROBE_LINE.exec(line);
  return m ? { kind: 'one', target: m[1] } : null;
}

export function severalTargetsText(count: number, lang: Lang): string {
  return lang === 'ja'
    ? `このチャットでプローブできるのは 1 行につき 1 台です（いまの行には ${count} 件の対象があり、どれもプローブしていません）。1 台ずつ「probe HOST[:PORT]」と入力してください。まとめて調べるには、チャットの外で「tms-doctor probe --targets FILE」（1 行に 1 台のリスト）か「tms-doctor probe HOST HOST …」を実行し、その出力を保存してここで「evidence FILE」で読み込めます。`
    : `The chat probes one target per line (this line names ${count}; none was probed): type "probe HOST[:PORT]" once for each. To probe a list at once, run "tms-doctor probe --targets FILE" (one target per line) or "tms-doctor probe HOST HOST …" outside the chat; save its output and read it here with "evidence FILE".`;
}
