/**
 * A message of version facts alone: its words are all product, version and level words (see src/conversation/route-gates.ts,
 * which skips the engine's routes on one, and src/domain/extract.ts, which skips the message-level readers that need other
 * words). Here, in the domain, so that the fact reader can ask it too.
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
