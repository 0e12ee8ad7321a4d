/**
 * The fleet probe against REAL local servers on several loopback addresses. Every connection the
 * probe opens is checked to be loopback (a refused target must never be connected to).
 */
import { connect as netConnect } from 'node:net';
import { Readable } from 'node:stream';
import { runProbe, policyFromEnv, type ProbePolicy } from '../../src/probe';
import { runFleet, versionMismatch, verdictOf, SUMMARY_LIST_CAP, type FleetItem } from '../../src/probe/fleet';
import { readTargets, type TargetEntry } from '../../src/probe/targets';
import { startSimulatedEndpoint, type SimKind, type SimulatedEndpoint } from '../../src/probe/sim';
import type { ConnectFn } from '../../src/probe/net';

const T = 600;
/**
 * The time limit of each probe in the fleet-versus-single comparison. Every sim but the silent and the
 * slowloris one answers at once, yet the sims run in this test's own process: on a loaded machine (other
 * test files in parallel, a busy CPU) an answer could come later than T, and the fleet or the single
 * probe then read that version as null (timed out) while the other read it. A longer limit keeps what
 * is compared: the silent sim never answers and the slowloris one needs about 47 × 150 ms (7 s) for its
 * ServerHello, both still far past it, so both stay 'unclear'.
 */
const T_COMPARE = 3000;
const KINDS: [SimKind, string][] = [
  ['tc733', '127.0.0.1'],
  ['ce81', '127.0.1.2'],
  ['roomos', '127.0.1.3'],
  ['tls12only', '127.0.1.4'],
  ['tls13hrr', '127.0.1.5'],
  ['tls10only', '127.0.1.6'],
  ['http', '127.0.1.7'],
  ['silent', '127.0.1.8'],
  ['garbage', '127.0.1.9'],
  ['reset', '127.0.1.10'],
  ['slowloris', '127.0.1.11'],
];
const sims: SimulatedEndpoint[] = [];
let closedPort: number;
let policy: ProbePolicy;
const connected: string[] = [];

/** The real connect, refusing anything that is not loopback (a guard for the test itself). */
const loopbackOnly: ConnectFn = (o) => {
  if (!/^127\./.test(o.host) && o.host !== '::1') throw new Error(`test tried to connect to ${o.host}`);
  connected.push(`${o.host}:${o.port}`);
  return netConnect({ host: o.host, port: o.port });
};

beforeAll(async () => {
  for (const [k, host] of KINDS) sims.push(await startSimulatedEndpoint(k, { keyBits: 1024, host, slowMs: 150 }));
  // A port nothing listens on: port 1 (tcpmux), which no test binds. An ephemeral port found free and
  // released here was taken by another test file's server in a parallel run now and then, and the
  // "closed" target then answered plain HTTP.
  closedPort = 1;
  const open = await new Promise<boolean>((r) => {
    const c = netConnect({ host: '127.0.0.1', port: closedPort });
    c.once('connect', () => (c.destroy(), r(true)));
    c.once('error', () => r(false));
  });
  if (open) throw new Error('127.0.0.1:1 accepts connections on this machine: the closed-port case needs a port nothing listens on');
  // loopback only: the default allow-list (private ranges) is replaced, never widened
  policy = policyFromEnv({ PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: [...sims.map((x) => x.port), closedPort, 443].join(',') });
});

afterAll(async () => {
  await Promise.all(sims.map((s) => s.close()));
});

const target = (s: SimulatedEndpoint) => `${s.host}:${s.port}`;

async function* entries(list: (string | Partial<TargetEntry>)[]): AsyncGenerator<TargetEntry> {
  let line = 0;
  for (const x of list) {
    line++;
    yield typeof x === 'string' ? { line, input: x, name: null, stated: null } : { line, input: '', name: null, stated: null, ...x };
  }
}

