/**
 * "I'd rather not try Medium-High", 「Medium-High にはしたくないです」 (REV24 #3; understand/level-question.ts declinesLevel): a raised
 * level not wanted. Nothing is recorded; the reply says what staying at Medium means and what to check before deciding
 * (knowledge.md: at Medium TMS offers only TLS 1.0, whatever the registry allows; Medium-High turns Telnet and SNMP off; the
 * endpoint downgrade to TC 7.3.3 exists only for hardware that runs TC). Pure.
 */
import type { ConversationState, TurnResult } from './types';
import { next, questionBlocksFor, reply, paraFrom } from './compose';

const TEXT = {
  en: 'Noted: Medium-High is not set, and I have not recorded it. Without it, though, these endpoints keep showing "No HTTPS response": at Medium TMS offers only TLS 1.0, which they refuse, and TLS 1.2 in the registry alone does not change that. If the concern is Telnet and SNMP (Medium-High turns both off in TMS), check first which managed systems depend on them (Polycom HDX or older Tandberg MXP units, for example) and decide what to do with those. The other way out, putting the endpoints back on TC 7.3.3, exists only for hardware that runs TC (not the Room Kit family, Codec Plus/Pro, Boards or Desk series), and going from CE to TC resets their configuration.',
  ja: '承知しました。Medium-High にはしておらず、記録もしていません。ただし、このままではエンドポイントは「No HTTPS response」のままです。Medium の TMS は TLS 1.0 しか提示せず、エンドポイントはそれを拒否します。レジストリで TLS 1.2 を有効にするだけでは変わりません。Telnet と SNMP が気になる場合（Medium-High にすると TMS で両方が無効になります）は、まずそれに頼っている管理対象システム（たとえば Polycom HDX や古い Tandberg MXP）を確認し、その扱いを決めてください。もう一つの方法であるエンドポイントの TC 7.3.3 への切り戻しは、TC が動くハードウェアにしかできません（Room Kit 系、Codec Plus/Pro、Board、Desk シリーズは不可）。また CE から TC に戻すと設定がリセットされます。',
} as const;

/** The reply to a raised level declined: nothing recorded, what staying at Medium means, the open question kept. */
export function onLevelDeclined(s: ConversationState): TurnResult {
  return { state: next(s, {}), replies: [reply(s.lang, [paraFrom(TEXT, s.lang), ...questionBlocksFor(s)])], route: 'level-declined' };
}
