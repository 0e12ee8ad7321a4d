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

/**
 * A request to probe one target said in a sentence (QA50 #20): "can you probe 127.0.0.1:9 for me", "please probe
 * 10.1.2.3:443", "could you please probe [::1]:443?", "probe 10.1.2.3 please", 「127.0.0.1:9 をプローブしてください」.
 * Only a request form (a question to the bot or please / for me / してください) with one address-like word right after
 * "probe" (or before をプローブ): "we probed 10.1.2.3", "I will probe 10.1.2.3 tomorrow", "don't probe 10.1.2.3",
 * "can I probe 10.1.2.3 from TMS?" and 「10.1.2.3 はプローブしないでください」 are not. The console runs it as a
 * "probe" line, within the same PROBE_ALLOW / PROBE_PORTS policy; a Slack message never probes.
 */
const REQUEST_EN = /^(?:(?:hey|hi|ok|okay|so|then|now),?\s)?(?:(?:can|could|would|will)\syou\s(?:please\s|pls\s|kindly\s|also\s|just\s)?|(?:please|pls|kindly)\s(?:can\syou\s|could\syou\s)?(?:also\s|just\s)?)probe\s+(\S{1,300}?)(?:\s+(?:for\s+me|please|pls|now|too|as\s+well))*\s*[?.!]?$/i;
const PLEASE_AFTER_EN = /^probe\s+(\S{1,300}?)\s+(?:for\s+me|please|pls)(?:\s+(?:for\s+me|please|pls|now))*\s*[?.!]?$/i;
const REQUEST_JA = /^(\S{1,300}?)\s?(?:を|も)\s?プローブ(?:して(?:ください|くださいますか|もらえますか|いただけますか|くれますか|ほしいです|下さい)?|をお願いします|お願いします)\s*[。.!！?？]?$/;

export function probeRequestIn(line: string): ProbeLine {
  if (line.length > 400 || !/probe|プローブ/i.test(line)) return null;
  const t = line.trim();
  const m = REQUEST_EN.exec(t) ?? PLEASE_AFTER_EN.exec(t) ?? REQUEST_JA.exec(t);
  if (!m) return null;
  const target = m[1].replace(/[?.!,。！？、]+$/, '');
  return TARGET_LIKE.test(target) ? { kind: 'one', target } : null;
}
