/**
 * A step of the fix announced as a plan, not reported done: "I will set Medium-High tonight", "we're
 * going to apply the registry change after hours", "planning to reboot at 22:00", 「今夜 Medium-High に
 * 変更する予定です」「明日レジストリを変更します」. Nothing in it is done yet (progress.ts reads steps done);
 * the reply says what must be true before the step and what follows it.
 * A question ("will it work if I set Medium-High tonight?") is not a plan. Pure, total; the cheap test first.
 */
import { groupedByFirstLetter } from './first-letter';
import { planListStart } from './plan-list';
import { tmsReleaseOfPlan } from './planned-from';
import { decidesLevel } from './level-question';

export interface PlannedSteps {
  /** Communication Security to Medium-High in TMS Tools. */
  level?: true;
  /** The Schannel registry change (TLS 1.2 keys, the .reg file). */
  registry?: true;
  /** A server reboot, or a restart of IIS and the TMS services. */
  restart?: true;
  /** TMS upgraded to this release ("I will upgrade TMS to 15.13 tonight"): the version as written. */
  tmsUpgrade?: string;
  /** Both TMS nodes at once ("we'll reboot both nodes at the same time tonight", 「今夜、両方のノードを同時に再起動します」): unsafe, said so. */
  bothNodesAtOnce?: true;
  /**
   * The endpoints taken to this release, in an upgrade plan written with a colon ("We plan to upgrade to: TMS 15.13,
   * CE 11", 「予定：TMS 15.13、CE 11 に上げます」): the release as written.
   */
  endpointUpgrade?: string;
  /** SQL Server taken to this service pack ("we'll plan the SP4 upgrade next week", 「来週 SP4 に上げる予定です」). */
  sqlServicePack?: number;
}

const MAY = groupedByFirstLetter(/upgrad|patch|(?<![a-z])sp\s?[1-4](?!\d)|service\spack|パッチ|(?:go|move|jump|migrate)\s(?:to\s)?tms|(?:go|goes|going|move|moves|moving|jump|migrat\w*)\s(?:up\s)?to\s(?:tms\s?)?v?1[3-5]\.\d|アップグレード|バージョンアップ|に上げ|medium|tms\s?tools|regist|\.reg|reg\s?file|keys?|schannel|reboot|restart|iisreset|レジストリ|キー|再起動|ミディアム/i);

