/**
 * A level said of one node of a redundant TMS: "the other node says Low", "node 2 is at Medium",
 * 「もう片方のノードは Low でした」. Communication Security is set per node in TMS Tools, so such a
 * level is not the TMS's level: the fix is Medium-High on both nodes (knowledge.md: "the registry and
 * TMS Tools changes are needed on both nodes"). "both nodes are at Medium" names one level for all,
 * and is not this. Bounded input, linear patterns.
 */
import { groupedByFirstLetter } from './first-letter';
import { allMatches } from './fast-regex';
import { levelIn } from '../versions';
import type { SecurityLevel } from '../types';

/** One node named, not both: "the other node", "node 2", "the secondary", 「もう片方のノード」「2台目」「1号機」. */
const ONE_NODE_EN =
  /(?<![a-z])(?:(?:other|second|2nd|first|1st|primary|secondary|standby|passive|active|backup)\s(?:tms\s)?(?:node|server|tms|box)|one\s(?:tms\s)?node|node\s?(?:[12ab]|one|two)|(?:the\s)?(?:secondary|standby|passive)(?=\s(?:is|was|says|shows|has|at|on)\b))(?![a-z])/i;
const ONE_NODE_JA =
  /もう片方|片方の|もう一方|もう(?:一|1|ひと)台|(?:別|他|ほか|2\s?台目|二台目|1\s?台目|一台目|2\s?つ目|二つ目)の\s?(?:ノード|サーバ|tms)|セカンダリ|プライマリ|待機系|稼働系|片系|(?:ノード|node)\s?[12ab]|(?<![\d.])[12一二]\s?号機/i;
/**
 * A TMS node's host name: one with tms, node or srv in it ("tms01", "tms-node2", "jp-tmssrv1"), or
 * ending in a zero-padded number ("web01"); not a model ("SX80") nor a release ("ce9").
 */
export const NODE_HOST = '(?:(?=[a-z0-9-]{0,24}(?:tms|node|srv|server|host))[a-z][a-z0-9-]{0,20}\\d{1,2}|[a-z][a-z-]{0,20}0\\d)';

/**
 * A node named by its host name, said to be the only one done or not done yet: "on tms01 only",
 * "only on tms01", "tms02 not yet", 「tms01 だけ」「tms02 はまだです」 (a bare host name says nothing of the other node).
 */
const NAMED_NODE_EN = new RegExp(`(?<![a-z0-9])(?:(?:on|for)\\s)?${NODE_HOST}\\s(?:only|not\\syet|is\\snot\\sdone\\syet|still\\sto\\sdo)(?![a-z])|(?<![a-z])only\\s(?:on|for)\\s${NODE_HOST}(?![a-z0-9])`, 'i');
const NAMED_NODE_JA = new RegExp(`(?<![a-z0-9])${NODE_HOST}\\s?(?:だけ|のみ|は\\s?まだ|はこれから)`, 'i');
const NAMED_NODE_HOST_EN = new RegExp(`(?<![a-z0-9])((?:(?:on|for)\\s)?)(${NODE_HOST})(?=\\s(?:only|not\\syet|is\\snot\\sdone\\syet|still\\sto\\sdo)(?![a-z]))|((?<![a-z])only\\s(?:on|for)\\s)(${NODE_HOST})(?![a-z0-9])`, 'gi');
const NAMED_NODE_HOST_JA = new RegExp(`(?<![a-z0-9])(${NODE_HOST})(?=\\s?(?:だけ|のみ|は\\s?まだ|はこれから))`, 'gi');

/**
 * Word gates (one required literal of each alternative; test/conversation/r16-reader-gates.test.ts checks them over every grid
 * message). NAMED_NODE_*: only, not yet, done yet, still to do, だけ, のみ, まだ, これから. ONE_NODE_EN: its adjectives
 * (other, second, first, primary, standby, passive, active, backup, 2nd, 1st), "one" or "node"; ONE_NODE_JA: a non-ASCII character
 * or "node". The host-name patterns look ahead up to 24 characters at every position of a clause, on every clause of every
 * message (4-5 a turn): a text without the words skips them.
 */
const NAMED_NODE_WORDS = groupedByFirstLetter(/only|not\syet|done\syet|still\sto\sdo|だけ|のみ|まだ|これから/i);
const ONE_NODE_WORDS = groupedByFirstLetter(/other|second|2nd|first|1st|primary|standby|passive|active|backup|one|node|[^\x00-\x7f]/i);
/** Each gate with the patterns it stands for (for the gates' test). */
export const NODE_GATES: readonly (readonly [RegExp, readonly RegExp[]])[] = [
  [NAMED_NODE_WORDS, [NAMED_NODE_EN, NAMED_NODE_JA, NAMED_NODE_HOST_EN, NAMED_NODE_HOST_JA]],
  [ONE_NODE_WORDS, [ONE_NODE_EN, ONE_NODE_JA]],
];

