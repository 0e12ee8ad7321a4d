/**
 * pastedEvidence's shortcut for a chat line that says the symptom (symptomSaidOnly, src/conversation/evidence.ts): a line
 * whose one word for the text reader is the "http" of "No HTTPS response" is not read, its reading null. Every text the
 * shortcut skips here is read in full too and must read as nothing: the evidence tests' examples and the users' messages of
 * conversations/*.yaml, each line with the phrase before it, after it and in its middle, and the messages as they are.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { evidenceTestFiles, stringLiterals } from '../evidence/test-literals';
import { pastedEvidence, readEvidence, symptomSaidOnly } from '../../src/conversation/evidence';
import { step } from '../../src/conversation/engine';

const ROOT = join(__dirname, '..', '..');

/** Single lines of the examples and the yaml messages (each at most 1,000 characters), and the yaml messages whole. */
function lines(): { lines: string[]; messages: string[] } {
  const set = new Set<string>();
  const messages: string[] = [];
  const add = (s: string): void => {
    for (const l of s.split(/\r?\n/).slice(0, 2000)) if (l.trim() && l.length <= 1000) set.add(l.trim());
  };
  for (const f of evidenceTestFiles(ROOT, 'symptom-gate.test.ts')) for (const l of stringLiterals(readFileSync(f, 'utf8'))) add(l);
  const conv = join(ROOT, 'conversations');
  for (const f of readdirSync(conv).filter((x) => /\.ya?ml$/.test(x))) {
    const y = parse(readFileSync(join(conv, f), 'utf8')) as { turns?: { user?: unknown }[] };
    for (const t of y.turns ?? []) {
      if (typeof t.user !== 'string') continue;
      messages.push(t.user);
      add(t.user);
    }
  }
  return { lines: [...set], messages };
}

describe('symptomSaidOnly (pastedEvidence skips a chat line that only says the symptom)', () => {
  const { lines: all, messages } = lines();

  it('reads every text it skips as nothing when read in full', () => {
    let skipped = 0;
    const wrong: string[] = [];
    const check = (s: string): void => {
      if (!symptomSaidOnly(s)) return;
      skipped++;
      const full = readEvidence(s);
      if (full !== null) wrong.push(`${JSON.stringify(s.slice(0, 120))}: ${full.observations.map((o) => o.code).join(', ')}`);
    };
    for (const m of messages) check(m);
    for (const l of all) {
      check(l);
      check(`TMS shows No HTTPS response ${l}`);
      check(`${l} No HTTPS response`);
      check(`${l}, no https response.`);
      const mid = l.indexOf(' ', l.length >> 1);
      if (mid > 0) check(`${l.slice(0, mid)} (No HTTPS response) ${l.slice(mid + 1)}`);
    }
    expect(wrong).toEqual([]);
    // Many texts of every kind are skipped: thousands.
    expect(all.length).toBeGreaterThan(3000);
    expect(skipped).toBeGreaterThan(3000);
  });

  it('skips the symptom said in chat, and not a line with any other word a reader needs', () => {
    for (const s of [
      'TMS shows No HTTPS response after we upgraded the codecs',
      'No HTTPS response',
      'all our SX80s show "No HTTPS response" in TMS since yesterday',
      'TMS shows No HTTPS response for 10.0.0.5',
    ]) {
      expect(symptomSaidOnly(s)).toBe(true);
      expect(readEvidence(s)).toBeNull();
    }
    for (const s of [
      'No HTTPS response, event 36871 in the System log',
      'No HTTPS response; the ClientHello gets a reset',
      'No HTTPS response\nTMS 15.2.1',
      '> No HTTPS response',
      'No HTTPS response ```',
      'No HTTPS response ｎｃａｔ：',
      'No HTTPS response over http://tms01/tms',
      'xNo HTTPS response',
      'No HTTPSresponse',
      'TMS shows No HTTPS response with TLS 1.2',
      'Microsoft SQL Server 2012 No HTTPS response',
      `No HTTPS response ${'x'.repeat(2000)}`,
    ]) {
      expect(symptomSaidOnly(s)).toBe(false);
    }
    // The engine's turn reads the same with the shortcut: the conversation's first message starts the diagnosis.
    expect(pastedEvidence('TMS shows No HTTPS response after we upgraded the codecs')).toBeNull();
    const r = step(null, { kind: 'text', text: 'TMS shows No HTTPS response after we upgraded the codecs' });
    expect(r.replies.length).toBeGreaterThan(0);
  });
});
