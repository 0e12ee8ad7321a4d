/**
 * "site B?", "what about the other site?", "and the 14.6 one?", 「拠点Bは？」「もう一方のTMSは？」 once TMS servers on
 * different releases were named (Facts.otherTms, QA round 20 #3): the verdict for the other servers, then the open
 * question. Only short questions; a cheap test (other servers known) first. Pure, linear patterns.
 */
import { otherTmsReleases } from '../domain/knowledge';
import type { ConversationState, TurnResult } from './types';
import { next, para, questionBlocksFor, reply } from './compose';

const ASK_EN =
  /^\s*(?:(?:and|so|ok|okay)[,\s]+)?(?:(?:what|how)\sabout\s|and\s)?(?:for\s)?(?:the\s)?(?:site|office|branch|location|other\s(?:site|office|branch|one|tms|server)|(?:tms\s)?\d{2}\.\d{1,2}(?:\.\d{1,3})?(?:\s(?:one|server|site|tms))?)(?:\s[a-z0-9]{1,3})?(?:\s(?:then|one|tms))?\s*[?？]\s*$/i;
const ASK_JA =
  /^\s*(?:では|じゃあ|で、?)?\s*(?:拠点|サイト|支社|支店|事業所|もう一方|もう片方|もう一つ|もう1つ|もう一台|もう1台|他|ほか|別|(?:TMS\s?)?\d{2}\.\d{1,2}(?:\.\d{1,3})?)[^\s？?。]{0,10}(?:は|の方は|のほうは)\s*(?:どう(?:ですか|なりますか|すれば(?:いい|よい)(?:ですか)?)?)?\s*[？?]\s*$/i;

/** A short question about another site or TMS server, asked while other TMS servers are known. */
export function asksOtherTms(s: ConversationState, text: string): boolean {
  if (!s.facts.tms || !s.facts.otherTms?.length || text.length > 60) return false;
  return ASK_EN.test(text) || ASK_JA.test(text);
}

/** The verdict for each other TMS server (what applies there), then the open question. */
export function onOtherTms(s: ConversationState): TurnResult {
  const lang = s.lang;
  const f = otherTmsReleases(s.facts.tms!, s.facts.otherTms!, s.facts.otherTmsUnsaid);
  // (The first paragraph says which server the rest of the answer is for; here only the others' verdicts.)
  const blocks = f.body.slice(1).map((b) => para(b[lang]));
  return { state: next(s, {}), replies: [reply(lang, [...blocks, ...questionBlocksFor(s)])] };
}
