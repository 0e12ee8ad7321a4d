/**
 * The SQL Server release a planned change starts from: "we plan to migrate from SQL 2008 R2", "We plan to upgrade SQL 2008 R2
 * to 2016 next month", "SQL 2008 R2 will be replaced by 2019 in Q3", 「来月 SQL 2008 R2 から 2016 へ移行する予定です」「SQL 2008 R2
 * を 2016 に上げる予定です」. The change is to come, so that release is the one TMS uses now (and its caveats apply now); the
 * planned target is not taken (readers-c #4, QA51 #15). Only SQL: endpoint plans have their own reader
 * (endpoint-upgrade-plan.ts). Not a release a change goes to ("plan to upgrade to SQL 2016"). Pure, bounded, linear.
 */
import { APART_WORDS_EN, ELSE_WORDS_EN, ENV_WORDS_EN } from './other-machine';

const SQL_VAL = String.raw`((?:20(?:05|08|12|14|16|17|19|22)|2k\d{1,2})(?:[\s-]?r2)?(?:\s?sp\s?\d)?)(?![\d.])`;
const SQL_NAME = String.raw`(?:ms\s?)?sql(?:\s?server)?(?:\s(?:express|standard|enterprise))?`;
/** A change verb: the plan is a change of SQL, not its use ("we plan to keep SQL 2008 R2", "will install SQL 2016"). */
const CHANGE_EN = /(?<![a-z])(?:upgrad|migrat|mov(?:e|ing)(?![a-z])|updat|replac|retir|decommission|get\srid\sof|move\saway|swap)/i;
const CHANGE_JA = /移行|アップグレード|アップデート|バージョンアップ|上げ|更新|リプレース|入れ替え|置き換え|載せ替え/;
/** "from (SQL) 2008 R2": the release left. */
const FROM_EN = new RegExp(String.raw`(?<![a-z])from\s(?:the\s)?(?:old\s|current\s|existing\s)?(?:${SQL_NAME}\s?)?${SQL_VAL}`, 'i');
/** "SQL 2008 R2 (to 2016)", not after "to"/"into"/"with"/"by": the release named with SQL, before a target if any. */
const NAMED_EN = new RegExp(String.raw`(?<!(?:to|into|onto|with|by|on)\s(?:the\s)?(?:new\s|newer\s|a\s)?)(?<![a-z])${SQL_NAME}\s(?:is\s|version\s)?${SQL_VAL}`, 'i');
/** 「SQL 2008 R2 から / を …」: the release before から or を (not before に/へ, a target). */
const NAMED_JA = new RegExp(String.raw`${SQL_NAME}\s?(?:は|の)?\s?${SQL_VAL}\s?(?:から|を)`, 'i');
const CHEAP = /sql/i;
/** A plan said ("plan to", "will", "next month", 「予定」), when the clause reads as a supposition otherwise. */
const PLAN_CUE = /(?<![a-z])(?:plan(?:s|ned|ning)?|will|going\sto|scheduled|next\s(?:week|month|quarter|year)|in\sq[1-4])(?![a-z])|'ll(?![a-z])|予定|計画|来月|来週|来期|来年/i;
/** A supposition or a question: "if we migrate…", "should we…", 「移行したら」. */
const SUPPOSED = /(?<![a-z])(?:if|whether|should|could|would|what\sif|suppose)(?![a-z])|たら|なら|べき|\?|？/i;

/** Does a clause read as hypothetical state a plan (not a supposition or a question)? */
export function plannedNotSupposed(clause: string): boolean {
  const s = clause.slice(0, 400);
  return PLAN_CUE.test(s) && !SUPPOSED.test(s);
}

/**
 * Another machine's SQL ("on the lab server", 「検証環境の」): not the one TMS uses. Bare words, so fewer than
 * OTHER_SERVER_WORDS_EN (readers-c #4 chose these): not "old" above all, as FROM_EN reads "from the old SQL 2008 R2" as the SQL
 * in use now.
 */
