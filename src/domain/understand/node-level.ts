/**
 * A level said of one node of a redundant TMS: "the other node says Low", "node 2 is at Medium",
 * 「もう片方のノードは Low でした」. Communication Security is set per node in TMS Tools, so such a
 * level is not the TMS's level: the fix is Medium-High on both nodes (knowledge.md: "the registry and
 * TMS Tools changes are needed on both nodes"). "both nodes are at Medium" names one level for all,
 * and is not this. Bounded input, linear patterns.
 */
import { levelIn } from '../versions';
import type { SecurityLevel } from '../types';

/** One node named, not both: "the other node", "node 2", "the secondary", 「もう片方のノード」「2台目」. */
const ONE_NODE_EN =
  /(?<![a-z])(?:(?:other|second|2nd|first|1st|primary|secondary|standby|passive|active|backup)\s(?:tms\s)?(?:node|server|tms|box)|one\s(?:tms\s)?node|node\s?(?:[12ab]|one|two)|(?:the\s)?(?:secondary|standby|passive)(?=\s(?:is|was|says|shows|has|at|on)\b))(?![a-z])/i;
const ONE_NODE_JA =
  /もう片方|片方の|もう一方|もう(?:一|1|ひと)台|(?:別|他|ほか|2\s?台目|二台目|1\s?台目|一台目|2\s?つ目|二つ目)の\s?(?:ノード|サーバ|tms)|セカンダリ|プライマリ|待機系|稼働系|片系|(?:ノード|node)\s?[12ab]/i;
/** Both nodes at once: their level is one level. */
const BOTH_NODES = /(?<![a-z])(?:both|each|all)\s(?:tms\s)?(?:nodes|servers|of\sthem)|両方|両ノード|両系|(?:2|二)台とも|各ノード|どちらも|いずれも/i;

/** Does the clause speak of one node of two (and not of both)? */
export function namesOneNode(clause: string): boolean {
  const s = clause.slice(0, 400);
  return (ONE_NODE_EN.test(s) || ONE_NODE_JA.test(s)) && !BOTH_NODES.test(s);
}

/** The levels a message gives for single nodes ("node 1 at Medium, node 2 at Low" → medium, low), in order, once each. */
export function oneNodeLevels(text: string): SecurityLevel[] {
  const out: SecurityLevel[] = [];
  for (const part of text.slice(0, 400).split(/[,;、，；。]|\.(?!\d)|\s(?:and|but|while)\s/i)) {
    if (!namesOneNode(part)) continue;
    const lv = levelIn(part.toLowerCase().replace(/[\u3400-\u9fff]/g, ' '));
    if (lv && !out.includes(lv)) out.push(lv);
  }
  return out;
}
