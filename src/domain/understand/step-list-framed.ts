/**
 * The fix's steps told as a list that is not a report of this server (QA46 W1, W2): a plan ("I will check the keys, set
 * Medium-High and restart", "Tomorrow: keys, Medium-High, reboot", 「…再起動する予定です」), a condition or a question ("If I
 * check the keys, set Medium-High and restart IIS, will it still fail?"), a request or someone else's advice ("My colleague
 * says: check the keys, set Medium-High and restart", 「キーを確認して、Medium-High にして、再起動してください」), or what was
 * done on another server ("Done on the lab TMS: keys, Medium-High, reboot", "On our other TMS server I … restarted, and it works
 * there", 「別の TMS サーバーでは…直りました」). The level it names is no level of this TMS, and the restart no restart of it
 * (extract.ts drops them). A level said as a state ("we are at Medium-High", "level is Medium-High") is no step: kept.
 * Conservative: only a sentence that names Medium-High as a step (set to it, or an item of a list) with another step of the
 * fix (the keys, a restart or reboot). Pure, total; the cheap test first.
 */

import { ELSE_WORDS_EN, ELSE_WORDS_JA, ENV_WORDS_EN, ENV_WORDS_JA, WRONG_WORDS_EN, wordsBut } from './other-machine';

const CHEAP = /medium[\s-]?high|ミディアムハイ/i;

/** Medium-High as a step: set to it ("set Medium-High", "raise it to Medium-High", 「Medium-High にして」), or a list item. */
const LEVEL_STEP =
  /(?<![a-z])(?:set|setting|raise|raising|change|changing|switch|switching|move|moving|put|go|going)\s(?:it\s|tms\s|the\s(?:level|security\slevel|communication\ssecurity)\s)?(?:to\s)?medium[\s-]?high|(?:^|[:,;+、：]|\sand)\s?(?:the\s)?medium[\s-]?high\s?(?:[,;+、。.]|\sand\s|$)|(?:medium[\s-]?high|ミディアムハイ)\s?(?:に|へ)\s?(?:して|する|し、|変更|設定|上げ)/;
/** Medium-High said set by a verb ("set Medium-High", 「Medium-High にしました」): read only for another server's step. */
const LEVEL_SET_EN = /(?<![a-z])(?:set|raised|changed|switched|moved|put|bumped)\s(?:it\s|tms\s|the\s(?:level|security\slevel|communication\ssecurity)\s)?(?:to\s)?medium[\s-]?high/;
const LEVEL_SET_JA = /(?:medium[\s-]?high|ミディアムハイ)\s?(?:に|へ)\s?(?:しま|した|して|設定|変更|上げ)/;
/**
 * The words before a server's noun that make it another one (FIX20A chose them, from other-machine.ts's pieces; the others
 * were never tested here): the environment words and "demo" (which also stand alone), "wrong", "backup", "standby", "other",
 * "another", "different", "second", "old".
 */
const LAB_WORDS = `${ENV_WORDS_EN}|demo`;
const DONE_ON_WORDS = `${LAB_WORDS}|${WRONG_WORDS_EN}|backup|standby|${ELSE_WORDS_EN}|different|second|old`;
/** Another server named as the one the level was set on ("on the lab TMS", "on our test server", 「検証用の TMS で」「別のサーバーで」). */
export const OTHER_SERVER_DONE_ON = new RegExp(
  String.raw`(?<![a-z])(?:on|in|at)\s(?:the\s|our\s|a\s)?(?:(?:${DONE_ON_WORDS})\s)?(?:(?:${LAB_WORDS})(?![a-z])|(?:tms\s)?(?:server|box|tms|vm|machine|environment|instance)(?![a-z])(?<=(?:${DONE_ON_WORDS})\s(?:tms\s)?[a-z]+))` +
    String.raw`|(?:${ENV_WORDS_JA}|開発)(?:用|環境)?(?:の)?\s?(?:tms|サーバー?|環境|機)?\s?(?:で|では|にて|の方で)|(?:${ELSE_WORDS_JA}|違う)の?\s?(?:tms|サーバー?|環境)\s?(?:で|では|にて|の方で)`,
);
/** Another step of the fix: the keys or a restart / reboot. */
const OTHER_STEP = /(?<![a-z])(?:keys?|registry|schannel|re-?boot(?:ed|ing)?|restart(?:ed|ing)?|iisreset)(?![a-z])|キー|レジストリ|再起動|リブート/;
/**
 * A plan, a condition, a question or a request before the level's step in the sentence ("If I check …", "I will …", "Tomorrow:
 * …", "Should I …"): after it, "will" or a question mark may belong to a report ("I set Medium-High and rebooted, why does it
 * still fail?", "… but it will not connect").
 */
