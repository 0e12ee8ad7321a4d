/**
 * "done with step 3", 「手順3まで終わりました」: what the steps done did is recorded (keys created, the
 * level set to Medium-High, the server restarted), so later answers follow from it; then
 * - evidence or an outage in the same message ("done with step 3, rebooted, and now SQL won't start:
 *   …26011…") is read first: the recovery leads, not the next step;
 * - a question in it ("done with step 2. do I need to reboot?") is answered, for the facts as they are now;
 * - otherwise the next step, numbered as the answer numbered it.
 */
import { anyAdvising } from '../domain/advises';
import { advisingBlock, type Block } from './document';
import type { Facts, TlsClaims } from '../domain/types';
import { registryPlan } from '../domain/knowledge';
import type { ConversationState, TurnResult } from './types';
import { diagnoseState, next, para, reply, paraFrom } from './compose';
import { withNoteAhead } from './note-ahead';
import { TEXTS } from './texts';
import { pastedEvidence } from './evidence';
import { catalogueQuestion, followUpTopic, onStepDetails, stepsAsNumbered } from './followup';
import { keysOffSeen, onFacts, withoutKeysOff } from './merge';
import { saysSqlDown } from '../domain/understand/sql-down';
import type { FixProgress } from '../domain/understand/progress';

/** The facts after the steps up to `n` (as the answer numbered them) were done, and which of them were. */
function doneBy(state: ConversationState, n: number, only?: Set<string>): { facts: Facts; codes: Set<string>; numbering: string[] } {
  const d = diagnoseState(state);
  // No steps were shown while a required version is missing: a step number says nothing yet.
  const actions = d.questions.some((q) => q.required) ? [] : stepsAsNumbered(state);
  // `only`: the steps named in words ("I set Medium-High"), not every step up to n.
  const codes = new Set<string>(actions.slice(0, Math.max(0, n)).map((f) => f.code).filter((c) => !only || only.has(c)));
  const facts: Facts = { ...state.facts };
  const claims: TlsClaims = { ...(facts.tlsClaims ?? {}) };
  if (codes.has('enable-tls11-12-registry')) {
    claims.tls12 = 'on';
    // Where the step creates the keys (2008 R2: off by default), or a paste showed them off ("fixed the keys"
    // after it), doing it changed the registry; the paste's observation is how they were, and goes.
    // (Or the user read the values off: "TLS 1.2 Client key: Enabled=0", then "the keys are fixed now".)
    const seenOff = keysOffSeen(facts) || claims.tls12ValuesOff === true;
    delete claims.tls12ValuesOff;
    if (seenOff) {
      const gone = withoutKeysOff(facts);
      if (gone?.evidence) facts.evidence = gone.evidence;
      else delete facts.evidence;
    }
    if (seenOff || registryPlan(facts.windows).step === 'required') {
      if (!claims.keysChanged) delete claims.restarted;
      claims.keysChanged = true;
    }
  }
  if (codes.has('tms-tools-medium-high')) {
    facts.level = 'medium-high';
    // Progress, not the premise "already at Medium-High" (diagnose.ts): the restart and the check are left.
    claims.levelRaised = true;
  }
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

/**
 * The steps in `only` (of the answer's numbering) recorded as done, as a report in words records them; with the note's items
 * (done-still-failing.ts: "done, rebooted, still 3 failing" right after the fix answer).
 */
export function recordStepsDone(state: ConversationState, numbering: string[], only: Set<string>): { state: ConversationState; items: string[] } {
  const n = Math.max(0, ...numbering.map((c, i) => (only.has(c) ? i + 1 : 0)));
  const done = doneBy({ ...state, stepCodes: numbering }, n, only);
  const recorded: ConversationState = { ...state, facts: done.facts, stepCodes: state.stepCodes ?? numbering };
  return { state: recorded, items: noteItems(done.codes, done.facts, state.lang) };
}

/** "what next?", "now what", "next?", 「次は？」: asks for the next step. */
const NEXT = /^[\s,.、。!！-]*(?:(?:ok|okay|so|and)[\s,]+)?(?:what(?:'s|\sis)?\s(?:next|now)|now\swhat|next(?:\sstep)?|then\swhat|次(?:は|に|の手順は)?(?:何|なに|どう)?(?:ですか|をすれば)?)\s*(?:[?？.。!！]+\s*)?$/i;

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
export function onStepDone(state: ConversationState, n: number, rest: string, onText: (s: ConversationState, text: string) => TurnResult, only?: Set<string>, extra: Block[] = []): TurnResult {
  const lang = state.lang;
  const done = doneBy(state, n, only);
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
    return [...(items.length ? [para(only ? progressNoted(items, lang) : TEXTS[lang].stepDoneNoted(n, items))] : []), ...extra];
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

/** The note for steps reported in words (no step number). */
function progressNoted(items: string[], lang: 'en' | 'ja'): string {
  return lang === 'ja' ? `実施済みとして記録しました：${items.join('、')}。` : `Noted as done: ${items.join('; ')}.`;
}

const PROGRESS_TEXT = {
  en: {
    rebooting:
      'A reboot now is fine. When the server is back up, do the steps below that are not done yet; a change made in TMS Tools after this reboot needs IIS and the TMS services restarted, not a second reboot.',
    left: (titles: string[]) => `Left to do: ${titles.join('; ')}.`,
    staleCapture:
      'The capture you described earlier was taken before this change, at the old level, so it no longer says what TMS does now: I set it aside. Take a new capture on the TMS server: TMS\'s ClientHello to the endpoint should now offer TLS 1.2 (0x0303).',
    fromHigh:
      'Lowering the level from High also turns off what High adds: per Cisco\'s TMS Administrator Guide (check it for your release), High validates the certificates of the systems TMS manages, and Medium-High does not. So TMS should no longer turn an endpoint away for its certificate alone (a self-signed or expired one); check this in the guide, and note that the revocation check is a setting of its own. Keeping it that way is a security decision for your team to own; to go back to High later, give the endpoints certificates that TMS trusts first.',
    otherNode:
      'Recorded for that node. Do the same on the other node too (the registry keys, Medium-High in TMS Tools, then restart IIS and the TMS services or reboot) before any failover: until it has them, a failover to it brings "No HTTPS response" back.',
    iisOnly:
      'iisreset restarts IIS only, not the TMS services: TMSDatabaseScannerService (the one that polls the systems) and the other TMS services still run with the old setting. Restart them (TMSDatabaseScannerService, and TMSLiveService, TMSSchedulerService, TMSServerDiagnosticsService, TMSSNMPService if running), start TMSPLCMDirectoryService if it is stopped, then Force Refresh an affected system in Systems > Navigator.',
    verified:
      'Then check that it took effect: Force Refresh on an affected system in Systems > Navigator (it should leave "No HTTPS response"), or a capture where TMS\'s ClientHello offers TLS 1.2 (0x0303). If it still fails after that, tell me so.',
  },
  ja: {
    rebooting:
      'このタイミングでの再起動で問題ありません。サーバが起動したら、下の残りの手順を進めてください。再起動のあとに TMS Tools で変更した場合は、IIS と TMS のサービスの再起動で足ります（2 回目の再起動は不要です）。',
    left: (titles: string[]) => `残りの手順：${titles.join('、')}。`,
    staleCapture:
      '先ほどのキャプチャは、この変更の前（以前のレベル）に取得したものなので、現在の TMS の動きは示していません。判断材料からは外しました。TMS サーバで新しくキャプチャを取得してください。エンドポイントへの TMS の ClientHello が TLS 1.2（0x0303）を提示しているはずです。',
    fromHigh:
      'High から下げたことで、High で加わる確認もなくなります。Cisco の TMS 管理者ガイドによれば（お使いのリリースのガイドで確認してください）、High では TMS が管理するシステムの証明書を検証しますが、Medium-High では検証しません。つまり、自己署名や期限切れの証明書だけを理由にエンドポイントが拒否されることはなくなるはずです（ガイドで確認してください。失効確認は別の設定です）。この状態を続けるかどうかはチームとして判断すべきセキュリティ上の決定です。あとで High に戻す場合は、先に TMS が信頼する証明書をエンドポイントに入れてください。',
    otherNode:
      'このノードの分として記録しました。フェイルオーバーの前に、もう一方のノードでも同じ作業（レジストリのキー、TMS Tools での Medium-High、そのあと IIS と TMS のサービスの再起動、またはサーバの再起動）を行ってください。もう一方が未対応のままフェイルオーバーすると「No HTTPS response」が再発します。',
    iisOnly:
      'iisreset で再起動されるのは IIS だけで、TMS のサービスは再起動されません。システムをポーリングする TMSDatabaseScannerService などの TMS サービスは、まだ以前の設定のまま動いています。TMSDatabaseScannerService（実行中であれば TMSLiveService、TMSSchedulerService、TMSServerDiagnosticsService、TMSSNMPService も）を再起動し、TMSPLCMDirectoryService が停止していれば開始してから、[Systems] > [Navigator] で対象のシステムを [Force Refresh] してください。',
    verified:
      'そのあと、反映されたかを確認してください。[Systems] > [Navigator] で対象のシステムを [Force Refresh] し「No HTTPS response」が消えるか、キャプチャで TMS の ClientHello が TLS 1.2（0x0303）を提示しているかを見ます。それでも失敗する場合はお知らせください。',
  },
} as const;

/**
 * "I set Medium-High", "TMS Tools saved", "did the registry, rebooting now", 「Medium-High に変更して保存しました」
 * (understand/progress.ts): the steps named are recorded as done, as "done with step N" records them, and
 * the reply says what is left (the restart the knowledge asks for, then the check that it took effect).
 * Not "not settled": nobody said it still fails.
 */
export function onFixProgress(given: ConversationState, progress: FixProgress, onText: (s: ConversationState, text: string) => TurnResult): TurnResult | null {
  const lang = given.lang;
  // A capture of TMS at the old level (no ClientHello, a TLS 1.0 hello refused) describes the server before the change:
  // once the level is reported raised it is stale, and a new capture is what tells (QA round 22 M3).
  const stale = progress.level ? withoutStaleCaptures(given) : null;
  let state = stale ?? given;
  // "keys checked, nothing changed": no reboot is due for the keys (knowledge.md, Fix step 4), as the reboot question's answer says.
  if (progress.registry && progress.keysUnchanged && state.facts.tlsClaims?.keysChanged === undefined && !keysOffSeen(state.facts)) {
    state = { ...state, facts: { ...state.facts, tlsClaims: { ...state.facts.tlsClaims, tls12: 'on', keysChanged: false } } };
  }
  const d = diagnoseState(state);
  if (d.questions.some((q) => q.required)) return null;
  // From High (QA round 22 M2): "lowered to Medium-High, restarted IIS and services" is the level step of the fix done,
  // numbered as the fix from Medium numbers it (the answer at High had no TMS Tools step), not "already at Medium-High".
  const fromHigh = progress.level === true && state.facts.level === 'high';
  if (fromHigh) state = { ...state, stepCodes: stepsAsNumbered({ ...state, stepCodes: undefined, facts: { ...state.facts, level: 'medium' } }).map((f) => f.code) };
  const numbering = state.stepCodes ?? stepsAsNumbered(state).map((f) => f.code);
  const only = new Set<string>();
  if (progress.level) only.add('tms-tools-medium-high');
  if (progress.registry) only.add('enable-tls11-12-registry');
  if (progress.restarted) {
    only.add('reboot-server');
    only.add('restart-tms-services');
  }
  const n = Math.max(0, ...numbering.map((c, i) => (only.has(c) ? i + 1 : 0)));
  // The steps were not shown with these in them (TMS before 15, a premise already at Medium-High): the usual reading.
  if (n === 0) return null;
  const t = PROGRESS_TEXT[lang];
  // ("rebooting now": the reboot is under way, not left to do.)
  const left = numbering.slice(n).filter((c) => !only.has(c) && !(progress.rebooting && c === 'reboot-server'));
  const shown = stepsAsNumbered({ ...state, stepCodes: numbering });
  const titles = left.map((c) => shown.find((f) => f.code === c)?.title[lang]).filter((x): x is string => !!x);
  const extra: Block[] = [];
  // What High added goes with it: said once, on this report (knowledge.md, Levels other than Medium and Medium-High).
  if (fromHigh) extra.push(para(t.fromHigh));
  // "Medium-High on node 1 done": a redundant pair needs it on both nodes (knowledge.md, Fix step 6).
  if (progress.oneNode) extra.push(para(t.otherNode));
  // "only ran iisreset": IIS alone; the TMS services still run with the old setting (knowledge.md, Fix step 6).
  if (progress.iisOnly) extra.push(para(t.iisOnly));
  if (progress.rebooting) extra.push(para(t.rebooting));
  if (stale) extra.push(para(t.staleCapture));
  // (The steps left name Medium-High when its step is one of them: that advises it.)
  const leftAdvise = anyAdvising(left.map((c) => shown.find((f) => f.code === c)?.title));
  if (titles.length) extra.push(leftAdvise ? advisingBlock(para(t.left(titles))) : para(t.left(titles)));
  // "the keys are fixed now", 「キーを修正しました」: the keys were changed (the one reboot is due), not only checked.
  let from = state;
  if (progress.keysChanged && !state.facts.tlsClaims?.keysChanged) {
    const claims: TlsClaims = { ...state.facts.tlsClaims, keysChanged: true };
    // A restart said before this change came before it.
    delete claims.restarted;
    from = { ...state, facts: { ...state.facts, tlsClaims: claims } };
  }
  // ("restarted iis" alone: kept, so that a "still failing" next leads with the TMS services' restart, QA63 #8; a restart of
  // the services or a reboot said now settles it.)
  if (progress.iisOnly && !progress.restarted) from = { ...from, facts: { ...from.facts, tlsClaims: { ...from.facts.tlsClaims, iisOnly: 'said' } } };
  else if (progress.restarted && from.facts.tlsClaims?.iisOnly) {
    const claims: TlsClaims = { ...from.facts.tlsClaims };
    delete claims.iisOnly;
    from = { ...from, facts: { ...from.facts, tlsClaims: claims } };
  }
  const out = onStepDone(from, n, '', onText, only, extra);
  // The recorded level is the fix being applied, not a premise: the card's next line follows the steps.
  return left.length === 0 || (left.length === 1 && left[0] === 'verify-tls12-clienthello')
    ? { ...out, replies: out.replies.map((r, i) => (i === 0 ? { ...r, blocks: [...r.blocks, para(t.verified)] } : r)) }
    : out;
}

/** Capture observations of TMS at a level below Medium-High: what they show changes with the level. */
const OLD_LEVEL_CAPTURE = /^capture-/;

/**
 * The state without the capture observations taken before a level change now reported (the level was not Medium-High
 * or High, and no TLS 1.2 hello is among them: that one already shows a raised level), or null when there are none.
 */
function withoutStaleCaptures(state: ConversationState): ConversationState | null {
  const f = state.facts;
  const e = f.evidence;
  if (!e || !Array.isArray(e.observations) || f.level === 'medium-high' || f.level === 'high') return null;
  const obs = e.observations;
  if (!obs.some((o) => o && OLD_LEVEL_CAPTURE.test(o.code)) || obs.some((o) => o && o.code === 'capture-clienthello-tls12')) return null;
  const kept = obs.filter((o) => !(o && OLD_LEVEL_CAPTURE.test(o.code)));
  const facts: Facts = { ...f };
  if (kept.length || (e.facts && Object.keys(e.facts).length)) facts.evidence = { ...e, observations: kept };
  else delete facts.evidence;
  return { ...state, facts };
}

const NOT_SAVED_TEXT = {
  en: 'Noted: not saved yet, so Communication Security is not at Medium-High; I no longer count that step as done. Set Medium-High and click Save in TMS Tools (the step is below), then tell me.',
  ja: '承知しました。まだ保存されていないので、[Communication Security] は Medium-High になっていません。この手順は未実施に戻します。TMS Tools で Medium-High にして [Save] をクリックしたら（手順は下記）、お知らせください。',
} as const;

/**
 * "not saved yet actually, the TMS Tools window crashed before I clicked Save", 「まだ保存していません」
 * after "I set Medium-High" was recorded (understand/progress.ts levelNotSavedIn): the level recorded by
 * that report goes (the one held before it, if any, is not known here: the level is asked again), and
 * the Medium-High step is shown again.
 */
export function onLevelNotSaved(state: ConversationState): TurnResult {
  const lang = state.lang;
  const facts: Facts = { ...state.facts };
  const claims: TlsClaims = { ...(facts.tlsClaims ?? {}) };
  delete claims.levelRaised;
  if (Object.keys(claims).length) facts.tlsClaims = claims;
  else delete facts.tlsClaims;
  delete facts.level;
  const after: ConversationState = { ...state, facts };
  const numbering = after.stepCodes ?? stepsAsNumbered(after).map((f) => f.code);
  const n = numbering.indexOf('tms-tools-medium-high') + 1;
  const note = advisingBlock(paraFrom(NOT_SAVED_TEXT, lang));
  if (n === 0) return { state: next(after, {}), replies: [reply(lang, [note])] };
  return withNoteAhead(onStepDetails(after, { n, done: false }), note, lang);
}

/** "done, rebooted", "all done and rebooted", 「完了しました。再起動しました」: the steps said done as a whole, and a restart. */
const DONE_REBOOTED =
  /^\s*(?:ok(?:ay)?[\s,]+)?(?:all\s|everything\s|it'?s\s)?done[\s,.;!&+-]*(?:and\s|then\s|also\s)?(?:rebooted|restarted)(?:\s(?:the\s)?(?:server|box|tms(?:\sserver)?))?[\s.!]*$|^\s*(?:全部|すべて|全て)?(?:対応|作業)?(?:完了|終わり|実施)(?:しました|ました)?[、。,\s]*(?:サーバ(?:ー)?(?:も|を)?)?再起動(?:しました|済みです|もしました)[。!！\s]*$/i;

const DONE_REBOOTED_TEXT = {
  en: 'Noted that you rebooted. From "done" alone I do not record which steps are done. If Communication Security is now Medium-High (saved in TMS Tools) and the TLS 1.2 keys are right, check that it took effect: Force Refresh on an affected system in Systems > Navigator (it should leave "No HTTPS response"), or a capture where TMS\'s ClientHello offers TLS 1.2 (0x0303). Tell me what it shows, or which step is not done yet.',
  ja: '再起動したとのこと、承知しました。「完了」だけでは、どの手順が終わったかは記録しません。[Communication Security] が Medium-High になっていて（TMS Tools で保存済み）、TLS 1.2 のキーも正しければ、反映されたかを確認してください。[Systems] > [Navigator] で対象のシステムを [Force Refresh] し「No HTTPS response」が消えるか、キャプチャで TMS の ClientHello が TLS 1.2（0x0303）を提示しているかを見ます。結果か、まだ終わっていない手順をお知らせください。',
} as const;

/**
 * "done, rebooted" after the full answer: which steps "done" covers is not said (the last question may have been a
 * what-if), so nothing is recorded; the reply says so and gives the one next step, the check. Null when the message is
 * not that, or the answer still waits for a required version.
 */
export function onDoneRebooted(state: ConversationState, text: string): TurnResult | null {
  if (text.length > 80 || !DONE_REBOOTED.test(text.normalize('NFKC'))) return null;
  if (diagnoseState(state).questions.some((q) => q.required)) return null;
  const lang = state.lang;
  return { state: next(state, {}), replies: [reply(lang, [paraFrom(DONE_REBOOTED_TEXT, lang)])] };
}
