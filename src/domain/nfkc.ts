/**
 * Unicode NFKC (full-width digits and letters to ASCII, 「ＴＭＳ１５」 → "TMS15") for the readers of
 * one message: several of them normalise the same text in one turn. Text that is all ASCII is
 * already in NFKC (no ASCII character has a compatibility mapping), so it is returned as it is
 * without calling ICU; the last text normalised is remembered (one entry), so the next reader of
 * the same message gets it without normalising again. Pure: the same input gives the same output.
 * Never throws (a string that cannot be normalised is returned as it is).
 */
let lastIn = '';
let lastOut = '';

 
const NOT_ASCII = /[^\x00-\x7f]/;

export function nfkc(text: string): string {
  if (text === lastIn) return lastOut;
  let out = text;
  if (NOT_ASCII.test(text)) {
    try {
      out = text.normalize('NFKC');
    } catch {
      /* keep as is */
    }
  }
  lastIn = text;
  lastOut = out;
  return out;
}
