/**
 * left-e #1: tms-doctor's own probe output pasted into the chat with no endpoint release said. Rows that saw TLS 1.0 refused
 * and TLS 1.2 accepted are this problem's signature (knowledge.md Cause 1 and 2): the answer says so, with the TMS-side way
 * out, and asks for what picks the steps (not the endpoint release again). Nothing is recorded from the rows. The inputs are
 * the real CLI's output against simulated endpoints on loopback (a CE 8.1 look-alike refusing TLS 1.0, a TC 7.3.3 one
 * accepting it).
 */
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { freshState, step } from '../../src/conversation/engine';
import { diagnoseState } from '../../src/conversation/compose';
import type { ConversationState, TurnResult } from '../../src/conversation/types';
import { runCli } from '../cli/helpers';
import { rendered } from './helpers';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let tc: SimulatedEndpoint;
let ce: SimulatedEndpoint;
let ce2: SimulatedEndpoint;
let env: NodeJS.ProcessEnv;
const out: Record<string, string> = {};

const cli = (args: string[]): Promise<string> => runCli(args, env);

beforeAll(async () => {
  tc = await startSimulatedEndpoint('tc733', { keyBits: 1024, host: '127.0.5.1' });
  ce = await startSimulatedEndpoint('ce81', { keyBits: 1024, host: '127.0.5.2' });
  ce2 = await startSimulatedEndpoint('ce81', { keyBits: 1024, host: '127.0.5.3' });
  env = { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: [tc.port, ce.port, ce2.port].join(',') };
  const dir = mkdtempSync(join(tmpdir(), 'lefte-'));
  const mixed = join(dir, 'mixed.txt');
  writeFileSync(mixed, [`127.0.5.2:${ce.port}`, `127.0.5.3:${ce2.port}`, `127.0.5.1:${tc.port}`].join('\n'));
  const old = join(dir, 'old.txt');
  writeFileSync(old, [`127.0.5.1:${tc.port}`].join('\n'));
  out.fleet = await cli(['probe', '--targets', mixed, '--timeout', '800']);
  out.fleetOld = await cli(['probe', '--targets', old, '--timeout', '800']);
  out.single = await cli(['probe', `127.0.5.2:${ce.port}`, '--timeout', '800']);
}, 30000);
afterAll(async () => {
  await Promise.all([tc, ce, ce2].map((s) => s.close()));
});

function talk(lang: 'en' | 'ja', ...msgs: string[]): { r: TurnResult; s: ConversationState } {
  let s = freshState(lang);
  let r!: TurnResult;
  for (const m of msgs) {
    r = step(s, { kind: 'text', text: m });
    s = r.state;
  }
  return { r, s };
}
const codes = (s: ConversationState) => diagnoseState(s).findings.map((f) => f.code);