const OTHER = new RegExp(
  String.raw`(?<![a-z])(?:${ENV_WORDS_EN}|${ELSE_WORDS_EN}|${APART_WORDS_EN}|customer'?s?|their)(?![a-z])|検証|別の|他の|お客様`,
  'i',
);

/** Where the change goes: "to 2016", "into a new server", 「2016 に / へ」: a place after it is the target's, not the current one. */
const TARGET_CUT = /(?<![a-z])(?:to|into|onto|with|by)\s|に|へ/i;

/**
 * The SQL release the planned change in `clause` starts from, as written, with the words that place it: the rest of its own
 * phrase up to the target ("from SQL 2008 R2 on the remote DB server", "off SQL 2008 R2 on the TMS server"), and in Japanese the
 * words before it (「TMS サーバ上の SQL 2008 R2 から」). rev26 #7: the location said with the release is kept. Null when none.
 */
export function plannedSqlFrom(clause: string): { release: string; place: string } | null {
  const s = clause.slice(0, 400);
  if (!CHEAP.test(s) || OTHER.test(s)) return null;
  const at = (m: RegExpExecArray, ja: boolean) => {
    const after = s.slice(m.index + m[0].length);
    const cut = TARGET_CUT.exec(after);
    const tail = cut ? after.slice(0, cut.index) : after;
    return { release: m[1], place: ja ? s.slice(0, m.index) : tail };
  };
  if (CHANGE_EN.test(s)) {
    const m = FROM_EN.exec(s) ?? NAMED_EN.exec(s);
    if (m) return at(m, false);
  }
  if (CHANGE_JA.test(s)) {
    const m = NAMED_JA.exec(s);
    if (m) return at(m, true);
  }
  return null;
}

const WIN_VAL = String.raw`(20(?:08|12|16|19|22|25)(?:[\s-]?r2)?)(?![\d.])`;
const WIN_NAME = String.raw`(?:(?:ms\s|microsoft\s)?windows(?:\sserver)?|win(?:\s?server)?|(?:server\s)?os)`;
const WIN_CHEAP = /win|(?<![a-z])os(?![a-z])/i;
/** "from (Windows) 2008 R2": the release left. */
const WIN_FROM_EN = new RegExp(String.raw`(?<![a-z])from\s(?:the\s)?(?:old\s|current\s|existing\s)?(?:${WIN_NAME}\s?)?${WIN_VAL}`, 'i');
/** "Windows Server 2012 R2", "OS: 2008 R2": the release named with Windows (not after "to", "into": a target). */
const WIN_NAMED = new RegExp(String.raw`(?<!(?:to|into|onto|with|by|on)\s(?:the\s)?(?:new\s|newer\s|a\s)?)(?<![a-z])${WIN_NAME}\s?(?:is\s|version\s|[:：]\s?)?(?:windows\s)?(?:server\s)?${WIN_VAL}`, 'i');
/**
 * Right after the release named: its target ("(upgrade to 2022 …)", "→ 2019", 「（2022 へ移行予定）」), a bracket aside about the plan,
 * or 「から」「を」 (「2012 R2 から 2022 へ」「2012 R2 を 2019 に上げる」).
 */
const WIN_TARGET_AFTER = new RegExp(String.raw`^[^\n]{0,40}?(?:(?<![a-z])(?:to|into|onto)\s(?:windows\s)?(?:server\s)?|→|->|=>|⇒)\s?${WIN_VAL}|^\s?[(（][^()（）\n]{0,16}?${WIN_VAL}\s?(?:に|へ)|^\s?[(（]|^\s?(?:から|を)`, 'i');
/** SQL or a database named: the release may be its host's (sql-host.ts reads those where they are stated). */
const SQL_NAMED = /sql|database|(?<![a-z])db(?![a-z])|データベース/i;