/**
 * The text with such a host name read as "one node" (「片方のノード」): the noise mask drops host names,
 * so the extractor sees which clause speaks of one node only ("I set Medium-High on tms01 only").
 */
export function markNamedNodes(text: string): string {
  if (!/\d/.test(text) || !NAMED_NODE_WORDS.test(text)) return text;
  return text
    .replace(NAMED_NODE_HOST_EN, (_m, on?: string, _h?: string, only?: string) => `${on ?? only ?? ''}one node`)
    .replace(NAMED_NODE_HOST_JA, '片方のノード');
}

/** Both nodes at once: their level is one level. */
const BOTH_NODES = /(?<![a-z])(?:both|each|all)\s(?:tms\s)?(?:nodes|servers|of\sthem)|両方|両ノード|両系|(?:2|二)台とも|各ノード|どちらも|いずれも/i;

/** Does the clause speak of one node of two (and not of both)? */
export function namesOneNode(clause: string): boolean {
  const s = clause.slice(0, 400);
  return ((ONE_NODE_WORDS.test(s) && (ONE_NODE_EN.test(s) || ONE_NODE_JA.test(s))) || (NAMED_NODE_WORDS.test(s) && (NAMED_NODE_EN.test(s) || NAMED_NODE_JA.test(s)))) && !BOTH_NODES.test(s);
}

/**
 * The other node said not done yet, without a level of its own: "the other node isn't done yet", "not on the other node yet",
 * "node 2 is still to do", 「もう片方のノードはまだです」「2台目は未対応」. A level set in the same message ("I set Medium-High, the
 * other node isn't done yet") is then one node's, as "I set Medium-High on node 1, node 2 not yet" is. "the other node isn't
 * rebooted yet" (a restart pending) and 「もう片方はまだエラーが出ます」 (まだ = still) are not this.
 */
export const OTHER_NODE_PENDING_EN =
  "(?<![a-z])(?:(?:(?:the|our)\\s)?(?:other|second|2nd|secondary|standby|passive|backup)\\s(?:tms\\s)?(?:node|server)|node\\s?(?:2|b|two))\\s(?:(?:is|has|was)\\s)?(?:still\\s)?(?:not\\s(?:(?:been\\s)?(?:done|changed|touched|set|configured|updated)(?:\\syet)?|yet)|(?:is|has|was)n'?t\\s(?:been\\s)?(?:done|changed|touched|set|configured|updated)|(?:to\\sdo|pending|untouched)(?![a-z])|left\\sto\\sdo)|(?<![a-z])(?:not\\s(?:yet\\s)?(?:on|for)|but\\snot)\\s(?:the\\s)?(?:other|second|2nd|secondary|standby)\\s(?:tms\\s)?(?:node|server)(?![a-z])";
export const OTHER_NODE_PENDING_JA =
  '(?:もう片方|もう一方|もう(?:一|1|ひと)台|(?:2|二)\\s?台目|(?:別|他|ほか)の\\s?(?:ノード|サーバ)|セカンダリ|待機系|(?:ノード|node)\\s?[2b]|(?<![\\d.])[2二]\\s?号機)(?:の\\s?(?:ノード|サーバー?|tms|方|ほう))?\\s?(?:は|が)?\\s?(?:まだ\\s?(?:です|でした|だ|(?=[\\s。.!！、,]|$)|(?:変更|設定|対応|作業|実施)?して(?:いません|ない|おりません))|これから(?:です|やります)?(?=[\\s。.!！、,]|$)|未(?:対応|実施|作業|設定|変更)|手つかず)';
const OTHER_NODE_PENDING = new RegExp(`${OTHER_NODE_PENDING_EN}|${OTHER_NODE_PENDING_JA}`, 'i');
/** What every OTHER_NODE_PENDING alternative holds (the cheap test before it). */
const OTHER_NODE_PENDING_WORDS = /not|nt(?![a-z])|n't|to\sdo|pending|untouched|まだ|これから|未|手つかず/i;

/** The gate with its pattern (for the gates' test). */
export const OTHER_NODE_PENDING_GATES: readonly (readonly [RegExp, readonly RegExp[]])[] = [[OTHER_NODE_PENDING_WORDS, [OTHER_NODE_PENDING]]];

