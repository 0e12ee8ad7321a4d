/**
 * A status report right after our fix answer (QA39 #5): "done, rebooted, still 3 failing", "applied the fix, rebooted. still 3
 * failing", 「完了しました。再起動もしましたが、まだ3台失敗しています」「手順どおり実施して再起動しました。まだ3台NGです」.
 * The user says, firsthand, that the steps we gave were carried out and that systems still fail: the steps are recorded
 * as done as "I set Medium-High" records them (step-done.ts: the keys checked, the level Medium-High, a restart only when
 * one is said), and the reply is the still-failing one for the facts after them (some systems back: what to check on
 * the ones left; none said back: why TLS 1.2 is still refused).
 * Conservative: only a message that opens with "done" / "applied the fix" / 「手順どおり実施」, says systems still fail,
 * names no version, and follows an answer that gave the Medium-High step (TMS 15+, level not raised yet).
 * Pure, total; the cheap word test first.
 */
import type { ConversationState, TurnResult } from './types';
import type { Block } from './document';
import { diagnoseState, para } from './compose';
import { stepsAsNumbered } from './followup';
import { recordStepsDone } from './step-done';
import { onPartialSuccess } from './partial-success';
import { onStillFailing } from './still-failing';
import { extractFacts } from '../domain/extract';
import { nfkc } from '../domain/nfkc';

/** Cheap gate: a "done" word and a "still" word. */
const CHEAP_DONE = /done|applied|followed|完了|実施|終わ/i;
const CHEAP_STILL = /still|まだ|依然/i;

/** The opening clause: the steps said done as a whole, firsthand. */
const DONE_HEAD_EN =
  /^\s*(?:ok(?:ay)?[\s,]+)?(?:(?:all|everything)\s(?:is\s)?done|done|(?:(?:i|we)\s(?:have\s|'ve\s)?)?(?:applied|did|followed|completed|went\sthrough)\s(?:all\s)?(?:the\s|your\s)?(?:fix|steps|changes)(?:\syou\sgave(?:\sme|\sus)?)?)(?![a-z])/;
const DONE_HEAD_JA =
  /^\s*(?:全部|すべて|全て)?\s?(?:(?:手順|ご案内|案内|回答)(?:の)?(?:どおり|通り)に?\s?)?(?:(?:対応|作業|修正|設定)\s?(?:を|は|が)?\s?)?(?:完了|実施|対応)(?:しました|して|し、|済み|済です)/;
/** A restart said done: "rebooted", "restarted the server", 「再起動(も)しました」. */
const REBOOTED = /(?<![a-z])(?:rebooted|restarted)(?![a-z])|再起動(?:も)?(?:しました|済み|して(?:い)?ます)/;
/** Systems said still failing: "still 3 failing", "3 still failing", "still failing", 「まだ3台失敗」「まだ3台NG」. */
const STILL_FAILING_EN = /(?<![a-z])(?:still\s(?:(\d{1,4})\s(?:[a-z0-9-]+\s)?)?(?:fail(?:s|ing)?|broken|red|down|erroring|show(?:s|ing)?\sno\shttps|(?:not|n't)\sworking)|(\d{1,4})\s(?:[a-z0-9-]+\s)?(?:are\s)?still\s(?:fail(?:s|ing)?|broken|red|down|showing\s(?:it|the\serror)))(?![a-z])/;
const STILL_FAILING_JA = /まだ\s?(?:(\d{1,4})\s?台\s?(?:が|は)?\s?)?(?:失敗|ng|エラー|ダメ|だめ|駄目|赤|no\s?https|直って(?:い)?(?:ない|ません)|直りません)|(\d{1,4})\s?台\s?(?:が|は)?\s?まだ\s?(?:失敗|ng|エラー|ダメ|だめ|駄目|赤)/;
/** Not a report: a question, a plan, a condition. */
const NOT_REPORT = /[?？]|(?<![a-z])(?:if|should|will|would|could|tonight|tomorrow|plan)(?![a-z])|予定|たら|れば|ですか|ますか/;

export interface DoneStillFailing {
  rebooted: boolean;
  /** How many still fail, when counted. */
  count: number | null;
}

/** Is the message that status report (see above)? Lower-cased NFKC text read; null when not. */
export function doneStillFailingIn(text: string): DoneStillFailing | null {
  if (text.length > 200 || !CHEAP_DONE.test(text) || !CHEAP_STILL.test(text)) return null;
  const t = nfkc(text).toLowerCase();
  if (!DONE_HEAD_EN.test(t) && !DONE_HEAD_JA.test(t)) return null;
  if (NOT_REPORT.test(t)) return null;
  const m = STILL_FAILING_EN.exec(t) ?? STILL_FAILING_JA.exec(t);
  if (!m) return null;
  // A version named describes a case, not this report (read as usual).
  const f = extractFacts(t).facts;
  if (f.tms || f.sql || f.windows) return null;
  const n = m[1] ?? m[2];
  return { rebooted: REBOOTED.test(t), count: n ? Number(n) : null };
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
  const numbering = s.stepCodes ?? stepsAsNumbered(s).map((f) => f.code);
  const only = new Set<string>(['enable-tls11-12-registry', 'tms-tools-medium-high']);
  if (said.rebooted) {
    only.add('reboot-server');
    only.add('restart-tms-services');
  }
  const { state, items } = recordStepsDone(s, numbering, only);
  const note: Block = para(NOTE[s.lang](items));
  // Some systems back ("still 3 failing" of a fleet): what to check on the ones left; none said back: why it is still refused.
  const read = said.count !== null ? onPartialSuccess(state, text) : onStillFailing(state);
  // The count said is kept when the partial-success reading found none in this wording ("still 3 failing").
  const claims = read.state.facts.tlsClaims;
  const out = said.count !== null && claims && claims.stillFailing === undefined ? { ...read, state: { ...read.state, facts: { ...read.state.facts, tlsClaims: { ...claims, stillFailing: said.count } } } } : read;
  const [first, ...others] = out.replies;
  return first ? { ...out, replies: [{ ...first, blocks: [note, ...first.blocks] }, ...others] } : out;
}
