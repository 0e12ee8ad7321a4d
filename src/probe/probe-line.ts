/**
 * A "probe …" line typed as a message, read without any lookup (pure): "probe 10.1.2.3" (one target) or "probe 10.1.2.3
 * 10.1.2.4" / "probe 10.1.2.3,10.1.2.4" (several). The console runs the one-target form itself (src/console/probe-line.ts);
 * a chat message in Slack never starts a probe (src/conversation/probe-command.ts says how to).
 */

/** "probe HOST[:PORT]": one target (no comma). */
export const PROBE_LINE = /^\/?probe\s+(\S{1,300})$/i;

/** "probe A B …", "probe A,B", "probe A, B": more than one target on the line. */
const SEVERAL = /^\/?probe\s+[^\s,]{1,300}(?:\s*,\s*|\s+)[^\s,]/i;

/** A host[:port] word: an IPv4/IPv6 literal or a dotted name, with or without a port (a word with a dot or a colon). */
export const TARGET_LIKE = /^(?=[^.:]*[.:])[\w.\-:[\]]{3,300}$/;

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
