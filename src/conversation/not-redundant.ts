/**
 * "we're not redundant", "single TMS, no cluster", 「冗長構成ではありません」 (QA63 #13): TMS is one server. It was "not understood";
 * now it is noted (facts.singleTms), the fix's "on both nodes" lines are left out from then on (diagnose.ts), and the open
 * question is asked again. Only a short message that says nothing else: no version, no question, no node named. Pure.
 */
import { extractFacts } from '../domain/extract';
import { FIELD_NAMES } from '../domain/fields';
import { nfkc } from '../domain/nfkc';
import type { ConversationState, TurnResult } from './types';
import { next, para, questionBlocksFor, reply } from './compose';
import { TEXTS } from './texts';

const NOT_REDUNDANT_EN =
  /^(?:(?:no|nope|ok|okay|fyi|btw|and|also|just\sso\syou\sknow)[,.!]?\s)*(?:(?:we(?:'re|\sare)|it(?:'s|\sis)|tms\sis|our\stms\sis|the\stms\sis)\s)?(?:not\s(?:redundant|clustered|in\sa\scluster|a\s(?:cluster|redundant\s(?:setup|pair|deployment))|(?:set\sup\s|configured\s)?(?:as\s)?(?:a\s)?redundant(?:\s(?:pair|setup))?)|no\s(?:redundancy|cluster|second\s(?:node|tms)|ha)|(?:a\s)?(?:single|standalone|stand-alone)\s(?:tms|server|node|tms\sserver)(?:\sonly)?|(?:just|only)\sone\s(?:tms|server|node|tms\sserver)|one\s(?:tms|node|server)\sonly)(?:,?\s(?:no\s(?:cluster|redundancy|ha|second\snode)))?[\s.!]*$/i;
const NOT_REDUNDANT_JA =
  /^(?:いえ|いいえ|なお|ちなみに)?[、,]?\s?(?:tms\s?(?:は|も)\s?)?(?:冗長(?:構成|化)?\s?(?:では|じゃ|で(?:は)?)\s?(?:ありません|ないです|ない)|冗長化\s?(?:して|され(?:て)?)\s?(?:いません|いない)|(?:シングル|単一|1\s?台|一台)\s?(?:構成|のみ|だけ)\s?(?:です|です。)?|(?:tms\s?)?サーバ(?:ー)?\s?は\s?(?:1|一)\s?台\s?(?:だけ|のみ)?\s?です)[。.!！\s]*$/i;

/** Does the whole (short) message say TMS is one server, not a redundant pair? */
export function notRedundantIn(text: string): boolean {
  if (text.length > 80) return false;
  const t = nfkc(text).trim().toLowerCase();
  return NOT_REDUNDANT_EN.test(t) || NOT_REDUNDANT_JA.test(t);
}

/** The reply to "not redundant", or null. */
export function onNotRedundant(s: ConversationState, text: string): TurnResult | null {
  if (!notRedundantIn(text)) return null;
  // (Nodes named before, "two nodes tms01 and tms02": a contradiction, left to the usual readers.)
  if (s.facts.tmsNodes?.length) return null;
  const seen = extractFacts(text).facts;
  if (FIELD_NAMES.some((f) => seen[f] !== undefined)) return null;
  const t = TEXTS[s.lang];
  const after = next(s, { facts: { ...s.facts, singleTms: true } });
  return { state: after, replies: [reply(s.lang, [para(t.singleTmsNoted), ...questionBlocksFor(after)])] };
}
