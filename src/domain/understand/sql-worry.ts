/**
 * REV24 #9, #10: two statements about SQL Server and TLS 1.0 that report nothing.
 * - A worry that SQL Server stops ("I'm worried: SQL Server won't start when we restart it", 「前回は SQL が止まったので心配です」,
 *   「今回も止まるか心配です」): what is feared, or what happened another time, is not SQL down now. Not with SQL said down now
 *   ("SQL Server is down and I'm worried…", "…is not starting", 「止まっていて…心配」: the report, worry.ts HAPPENED).
 * - An intent not to turn TLS 1.0 off (「TLS 1.0 を切るつもりはないです」, "we won't disable TLS 1.0", "no plan to turn TLS 1.0 off"):
 *   a decision, nothing to record.
 * Pure, bounded, cheap word tests first.
 */
import { nfkc } from '../nfkc';

const WORRY = /(?<![a-z])(?:worr(?:y|ied|ies|ying)|afraid|concerned|scared|nervous)(?![a-z])|心配|不安|懸念|怖い|こわい/i;
const SQL = /(?<![a-z])(?:sql|mssql|database|db)(?![a-z])|データベース/i;
/** Said down now, in the clause of now: a report, not a worry. */
const DOWN_NOW_EN =
  /(?<![a-z])(?:(?:is|are|it['’]?s|has\sbeen)\s(?:(?:still|currently|already|now)\s)?(?:down|stopped|offline|dead|not\s(?:running|starting|coming\sup|up))|(?:isn['’]?t|aren['’]?t)\s(?:running|starting|coming\sup|up)|(?:did|could)(?:n['’]?t|\snot)\s(?:start|come\s(?:up|back))|went\sdown|down\snow|(?:sql|server|service)\s(?:is\s)?(?:still\s)?down|crashed|stopped\s(?:after|since|when)|since\swe)(?![a-z])/i;
const DOWN_NOW_JA =
  /(?:止まっ|停止し|落ち|ダウンし)て(?:い|お|る|しまい)|(?:止まり|停止し|落ち|ダウンし)ました|起動し(?:なく|ません|ない)(?:て|なった|なりました)|すでに|既に|現在|今も/;
/** Another time: 「前回」, "last time" (its clauses are cut before the report test). */
const OTHER_TIME = /前回|以前|過去|この前|(?<![a-z])(?:last\stime|previously|the\stime\sbefore)(?![a-z])/i;
const CLAUSE = /[,;、，；。]|\s(?:and|but)\s/i;

export function sqlWorryIn(text: string): boolean {
  if (text.length > 300 || !WORRY.test(text) || !SQL.test(text)) return false;
  const t = nfkc(text);
  if (/[?？]\s*$/.test(t)) return false;
  const now = t.split(CLAUSE).filter((c) => !OTHER_TIME.test(c)).join(' / ');
  return !DOWN_NOW_EN.test(now) && !DOWN_NOW_JA.test(now);
}

const TLS10 = String.raw`(?:tls\s?1\.0|tls\s?v?1(?![.\d])|tls10)`;
const KEEP_EN = new RegExp(
  String.raw`(?<![a-z])(?:(?:we|i)\s(?:won['’]?t|will\snot|don['’]?t\s(?:plan|intend|want)\sto|do\snot\s(?:plan|intend|want)\sto|are\snot\sgoing\sto|aren['’]?t\sgoing\sto|['’]?m\snot\sgoing\sto|have\sno\splan\sto)|no\s(?:plans?|intention)\sto|not\s(?:planning|going)\sto)\s(?:\w+\s)?(?:disable|turn\s(?:off\s)?|switch\s(?:off\s)?|remove|kill|cut)\s?${TLS10}(?:\s(?:off))?(?![.\d])|(?<![a-z])(?:we|i)(?:['’]ll|\swill)\skeep\s${TLS10}\s(?:on|enabled)(?![a-z])`,
  'i',
);
const KEEP_JA = new RegExp(
  String.raw`${TLS10}\s?(?:を|は)?\s?(?:切る|無効に(?:する)?|オフに(?:する)?|止める|外す|削除する)\s?(?:つもり|予定|気)\s?(?:は|も)?\s?(?:ない|ありません|ございません)|${TLS10}\s?(?:は|を)\s?(?:有効の?まま(?:に)?(?:します|にしておきます|残します)|残します|切りません|無効にしません)`,
  'i',
);

/** 「TLS 1.0 を切るつもりはないです」, "we won't disable TLS 1.0": an intent to keep TLS 1.0 on (no question). */
export function keepsTls10In(text: string): boolean {
  if (text.length > 200 || !/tls/i.test(text)) return false;
  const t = nfkc(text);
  if (/[?？]|(?<![a-z])(?:if|should|can|could)(?![a-z])|たら|れば|べき/i.test(t)) return false;
  return KEEP_EN.test(t) || KEEP_JA.test(t);
}
