/**
 * A run that takes a fleet job over after the report was claimed by a run that stopped before its
 * upload waits one lease and looks in the thread before it says "could not attach": a stop during
 * that wait ends it at once and hands the job over without claiming anything, so the next run says it,
 * once. Two (then three) real apps share one SQLite fleet-job store; probes go to loopback only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { fleetJobStoreFor, type FleetJobStore } from '../../src/store/fleet-jobs';
import type { Store } from '../../src/store/port';
import { sqliteStore } from '../../src/store/sqlite';
import { echoEngine } from './echo-engine';
import { FakeSlack } from './fake-slack';
import { startHarness } from './harness';
import { FORM, post, slashCommand } from './signed';
import { sleep, until } from './wait';

jest.setTimeout(60000);

let tc: SimulatedEndpoint;
let fake: FakeSlack;
let shared: Store;
let dir: string;

beforeAll(async () => {
  tc = await startSimulatedEndpoint('tc733', { keyBits: 1024, host: '127.0.4.1' });
  fake = new FakeSlack();
  await fake.start();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-csv-missing-'));
  shared = sqliteStore(path.join(dir, 'shared.db'));
});
afterAll(async () => {
  await Promise.all([tc.close(), fake.stop(), shared.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

const MISSING = /could not attach the full report|レポート（CSV ファイル）をここに添付できませんでした/;
const notes = (channel?: string) => fake.of('chat.postMessage').filter((p) => MISSING.test(String(p.body.text)) && (channel === undefined || p.body.channel === channel));
const fleetLimit = { limit: 10, progressEveryMs: 0, leaseMs: 300, heartbeatMs: 30, sweepMs: 50 };
const probeEnv = () => ({ PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${tc.port}` });

/** A replica's view of the store that dies right after `claimPost(post)` is recorded: that call and every call after it fail. */
function diesAfterClaim(inner: FleetJobStore, dead: { on: boolean }, post: 'summary' | 'report'): FleetJobStore {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return async (...args: unknown[]) => {
        if (dead.on) throw new Error('connection lost: the replica died');
        const out = await (v as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (prop === 'claimPost' && args[2] === post) {
          dead.on = true;
          throw new Error('connection lost: the replica died');
        }
        return out;
      };
    },
  });
}

/** B's view of the store: `taken` is set once its claim of the report comes back taken (B then waits one lease). */
function seesTaken(inner: FleetJobStore, taken: { on: boolean }): FleetJobStore {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return async (...args: unknown[]) => {
        const out = await (v as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (prop === 'claimPost' && args[2] === 'report' && out === 'taken') taken.on = true;
        return out;
      };
    },
  });
}

describe('the run that took the job over is stopped during its one-lease wait for the earlier run\'s report', () => {
  it('its stop is not held up by the wait, and the run that takes the job over next posts the line, once; no CSV at all', async () => {
    const dead = { on: false };
    const taken = { on: false };
    const a = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: diesAfterClaim(fleetJobStoreFor(shared), dead, 'report'), fleetLimit } });
    // B's lease (its wait) is long: a stop that had to sit it out would overrun the shutdown grace.
    const b = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: seesTaken(fleetJobStoreFor(shared), taken), fleetLimit: { ...fleetLimit, leaseMs: 20000, heartbeatMs: 30 } } });
    let c: Awaited<ReturnType<typeof startHarness>> | null = null;
    let bClosed = false;
    try {
      const jobs = fleetJobStoreFor(shared);
      const uploads = fake.of('files.completeUploadExternal').length;
      const before = notes().length;
      await post(a.port, slashCommand('/tls-probe', `127.0.4.1:${tc.port} 127.0.4.1:${tc.port}`, fake.responseUrl('wait13'), { user_id: 'UWAIT13' }), { contentType: FORM });
      await until(() => dead.on, 10000);
      const job = (await jobs.runningFor('UWAIT13'))!;
      await until(() => taken.on, 10000);
      await sleep(100);
      const t0 = Date.now();
      await b.close();
      bClosed = true;
      expect(Date.now() - t0).toBeLessThan(3000);
      expect(notes().slice(before)).toHaveLength(0);
      c = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: fleetJobStoreFor(shared), fleetLimit } });
      await until(async () => (await jobs.get(job.id))!.state === 'done', 10000);
      await sleep(500);
      expect(fake.of('files.completeUploadExternal')).toHaveLength(uploads);
      const n = notes().slice(before);
      expect(n).toHaveLength(1);
      expect(String(n[0]!.body.text)).toMatch(/\/tls-probe with the same targets/);
    } finally {
      dead.on = false;
      await a.close();
      if (!bClosed) await b.close();
      await c?.close();
    }
  });
});