/**
 * The Windows Server release a planned change starts from (QA57 #4): "Windows Server 2012 R2 (upgrade to 2022 planned Q1)", "OS:
 * 2008 R2 → 2019 migration planned", "we plan to migrate from Windows 2008 R2", 「Windows Server 2012 R2（2022 へ移行予定）」. As for
 * SQL above, the change is to come, so that release is the one the TMS server runs now; the target is not taken. Only a release said
 * to be left ("from …"), or named before its target or a bracket about the plan: "Windows 2022 upgrade planned" may name the target.
 * Not beside SQL (the release may be SQL's host's), nor another machine's. Null when none.
 */
export function plannedWindowsFrom(clause: string): string | null {
  const s = clause.slice(0, 400);
  if (!WIN_CHEAP.test(s) || OTHER.test(s) || SQL_NAMED.test(s)) return null;
  if (!CHANGE_EN.test(s) && !CHANGE_JA.test(s) && !/→|->|=>|⇒/.test(s)) return null;
  const from = WIN_FROM_EN.exec(s);
  if (from) return from[1]!;
  const m = WIN_NAMED.exec(s);
  if (m && WIN_TARGET_AFTER.test(s.slice(m.index + m[0].length))) return m[1]!;
  return null;
}

const TMS_REL = String.raw`v?(1[2-6](?:\.\d{1,3}){1,2})(?![\d.]*\d)`;
/** "on TMS 15.9", "on our TMS 15.9": where the plan is carried out (not "we will be on TMS 15.2.1", "get on": a state to come). */
const TMS_ON_EN = new RegExp(String.raw`(?<![a-z])(?<!(?:be|get|getting)\s)on\s(?:the\s|our\s)?tms\s?${TMS_REL}`, 'i');
/** "(TMS 15.9)", "(we're on TMS 15.9)", 「（TMS 15.9）」: an aside about the TMS it runs on. */
const TMS_ASIDE = new RegExp(String.raw`[(（]\s?(?:(?:we(?:'re|\sare)\s|currently\s|now\s|still\s)?on\s)?tms\s?${TMS_REL}\s?[)）]`, 'i');
/** 「TMS 15.9 で」 (not 「では」「でも」「です」: a topic, an "even", the copula). */
const TMS_DE_JA = new RegExp(String.raw`tms\s?${TMS_REL}\s?で(?![はもす])`, 'i');
/** The plan takes TMS to a release ("upgrade to TMS 15.9", "move TMS to 15.9"): its releases are targets, not the one in use. */
const TMS_TARGET_EN = /(?<![a-z])(?:upgrad|migrat|mov|jump|go|bring|tak)\w*\s(?:[\w'-]+\s){0,4}?(?:to|into)\s(?:tms\s?)?v?1[2-6]\.\d/i;

/**
 * The TMS release a planned step is carried out on, said inside the plan's sentence (FIX63C #2c): 「明日 TMS 15.9 で Medium-High
 * にします」, "tomorrow on TMS 15.9 we set Medium-High", "we'll go Medium-High tomorrow (TMS 15.9)". The step is to come; the release
 * is the one TMS runs now. Not a release the plan takes TMS to ("tomorrow we upgrade to TMS 15.9 and then set Medium-High",
 * 「TMS 15.9 にアップグレードしてから」: 「に」, not 「で」), nor another machine's. The release as written and where its words stand
 * in `clause` (to cut them out of the plan), or null.
 */
export function tmsReleaseOfPlan(clause: string): { release: string; start: number; end: number } | null {
  const s = clause.slice(0, 400);
  if (!/tms/i.test(s) || OTHER.test(s) || TMS_TARGET_EN.test(s)) return null;
  const m = TMS_ASIDE.exec(s) ?? TMS_ON_EN.exec(s) ?? TMS_DE_JA.exec(s);
  return m ? { release: m[1]!, start: m.index, end: m.index + m[0].length } : null;
}
