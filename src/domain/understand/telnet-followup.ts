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
