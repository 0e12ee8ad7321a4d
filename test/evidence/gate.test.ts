/**
 * readPastedText's gate (mayHoldEvidence, src/evidence/text.ts): a text without any of its words is
 * not scanned. Every example the evidence tests read (their string literals, each alone, each line
 * alone and runs of consecutive ones joined as lines), the fixtures (whole and line by line) and the
 * users' messages of conversations/*.yaml are read with and without the gate: a text the gate skips
 * must read as nothing, the same as the full scan. A reader added with a pattern the gate's words do
 * not cover fails here as soon as one of its examples lacks them.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { evidenceTestFiles, stringLiterals } from './test-literals';
import { mayHoldEvidence, readPastedText, readPastedTextUngated } from '../../src/evidence/text';

const ROOT = join(__dirname, '..', '..');

function examples(): string[] {
  const set = new Set<string>();
  const add = (s: string): void => {
    if (s.length > 200_000) return;
    set.add(s);
    if (s.includes('\n')) for (const l of s.split('\n').slice(0, 2000)) if (l.trim()) set.add(l);
  };
  for (const f of evidenceTestFiles(ROOT, 'gate.test.ts')) {
    const lits = stringLiterals(readFileSync(f, 'utf8'));
    lits.forEach((l, i) => {
      add(l);
      for (let n = 2; n <= 4 && i + n <= lits.length; n++) add(lits.slice(i, i + n).join('\n'));
    });
  }
  const fixtures = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) fixtures(p);
      else if (statSync(p).size < 2_000_000) {
        const buf = readFileSync(p);
        add(buf.toString('utf8'));
        if (buf[0] === 0xff && buf[1] === 0xfe) add(buf.toString('utf16le').replace(/^\uFEFF/, ''));
      }
    }
  };
  fixtures(join(ROOT, 'test', 'fixtures'));
  const conv = join(ROOT, 'conversations');
  for (const f of readdirSync(conv).filter((x) => /\.ya?ml$/.test(x))) {
    const y = parse(readFileSync(join(conv, f), 'utf8')) as { turns?: { user?: unknown }[] };
    for (const t of y.turns ?? []) if (typeof t.user === 'string') add(t.user);
  }
  return [...set];
}

describe('readPastedText gate (mayHoldEvidence)', () => {
  const all = examples();

  it('reads every example the same with and without the gate; a skipped text holds nothing', () => {
    let skipped = 0;
    let read = 0;
    const wrong: string[] = [];
    for (const s of all) {
      const full = readPastedTextUngated(s);
      if (mayHoldEvidence(s)) {
        if (full.observations.length || Object.keys(full.facts).length) read++;
        continue;
      }
      skipped++;
      const gated = readPastedText(s);
      if (JSON.stringify(gated) !== JSON.stringify(full) || full.observations.length || Object.keys(full.facts).length || full.problems?.length || full.kind !== 'text') {
        wrong.push(`${JSON.stringify(s.slice(0, 120))}: ${full.observations.map((o) => o.code).join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
    // The examples are many and varied: thousands skipped, hundreds read as evidence.
    expect(all.length).toBeGreaterThan(5000);
    expect(skipped).toBeGreaterThan(1000);
    expect(read).toBeGreaterThan(300);
  });

  it('skips the chat messages that hold no evidence, and not a line of evidence', () => {
    for (const s of ['TMS 15.2.1, CE 9.15', 'why medium-high?', '再起動は必要ですか？', 'endpoints are on ce9.15.3', 'security level is Medium', 'SQL Server 2012 SP4 on the TMS server', 'Windows Server 2012 R2']) {
      expect(mayHoldEvidence(s)).toBe(false);
    }
    for (const s of ['Event ID 36871', 'error 3999', 'Microsoft SQL Server 2012 (SP4) - 11.0.7001.0', 'OS Name: Microsoft Windows Server 2012 R2 Standard', 'the ClientHello is TLS 1.0 and the server resets', 'クライアントハローが送られてきません', 'TMS shows No HTTPS response']) {
      expect(mayHoldEvidence(s)).toBe(true);
    }
    expect(readPastedText('TMS 15.2.1, CE 9.15')).toEqual({ kind: 'text', observations: [], facts: {}, problems: [] });
  });
});
