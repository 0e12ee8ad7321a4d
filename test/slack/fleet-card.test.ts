/**
 * The fleet summary card in Japanese: every per-system note (why a system gave no TLS answer, why
 * its stated version and the probe disagree) is Japanese, written to the style sheet; English keeps
 * the probe's own words.
 */
import type { KnownBlock } from '@slack/types';
import { jaStyleProblems } from '../../src/domain/ja-style';
import { summarise, tmsVerdicts } from '../../src/probe';
import { probeErrorText } from '../../src/probe/errors';
import type { VersionVerdict } from '../../src/probe/checks/protocols';
import { addToSummary, emptySummary, verdictOf, versionMismatch, type FleetItem } from '../../src/probe/fleet';
import type { ProbeResult } from '../../src/probe/types';
import { PROTOCOL_KEYS } from '../../src/probe/wire/clienthello';
import { fleetCard } from '../../src/slack/fleet/card';
import { probeResult } from '../fixtures/probe';

/** A result as the probe summarises it when every version attempt behaved like `v`. */
function resultOf(v: Omit<VersionVerdict, 'key' | 'ms'>, target: string): ProbeResult {
  const s = summarise(PROTOCOL_KEYS.map((key) => ({ ...v, key, ms: 1 })));
  return { target, address: '127.0.0.1', port: 443, certificate: null, durationMs: 1, ...s, tms: tmsVerdicts(s.protocols) };
}

function item(r: ProbeResult, i: number, stated: string | null = null): FleetItem {
  return { index: i, line: i + 1, input: r.target, name: null, stated, verdict: verdictOf(r), result: r, skipped: null, mismatch: versionMismatch(stated, r) };
}

const down = { accepted: null, reachable: false, tls: null, http: false } as const;
const up = { reachable: true, connect: 'ok', http: false } as const;
const RESULTS: ProbeResult[] = [
  resultOf({ ...down, connect: 'refused', detail: 'TCP connection refused (port closed)' }, '127.0.0.1:1'),
  resultOf({ ...down, connect: 'timeout', detail: 'no answer' }, '127.0.0.2:443'),
  resultOf({ ...down, connect: 'error', detail: 'TCP connection failed (EHOSTUNREACH)' }, '127.0.0.3:443'),
  resultOf({ ...up, accepted: null, tls: false, http: true, detail: 'plain HTTP' }, '127.0.0.4:80'),
  resultOf({ ...up, accepted: null, tls: false, detail: 'other bytes' }, '127.0.0.5:22'),
  resultOf({ ...up, accepted: null, tls: null, detail: 'malformed answer: x' }, '127.0.0.6:443'),
  resultOf({ ...up, accepted: null, tls: null, detail: 'no conclusive answer' }, '127.0.0.7:443'),
];

function cardText(lang: 'en' | 'ja', stated: [ProbeResult, string][] = []): string {
  const s = emptySummary();
  RESULTS.forEach((r, i) => addToSummary(s, item(r, i)));
  stated.forEach(([r, v], i) => addToSummary(s, item(r, 100 + i, v)));
  return fleetCard(s, lang)
    .blocks!.map((b: KnownBlock) => (b.type === 'section' || b.type === 'header' ? (b.text?.text ?? '') : ''))
    .join('\n');
}

/** The note after "—" on each listed system. */
const notes = (text: string) => text.split('\n').filter((l) => l.includes(' — ')).map((l) => l.slice(l.indexOf(' — ') + 3));

describe('probe error texts', () => {
  it('every error the probe summarises has a Japanese text; unknown ones are quoted, not lost', () => {
    const dropped = resultOf({ ...up, accepted: false, tls: null, detail: 'connection reset after the TLS 1.0 ClientHello' }, '127.0.0.8:443');
    for (const r of [...RESULTS, dropped]) {
      expect(probeErrorText(r.error!, 'en')).toBe(r.error);
      const ja = probeErrorText(r.error!, 'ja');
      expect(ja).not.toBe(r.error);
      expect(jaStyleProblems(ja)).toEqual([]);
    }
    expect(probeErrorText('something new happened here', 'ja')).toMatch(/「something new happened here」/);
  });
});

describe('fleet card notes', () => {
  // a CE 9 system that still accepts TLS 1.0, a TC 7.3.3 one that refuses it
  const MISMATCHED: [ProbeResult, string][] = [
    [probeResult({ target: '127.0.0.9:443', protocols: { 'tls1.0': true } }), 'CE 9.15.3'],
    [probeResult({ target: '127.0.0.10:443' }), 'TC 7.3.3'],
  ];

  it('every system that gave no TLS answer, and every version disagreement, has a note', () => {
    expect(RESULTS.every((r) => r.error)).toBe(true);
    expect(notes(cardText('en', MISMATCHED))).toHaveLength(RESULTS.length + MISMATCHED.length);
    expect(notes(cardText('ja', MISMATCHED))).toHaveLength(RESULTS.length + MISMATCHED.length);
  });

  it('English notes are the probe\'s own words', () => {
    const en = notes(cardText('en', MISMATCHED));
    for (const r of RESULTS) expect(en).toContain(r.error);
  });

  it('Japanese notes are Japanese and follow the style sheet', () => {
    const ja = notes(cardText('ja', MISMATCHED));
    for (const n of ja) {
      expect(n).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(jaStyleProblems(n)).toEqual([]);
      expect(n).not.toMatch(/[()]/);
    }
    // the distinct causes stay distinct
    expect(new Set(ja).size).toBe(ja.length);
    // the error code and the versions survive as literals
    expect(ja.join('\n')).toMatch(/EHOSTUNREACH/);
    expect(ja.join('\n')).toMatch(/CE 9\.15\.3/);
    expect(ja.join('\n')).toMatch(/TC 7\.3\.3/);
  });
});
