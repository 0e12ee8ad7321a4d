/**
 * Case-insensitive Unicode regular expressions (flags `iu`) that run fast.
 *
 * V8 runs `\b` under `/iu` on a slow path (a word boundary there also counts ſ U+017F and the
 * Kelvin sign U+212A as word characters), which makes the cue lists (full of `\b`) about 20 times
 * slower than the same source under `/i`. On most texts the two flags read the same, so the `/i`
 * twin runs there and the `/iu` original everywhere else. The two read the same on a text when:
 * - the text has no ſ and no Kelvin sign (the only non-ASCII characters that fold to ASCII letters,
 *   and the only ones `\b`/`\w` treat differently) and no surrogates (under `u` an astral character
 *   is one character, without it two: `.`, `\D{0,20}` and negated classes would count differently);
 * - the source has no syntax that only `u` gives a meaning (`\p{…}`, `\P{…}`, `\u{…}`) and no
 *   non-ASCII letter with case (the two flags fold some of those differently).
 * When the source does not qualify, the `/iu` original always runs. Pure.
 */

/** Characters on which `/i` and `/iu` may read a text differently. */
const UNICODE_SENSITIVE = /[\u017f\u212a\ud800-\udfff]/;
/** Source syntax with a meaning only under `u`. */
const UNICODE_SYNTAX = /\\[pP]\{|\\u\{/;

/** A regex with the behaviour of `new RegExp(source, 'iu')`, only `test` and `exec` (not global). */
export interface FastRegex {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
  /** The `/iu` original (what every answer must equal). */
  readonly unicode: RegExp;
  /**
   * The regex to run on a text whose `unicodeSensitive` answer is known: for a reader that runs many fast regexes on one
   * text, which then tests the text once instead of once per regex (findStatementEntry: 19 regexes a turn on one text).
   */
  readFor(sensitive: boolean): RegExp;
}

/** Does the text hold a character on which `/i` and `/iu` may read it differently (then every fast regex runs its `/iu` original)? */
export function unicodeSensitive(text: string): boolean {
  return UNICODE_SENSITIVE.test(text);
}

/** Does the source read the same under `/i` as under `/iu` on texts without UNICODE_SENSITIVE characters? */
export function plainTwinPossible(source: string): boolean {
  if (UNICODE_SYNTAX.test(source)) return false;
  for (const ch of source) if (ch.charCodeAt(0) > 0x7f && (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch)) return false;
  return true;
}

/** Every source given to fastRegex or fastGlobalRegex so far, with its flags (a string each: no regex is kept alive here). */
const MADE: { source: string; flags: string }[] = [];
/** (A bound, for a caller that would make them in a loop: the engine makes ~450.) */
const MADE_MAX = 5000;
/** The sources given so far (for the test that makes them all, as loading used to). */
export function fastRegexSources(): readonly { readonly source: string; readonly flags: string }[] {
  return MADE;
}

/**
 * The two regexes are made on first use, not when the module loads: a process (or a test file) that loads the readers pays
 * only for the regexes it runs (~40 ms of the engine's load went to making its ~170 sources, ~340 regexes with the twins, up front). The answers are the
 * same; only a pattern's syntax error would show at its first use instead of at load (test/domain/fast-regex.test.ts makes
 * every one the engine and the Slack app give here when they load, fastRegexSources).
 */
export function fastRegex(source: string): FastRegex {
  if (MADE.length < MADE_MAX) MADE.push({ source, flags: 'iu' });
  let unicode: RegExp | undefined;
  let plain: RegExp | undefined;
  const u = (): RegExp => (unicode ??= new RegExp(source, 'iu'));
  const p = (): RegExp => (plain ??= plainTwinPossible(source) ? new RegExp(source, 'i') : u());
  const pick = (text: string): RegExp => {
    const twin = p();
    return twin === unicode || UNICODE_SENSITIVE.test(text) ? u() : twin;
  };
  return {
    test: (text) => pick(text).test(text),
    exec: (text) => pick(text).exec(text),
    get unicode() {
      return u();
    },
    readFor: (sensitive) => (sensitive ? u() : p()),
  };
}

/**
 * Every match of a global regex in `text`, from the start: what `[...text.matchAll(re)]` gives,
 * without matchAll's copy of the regex (V8 makes the copy on every call: ~1 us for the big keyword
 * pattern, four times the matching itself). Uses `re.lastIndex` and leaves it at 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regex');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (one code point under u), as matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/**
 * The global form of fastRegex: `new RegExp(source, 'giu')` and its `/gi` twin; `pick(text)` gives the regex to run on
 * `text` (the twin where the two read the same, see above), for `allMatches`, `replace` or a `test` from lastIndex 0.
 * (A cue list full of `\b` under /giu costs ~3-6 us a call on a short sentence; its /gi twin well under 1 us.)
 */
export function fastGlobalRegex(source: string): { pick(text: string): RegExp; readonly unicode: RegExp } {
  // (Made on first use, as fastRegex's.)
  if (MADE.length < MADE_MAX) MADE.push({ source, flags: 'giu' });
  let unicode: RegExp | undefined;
  let plain: RegExp | undefined;
  const u = (): RegExp => (unicode ??= new RegExp(source, 'giu'));
  const p = (): RegExp => (plain ??= plainTwinPossible(source) ? new RegExp(source, 'gi') : u());
  return {
    pick: (text) => {
      const twin = p();
      return twin === unicode || UNICODE_SENSITIVE.test(text) ? u() : twin;
    },
    get unicode() {
      return u();
    },
  };
}
