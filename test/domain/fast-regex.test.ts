/** The /i twin of a /iu regex (src/domain/understand/fast-regex.ts) must answer exactly like the /iu original. */
import fc from 'fast-check';
import { allMatches, fastGlobalRegex, fastRegex, fastRegexSources, plainTwinPossible, unicodeSensitive } from '../../src/domain/understand/fast-regex';
import { ASKED, CHANGE_VERB, CUES, FOLLOW_UP_CONDITION, REFER_BACK, STATED_FOLLOW_UP, STATED_IN_QUESTION, UNKNOWN, WAIT } from '../../src/domain/understand/cues';

const LISTS = [...Object.values(CUES), ASKED, STATED_IN_QUESTION, STATED_FOLLOW_UP, FOLLOW_UP_CONDITION, CHANGE_VERB, UNKNOWN, WAIT];
const SOURCES = [
  ...LISTS.map((l) => [...l.en, ...l.ja].map((s) => `(?:${s})`).join('|')),
  ...[...REFER_BACK.en, ...REFER_BACK.ja],
];

// Words of the cue lists, and the characters on which /i and /iu differ (ſ, the Kelvin sign, astral emoji).
const WORDS = [
  'soon', 'ſoon', 'planned', 'plaᴎned', 'we', 'i', 'would', 'what if', 'the doc says', 'according to', 'used to', 'had', 'was', 'on',
  'isn\'t set', 'never set', 'not sure', 'don\'t know', 'idk', 'n/a', 'brb', 'let me check', 'kb', 'KB', '\u212ab says',
  '予定', 'もし', '以前は', 'わかりません', '確認します', 'のか', 'ですか', 'さっきの数字は', 'OS', 'windows', 'tms', 'that last number was the',
  '🙂', '😀', '\ud83d', 'ß', 'İ', 'µ', '?', '？', ' ', ',', '.', '15.2.1', '2012', 'q1', 'Q3', 'ce9.15.3',
];

describe('fastRegex', () => {
  it('every regex the engine gives fastRegex/fastGlobalRegex as it loads is valid with its flags and its /i twin (they are made on first use, no longer at load)', () => {
    // Loaded here, after fast-regex.ts, so that its list holds them (the catalogue, the cue lists, the clause readers).
    require('../../src/conversation/engine');
    // The statement entries' gates are made on their first read (catalogue.ts): read them all here, so that this one test
    // proves every source valid, not only those made at load (a bad gate would give the "could not process" reply).
    // eslint-disable-next-line @typescript-eslint/no-var-requires, @typescript-eslint/no-require-imports
    const { STATEMENT_ENTRY_GATES } = require('../../src/conversation/catalogue') as typeof import('../../src/conversation/catalogue');
    const gates = STATEMENT_ENTRY_GATES.map((g) => g.gate).filter((g) => g !== null);
    expect(gates.length).toBeGreaterThan(10);
    for (const g of gates) {
      expect(() => g.unicode).not.toThrow();
      expect(() => g.readFor(false)).not.toThrow();
    }
    const made = fastRegexSources();
    // Each gate's source is among those checked below.
    const madeSources = new Set(made.map((m) => new RegExp(m.source, m.flags).source));
    expect(gates.filter((g) => !madeSources.has(g.unicode.source))).toEqual([]);
    expect(made.length).toBeGreaterThan(100);
    for (const { source, flags } of made) {
      expect(() => new RegExp(source, flags)).not.toThrow();
      if (plainTwinPossible(source)) expect(() => new RegExp(source, flags.replace('u', ''))).not.toThrow();
    }
  });

  it('makes its regexes on first use: a bad pattern throws there, and a good one answers from then on', () => {
    const bad = fastRegex('(?:unclosed');
    expect(() => bad.test('x')).toThrow(SyntaxError);
    const good = fastRegex('\\bcodec\\b');
    expect(good.unicode.flags).toBe('iu');
    expect(good.test('the Codec is up')).toBe(true);
    expect(good.readFor(true)).toBe(good.unicode);
    expect(good.readFor(false)).not.toBe(good.unicode);
    expect(good.readFor(false).flags).toBe('i');
    const g = fastGlobalRegex('co(dec)?');
    expect(g.unicode.flags).toBe('giu');
    expect(g.pick('a codec').flags).toBe('gi');
    expect(g.pick('a ſ codec')).toBe(g.unicode);
  });

  it('every cue regex qualifies for the /i twin (else it would silently stay slow)', () => {
    for (const s of SOURCES) expect(plainTwinPossible(s)).toBe(true);
  });

  it('answers test and exec exactly like the /iu original, on texts with and without ſ, K and astral characters', () => {
    const compiled = SOURCES.map((s) => fastRegex(s));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), fc.constantFrom(' ', '', '\u3000'), (words, sep) => {
        const text = words.join(sep);
        for (const re of compiled) {
          expect(re.test(text)).toBe(re.unicode.test(text));
          expect(JSON.stringify(re.exec(text))).toBe(JSON.stringify(re.unicode.exec(text)));
          // The choice made once for a text and handed in (readFor) reads it as the original too.
          expect(JSON.stringify(re.readFor(unicodeSensitive(text)).exec(text))).toBe(JSON.stringify(re.unicode.exec(text)));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads ſ and the Kelvin sign as /iu does (the /i twin alone would not)', () => {
    expect(fastRegex('\\bsoon\\b').test('ſoon')).toBe(true);
    expect(new RegExp('\\bsoon\\b', 'i').test('ſoon')).toBe(false);
    expect(fastRegex('\\bkb\\b').test('\u212ab')).toBe(true);
    // Under u an astral character is one character: a bounded count differs.
    expect(fastRegex('^\\D{2}$').test('😀😀')).toBe(true);
    expect(new RegExp('^\\D{2}$', 'i').test('😀😀')).toBe(false);
  });

  it('keeps sources whose meaning needs u (\\p{…}, cased non-ASCII letters) on the /iu original', () => {
    expect(plainTwinPossible('\\p{L}+')).toBe(false);
    expect(plainTwinPossible('\\u{1F600}')).toBe(false);
    expect(plainTwinPossible('straße')).toBe(false);
    expect(plainTwinPossible('確認中|\\bsoon\\b')).toBe(true);
    const letters = fastRegex('^\\p{L}+$');
    expect(letters.test('abcé')).toBe(true);
    expect(letters.test('p{L}')).toBe(false);
  });
});

describe('allMatches', () => {
  it('gives what [...text.matchAll(re)] gives, empty matches and astral characters included, and leaves lastIndex at 0', () => {
    const sources = ['tms|sql', '(?<a>\\d+)|(?<b>[a-z]+)', 'x*', '(?:)', '\\b', '.', '(?<=a)b?', '→|->', '(?<![a-z])(?:to|into)(?![a-z])'];
    const text = fc.array(fc.constantFrom('a', 'b', 'x', '1', '23', ' ', 'tms', 'SQL', '😀', 'é', '→', '->', 'to', 'into'), { maxLength: 12 }).map((w) => w.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.constantFrom('g', 'gi', 'gu', 'giu'), text, (source, flags, t) => {
        const re = new RegExp(source, flags);
        const want = [...t.matchAll(new RegExp(source, flags))].map((m) => [m.index, [...m], m.groups ?? null]);
        re.lastIndex = 3;
        expect(allMatches(re, t).map((m) => [m.index, [...m], m.groups ?? null])).toEqual(want);
        expect(re.lastIndex).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a regex that is not global, as matchAll does', () => {
    expect(() => allMatches(/x/, 'x')).toThrow(TypeError);
  });
});
