/**
 * What the reader-gate tests share (test/evidence/gate.test.ts, test/conversation/symptom-gate.test.ts,
 * test/conversation/r16-reader-gates.test.ts): the string literals of a test source, and the test files that read evidence.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

/** The string literals of a source file ('…', "…", `…` without ${}), decoded, in order. */
export function stringLiterals(src: string): string[] {
  const out: string[] = [];
  const re = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.|\$(?!\{))*`|\/\/[^\n]*/g;
  for (const m of src.matchAll(re)) {
    if (m[0].startsWith('//')) continue;
    try {
      const v = new Function(`return ${m[0]};`)() as unknown;
      if (typeof v === 'string' && v.trim() !== '') out.push(v);
    } catch {
      /* not a literal after all (a regex's quote) */
    }
  }
  return out;
}

/** Test files that read evidence: those under test/evidence and any other that calls the text reader; `skip`: the caller's own file name. */
export function evidenceTestFiles(root: string, skip: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.test\.ts$/.test(f) && !p.endsWith(skip)) {
        const src = readFileSync(p, 'utf8');
        if (p.includes(join('test', 'evidence')) || /readPastedText|evidence\/text|readEvidence|pastedEvidence/.test(src)) out.push(p);
      }
    }
  };
  walk(join(root, 'test'));
  return out.sort();
}
