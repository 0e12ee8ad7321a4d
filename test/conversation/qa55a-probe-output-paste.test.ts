/**
 * QA55 #1, #4: tms-doctor's own probe output (fleet table, fleet --json lines, single table, single --json) pasted into the
 * chat or read with `evidence`. The inputs are the real CLI's output, made here against simulated endpoints on loopback
 * (a TC 7.3.3 look-alike that accepts TLS 1.0, a CE 8.1 look-alike that refuses it, a port answering in plain HTTP).
 * Its cells (system names, stated releases, "answers in plain HTTP") are the tool's, never facts; its rows are evidence.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { readPastedText } from '../../src/evidence/text';
import { freshState, step } from '../../src/conversation/engine';
import type { TurnResult } from '../../src/conversation/types';
import { runCli } from '../cli/helpers';
import { rendered } from './helpers';

let tc: SimulatedEndpoint;
let ce: SimulatedEndpoint;
let http: SimulatedEndpoint;
let env: NodeJS.ProcessEnv;
const out: Record<string, string> = {};

const cli = (args: string[]): Promise<string> => runCli(args, env);

beforeAll(async () => {
  tc = await startSimulatedEndpoint('tc733', { keyBits: 1024, host: '127.0.2.1' });
  ce = await startSimulatedEndpoint('ce81', { keyBits: 1024, host: '127.0.2.2' });
  http = await startSimulatedEndpoint('http', { host: '127.0.2.3' });
  env = { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: [tc.port, ce.port, http.port].join(',') };
  const dir = mkdtempSync(join(tmpdir(), 'qa55a-'));
  const file = join(dir, 'systems.csv');
  writeFileSync(
    file,
    [
      'System Name;Network Address;Software Version',
      `Lobby SX20;127.0.2.1:${tc.port};TC7.3.3`,
      `Board 3F;127.0.2.2:${ce.port};RoomOS 11.9`,
      `Old MX300;127.0.2.2:${ce.port};TC7.3.5`,
      `HTTP only;127.0.2.3:${http.port};CE8`,
    ].join('\n'),
  );
  out.fleet = await cli(['probe', '--targets', file, '--timeout', '800']);
  out.fleetJson = await cli(['probe', '--targets', file, '--timeout', '800', '--json']);
  out.http = await cli(['probe', `127.0.2.3:${http.port}`, '--timeout', '800']);
  out.tcJson = await cli(['probe', `127.0.2.1:${tc.port}`, '--timeout', '800', '--json']);
  out.ceJson = await cli(['probe', `127.0.2.2:${ce.port}`, '--timeout', '800', '--json']);
}, 30000);
afterAll(async () => {
  await Promise.all([tc, ce, http].map((s) => s.close()));
});

const FIRST = {
  en: 'TMS 15.13, half the codecs show No HTTPS response since the weekend upgrade to ce9.15, SQL 2016 on the TMS server',
  ja: 'TMS 15.13 です。週末に ce9.15 にアップグレードしてから半分のコーデックで No HTTPS response が出ます。SQL 2016 は TMS サーバ上です',
};
const chat = (lang: 'en' | 'ja', pasted: string, first: string = FIRST[lang]): TurnResult => {
  const s = step(freshState(lang), { kind: 'text', text: first }).state;
  return step(s, { kind: 'text', text: pasted });
};

describe('probe output pasted: no facts from its cells, its rows as evidence (QA55 #1)', () => {
  it('the CLI output is what the test expects (made by the real CLI against loopback)', () => {
    expect(out.fleet).toMatch(/Board 3F\s+RoomOS 11\.9\s+MEDIUM FAILS/);
    expect(out.fleet).toMatch(/not TLS: the port answers in plain HTTP/);
    expect(out.fleetJson).toMatch(/^\{"target":/m);
    expect(out.http).toMatch(/does not speak TLS/);
    expect(JSON.parse(out.tcJson).protocols['tls1.0']).toBe(true);
  });

  for (const lang of ['en', 'ja'] as const) {
    for (const what of ['fleet', 'fleetJson', 'http'] as const) {
      it(`${lang}: ${what}: the release, models and HTTP stay as said; still the TLS 1.0 problem`, () => {
        const r = chat(lang, out[what]);
        const f = r.state.facts;
        expect(f.endpoint?.raw).toMatch(/9\.15/);
        expect(f.https).not.toBe(false);
        expect(f.endpointModels ?? []).toEqual([]);
        const text = rendered(r);
        expect(text).not.toMatch(/RoomOS 11\.9|TC 7\.3\.3|HTTP only\)|HTTP のみ/);
        expect(text).toMatch(lang === 'en' ? /This is the TLS 1\.0 problem/ : /TLS 1\.0 の問題/);
      });
    }
  }

  it('the fleet rows are read as evidence: TLS 1.0 refused is the cause at Medium, the non-TLS row is to be checked on its own', () => {
    const o = readPastedText(out.fleet).observations;
    const row = (addr: string) => o.find((x) => x.code === 'probe-output-target' && x.subject?.startsWith(addr))!;
    expect(row('127.0.2.2').detail.en).toMatch(/refuses TLS 1\.0, the cause of "No HTTPS response" while TMS is at Medium/);
    expect(row('127.0.2.2').detail.ja).toMatch(/原因/);
    expect(row('127.0.2.3').detail.en).toMatch(/not the TLS version problem, check this one on its own.*HTTP Mode/);
    expect(row('127.0.2.3').detail.ja).toMatch(/別に調べて.*HTTP Mode/);
  });

  it('in Slack\'s code fence (``` glued to its first and last lines): the same', () => {
    const r = chat('en', `here is our fleet probe:\n\`\`\`${out.fleet.trimEnd()}\`\`\``);
    expect(r.state.facts.endpoint?.raw).toMatch(/9\.15/);
    expect(r.state.facts.https).not.toBe(false);
    expect(r.state.facts.endpointModels ?? []).toEqual([]);
  });

  it('the user\'s own words around the paste are still read', () => {
    const r = chat('en', `here is the probe output:\n${out.fleet}\n1 more thing: TMS runs on Windows Server 2019\nSQL is 2016 SP2`, 'TMS 15.13, No HTTPS response since the upgrade to ce9.15');
    expect(r.state.facts.sql?.sp).toBe(2);
    expect(r.state.facts.windows?.raw).toMatch(/2019/);
    expect(r.state.facts.endpoint?.raw).toMatch(/9\.15/);
  });
});

describe('single `probe --json` output (QA55 #4)', () => {
  it('read as probe output with its verdict from its fields, not as a failed handshake', () => {
    const tcr = readPastedText(out.tcJson);
    expect(tcr.observations.map((o) => o.code)).toContain('probe-output');
    expect(tcr.observations.map((o) => o.code)).not.toContain('tool-tls-failed');
    expect(tcr.observations.find((o) => o.code === 'probe-output-target')!.detail.en).toMatch(/TLS 1\.0 accepted.*TMS at Medium works/);
    const cer = readPastedText(out.ceJson);
    expect(cer.observations.find((o) => o.code === 'probe-output-target')!.detail.en).toMatch(/TLS 1\.0 refused, TLS 1\.2 accepted/);
  });

  it('in a chat: no "failed handshake" finding, no fact from it', () => {
    const r = chat('en', out.tcJson, 'TMS 15.13, endpoints on TC7.3.3, SQL 2016 on the TMS server, Windows 2019, level Medium');
    expect(rendered(r)).not.toMatch(/failed handshake/);
    expect(rendered(r)).toMatch(/own probe output/);
    expect(r.state.facts.endpoint?.raw).toMatch(/7\.3\.3/);
  });
});
