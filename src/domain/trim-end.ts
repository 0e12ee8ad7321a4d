/**
 * `text` without its trailing run of characters that `oneChar` matches: what `text.replace(/[…]+$/, '')` gives, in linear
 * time. That regex tries every start inside a run of its characters and, when the run does not reach the end, fails at `$`
 * from each of them: quadratic (5,000 「…」 before a word, 15,000 dots after NFKC, took about a second). `oneChar` is
 * tested on one UTF-16 unit at a time, so it must be a class of BMP characters, not global or sticky. Pure.
 */
export function trimEnd(text: string, oneChar: RegExp): string {
  if (oneChar.global || oneChar.sticky) throw new TypeError('trimEnd needs a regex that is neither global nor sticky');
  let end = text.length;
  while (end > 0 && oneChar.test(text[end - 1])) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}
