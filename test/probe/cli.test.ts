import { main } from '../../src/cli';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import type { ProbeResult } from '../../src/probe/types';
import { makeIO } from '../cli/helpers';


describe('tms-doctor probe', () => {
  let ce: SimulatedEndpoint;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    ce = await startSimulatedEndpoint('ce81', { keyBits: 1024 });
    env = { PROBE_PORTS: String(ce.port) };
  });
  afterAll(() => ce.close());

  it('--json prints exactly one ProbeResult object and exits 0', async () => {
    const t = makeIO(undefined, { env });
    expect(await main(['probe', `127.0.0.1:${ce.port}`, '--json', '--timeout', '800', '--allow', '127.0.0.0/8'], t)).toBe(0);
    const r = JSON.parse(t.out()) as ProbeResult;
    expect(r.protocols).toEqual({ ssl3: false, 'tls1.0': false, 'tls1.1': true, 'tls1.2': true, 'tls1.3': false });
    expect(r.tms).toEqual({ medium: false, mediumHigh: true });
    expect(r.port).toBe(ce.port);
    expect(t.err()).toBe('');
  });

  it('prints the table, TMS verdicts, certificate and a conclusion', async () => {
    const t = makeIO(undefined, { env });
    expect(await main(['probe', `127.0.0.1:${ce.port}`, '--timeout=800', '--allow=127.0.0.1/32'], t)).toBe(0);
    const out = t.out();
    expect(out).toMatch(/TLS 1\.0\s+refused\s+connection reset/);
    expect(out).toMatch(/TLS 1\.1\s+accepted/);
    expect(out).toMatch(/TMS at Medium \(TLS 1\.0 only\):\s+fails/);
    expect(out).toMatch(/Subject:\s+CN=codec\.sim\.local/);
    expect(out.trim().split('\n').pop()).toMatch(/^TLS 1\.0 refused: TMS at Medium cannot manage this endpoint/);
  });

  it('refuses loopback without --allow: exit 2, the reason, and no connection', async () => {
    const before = ce.accepted();
    const t = makeIO(undefined, { env });
    expect(await main(['probe', `127.0.0.1:${ce.port}`, '--json'], t)).toBe(2);
    expect(t.err()).toMatch(/refused: 127\.0\.0\.1 is a loopback address/);
    expect(t.out()).toBe('');
    expect(ce.accepted()).toBe(before);
  });

  it.each([
    [[], /no target/],
    [['10.0.0.1', '--csv', 'out.csv'], /need several targets/],
    [['10.0.0.1', '--concurrency', '0'], /--concurrency needs a whole number/],
    [['--targets'], /--targets needs a file name/],
    [['10.0.0.1', '--timeout', 'soon'], /--timeout needs/],
    [['10.0.0.1', '--timeout'], /--timeout needs/],
    [['10.0.0.1', '--allow'], /--allow needs/],
    [['10.0.0.1', '--allow', 'everything'], /not a CIDR/],
    [['10.0.0.1', '--frobnicate'], /unknown option/],
    [['http://10.0.0.1/x'], /path/],
    [['10.0.0.1:22'], /Port 22 is not one the probe may use \(allowed: 443, 8443, 80\)\. An administrator can widen PROBE_PORTS/],
  ])('exit 2 for %j', async (args, why) => {
    const t = makeIO(undefined, { env: {} });
    expect(await main(['probe', ...(args as string[])], t)).toBe(2);
    expect(t.err()).toMatch(why);
  });

  it('a malformed PROBE_ALLOW is reported, not a crash', async () => {
    const t = makeIO(undefined, { env: { PROBE_ALLOW: '10.0.0.0/99' } });
    expect(await main(['probe', '10.0.0.1'], t)).toBe(2);
    expect(t.err()).toMatch(/10\.0\.0\.0\/99/);
  });

  it('--http without port 80 in PROBE_PORTS says the redirect check is skipped and still probes', async () => {
    const t = makeIO(undefined, { env });
    expect(await main(['probe', `127.0.0.1:${ce.port}`, '--json', '--http', '--timeout', '800', '--allow', '127.0.0.0/8'], t)).toBe(0);
    expect(t.err()).toMatch(/port 80 is not in PROBE_PORTS/);
    expect((JSON.parse(t.out()) as ProbeResult).tms.mediumHigh).toBe(true);
  });

  it('--help exits 0 with the options', async () => {
    const t = makeIO();
    expect(await main(['probe', '--help'], t)).toBe(0);
    expect(t.out()).toMatch(/--timeout MS/);
    expect(t.out()).toMatch(/--allow/);
  });
});

describe('tms-doctor simulate', () => {
  it('starts look-alikes, prints working probe commands, stops after --for', async () => {
    const t = makeIO();
    const done = main(['simulate', '--for', '3'], t);
    for (let i = 0; i < 200 && !t.out().includes('Stopping by itself'); i++) await new Promise((r) => setTimeout(r, 20));
    const cmds = [...t.out().matchAll(/PROBE_PORTS=(\S+) tms-doctor probe (\S+) --allow (\S+)/g)];
    expect(cmds.length).toBe(4);
    expect(t.out()).toMatch(/tc733/);
    expect(t.out()).toMatch(/silent/);
    // paste the first two commands (TC 7.3.3 and CE 8.1 look-alikes)
    const verdicts = [];
    for (const m of cmds.slice(0, 2)) {
      const p = makeIO(undefined, { env: { PROBE_PORTS: m[1] } });
      expect(await main(['probe', m[2], '--allow', m[3], '--json', '--timeout', '1000'], p)).toBe(0);
      verdicts.push((JSON.parse(p.out()) as ProbeResult).tms);
    }
    expect(verdicts).toEqual([
      { medium: true, mediumHigh: true },
      { medium: false, mediumHigh: true },
    ]);
    expect(await done).toBe(0);
    expect(t.out()).toMatch(/Stopped/);
  });

  it('refuses unknown kinds', async () => {
    const t = makeIO();
    expect(await main(['simulate', '--kinds', 'tc733,bogus'], t)).toBe(2);
    expect(t.err()).toMatch(/bogus/);
  });
});
