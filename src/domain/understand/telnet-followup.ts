/**
 * A short follow-up about the systems just named as managed over Telnet/SNMP, by pronoun: "what happens to them?",
 * "can we keep them?", "will they still work?", 「それらはどうなる？」「残せますか？」 (QA round 20 #6). Only when the
 * conversation holds such systems (or how they are managed): elsewhere "them" may be anything.
 */
import type { Facts } from '../types';

const EN =
  /^\s*(?:(?:so|ok|okay|and|but|hmm|then|right|also)[,\s]+)*(?:what\s(?:happens|will\shappen|would\shappen|about)\s(?:to\s)?(?:them|those|these|those\sones|the\sold\sones)(?:\sthen)?|(?:can|could|may)\s(?:we|i)\s(?:still\s)?(?:keep|retain|use|manage)\s(?:them|those|these)(?:\s(?:at\sall|in\stms|managed|then|somehow))?|(?:is\sthere\s(?:a|any)\sway|any\sway)\sto\s(?:keep|manage)\s(?:them|those|these)(?:\s(?:in\stms|managed))?|will\s(?:they|those|these)\s(?:still\swork|keep\sworking|break|be\saffected|be\sok(?:ay)?)|are\s(?:they|those|these)\s(?:affected|ok(?:ay)?|fine))\s*[?？]+\s*$/i;
const JA =
  /^\s*(?:(?:じゃあ|では|で|それで|あと)[、,\s]*)?(?:それら|これら|それ|これ|その機器|あの機器|古い(?:機器|の|やつ))(?:は|って|も)?\s?(?:どうなり|どうなる|残せ|残す|使い続け|管理し続け|そのまま(?:使|管理)|影響)[^。]{0,15}[?？]?\s*$/;

/** 「残せますか？」「使い続けられる？」 with nothing else: keeping the systems just named. */
const JA_BARE = /^\s*(?:(?:じゃあ|では|で|それで)[、,\s]*)?(?:残せ|使い続けられ|管理し続けられ)(?:ます|る)?(?:か|の)?\s*[?？]?\s*$/;

export type TelnetFollowUp = 'what-happens' | 'keep';

export function telnetFollowUpIn(facts: Facts, text: string): TelnetFollowUp | null {
  if (!(facts.telnetSystems?.length || facts.telnetVia) || text.length > 120) return null;
  const t = text.normalize('NFKC');
  if (!EN.test(t) && !JA.test(t) && !JA_BARE.test(t)) return null;
  return /keep|retain|manage|use|残|使い続け|管理し続け|そのまま/i.test(t) ? 'keep' : 'what-happens';
}

/**
 * What the user says they do with the Telnet/SNMP systems the conversation holds (QA50 #21): "we'll remove the HDX from TMS
 * management", "the MXPs will be replaced", "we'll manage the HDX another way", 「HDX は管理対象から外します」「HDX はリプレースします」.
 * One of the choices the trade-off note gives, said as decided or done: acknowledged, nothing recorded. Not a question, a
 * condition, a negation or a request for advice ("should we remove the HDX?", "if we remove…", "we won't remove…",
 * 「外したほうがいいですか」「外せば直りますか」), and only when a Telnet/SNMP system is named in the message.
 */
export type TelnetDecision = 'remove' | 'replace' | 'other-way';

const DECISION_GATE = /remov|drop|unmanag|stop\smanag|take|taking|replac|retir|decommission|another\sway|other\sway|separately|外し|外す|除外|削除|リプレース|置き換え|入れ替え|更改|撤去|別の方法|別途/i;
const DECISION_EN: readonly (readonly [TelnetDecision, RegExp])[] = [
  ['remove', /(?<![a-z])(?:(?:will|'ll|are\sgoing\sto|gonna|going\sto|have|'ve|just)\s)?(?:remove|removed|removing|drop|dropped|dropping|take|took|taking|taken|delete|deleted|deleting|unmanage|unmanaged)\s(?:(?:the|those|these|our|both|all|\d)\s)*[\w\s-]{0,30}?\s?(?:from|out\sof|off)\s(?:(?:the\s)?tms|management|being\smanaged)|(?:stop|stopped|stopping)\smanaging\s(?:them|those|these|it|the\s[\w\s-]{1,30}?)\s?(?:in|with|from|via)?\s?(?:tms)?|(?:will\sbe|are\sbeing|were|have\sbeen|got)\s(?:removed|taken\sout|dropped|unmanaged)(?![a-z])/i],
  ['replace', /(?<![a-z])(?:(?:will|'ll|are\sgoing\sto|going\sto)\s(?:be\s)?)?(?:replace|replaced|replacing|retire|retired|retiring|decommission|decommissioned|decommissioning)(?![a-z])/i],
  ['other-way', /(?<![a-z])manag(?:e|ed|ing)\s(?:them|those|these|it|the\s[\w\s-]{1,30}?)\s(?:another\sway|some\sother\sway|(?:in\s)?(?:an)?other\sway|separately|manually|outside\s(?:of\s)?tms)/i],
];
const DECISION_JA: readonly (readonly [TelnetDecision, RegExp])[] = [
  ['remove', /(?:管理(?:対象)?|tms)\s?(?:から|より)\s?(?:外し|外す|除外し|除外す|削除し|削除す)|(?:管理(?:対象)?|tms)\s?(?:から|より)?\s?(?:除外|削除)(?:します|しました|する|済み)/i],
  ['replace', /(?:リプレース|置き換え|入れ替え|更改|撤去)(?:し|を)?\s?(?:ます|ました|する|予定|済み|します)/],
  ['other-way', /別(?:の方法|途)\s?で?\s?管理(?:します|しました|する)/],
];
const DECISION_NOT_EN = /\?|(?<![a-z])(?:if|whether|should|shall|could|would|can|do\swe\shave\sto|must\swe|won'?t|will\snot|not|never|don'?t|unless)(?![a-z])/i;
const DECISION_NOT_JA = /[?？]|(?:ほうが|方が)(?:いい|良い|よい)|べき|(?:すれば|したら|するなら|すると|しても)|ません|しない|(?:ます|でしょう)か|かな|なければ/;

export function telnetDecisionIn(facts: Facts, text: string, named: readonly string[]): TelnetDecision | null {
  if (!(facts.telnetSystems?.length || facts.telnetVia) || !named.length || text.length > 200 || !DECISION_GATE.test(text)) return null;
  const t = text.normalize('NFKC');
  for (const [kind, re] of DECISION_JA) if (re.test(t)) return DECISION_NOT_JA.test(t) ? null : kind;
  for (const [kind, re] of DECISION_EN) if (re.test(t)) return DECISION_NOT_EN.test(t) ? null : kind;
  return null;
}
