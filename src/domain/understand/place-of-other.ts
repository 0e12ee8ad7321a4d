/**
 * "the GPO is for another OU, not the TMS server", 「そのGPOは別のOU向けで、TMSサーバではありません」: a place said of something
 * else that has one (a group policy, an OU, a baseline, IIS Crypto), not of SQL Server. While SQL's place is asked or could be
 * corrected, such a message says nothing of where SQL runs (QA: it stored SQL as remote). A message that names SQL too is read
 * as usual. Bounded input, linear regexes.
 */
const CHEAP = /gpo|polic|ou|iis|baseline|ポリシー|ＯＵ/i;
const OTHER_SUBJECT =
  /(?<![a-z])(?:gpos?|group\s?polic(?:y|ies)|polic(?:y|ies)|ous?|organi[sz]ational\sunits?|iis\s?crypto|(?:security\s)?baselines?)(?![a-z])|グループ\s?ポリシー|ポリシー|(?<![a-z])ＯＵ/i;
const SQL_NAMED = /sql|database|(?<![a-z])db(?![a-z])|データベース/i;

/** Does the text speak of another subject's place (a GPO, an OU, …) with no word for SQL? */
export function placeOfOtherSubject(text: string): boolean {
  const t = text.slice(0, 300);
  return CHEAP.test(t) && OTHER_SUBJECT.test(t) && !SQL_NAMED.test(t);
}
