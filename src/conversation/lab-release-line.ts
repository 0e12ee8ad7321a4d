/**
 * "sorry, 14.6.2 was the lab box", 「あ、すみません、14.6.2 は検証環境のほうでした」 (QA49 F6): a release said to be a lab or
 * test system's is not the case's. When it is not the value held, the held one stays (it was not brought back as a
 * correction to the value just replaced); when it is the value held, that value goes and its question is asked again
 * (never kept silently, never guessed). Pure.
 */
import type { Facts } from '../domain/types';
import { formatField } from '../domain/fields';
import { parseEndpoint, parseTms } from '../domain/versions';
import { LAB_PLACE_EN, LAB_PLACE_JA, labPlaceIn, labReleaseIn, withoutLabSubject } from '../domain/understand/lab-release';
import { extractFacts } from '../domain/extract';
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

const FIELDS_READ = ['tms', 'endpoint', 'windows', 'sql'] as const;

/**
 * "OS and SQL both 2008 R2 in the lab", "SQL 2008 R2 on the test server", 「検証環境では OS も SQL も 2008 R2 です」 (FIX62A #8): values
 * said of a lab or test system, in a message that gives none of this case's: said back as the lab's, nothing recorded, the open
 * question asked again. (It was recorded into the case's Windows and SQL, and read as the answer to the SQL question.) Null when
 * the message gives a value of this case too (the facts route reads it, the lab clause left out by extract.ts) or none at all.
 */
export function onLabPlaceLine(s: ConversationState, text: string): TurnResult | null {
  if (text.length > 300 || !/\d/.test(text) || !labPlaceIn(text)) return null;
  const own = extractFacts(text).facts;
  if (FIELDS_READ.some((f) => own[f] !== undefined)) return null;
  // (Its lab subject too, "lab TMS is on Windows Server 2025": the rest is read as if it were the case's, QA63 #6.)
  const lab = extractFacts(withoutLabSubject(text.replace(new RegExp(LAB_PLACE_EN.source, 'gi'), ' ').replace(new RegExp(LAB_PLACE_JA.source, 'g'), ' '))).facts;
  const said = FIELDS_READ.map((f) => formatField(f, lab)).filter((x): x is string => !!x);
  if (!said.length) return null;
  const t = TEXTS[s.lang];
  return { state: next(s, {}), replies: [reply(s.lang, [para(t.labPlaceNoted(said.join(s.lang === 'ja' ? '、' : ', '))), ...questionBlocksFor(s)])] };
}
