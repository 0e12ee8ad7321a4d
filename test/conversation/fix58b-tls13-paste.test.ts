/**
 * fix58b #1: tms-doctor's own probe output pasted back for endpoints that accept only TLS 1.3 (TLS 1.0, 1.1 and 1.2 refused).
 * The reader did not keep the TLS 1.3 column, so such rows got the general advice (and, with the user's facts, "This is the
 * TLS 1.0 problem: here is the fix", whose Medium-High would not reach them). Now each such row says what TLS 1.3 did and what
 * to check (the endpoint's MinimumTLSVersion), a finding says what the bot says for one such probe, and a paste whose every
 * TLS answer is such a row does not settle the fix (as one such probe does not). A mixed paste keeps the cause for the rows
 * that refuse only TLS 1.0. Nothing is recorded from the paste.
 * The inputs are the real CLI's output against simulated endpoints on loopback (TLS 1.3 only; CE 8.1-like refusing TLS 1.0).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { readPastedText } from '../../src/evidence/text';
import { readProbeOutput } from '../../src/probe/output-read';
import { freshState, step } from '../../src/conversation/engine';
import type { TurnResult } from '../../src/conversation/types';
import { runCli } from '../cli/helpers';
import { rendered } from './helpers';

let a13: SimulatedEndpoint;
let b13: SimulatedEndpoint;
let ce: SimulatedEndpoint;
let env: NodeJS.ProcessEnv;
const out: Record<string, string> = {};

beforeAll(async () => {
  a13 = await startSimulatedEndpoint('tls13hrr', { keyBits: 1024, host: '127.0.58.1' });
  b13 = await startSimulatedEndpoint('tls13hrr', { keyBits: 1024, host: '127.0.58.2' });
  ce = await startSimulatedEndpoint('ce81', { keyBits: 1024, host: '127.0.58.3' });
  env = { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: [a13.port, b13.port, ce.port].join(',') };
  const A = `127.0.58.1:${a13.port}`;
  const B = `127.0.58.2:${b13.port}`;
  const C = `127.0.58.3:${ce.port}`;
  const t = ['--timeout', '800'];
  out.only13 = await runCli(['probe', A, B, ...t], env);
  out.mixed = await runCli(['probe', A, B, C, ...t], env);
  out.only13Json = await runCli(['probe', A, B, ...t, '--json'], env);
  out.single = await runCli(['probe', A, ...t], env);
  out.singleJson = await runCli(['probe', A, ...t, '--json'], env);
  const csv = join(mkdtempSync(join(tmpdir(), 'fix58b-')), 'r.csv');
  await runCli(['probe', A, C, ...t, '--csv', csv], env);
  out.csv = readFileSync(csv, 'utf8');
}, 30000);
afterAll(async () => {
  await Promise.all([a13, b13, ce].map((s) => s.close()));
});

const FIRST = {
  en: 'TMS 15.13, endpoints upgraded to ce9.15, Communication Security is Medium, SQL 2016 on the TMS server, Windows Server 2016',
  ja: 'TMS 15.13 です。エンドポイントは ce9.15 にアップグレード済み、Communication Security は Medium、SQL 2016 は TMS サーバ上、Windows Server 2016 です',
};
const chat = (lang: 'en' | 'ja', pasted: string, first: string | null = FIRST[lang]): TurnResult => {
  const s = first === null ? freshState(lang) : step(freshState(lang), { kind: 'text', text: first }).state;
  return step(s, { kind: 'text', text: pasted });
};
const rows = (text: string) => readPastedText(text).observations.filter((o) => o.code === 'probe-output-target');
const FIX = { en: /This is the TLS 1\.0 problem|Set Communication Security to Medium-High/, ja: /TLS 1\.0 の問題です|Medium-High にする/ };
const ONLY13_TITLE = { en: /The probe output shows (?:an endpoint|endpoints) accepting only TLS 1\.3/, ja: /プローブの出力に TLS 1\.3 しか受け付けないエンドポイントがあります/ };
const MIN = /xConfiguration NetworkServices HTTPS Server MinimumTLSVersion/;

describe('fix58b #1: pasted probe output of TLS 1.3-only endpoints', () => {
  it('the CLI output is what the test expects (made by the real CLI against loopback)', () => {
    expect(out.only13).toMatch(/NO TMS LEVEL\s+no\s+no\s+no\s+yes/);
    expect(out.mixed).toMatch(/MEDIUM FAILS\s+no\s+yes\s+yes\s+/);
    expect(out.single).toMatch(/TLS 1\.3\s+accepted/);
    expect(out.csv).toMatch(/,no-level,refused,refused,refused,refused,accepted,/);
  });

  it('the reader keeps the TLS 1.3 column in every format', () => {
    for (const k of ['only13', 'only13Json', 'single', 'singleJson'] as const) {
      const r = readProbeOutput(out[k])!;
      expect(r.targets.length).toBeGreaterThan(0);
      for (const x of r.targets) expect([k, x.tls13, x.verdict]).toEqual([k, true, 'no-level']);
    }
    const csv = readProbeOutput(out.csv)!.targets;
    expect(csv.find((x) => x.target.startsWith('127.0.58.1'))!.tls13).toBe(true);
    expect(csv.find((x) => x.target.startsWith('127.0.58.3'))!.verdict).toBe('medium-fails');
  });

  it('each TLS 1.3-only row says so and names MinimumTLSVersion, EN and JA (every format)', () => {
    for (const k of ['only13', 'only13Json', 'single', 'singleJson', 'csv'] as const) {
      const r = rows(out[k]).find((o) => o.subject?.startsWith('127.0.58.1'))!;
      expect([k, r.detail.en]).toEqual([k, expect.stringMatching(/TLS 1\.3 accepted \(only TLS 1\.3 accepted, so no TMS level reaches it: .*MinimumTLSVersion/)]);
      expect([k, r.detail.ja]).toEqual([k, expect.stringMatching(/TLS 1\.3 は受け入れ（TLS 1\.3 しか受け付けない.*MinimumTLSVersion/)]);
      expect(r.detail.en).not.toMatch(/check that this is the endpoint's HTTPS service/);
    }
  });

  for (const lang of ['en', 'ja'] as const) {
    for (const k of ['only13', 'single', 'only13Json'] as const) {
      it(`${lang}: ${k} alone after the facts: what one such probe gets, not the TLS 1.0 fix; nothing recorded`, () => {
        const r = chat(lang, out[k]);
        const text = rendered(r);
        expect(text).toMatch(ONLY13_TITLE[lang]);
        expect(text).toMatch(MIN);
        expect(text).not.toMatch(FIX[lang]);
        expect(text).toMatch(lang === 'en' ? /Not settled yet/ : /まだ判断できません/);
        const f = r.state.facts;
        expect(f.level).toBe('medium');
        expect(f.endpoint?.raw).toMatch(/9\.15/);
        expect(f.probe).toBeUndefined();
      });
    }

    it(`${lang}: a mixed paste: the TLS 1.3 finding for those rows and the cause with the fix for the TLS 1.0-refusing one`, () => {
      const text = rendered(chat(lang, out.mixed));
      expect(text).toMatch(ONLY13_TITLE[lang]);
      expect(text).toMatch(lang === 'en' ? /The probe output shows the cause/ : /プローブの出力が原因を示しています/);
      expect(text).toMatch(FIX[lang]);
      expect(text).toMatch(lang === 'en' ? /2 of the 3 probed addresses .*accepted only TLS 1\.3/ : /プローブした 3 件のうち 2 件が TLS 1\.0・1\.1・1\.2 のいずれも拒否/);
    });

    it(`${lang}: pasted first, with no facts: the TLS 1.3 finding leads`, () => {
      const text = rendered(chat(lang, out.only13, null));
      expect(text).toMatch(ONLY13_TITLE[lang]);
      expect(text).toMatch(MIN);
    });
  }

});

/**
 * fix58b (found on the way): the fleet CSV's header line ("line,target,…,tms_medium,tms_medium_high,…") was not masked as the
 * tool's (its cheap word test knew only the table's upper-case LINE), so pasting the CSV report read "medium_high" as the
 * user's level: 'level Medium' became Medium-High.
 */
describe('fix58b: the fleet CSV pasted does not move the level', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: the whole CSV, and its header line alone: the level stays Medium`, () => {
      expect(chat(lang, out.csv).state.facts.level).toBe('medium');
      expect(chat(lang, out.csv.split('\n')[0]).state.facts.level).toBe('medium');
    });
  }
  it('control: the user saying Medium-High in words still records it', () => {
    expect(chat('en', 'we have now set Communication Security to Medium-High').state.facts.level).toBe('medium-high');
  });
});
