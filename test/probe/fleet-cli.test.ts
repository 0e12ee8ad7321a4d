/** `tms-doctor probe --targets` end to end against real local servers (loopback only). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli';
import { progressLine } from '../../src/cli/probe-fleet';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { splitCsv } from '../../src/probe/targets';
import { makeIO } from '../cli/helpers';

let tc: SimulatedEndpoint;
let ce: SimulatedEndpoint;
let http: SimulatedEndpoint;
let env: NodeJS.ProcessEnv;
let dir: string;

beforeAll(async () => {
  tc = await startSimulatedEndpoint('tc733', { keyBits: 1024, host: '127.0.2.1' });
  ce = await startSimulatedEndpoint('ce81', { keyBits: 1024, host: '127.0.2.2' });
  http = await startSimulatedEndpoint('http', { host: '127.0.2.3' });
  // Loopback only: PROBE_ALLOW replaces the default private ranges, so 10.x is refused unsent.
  env = { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: [tc.port, ce.port, http.port, 443].join(',') };
  dir = mkdtempSync(join(tmpdir(), 'fleet-cli-'));
});
afterAll(async () => {
  await Promise.all([tc, ce, http].map((s) => s.close()));
});

function navigatorCsv(): string {
  return [
    '"System Name","Network Address","Software Version","System Type"',
    `"Room 1","127.0.2.1:${tc.port}","ce9.15.3.17","Room Kit"`,
    `"Room 2","127.0.2.2:${ce.port}","TC7.3.6","SX20"`,
    `"Lobby, North","127.0.2.3:${http.port}","",""`,
    `"Elsewhere","10.9.9.9","CE 9.1",""`,
    `"Room 2 again","127.0.2.2:${ce.port}","TC7.3.6","SX20"`,
  ].join('\r\n');
}

describe('tms-doctor probe --targets', () => {
  it('a Navigator CSV: table, summary, CSV report; the refused target is a row, not an error', async () => {
    const file = join(dir, 'systems.csv');
    const out = join(dir, 'report.csv');
    writeFileSync(file, navigatorCsv());
    const t = makeIO(undefined, { env });
    expect(await main(['probe', '--targets', file, '--timeout', '800', '--csv', out], t)).toBe(0);
    const text = t.out();
    expect(text).toMatch(/^LINE\s+TARGET\s+NAME/);
    expect(text).toMatch(/Room 2\s+TC7\.3\.6\s+MEDIUM FAILS\s+no\s+yes\s+yes/);
    expect(text).toMatch(/Elsewhere.*not probed.*10\.9\.9\.9 is outside the networks/);
    expect(text).toMatch(/Columns read: address "Network Address", name "System Name", version "Software Version"/);
    expect(text).toMatch(/Fleet: 5 targets, 3 probed/);
    expect(text).toMatch(/TMS at Medium cannot reach 1 of 3 probed[^\n]*\n\s+127\.0\.2\.2:\d+ \(Room 2\)/);
    expect(text).toMatch(/1 gave no TLS answer[^\n]*\n\s+127\.0\.2\.3:\d+ \(Lobby, North\): not TLS/);
    expect(text).toMatch(/1 where the stated software version and the probe disagree:\n\s+127\.0\.2\.1:\d+ \(Room 1\): CE 9\.15[^\n]*should refuse TLS 1\.0/);
    expect(text).toMatch(/not probed \(1 refused \(address\), 1 duplicate\)/);
    const rows = readFileSync(out, 'utf8').trim().split('\r\n').map((l) => splitCsv(l, ',')!);
    expect(rows[0].slice(0, 6)).toEqual(['line', 'target', 'address', 'name', 'stated_version', 'verdict']);
    expect(rows).toHaveLength(6);
    const room2 = rows.find((r) => r[3] === 'Room 2')!;
    expect(room2.slice(5, 13)).toEqual(['medium-fails', 'refused', 'refused', 'accepted', 'accepted', 'refused', 'fails', 'works']);
    expect(rows.find((r) => r[3] === 'Lobby, North')![5]).toBe('not-tls');
    expect(t.err()).toMatch(/CSV report written/);
    expect(t.err()).not.toMatch(/\r/); // no progress bar when stderr is not a terminal
  });

  it('--json: one object per target (single-probe shape + name, stated) then one summary', async () => {
    const file = join(dir, 'systems2.csv');
    writeFileSync(file, navigatorCsv());
    const t = makeIO(undefined, { env });
    expect(await main(['probe', '--targets', file, '--timeout', '800', '--json', '--concurrency', '2'], t)).toBe(0);
    const objs = t.out().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objs).toHaveLength(6);
    const summary = objs.pop()!.summary as Record<string, unknown>;
    expect(summary).toMatchObject({ total: 5, probed: 3, mediumCannotReachCount: 1, mismatchCount: 1, concurrency: 2 });
    const room2 = objs.find((o) => o.name === 'Room 2')!;
    expect(room2).toMatchObject({ stated: 'TC7.3.6', verdict: 'medium-fails', tms: { medium: false, mediumHigh: true }, port: ce.port, reachable: true, tls: true });
    expect(room2.protocols).toEqual({ ssl3: false, 'tls1.0': false, 'tls1.1': true, 'tls1.2': true, 'tls1.3': false });
    expect(objs.find((o) => o.name === 'Elsewhere')).toMatchObject({ target: '10.9.9.9', verdict: 'not-probed', refused: { kind: 'address' } });
  });

  it('reads a plain list from stdin (-) and several targets as arguments', async () => {
    const t = makeIO(`# lab\n127.0.2.1:${tc.port}\n\n127.0.2.2:${ce.port}  # CE\n`, { env });
    expect(await main(['probe', '--targets', '-', '--timeout', '800'], t)).toBe(0);
    expect(t.out()).toMatch(/Fleet: 2 targets, 2 probed/);
    expect(t.out()).toMatch(/1 +accepts TLS 1\.0 \(Medium works\)/);
    const a = makeIO(undefined, { env });
    expect(await main(['probe', `127.0.2.1:${tc.port}`, `127.0.2.2:${ce.port}`, '--timeout', '800', '--json'], a)).toBe(0);
    expect(a.out().trim().split('\n')).toHaveLength(3);
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const t = makeIO(undefined, { env });
    (t.stderr as PassThrough & { isTTY?: boolean }).isTTY = true;
    const file = join(dir, 'list.txt');
    writeFileSync(file, `127.0.2.1:${tc.port}\n127.0.2.2:${ce.port}\n`);
    expect(await main(['probe', '--targets', file, '--timeout', '800'], t)).toBe(0);
    expect(t.err()).toMatch(/\[#+\.*\] \d\/2 +[\d.]+\/s/);
    expect(t.out()).not.toMatch(/\/s .* left/);
  });

  it('progressLine: done/total, rate and time left', () => {
    expect(progressLine(50, 200, 10_000, 8)).toBe('[##......] 50/200  5.0/s  30s left');
    expect(progressLine(5, null, 1000)).toBe('5 probed  5.0/s');
  });

  it('--max stops reading the list and says so; --deadline bounds the whole job', async () => {
    const m = makeIO(`127.0.2.1:${tc.port}\n127.0.2.2:${ce.port}\n127.0.2.3:${http.port}\n`, { env });
    expect(await main(['probe', '--targets', '-', '--max', '1', '--timeout', '800'], m)).toBe(0);
    expect(m.out()).toMatch(/Fleet: 1 target, 1 probed/);
    expect(m.out()).toMatch(/longer than 1 targets: only the first 1 were read/);
    const silent = await Promise.all([9, 10, 11, 12, 13].map((i) => startSimulatedEndpoint('silent', { host: `127.0.2.${i}` })));
    try {
      const list = silent.map((x) => `${x.host}:${x.port}`).join('\n');
      const d = makeIO(list, { env: { ...env, PROBE_PORTS: [env.PROBE_PORTS, ...silent.map((x) => x.port)].join(',') } });
      const t0 = Date.now();
      expect(await main(['probe', '--targets', '-', '--deadline', '400', '--timeout', '5000', '--concurrency', '2'], d)).toBe(0);
      expect(Date.now() - t0).toBeLessThan(3000);
      expect(d.out()).toMatch(/The job's deadline stopped it before every target was probed/);
      expect(d.out()).toMatch(/not probed \(3 after the deadline\)/);
    } finally {
      await Promise.all(silent.map((x) => x.close()));
    }
  });

  it('an unreadable targets file is a clear error, exit 2', async () => {
    const t = makeIO(undefined, { env });
    expect(await main(['probe', '--targets', join(dir, 'nope.csv')], t)).toBe(2);
    expect(t.err()).toMatch(/cannot read the targets file .*ENOENT/);
  });
});
