/**
 * A fleet job's CSV report that does not reach the thread is never silent: the thread gets one short
 * line saying the file could not be attached and how to get one (run the same list again: share the
 * file again, or /tls-probe with the same targets), in the user's language. Exactly once stays: the
 * CSV is never uploaded twice. Cases: the upload fails after the claim; the run that claimed the
 * report stops before uploading it and another replica takes the job over. Two real apps share one
 * SQLite fleet-job store behind one local fake Web API; probes go to loopback only.
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
import { eventCallback, FORM, mention, message, post, slashCommand } from './signed';
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

/** A replica's view that dies at the job's end (`finish` and every call after it fail): it uploaded first. */
function diesAtFinish(inner: FleetJobStore, dead: { on: boolean }): FleetJobStore {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        if (prop === 'finish') dead.on = true;
        return dead.on ? Promise.reject(new Error('connection lost: the replica died')) : (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

describe('the upload fails after the report was claimed', () => {
  it('a list file shared in a thread: one line in the thread saying so and to share the file again; nothing uploaded twice', async () => {
    const h = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetLimit: { progressEveryMs: 0 } } });
    try {
      const root = mention('C65F', 'UALICE', '<@UBOT> half the codecs show No HTTPS response');
      await post(h.port, eventCallback(root, 'Ev65root'));
      await fake.waitFor(() => fake.of('chat.postMessage').some((p) => p.body.channel === 'C65F'));
      fake.fail('files.completeUploadExternal', { status: 500 });
      const file = fake.addFile('FL65', 'systems.csv', Buffer.from(`Network Address\n127.0.4.1:${tc.port}\n127.0.4.1:${tc.port}\n`));
      const uploads = fake.of('files.completeUploadExternal!failed').length;
      await post(h.port, eventCallback(message('C65F', 'channel', 'UBOB', '', { thread_ts: root.ts, subtype: 'file_share', files: [file] }), 'Ev65share'));
      await until(() => notes('C65F').length > 0, 20000);
      await h.bot.idle();
      await sleep(300);
      expect(fake.of('files.completeUploadExternal!failed').length).toBeGreaterThan(uploads);
      expect(fake.completedUploads().filter((u) => u.channel === 'C65F')).toHaveLength(0);
      const n = notes('C65F');
      expect(n).toHaveLength(1);
      expect(n[0]!.body.thread_ts).toBe(root.ts);
      expect(String(n[0]!.body.text)).toMatch(/share the list file in this thread again/);
    } finally {
      fake.heal();
      await h.close();
    }
  });

  it('in Japanese for a Japanese user of /tls-probe, naming the command', async () => {
    fake.locales.set('UJA65', 'ja-JP');
    const h = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetLimit: { progressEveryMs: 0 } } });
    try {
      const before = notes().length;
      fake.fail('files.completeUploadExternal', { status: 500 });
      await post(h.port, slashCommand('/tls-probe', `127.0.4.1:${tc.port} 127.0.4.1:${tc.port}`, fake.responseUrl('ja65'), { user_id: 'UJA65' }), { contentType: FORM });
      await until(() => notes().length > before, 20000);
      await sleep(300);
      const n = notes().slice(before);
      expect(n).toHaveLength(1);
      expect(String(n[0]!.body.text)).toMatch(/添付できませんでした/);
      expect(String(n[0]!.body.text)).toContain('/tls-probe');
    } finally {
      fake.heal();
      await h.close();
    }
  });
});

describe('a replica takes the job over', () => {
  it('the first run claimed the report and stopped before uploading it: the run that finishes the job says so, once, and uploads nothing', async () => {
    const dead = { on: false };
    const a = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: diesAfterClaim(fleetJobStoreFor(shared), dead, 'report'), fleetLimit } });
    const b = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: fleetJobStoreFor(shared), fleetLimit } });
    try {
      const jobs = fleetJobStoreFor(shared);
      const uploads = fake.of('files.completeUploadExternal').length;
      const before = notes().length;
      await post(a.port, slashCommand('/tls-probe', `127.0.4.1:${tc.port} 127.0.4.1:${tc.port}`, fake.responseUrl('dies65'), { user_id: 'UDIES65' }), { contentType: FORM });
      await until(() => dead.on, 10000);
      const job = (await jobs.runningFor('UDIES65'))!;
      await until(async () => (await jobs.get(job.id))!.state === 'done', 10000);
      await sleep(500);
      expect(fake.of('files.completeUploadExternal')).toHaveLength(uploads);
      const n = notes().slice(before);
      expect(n).toHaveLength(1);
      expect(String(n[0]!.body.text)).toMatch(/\/tls-probe with the same targets/);
    } finally {
      dead.on = false;
      await a.close();
      await b.close();
    }
  });

  it('the first run uploaded the report and stopped before recording the end: no line, no second CSV', async () => {
    const dead = { on: false };
    const a = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: diesAtFinish(fleetJobStoreFor(shared), dead), fleetLimit } });
    const b = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: fleetJobStoreFor(shared), fleetLimit } });
    try {
      const jobs = fleetJobStoreFor(shared);
      const uploads = fake.of('files.completeUploadExternal').length;
      const before = notes().length;
      await post(a.port, slashCommand('/tls-probe', `127.0.4.1:${tc.port} 127.0.4.1:${tc.port}`, fake.responseUrl('fin65'), { user_id: 'UFIN65' }), { contentType: FORM });
      await until(() => dead.on, 10000);
      const job = (await jobs.runningFor('UFIN65'))!;
      await until(async () => (await jobs.get(job.id))!.state === 'done', 10000);
      await sleep(500);
      expect(fake.of('files.completeUploadExternal')).toHaveLength(uploads + 1);
      expect(notes().slice(before)).toHaveLength(0);
    } finally {
      dead.on = false;
      await a.close();
      await b.close();
    }
  });
});