/** Does the message say the other node is not done yet (and name no level for it)? */
export function otherNodePending(text: string): boolean {
  const s = text.slice(0, 600);
  return OTHER_NODE_PENDING_WORDS.test(s) && OTHER_NODE_PENDING.test(s);
}

/** Is a level in `clause` one node's: it names one node, or the message says the other one is not done yet (not "both nodes")? */
export function levelOfOneNode(clause: string, message: string): boolean {
  return namesOneNode(clause) || (!BOTH_NODES.test(clause.slice(0, 400)) && !BOTH_NODES.test(message.slice(0, 600)) && otherNodePending(message));
}

/** The levels a message gives for single nodes ("node 1 at Medium, node 2 at Low" → medium, low), in order, once each. */
export function oneNodeLevels(text: string): SecurityLevel[] {
  const out: SecurityLevel[] = [];
  const pending = otherNodePending(text) && !BOTH_NODES.test(text.slice(0, 600));
  for (const part of text.slice(0, 400).split(/[,;、，；。]|\.(?!\d)|\s(?:and|but|while)\s/i)) {
    if (!namesOneNode(part) && !pending) continue;
    const lv = levelIn(part.toLowerCase().replace(/[\u3400-\u9fff]/g, ' '));
    if (lv && !out.includes(lv)) out.push(lv);
  }
  return out;
}

/**
 * The host names of a redundant TMS's nodes, named with the pair: "two nodes tms01 and tms02", "redundant TMS (tms-a01 / tms-b01)",
 * 「tms01 と tms02 の冗長構成」 (QA49 F16). Two to four distinct names, and a word that says TMS has several nodes; null otherwise.
 */
const PAIR_WORDS = /(?<![a-z0-9])(?:two|2)[\s-]?(?:tms\s)?(?:nodes?|servers?|boxes|vms)(?![a-z])|(?<![a-z])(?:both|pair|redundan\w*|cluster\w*|nodes)(?![a-z])|冗長|ノード|(?<![a-z0-9])(?:2|二)\s?台|両方|号機/i;
const HOST_ANY = new RegExp(`(?<![a-z0-9-])${NODE_HOST}(?![a-z0-9-])`, 'gi');
export function tmsNodeNamesIn(text: string): string[] | null {
  const t = text.slice(0, 2000);
  if (!/\d/.test(t) || !PAIR_WORDS.test(t) || !/tms|node|srv|server|host|ノード|冗長|0\d/i.test(t)) return null;
  const names = [...new Set([...allMatches(HOST_ANY, t)].map((m) => m[0].toLowerCase()))];
  return names.length >= 2 && names.length <= 4 ? names : null;
}

/** Is `host` named in the (lower-cased) text as a word? */
export function hostNamed(t: string, host: string): boolean {
  const at = t.indexOf(host);
  if (at < 0) return false;
  return !/[a-z0-9-]/.test(t.charAt(at - 1) || ' ') && !/[a-z0-9-]/.test(t.charAt(at + host.length) || ' ');
}

/**
 * "tms02 not yet", "tms02 still to do", "not on tms02", "tms02 was not touched", "tms02 wasn't changed", "tms02 is still at Medium" (REV21-a #4), 「tms02 はまだ」
 * 「tms02 は未対応」: the node said not done yet.
 */
export function hostNotYet(t: string, host: string): boolean {
  const h = host.replace(/[-]/g, '\\-');
  return new RegExp(`(?<![a-z0-9-])${h}(?![a-z0-9-])\\s?(?:(?:is\\s|has\\s|was\\s)?(?:not\\s(?:(?:been\\s)?(?:done|touched|changed)(?:\\syet)?|yet)|(?:is|was|has|have)n['’]?t\\s(?:been\\s)?(?:done|touched|changed)|still\\s(?:to\\sdo|pending|left|at\\s|on\\s)|pending|left|next|to\\sdo|(?:is\\s)?untouched|(?:has\\s)?not\\sbeen|(?:is\\s|was\\s|stays\\s|remains\\s)?(?:still\\s)?(?:at\\s|on\\s)?(?:the\\s)?(?:medium|low)(?![\\s_-]?high|[a-z]))|(?:は|が|の方は|のほうは)?\\s?(?:まだ|これから|未(?:対応|実施|作業)|手つかず|明日|今夜)|(?:は|が)\\s?(?:まだ\\s?)?(?:medium|low)(?![\\s_-]?high|[a-z]))|(?<![a-z])(?:not\\s(?:yet\\s)?(?:on|for)|but\\snot)\\s${h}(?![a-z0-9-])`, 'i').test(t);
}