const CAUSE = { en: /The probe output shows the cause/, ja: /プローブの出力が原因を示しています/ };
const SIGNATURE = { en: /refused TLS 1\.0 and accepted TLS 1\.2\. That is this problem's signature/, ja: /TLS 1\.0 を拒否し、TLS 1\.2 を受け入れています。これはこの問題の特徴そのものです/ };
const TMS_SIDE = {
  en: /The fix is on the TMS server, not on the endpoints: TLS 1\.2 enabled for Schannel[^]*from Medium to Medium-High \(this turns Telnet and SNMP off in TMS\)/,
  ja: /対処するのはエンドポイントではなく TMS サーバです。そのサーバの Schannel で TLS 1\.2 を有効にし[^]*Medium から Medium-High に上げ（TMS の Telnet と SNMP が無効になります）/,
};
const TMS15 = { en: 'TMS 15.9 shows No HTTPS response for some systems. Here is the probe:', ja: 'TMS 15.9 で一部のシステムが No HTTPS response になります。プローブ結果です：' };

describe('left-e #1: pasted probe rows refusing TLS 1.0 are the cause', () => {
  it('the CLI output is what the test expects', () => {
    expect(out.fleet).toMatch(/MEDIUM FAILS[^\n]*\n[^\n]*MEDIUM FAILS[^\n]*\n[^\n]*medium ok/);
    expect(out.fleetOld).not.toMatch(/MEDIUM FAILS/);
    expect(out.single).toMatch(/TLS 1\.0 refused: TMS at Medium cannot manage this endpoint/);
  });

  it.each(['en', 'ja'] as const)('%s: fleet table with TMS 15: cause and TMS-side fix, the next question is not the endpoint release, nothing recorded', (lang) => {
    const { r, s } = talk(lang, `${TMS15[lang]}\n${out.fleet}`);
    const text = rendered(r);
    expect(text).toMatch(CAUSE[lang]);
    expect(text).toMatch(SIGNATURE[lang]);
    expect(text).toMatch(TMS_SIDE[lang]);
    expect(text).toMatch(lang === 'en' ? /2 of the 3 probed addresses/ : /プローブした 3 件のうち 2 件/);
    expect(s.pending).toBe('need-sql-version');
    expect(s.facts.endpoint).toBeUndefined();
    expect(s.facts.endpointModels ?? []).toEqual([]);
    expect(s.facts.fleet).toBeUndefined();
  });

  it.each(['en', 'ja'] as const)('%s: the rest given, the full answer is the fix (the rows still shown as the cause)', (lang) => {
    const { r, s } = talk(lang, `${TMS15[lang]}\n${out.fleet}`, lang === 'en' ? 'SQL 2016 on another server, Windows 2019, level Medium' : 'SQL 2016 は別サーバ、Windows 2019、レベルは Medium です');
    const text = rendered(r);
    expect(text).toMatch(lang === 'en' ? /This is the TLS 1\.0 problem: here is the fix/ : /TLS 1\.0 の問題/);
    expect(text).toMatch(CAUSE[lang]);
    expect(codes(s)).toEqual(expect.arrayContaining(['evidence-probe-output-cause', 'tms-medium-tls10-only']));
    expect(s.facts.endpoint).toBeUndefined();
  });

  it('the single probe table, pasted alone: cause, the way out for TMS 15 and before, the TMS release asked', () => {
    const { r, s } = talk('en', out.single);
    const text = rendered(r);
    expect(text).toMatch(CAUSE.en);
    expect(text).toMatch(/With TMS 15 or later: TLS 1\.2 enabled for Schannel[^]*TMS before 15 has no such option: upgrading TMS is the way there/);
    expect(s.pending).toBe('need-tms-version');
  });

  it('TMS 14.6.2: the TMS before 15 answer, no Medium-High on that TMS', () => {
    const { r, s } = talk('en', 'TMS 14.6.2, No HTTPS response on some codecs', out.fleet);
    expect(rendered(r)).toMatch(CAUSE.en);
    expect(codes(s)).toContain('tms-pre15-upgrade-or-downgrade');
  });

  it('control: rows that accept TLS 1.0 only settle nothing (the release still asked)', () => {
    const old = talk('en', `${TMS15.en}\n${out.fleetOld}`);
    expect(rendered(old.r)).not.toMatch(CAUSE.en);
    expect(old.s.pending).toBe('need-endpoint-version');
  });

  it('Medium-High on record: not the cause there; the already-at-Medium-High reading (what else to check)', () => {
    const mh = talk('en', 'TMS 15.9, level Medium-High, still No HTTPS response', out.fleet);
    expect(rendered(mh.r)).not.toMatch(CAUSE.en);
    expect(codes(mh.s)).toContain('already-medium-high');
  });

  it('an endpoint release said that accepts TLS 1.0: the rows contradict it, asked', () => {
    const tc733 = talk('en', 'TMS 15.9, endpoints on TC 7.3.3, No HTTPS response', out.fleet);
    expect(rendered(tc733.r)).toMatch(/What you pasted contradicts the endpoint version you gave/);
    expect(codes(tc733.s)).toContain('evidence-endpoint-refuses-tls10');
  });
});
