/**
 * "I'd rather not try Medium-High", 「Medium-High にはしたくないです」 (REV24 #3; understand/level-question.ts declinesLevel): a raised
 * level not wanted. Nothing is recorded; the reply says what staying at Medium means and what to check before deciding
 * (knowledge.md: at Medium TMS offers only TLS 1.0, whatever the registry allows; Medium-High turns Telnet and SNMP off; the
 * endpoint downgrade to TC 7.3.3 exists only for hardware that runs TC). Pure.
 */
import type { ConversationState, TurnResult } from './types';
import type { LocalizedText } from '../domain/types';
import { advisingMediumHigh } from '../domain/advises';
import { formatTms, tmsCanBeFixedInPlace } from '../domain/versions';
import { next, questionBlocksFor, reply, paraFrom } from './compose';

const TEXT = {
  en: 'Noted: Medium-High is not set, and I have not recorded it. Without it, though, these endpoints keep showing "No HTTPS response": at Medium TMS offers only TLS 1.0, which they refuse, and TLS 1.2 in the registry alone does not change that. If the concern is Telnet and SNMP (Medium-High turns both off in TMS), check first which managed systems depend on them (Polycom HDX or older Tandberg MXP units, for example) and decide what to do with those. The other way out, putting the endpoints back on TC 7.3.3, exists only for hardware that runs TC (not the Room Kit family, Codec Plus/Pro, Boards or Desk series), and going from CE to TC resets their configuration.',
  ja: '承知しました。Medium-High にはしておらず、記録もしていません。ただし、このままではエンドポイントは「No HTTPS response」のままです。Medium の TMS は TLS 1.0 しか提示せず、エンドポイントはそれを拒否します。レジストリで TLS 1.2 を有効にするだけでは変わりません。Telnet と SNMP が気になる場合（Medium-High にすると TMS で両方が無効になります）は、まずそれに頼っている管理対象システム（たとえば Polycom HDX や古い Tandberg MXP）を確認し、その扱いを決めてください。もう一つの方法であるエンドポイントの TC 7.3.3 への切り戻しは、TC が動くハードウェアにしかできません（Room Kit 系、Codec Plus/Pro、Board、Desk シリーズは不可）。また CE から TC に戻すと設定がリセットされます。',
} as const;

/** The reply to a raised level declined: nothing recorded, what staying at Medium means, the open question kept. */
export function onLevelDeclined(s: ConversationState): TurnResult {
  return { state: next(s, {}), replies: [reply(s.lang, [paraFrom(TEXT, s.lang), ...questionBlocksFor(s)])], route: 'level-declined' };
}

/**
 * "we won't go to High", 「High にはしません」 (readers-d #4): High declined, not Medium-High. Nothing is recorded (no High); the fix
 * does not need High (knowledge.md: Medium-High is the level; High adds certificate validation of the managed systems per Cisco's
 * TMS admin guide, said as a check). Before TMS 15 there is no level to set at all: the upgrade (or the TC downgrade) is the way.
 */
export function highDeclinedText(s: ConversationState): LocalizedText {
  const tms = s.facts.tms;
  if (tms && !tmsCanBeFixedInPlace(tms)) {
    const name = formatTms(tms);
    return {
      en: `Noted, and I have recorded nothing. ${name} has no Communication Security option at all (it comes with TMS 15), so neither High nor Medium-High can be set on it: the way out is upgrading TMS to 15 or later and then following the fix, or, for endpoints on hardware that runs TC, putting them back on TC 7.3.3 (going from CE to TC resets their configuration).`,
      ja: `承知しました。何も記録していません。${name} には [Communication Security] の設定自体がありません（TMS 15 から）。High も Medium-High も設定できないので、TMS を 15 以降にアップグレードしてから修正手順に進むか、TC が動くハードウェアのエンドポイントであれば TC 7.3.3 に戻すことになります（CE から TC に戻すと設定がリセットされます）。`,
    };
  }
  if (s.facts.level === 'medium-high')
    return {
      en: 'Noted, and I have recorded nothing. This fix does not need High: you are at Medium-High, the level it needs. High adds certificate validation of the managed systems on top of Medium-High (per Cisco\'s TMS admin guide: check it there), so it is a separate decision.',
      ja: '承知しました。何も記録していません。この修正に High は必要ありません。必要なのは Medium-High で、すでにそのレベルです。High は Medium-High に加えて管理対象システムの証明書を検証します（Cisco の TMS 管理者ガイドで確認してください）。それは別の判断です。',
    };
  return advisingMediumHigh(
    'Noted, and I have recorded nothing. This fix does not need High: the level it needs is Medium-High (TMS Tools > Security Settings > Advanced Security Settings > Transport Layer Security Options), with TLS 1.2 enabled in the TMS server\'s Schannel registry; at Medium-High TMS offers TLS 1.2, which every TC and CE release accepts. High adds certificate validation of the managed systems on top of Medium-High (per Cisco\'s TMS admin guide: check it there), so endpoints with self-signed or expired certificates would fail at High.',
    '承知しました。何も記録していません。この修正に High は必要ありません。必要なレベルは Medium-High で（TMS ツール > [Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options]）、TMS サーバの Schannel レジストリで TLS 1.2 が有効になっていることが前提です。Medium-High の TMS は TLS 1.2 を提示し、TC と CE のすべてのリリースがそれを受け付けます。High は Medium-High に加えて管理対象システムの証明書を検証するため（Cisco の TMS 管理者ガイドで確認してください）、自己署名や期限切れの証明書を持つエンドポイントは High では失敗します。',
  );
}

/** The reply to High declined: nothing recorded, the fix's level said, the open question kept. */
export function onHighDeclined(s: ConversationState): TurnResult {
  return { state: next(s, {}), replies: [reply(s.lang, [paraFrom(highDeclinedText(s), s.lang), ...questionBlocksFor(s)])], route: 'level-declined' };
}
