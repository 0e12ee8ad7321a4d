/**
 * SQL Server said to have been moved (QA round 43 #1): "SQL was local but we moved it to a separate server", "we migrated
 * the DB off the TMS box last year", "SQL was on a separate server, we moved it onto the TMS server",
 * 「SQLは同居でしたが別サーバに移しました」「別サーバでしたがTMSサーバに移行しました」. Where it was moved to is where it runs
 * now, whatever the clause or the message said of its place before. Only a move that happened: a plan ("we will move
 * it", 「移す予定です」) is classified as one before this reader runs, and a move said not to have happened ("we haven't
 * moved it", 「移していません」) is no move. Moving TMS ("we migrated TMS to a new server") is not moving SQL.
 * Pure, linear (bounded patterns), total; starts with a cheap word test.
 */

import type { SqlLocation } from '../types';
import { parseSqlLocation } from '../versions';

const MOVE_FAST = /mov|migrat|relocat|transferr|移/i;

/** What was moved: SQL or its database by name, or "it"/"them" (SQL only when the clause before spoke of SQL). */
const OBJECT_EN = String.raw`(?:it|them|(?:the\s|our\s|their\s)?(?:tms\s)?(?:sql(?:\sserver)?|ms\s?sql|db|database)(?:\s(?:server|instance|engine))?(?:\s20\d\d(?:\sr2)?)?)`;
/**
 * "moved it to a separate server", "migrated the DB off the TMS box", "SQL was moved to a dedicated server", "moved the
 * database back onto the TMS server", "SQL has been migrated off of the TMS VM".
 */
const MOVE_EN = new RegExp(
  String.raw`(?<![a-z])(?:(?<obj>${OBJECT_EN})\s(?:was|were|has\sbeen|have\sbeen|got|is\snow|had\sbeen)\s(?:since\s|already\s)?|(?<![a-z])(?:we|they|i|customer|the\scustomer|dba|the\sdba|dbas|it)\s(?:have\s|had\s|has\s)?(?:since\s|already\s|recently\s|then\s|later\s)?)` +
    String.raw`(?:moved|migrated|relocated|transferred)\s(?:(?<obj2>${OBJECT_EN})\s)?(?:(?:back|over|out|away)\s)?(?<prep>onto|into|to|off\sof|off|out\sof|away\sfrom|from)\s(?<dest>[^,.;!?]{1,60})`,
  'i',
);
/** A move said not to have happened: "we haven't moved it", "SQL was never migrated", 「まだ移していません」「移行してない」. */
const NOT_MOVED =
  /(?:(?<![a-z])(?:not|never)|n't)\s(?:yet\s|actually\s|already\s)?(?:been\s)?(?:moved|migrated|relocated|transferred|move|migrate|relocate|transfer)(?![a-z])|(?:移し|移行し|移設し|移動し|移っ)て(?:い)?(?:ない|ません|おりません)/i;
const NEGATED_BEFORE = /(?:not|n't|never)\s(?:yet\s|already\s)?(?:been\s)?$/i;

/** "off the TMS box", "out of the TMS server": the place SQL left is the TMS server. */
const TMS_PLACE_EN = /^(?:the\s|our\s|this\s)?(?:tms|same)(?:\s(?:server|box|host|machine|vm))?(?![a-z0-9])/i;

/**
 * 「別サーバに移しました」「TMSサーバに移行しました」「TMSサーバから別サーバへ移設済み」: the destination before に/へ, said done
 * (past, or 済み). Not 「移す予定」「移していません」「移行します」.
 */
const MOVE_JA = /([^、。,.!！?？はをがも]{1,24})(?:に|へ)\s?(?:移し(?:ました|た|てあります|ています|てある|ておりま|てい(?:る|ます))|(?:移行|移設|移動|引っ越し|引越し)(?:し(?:ました|た|てあります|ています|てあ|てい(?:る|ます)|ておりま)|済み?)|移っ(?:た|ています|ていま|てい(?:る|ます)))/;
/** 「TMSサーバから移しました」「TMSサーバから外しました」: SQL left the TMS server, no destination said. */
const LEFT_TMS_JA = /(?:tms|同じ)\s?(?:サーバー?|機)?(?:上)?から\s?(?:別(?:の)?(?:サーバー?|マシン|ホスト)?(?:に|へ)\s?)?(?:移し|外し|出し|移行し|移設し|移動し)(?:ました|た|てあります|ています)/i;
const JA_SQL = /sql|(?<![a-z])db(?![a-z])|データベース/i;

/**
 * Where SQL was moved to, said in `clause` as done: 'local' (onto the TMS server) or 'remote' (to another machine);
 * 'not-moved' when the clause says SQL was not moved (its place words are not where SQL runs); else null. `sqlBefore`: the clause before spoke of SQL ("SQL was local, but we moved it…"), so "it" is SQL.
 */
export function sqlMovedTo(clause: string, sqlBefore: boolean): SqlLocation | 'not-moved' | null {
  if (!MOVE_FAST.test(clause)) return null;
  const c = clause.slice(0, 400);
  // ("SQL is on the TMS server, we haven't moved it to a separate server": the place after the move is not SQL's.)
  if (NOT_MOVED.test(c) && (sqlBefore || JA_SQL.test(c))) return 'not-moved';
  const en = MOVE_EN.exec(c);
  if (en?.groups) {
    const g = en.groups;
    if (NEGATED_BEFORE.test(c.slice(Math.max(0, en.index - 24), en.index + (en[0].search(/moved|migrated|relocated|transferred/i) ?? 0)))) return null;
    // What moved: SQL by name, or a pronoun after a SQL clause (or with SQL named earlier in this one).
    // ("we moved to a new server": who moved is not said to be SQL.)
    const obj = g.obj2 ?? g.obj;
    if (!obj) return null;
    const pronoun = /^(?:it|them)$/i.test(obj);
    if (pronoun && !(sqlBefore || /(?<![a-z])(?:sql|db|database)(?![a-z])/i.test(c.slice(0, en.index)))) return null;
    if (/tms/i.test(obj) && !/sql|db|database/i.test(obj)) return null;
    const dest = g.dest.trim();
    const fromTms = TMS_PLACE_EN.test(dest);
    if (/^(?:off|off\sof|out\sof|away\sfrom|from)$/i.test(g.prep)) {
      // "off the TMS box" → elsewhere; "from the TMS server to a separate one": the part after "to".
      const to = /(?<![a-z])(?:onto|into|to)\s(.{1,50})$/i.exec(dest);
      if (to) return parseSqlLocation(`on ${to[1]}`);
      return fromTms ? 'remote' : null;
    }
    if (fromTms) return 'local';
    return parseSqlLocation(`on ${dest}`);
  }
  if (!/移/.test(c)) return null;
  const ja = MOVE_JA.exec(c);
  if (ja) {
    if (!sqlBefore && !JA_SQL.test(c)) return null;
    // (「TMSは別サーバに移行しました」: TMS moved, not SQL.)
    if (/tms/i.test(c.slice(0, ja.index)) && !JA_SQL.test(c)) return null;
    const dest = ja[1].replace(/^.*から/, '');
    if (/^\s?(?:tms|同じ|同一)/i.test(dest)) return 'local';
    return parseSqlLocation(dest);
  }
  if (LEFT_TMS_JA.test(c) && (sqlBefore || JA_SQL.test(c))) return 'remote';
  return null;
}
