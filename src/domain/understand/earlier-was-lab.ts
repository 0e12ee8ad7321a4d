/**
 * "sorry that was the lab, prod is TMS 15.9", "that was our test server, production is 14.6", 「すみません、上記は検証環境でした。
 * 本番は TMS 14.6 です」 (QA57 #3): the earlier message was about another system (a lab, a test or staging box, the new server
 * not live yet, another server), not the case's. What it gave for that server is not production's; what the rest of the line says
 * ("prod is …") is. A release said bare after "prod is" ("prod is 14.6") is read as the TMS release when it reads as
 * one (the earlier message named TMS: the caller checks). Only a statement: not a question, not a plan. The words are
 * other-machine.ts's. Pure, bounded input, linear patterns.
 */
import { groupedByFirstLetter } from './first-letter';
import { nfkc } from '../nfkc';
import { AGE_WORDS_EN, ELSE_WORDS_EN, ENV_MORE_WORDS_EN, ENV_WORDS_EN, ENV_WORDS_JA, OTHER_SERVER_PREFIX_JA, SERVER_NOUNS_EN, wordsBut } from './other-machine';

/** Cheap gate: a lab, test, staging, new/old/other word. */
const FAST = groupedByFirstLetter(/lab|test|stag|dev|uat|sandbox|demo|new|old|other|previous|legacy|検証|テスト|ステージング|開発|ラボ|旧|新|別|他/i);

/** What points back at the earlier message: "that", "the above", "my last message", "what I sent". */
const THAT_EN = String.raw`(?:that|this|those|these|it|all\s(?:of\s)?that|everything\s(?:above|before)|the\s(?:above|info\sabove|details\sabove|versions\sabove)|above|my\s(?:last|previous|first)\s(?:message|msg|post|one|mail|e-?mail)|the\s(?:last|previous|first)\s(?:message|msg|post|one|mail|e-?mail)|what\si\s(?:just\s)?(?:sent|said|wrote|posted|gave(?:\syou)?|pasted)|the\s(?:tms\s)?v?\d{1,2}\.\d{1,2}(?:\.\d{1,3})?\s(?:i|we)\s(?:mentioned|said|gave|wrote|sent|posted)(?:\s(?:above|below|before|earlier))?)`;
/**
 * The new server ("the 15.13 I mentioned is the new server we are still building"), not the old one: "that was the old server,
 * the new one is 2019" says the server was replaced, read as such elsewhere (server-replaced.ts, merge.ts's new-server note).
 */
const NEW_WORDS_EN = wordsBut(AGE_WORDS_EN, 'old', 'older', 'previous', 'prior', 'legacy', 'former');
/** The same in Japanese: other-machine.ts's prefixes but the old server's (「旧」「古い」「以前の」「前の」「移行元の」). */
const OTHER_PREFIX_JA = OTHER_SERVER_PREFIX_JA.split('|').filter((w) => !/^(?:旧|古い|以前の|前の|移行元の\?)$/.test(w)).join('|');
/** Another system: the lab, a test box, the new server, another server (a noun after "new" and "other"). */
const SYSTEM_EN = String.raw`(?:(?:${ENV_WORDS_EN}|stage|${ENV_MORE_WORDS_EN})(?:\s(?:tms|box|server|system|environment|env|instance|vm|machine|one|setup|side|node))?|(?:${NEW_WORDS_EN}|${ELSE_WORDS_EN})\s(?:tms|${SERVER_NOUNS_EN}|system|environment|one))`;
const LAB_EN = new RegExp(
  String.raw`(?<![a-z])${THAT_EN}(?:\s(?:was|were|came\sfrom|was\sfrom)|(?<=(?:that|those|above|below|before|earlier|mentioned|said|gave|wrote|sent|posted))(?:\s(?:is|are|is\sfrom)|['’]s))\s(?:all\s|actually\s|really\s|just\s)?(?:(?:for|from|about|of|on|in)\s)?(?:the|our|a|my|an)\s${SYSTEM_EN}(?:['’]s)?(?![a-z])`,
  'i',
);
/** 「上記は検証環境でした」「さっきのは検証環境の情報です」「先ほどの構成はテスト環境のものでした」「それは旧サーバの話でした」. */
const LAB_JA = new RegExp(
  String.raw`(?:上記|上|さっき|先ほど|先程|前|今|いま|最初|以上|それ|これ|あれ)(?:の(?:メッセージ|投稿|内容|情報|環境|構成|バージョン|もの|話|値)?)?\s?(?:は|が)\s?(?:すべて|全部|全て|実は)?\s?(?:${ENV_WORDS_JA}|開発|${OTHER_PREFIX_JA})\s?(?:環境|系|サーバー?|機|用|tms)?\s?(?:の\s?(?:もの|ほう|方|話|情報|構成|内容|値|tms|サーバー?))?\s?(?:でした|です|だった|のこと)`,
  'i',
);

/** A question or a plan: no statement that the earlier message was about another system. */
const NOT_A_STATEMENT = /[?？]\s*$|(?<![a-z])(?:will|going\sto|gonna|plan(?:ning)?|should|could|would|if)(?![a-z])|予定|つもり|ですか|ますか|でしょうか|もし/i;
/** "that was the lab too", 「検証環境も同じでした」: the lab as well, which says nothing against production (lab-release-line.ts). */
const ALSO = /(?<![a-z])(?:too|also|as\swell|same)(?![a-z])|も同じ|もそう/i;

/** "prod is 14.6", 「本番は 14.6 です」: production's release said without a product. */
const PROD_BARE =
  /((?<![a-z])(?:prod|production|live)(?:\s(?:tms|server|system|box|side|environment|env|one))?\s(?:is|runs|has|=|:|is\son|runs\son|is\srunning)\s(?:on\s)?|本番(?:環境|系|サーバー?)?(?:の\s?TMS)?\s?(?:は|が)\s?)(v?\d{1,2}\.\d{1,2}(?:\.\d{1,4})?)(?![\d.]|\s?(?:sp|r2))/i;

export interface EarlierWasLab {
  /** The message without the words that say the earlier one was the lab's ("prod is TMS 15.9"). */
  readonly rest: string;
  /** The bare release said for production, if any ("prod is 14.6": "14.6"). */
  readonly bare: string | null;
}

/** The earlier message said to be another system's, or null. */
export function earlierWasLab(text: string): EarlierWasLab | null {
  if (!text || text.length > 400 || !FAST.test(text)) return null;
  const t = nfkc(text);
  if (NOT_A_STATEMENT.test(t) || ALSO.test(t)) return null;
  const m = LAB_EN.exec(t) ?? LAB_JA.exec(t);
  if (!m) return null;
  const rest = (t.slice(0, m.index) + ' ' + t.slice(m.index + m[0].length)).trim();
  const p = PROD_BARE.exec(rest);
  return { rest, bare: p ? p[2]! : null };
}

/** `rest` with the bare production release read as TMS's ("prod is 14.6" → "prod is TMS 14.6"). */
export function withBareAsTms(rest: string): string {
  return rest.replace(PROD_BARE, (_m, lead: string, rel: string) => `${lead}TMS ${rel}`);
}
