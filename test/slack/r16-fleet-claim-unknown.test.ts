/**
 * FIX7C: a fleet job whose post claims cannot be recorded ('unknown': the store failed three times)
 * still ends with one summary card and one CSV report. Two real apps share one fleet-job store
 * (PostgreSQL when DATABASE_URL is set, else one SQLite file) behind one local fake Web API; replica
 * A's view of the store fails the claims, replica B's does not. Probes go to loopback only.
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
import { startHarness } from './harness';
import { FORM, post, slashCommand } from './signed';

jest.setTimeout(60000);

let tc: SimulatedEndpoint;
let fake: FakeSlack;
let shared: Store;
let dir: string;

beforeAll(async () => {
  tc = await startSimulatedEndpoint('tc733', { keyBits: 1024, host: '127.0.4.1' });
  fake = new FakeSlack();
  await fake.start();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-fleet-unknown-'));
  const url = pgUrl();
  shared = url ? await postgresStore(await freshPgDatabase(url)) : sqliteStore(path.join(dir, 'shared.db'));
});
afterAll(async () => {
  await Promise.all([tc.close(), fake.stop(), shared.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function until(pred: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A's view of the store: the first `claimFails` claimPost calls fail unrecorded; `finishFails`: its first finish fails too. */
function claimsUnrecorded(inner: FleetJobStore, st: { claimFails: number; finishFails: boolean }): FleetJobStore {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return async (...args: unknown[]) => {
        if (prop === 'claimPost' && st.claimFails > 0) {
          st.claimFails--;
          throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
        }
        if (prop === 'finish' && st.finishFails) {
          st.finishFails = false;
          throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
        }
        return (v as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  });
}

describe('post claims the store cannot record', () => {
  it.each([
    // The summary's claim is unknown (A looks, then posts the card), A uploads the CSV, A's finish fails:
    // B takes the job over, claims the summary (A's claim was never recorded) and must look before posting.
    ['the summary claim, then the end', 3, true, 'UUNKS'],
    // Both claims unknown: A posts the card but not the CSV, and hands the job over so B uploads it.
    ['both claims', 6, false, 'UUNKR'],
    // Both unknown and A's finish would fail as well.
    ['both claims, then the end', 6, true, 'UUNKB'],
  ] as const)('%s: one summary card and one CSV report', async (_name, claimFails, finishFails, user) => {
    const st = { claimFails, finishFails };
    const fleetLimit = { limit: 10, progressEveryMs: 0, leaseMs: 300, heartbeatMs: 30, sweepMs: 50 };
    const probeEnv = { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${tc.port}` };
    const a = await startHarness({ engine: echoEngine, probeEnv, fake, extra: { fleetJobs: claimsUnrecorded(fleetJobStoreFor(shared), st), fleetLimit } });
    const b = await startHarness({ engine: echoEngine, probeEnv, fake, extra: { fleetJobs: fleetJobStoreFor(shared), fleetLimit } });
    try {
      const jobs = fleetJobStoreFor(shared);
      const targets = [`127.0.4.1:${tc.port}`, `127.0.4.1:${tc.port}`];
      const uploads = () => fake.of('files.completeUploadExternal').length;
      const cards = () => fake.of('chat.postMessage').filter((p) => /TLS probe of 2 endpoints/.test(String(p.body.text))).length;
      const [uploadsBefore, cardsBefore] = [uploads(), cards()];
      await post(a.port, slashCommand('/tls-probe', targets.join(' '), fake.responseUrl(`unk-${user}`), { user_id: user }), { contentType: FORM });
      await until(async () => (await jobs.runningFor(user)) !== null, 10000);
      const job = (await jobs.runningFor(user))!;
      await until(async () => (await jobs.get(job.id))!.state !== 'running', 15000);
      expect((await jobs.get(job.id))!.state).toBe('done');
      await new Promise((r) => setTimeout(r, 500)); // nothing more comes later
      expect(st.claimFails).toBe(0);
      expect(cards() - cardsBefore).toBe(1);
      expect(uploads() - uploadsBefore).toBe(1);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
