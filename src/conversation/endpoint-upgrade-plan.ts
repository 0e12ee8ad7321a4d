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
  // (The planned release is kept: "ok we upgraded them, now No HTTPS response" later reads it, REV24 #2.)
  st = { ...st, plannedEndpoint: { to: plan.to.slice(0, 40), ...(st.facts.endpoint ? { from: st.facts.endpoint.raw.slice(0, 40) } : {}) } };
  const blocks = upgradeBlocks(st.facts, { endpoint: to.value }, '', st.lang, plan.asks ? 'asks' : 'states');
  if (blocks) return withOpenQuestion(st, [para(NOTED[st.lang]), ...blocks]);
  return onPlanWithFacts(s, { ...(read ?? { replies: [] }), state: st }, { endpointUpgrade: plan.to });
}

/** "ok we upgraded them", "Upgraded.", "The upgrade is done", 「アップグレードしました」: the planned upgrade said done (no release named). */
const DONE_EN =
  /(?<![a-z])(?:upgraded|updated)(?:\s(?:them|all(?:\sof\sthem)?|everything|(?:all\s)?(?:the\s|our\s)?(?:endpoints?|codecs?|systems?|devices?|units?|video\ssystems?|(?:sx|mx|dx|ex|ix)\s?\d{2,3}s?|room\s?kits?)))?(?![a-z])(?=\s*(?:$|[.,;:!]|(?:and|now|already|last\snight|yesterday|today|this\s(?:morning|afternoon|evening)|as\splanned)(?![a-z])))|(?<![a-z])upgrade\s(?:is\s|was\s|has\sbeen\s)?(?:now\s)?(?:done|finished|complete[d]?)(?![a-z])|(?<![a-z])(?:done|finished)\s(?:upgrading|with\sthe\supgrade)(?![a-z])/i;
const NOT_DONE_EN =
  /(?<![a-z])(?:not|never|no\slonger|will|going\sto|gonna|tomorrow|tonight|next|if|yet|should|could|would|before|until|postponed?|delayed|cancel(?:l)?ed|tms|sql|windows|server|iis|their|theirs|customer|client|partner|other|lab|rolled\sback|roll(?:ed)?back|reverted|downgraded|went\sback|one|a\stest|test|some|half|partly|partially|only|first)(?![a-z])|n't(?![a-z])|'ll(?![a-z])|[?]/i;
const DONE_JA = /(?:アップグレード|アップデート|バージョンアップ|更新|移行)(?:を)?(?:し(?:ました|てあります|ておきました)|が(?:終わり|完了し)ました|済み|完了しました)|上げ(?:ました|てあります)/;
const NOT_DONE_JA = /まだ|ません|予定|つもり|明日|来週|今夜|たら|れば|[?？]|ですか|でしょうか|TMS|SQL|Windows|サーバ|お客様|顧客|先方|他社|ラボ|チケット|ブラウザ|切り戻|戻し|戻りま|ダウングレード|[1１一]\s?台|一部|だけ|のみ|テスト|試験|半分/i;
const RELEASE = /(?:tc|ce|roomos|room\sos)\s?v?\d|\d+\.\d/i;

/**
 * The planned endpoint upgrade said done, the release not named (REV24 #2): the message is read as if it named the planned
 * release ("ok we upgraded them, now No HTTPS response on all SX20s" → the endpoints run TC 7.3.21), so the failure is
 * diagnosed for it, not for the release they were upgraded from. Only while the endpoints still hold the release recorded
 * when the plan was made; a negation, a question, a plan, another system or owner is left to the other readers.
 */
export function plannedUpgradeDoneText(s: ConversationState, text: string): string | null {
  const plan = s.plannedEndpoint;
  if (!plan || text.length > 300 || RELEASE.test(text)) return null;
  if ((s.facts.endpoint?.raw ?? undefined) !== plan.from) return null;
  const done = s.lang === 'ja' || /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? DONE_JA.test(text) && !NOT_DONE_JA.test(text) : DONE_EN.test(text) && !NOT_DONE_EN.test(text);
  if (!done) return null;
  const ja = /[\u3040-\u30ff\u4e00-\u9fff]/.test(text);
  return ja ? `${text.trim()}\nエンドポイントは ${plan.to} です。` : `${text.trim()}\nThe endpoints run ${plan.to}.`;
}
