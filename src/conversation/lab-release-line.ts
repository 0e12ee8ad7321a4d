/**
 * "sorry, 14.6.2 was the lab box", 「あ、すみません、14.6.2 は検証環境のほうでした」 (QA49 F6): a release said to be a lab or
 * test system's is not the case's. When it is not the value held, the held one stays (it was not brought back as a
 * correction to the value just replaced); when it is the value held, that value goes and its question is asked again
 * (never kept silently, never guessed). Pure.
 */
import type { Facts } from '../domain/types';
import { formatField } from '../domain/fields';
import { parseEndpoint, parseTms } from '../domain/versions';
import { labReleaseIn } from '../domain/understand/lab-release';
import type { ConversationState, TurnResult } from './types';
import { next, para, questionBlocksFor, reply, respond } from './compose';
import { TEXTS } from './texts';

/** "too", "also", "as well": the lab runs it besides (not instead of) the system held. */
const ALSO = /(?<![a-z])(?:too|also|as\swell)(?![a-z])/i;

/** The reply to a release said to be a lab system's, or null. */
export function onLabReleaseLine(s: ConversationState, text: string): TurnResult | null {
  if (!s.facts.tms && !s.facts.endpoint) return null;
  const rel = labReleaseIn(text);
  if (!rel) return null;
  const t = TEXTS[s.lang];
  const asTms = parseTms(rel);
  const asEndpoint = parseEndpoint(rel);
  const held: 'tms' | 'endpoint' | null =
    asTms.ok && s.facts.tms?.semver === asTms.value.semver ? 'tms' : asEndpoint.ok && s.facts.endpoint?.semver === asEndpoint.value.semver && !asTms.ok ? 'endpoint' : null;
  // "15.13 was the lab box too", "the lab runs 15.13 as well" with 15.13 held: the lab runs that release as well, which does not
  // say production does not; the value stays, and the reply says so (REV21-a: it was dropped and asked again).
  if (held && ALSO.test(text)) {
    const said = formatField(held, s.facts) ?? rel;
    return { state: next(s, {}), replies: [reply(s.lang, [para(t.labValueAlsoHeld(said)), ...questionBlocksFor(s)])] };
  }
  if (held) {
    const said = formatField(held, s.facts) ?? rel;
    const facts: Facts = { ...s.facts };
    delete facts[held];
    return respond({ ...s, facts }, [para(t.labValueDropped(said))], [], false, s.facts);
  }
  // Which field it would have gone to: TMS when it reads as a TMS release, else the endpoints'.
  const field: 'tms' | 'endpoint' | null = asTms.ok ? 'tms' : asEndpoint.ok ? 'endpoint' : null;
  if (!field) return null;
  const read = field === 'tms' && asTms.ok ? formatField('tms', { tms: asTms.value }) : asEndpoint.ok ? formatField('endpoint', { endpoint: asEndpoint.value }) : null;
  const kept = formatField(field, s.facts);
  const note = para(t.labValueNotTaken(read ?? rel, kept ?? ''));
  return { state: next(s, {}), replies: [reply(s.lang, [note, ...questionBlocksFor(s)])] };
}
