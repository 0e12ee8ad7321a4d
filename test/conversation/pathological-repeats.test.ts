/**
 * A message of the longest size read (MAX_MESSAGE) made of one punctuation or space character repeated around a short
 * phrase gets its reply, as the phrase alone would be read, instead of hanging the turn: regexes that backtracked
 * quadratically on such a run (a trailing-punctuation strip before `$`, `\s*[?]?\s*$`, `^\s*(…)?[、,\s]*`) and the catalogue
 * trying every entry on each of 40,000 one-character sentences took from seconds to minutes a turn.
 *
 * A turn is synchronous, so jest's timeout cannot stop one that hangs: the turns run in a child process (the sources
 * transpiled on load) that is killed after a generous time, many times what they take. No timing is asserted; timings are
 * in bench/pathological.js.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const GENEROUS_MS = 120_000;
const ROOT = path.join(__dirname, '..', '..');

/** Runs in the child: each case's turn, then what the replies say (language, texts, subheadings), as JSON. */
const CHILD = `
const fs = require('fs');
const ts = require('typescript');
require.extensions['.ts'] = (m, f) => m._compile(ts.transpileModule(fs.readFileSync(f, 'utf8'), { fileName: f, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText, f);
const { step } = require('./src/conversation/engine.ts');
const { MAX_MESSAGE } = require('./src/conversation/guards.ts');
const around = (phrase, ch, where) => {
  const pad = ch.repeat(Math.floor((MAX_MESSAGE - 2 * phrase.length) / ch.length));
  return where === 'before' ? pad + phrase : where === 'after' ? phrase + pad : phrase + pad + phrase;
};
const read = (text) => {
  const blocks = step(null, { kind: 'text', text }).replies.flatMap((r) => r.blocks.map((b) => ({ ...b, lang: r.lang })));
  return { langs: [...new Set(blocks.map((b) => b.lang))], texts: blocks.flatMap((b) => (typeof b.text === 'string' ? [b.text] : [])), subheadings: blocks.flatMap((b) => (b.type === 'subheading' ? [b.text] : [])) };
};
const cases = JSON.parse(process.argv[1]);
process.stdout.write(JSON.stringify(cases.map(([phrase, ch, where]) => read(where === 'short' ? phrase + ch.repeat(3) + phrase : around(phrase, ch, where)))));
`;

type Read = { langs: string[]; texts: string[]; subheadings: string[] };

const CASES: [string, string, 'before' | 'after' | 'between' | 'short'][] = [
  ['medium-highにしました', '…', 'before'],
  ['TLS 1.0を無効にしました', '…', 'before'],
  ['TLS 1.0を無効にしました', '?', 'between'],
  ['TLS 1.0を無効にしました', '?', 'short'],
  ['再起動は必要ですか', '\u3000', 'between'],
  ['再起動は必要ですか', '\u3000', 'short'],
  ['再起動は必要ですか', '\u3000', 'before'],
  ['we disabled TLS 1.0 yesterday and SQL is down', ' ', 'before'],
];

describe('a long run of one punctuation or space character around a phrase gets a reply', () => {
  let reads: Read[] = [];
  beforeAll(() => {
    const out = execFileSync(process.execPath, ['-e', CHILD, JSON.stringify(CASES)], { cwd: ROOT, encoding: 'utf8', timeout: GENEROUS_MS, maxBuffer: 64 * 1024 * 1024 });
    reads = JSON.parse(out) as Read[];
  }, GENEROUS_MS + 10_000);

  it('「…」 (three dots each after NFKC) before a Japanese statement: a reply in Japanese', () => {
    for (const r of [reads[0], reads[1]]) {
      expect(r.langs).toEqual(['ja']);
      expect(r.texts.join('').length).toBeGreaterThan(0);
    }
  });

  it('"?" between two copies of a question: the catalogue answers it as it does with "???" between them', () => {
    expect(reads[3].subheadings.length).toBeGreaterThan(0);
    expect(reads[2].subheadings).toEqual(reads[3].subheadings);
  });

  it('full-width spaces between two copies of a Japanese question: answered as with three of them', () => {
    expect(reads[5].subheadings.length).toBeGreaterThan(0);
    expect(reads[4].subheadings).toEqual(reads[5].subheadings);
  });

  it('full-width spaces before a Japanese question, spaces before an English report: a reply in its language', () => {
    expect(reads[6].langs).toEqual(['ja']);
    expect(reads[6].texts.join('').length).toBeGreaterThan(0);
    expect(reads[7].langs).toEqual(['en']);
    expect(reads[7].texts.join('').length).toBeGreaterThan(0);
  });
});
