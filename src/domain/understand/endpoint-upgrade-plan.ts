/**
 * An endpoint upgrade announced as a plan, maybe with the question whether it will hurt (QA51 #4): "We will upgrade our
 * SX20s from TC7.3.3 to TC7.3.21 tomorrow. TMS is 15.13. Will they break?", "The codecs will be upgraded to CE 11.5 next
 * week", 「明日 SX20 を TC7.3.3 から TC7.3.21 に上げる予定です。TMS は 15.13 です。問題ありますか？」.
 * Nothing has failed yet: the target release is what the endpoints will run, the release they are upgraded from is what
 * they run now. The other sentences are read as usual; a question other than "will it hurt" leaves the message to the
 * other readers, and so does a supposition ("what if we upgrade…", "should we…": hypothetical.ts), a change said done or
 * not happening. Pure, bounded, linear; the cheap test first.
 */
import { allMatches } from './fast-regex';
import { nfkc } from '../nfkc';
import { OTHER_ORG_WORDS_EN, OTHER_ORG_WORDS_JA } from './other-machine';
import { planListStart } from './plan-list';

export interface EndpointUpgradePlan {
  /** The release the endpoints are to run, as written ("TC7.3.21"). */
  to: string;
  /** The release they are upgraded from (what they run now), as written, when said. */
  from?: string;
  /** The message without the plan sentence and the "will it hurt" question: read for facts. */
  rest: string;
  /** The message asks whether the upgrade will hurt ("Will they break?", 「問題ありますか？」). */
  asks: boolean;
}

/** A TC/CE/RoomOS release named: the cheap test before ENDPOINT_RELEASE (shared with release-not-yet.ts). */
export const ENDPOINT_RELEASE_CHEAP = /(?:tc|ce|roomos|room\sos)\s?v?\d/i;
/**
 * A TC/CE/RoomOS release as written, captured ("TC7.3.21", "CE 9.15.3", "Room OS 11.5", "CE 9.15.3.a1b2c3d4" with its build
 * hash), not the start of a longer number. The regex source (flag i), shared with release-not-yet.ts (REV28 #7).
 */
export const ENDPOINT_RELEASE = String.raw`((?:tc|ce|roomos|room\sos)\s?v?\d{1,2}(?:\.\d{1,3}){0,3}(?:\.[0-9a-f]{6,8})?)(?![\d.]*\d)`;
const CHEAP = ENDPOINT_RELEASE_CHEAP;
const REL = ENDPOINT_RELEASE;

/** "will", "'ll", "going to", "plan to", "tomorrow", "next week": the change is to come. */
const FUTURE_EN =
  /(?<![a-z])(?:will|going\sto|gonna|plan(?:ning)?\s(?:to|on)|planned|intend\sto|about\sto|scheduled\sto|tomorrow|tonight|next\s(?:week|month|weekend|window)|this\s(?:weekend|evening)|later\sthis\sweek)(?![a-z])|'ll(?![a-z])/i;
