/**
 * "Keep the level at Medium for now and downgrade the C40s to TC 7.3.3 instead", 「当面はMediumのままにして、C40はTC7.3.3に戻します」:
 * a choice announced, not done. Before this, the release was recorded as if the codecs already ran it ("not the TLS 1.0
 * problem") or the message was not read at all. It is confirmed with what it means (knowledge.md): staying at Medium keeps
 * Telnet and SNMP, so systems managed over them (MXP, HDX) stay managed; a TC codec taken back to a release before TC 7.3.6
 * accepts TLS 1.0 again, which is all TMS at Medium offers; hardware that came with CE 9 / RoomOS cannot run TC (and going
 * from CE to TC resets the configuration), so for it the way stays TLS 1.2 and Medium-High; an upgrade to TC 7.3.6+ or CE
 * brings the error back while TMS stays at Medium. Nothing is recorded as done; the level said (Medium) is kept.
 * Pure, total; the cheap word tests first (Medium and a downgrade word), then bounded, anchored patterns.
 */
import type { Facts, LocalizedText } from '../domain/types';
import type { ConversationState, TurnResult } from './types';
import { next, reply, paraFrom } from './compose';
import type { Block } from './document';

const CHEAP = /medium|ミディアム/i;
const DOWN_CHEAP = /downgrad|back|revert|roll|戻|ダウングレード/i;
/** Medium kept: "keep (the level) at Medium", "stay on Medium", "leave it at Medium", 「Mediumのまま」. Not Medium-High. */
const KEEP_MEDIUM_EN =
  /(?<![a-z])(?:keep(?:ing)?|leav(?:e|ing)|stay(?:ing)?|remain(?:ing)?)\s(?:(?:the\s)?(?:level|setting|communication\ssecurity|tms)\s|it\s)?(?:at|on|as)\s(?:the\s)?medium(?![\s_-]?high)(?![a-z])/i;
const KEEP_MEDIUM_JA = /(?:medium|ミディアム)(?![\s_-]?(?:high|ハイ))\s?(?:の\s?まま|を\s?維持|で\s?(?:続け|運用|いき|行き))/i;
/** The target: a TC release before 7.3.6 ("TC 7.3.3", "tc7.3.3", "7.3.3"). */
const OLD_TC = /(?<![\d.])(?:tc\s?)?7\.3\.([0-5])(?![\d])/i;
/** A downgrade planned, not reported: "downgrade … instead", "we'll roll back", 「戻します」「ダウングレードする予定」. */
const PLAN_EN = /(?<![a-z])(?:downgrade|roll\s(?:them\s|it\s)?back|revert|go\sback|take\s(?:them|it|the\s[\w-]+)\sback|put\s(?:them|it|the\s[\w-]+)\sback)(?![a-z])/i;
const PLAN_JA = /(?:戻し|ダウングレードし)(?:ます|ましょう|たい|てみます)|(?:戻す|ダウングレードする)(?:予定|つもり|こと|方向|方針|$|[。、])/;
/** Reported done or asked: left to the other readers ("downgraded", 「戻しました」, "should we…?"). */
const NOT_PLAN = /(?<![a-z])(?:downgraded|rolled\sback|reverted|went\sback|are\sback|is\sback|should|could|shall)(?![a-z])|戻しました|戻した(?!い)|ダウングレードしました|[?？]/i;

export function keepMediumDowngradeIn(text: string): boolean {
  if (text.length > 400 || !CHEAP.test(text) || !DOWN_CHEAP.test(text)) return false;
  const t = text.normalize('NFKC');
  if (!OLD_TC.test(t) || NOT_PLAN.test(t)) return false;
  if (!(KEEP_MEDIUM_EN.test(t) || KEEP_MEDIUM_JA.test(t))) return false;
  return PLAN_EN.test(t) || PLAN_JA.test(t);
}

const L = (en: string, ja: string): LocalizedText => ({ en, ja });

