/**
 * R33B item 1: the chat's fleet summary keeps ports where TLS 1.0, 1.1 and 1.2 all failed apart from
 * "refuse TLS 1.0: this is the problem" (as the CLI report and the Slack card do), and says what to
 * check. Real local servers on 127.0.0.1 only.
 */
import { Readable } from 'node:stream';
import { policyFromEnv } from '../../src/probe';
import { runFleet } from '../../src/probe/fleet';
import { readTargets } from '../../src/probe/targets';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { fleetFactFrom, type FleetFact } from '../../src/domain/fleet';
import { freshState, step } from '../../src/conversation/engine';
import { jaStyleProblems } from '../../src/domain/ja-style';
import { rendered } from '../conversation/helpers';

let tc: SimulatedEndpoint;
let ce: SimulatedEndpoint;
let reset: SimulatedEndpoint;
let env: Record<string, string>;

beforeAll(async () => {
  tc = await startSimulatedEndpoint('tc733', { keyBits: 1024, host: '127.0.0.1' });
  ce = await startSimulatedEndpoint('ce81', { keyBits: 1024, host: '127.0.0.1' });
  reset = await startSimulatedEndpoint('reset', { host: '127.0.0.1' });
  env = { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: [tc.port, ce.port, reset.port].join(',') };
});
afterAll(async () => {
  await Promise.all([tc, ce, reset].map((s) => s.close()));
});

async function probe(rows: string[]): Promise<FleetFact> {
  const csv = ['System Name,Network Address,Software Version', ...rows].join('\n');
  const summary = await runFleet(readTargets(Readable.from([csv])), { policy: policyFromEnv(env), timeoutMs: 800 });
  return fleetFactFrom(summary);
}

/** The fleet result in a fresh conversation, then the TMS details: both turns rendered. */
function chat(lang: 'en' | 'ja', fleet: FleetFact, more = ''): { context: string; answer: string } {
  const first = step(freshState(lang), { kind: 'fleet', fleet });
  const details = (lang === 'ja' ? 'TMS 15.2.1、SQL Server 2016、Windows Server 2019、Medium です' : 'TMS 15.2.1, SQL Server 2016, Windows Server 2019, Medium') + more;
  const second = step(first.state, { kind: 'text', text: details });
  return { context: rendered(first), answer: rendered(second) };
}

describe('chat fleet summary: ports where TLS 1.0, 1.1 and 1.2 all failed (R33B)', () => {
  it('EN: one refuses TLS 1.0 (the problem), one failed all three (what to check), one accepts', async () => {
    const fleet = await probe([`Room-A,127.0.0.1:${tc.port},TC7.3.3`, `Room-B,127.0.0.1:${ce.port},TC7.3.21`, `Room-C,127.0.0.1:${reset.port},TC7.3.3`]);
    expect(fleet).toMatchObject({ probed: 3, mediumFails: 1, mediumOk: 1, noLevel: 1 });
    const { context, answer } = chat('en', fleet);
    expect(context).toMatch(/1 refuses TLS 1\.0, 1 failed TLS 1\.0, 1\.1 and 1\.2 alike/);
    expect(answer).toMatch(/1 of 3 probed endpoints refuses TLS 1\.0: this is the problem/);
    expect(answer).not.toMatch(/2 of 3 probed endpoints refuse TLS 1\.0/);
    // Room-C resets TLS 1.3 too: not the minimum TLS version; a firewall or IPS, the address, HTTPS on the endpoint first.
    expect(answer).toMatch(/TLS 1\.0, 1\.1 and 1\.2 all failed[^\n]*refused TLS 1\.3 too[^\n]*firewall or IPS[^\n]*HTTP Mode/);
    expect(answer).not.toMatch(/minimum TLS version setting/);
  });

  it('JA: the same split, with what to check', async () => {
    const fleet = await probe([`Room-A,127.0.0.1:${tc.port},TC7.3.3`, `Room-B,127.0.0.1:${ce.port},TC7.3.21`, `Room-C,127.0.0.1:${reset.port},TC7.3.3`]);
    const { context, answer } = chat('ja', fleet);
    expect(context).toMatch(/3 台中 1 台が TLS 1\.0 を拒否、1 台で TLS 1\.0・1\.1・1\.2 がすべて不成立/);
    expect(answer).toMatch(/調べた 3 台のうち 1 台が TLS 1\.0 を拒否しています。これが原因です/);
    expect(answer).not.toMatch(/3 台のうち 2 台が TLS 1\.0 を拒否/);
    expect(answer).toMatch(/TLS 1\.0・1\.1・1\.2 のどれも成立しませんでした[^\n]*TLS 1\.3 も拒否[^\n]*ファイアウォールや IPS[^\n]*HTTP Mode/);
    expect(answer).not.toMatch(/TLS 最小バージョンの設定/);
    for (const line of answer.split('\n').filter((l) => /成立しませんでした/.test(l))) expect(jaStyleProblems(line.replace(/[*•>]/g, '').trim())).toEqual([]);
  });

  it('EN and JA: when TLS 1.0, 1.1 and 1.2 all failed everywhere, the chat does not call it "this is the problem"', async () => {
    const fleet = await probe([`Room-C,127.0.0.1:${reset.port},ce9.15.3`]);
    expect(fleet).toMatchObject({ probed: 1, mediumFails: 0, noLevel: 1 });
    const en = chat('en', fleet, ', endpoints on CE 9.15.3');
    expect(en.context).toMatch(/0 refuse TLS 1\.0, 1 failed TLS 1\.0, 1\.1 and 1\.2 alike/);
    expect(en.answer).not.toMatch(/refuses? TLS 1\.0: this is the problem/);
    expect(en.answer).toMatch(/TLS 1\.0, 1\.1 and 1\.2 all failed at 1 of 1/);
    expect(en.answer).toMatch(/firewall or IPS[^\n]*HTTP Mode/);
    const ja = chat('ja', fleet, '。エンドポイントは CE 9.15.3 です');
    expect(ja.answer).not.toMatch(/台が TLS 1\.0 を拒否しています。これが原因です/);
    expect(ja.answer).toMatch(/ファイアウォールや IPS[^\n]*HTTP Mode/);
  });
});
