/**
 * An endpoint release the endpoints are said not to run yet: a change to it said not to happen (yet), or only later
 * ("We won't upgrade to CE 9.15 until next quarter", "we won't go to CE 9.15 yet", "the codecs will not be upgraded to CE 9.15
 * before March", "CE 9.15 won't be rolled out until Q3", 「CE 9.15 にはまだ上げません」「CE 9.15 へのアップグレードは来期です」).
 * That release is not the endpoints' current one: nothing is recorded from it (readers-c #3). Pure, bounded, linear; the
 * cheap test first.
 */

import { ENDPOINT_RELEASE, ENDPOINT_RELEASE_CHEAP } from './endpoint-upgrade-plan';

/** The release as endpoint-upgrade-plan.ts reads it (REV28 #7: one pattern; "Room OS 11.5" and a build hash included). */
const CHEAP = ENDPOINT_RELEASE_CHEAP;
const REL = ENDPOINT_RELEASE;
const VERB = String.raw`(?:upgrad\w*|updat\w*|mov(?:e|ed|ing)|go(?:ing)?|migrat\w*|push(?:ed|ing)?|roll(?:ed|ing)?\sout|tak(?:e|en|ing)|bring(?:ing)?|switch(?:ed|ing)?|put)`;
const NOT = String.raw`(?:won't|will\snot|not\sgoing\sto|(?:is|are|am)(?:\snot|n't)(?:\sgoing\sto)?|'(?:re|m)\snot(?:\sgoing\sto)?|do(?:n't|\snot)(?:\splan\sto)?|have(?:n't|\snot)|has(?:n't|\snot)|not(?:\syet)?)`;
const NOT_YET_EN = new RegExp(
  String.raw`(?<![a-z])${NOT}\s(?:(?:yet|be|been|ever|even|really|planning\sto)\s){0,2}${VERB}\s(?:[^.?!\n]|\.(?=\d)){0,60}?(?<![a-z])(?:to|onto)\s(?:the\s)?${REL}` +
    String.raw`|(?<![a-z])${REL}\s(?:won't|will\snot|isn't|is\snot|hasn't|has\snot)\s(?:yet\s)?(?:be(?:en)?\s)?(?:rolled\sout|deployed|installed|applied|pushed|used)(?![a-z])`,
  'gi',
);
const NOT_YET_JA = new RegExp(
  String.raw`${REL}\s?(?:に|へ)\s?(?:は|も)?\s?(?:[^。\n、,]{0,12}?)(?:上げ|アップグレード|アップデート|更新|移行|バージョンアップ|し)(?:て(?:い|お)?)?(?:ません|ない|ず)` +
    String.raw`|${REL}\s?(?:へ|に)?\s?(?:の)?\s?(?:アップグレード|アップデート|更新|移行|バージョンアップ)は\s?(?:まだ|来期|来月|来週|来年|再来|予定|これから|先|未定|[0-9０-９]+\s?月)`,
  'gi',
);
/**
 * What every alternative holds (the cheap word test, after CHEAP found a release): a negation, or in Japanese the change noun
 * with は (「…へのアップグレードは来期」), not any は (REV28 #7: a bare は let most Japanese clauses with a release through).
 */
const WORDS = /not|n't|ません|ない|ず|(?:アップグレード|アップデート|更新|移行|バージョンアップ)は/i;

/** The spans [start, end) of the releases said not run yet in `clause`. */
export function releasesNotYet(clause: string): [number, number][] {
  const s = clause.slice(0, 600);
  if (!CHEAP.test(s) || !WORDS.test(s)) return [];
  const out: [number, number][] = [];
  for (const re of [NOT_YET_EN, NOT_YET_JA]) {
    re.lastIndex = 0;
    for (const m of s.matchAll(re)) {
      const rel = m[1] ?? m[2];
      if (!rel) continue;
      const at = m.index + m[0].indexOf(rel);
      out.push([at, at + rel.length]);
    }
  }
  return out;
}

/** Does the text say of an endpoint release that the endpoints do not run it yet? */
export function saysReleaseNotYet(text: string): boolean {
  return releasesNotYet(text).length > 0;
}
