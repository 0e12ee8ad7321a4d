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
import { RESTART_LITERAL } from '../domain/knowledge';

/**
 * "still failing" after "set it to medium-high and restarted iis" (QA63 #8): iisreset restarted IIS only; the TMS services, which
 * poll the systems, still run with the old level (knowledge.md, Fix step 6). The first time, that gap leads, alone, with the
 * restart commands; after it, a short line asks whether they were restarted, then the usual checks (said once).
 */
const IIS_ONLY_STILL = {
  en: 'You restarted IIS only (iisreset), not the TMS services: TMSDatabaseScannerService, the one that polls the systems, and the other TMS services still run with the level they read before Medium-High was saved, so TMS still offers TLS 1.0 and "No HTTPS response" staying is expected. Restart them now (below; or reboot the server once, which restarts them too), start TMSPLCMDirectoryService if it is stopped, then use Force Refresh on an affected system in Systems > Navigator. If it still fails after that, tell me, and we go on to the next checks.',
  ja: '再起動したのは IIS（iisreset）だけで、TMS のサービスは再起動されていません。システムをポーリングする TMSDatabaseScannerService などの TMS サービスは、Medium-High を保存する前に読み込んだレベルのまま動いているため、TMS は TLS 1.0 を提示し続け、「No HTTPS response」が残るのは想定どおりです。今すぐ TMS のサービスを再起動し（下記。サーバを 1 回再起動しても同じく再起動されます）、TMSPLCMDirectoryService が停止していれば開始してから、[Systems] > [Navigator] で対象のシステムに [Force Refresh] を実行してください。それでも失敗する場合はお知らせください。次の確認に進みます。',
} as const;
const IIS_ONLY_AGAIN = {
  en: 'So far you have said that IIS was restarted, not the TMS services. If they have not been restarted since Medium-High was saved, do that first (TMSDatabaseScannerService and the other TMS services, or one reboot): until then TMS offers TLS 1.0. If they have, tell me so; these are the checks after that:',
  ja: 'これまでに伺ったのは IIS の再起動だけで、TMS のサービスの再起動は伺っていません。Medium-High を保存したあとに TMS のサービスを再起動していない場合は、まずそれを行ってください（TMSDatabaseScannerService などの TMS サービス、またはサーバの再起動 1 回）。それまで TMS は TLS 1.0 を提示します。再起動済みであれば、そう教えてください。そのあとの確認点は次のとおりです。',
} as const;

/** `ifItFails`: asked before anything failed ("what if it still fails?"): the same checks, said as a plan. */
export function onStillFailing(given: ConversationState, ifItFails = false): TurnResult {
  const claims0 = given.facts.tlsClaims;
  const iisOnly = !ifItFails && claims0?.iisOnly !== undefined && claims0.restarted !== true && (given.facts.level === 'medium-high' || given.facts.level === 'high') && !sqlDownNow(given.facts);
  if (iisOnly && claims0!.iisOnly === 'said') {
    const lang = given.lang;
    const facts = { ...given.facts, tlsClaims: { ...claims0, iisOnly: 'reminded' as const } };
    const s = next({ ...given, facts }, {});
    return { state: s, replies: [reply(lang, [para(IIS_ONLY_STILL[lang]), { type: 'code', text: RESTART_LITERAL }, ...questionBlocksFor(s)])] };
  }
  const out = onStillFailingChecks(given, ifItFails);
  if (!iisOnly) return out;
  const [first, ...rest] = out.replies;
  return first ? { ...out, replies: [{ ...first, blocks: [para(IIS_ONLY_AGAIN[first.lang]), ...first.blocks] }, ...rest] } : out;
}

function onStillFailingChecks(given: ConversationState, ifItFails: boolean): TurnResult {
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
