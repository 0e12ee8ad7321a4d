/**
 * A timeline that does not fit "the upgrade broke it" (QA59 #7):
 * - 'before-upgrade': the symptom was there before the endpoint's upgrade: "it already showed it before the upgrade last week",
 *   "It was like that already before we upgraded it to CE 9.15", "it has shown No HTTPS response since before the upgrade",
 *   「アップグレード前から No HTTPS response が出ていました」「CE 9.15 に上げる前から同じ状態でした」. A release that still accepts
 *   TLS 1.0 then (CE 8.0.1) means that error had another cause (knowledge.md Cause 1).
 * - 'no-upgrade': nothing was upgraded and it started lately: "We have not upgraded anything, it started on Monday",
 *   "nothing was upgraded, it began yesterday", 「何もアップグレードしていませんが、月曜から出ています」. At Medium an endpoint on a
 *   release that refuses TLS 1.0 fails from the day it runs that release, so something else changed: what, is the question.
 * "Nothing changed" / 「何も変更していません」 is not read (said of the keys or the server, not of an upgrade).
 * Not a denial ("it never showed it before the upgrade", 「アップグレード前は出ていませんでした」), a question, a plan, nor "not
 * upgraded TMS / SQL / Windows" (the endpoints may have been). Pure; bounded input, linear regexes, cheap test first.
 */
import { nfkc } from '../nfkc';

export type UpgradeTimeline = 'before-upgrade' | 'no-upgrade';

const CHEAP = /before|since|upgrad|updat|前から|して(?:い)?ません|していない/;

