/**
 * Endpoint releases said as one list: "endpoints are actually CE 9.15.3 and TC 7.3.6", 「エンドポイントは実は CE 9.15.3 と
 * TC 7.3.6 です」, "CE 9.15.3, TC 7.3.6 and RoomOS 11.5". A correction word before the list ("actually", 「実は」) corrects
 * what was held before, not one release of the list by the other: the fleet is mixed (QA round 33 F7). Releases with
 * anything but a joiner between them ("CE 9.15.3, sorry TC 7.3.6", "CE 9.15.3 not TC 7.3.6", "from TC 7.3.3 to CE 9.15")
 * are no list, nor is one whose last release is said to be past ("TC 7.3.3, and CE 9.15.3 was before the downgrade").
 * Cheap test first (a family word, on the raw text), then one bounded, anchored scan.
 */
import type { EndpointVersion } from '../types';
import { parseEndpoint } from '../versions';

/** A release with its family word ("TC 7.3.3", "ce9.15"): the cheap test here and in extract.ts (before endpointResultsIn). */
export const RELEASE_SAID = /(?<![a-z])(?:tc|ce|roomos|room\s?os)\s?v?\d/i;
/** Any full-width letter or digit ("ＴＣ７．３．６", "TC７．３．６"): the raw text may hold a release NFKC reads (FIX7B). */
const FULL_WIDTH_FAMILY = /[Ａ-Ｚａ-ｚ０-９]/;
const RELEASE = /(?<![a-z])(?:tc|ce|roomos|room\s?os)\s?v?\d{1,2}(?:\.\d{1,4}){1,3}(?![\d.]\d)/gi;
/** Only a joiner between two releases ("CE 9.15/TC 7.3.3" may offer alternatives: no list): ",", "and", "&", "+", 「と」「、」「および」. */
const JOINER = /^\s*(?:,|、|，|&|\+|and|,\s?and|と|および|及び|や)\s*$/i;
/** After the last release, a past or a replaced one: "…, and CE 9.15.3 was before the downgrade", 「…は以前でした」: no list of what runs now. */
const PAST_AFTER = /(?<![a-z])(?:was|were|before|previously)(?![a-z])|以前|でした/i;

/** The releases of a list of two or more distinct endpoint releases in `text`, in order; null when there is none. */
export function endpointListIn(text: string): EndpointVersion[] | null {
  // Full-width letters ("ＴＣ７．３．６ と ＣＥ９．１５．３") are the same list once normalised (FIX5A): the raw test misses them.
  if (text.length > 400 || !(RELEASE_SAID.test(text) || (FULL_WIDTH_FAMILY.test(text) && RELEASE_SAID.test(text.normalize('NFKC'))))) return null;
  const t = text.normalize('NFKC');
  const found: EndpointVersion[] = [];
  let end = -1;
  RELEASE.lastIndex = 0;
  for (let m = RELEASE.exec(t); m; m = RELEASE.exec(t)) {
    const r = parseEndpoint(m[0]);
    if (!r.ok) return null;
    if (end >= 0 && !JOINER.test(t.slice(end, m.index))) return null;
    found.push(r.value);
    end = m.index + m[0].length;
  }
  if (end >= 0 && PAST_AFTER.test(t.slice(end))) return null;
  const distinct = found.filter((e, i) => found.findIndex((x) => x.family === e.family && x.semver === e.semver) === i);
  return distinct.length > 1 ? distinct : null;
}
