/**
 * The texts a gate is proven over (test/domain/first-letter.test.ts, test/domain/required-literals.test.ts): every case of
 * the regression grid when it is on this machine, every user turn of conversations/*.yaml, each with its sentences and
 * clauses, and short random strings over an alphabet of the letters, marks and Japanese the gated sources use (a fixed seed:
 * the same strings each run).
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import * as ts from 'typescript';
import { parse } from 'yaml';

export interface CorpusOptions {
  /** Longer texts are left out. */
  maxLength: number;
  alphabet: string;
  seed: number;
  /** How many random strings, and their longest length. */
  randomCount: number;
  randomMaxLength: number;
}

export function gateCorpus(o: CorpusOptions): string[] {
  const set = new Set<string>();
  const add = (s: unknown): void => {
    if (typeof s !== 'string' || s.length > o.maxLength) return;
    set.add(s);
    for (const piece of s.split(/(?<=[.!?。！？\n])\s*|[,;、，；]\s*/)) if (piece.trim()) set.add(piece);
  };
  const walk = (x: unknown): void => {
    if (typeof x === 'string') add(x);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') Object.values(x).forEach(walk);
  };
  try {
    walk(JSON.parse(readFileSync('/work/tools/grid-cases.json', 'utf8')));
  } catch {
    /* the grid's cases live outside the repository: the conversations and the random strings below still run */
  }
  const dir = join(__dirname, '..', '..', 'conversations');
  for (const f of readdirSync(dir).sort()) {
    const d = parse(readFileSync(join(dir, f), 'utf8')) as { turns?: { user?: unknown }[] };
    for (const t of d?.turns ?? []) add(t.user);
  }
  let seed = o.seed;
  const rnd = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let i = 0; i < o.randomCount; i++) {
    let s = '';
    const len = 1 + rnd(o.randomMaxLength);
    for (let j = 0; j < len; j++) s += o.alphabet[rnd(o.alphabet.length)];
    set.add(s);
  }
  return [...set];
}

/**
 * The regular-expression literals of src that `literalOf` picks out of the TypeScript syntax tree (the literal itself, or
 * none), each with where it stands and built with its flags (`flags` may drop some); files without `fileHas` are skipped.
 */
export function regexLiteralsInSrc(o: {
  literalOf: (n: ts.Node) => ts.Node | undefined;
  fileHas?: string;
  flags?: (flags: string) => string;
}): (readonly [string, RegExp])[] {
  const root = join(__dirname, '..', '..');
  const out: (readonly [string, RegExp])[] = [];
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir).sort()) {
      const path = join(dir, f);
      if (statSync(path).isDirectory()) walk(path);
      else if (f.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        if (o.fileHas !== undefined && !text.includes(o.fileHas)) continue;
        const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
        const visit = (n: ts.Node): void => {
          const lit = o.literalOf(n);
          if (lit !== undefined) {
            const m = /^\/(.*)\/([a-z]*)$/s.exec(lit.getText())!;
            const line = file.getLineAndCharacterOfPosition(n.getStart()).line + 1;
            out.push([`${relative(root, path)}:${line}`, new RegExp(m[1]!, o.flags ? o.flags(m[2]!) : m[2])] as const);
          }
          ts.forEachChild(n, visit);
        };
        visit(file);
      }
    }
  };
  walk(join(root, 'src'));
  return out;
}
