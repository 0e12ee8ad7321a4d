/**
 * TMS moved onto a Windows release, said as done and without the word Windows (left-c #2): "we moved the TMS server to 2019
 * last week", "TMS was migrated to 2019", "we moved TMS from 2012 R2 to 2019", 「TMS サーバを 2019 に移行しました」. The year is
 * the Windows Server release of the server TMS runs on now, as in "TMS on Windows 2019" (never a TMS release: TMS runs from
 * 12.x to 15.x). Read only in a clause about TMS (the caller checks), and only as done: a plan ("we will move TMS to 2019",
 * 「2019 に移行する予定」), a negation ("we haven't moved TMS to 2019 yet") or a question records nothing, as with a move to a
 * new server (server-replaced.ts). A move of SQL ("the TMS database was migrated to 2019") is not this: the caller reads only
 * TMS's own segment, before any SQL word. Bounded, linear.
 */

import { MOVE_NOT_DONE_EN, MOVE_NOT_DONE_JA } from './server-replaced';
import { AGE_WORDS_EN, ELSE_WORDS_EN, OTHER_ORG_WORDS_EN, OTHER_ORG_WORDS_JA, wordsBut } from './other-machine';

const YEAR = String.raw`(20(?:08|12)\s?r2|20(?:16|19|22|25))(?![\d./-])(?!\s?(?:sql|sp\s?\d|cu\s?\d|express))`;
const WIN = String.raw`(?:an?\s|the\s)?(?:new\s)?(?:(?:windows|win)\s?)?(?:server\s)?`;
/** "moved the TMS server to 2019", "TMS was migrated onto 2019", "moved TMS from 2012 R2 to 2019" (a past form: done). */
const MOVED_EN = new RegExp(
  String.raw`(?<![a-z])(?:moved|migrated|relocated|transferred|rehosted|re-hosted)\s(?:over\s)?(?:[a-z']+\s){0,3}?(?:over\s)?(?:from\s${WIN}20\d\d(?:\s?r2)?\s)?(?:to|onto)\s${WIN}${YEAR}`,
  'i',
);
/** 「TMS サーバを 2019 に移行しました」「TMS を 2019 サーバへ移設済みです」 (done: 「…しました」「…した」「…済み」「…完了」). */
const MOVED_JA = new RegExp(
  String.raw`(?<![\d.])${YEAR}\s?(?:の\s?)?(?:サーバー?\s?)?(?:上\s?)?(?:に|へ)\s?(?:移行|移設|移し|移動|載せ替え|乗せ換え|載せ換え|リプレース)(?:し(?:ました|た)|済み|完了|しています|してあります)`,
  'i',
);
/** A move not done: planned, wanted, or denied. */
const NOT_DONE = new RegExp(
  String.raw`(?<![a-z])(?:${MOVE_NOT_DONE_EN}|'ll|gonna|plan(?:s|ned|ning)?\sto|want(?:s|ed)?\sto|need\sto|have\sto|should|haven'?t|hasn'?t|has\snot|didn'?t|did\snot|never|next\s(?:year|quarter))(?![a-z])|${MOVE_NOT_DONE_JA}|たい|つもり`,
  'i',
);

/**
 * Someone else's TMS, or a server that is not the one TMS runs on now (REV32 #1): "the customer moved their TMS to 2019", "the
 * old one moved to 2019 was decommissioned", 「お客様が TMS を 2019 に移行しました」. Such a move says nothing of ours: nothing is
 * recorded from it ("new" is no such word: "we moved TMS to a new 2019 server" is ours).
 */
const NOT_OURS_EN = new RegExp(String.raw`(?<![a-z])(?:their|theirs|his|her|${OTHER_ORG_WORDS_EN}(?:'s|s)?|${ELSE_WORDS_EN}|${wordsBut(AGE_WORDS_EN, 'new', 'newer')}|decommission(?:ed|ing)?|retired)(?![a-z])`, 'i');
const NOT_OURS_JA = new RegExp(String.raw`(?:${OTHER_ORG_WORDS_JA}|旧|古い|以前の|前の|別の?|他の?|廃止|撤去)`);

/** The Windows release TMS was moved onto in this text (TMS's own segment of a clause), or null. */
export function tmsMovedToYear(own: string): string | null {
  const t = own.slice(0, 400);
  if (!/20\d\d/.test(t)) return null;
  const m = MOVED_EN.exec(t) ?? MOVED_JA.exec(t);
  if (!m || NOT_DONE.test(t) || NOT_OURS_EN.test(t) || NOT_OURS_JA.test(t)) return null;
  return m[1]!;
}

/** A move of TMS onto a Windows release, in any tense: "we will move TMS to 2019", 「TMS サーバを 2019 に移行する予定です」. */
const MOVE_ANY_EN = new RegExp(
  String.raw`(?<![a-z])(?:mov(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|transfer(?:s|red|ring)?|rehost(?:s|ed|ing)?|re-host(?:s|ed|ing)?)\s(?:over\s)?(?:[a-z']+\s){0,3}?(?:over\s)?(?:from\s${WIN}20\d\d(?:\s?r2)?\s)?(?:to|onto)\s${WIN}${YEAR}`,
  'i',
);
const MOVE_ANY_JA = new RegExp(String.raw`(?<![\d.])${YEAR}\s?(?:の\s?)?(?:サーバー?\s?)?(?:上\s?)?(?:に|へ)\s?(?:の\s?)?(?:移行|移設|移し|移す|移動|載せ替え|乗せ換え|載せ換え|リプレース)`, 'i');

/**
 * Does the text speak of moving TMS onto a Windows release, done or not? Its "TMS server" is then the machine moved, not an
 * answer to where SQL runs (「TMS サーバを 2019 に移行する予定です」 while the SQL question is open).
 */
export function tmsMoveToYearSaid(text: string): boolean {
  const t = text.slice(0, 400);
  return /20\d\d/.test(t) && /tms/i.test(t) && (MOVE_ANY_EN.test(t) || MOVE_ANY_JA.test(t));
}
