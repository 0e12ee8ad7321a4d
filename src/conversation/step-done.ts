/**
 * "done with step 3", 「手順3まで終わりました」: what the steps done did is recorded (keys created, the
 * level set to Medium-High, the server restarted), so later answers follow from it; then
 * - evidence or an outage in the same message ("done with step 3, rebooted, and now SQL won't start:
 *   …26011…") is read first: the recovery leads, not the next step;
 * - a question in it ("done with step 2. do I need to reboot?") is answered, for the facts as they are now;
 * - otherwise the next step, numbered as the answer numbered it.
 */
import type { Facts, TlsClaims } from '../domain/types';
import { registryPlan } from '../domain/knowledge';
import type { Block } from './document';
import type { ConversationState, TurnResult } from './types';
import { diagnoseState, para } from './compose';
import { TEXTS } from './texts';
import { pastedEvidence } from './evidence';
import { catalogueQuestion, followUpTopic, onStepDetails, stepsAsNumbered } from './followup';
import { onFacts } from './merge';
import { saysSqlDown } from '../domain/understand/sql-down';

/** The facts after the steps up to `n` (as the answer numbered them) were done, and which of them were. */
function doneBy(state: ConversationState, n: number): { facts: Facts; codes: Set<string>; numbering: string[] } {
  const d = diagnoseState(state);
  // No steps were shown while a required version is missing: a step number says nothing yet.
  const actions = d.questions.some((q) => q.required) ? [] : stepsAsNumbered(state);
  const codes = new Set<string>(actions.slice(0, Math.max(0, n)).map((f) => f.code));
  const facts: Facts = { ...state.facts };
  const claims: TlsClaims = { ...(facts.tlsClaims ?? {}) };
  if (codes.has('enable-tls11-12-registry')) {
    claims.tls12 = 'on';
    // Where the step creates the keys (2008 R2: off by default), doing it changed the registry.
    if (registryPlan(facts.windows).step === 'required') {
      if (!claims.keysChanged) delete claims.restarted;
      claims.keysChanged = true;
    }
  }
  if (codes.has('tms-tools-medium-high')) facts.level = 'medium-high';
  if (codes.has('reboot-server') || codes.has('restart-tms-services')) claims.restarted = true;
  if (Object.keys(claims).length) facts.tlsClaims = claims;
  return { facts, codes, numbering: actions.map((f) => f.code) };
}

/** What the note says was recorded, for the facts as they are after the message. */
function noteItems(codes: Set<string>, facts: Facts, lang: 'en' | 'ja'): string[] {
  const en: string[] = [];
  const ja: string[] = [];
  if (codes.has('enable-tls11-12-registry')) {
    if (facts.tlsClaims?.keysChanged) {
      en.push('the TLS 1.2 keys are created');
      ja.push('TLS 1.2 のキーを作成済み');
    } else {
      en.push('the TLS 1.2 keys are checked');
      ja.push('TLS 1.2 のキーを確認済み');
    }
  }
  if (codes.has('tms-tools-medium-high')) {
    en.push('Communication Security is Medium-High');
    ja.push('[Communication Security] は Medium-High');
  }
  if (codes.has('reboot-server') || codes.has('restart-tms-services')) {
    en.push('the server (or its services) restarted since');
    ja.push('その後サーバ（またはサービス）を再起動済み');
  }
  return lang === 'ja' ? ja : en;
}

/** "what next?", "now what", "next?", 「次は？」: asks for the next step. */
const NEXT = /^[\s,.、。!！-]*(?:(?:ok|okay|so|and)[\s,]+)?(?:what(?:'s|\sis)?\s(?:next|now)|now\swhat|next(?:\sstep)?|then\swhat|次(?:は|に|の手順は)?(?:何|なに|どう)?(?:ですか|をすれば)?)\s*[?？.。!！]*\s*$/i;

/** Has the rest of the message something to answer before the next step: evidence, an outage, a question? */
function asksFirst(rest: string, state: ConversationState): boolean {
  if (!/[0-9a-z\u3040-\u30ff\u4e00-\u9fff]/i.test(rest)) return false;
  // "…and now SQL won't start" (understand/sql-down.ts): the outage leads.
  if (pastedEvidence(rest) || saysSqlDown(rest) === true) return true;
  if (catalogueQuestion(rest)) return true;
  if (NEXT.test(rest)) return false;
  const topic = followUpTopic(rest, state.pending);
  // "done with step 3, what next?": the next step is the answer (and for a question the knowledge
  // has no answer to, the next step says more than "I don't know").
  return topic !== null && topic !== 'fix' && topic !== 'other';
}

/** `onText`: the engine's reading of a message (passed in: the engine imports this module). */
export function onStepDone(state: ConversationState, n: number, rest: string, onText: (s: ConversationState, text: string) => TurnResult): TurnResult {
  const lang = state.lang;
  const done = doneBy(state, n);
  const recorded: ConversationState = {
    ...state,
    facts: done.facts,
    // The level question is answered by the step done.
    pending: state.pending === 'need-security-level' && done.facts.level ? null : state.pending,
  };
  // The numbering the user works through is kept: the step recorded may drop out of the answer.
  if (done.numbering.length && !recorded.stepCodes) recorded.stepCodes = done.numbering;
  const note = (facts: Facts): Block[] => {
    const items = noteItems(done.codes, facts, lang);
    return items.length ? [para(TEXTS[lang].stepDoneNoted(n, items))] : [];
  };
  const withNote = (r: TurnResult): TurnResult => {
    const [first, ...others] = r.replies;
    return first ? { ...r, replies: [{ ...first, blocks: [...note(r.state.facts), ...first.blocks] }, ...others] } : r;
  };
  if (asksFirst(rest, recorded)) return withNote(onText(recorded, rest));
  // "done with step 3, rebooted": what else it says is recorded too; then the next step.
  const read = /[0-9a-z\u3040-\u30ff\u4e00-\u9fff]/i.test(rest) ? onFacts(recorded, rest).state : recorded;
  const after: ConversationState = { ...recorded, facts: read.facts };
  // "done with step 3, rebooted": the reboot (and the restart it covers) is done too; the step after them is next.
  let m = n;
  if (read.facts.tlsClaims?.restarted === true && recorded.facts.tlsClaims?.restarted !== true) {
    const codes = recorded.stepCodes ?? done.numbering;
    while (m < codes.length && (codes[m] === 'reboot-server' || codes[m] === 'restart-tms-services')) m++;
  }
  return withNote(onStepDetails(after, { n: m, done: true }, state));
}
