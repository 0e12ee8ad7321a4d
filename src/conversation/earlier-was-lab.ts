/**
 * "sorry that was the lab, prod is TMS 15.9", "that was the lab, prod is 14.6", 「すみません、上記は検証環境でした。本番は TMS 14.6
 * です」 (QA57 #3): the last message that gave values was about another system. Its server values (TMS, Windows, SQL and
 * its place, the level) are not production's: the ones the line gives again are taken (with the usual "Updated" note), the
 * others are dropped and asked again, and one line says which were dropped and that the endpoints' release is kept. Never
 * kept silently: when the bot cannot tell which message it was (no last message with values), every server value held goes.
 * "prod is 14.6" with TMS held reads as TMS 14.6. Pure.
 */
import type { Facts } from '../domain/types';
import { parseTms } from '../domain/versions';
import { extractFacts } from '../domain/extract';
import { earlierWasLab, withBareAsTms } from '../domain/understand/earlier-was-lab';
import { retractionIn } from '../domain/understand/retraction';
import type { ConversationState, TurnResult } from './types';
import { next, para, respond } from './compose';
import { onFacts, shownValue } from './merge';
import { shown, type SetKey } from './retraction';
import type { Block } from './document';
import { TEXTS } from './texts';

/** The values that belong to one server: another system's are not production's. */
const SERVER_KEYS: readonly SetKey[] = ['tms', 'windows', 'sql', 'sqlLocation', 'level'];


/** The reply to "that was the lab, prod is …", or null. */
export function onEarlierWasLab(s: ConversationState, text: string): TurnResult | null {
  const said = earlierWasLab(text);
  // (「別のサーバの話でした」, "that was about another server": a retraction, answered by its own route: retraction.ts.)
  if (!said || retractionIn(text)) return null;
  const lang = s.lang;
  // "prod is 14.6" with a TMS release held: the TMS release (TMS 12-15; TC is 7, CE 8-9, RoomOS 10-11: never an endpoint's).
  const bareTms = said.bare !== null && s.facts.tms !== undefined && /^v?1[2-5]\./i.test(said.bare) && parseTms(said.bare).ok;
  const rest = bareTms ? withBareAsTms(said.rest) : said.rest;
  const given = new Set(Object.keys(extractFacts(rest).facts));
  const last = s.lastSet?.length ? s.lastSet : null;
  const drop = SERVER_KEYS.filter((k) => s.facts[k] !== undefined && !given.has(k) && (last === null || last.includes(k)));
  if (drop.length === 0 && given.size === 0) return null;
  const list = drop.map((k) => shown(k, s.facts, lang)).filter((v): v is string => !!v);
  const facts: Facts = { ...s.facts };
  for (const k of drop) delete facts[k];
  if (drop.includes('sqlLocation')) delete facts.sqlOnNode;
  const endpointKept = s.facts.endpoint !== undefined && !given.has('endpoint') ? (shownValue('endpoint', s.facts, lang) ?? null) : null;
  const note: Block[] = list.length ? [para(TEXTS[lang].earlierWasOtherSystem(list.join(lang === 'ja' ? '、' : ' · '), endpointKept))] : [];
  const base: ConversationState = { ...s, facts };
  const out = given.size ? onFacts(base, rest) : respond(next(base, {}), [], [], false, s.facts);
  const [first, ...more] = out.replies;
  if (!first) return out;
  return { ...out, replies: [{ ...first, blocks: [...note, ...first.blocks] }, ...more] };
}
