/**
 * A fleet run that lost its lease while still alive (its heartbeats went unrecorded for a whole
 * lease) and the run that took the job over never leave the thread with both a CSV report and a
 * line saying it could not be attached: the first run does not upload once it knows it lost the job,
 * and the run that took over waits one lease and looks in the thread for the report (its file name
 * carries the job's id) before it tells the user it is missing. Two real apps share one SQLite
 * fleet-job store behind one local fake Web API; probes go to loopback only.
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
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-lost-lease-'));
  shared = sqliteStore(path.join(dir, 'shared.db'));
});
afterAll(async () => {
  await Promise.all([tc.close(), fake.stop(), shared.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

const MISSING = /could not attach the full report|レポート（CSV ファイル）をここに添付できませんでした/;
const notes = () => fake.of('chat.postMessage').filter((p) => MISSING.test(String(p.body.text)));
const fleetLimit = { limit: 10, progressEveryMs: 0, leaseMs: 300, heartbeatMs: 30, sweepMs: 50 };
const probeEnv = () => ({ PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${tc.port}` });

/**
 * A replica whose store goes unreachable right after its report claim is recorded (every later call
 * fails, so its lease runs out while it is alive); the claim's answer comes back after `holdMs`.
 */
function blipAfterReportClaim(inner: FleetJobStore, dead: { on: boolean }, holdMs: number): FleetJobStore {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return async (...args: unknown[]) => {
        if (dead.on) throw new Error('connection lost: a database blip');
        const out = await (v as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (prop === 'claimPost' && args[2] === 'report') {
          dead.on = true;
          await sleep(holdMs);
        }
        return out;
      };
    },
  });
}

/** A replica's store that sets `seen.on` once it finds the report claimed by an earlier run (it then waits one lease before it looks). */
function watchTaken(inner: FleetJobStore, seen: { on: boolean }): FleetJobStore {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return async (...args: unknown[]) => {
        const out = await (v as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (prop === 'claimPost' && args[2] === 'report' && out === 'taken') seen.on = true;
        return out;
      };
    },
  });
}

describe('the first run loses its lease around the report upload', () => {
  it('it learns it lost the job before the upload: no CSV from it, and one line from the run that took over', async () => {
    const dead = { on: false };
    const a = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: blipAfterReportClaim(fleetJobStoreFor(shared), dead, 900), fleetLimit } });
    const b = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: fleetJobStoreFor(shared), fleetLimit } });
    try {
      const jobs = fleetJobStoreFor(shared);
      const uploads = fake.of('files.completeUploadExternal').length;
      const before = notes().length;
      await post(a.port, slashCommand('/tls-probe', `127.0.4.1:${tc.port} 127.0.4.1:${tc.port}`, fake.responseUrl('blip16'), { user_id: 'UBLIP16' }), { contentType: FORM });
      await until(() => dead.on, 10000);
      const job = (await jobs.runningFor('UBLIP16'))!;
      await until(async () => (await jobs.get(job.id))!.state === 'done', 10000);
      await sleep(1500); // the first run's claim answer has come back and it went on
      expect(fake.of('files.completeUploadExternal')).toHaveLength(uploads);
      expect(fake.of('files.getUploadURLExternal').filter((c) => String(c.body.filename).includes(job.id.slice(4, 16)))).toHaveLength(0);
      expect(notes().slice(before)).toHaveLength(1);
    } finally {
      dead.on = false;
      await a.close();
      await b.close();
    }
  });

  it('its upload is still under way when the other run finds the report claimed: the CSV arrives and no "could not attach" line is posted', async () => {
    const dead = { on: false };
    const seen = { on: false };
    const a = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: blipAfterReportClaim(fleetJobStoreFor(shared), dead, 0), fleetLimit } });
    const b = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: watchTaken(fleetJobStoreFor(shared), seen), fleetLimit } });
    try {
      const jobs = fleetJobStoreFor(shared);
      const uploads = fake.completedUploads().length;
      const before = notes().length;
      const open = fake.gate('files.completeUploadExternal');
      await post(a.port, slashCommand('/tls-probe', `127.0.4.1:${tc.port} 127.0.4.1:${tc.port}`, fake.responseUrl('slow16'), { user_id: 'USLOW16' }), { contentType: FORM });
      await until(() => dead.on, 10000);
      const job = (await jobs.runningFor('USLOW16'))!;
      await until(() => seen.on, 10000); // taken over: the report is claimed by the first run; the run that took over waits
      open(); // the first run's upload completes now
      await until(async () => (await jobs.get(job.id))!.state === 'done', 10000);
      await sleep(500);
      expect(notes().slice(before)).toHaveLength(0);
      const done = fake.completedUploads().slice(uploads);
      expect(done).toHaveLength(1);
      expect(done[0]!.filename).toContain(job.id.slice(4, 16));
    } finally {
      dead.on = false;
      await a.close();
      await b.close();
    }
  });
});
