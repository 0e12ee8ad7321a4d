/**
 * requiredLiterals / literalGate (src/domain/understand/required-literals.ts): the literals read from a pattern must be in every
 * text the pattern matches, so the gate built from them (same flags) lets through every text the pattern matches. Checked on
 * hand-picked sources (runs, options, classes, look-arounds, backreferences, case), on every regex literal written in src
 * (found with the TypeScript scanner), on the gates the engine uses (WORKED's, each statement entry's), over the grid's
 * texts, the users' messages of conversations/*.yaml, their sentences and clauses, and short random strings.
 */
import * as ts from 'typescript';
import { escapeLiteral, literalGate, requiredLiterals } from '../../src/domain/understand/required-literals';
import { STATEMENT_ENTRY_GATES, normaliseQuestion } from '../../src/conversation/catalogue';
import { WORKED_WITH_GATE, partialSuccessIn } from '../../src/conversation/partial-success';
import { gateCorpus, regexLiteralsInSrc } from './gate-corpus';

function texts(): string[] {
  return gateCorpus({
    maxLength: 5_000,
    alphabet: "abcdefghiklmnoprstuwyABKOSTW0123456789' .,?-:/旧直復旧まだ台\u212a\u017f",
    seed: 4242,
    randomCount: 5_000,
    randomMaxLength: 14,
  });
}

const TEXTS = texts();
/** For the ~3,000 regex literals of src: every 8th text (the engine's own gates below run on all of them). */
const SOME_TEXTS = TEXTS.filter((_, i) => i % 8 === 0);

/** Every regex literal of src, with where it stands. */
function regexesInSource(): (readonly [string, RegExp])[] {
  return regexLiteralsInSrc({
    literalOf: (n) => (n.kind === ts.SyntaxKind.RegularExpressionLiteral ? n : undefined),
    flags: (f) => f.replace(/[gy]/g, ''),
  });
}

/** The texts a regex matches that its gate does not let through (must be none). */
function missed(re: { test(t: string): boolean }, gate: { test(t: string): boolean }, texts: readonly string[]): string[] {
  return texts.filter((t) => re.test(t) && !gate.test(t)).slice(0, 3);
}

describe('requiredLiterals', () => {
  it.each([
    ['works?|worked', ['work']],
    ['(?<![a-z])(?:works?|fixed)(?![a-z])', ['work', 'fixed']],
    ["they['’]re\\s", ["they're", 'they’re']],
    ['(?:ab|cd)ef', ['abef', 'cdef']],
    ['x\\d+yz', ['yz']],
    ['\\bstill\\b', ['still']],
    ['a\\bb', ['ab']],
    ['ab{2,3}c', ['abbc', 'abbbc']],
    ['(?=.*tls)\\w+', ['tls']],
    ['直(?:りました|った)|復旧', ['復旧', '直った', '直りました']],
    ['13\\.\\d', ['13.']],
    ['^\\uFEFFab', ['ab']],
    ['\\x41BC', ['BC']],
    ['(a)\\1b', ['a']],
  ] as const)('%s needs one of %j', (source, want) => {
    expect(requiredLiterals(source)?.sort()).toEqual([...want].sort());
  });

  it.each(['a?b?', 'x|y?', '.*', '\\d+', '[a-z]+', '(?!no)\\w', '(?<!a)', '', 'a*', '(a)?\\1', 'x|\\d'])('%s needs nothing known', (source) => {
    expect(requiredLiterals(source)).toBeNull();
  });

  it('escapes a literal for either flag set', () => {
    const odd = 'a.b*c?(d)[e]{f}|g/h\\i^$-';
    expect(new RegExp(escapeLiteral(odd)).test(`x${odd}y`)).toBe(true);
    expect(new RegExp(escapeLiteral(odd), 'u').test(`x${odd}y`)).toBe(true);
  });
});

describe('literalGate lets through every text its regex matches', () => {
  const found = regexesInSource();

  it('finds the regex literals of src', () => {
    expect(found.length).toBeGreaterThan(1000);
  });

  it('every regex literal of src: no text matched but gated out', () => {
    const bad: string[] = [];
    let gated = 0;
    for (const [where, re] of found) {
      const gate = literalGate(re);
      if (!gate) continue;
      gated++;
      const miss = missed(re, gate, SOME_TEXTS);
      if (miss.length) bad.push(`${where} /${re.source.slice(0, 80)}/ on ${JSON.stringify(miss)}`);
    }
    expect(gated).toBeGreaterThan(500);
    expect(bad).toEqual([]);
  });

  it("each statement entry's gate (catalogue.ts), on the texts as findStatementEntry reads them", () => {
    const read = TEXTS.map(normaliseQuestion);
    const bad = STATEMENT_ENTRY_GATES.filter((g) => g.gate).flatMap((g) => missed(g.re.unicode, g.gate!.unicode, read).map((t) => `${g.id}: ${t}`));
    expect(bad).toEqual([]);
    // (And each gate is built: a statement entry with no literal known would run its patterns on every text.)
    expect(STATEMENT_ENTRY_GATES.filter((g) => !g.gate).map((g) => g.id)).toEqual([]);
  });

  it("WORKED's gate (partial-success.ts), on every text", () => {
    expect(WORKED_WITH_GATE.gate).not.toBeNull();
    expect(missed(WORKED_WITH_GATE.re, WORKED_WITH_GATE.gate!, TEXTS)).toEqual([]);
  });

  it('a gate that drops a literal lets a matched text through no more (the check can fail)', () => {
    const re = /(?<![a-z])(?:works?|fixed|resolved)(?![a-z])/i;
    const gate = literalGate(re)!;
    const cut = new RegExp(gate.source.split('|').slice(1).join('|'), gate.flags);
    expect(missed(re, gate, ['it works now', 'fixed', 'Resolved!'])).toEqual([]);
    expect(missed(re, cut, ['it works now', 'fixed', 'Resolved!']).length).toBeGreaterThan(0);
  });

  it('partial success still read with the gate (texts with and without its words)', () => {
    expect(partialSuccessIn('works now on 3 of 10 codecs')).toBe(true);
    expect(partialSuccessIn('一部の端末は直りました')).toBe(true);
    expect(partialSuccessIn('TMS 15.2.1')).toBe(false);
  });
});
