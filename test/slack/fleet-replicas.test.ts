/**
 * Fleet jobs across replicas and restarts: "one running job per user" is kept in the store, not in
 * a process. Two real apps share one fleet-job store (PostgreSQL when DATABASE_URL is set, else one
 * SQLite file) behind one local fake Web API; probes go to real sockets on loopback only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { fleetJobStoreFor, type FleetJobStore } from '../../src/store/fleet-jobs';
import type { Store } from '../../src/store/port';
import { postgresStore } from '../../src/store/postgres';
import { sqliteStore } from '../../src/store/sqlite';
import { freshPgDatabase, pgUrl } from '../store/backends';
import { echoEngine } from './echo-engine';
import { FakeSlack } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { FORM, post, slashCommand } from './signed';

let tc: SimulatedEndpoint;
let silent: SimulatedEndpoint;
let fake: FakeSlack;
let shared: Store;
let dir: string;
let now = Date.now();
const clock = () => now;

beforeAll(async () => {
  tc = await startSimulatedEndpoint('tc733', { keyBits: 1024, host: '127.0.4.1' });
  silent = await startSimulatedEndpoint('silent', { host: '127.0.4.3' });
  fake = new FakeSlack();
  await fake.start();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-fleet-rep-'));
  const url = pgUrl();
  shared = url ? await postgresStore(await freshPgDatabase(url)) : sqliteStore(path.join(dir, 'shared.db'));
});
afterAll(async () => {
  await Promise.all([tc.close(), silent.close(), fake.stop(), shared.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

const env = () => ({ PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${tc.port},${silent.port}` });
/** Polls an async condition (store reads) until it holds. */
async function until(pred: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
const text = (r: { text: string }) => String((JSON.parse(r.text) as { text?: string }).text);

describe('one running fleet job per user, across replicas', () => {
  let a: Harness;
  let b: Harness;
  let jobs: FleetJobStore;
  beforeEach(async () => {
    now = Date.now();
    jobs = fleetJobStoreFor(shared, clock);
    const extra = { fleetJobs: jobs, fleetLimit: { limit: 10, progressEveryMs: 0, sweepMs: 50 } };
    a = await startHarness({ engine: echoEngine, probeEnv: env(), fake, extra });
    b = await startHarness({ engine: echoEngine, probeEnv: env(), fake, extra });
  });
  afterEach(async () => {
    await a.close();
    await b.close();
  });

  it('a job running on one replica refuses the same user on the other, and frees them when its report is out', async () => {
    const uploads = fake.of('files.completeUploadExternal').length;
    const list = `127.0.4.3:${silent.port} 127.0.4.1:${tc.port}`;
    const first = await post(a.port, slashCommand('/tls-probe', list, fake.responseUrl('r1')), { contentType: FORM });
    expect(text(first)).toMatch(/Probing 2 endpoints/);
    const second = await post(b.port, slashCommand('/tls-probe', list, fake.responseUrl('r2')), { contentType: FORM });
    expect(text(second)).toMatch(/already have a fleet probe running/);
    // someone else is not held up by it
    const other = await post(b.port, slashCommand('/tls-probe', list, fake.responseUrl('r3'), { user_id: 'UBOB' }), { contentType: FORM });
    expect(text(other)).toMatch(/Probing 2 endpoints/);
    await fake.waitFor(() => fake.of('files.completeUploadExternal').length === uploads + 2, 20000);
    await until(async () => (await jobs.runningFor('UALICE')) === null, 5000);
    const quick = `127.0.4.1:${tc.port} 127.0.4.1:${tc.port}`;
    const third = await post(b.port, slashCommand('/tls-probe', quick, fake.responseUrl('r4')), { contentType: FORM });
    expect(text(third)).toMatch(/Probing 2 endpoints/);
    await fake.waitFor(() => fake.of('files.completeUploadExternal').length === uploads + 3, 20000);
  });

  it('a job left running by a replica that died blocks its user only until its lease runs out; then a sweep says it was cut short, once', async () => {
    const claimed = await jobs.claim({ id: 'job:dead', who: 'UALICE', owner: 'replica-that-died', surface: 'file', lang: 'ja', channel: 'C9', threadTs: '5.0', total: 10, leaseMs: 60_000 });
    expect(claimed.status).toBe('started');
    await jobs.heartbeat('job:dead', 'replica-that-died', { done: 3, progressTs: '5.1' }, 60_000);
    const list = `127.0.4.1:${tc.port} 127.0.4.1:${tc.port}`;
    const blocked = await post(a.port, slashCommand('/tls-probe', list, fake.responseUrl('d1')), { contentType: FORM });
    // its progress, as its replica last recorded it
    expect(text(blocked)).toMatch(/already have a fleet probe running \(3 of 10 endpoints done so far\)/);
    now += 60_001; // no heartbeat for a whole lease
    await fake.waitFor(() => fake.of('chat.update').some((u) => u.body.ts === '5.1'), 5000);
    await new Promise((r) => setTimeout(r, 300)); // both replicas sweep several times meanwhile
    const notes = fake.of('chat.update').filter((u) => u.body.ts === '5.1');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toMatchObject({ channel: 'C9' });
    expect(String(notes[0]!.body.text)).toMatch(/10 台中 3 台を調べたところで中断されました/);
    expect((await jobs.get('job:dead'))!.state).toBe('expired');
    // counted once, by the replica whose sweep found it
    const counted = await Promise.all([a, b].map(async (x) => (await x.bot.deps.metrics.text()).body.match(/tms_doctor_fleet_jobs_total\{outcome="expired"\} (\d+)/)?.[1] ?? '0'));
    expect(counted.map(Number).sort()).toEqual([0, 1]);
    const now2 = await post(b.port, slashCommand('/tls-probe', list, fake.responseUrl('d2')), { contentType: FORM });
    expect(text(now2)).toMatch(/Probing 2 endpoints/);
    await until(async () => (await jobs.runningFor('UALICE')) === null, 20000);
  });
});

describe('a restart does not forget a running fleet job', () => {
  it('the job is in the store while it runs (progress included), and one cut short by a restart is reported after it', async () => {
    const h = await startHarness({ engine: echoEngine, probeEnv: env(), fake, extra: { fleetLimit: { progressEveryMs: 0, heartbeatMs: 20, leaseMs: 200, sweepMs: 50 } } });
    try {
      const list = `127.0.4.3:${silent.port} 127.0.4.1:${tc.port}`;
      const started = await post(h.port, slashCommand('/tls-probe', list, fake.responseUrl('x1'), { user_id: 'UCAROL' }), { contentType: FORM });
      expect(text(started)).toMatch(/Probing 2 endpoints/);
      const jobs = fleetJobStoreFor(h.store);
      await until(async () => (await jobs.runningFor('UCAROL'))?.progressTs != null, 5000);
      const running = (await jobs.runningFor('UCAROL'))!;
      expect(running).toMatchObject({ who: 'UCAROL', total: 2, state: 'running', channel: 'C0INCIDENT' });
      // the tc733 target answers at once; the silent one holds the job open
      await until(async () => (await jobs.get(running.id))!.done >= 1, 5000);
      // the process "dies": it writes nothing more (its heartbeat stops); a new run on the same file takes over
      await h.store.close();
      const dbFile = h.dbFile;
      const next = await startHarness({ engine: echoEngine, probeEnv: env(), fake, dir: path.dirname(dbFile), extra: { fleetLimit: { progressEveryMs: 0, sweepMs: 50 } } });
      try {
        await fake.waitFor(() => fake.of('chat.update').some((u) => u.body.ts === running.progressTs && /cut short after 1 of 2 endpoints/.test(String(u.body.text))), 5000);
        const again = await post(next.port, slashCommand('/tls-probe', list, fake.responseUrl('x2'), { user_id: 'UCAROL' }), { contentType: FORM });
        expect(text(again)).toMatch(/Probing 2 endpoints/);
      } finally {
        await next.bot.stop();
        await next.store.close();
      }
    } finally {
      await h.close().catch(() => undefined);
    }
  });
});
