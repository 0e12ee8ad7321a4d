/**
 * "I think the SX20s are still on CE 8.0.1, not sure", 「SX20 は CE 8.0.1 だったかも」 (QA49 F19): the endpoints' release
 * given as a guess. The hedge counts in the clause that names the release, or in the clause next to it when that one
 * names no other value ("…CE 8.0.1, not sure"); "SQL 2016 I think, SX20s on CE 8.0.1" hedges SQL, not the release.
 * Pure, bounded input, linear patterns.
 */
import { nfkc } from '../nfkc';
import { HEDGE_EN, HEDGE_JA } from './level-hedge';

/** Where clauses end: a comma, a sentence end (a dot only before a space or the end: "8.0.1" is one release). */
const CLAUSE_END = /[,、，;；。!！?？\n]|\.(?=\s|$)/;

const hedged = (c: string) => HEDGE_EN.test(c) || HEDGE_JA.test(c);

/** Is the release (its dotted digits, e.g. "8.0.1") said as a guess in the text? */
export function releaseHedged(text: string, digits: string): boolean {
  if (!text || !digits || text.length > 400) return false;
  const t = nfkc(text);
  if (!hedged(t)) return false;
  const at = t.indexOf(digits);
  if (at < 0) return false;
  const clauses = t.split(CLAUSE_END);
  let pos = 0;
  let i = 0;
  for (; i < clauses.length; i++) {
    const end = pos + clauses[i].length;
    if (at >= pos && at < end) break;
    pos = end + 1;
  }
  if (i >= clauses.length) return false;
  if (hedged(clauses[i])) return true;
  // ("…on CE 8.0.1, not sure", "not sure, maybe CE 8.0.1": a neighbouring clause with no value of its own.)
  return [clauses[i - 1], clauses[i + 1]].some((c) => c !== undefined && !/\d/.test(c) && hedged(c));
}