describe('fleet probe against real local servers', () => {
  it('each target gets the verdict a single probe gives it; every socket is closed', async () => {
    const items: FleetItem[] = [];
    const list = [...sims.map(target), `127.0.0.1:${closedPort}`];
    const summary = await runFleet(entries(list), { policy, timeoutMs: T_COMPARE, concurrency: 4, connect: loopbackOnly, onResult: (i) => void items.push(i) });
    expect(summary.total).toBe(list.length);
    expect(summary.probed).toBe(list.length);
    const byTarget = new Map(items.map((i) => [i.input, i]));
    for (const t of list) {
      const single = await runProbe(t, { policy, timeoutMs: T_COMPARE });
      if (!single.ok) throw new Error(single.reason);
      const got = byTarget.get(t)!;
      expect({ t, protocols: got.result!.protocols, tms: got.result!.tms, error: got.result!.error }).toEqual({
        t,
        protocols: single.result.protocols,
        tms: single.result.tms,
        error: single.result.error,
      });
      expect(got.verdict).toBe(verdictOf(single.result));
    }
    const v = (i: number) => byTarget.get(list[i])!.verdict;
    expect(KINDS.map((k, i) => [k[0], v(i)])).toEqual([
      ['tc733', 'medium-ok'],
      ['ce81', 'medium-fails'],
      ['roomos', 'medium-fails'],
      ['tls12only', 'medium-fails'],
      ['tls13hrr', 'no-level'],
      ['tls10only', 'medium-ok'],
      ['http', 'not-tls'],
      ['silent', 'unclear'],
      ['garbage', 'not-tls'],
      ['reset', 'no-level'],
      ['slowloris', 'unclear'],
    ]);
    expect(v(list.length - 1)).toBe('unreachable');
    expect(summary.counts).toMatchObject({ 'medium-ok': 2, 'medium-fails': 3, 'no-level': 2, 'not-tls': 2, unreachable: 1, unclear: 2 });
    // TLS 1.3-only and reset-everything refuse TLS 1.2 too: not among the ones Medium-High would fix (QA23 E3)
    expect(summary.mediumCannotReachCount).toBe(3);
    expect(summary.mediumCannotReach.map((s) => s.target).sort()).toEqual([1, 2, 3].map((i) => target(sims[i])).sort());
    expect(summary.noLevel.map((s) => s.target).sort()).toEqual([4, 9].map((i) => target(sims[i])).sort());
    for (const s of sims) {
      for (let i = 0; i < 100 && s.open() > 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect([s.kind, s.open()]).toEqual([s.kind, 0]);
    }
  }, 60000); // the silent and slowloris targets cost T_COMPARE each, in the fleet and alone

  it('refused targets are reported with their reason, never connected to, and do not stop the job', async () => {
    connected.length = 0;
    const items: FleetItem[] = [];
    const s = await runFleet(entries(['10.1.2.3', `127.0.0.1:22`, 'not a host', target(sims[1]), { input: '127.0.0.1', error: { kind: 'duplicate', reason: 'listed before: probed once' } }]), {
      policy,
      timeoutMs: T,
      connect: loopbackOnly,
      onResult: (i) => void items.push(i),
    });
    const by = new Map(items.map((i) => [i.line, i]));
    expect(by.get(1)).toMatchObject({ verdict: 'not-probed', skipped: { kind: 'address', reason: expect.stringMatching(/10\.1\.2\.3 is outside the networks/) } });
    expect(by.get(2)).toMatchObject({ verdict: 'not-probed', skipped: { kind: 'port', reason: expect.stringMatching(/Port 22/) } });
    expect(by.get(3)).toMatchObject({ verdict: 'not-probed', skipped: { kind: 'malformed' } });
    expect(by.get(4)).toMatchObject({ verdict: 'medium-fails' });
    expect(by.get(5)).toMatchObject({ verdict: 'not-probed', skipped: { kind: 'duplicate' } });
    expect(s.skipped).toEqual({ address: 1, port: 1, malformed: 1, duplicate: 1 });
    expect(connected.every((c) => c.startsWith(`${sims[1].host}:`))).toBe(true);
  });

  it('concurrency is bounded and hostile targets cost at most about their timeout', async () => {
    let inFlight = 0;
    let peak = 0;
    const hostile = [sims[7], sims[10], sims[9], sims[8]]; // silent, slowloris, reset, garbage
    const list = Array.from({ length: 6 }, (_, i) => `${hostile[i % 4].host}:${hostile[i % 4].port}`);
    const t0 = Date.now();
    const s = await runFleet(
      (async function* () {
        let n = 0;
        for (const t of list) yield { line: ++n, input: t, name: null, stated: null };
      })(),
      {
        policy,
        timeoutMs: 300,
        concurrency: 3,
        connect: loopbackOnly,
        probe: async (input, o) => {
          inFlight++;
          peak = Math.max(peak, inFlight);
          try {
            return await runProbe(input, o);
          } finally {
            inFlight--;
          }
        },
      },
    );
    const ms = Date.now() - t0;
    expect(peak).toBeLessThanOrEqual(3);
    expect(s.probed).toBe(6);
    // 6 hostile probes, 3 at a time: two rounds of about one timeout each, not six in a row
    expect(ms).toBeLessThan(6 * 300 + 1500);
  });

  it('the whole-job deadline stops new probes; the rest are reported as not probed', async () => {
    const silent = sims[7];
    const list = Array.from({ length: 10 }, () => `127.0.1.8:${silent.port}`).map((t, i) => ({ line: i + 1, input: t, name: null, stated: null }));
    const t0 = Date.now();
    const items: FleetItem[] = [];
    const s = await runFleet(
      (async function* () {
        yield* list;
      })(),
      { policy, timeoutMs: 2000, concurrency: 2, jobDeadlineMs: 300, connect: loopbackOnly, onResult: (i) => void items.push(i) },
    );
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(s.total).toBe(10);
    expect(s.deadlineHit).toBe(true);
    expect(s.skipped.deadline).toBe(8);
    expect(items.filter((i) => i.result).map((i) => i.result!.durationMs).every((d) => d < 1000)).toBe(true);
  });

  it('stated versions that disagree with the probe are flagged', async () => {
    const s = await runFleet(
      entries([
        { input: target(sims[0]), name: 'old room', stated: 'ce9.15.3.17' }, // accepts TLS 1.0 but says CE 9
        { input: target(sims[1]), name: 'lab', stated: 'TC7.3.3' }, // refuses TLS 1.0 but says TC 7.3.3
        { input: target(sims[2]), name: 'ok', stated: 'RoomOS 11.9' },
        { input: target(sims[3]), name: 'vague', stated: 'CE8' },
      ]),
      { policy, timeoutMs: T, connect: loopbackOnly },
    );
    expect(s.mismatchCount).toBe(2);
    expect(s.mismatches.map((m) => m.name)).toEqual(expect.arrayContaining(['old room', 'lab']));
    expect(s.mismatches.find((m) => m.name === 'old room')!.note!.en).toMatch(/CE 9\.15.*should refuse TLS 1\.0/);
  });
});

describe('fleet bounds without the network', () => {
  it('a long list streams: one result per entry, summary lists capped, the list never held', async () => {
    let produced = 0;
    let seen = 0;
    let maxAhead = 0;
    const s = await runFleet(
      (async function* () {
        for (let i = 0; i < 20000; i++) {
          produced++;
          maxAhead = Math.max(maxAhead, produced - seen);
          yield { line: i + 1, input: `127.0.0.1:${1000 + (i % 50000)}`, name: null, stated: null };
        }
      })(),
      {
        policy: policyFromEnv({ PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: '443' }),
        concurrency: 8,
        onResult: () => void seen++,
      },
    );
    expect(s.total).toBe(20000);
    expect(s.skipped.port).toBe(20000);
    expect(seen).toBe(20000);
    expect(maxAhead).toBeLessThanOrEqual(8 + 1); // pulled only as workers free up
  });

  it('maxTargets reads no further and says so', async () => {
    const s = await runFleet(readTargets(Readable.from(['a\nb\nc\nd\n'])), { policy, maxTargets: 2, probe: async () => ({ ok: false, kind: 'malformed', reason: 'x' }) });
    expect(s.total).toBe(2);
    expect(s.truncatedAt).toBe(2);
  });

  it('summary lists are capped at SUMMARY_LIST_CAP but the counts are exact', async () => {
    const fake = {
      target: '',
      address: '127.0.0.1',
      port: 443,
      reachable: true,
      tls: true,
      protocols: { ssl3: false, 'tls1.0': false, 'tls1.1': true, 'tls1.2': true, 'tls1.3': false },
      tms: { medium: false, mediumHigh: true },
      certificate: null,
      error: null,
      durationMs: 1,
    };
    const s = await runFleet(
      (async function* () {
        for (let i = 0; i < 300; i++) yield { line: i + 1, input: `t${i}`, name: null, stated: null };
      })(),
      { policy, probe: async (input) => ({ ok: true, result: { ...fake, target: input } }) },
    );
    expect(s.mediumCannotReachCount).toBe(300);
    expect(s.mediumCannotReach).toHaveLength(SUMMARY_LIST_CAP);
  });

  it('versionMismatch ignores vague or unreadable versions and unclear probes', () => {
    const r = { target: 'x', address: null, port: 443, reachable: true, tls: true, protocols: { ssl3: false, 'tls1.0': true, 'tls1.1': true, 'tls1.2': true, 'tls1.3': false }, tms: { medium: true, mediumHigh: true }, certificate: null, error: null, durationMs: 1 };
    expect(versionMismatch('CE8', r)).toBeNull();
    expect(versionMismatch('banana', r)).toBeNull();
    expect(versionMismatch('TC7.3.3', r)).toBeNull();
    expect(versionMismatch('TC7.3.6', r)).toMatch(/should refuse/);
    expect(versionMismatch('TC7.3.6', { ...r, tms: { medium: null, mediumHigh: true } })).toBeNull();
  });
});
