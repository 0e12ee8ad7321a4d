/**
 * A status report right after our fix answer (QA39 #5): "done, rebooted, still 3 failing", "applied the fix, rebooted. still 3
 * failing", 「完了しました。再起動もしましたが、まだ3台失敗しています」「手順どおり実施して再起動しました。まだ3台NGです」.
 * The user says, firsthand, that the steps we gave were carried out and that systems still fail: the steps are recorded
 * as done as "I set Medium-High" records them (step-done.ts: the keys checked, the level Medium-High, a restart only when
 * one is said), and the reply is the still-failing one for the facts after them (some systems back: what to check on
 * the ones left; none said back: why TLS 1.2 is still refused).
 * A list ("Done: keys, Medium-High, reboot", 「完了：キー、Medium-High、再起動」「実施済み：…」) records only what it lists, a bare
 * reboot item among them; "node 2 not yet" (redundant TMS) records this node's steps and says the other node still needs them.
 * Conservative: only a message that opens with "done" / "applied the fix" / 「手順どおり実施」 / 「完了：」, says systems still fail,
 * names no version, and follows an answer that gave the Medium-High step (TMS 15+, level not raised yet).
 * Pure, total; the cheap word test first.
 */
import type { ConversationState, TurnResult } from './types';
import type { Block } from './document';
import { stepsAsNumbered } from './followup';
import { recordStepsDone } from './step-done';
import { keysOffSeen } from './merge';
import { onPartialSuccess, partialSuccessIn } from './partial-success';
import { onStillFailing } from './still-failing';
import { ELSE_WORDS_EN, ENV_WORDS_EN, ENV_WORDS_JA, WRONG_WORDS_EN, wordsBut } from '../domain/understand/other-machine';
import { extractFacts } from '../domain/extract';
import { TEXTS } from './texts';
import { diagnoseState, next, para, reply, paraFrom } from './compose';
import { nfkc } from '../domain/nfkc';
import { KEYS_CHANGE_VERB } from '../domain/understand/tls-claims';
import { withoutAsPlannedDone } from '../domain/understand/step-list-framed';

/** Cheap gate: a "done" word and a "still" word. */
const CHEAP_DONE = /done|applied|followed|checked|verified|created|added|imported|完了|実施|終わ|対応|確認|作成|追加|インポート/i;
const CHEAP_STILL = /still|まだ|依然/i;