const UPG = '(?:upgrad\\w*|updat\\w*|firmware\\supdate|migration)';
/** "already … before the upgrade", "before we upgraded it … already", "since before the upgrade". */
const BEFORE_EN = new RegExp(
  [
    `(?<![a-z])(?:already|also|even)\\s[^.;!?]{0,60}?(?<![a-z])before\\s(?:the\\s|its\\s|their\\s|our\\s|we\\s|i\\s|it\\s|they\\s|you\\s)?(?:[a-z0-9.-]+\\s){0,2}?${UPG}`,
    `(?<![a-z])before\\s(?:the\\s|its\\s|their\\s|our\\s|we\\s|i\\s|it\\s|they\\s)?(?:[a-z0-9.-]+\\s){0,2}?${UPG}(?:[^.;!?]{0,40}?)\\s(?:already|too|as\\swell)(?![a-z])`,
    `(?<![a-z])since\\sbefore\\s(?:the\\s|its\\s|our\\s|we\\s)?(?:[a-z0-9.-]+\\s){0,2}?${UPG}`,
  ].join('|'),
);
/** The symptom or the failure itself in the sentence (not "it worked already before the upgrade"). */
const SYMPTOM_EN = /no\s?https|(?<![a-z])(?:showed|shown|showing|like\sthat|same\s(?:error|problem|thing|state|status)|fail(?:ed|ing)|red|broken|the\serror|this\serror|it\s(?:did|was)|there)(?![a-z])/;
const DENIED_EN = /(?<![a-z])(?:never|not|no\slonger|without)(?![a-z])|n['’]t(?![a-z])|(?<![a-z])(?:worked|working|fine|ok|okay|good|green)(?![a-z])/;
/** 「アップグレード前から」「上げる前から」「更新前から」 with the symptom or "the same", not denied. */
const BEFORE_JA = /(?:アップグレード|バージョンアップ|アップデート|更新|上げる|上げた|移行)(?:する)?\s?前から|(?:アップグレード|バージョンアップ|更新)以前から/;
const SYMPTOM_JA = /no\s?https|同じ|出て|表示|なって|失敗|エラー|状態/;
const DENIED_JA = /ません|ない|なかった|正常|問題なく|動いて/;

/** "we have not upgraded anything", "nothing was upgraded", "no upgrades", "we didn't upgrade the codecs". */
const NO_UPGRADE_EN =
  /(?<![a-z])(?:(?:we|i|nobody|no\sone)\s(?:have\s|has\s)?(?:not|n['’]t|never)\s(?:upgraded|updated)\s(?:anything|them|it|the\s(?:endpoints?|codecs?|systems?|units?|firmware|software))|(?:we|i)\s(?:did\snot|didn['’]t)\supgrade\s(?:anything|them|it|the\s(?:endpoints?|codecs?|systems?|units?))|nothing\s(?:was|has\sbeen|got)\s(?:upgraded|updated)|no\s(?:upgrades?|updates?|firmware\schanges?)\s(?:were\s|was\s|have\sbeen\s)?(?:done|made|applied|installed)?|(?:it|they|the\s[a-z0-9-]+)\s(?:was|were|has|have)\s(?:not|n['’]t)\s(?:been\s)?(?:upgraded|updated))(?![a-z])/;
const NO_UPGRADE_JA = /(?:何も|特に|どれも)\s?(?:アップグレード|バージョンアップ|アップデート)(?:は|も)?\s?(?:して(?:い)?ません|していない|しておりません)|(?:アップグレード|バージョンアップ)(?:は|も)\s?(?:して(?:い)?ません|していない|しておりません)/;
/** Something else named as not upgraded ("we have not upgraded TMS"): the endpoints may have been. */
const OTHER_PART = /^\s?(?:(?:on|in|at|of)\s)?(?:the\s)?(?:tms|sql|windows|server|os|database|iis|\.net)(?![a-z])/;
/** A question or a plan is no report. */
const NOT_REPORT = /[?？]|(?<![a-z])(?:will|going\sto|plan\w*|tomorrow|next\s(?:week|month)|should|could|would|if)(?![a-z])|予定|明日|来週|ますか|ですか|なら/;

function sentences(t: string): string[] {
  return t.split(/(?<=[.!?])\s+|(?<=[。！？])|\n/).filter((x) => x.trim().length > 0);
}

/** The timeline a message says that does not fit "the upgrade broke it", or null. */
export function upgradeTimelineIn(text: string): UpgradeTimeline | null {
  if (!text || !CHEAP.test(text)) return null;
  const t = nfkc(text.slice(0, 2000)).toLowerCase();
  for (const s of sentences(t)) {
    if (NOT_REPORT.test(s)) continue;
    const en = BEFORE_EN.exec(s);
    if (en) {
      const around = s.replace(en[0], ' ');
      if (SYMPTOM_EN.test(s) && !DENIED_EN.test(around) && !DENIED_EN.test(en[0].replace(/before\s.*$/, ''))) return 'before-upgrade';
    }
    const ja = BEFORE_JA.exec(s);
    if (ja && SYMPTOM_JA.test(s.slice(ja.index)) && !DENIED_JA.test(s.slice(ja.index + ja[0].length))) return 'before-upgrade';
    const no = NO_UPGRADE_EN.exec(s);
    if (no && !OTHER_PART.test(s.slice(no.index + no[0].length))) return 'no-upgrade';
    if (NO_UPGRADE_JA.test(s)) {
      const m = NO_UPGRADE_JA.exec(s)!;
      if (!/(?:tms|sql|windows|サーバー?)\s?(?:は|も)?\s?$/.test(s.slice(Math.max(0, m.index - 12), m.index))) return 'no-upgrade';
    }
  }
  return null;
}

/**
 * "It was like that already before we upgraded it to CE 9.15, it was on CE 8.0.1 then": the release the unit ran before, said with
 * "then" / "at the time" / 「当時は」 beside an upgrade: not a second group of endpoints (QA59 #7).
 */
const PREVIOUS_RELEASE =
  /(?<![a-z])(?:it|they|this\sone|that\sone)\s(?:was|were)\s(?:still\s)?(?:on|running)\s((?:tc|ce|roomos)\s?v?\d[\d.]*)\s(?:then|back\sthen|at\s(?:that|the)\stime)(?![a-z])|(?:当時|その時|そのとき|その頃)(?:は)?\s?((?:tc|ce|roomos)\s?\d[\d.]*)/i;
/** The release said as the one run before ("ce 8.0.1"), or null. */
export function previousReleaseSaid(text: string): string | null {
  const m = PREVIOUS_RELEASE.exec(nfkc(text.slice(0, 2000)));
  return m ? (m[1] ?? m[2] ?? null) : null;
}