/** The upgrade of the endpoints to a release: "upgrade our SX20s (from TC7.3.3) to TC7.3.21", "be upgraded to CE 11.5". */
const UPGRADE_TO_EN = new RegExp(
  String.raw`(?<![a-z])(?:upgrad(?:e|ed|ing)|updat(?:e|ed|ing)|mov(?:e|ed|ing)|tak(?:e|en|ing)|bring(?:ing)?|push(?:ed|ing)?|roll(?:ed|ing)?\sout)\s(?:[^.?!\n]|\.(?=\d)){0,80}?(?<![a-z])to\s(?:the\s)?(?:new\s|latest\s)?(?:release\s|version\s)?${REL}`,
  'i',
);
const FROM_EN = new RegExp(String.raw`(?<![a-z])from\s${REL}`, 'i');
/** Not a plan: a supposition, a should/could question, a change said not to happen or done. */
const NOT_PLAN_EN =
  /(?<![a-z])(?:if|whether|should|shall|could|would|can|may|might|won't|not|never|already|upgraded\s(?:them|it|the|our|all)|did|have\supgraded|has\sbeen\supgraded(?!\s(?:tomorrow|next)))(?![a-z])|n't(?![a-z])/i;

/** 「明日」「来週」「予定」「つもり」: the change is to come. */
const FUTURE_JA = /明日|あした|明後日|あさって|明朝|明晩|今夜|今晩|来週|来月|週末|今週|近々|今度|後日|予定|つもり|計画|(?:上げ|アップグレードし|アップデートし|更新し|移行し)(?:ます|る)(?![ぁ-ん])/;
const UPGRADE_TO_JA = new RegExp(String.raw`${REL}\s?(?:に|へ)\s?(?:アップグレード|アップデート|バージョンアップ|更新|上げ|移行)`, 'i');
const FROM_JA = new RegExp(String.raw`${REL}\s?から`, 'i');
/** Not a plan: done, not happening, a condition or a should-question. */
const NOT_PLAN_JA = /ました|でした|済み|完了|ません|ない(?:です)?[。\s]*$|もし|たら|れば|場合|べき|(?:ても|て)(?:いい|良い|よい|大丈夫|問題)/;

/** A question whether the upgrade hurts: "Will they break?", "any issues?", 「問題ありますか？」「大丈夫ですか」. */
const RISK_Q_EN =
  /(?<![a-z])(?:break|broken|fail|lose|lost|drop|problems?|issues?|affect\w*|impact\w*|ok|okay|safe|fine|work|concerns?|risks?|happen|watch\sout|worry|still\s(?:see|manage|reach))(?![a-z])/i;
const RISK_Q_JA = /問題|大丈夫|影響|壊れ|管理でき|見えなく|注意|リスク|平気|エラー|不具合|どうな|支障|懸念/;
const QUESTION = /[?？]\s*$|(?:ですか|ますか|でしょうか|かな)[。\s]*$/;

/**
 * The upgrade said done, or the time said past, in the upgrade's own clause: "were/got upgraded", "we moved … last week",
 * 「昨夜 … にアップグレードし、」「してから」 (REV24 #1): a report, whatever another clause says of tomorrow.
 */
const DONE_EN =
  /(?<![a-z])(?:(?:was|were|got|gotten|been|have|has|had|we|i|they|someone|somebody)\s(?:\w+\s){0,3}?(?:upgraded|updated|moved|took|taken|brought|pushed|rolled\sout)|yesterday|last\s(?:night|week|month|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|ago|earlier\stoday|this\smorning|since)(?![a-z])/i;
// (「明日 SX80 を CE9.15 に上げて、明後日 TMS を…」 (FIX61B #2): a te-form takes its time from the clause, so 上げて after a day to come
// is the plan's first step, not a report; 「上げた」 stays done. The look-behind comes after 上げて, so it runs only there.)
const DONE_JA =
  /昨日|昨夜|昨晩|先週|先月|先日|今朝|前回|し(?:てから|た後|たあと|たところ)|(?:アップグレード|アップデート|バージョンアップ|更新|移行)し、|上げた|上げて(?<!(?:明日|あした|明後日|あさって|明朝|明晩|今夜|今晩|来週|来月|週末)[^、。]*上げて)/;
/** A failure said as seen ("now show No HTTPS response", 「No HTTPS response が出ていて」) in a clause with no modal: a report. */
const FAILS_EN = /no\shttps(?:\sresponse)?|(?<![a-z])(?:fail(?:s|ed|ing)?|broke|broken|stopped\sworking|not\sworking|unreachable)(?![a-z])/i;
const MODAL_EN = /(?<![a-z])(?:will|would|could|may|might|if|whether|going\sto|gonna|risk|worr\w*|afraid)(?![a-z])|'ll(?![a-z])|[?]/i;
const FAILS_JA = /No\s?HTTPS|失敗|(?:エラー|問題)が出て|繋がらな|つながらな|管理できな/i;
const MODAL_JA = /かも|でしょう|たら|れば|場合|心配|予定|[?？]|ますか|ですか/;
/**
 * Another organisation's endpoints (REV24 #5): "The customer will upgrade their endpoints to CE 9.15 next week; ours stay on
 * TC7.3.3", 「お客様が来週エンドポイントを CE 9.15 に上げます」: not this case's plan.
 */
const OTHER_OWNER = new RegExp(
  String.raw`(?<![a-z])(?:their|theirs|(?:${OTHER_ORG_WORDS_EN})s?'?s?|(?:an)?other\s(?:company|companies|organi[sz]ation|org|team|tenant|customer|site|office|department))(?![a-z])|${OTHER_ORG_WORDS_JA}|お客さん|他社|別の(?:会社|組織|拠点|部署)|他の(?:会社|組織|拠点|部署)`,
  'i',
);

/** The clause of a sentence that holds [start, end) (the match of the upgrade): bounded by , ; 、 or a joint to a new subject. */
const BOUND = /[,;、，；]|\s(?:and|but|so|then|while)\s(?=(?:now|then|today|tomorrow|tonight|next|later|we|i|they|he|she|it|you|the|our|my)(?![a-z]))/gi;
function clauseOf(sentence: string, start: number, end: number): string {
  let from = 0;
  let to = sentence.length;
  for (const b of allMatches(BOUND, sentence)) {
    const at = b.index ?? 0;
    if (at + b[0].length <= start) from = at + b[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  // ("Tomorrow, we will upgrade …", 「来週、CE 11.5 に…」: a leading time word of its own joins its clause.)
  const lead = /(?:^|[,;、，；])([^,;、，；]{1,24})[,;、，；]\s*$/.exec(sentence.slice(0, from));
  if (lead && lead[1]!.trim().split(/\s+/).length <= 3 && (FUTURE_EN.test(lead[1]!) || FUTURE_JA.test(lead[1]!))) from = lead.index + (/^[,;、，；]/.test(lead[0]) ? 1 : 0);
  return sentence.slice(Math.max(0, from), to);
}

/** A failure said as seen somewhere in the message, in a clause without a modal. */
function failureSaid(t: string): boolean {
  for (const sentence of sentences(t)) {
    if (QUESTION.test(sentence)) continue;
    for (const c of sentence.split(/[,;、，；]|\s(?:and|but|so|because)\s|ので|ため|が、/i)) {
      if (FAILS_EN.test(c) && !MODAL_EN.test(c)) return true;
      if (FAILS_JA.test(c) && !MODAL_JA.test(c)) return true;
    }
  }
  return false;
}

/** Clause joints inside a sentence: a comma, or "and"/"but" before a future verb ("TMS 15.9 and we plan to upgrade …"). */
const CLAUSE = /[,、，;；]\s*|\s(?:and|but|so)\s(?=(?:(?:we|i|they)\s)?(?:will|'ll|are\sgoing\sto|am\sgoing\sto|going\sto|gonna|plan(?:ning)?\sto|intend\sto)(?![a-z]))/i;

/** Sentences with their end marks (a dot inside a release does not end one). */
function sentences(text: string): string[] {
  return text.split(/(?<=[?？!！。\n])|(?<=\.)(?=\s|$)/).filter((x) => x.trim() !== '');
}

/** The endpoint upgrade the message announces as a plan, or null. */
export function endpointUpgradePlanIn(text: string): EndpointUpgradePlan | null {
  if (!text || text.length > 400 || !CHEAP.test(text)) return null;
  // ("予定：TMS 15.13、CE 11 に上げます", "We plan to upgrade to: TMS 15.13, CE 11": the plan list, read by plan.ts.)
  if (planListStart(text) >= 0) return null;
  const t = nfkc(text);
  let plan: { to: string; from?: string } | null = null;
  let asks = false;
  const rest: string[] = [];
  for (const sentence of sentences(t)) {
    const en = UPGRADE_TO_EN.exec(sentence);
    const ja = en ? null : UPGRADE_TO_JA.exec(sentence);
    const m = en ?? ja;
    // (The future word must be in the upgrade's own clause, and nothing there says it done: "were upgraded … last night and now
    // show No HTTPS response, we will open a TAC case tomorrow" is a report, REV24 #1.)
    const clause = m ? clauseOf(sentence, m.index, m.index + m[0].length) : '';
    const isPlan = en
      ? FUTURE_EN.test(clause) && !DONE_EN.test(clause) && !NOT_PLAN_EN.test(sentence) && !QUESTION.test(sentence)
      : !!ja && FUTURE_JA.test(clause) && !DONE_JA.test(clause) && !NOT_PLAN_JA.test(sentence) && !QUESTION.test(sentence);
    // (Another organisation's endpoints are not this case's: left to the other readers, REV24 #5.)
    if (m && isPlan && OTHER_OWNER.test(sentence)) return null;
    if ((en || ja) && isPlan) {
      if (plan) return null; // (two plans: left to the other readers)
      const to = (en ?? ja)![1]!;
      const from = (en ? FROM_EN : FROM_JA).exec(sentence.slice(0, (en ?? ja)!.index + (en ?? ja)![0].length - to.length));
      plan = { to, ...(from ? { from: from[1] } : {}) };
      // ("TMS 15.9 and we plan to upgrade the codecs to CE 11", 「TMS は 15.13 で、来週 CE 11.5 に上げます」: the clauses that
      // are no part of the upgrade state facts.)
      for (const c of sentence.split(CLAUSE)) if (c.trim() && !UPGRADE_TO_EN.test(c) && !UPGRADE_TO_JA.test(c) && !FROM_EN.test(c) && !FROM_JA.test(c)) rest.push(c);
      continue;
    }
    if (en || ja) return null; // (an upgrade said done, asked about or supposed: not this reader's)
    if (QUESTION.test(sentence)) {
      // ("Will they break?", 「問題ありますか？」: the question this answer is for; any other question is left to the other readers.)
      if (/\d/.test(sentence) || !(RISK_Q_EN.test(sentence) || RISK_Q_JA.test(sentence))) return null;
      asks = true;
      continue;
    }
    rest.push(sentence);
  }
  // (A failure said as seen beside it: "… CE 9.15 tomorrow. The SX20s already show No HTTPS response" is a report first.)
  if (plan && failureSaid(t)) return null;
  return plan ? { ...plan, rest: rest.join(' ').trim(), asks } : null;
}
