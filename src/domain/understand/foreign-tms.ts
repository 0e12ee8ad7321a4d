/**
 * Whose TMS a release belongs to, and which release is a past one (QA51 #1, #2).
 *
 * - Another organisation's TMS: "their TMS is 14.6", "the partner's TMS is 14.6", "the customer's TMS is 14.6.2",
 *   「先方の TMS は 14.6」「取引先の TMS は 14.6」. Said beside the user's own TMS ("our TMS 15.13", "ours is 15.13",
 *   「うちの TMS は 15.13」), it is another server, not this incident's. Said alone it is this incident's TMS: a support
 *   engineer writes "the customer's TMS 15.13 shows No HTTPS response" about the case itself.
 * - A release a change started from: "we upgraded from TMS 14.6.2 last year", "we migrated from Windows 2008 R2",
 *   「SQL 2008 R2 から移行しました」: the release left behind, not the current one (the target, when named, is the
 *   current one: read as a change elsewhere).
 * Pure, bounded input, linear patterns.
 */
import { OTHER_ORG_WORDS_EN, OTHER_ORG_WORDS_JA } from './other-machine';

/** Right before "TMS": a possessive of another organisation ("their", "the partner's", 「先方の」). */
const FOREIGN_BEFORE = new RegExp(
  String.raw`(?:(?<![a-z])their\s|(?<![a-z])(?:the\s|a\s|our\s)?(?:${OTHER_ORG_WORDS_EN}|provider|reseller|integrator)(?:'s|’s|s'|s’)\s|(?:${OTHER_ORG_WORDS_JA}|パートナー(?:企業|会社)?|お客さま|ベンダー)\s?(?:側)?\s?の\s?)(?:own\s|(?:production|prod|main|primary)\s|本番\s?の?\s?)?$`,
  'i',
);

/** Is the TMS keyword whose text before it is `before` said to be another organisation's? */
export function foreignTmsBefore(before: string): boolean {
  return FOREIGN_BEFORE.test(before.slice(-60));
}

const OWN_GATE = /our|ours|we|here|うち|当社|弊社|自社|こちら|当方|我々|私たち|自分/i;
/**
 * The user's own TMS, said: "our TMS", "ours is 15.13", "we run TMS 15.13", "TMS 15.13 here", 「うちの TMS」「当社の TMS は」,
 * 「こちらは 15.13」. Only these make a foreign TMS said beside them another server.
 */