const FRAMED_BEFORE_EN =
  /(?<![a-z])(?:if|should(?!\s(?:be|have)(?![a-z]))|shall|will|can\si|do\si\s(?:need|have)|going\sto|plan(?:ning)?\sto|the\splan|tomorrow|tonight|next\s(?:week|time)|please|let'?s|(?:i|we)\s(?:need|have)\sto|you\s(?:need|have)\sto|you\sshould)(?![a-z])|(?:i|we)'ll(?![a-z])/;
/** The same in Japanese, anywhere in the sentence: 「予定」「ください」、「…したら直りますか」 (not 「したら直りました」: a report). */
const FRAMED_JA = /予定|つもり|これから|明日|今夜|今晩|来週|ください|下さい|お願い|(?:たら|れば)[^。]*?(?:ますか|ですか|でしょうか|[?？])/;
/** Someone else's advice leading the text: "My colleague says:", "Cisco TAC told us", 「同僚によると」「…と言われました」. */
const SELF_SAID = /(?<![a-z])(?:i|we)\s(?:said|told\syou)(?![a-z])/;
const ADVICE =
  /(?<![a-z])(?:colleagues?|co-?workers?|boss|manager|tac|cisco|vendor|partner|support|engineer|consultant|someone|somebody|he|she|they)\s(?:says?|said|suggests?|suggested|told\s(?:me|us)|recommends?|recommended|advised?|wants?\s(?:me|us)\sto)(?![a-z])|(?<![a-z])(?:according\sto|(?:i|we)\s(?:was|were|have\sbeen|'ve\sbeen)\s(?:told|advised))(?![a-z])/;
/** The same in Japanese, where the lead may follow the steps: 「同僚によると」「…するように言われました」. */
const ADVICE_JA = /によると|によれば|と言われ|ように言われ|とのこと|から(?:の)?(?:指示|アドバイス|助言)|勧められ/;
/** A bare imperative opening the sentence ("Check the keys, set Medium-High and restart."): an instruction, not a report. */
const IMPERATIVE = /^\s*(?:check|create|add|import|raise|change|restart|reboot|enable)\s/;
/**
 * Another server than this ticket's: done-still-failing.ts's words (QA40 #3, built the same way from other-machine.ts's pieces)
 * without its redundant-pair ones (a node, 「ノード」, 「もう一台」).
 */
const OTHER_SERVER = new RegExp(
  String.raw`(?<![a-z])(?:on|in|at)\s(?:the\s|our\s|a\s)?(?:${LAB_WORDS}|${WRONG_WORDS_EN}|backup|standby|secondary)(?![a-z])` +
    String.raw`|(?<![a-z])(?:${WRONG_WORDS_EN}|${ELSE_WORDS_EN}|different|second|old|new|${wordsBut(ENV_WORDS_EN, 'testing')})\s(?:tms\s)?(?:server|box|tms|vm|machine|environment|instance)` +
    String.raw`|${ENV_WORDS_JA}|開発環境|別の?\s?(?:サーバ|tms|環境)|他の\s?(?:サーバ|tms|環境)|違う\s?(?:サーバ|tms|環境)`,
);

/**
 * The steps said as done (QA47 R1): a past-tense step in the sentence ("If I remember correctly we set Medium-High and
 * rebooted last week", "Not sure if it matters, but we set Medium-High and rebooted", "Tom set Medium-High and rebooted"), or
 * the plan said carried out ("The plan was to set Medium-High, create the keys and reboot. We did all of that last night.",
 * "We did exactly what the plan said", 「予定通り…再起動しました」): a report, whatever "if", "plan" or 予定 stands around it.
 */
const PAST_STEP = /(?<![a-z])(?:re-?booted|restarted|created|imported|added|raised|switched|changed|enabled|applied|moved)(?![a-z])/;
const PLAN_CARRIED_OUT =
  /(?<![a-z])(?:did\s(?:all\sof\s|exactly\s)?(?:that|it|this|them|those|everything|all|what)|(?:have|'ve)\s(?:already\s)?done\s(?:that|it|this|all|everything)|already\sdid|all\sdone)(?![a-z])/;
const PLAN_CARRIED_OUT_JA = /(?:予定|計画)(?:通り|どおり)[^。]*?(?:ました|ましたが|た。|た$)|(?:全部|すべて|全て)(?:やり|実施し|対応し)ました/;

/**
 * 「予定通り」「計画どおりに」 leading steps said done in the same sentence (「予定通りレジストリを追加して Medium-High にして再起動しました」,
 * FIX20A #3): "as planned", a report; its 予定 is no plan. Masked (with the lookahead for the past tense) by the readers that refuse
 * 予定 as a plan (progress.ts, done-still-failing.ts). 「予定通り今夜実施します」 keeps it (no past tense).
 */
const AS_PLANNED_DONE_JA = /(?:予定|計画)\s?(?:の)?\s?(?:通り|どおり)\s?(?:に)?[、,]?(?=[^。？?！!]{0,120}?(?:ました|済み|完了|終わり))/g;
export function withoutAsPlannedDone(t: string): string {
  return t.includes('予定') || t.includes('計画') ? t.replace(AS_PLANNED_DONE_JA, ' ') : t;
}

/** OTHER_SERVER_DONE_ON, not where SQL runs ("SQL is on another server, we set Medium-High", 「SQLは別サーバで、…」). */
export function otherServerDoneOn(sentence: string): boolean {
  const m = OTHER_SERVER_DONE_ON.exec(sentence);
  return !!m && !/sql|database|(?<![a-z])db(?![a-z])|データベース/.test(sentence.slice(Math.max(0, m.index - 24), m.index));
}

export interface StepListFramed {
  /** The steps are on another server ("On our other TMS server …", 「別の TMS サーバーでは」). */
  otherServer: boolean;
}

/** Is the message such a list (lower-cased NFKC text)? null when not. */
export function stepListFramedIn(t: string): StepListFramed | null {
  if (!CHEAP.test(t) || t.length > 600) return null;
  // (Someone else's advice leads the steps: "My colleague says: check …"; not "the HDX says Security violation" after them.)
  const advice = ADVICE.exec(t);
  let at = 0;
  // (The plan said carried out anywhere in the message, not under an "if": a report.)
  const carried = PLAN_CARRIED_OUT.exec(t);
  if ((carried && !/(?<![a-z])(?:if|whether)(?![a-z])[^.!?]*$/.test(t.slice(0, carried.index))) || PLAN_CARRIED_OUT_JA.test(t)) return null;
  for (const sentence of t.split(/(?<=[.!?])\s+|(?<=[。！？\n])/)) {
    const start = t.indexOf(sentence, at);
    at = start + sentence.length;
    // ("we set Medium-High on the lab TMS", 「検証用の TMS で Medium-High にしました」: on another server the level alone is no step
    // of this TMS, with or without another step beside it; FIX20A.)
    // (Only the level set by a verb, and a server named as the place it was done on: "SQL is on a separate server, Medium-High",
    // 「SQLは別サーバ、Medium-High」 name where SQL runs and the level this TMS is at.)
    const step = LEVEL_STEP.exec(sentence);
    const alone = !step || !OTHER_STEP.test(sentence);
    if (alone && (LEVEL_SET_EN.test(sentence) || LEVEL_SET_JA.test(sentence)) && otherServerDoneOn(sentence)) return { otherServer: true };
    if (!step || alone) continue;
    if (OTHER_SERVER.test(sentence)) return { otherServer: true };
    if (PAST_STEP.test(sentence)) continue;
    if ((advice && advice.index < start + step.index && !SELF_SAID.test(t)) || ADVICE_JA.test(t) || IMPERATIVE.test(sentence) || FRAMED_JA.test(sentence) || FRAMED_BEFORE_EN.test(sentence.slice(0, step.index + 1))) return { otherServer: false };
  }
  return null;
}
