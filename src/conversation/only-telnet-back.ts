/**
 * "set Medium-High and rebooted. Nothing is back except the 2 MXPs.", 「Medium-High にして再起動しました。MXP以外はどれも
 * 戻っていません。」 (QA42 #3): at Medium-High the only systems still answering are ones TMS manages over Telnet/SNMP, and
 * Medium-High turns Telnet and SNMP off (knowledge.md, Caveats). That is the reverse of what Medium-High gives, so the level
 * may not really be in effect: say so first, rather than asking again whether the level was saved and the server rebooted
 * (what the user has just said). The facts are read as usual (the level, the reboot, the Telnet systems named); the rest
 * of the reply is the still-failing one for the facts after them.
 * Only for a message that onlyLeftOutWorks() already matched (the caller's test) and that names a Telnet/SNMP system.
 * Pure, total.
 */
import type { ConversationState, TurnResult } from './types';
import { onFacts, diffFacts } from './merge';
import { onStillFailing } from './still-failing';
import { para } from './compose';
import { joinAnd, telnetSystemsIn } from '../domain/knowledge';

const NOTE = {
  en: (systems: string, restarted: boolean) =>
    `Only the ${systems} systems still answering while everything else fails points at the level first. TMS usually manages such systems over Telnet or SNMP, and Medium-High turns both off, so at Medium-High they would be the ones expected to drop out of TMS (with a Telnet error), not the only ones left working. Check in TMS Tools that Communication Security really shows Medium-High after Save (on both nodes, for a redundant TMS)${restarted ? '' : ', and that IIS and the TMS services were restarted afterwards'}; if it does, a capture of TMS polling one failing endpoint shows which TLS version it offers.`,
  ja: (systems: string, restarted: boolean) =>
    `${systems} だけが応答し、ほかはすべて失敗しているので、まずレベルを疑ってください。TMS はこうした機器を通常 Telnet や SNMP で管理しますが、Medium-High ではその両方がオフになるため、Medium-High なら本来これらの機器のほうが Telnet のエラーで TMS から管理できなくなるはずで、これだけが動き続けるのは逆です。TMS Tools で、保存後も Communication Security が本当に Medium-High になっているか（冗長構成なら両方のノードで）${restarted ? '' : '、その後 IIS と TMS のサービスを再起動したか'}確認してください。Medium-High になっていれば、失敗しているエンドポイント 1 台への TMS のポーリングをキャプチャすると、提示している TLS のバージョンがわかります。`,
} as const;

/** The reading above, or null (no Telnet/SNMP system named, or the level not Medium-High after the message). */
export function onOnlyTelnetBack(s: ConversationState, text: string): TurnResult | null {
  const systems = telnetSystemsIn(text);
  if (!systems.length) return null;
  const read = onFacts(s, text);
  const f = read.state.facts;
  if (f.level !== 'medium-high') return null;
  const out = onStillFailing(read.state);
  const [first, ...others] = out.replies;
  if (!first) return null;
  const lang = out.state.lang;
  const names = lang === 'ja' ? systems.join('、') : joinAnd(systems);
  const blocks = [...diffFacts(s.facts, f, lang), para(NOTE[lang](names, f.tlsClaims?.restarted === true)), ...first.blocks];
  return { ...out, replies: [{ ...first, blocks }, ...others] };
}
