/**
 * OPS-D #1 (issue 13): tms_doctor_fleet_jobs_total counts every fleet job that ends without a run
 * finishing it, by reason. Before, a sweep counted only the acknowledged jobs it ended (outcome
 * "expired"): the unacknowledged claims it ends, and a taken-over job whose stored plan cannot be read
 * (ended as failed without running), left the metric unchanged, so an operator's dashboard missed them.
 *
 * A real app (HTTP mode) on the local fake Web API, its fleet-job store seeded with four jobs whose
 * leases have run out (a clock moved by the test). Nothing is probed (loopback only in any case).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fleetJobStoreFor, MemoryFleetJobStore, type FleetJobStore } from '../../src/store/fleet-jobs';
import { sqliteStore } from '../../src/store/sqlite';
import { echoEngine } from './echo-engine';
import { FakeSlack } from './fake-slack';
import { startHarness } from './harness';
import { sleep, until } from './wait';

jest.setTimeout(30000);

const fake = new FakeSlack();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

const LEASE = 60_000;
/** The fleet-job series of the app's /metrics text, as `labels value` lines. */
async function fleetSeries(metrics: { text(): Promise<{ body: string }> }): Promise<string[]> {
  const { body } = await metrics.text();
  return body
    .split('\n')
    .filter((l) => l.startsWith('tms_doctor_fleet_jobs_total{'))
    .map((l) => l.slice('tms_doctor_fleet_jobs_total'.length))
    .sort();
}

/** Four jobs a sweep ends without running them, their leases run out by the time it looks. */
async function seed(jobs: FleetJobStore, clock: { t: number }): Promise<void> {
  const plan = JSON.stringify([{ line: 1, input: '127.0.4.1:443', name: null, stated: null }]);
  // taken over three times already (each owner died in turn): given up, not taken over again
  await jobs.claim({ id: 'job:crashy', who: 'U1', owner: 'r0', surface: 'file', lang: 'en', channel: 'C9', threadTs: '1.0', total: 1, leaseMs: LEASE, plan });
  await jobs.heartbeat('job:crashy', 'r0', { done: 0, progressTs: '1.1' }, LEASE);
  for (let i = 1; i <= 3; i++) {
    clock.t += LEASE + 1;
    expect(await jobs.adopt(`r${i}`, LEASE, 3)).toHaveLength(1);
  }
  // its start was never recorded as acknowledged: never run again
  await jobs.claim({ id: 'job:unacked', who: 'U2', owner: 'gone', surface: 'slash', lang: 'en', channel: 'C9', threadTs: '2.0', total: 2, leaseMs: LEASE, plan, awaitingAck: true });
  // no plan stored: cannot be resumed
  await jobs.claim({ id: 'job:noplan', who: 'U3', owner: 'gone', surface: 'file', lang: 'ja', channel: 'C9', threadTs: '3.0', total: 2, leaseMs: LEASE });
  await jobs.heartbeat('job:noplan', 'gone', { done: 1, progressTs: '3.1' }, LEASE);
  // a plan that cannot be read: taken over, then ended as failed
  await jobs.claim({ id: 'job:garbled', who: 'U4', owner: 'gone', surface: 'slash', lang: 'en', channel: 'C9', threadTs: '4.0', total: 2, leaseMs: LEASE, plan: '{"entries": "not a list"' });
  await jobs.heartbeat('job:garbled', 'gone', { done: 1, progressTs: '4.1' }, LEASE);
  clock.t += LEASE + 1;
}

it.each([
  ['in memory', () => null],
  ['SQLite', () => fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-opsd-metric-'))],
])('every job a sweep ends without a run finishing it is counted once, by reason (%s)', async (_what, dirOf) => {
  const clock = { t: Date.now() };
  const dir = dirOf();
  const shared = dir ? sqliteStore(path.join(dir, 'jobs.db')) : null;
  const jobs = shared ? fleetJobStoreFor(shared, () => clock.t) : new MemoryFleetJobStore(() => clock.t);
  await seed(jobs, clock);
  const h = await startHarness({ engine: echoEngine, probeEnv: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: '443' }, fake, extra: { fleetJobs: jobs, fleetLimit: { sweepMs: 50 } } });
  try {
    const ids = ['job:crashy', 'job:unacked', 'job:noplan', 'job:garbled'];
    await until(async () => (await Promise.all(ids.map((id) => jobs.get(id)))).every((j) => j!.state !== 'running'), 10000);
    await sleep(300); // several more sweeps: nothing counted twice
    expect(await Promise.all(ids.map(async (id) => (await jobs.get(id))!.state))).toEqual(['expired', 'expired', 'expired', 'failed']);
    expect(await fleetSeries(h.bot.deps.metrics)).toEqual([
      '{outcome="expired",reason="gave_up"} 1',
      '{outcome="expired",reason="replica_stopped"} 1',
      '{outcome="expired",reason="unacknowledged"} 1',
      '{outcome="failed",reason="plan_unreadable"} 1',
    ]);
    // a dashboard's selector on the outcome alone still finds every expired job
    const expired = (await fleetSeries(h.bot.deps.metrics)).filter((l) => l.startsWith('{outcome="expired"'));
    expect(expired.reduce((n, l) => n + Number(l.split(' ').at(-1)), 0)).toBe(3);
  } finally {
    await h.close();
    await shared?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
});
