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
  if (!GATE.test(sentence)) return false;
  // (QA53 #2: SQL put on another machine, then that machine's release, "TMS 15.11 on Windows 2019, SQL 2016 on a separate
  // server running Windows 2008 R2", "…with SQL 2016 on another box (Windows 2008 R2)": read from the SQL keyword on.)
  if (releaseAfterSqlMachine(sentence, at)) return true;
  if (/(?<![a-z])tms(?![a-z])/i.test(clause)) return false;
  if (backToSqlMachine(sentence, clause, Math.max(0, sentence.indexOf(clause)))) return true;
  if (!SQL_SUBJECT.test(sentence)) return false;
  if (parseSqlLocation(sentence) !== 'remote') return false;
  if (SQL_MACHINE_LABEL.test(sentence)) return true;
  // (The release inside the machine's own words: "on a separate Windows Server 2012 R2 box", not a list after them: "SQL on a
  // separate server, Windows 2016, Medium" names the TMS server's Windows after SQL's place.)
  const m = OTHER_MACHINE.exec(sentence);
  return !!m && m.index < at && at < m.index + m[0].length;
}

const SQL_WORD = /(?<![a-z])(?:sql|db|database)(?![a-z])|データベース/gi;

/**
 * From the last SQL keyword before `at`: SQL on another machine, and right after that machine the Windows keyword at `at`
 * ("SQL 2016 on a separate server running Windows 2008 R2", "SQL 2016 on another box (Windows 2008 R2)", "SQL 2012 SP3 on a
 * separate server SQLSRV01 running Windows 2012 R2", 「SQL 2016 は別サーバ（Windows Server 2008 R2）」). Not when TMS is named
 * in between ("SQL on a separate server and TMS on Windows 2019"), nor a list after the place ("SQL on a separate server,
 * Windows 2016").
 */
function releaseAfterSqlMachine(sentence: string, at: number): boolean {
  let sqlAt = -1;
  for (const m of sentence.slice(0, at).matchAll(SQL_WORD)) sqlAt = m.index ?? sqlAt;
  if (sqlAt < 0) return false;
  const span = sentence.slice(sqlAt, at);
  if (/(?<![a-z])tms(?![a-z])/i.test(span) || parseSqlLocation(span) !== 'remote') return false;
  // ("SQL 2016 on a separate server with Windows 2019 on the TMS server": the release is said of TMS after all.)
  if (/(?<![a-z])tms(?![a-z])/i.test(sentence.slice(at).split(/[,.;、。，；]/)[0])) return false;
  const m = OTHER_MACHINE.exec(span);
  return !!m && MACHINE_THEN_RELEASE.test(span.slice(m.index + m[0].length));
}

/** Between the other machine and the Windows keyword: its name at most, then "running", "(", "with", "on", 「（」「で」. */
const MACHINE_THEN_RELEASE =
  /^(?:\s[a-z0-9][\w.-]{0,23})?(?:,?\s?(?:which|that)\s)?\s?(?:(?:running|runs|on|with|is\son|is\srunning)\s|[(（]\s?|ー?\s?(?:の\s?)?[(（]\s?|ー?\s?(?:上\s?)?で\s?)$/i;

/**
 * A clause that names the SQL machine back, after a clause that put SQL on another machine in the same sentence (QA53 #2):
 * "SQL 2016 is on a separate box, that one runs Windows 2012 R2", "…, its OS is 2019", 「SQL 2016 は別サーバで、そちらの OS は
 * 2008 R2 です」. ("SQL is remote, Windows 2016": no word that points back, the TMS server's release.)
 */
const BACK_EN =
  /^\s*(?:and\s)?(?:that\sone|that\s(?:server|box|host|machine|vm)|the\ssql\s(?:server|box|host|machine|vm)|it(?:'s|\sis)?(?=\s(?:on|running|runs)\s)|it|its\s(?:host|server|box|machine|vm|os|windows)|(?:that|the)\s(?:server|box|host|machine|vm)'s\s(?:os|windows))\s(?:(?:is\s)?(?:still\s)?(?:runs|running|on|is|uses|has)\s)/i;
const BACK_JA = /^\s*(?:そちら|そっち|あちら|あっち|向こう|その\s?(?:サーバー?|マシン|ホスト|vm|筐体|db\s?サーバー?|sql\s?サーバー?))\s?(?:の\s?(?:os|windows|ウィンドウズ)\s?)?(?:は|が|も)/i;

function backToSqlMachine(sentence: string, clause: string, clauseAt: number): boolean {
  if (clauseAt <= 0 || !(BACK_EN.test(clause) || BACK_JA.test(clause))) return false;
  const before = sentence.slice(0, clauseAt);
  if (!/sql|(?<![a-z])db(?![a-z])|database|データベース/i.test(before)) return false;
  return parseSqlLocation(before) === 'remote';
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