/** Words that make a clause a plan ("will", "going to", "tonight", 「予定」「今夜」). */
const PLAN_EN =
  groupedByFirstLetter(/(?<![a-z])(?:will|going\sto|gonna|plan(?:ning)?\s(?:to|on)|planned|intend\sto|about\sto|scheduled|schedule|tonight|tomorrow|after\shours|this\s(?:evening|weekend)|later\stoday|next\s(?:week|window)|in\sthe\s(?:maintenance\s)?window|during\s(?:the\s)?(?:maintenance\s)?window|at\s\d{1,2}(?::\d\d)?\s?(?:am|pm)?|(?:happens|is\shappening|takes\splace|is\sdue)\s(?:on\s)?(?:this\s|next\s)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![a-z])|'ll(?![a-z])/);
const PLAN_JA = /予定|今夜|今晩|明日|あした|明後日|あさって|明朝|明晩|来週|来月|ようと思|週末|夜間|メンテ(?:ナンス)?(?:時間|枠|ウィンドウ)|時間外|業務後|終業後|\d{1,2}\s?時(?:から|に)|(?:します|する|やります|行います|実施します)(?:ね)?[。\s!！]*$/;

/** A question, a condition, a step already done or not happening: not a plan. */
const NOT_PLAN =
  /[?？]|(?<![a-z])(?:if|should|shall|would|could|can\s(?:i|we)|do\s(?:i|we)|did|done|already|still|not|never|won'?t|instead|fail\w*|error)(?![a-z])|n't(?![a-z])|(?:ですか|ますか|でしょうか|場合|たら|れば|ました|でした|済み|まだ|しない|しません|できない)/;

const LEVEL = /(?:medium|med|mid)[\s_-]?high|ミディアム\s?ハイ|tms\s?tools|communication\ssecurity/;
const REGISTRY = /regist|\.reg(?![a-z])|reg\s?file|(?:schannel|tls\s?1\.2)\s(?:keys?|change|settings?)|(?<![a-z])keys(?![a-z])|レジストリ|キー/;
const RESTART = /reboot|restart|iisreset|bounce|再起動/;
/** Both nodes together: "both nodes at the same time", "the two servers at once", 「両方のノードを同時に」「2台を一度に」. */
const BOTH_AT_ONCE =
  /(?<![a-z])(?:both|the\stwo|two|2|all)(?:\s(?:of\s(?:them|the\snodes)|(?:tms\s)?(?:nodes?|servers?|boxes)))?\s(?:(?:at|on)\sonce|at\sthe\ssame\stime|simultaneously|together|in\sparallel)(?![a-z])|(?<![a-z])(?:(?:at|on)\sonce|at\sthe\ssame\stime|simultaneously|in\sparallel)\s(?:on\s)?(?:both|the\stwo)(?![a-z])|(?:両方|両ノード|両系|(?:2|二)\s?台|(?:2|二)\s?ノード)(?:\s?の\s?(?:tms\s?)?(?:ノード|サーバー?|tms))?(?:とも|共)?(?:を|は|が)?\s?(?:同時|一緒に|一度に|いっぺんに|まとめて|一斉)|(?:同時|一度|一斉)に[^。]{0,6}(?:両方|両ノード|両系|(?:2|二)\s?台)/;
/** "upgrade TMS to 15.13", "upgrading the TMS to v15.2", 「TMS を 15.13 にアップグレード」「TMS を 15.13 に上げる」: the release. */
const TMS_UPGRADE_EN =
  /(?:(?:upgrad|mov|migrat|bring|tak)\w*\s(?:the\s|our\s)?tms(?:\sserver)?(?:\sup)?|(?:the\s|a\s)?tms\s(?:upgrade|update|migration))\s?(?:to|->|→)\s?(?:tms\s?)?v?(1[2-6](?:\.\d{1,3}){0,2})(?![\d.]*\d)|(?<![a-z])(?:go|goes|going|move|moves|moving|jump|migrate|upgrad\w*)\s(?:up\s)?to\stms\s?v?(1[2-6](?:\.\d{1,3}){0,2})(?![\d.]*\d)/;
/**
 * "upgrade to 15.13 is planned next month", "the upgrade to 15.13", "plan to go to 15.9": no product named, but a release of 13 to 15 with its
 * minor is TMS's (endpoint software has no such release; a SQL build such as 13.0.5026 has a longer third part). Not in
 * a message about SQL Server or Windows ("the SQL upgrade to 16.0", "upgrade to 15.0 of SQL"): those are their releases.
 */
const TMS_UPGRADE_BARE_EN = /(?<![a-z])(?:upgrad\w*|updat\w*|go|goes|move|moves|jump|migrat\w*)\s(?:up\s)?to\sv?(1[3-5]\.\d{1,3}(?:\.\d{1,3})?)(?![\d.]*\d)(?!\s?(?:sp|cu)\d)/;
/**
 * "go/move/jump to 15.2" with no "upgrade" verb is a TMS upgrade only when the message speaks of TMS, an upgrade, a
 * version/release or a plan, and of no document ("I'll go to 15.2 in the admin guide", "go to section 15.2", 「15.2章」):
 * there the number is a chapter or a page.
 */
const BARE_GO = /^(?:go|goes|move|moves|jump)\s/;
const UPGRADE_CONTEXT = /tms|upgrad|version|release|plan|schedul|アップグレード|バージョン|リリース|予定/;
const DOC_WORD = /(?<![a-z])(?:pages?|sections?|chapters?|guides?|docs?|documents?|documentation|manuals?|steps?|paragraphs?|appendix|pdf|p\.)(?![a-z])|ページ|章|手順|ガイド|マニュアル|資料/;
function bareUpgradeEn(t: string, whole: string): RegExpExecArray | null {
  const m = TMS_UPGRADE_BARE_EN.exec(t);
  if (!m || !BARE_GO.test(m[0])) return m;
  const all = whole.toLowerCase();
  return UPGRADE_CONTEXT.test(all) && !DOC_WORD.test(all) ? m : null;
}
const OTHER_PRODUCT_SAID = /(?<![a-z])(?:sql|mssql|database|db|windows|win)(?![a-z])|データベース|ウィンドウズ/;
const TMS_UPGRADE_JA = /tms\s?(?:を|は)?\s?(?:v)?(1[2-6](?:\.\d{1,3}){0,2})\s?(?:に|へ)\s?(?:アップグレード|バージョンアップ|上げ)/;
/** 「15.9 に上げる予定」「15.13 へアップグレードします」: no product named, a release of 13 to 15 with its minor is TMS's (as TMS_UPGRADE_BARE_EN). */
const TMS_UPGRADE_BARE_JA = /(?<![\d.])(1[3-5]\.\d{1,3}(?:\.\d{1,3})?)\s?(?:に|へ)\s?(?:アップグレード|バージョンアップ|上げ)/;
/** "the SP4 upgrade", "upgrade SQL to SP4", "install SP3", 「SP4 に上げる」「SP4 にアップグレード」: the service pack. */
const SQL_SP_EN = /(?<![a-z])(?:sp\s?([1-4])|service\spack\s?([1-4]))\s(?:upgrade|update|install)|(?:upgrad\w*|updat\w*|install\w*|apply\w*|patch\w*|mov\w*|go(?:ing)?)\s(?:the\s|our\s)?(?:sql(?:\sserver)?\s)?(?:to\s)?(?:sp\s?([1-4])|service\spack\s?([1-4]))(?![\d.])/;
const SQL_SP_JA = /sp\s?([1-4])\s?(?:に|へ|を)\s?(?:アップグレード|上げ|更新|適用|インストール|パッチ|して)/;
/**
 * A day named for a SQL service pack ("DBA says they can patch SQL to SP3 on Thursday", 「DBA が木曜に SP3 に上げてくれるそうです」,
 * QA49 F17): a plan for the service pack only (a day beside a registry or level step may be when it was done).
 */
const DAY_EN = /(?<![a-z])(?:(?:on|this|next|by)\s)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![a-z])|(?<![a-z])(?:later\sthis\sweek|end\sof\s(?:the\s)?week)(?![a-z])/;
const DAY_JA = /[月火水木金土日]曜|今週|週明け/;
/** The service pack said done: not a plan, whatever day is named ("the DBA patched SQL to SP3 on Thursday"). */
const SP_DONE = /(?<![a-z])(?:patched|upgraded|updated|installed|applied|moved|went|is\snow|are\snow|has\sbeen|have\sbeen|was|were|finished|completed)(?![a-z])|(?:ました|でした|済み|完了)/;

/** "on Friday": a plan's day when nothing is said done (planIn). */
const ON_DAY = /(?<![a-z])on\s(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![a-z])/;
/** A future verb ("will", "'ll", "going to", "plan to"): the time words alone ("tonight") do not make a past verb a plan. */
const FUTURE_EN = /(?<![a-z])(?:will|going\sto|gonna|plan(?:ning)?\s(?:to|on)|intend\sto|about\sto|shall|let'?s)(?![a-z])|'ll(?![a-z])/;
/** Words between a verb and Medium-High that keep them one statement (no future verb, no "and"/"then" starting another). */
const GAP = String.raw`(?:(?!will|going|gonna|plan|and\s|then\s)[^.,;!?\n]){0,40}?`;
/**
 * Medium-High said done in the past tense, whatever time word is near ("We changed it to Medium-High yesterday and will
 * reboot tonight", "Tonight we changed it to Medium-High", "Medium-High was set an hour ago"): not a plan. "set"/"put"
 * (present or past) count as done only when no future verb comes before them ("we will set Medium-High tonight": a plan).
 */
const LEVEL_DONE_EN = new RegExp(
  String.raw`(?<![a-z])(?:changed|switched|moved|saved|raised|bumped|updated|flipped)\s${GAP}(?:medium|med|mid)[\s_-]?high|(?:medium|med|mid)[\s_-]?high\s(?:(?:was|has\sbeen|have\sbeen|is\snow|is)\s)?(?:set|saved|applied|done|in\splace)(?![a-z])`,
);
const LEVEL_SET_EN = new RegExp(String.raw`(?<![a-z])(?:set|put)\s${GAP}(?:medium|med|mid)[\s_-]?high`);
/** A restart said done in the past tense: "and restarted IIS", "rebooted last night" (not "will be restarted"). */
const RESTART_DONE_EN = /(?<![a-z])(?:rebooted|restarted|bounced|recycled)(?![a-z])/;
const RESTART_FUTURE_EN = /(?<![a-z])(?:will|'ll|going\sto|gonna|to)\s(?:have\s)?(?:be\s|been\s|get\s)?(?:rebooted|restarted|bounced|recycled)(?![a-z])/;

/** Medium-High said done in the past tense (lower-cased, NFKC text): see LEVEL_DONE_EN. */
export function levelSaidDone(t: string): boolean {
  if (!/high/.test(t)) return false;
  if (LEVEL_DONE_EN.test(t)) return true;
  const m = LEVEL_SET_EN.exec(t);
  // ("tonight we set Medium-High", "we set Medium-High tomorrow": a time to come with the present "set" and nothing said done or
  // seen is a plan, FIX62A #5; "tonight we set Medium-High and it works" reports.)
  if (m && AHEAD_TIME.test(t) && !SEEN_DONE.test(t)) return false;
  return !!m && !FUTURE_EN.test(t.slice(0, m.index));
}
const AHEAD_TIME = /(?<![a-z])(?:tonight|tomorrow|this\s(?:evening|weekend)|later\stoday|next\s(?:week|month|weekend|window))(?![a-z])/;
const SEEN_DONE = /(?<![a-z])(?:[a-z]{2,}ed|did|done|went|was|were|had|got|now|works?|working|fixed|green|back|since|still|already|ago)(?![a-z])|['’]ve(?![a-z])/;

const LIST_TMS = /(?<![a-z])tms\s?v?(1[2-6](?:\.\d{1,3}){0,2})(?![\d.]*\d)/i;
const LIST_ENDPOINT = /(?<![a-z])((?:tc|ce|roomos|room\sos)\s?v?\d{1,2}(?:\.\d{1,4}){0,3})(?![\d.]*\d)/i;

/**
 * An upgrade plan written with a colon, the releases after it ("Please confirm the upgrade to: TMS 15.13", "We plan to
 * upgrade to: TMS 15.13, CE 11", 「次のアップグレード先はこれで合っていますか：TMS 15.13」): the targets, or null.
 */
export function planListIn(text: string): PlannedSteps | null {
  const at = planListStart(text);
  if (at < 0) return null;
  const tail = text.slice(at, at + 200);
  const out: PlannedSteps = {};
  const tms = LIST_TMS.exec(tail);
  if (tms) out.tmsUpgrade = tms[1];
  const ep = LIST_ENDPOINT.exec(tail);
  if (ep) out.endpointUpgrade = ep[1].replace(/\s+/g, ' ');
  return Object.keys(out).length ? out : null;
}

/** The steps a message announces as planned, or null when it announces none (whole: the message a clause comes from). */
export function planIn(text: string, whole = text): PlannedSteps | null {
  if (text.length > 240) return null;
  const listed = planListIn(text);
  if (listed) return listed;
  if (!MAY.test(text)) return null;
  let t = text;
  try {
    t = t.normalize('NFKC');
  } catch {
    /* keep */
  }
  t = t.toLowerCase().trim();
  if (NOT_PLAN.test(t)) return null;
  // ("On Friday TMS goes to 15.9": a weekday is a time to come only with no past verb, FIX62A #6; "SQL was upgraded to SP3 on Monday",
  // "we changed the registry on Monday" report.)
  const dayAhead = ON_DAY.test(t) && !SP_DONE.test(t) && !/(?<![a-z])[a-z]{2,}ed(?![a-z])/.test(t);
  // ("Medium-High please", 「Medium-High にしてください」: the level decided on, to come; QA63 #2.)
  if (decidesLevel(t)) return { level: true };
  if (!PLAN_EN.test(t) && !PLAN_JA.test(t) && !dayAhead) {
    // "DBA says they can patch SQL to SP3 on Thursday": a day named for a SQL service pack, no step said done (QA49 F17).
    const spDay = (DAY_EN.test(t) || DAY_JA.test(t)) && !SP_DONE.test(t) ? (SQL_SP_EN.exec(t) ?? SQL_SP_JA.exec(t)) : null;
    return spDay && !LEVEL.test(t) && !REGISTRY.test(t) && !RESTART.test(t) ? { sqlServicePack: Number(spDay[1] ?? spDay[2] ?? spDay[3] ?? spDay[4]) } : null;
  }
  const out: PlannedSteps = {};
  // A step said done in the past tense beside the time word ("Tonight we changed it to Medium-High and restarted IIS",
  // "We changed it to Medium-High yesterday and will reboot tonight"): done, not planned; only the future step is.
  if (LEVEL.test(t) && !levelSaidDone(t)) out.level = true;
  if (REGISTRY.test(t)) out.registry = true;
  if (RESTART.test(t) && !(RESTART_DONE_EN.test(t) && !RESTART_FUTURE_EN.test(t) && !/(?<![a-z])(?:reboot|restart|bounce)(?![a-z])/.test(t))) out.restart = true;
  if (Object.keys(out).length && /both|two|2|all|両|二/.test(t) && BOTH_AT_ONCE.test(t)) out.bothNodesAtOnce = true;
  const up = TMS_UPGRADE_EN.exec(t) ?? TMS_UPGRADE_JA.exec(t) ?? (OTHER_PRODUCT_SAID.test(t) ? null : (bareUpgradeEn(t, whole) ?? TMS_UPGRADE_BARE_JA.exec(t)));
  if (up) out.tmsUpgrade = up[1] ?? up[2];
  const sp = SQL_SP_EN.exec(t) ?? SQL_SP_JA.exec(t);
  if (sp && !up) out.sqlServicePack = Number(sp[1] ?? sp[2] ?? sp[3] ?? sp[4]);
  return Object.keys(out).length ? out : null;
}

/**
 * Sentence and clause ends: "TMS is 15.2, we'll set Medium-High tonight", 「TMS は 15.2 です。今夜…予定です」, "… yesterday and will reboot
 * tonight", and a release then 「で」 before a day to come (「TMS 15.9 で明日 Medium-High にします」, FIX62A #9, as extract.ts cuts it).
 */
const CLAUSE_END = /[。；;！!\n]\s*|[.](?:\s+|$)|[,、，]\s*|(?<=\d\s?で)(?=\s?(?:明日|明後日|今夜|今晩|来週|来月))|\s(?:and|then|but)\s(?=(?:(?:we|i|they)\s?)?(?:will|'ll|are\sgoing\sto|am\sgoing\sto|going\sto|gonna|plan\sto)(?![a-z]))/i;
/** A step said done in the clause ("rebooted at 3pm", "upgraded at 2pm"): not a plan, whatever its time words. */
const DONE_VERB = /(?<![a-z])(?:rebooted|restarted|upgraded|applied|changed|created|imported|saved|bounced|edited|enabled|was|were)(?![a-z])/;

/**
 * A plan in one clause of a message whose other clauses state facts: "TMS is 15.2, we'll set Medium-High tonight",
 * 「TMS は 15.2 です。今夜 Medium-High に変更する予定です」, "SQL 2008 R2 on the TMS server; planning to reboot at 22:00".
 * The steps planned, and the rest of the text (the clauses that are no plan) to be read for facts; null when no
 * clause is a plan or every clause is. The caller checks that the rest states facts and the plan clauses none.
 */
export function planClauses(text: string): { plan: PlannedSteps; planText: string; rest: string } | null {
  if (text.length > 240 || !MAY.test(text)) return null;
  const parts = text.split(CLAUSE_END).filter((c) => c.trim() !== '');
  const plan: PlannedSteps = {};
  const planned: string[] = [];
  const rest: string[] = [];
  for (const c of parts) {
    const p = MAY.test(c) && !DONE_VERB.test(c.toLowerCase()) ? planIn(c, text) : null;
    // (「明日 TMS 15.9 で Medium-High にします」, "tomorrow on TMS 15.9 we set Medium-High", "we'll go Medium-High tomorrow (TMS 15.9)":
    // the TMS the step is done on is in use now, a fact said beside the plan, FIX63C #2c; not when the plan upgrades TMS.)
    const on = p && !p.tmsUpgrade ? tmsReleaseOfPlan(c) : null;
    if (p && on) {
      Object.assign(plan, p);
      planned.push(`${c.slice(0, on.start)} ${c.slice(on.end)}`);
      rest.push(`TMS ${on.release}`);
    } else if (p) {
      Object.assign(plan, p);
      planned.push(c);
    } else rest.push(c);
  }
  if (planned.length === 0 || rest.length === 0) return null;
  return { plan, planText: planned.join('\n'), rest: rest.join('\n') };
}