/** The opening clause: the steps said done as a whole, firsthand. */
const DONE_HEAD_EN =
  /^\s*(?:ok(?:ay)?[\s,]+)?(?:(?:all|everything)\s(?:is\s)?done|done|(?:(?:i|we)\s(?:have\s|'ve\s)?)?(?:applied|did|followed|completed|went\sthrough)\s(?:all\s)?(?:the\s|your\s)?(?:fix|steps|changes)(?:\syou\sgave(?:\sme|\sus)?)?)(?![a-z])/;
const DONE_HEAD_JA =
  /^\s*(?:(?:(?<![\d.])[1一]\s?号機|[1一]\s?台目|(?:ノード|node)\s?[1a])\s?(?:で|は|の)?\s?)?(?:全部|すべて|全て)?\s?(?:(?:手順|ご案内|案内|回答|予定|計画)(?:の)?(?:どおり|通り)に?[、,]?\s?)?(?:(?:対応|作業|修正|設定)\s?(?:を|は|が)?\s?)?(?:完了|実施|対応)(?:しました|して(?!ください|くだ|ほし|もら|い(?:ない|ません)|ませ|も)|し、|済み|済です)|^\s*(?:全部|すべて|全て)?\s?(?:完了|対応済み?|実施済み?)\s?[:：]/;
/**
 * The fix's steps told one by one, keys first, then Medium-High (QA44 #5): "I checked the keys, set Medium-High and restarted IIS
 * and the TMS services", 「キーを確認し、Medium-High にして、IIS と TMS サービスを再起動しました」. Read as a list naming the keys and
 * the level (the restart as the extractor reads it); "checked" is the keys found right, as EN's "Done (keys checked, …)" records.
 */
const SEQ_HEAD_EN =
  /^\s*(?:ok(?:ay)?[\s,]+)?(?:(?:i|we)\s(?:have\s|'ve\s)?)?(?:checked|verified|created|added|imported)\s(?:the\s)?(?:tls\s?1\.2\s)?(?:registry\s|schannel\s)?keys?,?\s(?:and\s|then\s)?(?:(?:i|we)\s)?(?:set|raised|changed)\s(?:(?:the\s)?(?:level|communication\ssecurity|tms\stools)\s)?(?:to\s)?medium[\s-]?high(?![a-z])/;
const SEQ_HEAD_JA =
  /^\s*(?:(?:手順|ご案内|案内|回答|予定|計画)\s?(?:の)?\s?(?:どおり|通り)に?[、,]?\s?)?(?:tls\s?1\.2\s?の)?\s?(?:レジストリの)?\s?(?:キー|レジストリ)\s?(?:を|は)?\s?(?:確認|作成|追加|インポート)(?:し、|して、?|しました。)\s?(?:レベルを|tms\s?tools\s?で)?\s?medium[\s-]?high\s?(?:に|へ)\s?(?:変更|設定)?(?:し|上げ)(?!ない|ませ|たら|ても|よう)/;
/** Some systems said working or counted, in the step-by-step form: "8 of 10 green", 「10台中8台が緑」. */
const SEQ_PARTIAL = /(?<![a-z])(?:green|fine|online|work(?:s|ing)?)(?![a-z])|\d\s?(?:of|\/)\s?\d|台中|緑|正常|成功/;
/**
 * Done on another server than this ticket's: "done on the lab TMS", "rebooted the wrong server", 「検証環境で実施」 (QA40 #3).
 * Built from other-machine.ts's pieces with the words QA40 #3 chose (the others were never tested here): after "on", the
 * environment words, "demo", "wrong" and a redundant pair's "backup", "standby", "secondary" (not "spare", "DR"); before a
 * noun, "wrong", "other", "another", "different" (not "separate"), "second", "old", "new" and the environment words but "testing".
 */
const OTHER_SERVER = new RegExp(
  String.raw`(?<![a-z])(?:on|in|at)\s(?:the\s|our\s|a\s)?(?:${ENV_WORDS_EN}|demo|${WRONG_WORDS_EN}|backup|standby|secondary)(?![a-z])` +
    String.raw`|(?<![a-z])(?:${WRONG_WORDS_EN}|${ELSE_WORDS_EN}|different|second|old|new|${wordsBut(ENV_WORDS_EN, 'testing')})\s(?:tms\s)?(?:server|box|tms|vm|node|machine|environment|instance)` +
    String.raw`|${ENV_WORDS_JA}|開発環境|別の?\s?(?:サーバ|tms|環境|ノード)|他の\s?(?:サーバ|tms|環境)|違う\s?(?:サーバ|tms|環境)|もう(?:一|1)台`,
  'i',
);
/**
 * The other node of a redundant TMS said not done yet: "done on node 1 and rebooted it; node 2 not yet", "the other node is still
 * to do", 「2号機はまだです」 (QA42 #4a). What was done is this node's; the other node still needs the same change (knowledge.md:
 * both nodes, or a failover brings the error back).
 */
const OTHER_NODE_LEFT =
  /(?<![a-z])(?:node\s?(?:2|two|b)|tms-?0?2|(?:the\s)?(?:other|second|2nd|secondary|standby|passive)\s(?:tms\s)?(?:node|server))\s(?:is\s|was\s|has\s|still\s)*(?:not\s(?:yet|done|touched)|untouched|still\sto\s(?:do|go)|to\sdo|pending|next|tomorrow|later)(?![a-z])|(?:(?<![\d.])[2二]\s?号機|[2二]\s?台目|もう片方(?:のノード)?|もう一方(?:のノード)?|(?:ノード|node)\s?[2b]|セカンダリ|待機系)\s?(?:は|が)?\s?(?:まだ|未実施|未対応|これから)/;
/** A list of what was done ("Done: Medium-High + iisreset", "done with the keys and Medium-High", 「完了：…」): only what it names. */
const NAMED_LIST = /^\s*(?:ok(?:ay)?[\s,]+)?(?:all\s)?done\s?(?:[:\-–—]|with\s)|^\s*(?:全部|すべて|全て)?\s?(?:完了|対応済み?|実施済み?)\s?[:：]/;
const NAMES_KEYS = /(?<![a-z])(?:keys?|registry|reg|\.reg|schannel|tls\s?1\.2)(?![a-z0-9])|キー|レジストリ/;
const NAMES_LEVEL = /medium[\s-]?high|(?<![a-z])(?:level|communication\ssecurity|tms\stools)(?![a-z])|レベル|ミディアムハイ/;
/**
 * A reboot as an item of such a list ("Done: keys, Medium-High, reboot.", 「完了：キー、Medium-High、再起動」): the server's reboot
 * named as done (QA42 #2: the list's reboot was dropped). Only a bare item: "rebooted the endpoints" is not the server's.
 */
const LIST_REBOOT =
  /(?:[:,;+&、]|\s(?:and|\+))\s?(?:a\s|the\s)?(?:(?:tms\s)?server\s)?re-?boot(?:ed)?(?:\s(?:of\s)?(?:the\s)?(?:tms\s)?server)?\s?(?:[.,;+&、。]|\s(?:and|\+)\s|$)|(?:[:,;+&、]|と)\s?(?:(?:tms\s?)?サーバー?の?)?(?:再起動|リブート)(?:済み?)?\s?(?:[.,;+&、。]|$)/;
/**
 * "done, set Medium-High, still failing", 「完了しました。Medium-High に設定しましたが、まだ失敗しています」 (QA58 #6): after the bare "done" the
 * message says which step was done, so it is a list of that step, not the steps as a whole (the keys are not noted as created when
 * only Medium-High is named). The step's verb right after "done," (EN), or a level or keys step said done after the opening (JA).
 */
const DONE_THEN_STEP_EN =
  /^\s*(?:ok(?:ay)?[\s,]+)?(?:all\s)?done\s?[,;.]\s?(?:(?:i|we)\s(?:have\s|'ve\s)?)?(?:just\s|also\s|then\s)?(?:set|raised|changed|switched|moved|put|bumped|created|added|imported|checked|verified|enabled|fixed|updated)\s/;
const STEP_DONE_JA =
  /medium[\s-]?high\s?(?:に|へ)\s?(?:設定|変更|し|上げ|切り替え)|(?:レベル|communication\ssecurity)\s?(?:を|は)?\s?(?:medium[\s-]?high\s?(?:に|へ))?\s?(?:設定|変更|上げ)|(?:キー|レジストリ)\s?(?:を|は|も)?\s?(?:作成|追加|インポート|確認|設定|修正)/;
/** A list in brackets right after the opening clause: "Done (…)", 「対応しました（…）」. */
const BRACKET_LIST = /^[^(（]{0,40}[(（]([^()（）]{1,160})[)）]/;
/** A restart item in it: "IIS and TMS services restarted", 「IIS と TMS サービス再起動」「サーバ再起動済み」「再起動」 (an item of its own). */
const BRACKET_RESTART =
  /(?:^|[,、;])\s?(?:(?:iis|tms|the|all|services?|server|サービス|サーバー?|全て|すべて|の)[\s&+、と]*|and\s)*(?:re-?boot(?:ed)?|restart(?:ed)?|再起動|リブート)(?:済み?|完了|しました)?\s?(?:[,、;]|$)/;
/** Systems said still failing: "still 3 failing", "3 still failing", "still failing", 「まだ3台失敗」「まだ3台NG」「まだ故障しているようです」 (after the report of the fix, the symptom). */
const STILL_FAILING_EN = /(?<![a-z])(?:still\s(?:(\d{1,4})\s(?:[a-z0-9-]+\s)?)?(?:fail(?:s|ing)?|broken|red|down|erroring|show(?:s|ing)?\sno\shttps|(?:not|n't)\sworking)|(?<![a-z\d.])(\d{1,4})\s(?:[a-z0-9-]+\s)?(?:are\s)?still\s(?:fail(?:s|ing)?|broken|red|down|show(?:s|ing)?\s(?:it|the\serror|no\shttps)))(?![a-z])/;
const STILL_FAILING_JA = /まだ\s?(?:(\d{1,4})\s?台\s?(?:が|は)?\s?)?(?:失敗|ng|エラー|ダメ|だめ|駄目|赤|no\s?https|直って(?:い)?(?:ない|ません)|直りません|故障\s?(?:して|中))|(\d{1,4})\s?台\s?(?:が|は)?\s?まだ\s?(?:失敗|ng|エラー|ダメ|だめ|駄目|赤)/;
/** The reboot still to come, said with the report: "reboot is scheduled for Saturday", "reboot tonight", 「再起動は今夜の予定」 (QA40 #4). */
const REBOOT_PENDING =
  /(?<![a-z])(?:the\s|a\s)?(?:re-?boot|restart)\s(?:is\s|was\s|will\sbe\s|still\s)*(?:pending|scheduled|planned|booked|due|tonight|tomorrow|later|next\s[a-z]+|this\s(?:weekend|evening|night)|on\s(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s(?:for|on)\s[a-z]+)?(?![a-z])|(?<![a-z])(?:waiting|awaiting|pending)\s(?:for\s|on\s)?(?:a\s|the\s)?re-?boot(?![a-z])|(?:再起動|リブート)\s?(?:は|を)?\s?(?:(?:今夜|明日|週末|土曜|日曜|後日|これから)\s?(?:の|に)?\s?)?(?:予定|待ち|未実施|これから)(?:です)?|(?:再起動|リブート)\s?(?:は|を)?\s?(?:今夜|今晩|明日|週末|土曜|日曜|後日|来週|夜間)(?:です|に(?:実施|行い|やり)?(?:します|ます))?(?=\s?(?:[。.,、!！]|$))/;
/**
 * A restart of the server, IIS or the TMS services named in a list ("iisreset", "restarted IIS", "server reboot", 「IIS 再起動」
 * 「サービスを再起動」): something was restarted on the server, even when the extractor did not read it as done. Not "rebooted
 * the codecs", 「エンドポイント再起動」: those are not the server (QA46 R2, W3).
 */
const SERVER_RESTART_SAID =
  /iisreset|(?<![a-z])(?:re-?boot(?:ed)?|restart(?:ed)?|bounced?)\s(?:of\s)?(?:the\s|all\s)?(?:tms\s|windows\s)?(?:server|iis|services?|box|vm|tms)(?![a-z])|(?<![a-z])(?:server|iis|services?)\s(?:re-?boot(?:ed)?|restart(?:ed)?)(?![a-z])|(?:サーバー?|iis|サービス|tms)\s?(?:の|を|も)?\s?(?:再起動|リブート)/;
/** A step said left out or still to come: "except", 「以外」, "keys next week", "keys not yet", "haven't done the registry". */
const STEP_LEFT =
  /(?<![a-z])(?:except|apart\sfrom|other\sthan|but\sfor)(?![a-z])|以外|(?:keys?|registry|reg|schannel|tls\s?1\.2|medium[\s-]?high|level|キー|レジストリ|レベル)[^.;。、]{0,24}?(?:not\s(?:yet|done)|next\s(?:week|time)|later|pending|tomorrow|to\sdo|still\sto|未|まだ|これから|来週|明日|予定)|(?:not\s(?:yet\s)?(?:done|set|created|changed|applied)|haven'?t\s(?:done|set|created|changed|applied|touched)|have\snot|skipped|left\sout)[^.;。、]{0,24}?(?:keys?|registry|reg|schannel|medium[\s-]?high|level)/;
/**
 * The keys said already present, not created now: "the keys were already there", "keys already existed", "the registry keys
 * were already in place", 「キーは既にありました」「キーはもともと作成済みでした」 (QA42 4b: noted as "the keys are created").
 */
const KEYS_ALREADY =
  /(?<![a-z])(?:keys?|values|registry(?:\s(?:keys|entries|values))?)\s(?:were|was|are|is|had\sbeen|have\sbeen)\s(?:already\s(?:there|present|in\splace|set|right|correct|configured|created|done)|there\salready|in\splace\salready)(?![a-z])|(?<![a-z])keys?\s(?:already\s)?existed(?:\salready)?(?![a-z])|(?<![a-z])already\shad\s(?:the\s)?(?:tls\s?1\.2\s|registry\s)?keys(?![a-z])|(?:キー|レジストリ)[^。、.]{0,8}?(?:既に|すでに|もともと|元々|最初から|以前から)[^。.]{0,10}?(?:あり|存在|作成済|設定済|入って|入ってい)/;
/**
 * The keys said checked, nothing said created or changed: "keys checked", "I checked the keys", 「キー確認済み」「キーを確認し」
 * (QA44 #5): verified present, not created. Where the step is "create" (Windows 2008 R2 or not known) it is read as the keys
 * found present, not as "the keys are created".
 */
const KEYS_CHECKED =
  /(?<![a-z])(?:keys?\s(?:were\s|was\s|are\s)?(?:checked|verified)|(?:checked|verified)\s(?:the\s)?(?:tls\s?1\.2\s)?(?:registry\s|schannel\s)?keys?)(?![a-z])|(?:キー|レジストリ)\s?(?:を|は|も)?\s?確認(?:済|し)/;
/** Something said back ("9 are back", "the rest work", 「9台は戻りました」): only then is a count of those still failing a part. */
const SOME_BACK = /(?<![a-z])(?:back|recovered|fixed|working\sagain|work\snow|(?:are|is)\s(?:green|fine|ok)|the\s(?:rest|others)\s(?:work|are))(?![a-z])|戻り|戻った|復旧し|直り|直った|正常に/;
/** Not a report: a question, a plan, a condition. */
const NOT_REPORT = /[?？]|(?<![a-z])(?:if|should|will|would|could|tonight|tomorrow|plan)(?![a-z])|予定|たら|れば|ですか|ますか/;

export interface DoneStillFailing {
  /** A reboot said done (the extractor's reading, which knows negation: "not rebooted yet", "only restarted IIS"). */
  rebooted: boolean;
  /** A reboot said not done or still to come ("reboot is scheduled for Saturday", 「再起動待ち」). */
  rebootPending: boolean;
  /** The steps the message names, when it lists them ("Done: Medium-High + iisreset"); null: the steps as a whole ("done"). */
  named: { keys: boolean; level: boolean } | null;
  /** The keys said already present ("the keys were already there", 「キーは既にありました」): checked, not created now. */
  keysAlready: boolean;
  /** The keys said checked, no change said ("keys checked", 「キーを確認し」). */
  keysChecked: boolean;
  /** How many still fail, when counted. */
  count: number | null;
  /** The other node of a redundant TMS said not done yet ("node 2 not yet", 「2号機はまだ」). */
  otherNodeLeft: boolean;
  /**
   * A list of steps that names no restart of the server at all ("Done: keys, Medium-High. Still failing", "I checked the keys and
   * set Medium-High", 「完了：キー、Medium-High、エンドポイント再起動」), or a bare "done, still failing" that names none and says nothing
   * back (QA53 #4): the restart is still owed as far as we know (QA46 R2, W3).
   */
  restartNotSaid: boolean;
}

/** Is the message that status report (see above)? Lower-cased NFKC text read; null when not. */
export function doneStillFailingIn(text: string): DoneStillFailing | null {
  if (text.length > 200 || !CHEAP_DONE.test(text) || !CHEAP_STILL.test(text)) return null;
  const t = nfkc(text).toLowerCase();
  const seq = SEQ_HEAD_EN.test(t) || SEQ_HEAD_JA.test(t);
  if (!seq && !DONE_HEAD_EN.test(t) && !DONE_HEAD_JA.test(t)) return null;
  const pending = REBOOT_PENDING.exec(t);
  // (The reboot's own plan is no plan of the report: "done …; reboot is scheduled for Saturday. still failing".)
  // (「予定通り…再起動しました」: as planned, done; its 予定 is no plan.)
  if (NOT_REPORT.test(withoutAsPlannedDone(pending ? t.replace(pending[0], ' ') : t))) return null;
  const m = STILL_FAILING_EN.exec(t) ?? STILL_FAILING_JA.exec(t);
  if (!m) return null;
  // The steps told one by one with a count or systems back ("…, rebooted. 8 of 10 SX20s green, 2 still red"): a partial
  // success, read as before (conservative: the step-by-step form only with nothing said back).
  if (seq && !DONE_HEAD_EN.test(t) && !DONE_HEAD_JA.test(t) && (m[1] || m[2] || SOME_BACK.test(t) || SEQ_PARTIAL.test(t.replace(m[0], ' ')))) return null;
  // The other node of a redundant pair still to do: this node's steps are what the report is about (its wording is no other server).
  const otherNodeLeft = OTHER_NODE_LEFT.test(t);
  // Another server than this ticket's: nothing is recorded for this one (when unsure, nothing).
  if (OTHER_SERVER.test(otherNodeLeft ? t.replace(OTHER_NODE_LEFT, ' ') : t)) return null;
  // A step left out ("Done: Medium-High, reboot. Keys next week", "done except the keys", 「キー以外は完了」): not the steps as a
  // whole, and which one is left is read better by the usual reading (QA42 #1: the keys were noted as created).
  if (STEP_LEFT.test(t)) return null;
  // A version named describes a case, not this report (read as usual).
  const f = extractFacts(t).facts;
  if (f.tms || f.sql || f.windows) return null;
  const n = m[1] ?? m[2];
  const restarted = f.tlsClaims?.restarted;
  // ("done, set Medium-High, still failing", 「完了しました。Medium-High に設定しましたが…」: the step named after "done" is the list, QA58 #6.)
  const jaHead = DONE_HEAD_JA.exec(t);
  const stepAfterDone = DONE_THEN_STEP_EN.test(t) || (!!jaHead && !BRACKET_LIST.test(t) && STEP_DONE_JA.test(t.slice(jaHead.index + jaHead[0].length)));
  const named = seq ? { keys: true, level: true } : NAMED_LIST.test(t) || stepAfterDone ? { keys: NAMES_KEYS.test(t), level: NAMES_LEVEL.test(t) } : null;
  // "Done (keys checked, Medium-High, IIS and TMS services restarted)", 「対応しました（キー確認済み、…、IIS と TMS サービス再起動）」:
  // the restart as an item of the list in brackets (QA44 #5: the JA item was not read).
  const bracket = BRACKET_LIST.exec(t);
  const listed = restarted === undefined && pending === null && ((named !== null && LIST_REBOOT.test(t)) || (bracket !== null && BRACKET_RESTART.test(bracket[1])));
  const rebooted = restarted === true || listed;
  const rebootPending = !rebooted && (restarted === false || pending !== null);
  // ("Done (keys checked, Medium-High)", 「対応しました（キー確認済み、Medium-High）」: the list in brackets is one too.)
  const lists = named !== null || (bracket !== null && (NAMES_KEYS.test(bracket[1]) || NAMES_LEVEL.test(bracket[1])));
  // ("done, still failing", 「完了しましたが、まだ失敗しています」 with no restart said at all and nothing said back: the restart that
  // applies the level is asked for first, as for a list (QA53 #4); some systems back means the level took effect.)
  const restartNotSaid = (lists || (named === null && !SOME_BACK.test(t))) && !rebooted && !rebootPending && !SERVER_RESTART_SAID.test(t);
  return { rebooted, rebootPending, named, keysAlready: KEYS_ALREADY.test(t), keysChecked: KEYS_CHECKED.test(t) && !KEYS_CHANGE_VERB.test(t), count: n ? Number(n) : null, otherNodeLeft, restartNotSaid };
}

/** Right after our fix answer: TMS 15+, the Medium-High step shown and not yet reported done, nothing required missing. */
function afterFixAnswer(s: ConversationState): boolean {
  if (!s.shown?.some((x) => /^tms-tools-medium-high[#:]/.test(x))) return false;
  if (s.facts.level === 'medium-high' || s.facts.level === 'high' || s.facts.tlsClaims?.levelRaised) return false;
  const d = diagnoseState(s);
  return !d.questions.some((q) => q.required) && d.findings.some((f) => f.code === 'tms-tools-medium-high');
}

const NOTE = {
  en: (items: string[]) => `Noted as done, as you say the steps were carried out: ${items.join('; ')}.`,
  ja: (items: string[]) => `手順どおり実施済みとのことなので、次のとおり記録しました：${items.join('、')}。`,
} as const;

export function onDoneStillFailing(s: ConversationState, text: string): TurnResult | null {
  const said = doneStillFailingIn(text);
  if (!said || !afterFixAnswer(s)) return null;
  // A list that leaves out the keys on a server where they must be created (Windows 2008 / 2008 R2, or the release not
  // known): "Done: Medium-High, iisreset and the TMS services. Still 2 failing" on 2008 R2. The keys step and its reboot are
  // what is missing, so the usual reading answers (it gives the steps left, the reboot among them), not this report's.
  // On Windows Server 2008 R2 itself ("done, set Medium-High, still failing", QA58 #6): the level named is recorded, and whether the
  // TLS 1.2 Client keys were created is asked first (off by default there: without them Medium-High has no TLS 1.2 to offer).
  // (Only with no restart said at all: a restart said is read as usual, whose 2008 R2 answer puts the keys first too.)
  const r2 = s.facts.windows?.year === 2008 && s.facts.windows.r2 === true;
  const keysAsked = !!said.named && !said.named.keys && said.named.level && r2 && said.restartNotSaid && !said.rebooted && !said.rebootPending;
  if (said.named && !said.named.keys && !keysAsked && (!s.facts.windows || s.facts.windows.year < 2012)) return null;
  const numbering = s.stepCodes ?? stepsAsNumbered(s).map((f) => f.code);
  if (keysAsked) {
    const recorded = recordStepsDone(s, numbering, new Set(['tms-tools-medium-high']));
    const noted = recorded.items.length ? [para(NOTE[s.lang](recorded.items))] : [];
    const facts = said.count !== null ? { ...recorded.state.facts, tlsClaims: { ...recorded.state.facts.tlsClaims, stillFailing: said.count } } : recorded.state.facts;
    return { state: next({ ...recorded.state, facts }, {}), replies: [reply(s.lang, [...noted, para(KEYS_ASKED_2008R2[s.lang])])] };
  }
  // "done": the steps as a whole; "Done: Medium-High + iisreset": only the steps named (a step not named is not recorded).
  const only = new Set<string>();
  // "The keys were already there": nothing was created, so the keys are recorded as found right, unchanged (as "keys checked,
  // nothing changed" is, step-done.ts): where Windows has TLS 1.2 on by default no reboot is due for them; on 2008 R2 the
  // existing rule keeps the registry step and a reboot conditional on when the keys were created (diagnose.ts).
  // "keys checked" where the step is to create them (2008 R2, or Windows not known): found present, not created (QA44 #5).
  const checked = said.keysChecked && (!s.facts.windows || s.facts.windows.year < 2012);
  const already = (said.keysAlready || checked) && (!said.named || said.named.keys);
  if ((!said.named || said.named.keys) && !already) only.add('enable-tls11-12-registry');
  if (!said.named || said.named.level) only.add('tms-tools-medium-high');
  if (said.rebooted) {
    only.add('reboot-server');
    only.add('restart-tms-services');
  }
  // ("Done: iisreset. still failing": no step of ours named: nothing recorded, no note; the still-failing reading.)
  const recorded = only.size ? recordStepsDone(s, numbering, only) : { state: s, items: [] as string[] };
  const state = already ? keysFoundPresent(recorded.state) : recorded.state;
  const items = already ? [KEYS_ALREADY_ITEM[s.lang], ...recorded.items] : recorded.items;
  // "done on node 1 …; node 2 not yet": the other node said with the note, before any reading of what still fails (QA42 #4a).
  const noted = [items.length ? NOTE[s.lang](items) : '', said.otherNodeLeft ? OTHER_NODE_NOTE[s.lang] : ''].filter((x) => x);
  const note: Block | null = noted.length ? para(noted.join(s.lang === 'ja' ? '' : ' ')) : null;
  // Not restarted yet ("reboot is scheduled for Saturday"): what was changed takes effect with the restart, so the
  // failures are expected until then; the checks for a refused TLS 1.2 come after it, not now (QA40 #4).
  if (said.rebootPending) return pendingReply(state, note, said.count);
  // A list that leaves the restart out: what it lists is recorded, and the restart it owes is said (the reboot when keys were
  // created, IIS and the TMS services for the level), not the checks for a refused TLS 1.2 (QA46 R2, W3).
  if (said.restartNotSaid && (state.facts.tlsClaims?.keysChanged === true || state.facts.level === 'medium-high')) return pendingReply(state, note, said.count, true);
  // Some systems back ("still 3 failing" of a fleet): what to check on the ones left; none said back: why it is still refused.
  // ("done, rebooted, still 12 failing" with 12 reported: nothing said back, so nothing is read as back (QA42 #2); a count
  // is a part only when the message says others came back.)
  // "Done: … 18 of 20 codecs are fine now, 2 MX800 still show No HTTPS response" (QA51 #14): systems said back and the message
  // a partial success as the partial-success reader reads it, with no count in this wording: the same reading.
  const back = SOME_BACK.test(nfkc(text).toLowerCase());
  const partly = back && (said.count !== null || partialSuccessIn(text, s.facts.endpointModels, !!s.facts.endpoint));
  const read = partly ? onPartialSuccess(state, text) : onStillFailing(state);
  // The count said is kept when the partial-success reading found none in this wording ("still 3 failing").
  const claims = read.state.facts.tlsClaims;
  const out = said.count !== null && claims && claims.stillFailing === undefined ? { ...read, state: { ...read.state, facts: { ...read.state.facts, tlsClaims: { ...claims, stillFailing: said.count } } } } : read;
  const [first, ...others] = out.replies;
  return first && note ? { ...out, replies: [{ ...first, blocks: [note, ...first.blocks] }, ...others] } : out;
}

/** Windows Server 2008 R2, the level named done and not the keys (QA58 #6): were the TLS 1.2 Client keys created? (knowledge.md Cause 3, Fix 3-4.) */
const KEYS_ASKED_2008R2 = {
  en: `You do not mention the TLS 1.2 keys, and on Windows Server 2008 R2 TLS 1.2 is off by default. Did you create the TLS 1.2 Client keys (\`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\`: \`Enabled\` = 1, \`DisabledByDefault\` = 0)? Without them TMS has no TLS 1.2 to offer, even at Medium-High, and the endpoints keep refusing it. If they are missing, create them as in the registry step of my answer, then reboot the server once: that also restarts IIS and the TMS services, which applies Medium-High. If the keys are there, tell me, and whether the server was rebooted after they were created.`,
  ja: `TLS 1.2 のキーについては伺っていません。Windows Server 2008 R2 では TLS 1.2 は既定で無効です。TLS 1.2 の Client キー（\`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\` の \`Enabled\` = 1、\`DisabledByDefault\` = 0）は作成しましたか？ これがないと、Medium-High にしても TMS には提示できる TLS 1.2 がなく、エンドポイントは接続を拒否し続けます。ない場合は、回答のレジストリの手順どおりに作成し、サーバを 1 回再起動してください。この再起動で IIS と TMS のサービスも再起動され、Medium-High も反映されます。キーがある場合は、その旨と、キーを作成したあとにサーバを再起動したかどうかを教えてください。`,
} as const;

const OTHER_NODE_NOTE = {
  en: 'That is the node you did; the other node still needs the same change (the same steps as on the first one): on a redundant TMS the registry keys and Medium-High are needed on both nodes, or a failover brings the error back. Nothing is noted as done for the other node.',
  ja: 'これは作業したノードの分です。もう一方のノードにも同じ変更（最初のノードと同じ手順）が必要です。冗長構成の TMS では、レジストリのキーと Medium-High は両方のノードで必要で、そうしないとフェイルオーバーでエラーが戻ります。もう一方のノードについては何も実施済みとして記録していません。',
} as const;

const KEYS_ALREADY_ITEM = { en: 'the TLS 1.2 keys were already there (not changed now)', ja: 'TLS 1.2 のキーは既にあった（今回は変更なし）' } as const;

/** The keys found present: TLS 1.2 said on, nothing changed now (unless a paste showed them off, or a change was recorded). */
function keysFoundPresent(s: ConversationState): ConversationState {
  const c = s.facts.tlsClaims;
  if (c?.keysChanged === true || keysOffSeen(s.facts)) return s;
  return { ...s, facts: { ...s.facts, tlsClaims: { ...c, tls12: 'on', keysChanged: false } } };
}

/** Findings said again with the pending note: the SQL caveats (keep TLS 1.0 on, the build to check), as the fix answer gave them. */
const CAVEATS_AGAIN = /^caveat-sql/;

function pendingReply(state: ConversationState, note: Block | null, count: number | null, notSaid = false): TurnResult {
  const lang = state.lang;
  const claims = state.facts.tlsClaims ?? {};
  const blocks: Block[] = [...(note ? [note] : []), para(TEXTS[lang].doneRebootPending(claims.keysChanged === true, state.facts.level === 'medium-high', notSaid))];
  for (const f of diagnoseState(state).findings.filter((x) => CAVEATS_AGAIN.test(x.code))) {
    blocks.push({ type: 'subheading', text: f.title[lang] }, ...f.body.map((b) => paraFrom(b, lang)));
  }
  const facts = count !== null ? { ...state.facts, tlsClaims: { ...claims, stillFailing: count } } : state.facts;
  return { state: next({ ...state, facts }, {}), replies: [reply(lang, blocks)] };
}
