/**
 * A message of version facts alone ("TMS 15.2.1", "endpoints are on ce9.15.3", "SQL Server 2012 SP4 on the TMS server",
 * "Windows Server 2012 R2", "security level is Medium"): the answers the bot asks for, and most messages of a conversation.
 * The engine's routes (engine.ts ROUTES) read questions, reports of what works or was done, plans, other sites, nodes,
 * labs…: none of them needs such a message, and running the ~80 of them cost ~25 % of its turn. A route marked
 * `needsMoreThanFacts` is not run for one (its words are all in FACT_WORDS or are version numbers); the facts reading
 * (merge.ts onFacts) reads it as before.
 *
 * Decided in one pass over the message, bounded: at most MAX_LENGTH characters, printable ASCII (anything else, Japanese, a
 * full-width letter, a tab or a line break, is not this profile), words apart by spaces, no punctuation (a "?", a ",",
 * a ":", an "@", quotes) outside a version number's dots, and not opening with "is" or "are" (a question without its mark:
 * "is the TMS server on 2012"). test/conversation/route-gates.test.ts proves each marked
 * route silent on such messages over every state the conversations reach, the grid's seed states and generated messages
 * of these words.
 */

const MAX_LENGTH = 120;

/** Words of the facts the bot asks for (lower case). Not a word that says a change, a result, a time, a place or a doubt. */
const FACT_WORDS: ReadonlySet<string> = new Set([
  'tms',
  'sql',
  'server',
  'windows',
  'ce',
  'tc',
  'roomos',
  'endpoint',
  'endpoints',
  'codec',
  'codecs',
  'security',
  'level',
  'medium',
  'is',
  'are',
  'on',
  'the',
]);

/** A release or build number, maybe with its family joined ("ce9.15.3"), a service pack, "R2". */
const VERSION_WORD = /^(?:(?:ce|tc|v)?\d{1,5}(?:\.\d{1,5}){0,4}|sp[1-4]|r2)$/;

/** Every word of `text` a fact word or a version (see above); false for an empty text. */
export function factsOnlyMessage(text: string): boolean {
  if (text.length === 0 || text.length > MAX_LENGTH) return false;
  let start = -1;
  let words = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32) {
      if (start >= 0) {
        const w = text.slice(start, i).toLowerCase();
        if (!FACT_WORDS.has(w) && !VERSION_WORD.test(w)) return false;
        // ("is the TMS server on 2012", "are the endpoints on CE": a question without its mark, questionForm.)
        if (words === 0 && (w === 'is' || w === 'are')) return false;
        words++;
        start = -1;
      }
      continue;
    }
    if (c < 33 || c > 126) return false;
    if (start < 0) start = i;
  }
  return words > 0;
}
