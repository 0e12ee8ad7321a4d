/**
 * "still failing", "didn't help", 「まだ直りません」 after an answer: how to tell whether the change took
 * effect, the steps most often missed, and the checks for when TLS 1.2 is offered and still refused
 * (the knowledge's still-failing finding, for this conversation's facts). Nothing in the facts changes.
 */
import { advisingBlock, type Block } from './document';
import { sqlDownNow } from '../domain/knowledge/sql-outage';
import type { ConversationState, TurnResult } from './types';
import { diagnoseState, next, para, questionBlocksFor, reply, paraFrom, listFrom } from './compose';
import { TEXTS } from './texts';
import { onFacts } from './merge';
import { fixOutOfPlay } from './fix-in-play';
import { onOutOfPlayAgain } from './reopen';

/** `ifItFails`: asked before anything failed ("what if it still fails?"): the same checks, said as a plan. */
export function onStillFailing(given: ConversationState, ifItFails = false): TurnResult {
  // "still fails" after "I set Medium-High": the level raised is now where the checks start ("already at Medium-High").
  const state = !ifItFails && (given.facts.tlsClaims?.levelRaised || given.facts.tlsClaims?.worksNow) ? withoutLevelRaised(given) : given;
  const lang = state.lang;
  const t = TEXTS[lang];
  const d = diagnoseState(state);
  const open = questionBlocksFor(state);
  if (d.questions.some((q) => q.required)) {
    // Nothing to narrow down yet: the question that is still open (or the first one needed).
    if (open.length) return { state: next(state, {}), replies: [reply(lang, [para(ifItFails ? t.stillFailingIfNeed : t.stillFailingNeed), ...open])] };
    return onFacts(state, '');
  }
  // "This is not a false alarm, SQL is still down", "still failing" while SQL Server is down: the outage leads
  // (getting SQL running), not the TLS checks of a fix that cannot be done yet.
  const outage = sqlDownNow(state.facts) ? d.findings.find((f) => f.code === 'evidence-sql-encryption-failed') : undefined;
  if (outage) {
    const blocks: Block[] = [{ type: 'subheading', text: outage.title[lang] }, ...outage.body.map((b) => paraFrom(b, lang))];
    if (outage.steps?.length) blocks.push(listFrom('bullets', outage.steps, lang));
    if (outage.literal) blocks.push({ type: 'code', text: outage.literal });
    blocks.push(...open);
    return { state: next(state, {}), replies: [reply(lang, blocks)] };
  }
  const checks = d.findings.find((f) => f.code === 'still-failing-checks');
  // Not the TLS 1.0 problem (or TMS before 15): what applies to this case, said again (no TLS-fix checks; answers-misc A).
  const outOfPlay = checks ? null : fixOutOfPlay(state.facts);
  if (outOfPlay && !ifItFails) return onOutOfPlayAgain(state, '', outOfPlay, true);
  if (!checks) return onFacts(state, '');
  // A capture in this conversation already shows TLS 1.2 offered and refused: no need to ask for one.
  const refused = ifItFails ? undefined : d.findings.find((f) => f.code === 'evidence-capture-tls12-refused');
  const alert40 = !!refused && refused.body.some((b) => /handshake_failure, 40/.test(b.en));
  // A capture in it shows TLS 1.2 offered and accepted, nothing refused: the TLS part works; Force Refresh in Navigator first.
  const verified = !ifItFails && !refused && d.findings.some((f) => f.code === 'evidence-capture-fix-verified');
  const blocks: Block[] = [para(refused ? t.stillFailingCaptured(alert40) : verified ? t.stillFailingVerified : ifItFails ? t.stillFailingIfIntro : t.stillFailingIntro)];
  if (!verified && d.findings.some((f) => f.code === 'tms-tools-medium-high')) blocks.push(advisingBlock(para(ifItFails ? t.stillFailingIfLevel : t.stillFailingLevel)));
  blocks.push({ type: 'subheading', text: checks.title[lang] }, ...checks.body.map((b) => paraFrom(b, lang)));
  if (checks.steps?.length) blocks.push(listFrom('bullets', checks.steps, lang));
  if (checks.literal) blocks.push({ type: 'code', text: checks.literal });
  blocks.push(...open);
  return { state: next(state, {}), replies: [reply(lang, blocks)] };
}

function withoutLevelRaised(state: ConversationState): ConversationState {
  const claims = { ...state.facts.tlsClaims };
  delete claims.levelRaised;
  delete claims.worksNow;
  const facts = { ...state.facts };
  if (Object.keys(claims).length) facts.tlsClaims = claims;
  else delete facts.tlsClaims;
  return { ...state, facts };
}
