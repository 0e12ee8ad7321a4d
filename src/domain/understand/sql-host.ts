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

// A sentence whose subject is another named machine, "The SQL backup server runs Windows 2008 R2", "Our reporting box is on
// Windows 2012 R2", 「SQL のバックアップサーバーは Windows 2008 R2 です」 (QA40 7c): the release is that machine's, not the TMS
// server's. Only a role that is another machine (backup, reporting, replica, standby, DR, file, mail, domain controller,
// jump host, monitoring): "the server runs 2008 R2", "the second node runs 2012 R2" stay the TMS server's, and so does "the
// SQL server runs 2008 R2" (with SQL on the TMS server that is the same machine).
const OTHER_ROLE_GATE = /backup|reporting|replica|standby|(?<![a-z])dr(?![a-z])|file|mail|exchange|domain|jump|monitoring|バックアップ|レポート/i;
const OTHER_MACHINE_SUBJECT_EN =
  /^\s*(?:[-*•・·>]\s*)?(?:(?:the|our|their|its)\s)?(?:(?:ms\s?)?(?:sql|db|database)(?:\sserver)?\s)?(?:backup|reporting|replica|standby|dr|file|mail|exchange|monitoring|jump|domain\scontroller)\s(?:server|box|host|vm|machine)s?\s(?:still\s)?(?:runs|is\s(?:running|on)|are\s(?:running|on)|runs\son|is|are|uses)\s/i;
const OTHER_MACHINE_SUBJECT_JA =
  /^\s*(?:[-*•・·>]\s*)?(?:(?:ms\s?)?(?:sql|db|データベース)\s?(?:の|用の?)?\s?)?(?:バックアップ|レポート)\s?(?:用の?)?\s?(?:サーバー?|ホスト|マシン|vm)\s?(?:は|の\s?(?:os|windows)\s?は)/i;

/** Whether the Windows release in this clause is said of another machine named as the sentence's subject (not TMS). */
export function windowsOfOtherMachine(sentence: string, clause: string): boolean {
  if (!OTHER_ROLE_GATE.test(sentence) || /(?<![a-z])tms(?![a-z])/i.test(clause)) return false;
  const s = sentence.trimStart();
  // (Only the clause that opens the sentence: "The backup box is 2019, and TMS runs 2016" reads TMS's in its own clause.)
  if (!s.startsWith(clause.trimStart().slice(0, 20))) return false;
  return OTHER_MACHINE_SUBJECT_EN.test(s) || OTHER_MACHINE_SUBJECT_JA.test(s);
}
