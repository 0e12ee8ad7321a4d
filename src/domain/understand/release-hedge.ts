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

/** The text folded and where the release's digits stand in it, when it holds a hedge at all and the digits (else null). */
function hedgeSite(text: string, digits: string): { t: string; at: number } | null {
  if (!text || !digits || text.length > 400) return null;
  const t = nfkc(text);
  if (!hedged(t)) return null;
  const at = t.indexOf(digits);
  return at < 0 ? null : { t, at };
}

/** Is the release (its dotted digits, e.g. "8.0.1") said as a guess in the text? */
export function releaseHedged(text: string, digits: string): boolean {
  const site = hedgeSite(text, digits);
  if (!site) return false;
  const { t, at } = site;
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

/** Words a bare doubt may hold beside its hedge ("not sure", "I think", "but I'm not 100% sure"). */
const DOUBT_FILLER = /(?<![a-z])(?:but|and|so|though|i|i'm|im|am|we|we're|are|it|it's|that|this|yet|really|100%)(?![a-z])|でも|けど|が|です|ね|よ|[\s.,;:!()（）、。]/gi;

/**
 * The stricter reading for a TMS release held against a guess (FIX62A #2): the hedge in the release's own clause, or a neighbouring
 * clause of the same sentence that is nothing but a doubt ("TMS 14.6, not sure"); not a doubt about something else in another
 * sentence ("the codecs are TC 7.3.3 or CE 9.15, not sure which. TMS 15.2.1").
 */
export function releaseHedgedStrict(text: string, digits: string): boolean {
  const site = hedgeSite(text, digits);
  if (!site) return false;
  const { t, at } = site;
  let a = at;
  while (a > 0 && !/[.!?。！？\n]/.test(t[a - 1]!) && !(t[a - 1] === '.' && /\s/.test(t[a] ?? ''))) a--;
  let b = at;
  while (b < t.length && !/[!?。！？\n]/.test(t[b]!) && !(t[b] === '.' && (b + 1 >= t.length || /\s/.test(t[b + 1]!)))) b++;
  const parts = t.slice(a, b).split(/[,、，;；]/);
  let pos = a;
  let i = 0;
  for (; i < parts.length; i++) {
    if (at >= pos && at < pos + parts[i]!.length) break;
    pos += parts[i]!.length + 1;
  }
  if (i >= parts.length) return false;
  if (hedged(parts[i]!)) return true;
  const bare = (c: string | undefined) => c !== undefined && !/\d/.test(c) && hedged(c) && c.replace(new RegExp(HEDGE_EN.source, 'gi'), ' ').replace(new RegExp(HEDGE_JA.source, 'g'), ' ').replace(DOUBT_FILLER, ' ').trim().split(/\s+/).filter(Boolean).length <= 1;
  return bare(parts[i - 1]) || bare(parts[i + 1]);
}
