/**
 * The message-level readers extractFacts does not run on a message of version facts alone (src/domain/extract.ts, factsOnly;
 * factsOnlyMessage, src/domain/understand/facts-only.ts): the extraction must be the same with them run. Read both ways and
 * compared (JSON): every one-word message of the profile in every context, every two-word one without context and in one drawn
 * context, one in sixteen of the three-word ones
 * (drawn) in the usual contexts, thousands of longer generated ones in random contexts, and the facts-only messages of conversations/*.yaml.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { extractFacts, setFactsOnlyGate, type ExtractContext } from '../../src/domain/extract';
import { factsOnlyMessage } from '../../src/domain/understand/facts-only';

// (The words of test/conversation/route-gates.test.ts, with a few more releases.)
const TOKENS = [
  'tms', 'TMS', 'sql', 'SQL', 'server', 'Server', 'windows', 'Windows', 'ce', 'CE', 'tc', 'TC', 'roomos', 'endpoint', 'endpoints',
  'codec', 'codecs', 'security', 'level', 'medium', 'Medium', 'is', 'are', 'on', 'the', '2008', '2012', '2016', '2019', '2022',
  'R2', 'SP2', 'SP4', '15.2.1', '14.6.2', '15.13', '9.15.3', 'ce9.15.3', 'tc7.3.6', '7.3.3', '11.0.7001', '13.0.5026.0', '1.0',
  '1.2', '15', 'v15.2', '0', '2', '3', '2025', 'SP1', '8.0', '11.14', 'v9', '10.50.6000.34',
];

const CONTEXTS: (ExtractContext | undefined)[] = [
  undefined,
  { devicesBefore: 'others' },
  { devicesBefore: 'both' },
  { siteText: true },
  { sqlLocalBefore: true, sqlPlaceBefore: true },
  { sqlPlaceBefore: true },
  { sqlAsked: true },
  { sqlKnown: true },
  { windowsKnown: true },
  { sqlAsked: true, sqlKnown: true, windowsKnown: true, sqlPlaceBefore: true, sqlLocalBefore: true },
];

function yamlFactsOnly(): string[] {
  const dir = join(__dirname, '..', '..', 'conversations');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((x) => /\.ya?ml$/.test(x))) {
    const y = parse(readFileSync(join(dir, f), 'utf8')) as { turns?: { user?: unknown }[] };
    for (const t of y.turns ?? []) if (typeof t.user === 'string' && factsOnlyMessage(t.user)) out.push(t.user);
  }
  return out;
}

describe('extractFacts on a message of version facts alone', () => {
  afterEach(() => setFactsOnlyGate(true));

  let seed = 64;
  const rnd = (n: number) => {
    // (Math.imul: a plain product passes 2^53 and loses its low bits, and the draws fell into a short cycle that kept ~all cases.)
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  };

  it('reads the same with the message-level readers run', () => {
    const cases: [string, ExtractContext | undefined][] = [];
    for (const a of TOKENS) {
      for (const c of CONTEXTS) cases.push([a, c]);
      for (const b of TOKENS) {
        // (Every two-word message without context and in one drawn context: all ten contexts took ~20 s of a loaded CI.)
        cases.push([`${a} ${b}`, undefined], [`${a} ${b}`, CONTEXTS[1 + rnd(CONTEXTS.length - 1)]]);
        // (One in sixteen of the three-word messages, drawn.)
        for (const d of TOKENS) if (rnd(16) === 0) cases.push([`${a} ${b} ${d}`, CONTEXTS[rnd(3) === 0 ? rnd(CONTEXTS.length) : 0]]);
      }
    }
    for (let i = 0; i < 2000; i++) {
      const words: string[] = [];
      for (let n = 4 + rnd(12); n > 0; n--) words.push(TOKENS[rnd(TOKENS.length)]!);
      cases.push([words.join(' '), CONTEXTS[rnd(CONTEXTS.length)]]);
    }
    for (const t of yamlFactsOnly()) for (const c of CONTEXTS) cases.push([t, c]);
    const texts = cases.filter(([t]) => factsOnlyMessage(t));
    expect(texts.length).toBeGreaterThan(12_000);
    const wrong: string[] = [];
    let withFacts = 0;
    for (const [t, c] of texts) {
      setFactsOnlyGate(true);
      const gated = JSON.stringify(extractFacts(t, c));
      setFactsOnlyGate(false);
      const full = JSON.stringify(extractFacts(t, c));
      if (gated !== full) wrong.push(`${t} ${JSON.stringify(c)}: ${gated} / ${full}`);
      if (gated.length > 40) withFacts++;
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    // Most of them read as facts.
    expect(withFacts).toBeGreaterThan(texts.length / 2);
  }, 600_000);

  it('the readers skipped are the ones it needs: the same message with another word is read in full', () => {
    // ("security level is Medium" is skipped; "we left the security level at Medium" is not of the profile: levelUntouched reads it.)
    expect(factsOnlyMessage('security level is Medium')).toBe(true);
    expect(factsOnlyMessage('the security level was never touched')).toBe(false);
    expect(extractFacts('the security level was never touched').facts.level).toBe('medium');
  });
});
