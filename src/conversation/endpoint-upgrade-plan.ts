/**
 * "We will upgrade our SX20s from TC7.3.3 to TC7.3.21 tomorrow. TMS is 15.13. Will they break?", 「明日 SX20 を TC7.3.3 から
 * TC7.3.21 に上げる予定です。TMS は 15.13 です。問題ありますか？」 (QA51 #4): a planned endpoint upgrade, not a failure. The
 * facts of the other sentences are read, the release upgraded from is what the endpoints run now, and the answer is what
 * the upgrade will do: a release that refuses TLS 1.0 (knowledge.md, Cause 1) with TMS at Medium shows "No HTTPS response"
 * after it, so TMS is prepared first (the steps for these facts, the Telnet/SNMP caveat with them); nothing on the endpoints.
 * When the facts do not settle that answer, the plan answer (plan-answers.ts) says what will happen and what is missing.
 */
import type { EndpointUpgradePlan } from '../domain/understand/endpoint-upgrade-plan';
import { parseEndpoint } from '../domain/versions';
import { upgradeBlocks } from './hypothetical';
import { onFacts } from './merge';
import { onPlanWithFacts } from './plan-answers';
import { withOpenQuestion } from './followup';
import { para } from './compose';
import type { ConversationState, TurnResult } from './types';

const NOTED = {
  en: 'Noted as a plan: nothing has failed yet, and I keep the release the endpoints run now until you tell me the upgrade is done.',
  ja: '予定として承知しました。まだ何も失敗していないので、アップグレードが終わったと伺うまでは、エンドポイントは現在のリリースのままとして扱います。',
};

export function onEndpointUpgradePlan(s: ConversationState, plan: EndpointUpgradePlan): TurnResult | null {
  const to = parseEndpoint(plan.to);
  if (!to.ok) return null;
  const read = plan.rest ? onFacts(s, plan.rest) : null;
  let st = read && !read.understoodNothing ? read.state : s;
  const from = plan.from ? parseEndpoint(plan.from) : null;
  // (The question the facts' reading left open may be the endpoints' release, now known: the next one is asked instead.)
  if (from?.ok && !st.facts.endpoint) st = { ...st, facts: { ...st.facts, endpoint: from.value }, pending: null };
  const blocks = upgradeBlocks(st.facts, { endpoint: to.value }, '', st.lang, plan.asks ? 'asks' : 'states');
  if (blocks) return withOpenQuestion(st, [para(NOTED[st.lang]), ...blocks]);
  return onPlanWithFacts(s, { ...(read ?? { replies: [] }), state: st }, { endpointUpgrade: plan.to });
}