const OWN_TMS =
  /(?<![a-z])(?:our|my)\s(?:own\s)?(?:(?:production|prod|main|primary|current)\s)?tms(?![a-z])|(?<![a-z])ours\s(?:is|runs|'s)(?![a-z])|(?<![a-z])(?:we|i)\s(?:run|have|use|are\son|are\srunning|am\son)\s(?:tms\s)?v?\d|(?<![a-z])(?:we're|we’re|i'm|i’m)\s(?:on|running)\s(?:tms\s)?v?\d|(?<![a-z])tms\s(?:v?\d{1,2}(?:\.\d{1,3}){1,3}\s)?(?:here|on\sour\s(?:side|end))(?![a-z])|(?:うち|当社|弊社|自社|こちら|当方|我々|私たち|自分たち)\s?(?:の|で(?:は)?|側の)\s?(?:tms|サーバー?)|(?:うち|当社|弊社|自社|こちら|当方)\s?(?:は|では)\s?(?:tms\s?)?v?\d/i;

/** Does the message name the user's own TMS? */
export function ownTmsSaid(text: string): boolean {
  if (!OWN_GATE.test(text)) return false;
  return OWN_TMS.test(text.slice(0, 2000));
}

/**
 * Right before a keyword: "from" after a change verb ("upgraded from", "migrated from", "moved over from the old"; "migrated
 * off", "moved off of": REV27 #2),
 * and right after it ("we moved SQL from 2008 R2"): the value that follows is the release left behind.
 */
const FROM_BEFORE =
  /(?<![a-z])(?:upgrad(?:ed|ing|e)|updat(?:ed|ing|e)|migrat(?:ed|ing|e|ion)|mov(?:ed|ing|e)|went|came|switch(?:ed|ing)|transition(?:ed|ing)|replac(?:ed|ing)|rebuil(?:t|ding)|mov(?:ed|ing)\sover|came\sover)\s(?:(?:it|us|everything|the\sserver|the\sdatabase|the\sdb|tms|sql|windows|over|all|away|up|across)\s){0,3}(?:from|off(?:\sof)?)\s(?:the\s|an?\s|our\s)?(?:old\s|older\s|previous\s|legacy\s)?(?:ms\s?)?$/i;
const FROM_AFTER = /^\s?(?:server\s)?from\s(?:(?:the\s)?(?:old|older|previous|legacy)\s)?(?:version\s|release\s)?v?\d/i;
const CHANGE_WORD = /upgrad|updat|migrat|mov(?:ed|ing|e)|went|came|switch|transition|replac|rebuil/i;
/** Japanese: the value followed by から and a change verb with no target (に/へ) between: 「2008 R2 から移行しました」. */
const FROM_JA = /^[^。、,\n]{0,24}?から\s?(?:の\s?)?(?:移行|アップグレード|アップデート|バージョンアップ|更新|上げ|移設|乗り換え|リプレース|入れ替え|載せ替え)/;
const TARGET_JA = /[にへ]\s?(?:移行|アップグレード|アップデート|バージョンアップ|更新|上げ|移設|乗り換え|リプレース|入れ替え|載せ替え)/;

/**
 * Is the value of the keyword at [start, end) of `clause` the release a change started from, with no target for it in
 * the clause? `after` is the text from the keyword's end to the next keyword (the caller checks that no change cut
 * ("to", "→", 「…に」) was found in it).
 */
export function releaseLeftBehind(clause: string, start: number, after: string): boolean {
  if (!/from|off|から/i.test(clause)) return false;
  const before = clause.slice(Math.max(0, start - 80), start);
  if (FROM_BEFORE.test(before)) return true;
  if (FROM_AFTER.test(after) && CHANGE_WORD.test(clause.slice(Math.max(0, start - 60), start))) return true;
  const ja = FROM_JA.exec(after.slice(0, 60));
  return !!ja && !TARGET_JA.test(ja[0]);
}

/** A whole message that names a release a change started from, with no target after it in its sentence (see below). */
const LEFT_EN =
  /(?<![a-z])(?:upgrad(?:ed|ing|e)|updat(?:ed|ing|e)|migrat(?:ed|ing|e|ion)|mov(?:ed|ing|e)|went|came|switch(?:ed|ing)|transition(?:ed|ing)|replac(?:ed|ing)|rebuil(?:t|ding))\s(?:[a-z]+\s){0,3}?(?:from|off(?:\sof)?)\s(?:the\s|an?\s|our\s)?(?:old\s|older\s|previous\s|legacy\s)?(?:(?:tms|ms\s?sql|sql(?:\sserver)?|windows(?:\sserver)?|win|server)\s?)?v?\d[^.;!?\n]{0,40}/i;
const LEFT_TARGET_EN = /(?<![a-z])(?:to|into)(?![a-z])|->|→/i;
const LEFT_JA = /\d[^。\n]{0,16}?から\s?(?:の\s?)?(?:移行|アップグレード|アップデート|バージョンアップ|更新|上げ|移設|乗り換え|リプレース|入れ替え|載せ替え)/;

/**
 * "we upgraded from TMS 14.6.2 last year", "we migrated from Windows 2008 R2", 「SQL 2008 R2 から移行しました」 as a whole
 * message: its release is the one left behind, so it answers no open question with that release (QA51 #1, #2). Not a change
 * with a target ("from 2008 R2 to 2019"), nor one said not to have happened (the caller reads those as usual).
 */
export function namesReleaseLeftBehind(text: string): boolean {
  if (!/from|off|から/i.test(text)) return false;
  const t = text.slice(0, 600);
  const en = LEFT_EN.exec(t);
  if (en && !LEFT_TARGET_EN.test(en[0].slice(en[0].search(/(?:from|off)\s/i) + 4))) return true;
  const ja = LEFT_JA.exec(t);
  return !!ja && !TARGET_JA.test(ja[0]);
}

/** The change's own verb governed by a plan, a need or a wish: "still have to migrate", "want to move", "will upgrade". */
const NOT_DONE_EN =
  /(?<![a-z])(?:(?:still\s)?(?:have|has|need|needs|got|want|wants|plan|plans|planning|going|intend|intends|hope|hoping|like|yet)\sto|will|['’]ll|should|must|(?:has|have)n['’]?t|(?:has|have)\snot)\s(?:\w+\s){0,2}?(?:upgrad|updat|migrat|mov|switch|transition|replac|rebuil)\w*(?![a-z])|(?<![a-z])(?:upgrade|update|migration|move|switch|transition|replacement|rebuild)\s(?:[^.;!?\n]{0,50}?\s)?(?:(?:has|have)n['’]?t\s(?:\w+\s)?(?:happened|been\sdone|started|finished|completed)|(?:has|have)\snot\s(?:\w+\s)?(?:happened|been\sdone|started|finished|completed)|is(?:n['’]t|\snot)\s(?:yet\s)?(?:done|finished|complete|completed)|is\s(?:still\s)?(?:pending|planned|scheduled|to\scome)|(?:is\s)?not\s(?:yet\s)?(?:done|started))(?![a-z])/i;
const NOT_DONE_JA =
  /から\s?(?:の\s?)?(?:移行|アップグレード|アップデート|バージョンアップ|更新|移設|乗り換え|リプレース|入れ替え|載せ替え)\s?(?:(?:は|が|も)\s?(?:まだ|未|これから|予定|計画)|(?:し|を)?\s?(?:たい|する予定|する計画|を予定|を計画|予定|計画|していません|していない|しておりません|できていません|はしていません)|(?:する|します)(?:つもり|予定))/;

/**
 * "We still have to migrate from SQL 2008 R2", "The migration from SQL 2008 R2 hasn't happened yet", 「SQL 2008 R2 からの移行は
 * まだです」, 「SQL 2008 R2 から移行したいです」: a change not done (yet), wanted or planned. The release it would start from is still
 * the current one, so the "from" rule (releaseLeftBehind, namesReleaseLeftBehind) does not apply (REV24 #4). On one clause or
 * message, bounded.
 */
export function changeNotDone(text: string): boolean {
  const t = text.slice(0, 600);
  if (/から/.test(t) && NOT_DONE_JA.test(t)) return true;
  return /from/i.test(t) && NOT_DONE_EN.test(t);
}