const T = {
  lead: (release: string) =>
    L(
      `Understood: Communication Security stays at Medium for now, and the TC codecs go back to TC ${release} instead. That works, with these limits:`,
      `承知しました。当面 [Communication Security] は Medium のままにして、代わりに TC のコーデックを TC ${release} に戻すということですね。この方法は有効ですが、次の制約があります。`,
    ),
  telnet: (systems: string) =>
    L(
      `At Medium, TMS keeps Telnet and SNMP, so the systems it manages over them (${systems || 'for example older Tandberg MXP or Polycom HDX'}) stay managed.`,
      `Medium のままなら TMS の Telnet と SNMP は有効なままなので、それらで管理しているシステム（${systems || '古い Tandberg MXP や Polycom HDX など'}）は引き続き管理できます。`,
    ),
  works: (release: string) =>
    L(
      `TC ${release} is older than TC 7.3.6 and still accepts TLS 1.0, the only version TMS offers at Medium: once a codec runs it, TMS reaches it again (Force Refresh the system in Systems > Navigator to check).`,
      `TC ${release} は TC 7.3.6 より前のリリースで、TLS 1.0 をまだ受け付けます。Medium の TMS が提示するのは TLS 1.0 だけなので、コーデックがこのリリースになれば TMS から再び接続できます（[Systems] > [Navigator] でそのシステムの [Force Refresh] を実行して確認してください）。`,
    ),
  ceOnly: L(
    'Only hardware that runs TC can go back. Endpoints that came with CE 9 or RoomOS (Room Kit family, Codec Plus / Pro, Boards, Desk series) cannot run TC, and taking a CE endpoint to TC resets its configuration: for those, the way stays TLS 1.2 on the TMS server and Medium-High.',
    'TC に戻せるのは TC が動くハードウェアだけです。CE 9 や RoomOS で登場したエンドポイント（Room Kit シリーズ、Codec Plus / Pro、Board、Desk シリーズ）は TC を実行できず、CE のエンドポイントを TC にすると設定がリセットされます。これらについては、TMS サーバで TLS 1.2 を使えるようにして Medium-High にする方法しかありません。',
  ),
  heldCe: (ep: string) =>
    L(
      `The endpoint release on record is ${ep}: check that these endpoints are TC hardware before planning the downgrade.`,
      `記録しているエンドポイントのリリースは ${ep} です。ダウングレードを計画する前に、TC が動くハードウェアかどうか確認してください。`,
    ),
  later: L(
    'Keep in mind: while TMS stays at Medium, upgrading these codecs again to TC 7.3.6 or later (or to CE 8.1.0 or later) brings "No HTTPS response" back. I have not recorded the downgrade as done: tell me once they run the older release, or if any still shows the error.',
    '注意：TMS が Medium のままの間に、これらのコーデックを再び TC 7.3.6 以降（または CE 8.1.0 以降）にアップグレードすると、「No HTTPS response」が再発します。ダウングレードはまだ完了したものとして記録していません。古いリリースになったら、またはエラーが残るシステムがあれば、お知らせください。',
  ),
};

export function onKeepMediumDowngrade(s: ConversationState, text: string): TurnResult | null {
  if (!keepMediumDowngradeIn(text)) return null;
  const m = OLD_TC.exec(text.normalize('NFKC'));
  if (!m) return null;
  const release = `7.3.${m[1]}`;
  const lang = s.lang;
  const f = s.facts;
  const systems = (f.telnetSystems ?? []).join(lang === 'ja' ? '、' : ', ');
  const blocks: Block[] = [paraFrom(T.lead(release), lang)];
  const items = [T.telnet(systems)[lang], T.works(release)[lang], T.ceOnly[lang]];
  if (f.endpoint && f.endpoint.family !== 'TC') items.push(T.heldCe(f.endpoint.raw)[lang]);
  blocks.push({ type: 'bullets', items }, paraFrom(T.later, lang));
  // The level said is kept (Medium); nothing else is recorded: the downgrade is a plan.
  const facts: Facts = f.level ? f : { ...f, level: 'medium' };
  return { state: next(s, { facts }), replies: [reply(lang, blocks)] };
}
