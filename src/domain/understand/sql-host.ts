// A Windows release said of the SQL machine, not of the TMS server (QA39 #4):
//   "- SQL server: separate VM, Windows Server 2008 R2, SQL Server 2012 SP1"
//   "The database is on a separate Windows Server 2012 R2 box with SQL 2014 SP1."
//   「・SQL サーバー：別VM、Windows Server 2008 R2、SQL Server 2012 SP1」
// A sentence whose subject is SQL (it opens with SQL / the database), that puts SQL on another machine, and names that
// machine (a "SQL server:" label, or "a separate … box/VM/server" around the release): the release is that machine's.
// The TMS server's Schannel defaults do not follow from it, so it must not become the TMS server's Windows.
// ("SQL is remote, Windows 2016", "SQL on a separate server, Windows 2016": a list, the release stays the TMS server's.)

import { parseSqlLocation } from '../versions';

/** Cheap gate: the sentence speaks of SQL or a database. */
const GATE = /sql|(?<![a-z])db(?![a-z])|database|データベース/i;
/** The sentence opens with SQL as its subject (after a bullet, "the", "our"). */
const SQL_SUBJECT = /^\s*(?:[-*•・·>]\s*|\d[.)]\s*)?(?:(?:the|our)\s)?(?:ms\s?)?(?:sql(?:\s?server)?|db|database|データベース)(?![a-z0-9])/i;
/** "SQL server:", "DB host -", 「SQL サーバー：」: a label for the SQL machine's line. */
const SQL_MACHINE_LABEL = /^\s*(?:[-*•・·>]\s*|\d[.)]\s*)?(?:(?:the|our)\s)?(?:ms\s?)?(?:sql|db|database|データベース)\s?(?:servers?|hosts?|box|vm|machine|サーバー?|ホスト|マシン)\s?(?:[:：=]|\s[-–]\s)/i;
/** A machine other than the TMS server named before the release ("on a separate … box", "別VM", "its own VM"). */
const OTHER_MACHINE =
  /(?<![a-z])(?:separate|remote|another|dedicated|different|other|(?:its|their)\sown)\s(?:[^,.;:]{0,30}?\s)?(?:vm|box|server|host|machine)s?(?![a-z])|別\s?(?:の)?\s?(?:vm|サーバ|マシン|ホスト|筐体)/i;

/**
 * Whether a Windows release at `at` (an index in `sentence`) in a clause that does not name TMS is the SQL machine's.
 * Only for a sentence with SQL as subject that puts SQL elsewhere.
 */
export function windowsOfSqlHost(sentence: string, clause: string, at: number): boolean {
  if (!GATE.test(sentence) || /(?<![a-z])tms(?![a-z])/i.test(clause)) return false;
  if (!SQL_SUBJECT.test(sentence)) return false;
  if (parseSqlLocation(sentence) !== 'remote') return false;
  if (SQL_MACHINE_LABEL.test(sentence)) return true;
  // (The release inside the machine's own words: "on a separate Windows Server 2012 R2 box", not a list after them: "SQL on a
  // separate server, Windows 2016, Medium" names the TMS server's Windows after SQL's place.)
  const m = OTHER_MACHINE.exec(sentence);
  return !!m && m.index < at && at < m.index + m[0].length;
}
