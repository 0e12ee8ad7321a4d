/**
 * groupedByFirstLetter (src/domain/understand/first-letter.ts): a word gate's alternatives grouped by their first letter must
 * let through exactly the texts the gate does. Checked on the gates it runs for (the clause modes' MODE_GATE and ASKED_GATE)
 * and on sources built to catch a wrong cut (classes holding `|` or `(`, escapes, quantifiers after the first letter,
 * lookbehinds, anchors, case), over the grid's texts, the users' messages of conversations/*.yaml, their sentences and
 * clauses, and short random strings of the characters those sources use. Every gate written in src as
 * `groupedByFirstLetter(/…/)` is checked the same way, each with its own source as the original.
 */
import * as ts from 'typescript';
import { groupedByFirstLetter } from '../../src/domain/understand/first-letter';
import { ASKED_GATE, MODE_GATE } from '../../src/domain/understand/cues';
import { gateCorpus, regexLiteralsInSrc } from './gate-corpus';

function texts(): string[] {
  return gateCorpus({
    maxLength: 50_000,
    // Short random strings over the letters, marks and Japanese the sources below use.
    alphabet: "abcdefgilnoprstuwxyzABINOST0123456789' |()[]\\-.?:旧新古い前のだけまだ\u212a\u017f",
    seed: 12345,
    randomCount: 20_000,
    randomMaxLength: 12,
  });
}

const SAMPLES: RegExp[] = [
  MODE_GATE,
  ASKED_GATE,
  /old|previous|former|original|legacy|new|旧|古い|以前|前の|元の|新/i,
  /only|not\syet|done\syet|still\sto\sdo|だけ|のみ|まだ|これから/i,
  /other|second|2nd|first|1st|primary|standby|passive|active|backup|one|node|[^\x00-\x7f]/i,
  /ab?c|a{2}|a|[|(]x|b[)|]|\||\(|(?<![a-z])or|^no|yes$|k|s|1st|1\.0|'d|n'?t/i,
  /Old|old|OLD|[A-Z]x|Ab|aB/,
  /k|s|kelvin|sun/iu,
];

/** Each regex literal of src written as `groupedByFirstLetter(/…/flags)`, with where it stands. */
function gatesInSource(): (readonly [string, RegExp])[] {
  return regexLiteralsInSrc({
    fileHas: 'groupedByFirstLetter(/',
    literalOf: (n) =>
      ts.isCallExpression(n) && n.expression.getText() === 'groupedByFirstLetter' && n.arguments[0]?.kind === ts.SyntaxKind.RegularExpressionLiteral
        ? n.arguments[0]
        : undefined,
  });
}

describe('groupedByFirstLetter', () => {
  const all = texts();
  /** The grouped gate lets through exactly the texts the original does, and both answers occur (so the check means something). */
  const expectSameTexts = (re: RegExp): void => {
    const grouped = groupedByFirstLetter(re);
    expect(grouped.flags).toBe(re.flags);
    expect(all.filter((t) => re.test(t) !== grouped.test(t))).toEqual([]);
    expect(all.some((t) => re.test(t))).toBe(true);
    expect(all.some((t) => !re.test(t))).toBe(true);
  };

  it.each(SAMPLES.map((re, i) => [`#${i} ${re.source.slice(0, 50)}`, re] as const))('%s: the same texts pass', (_n, re) => {
    expectSameTexts(re);
  });

  const GATES = gatesInSource();

  it('finds the gates written in src', () => {
    // (The thirteen of perf60a and the ten of perf60c at least: a scan that finds nothing checks nothing.)
    expect(GATES.length).toBeGreaterThanOrEqual(23);
    expect(GATES.map(([where]) => where)).toEqual(expect.arrayContaining([expect.stringMatching(/^src\/conversation\/partial-success\.ts:/)]));
  });

  it.each(GATES.map(([where, re]) => [where, re] as const))('%s: the grouped gate lets through the same texts', (_w, re) => {
    expectSameTexts(re);
  });

  it('groups the alternatives that share a first letter, and keeps the others whole', () => {
    expect(groupedByFirstLetter(/not|never|if|n'?t|\bwas|[^\x00-\x7f]|いい|いや/i).source).toBe("n(?:ot|ever|'?t)|if|い(?:い|や)|\\bwas|[^\\x00-\\x7f]");
    expect(groupedByFirstLetter(/Old|old/).source).toBe('Old|old');
    expect(groupedByFirstLetter(/Old|old/i).source).toBe('o(?:ld|ld)');
  });

  it('leaves alone what it cannot group without changing a reading', () => {
    for (const re of [/(a)|b/i, new RegExp('a|\\1b'), /(?<x>a)|b/, /ab|ac/g, /ab|ac/y, /abc/i, /(?:ab|ac)/i]) expect(groupedByFirstLetter(re)).toBe(re);
  });
});
