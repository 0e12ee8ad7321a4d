/**
 * A TMS node named while the bot asks for the TMS release: "the active node is node 2", "TMS2", 「いまアクティブなのは2号機でした」.
 * A node's number is not a release: the reply says a node name was read (no version taken from it), keeps the TMS release
 * question open, and reminds that on a redundant TMS both nodes need the change (knowledge.md, Fix step 6). Before this,
 * "node 2." got "\"2\" does not look like a TMS release" and 「2号機」 the generic "no version or request found".
 * Only with the TMS release question open, and only when the message adds no fact (a TMS release said with the node,
 * "node 2 is on 15.6", is read as before). Cheap test first (the open question), then a bounded, anchored pattern.
 */
import type { ConversationState, TurnResult } from './types';
import { next, para, questionBlocksFor, reply } from './compose';
import { onFacts } from './merge';
import { saysUnknown } from '../domain/understand/clauses';

/** The question a node name is read against. */
const TMS_QUESTION = 'need-tms-version';

/**
 * EN: "node 2", "node #2", "node B", "TMS2", "tms-02", "the second node", "the secondary node", "the standby TMS".
 * JA: 「2号機」「２号機」「2台目」「ノード2」「セカンダリ」「待機系」.
 * "the standby TMS" only at a clause's end or before node/is/was/server (not "the primary TMS admin knows": a person).
 * (Not "TMS 15", "node 2.1", "2 nodes", "secondary server": a longer number, a count or a server of any role is no node's name;
 * nothing when SQL or the database is named: that is another server's role.)
 */
const NODE_EN =
  /(?<![a-z0-9])(?:node\s?(?:#|no\.?\s?|number\s)?(?:0?[1-9]|[ab]|one|two)(?![a-z0-9]|\.\d)|tms[-_]?0?[1-9](?![0-9]|\.\d)|(?:first|second|1st|2nd|primary|secondary|standby|passive)\s(?:tms\s)?node(?!s)|(?:primary|secondary|standby|passive)\stms(?![a-z])(?=\s*(?:$|[.,;:!?)]|(?:node|is|was|server)(?![a-z]))))/i;
/** Another server's role, not a TMS node: "SQL is on the secondary server", 「DB はセカンダリ」. */
const OTHER_SERVER = /sql|database|(?<![a-z])db(?![a-z])|データベース/i;
// (セカンダリ / プライマリ only as a node's name: 「セカンダリです」「プライマリのノード」, not 「プライマリサーバ」「セカンダリ側」, which
// name a server's or a side's role.)
const NODE_JA = /(?<![\d.])[1-9一二]\s?号機|(?<![\d.])[1-9]\s?台目|ノード\s?(?:0?[1-9]|[ab])(?![\d.])|(?:セカンダリ|プライマリ)(?=\s?(?:$|[。、.,!?！？]|です|でした|の\s?(?:ノード|tms)|ノード|tms))|待機系|稼働系/i;

/** The node name as written, or null. */
export function nodeNameIn(text: string): string | null {
  if (text.length > 200 || OTHER_SERVER.test(text)) return null;
  const t = text.normalize('NFKC');
  const m = NODE_EN.exec(t) ?? NODE_JA.exec(t);
  return m ? m[0].trim() : null;
}

const NOTE = {
  en: (name: string) =>
    `"${name}" reads as the name of a TMS node, not a release, so I took no version from it. Whichever node is active, the registry and TMS Tools changes are needed on both nodes. What I still need is the TMS release:`,
  ja: (name: string) =>
    `「${name}」は TMS のノード名と受け取りました。リリース番号ではないため、バージョンとしては記録していません。どちらのノードがアクティブでも、レジストリと TMS ツールの変更は両方のノードで必要です。引き続き、TMS のリリースを教えてください。`,
} satisfies Record<'en' | 'ja', (name: string) => string>;

export function onNodeNameForRelease(s: ConversationState, text: string): TurnResult | null {
  if (s.pending !== TMS_QUESTION) return null;
  // "it's the primary TMS, I don't know the version": the answer is "not known" (the skip path takes it), not a node.
  if (saysUnknown(text)) return null;
  const name = nodeNameIn(text);
  if (!name) return null;
  // A release or any other fact in the same message: read as before ("node 2 is on 15.6", "SQL is on the secondary server").
  const read = onFacts(s, text);
  if (JSON.stringify(read.state.facts) !== JSON.stringify(s.facts)) return read;
  return { state: next(s, {}), replies: [reply(s.lang, [para(NOTE[s.lang](name)), ...questionBlocksFor(s)])] };
}
