/**
 * The rig the Slack fleet-job tests share: one simulated TC 7.3.3 endpoint on 127.0.4.1 (loopback
 * only), one local fake Web API, one fleet-job store shared by the replicas (one SQLite file in a temp
 * dir, or PostgreSQL when asked for and DATABASE_URL is set), and the steps those tests take: start
 * a replica (a real app), start a /tls-probe job of two targets, read the "could not attach" lines,
 * and views of the store that make a replica die or watch at a given call.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppConfig } from '../../src/slack/app';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { fleetJobStoreFor, type FleetJob, type FleetJobStore } from '../../src/store/fleet-jobs';
import type { Store } from '../../src/store/port';
import { postgresStore } from '../../src/store/postgres';
import { sqliteStore } from '../../src/store/sqlite';
import { freshPgDatabase, pgUrl } from '../store/backends';
import type { Call } from './fake-slack';
import { echoEngine } from './echo-engine';
import { FakeSlack } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { FORM, post, slashCommand } from './signed';
import { until } from './wait';

/** Short fleet timings: a lease runs out in 300 ms, so a takeover comes quickly. */
export const fleetLimit = { limit: 10, progressEveryMs: 0, leaseMs: 300, heartbeatMs: 30, sweepMs: 50 };
/** A replica's fleet timings (any left out take the app's defaults). */
export type FleetLimit = Partial<typeof fleetLimit>;

/** The line a thread gets when a job's CSV report could not be attached (English or Japanese). */
export const MISSING = /could not attach the full report|レポート（CSV ファイル）をここに添付できませんでした/;

/** fix62b: the line a thread gets when a share of the job's CSV got no clear answer and the file is not seen (it is not shared again). */
export const UNCONFIRMED = /Slack did not confirm that the full report \(the CSV file\) was attached|添付が完了したかどうか Slack から確認が取れず/;

export interface FleetRig {
  /** The fake Web API (created at once, listening from beforeAll). */
  readonly fake: FakeSlack;
  /** The simulated endpoint (from beforeAll). */
  readonly tc: SimulatedEndpoint;
  /** The store the replicas share (from beforeAll). */
  readonly shared: Store;
  /** A fresh view of the shared fleet-job store. */
  jobs(): FleetJobStore;
  /** The probe settings of every replica: loopback only, the endpoint's port. */
  probeEnv(): Record<string, string>;
  /** The "could not attach" lines posted so far (in `channel` only, when given). */
  notes(channel?: string): Call[];
  /**
   * What was posted (chat.postMessage) or uploaded (files.completeUploadExternal) so far in `user`'s direct message,
   * addressed by the user's id or the DM's: one case's own calls, so a late call of another case is never counted here.
   */
  dmCalls(user: string, method: 'chat.postMessage' | 'files.completeUploadExternal'): Call[];
  /** The summary cards of a two-target job posted so far in `user`'s direct message. */
  cards(user: string): Call[];
  /** The "could not attach" lines posted so far in `user`'s direct message. */
  notesTo(user: string): Call[];
  /** The CSV reports completed so far in `user`'s direct message (uploads whose completion Slack accepted). */
  uploadsTo(user: string): number;
  /** Start a replica on the shared fake, with this view of the fleet-job store, these timings and probe settings (the rig's by default). */
  replica(fleetJobs: FleetJobStore, limit?: FleetLimit, probeEnv?: Record<string, string>, extra?: Partial<AppConfig>): Promise<Harness>;
  /** `/tls-probe` of the endpoint twice, sent to `h` as `user` (its response_url keyed `key`). */
  probeTwice(h: Harness, key: string, user: string): Promise<unknown>;
  /**
   * Replica A on `aView`, then replica B on `bView` (both with `limit`, fleetLimit by default, and the app settings
   * `extra`); run `body`, then (`dead` cleared first, so A's view lets it stop cleanly) close both.
   */
  twoReplicas(aView: FleetJobStore, bView: FleetJobStore, dead: { on: boolean } | null, body: (a: Harness, b: Harness) => Promise<void>, limit?: FleetLimit, extra?: Partial<AppConfig>): Promise<void>;
  /** Start the job on `a` (probeTwice), wait until A's view died, then until the job is done (taken over); the job. */
  jobThatDies(a: Harness, key: string, user: string, dead: { on: boolean }): Promise<FleetJob>;
  /** The ids of `who`'s jobs, newest first, straight from the shared database (a job no longer running is not in runningFor). */
  jobIds(who: string): Promise<string[]>;
}

/**
 * Register the rig's beforeAll/afterAll in the calling test file. `tmpPrefix` names its temp dir;
 * `pg`: use PostgreSQL for the shared store when DATABASE_URL is set (else the SQLite file).
 */
export function fleetRig(tmpPrefix: string, opts: { pg?: boolean } = {}): FleetRig {
  const fake = new FakeSlack();
  let tc: SimulatedEndpoint | undefined;
  let shared: Store | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    tc = await startSimulatedEndpoint('tc733', { keyBits: 1024, host: '127.0.4.1' });
    await fake.start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
    const url = opts.pg ? pgUrl() : undefined;
    shared = url ? await postgresStore(await freshPgDatabase(url)) : sqliteStore(path.join(dir, 'shared.db'));
  });
  afterAll(async () => {
    await Promise.all([tc?.close(), fake.stop(), shared?.close()]);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  const rig: FleetRig = {
    fake,
    get tc() {
      if (!tc) throw new Error('fleet rig: the endpoint starts in beforeAll');
      return tc;
    },
    get shared() {
      if (!shared) throw new Error('fleet rig: the shared store opens in beforeAll');
      return shared;
    },
    jobs: () => fleetJobStoreFor(rig.shared),
    probeEnv: () => ({ PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${rig.tc.port}` }),
    notes: (channel?: string) =>
      fake.of('chat.postMessage').filter((p) => MISSING.test(String(p.body.text)) && (channel === undefined || p.body.channel === channel)),
    dmCalls: (user, method) => fake.of(method).filter((c) => [user, fake.dmOf(user)].includes(String(c.body.channel ?? c.body.channel_id))),
    cards: (user) => rig.dmCalls(user, 'chat.postMessage').filter((p) => /TLS probe of 2 endpoints/.test(String(p.body.text))),
    notesTo: (user) => rig.dmCalls(user, 'chat.postMessage').filter((p) => MISSING.test(String(p.body.text))),
    uploadsTo: (user) => rig.dmCalls(user, 'files.completeUploadExternal').length,
    replica: (fleetJobs, limit = fleetLimit, probeEnv = rig.probeEnv(), extra = {}) =>
      startHarness({ engine: echoEngine, probeEnv, fake, extra: { ...extra, fleetJobs, fleetLimit: limit } }),
    probeTwice: (h, key, user) =>
      post(h.port, slashCommand('/tls-probe', `127.0.4.1:${rig.tc.port} 127.0.4.1:${rig.tc.port}`, fake.responseUrl(key), { user_id: user }), { contentType: FORM }),
    twoReplicas: async (aView, bView, dead, body, limit = fleetLimit, extra = {}) => {
      const a = await rig.replica(aView, limit, undefined, extra);
      const b = await rig.replica(bView, limit, undefined, extra);
      try {
        await body(a, b);
      } finally {
        if (dead) dead.on = false;
        await a.close();
        await b.close();
      }
    },
    jobThatDies: async (a, key, user, dead) => {
      const jobs = rig.jobs();
      await rig.probeTwice(a, key, user);
      await until(() => dead.on, 10000);
      const job = (await jobs.runningFor(user))!;
      await until(async () => (await jobs.get(job.id))!.state === 'done', 10000);
      return job;
    },
    jobIds: async (who) => {
      const s = rig.shared as unknown as { pool?: { query: (q: string, v: unknown[]) => Promise<{ rows: { id: string }[] }> }; db?: { prepare: (q: string) => { all: (...v: unknown[]) => { id: string }[] } } };
      const q = 'SELECT id FROM fleet_jobs WHERE who = $1 ORDER BY started_at DESC';
      if (s.pool) return (await s.pool.query(q, [who])).rows.map((r) => r.id);
      return s.db!.prepare(q.replace('$1', '?')).all(who).map((r) => r.id);
    },
  };
  return rig;
}

/** The text of a slash command's immediate response (its JSON body's `text`). */
export const responseText = (r: { text: string }): string => String((JSON.parse(r.text) as { text?: string }).text);

/** Everything sent to `user`'s direct message or edited in it; with `uploads`, the files completed there too. */
export function dmsTo(fake: FakeSlack, user: string, opts: { uploads?: boolean } = {}): Call[] {
  const methods = ['chat.postMessage', 'chat.update', ...(opts.uploads ? ['files.completeUploadExternal'] : [])];
  return fake.calls.filter((c) => methods.includes(c.method) && JSON.stringify(c.body).includes(user));
}

export interface SilentRig {
  /** The silent endpoint (from beforeAll). */
  readonly silent: SimulatedEndpoint;
  /** The probe settings of a replica: loopback only, the ports of the rig's endpoint and of the silent one. */
  probeEnv(): Record<string, string>;
  /** `/tls-probe` of the silent endpoint and the rig's endpoint, sent to `port` as `user` (response_url keyed `key`). */
  startOn(port: number, key: string, user: string): Promise<{ status: number; text: string }>;
}

/**
 * Beside the rig's endpoint, one silent endpoint on 127.0.4.3 that never answers and so holds a job open (loopback only);
 * registers its beforeAll/afterAll in the calling test file.
 */
export function silentRig(rig: FleetRig): SilentRig {
  let silent: SimulatedEndpoint | undefined;
  beforeAll(async () => {
    silent = await startSimulatedEndpoint('silent', { host: '127.0.4.3' });
  });
  afterAll(async () => {
    await silent?.close();
  });
  const out: SilentRig = {
    get silent() {
      if (!silent) throw new Error('silent rig: the endpoint starts in beforeAll');
      return silent;
    },
    probeEnv: () => ({ PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${rig.tc.port},${out.silent.port}` }),
    startOn: async (port, key, user) => {
      const list = `127.0.4.3:${out.silent.port} 127.0.4.1:${rig.tc.port}`;
      return (await post(port, slashCommand('/tls-probe', list, rig.fake.responseUrl(key), { user_id: user }), { contentType: FORM })) as { status: number; text: string };
    },
  };
  return out;
}

/**
 * A view of `inner` whose every call goes through `around(prop, args, call)`; `call()` runs the real
 * method. (Every FleetJobStore method returns a promise.)
 */
export function storeView(
  inner: FleetJobStore,
  around: (prop: string | symbol, args: unknown[], call: () => Promise<unknown>) => Promise<unknown>,
): FleetJobStore {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => around(prop, args, () => (v as (...a: unknown[]) => Promise<unknown>).apply(target, args));
    },
  });
}

const died = () => new Error('connection lost: the replica died');

/** A replica's view of the store that goes dead once `dead.on` is set (the replica "dies"): every call fails from then on. */
export function diesWhen(inner: FleetJobStore, dead: { on: boolean }): FleetJobStore {
  return storeView(inner, (_prop, _args, call) => (dead.on ? Promise.reject(died()) : call()));
}

/**
 * A replica's view of the store that dies right after `claimPost(post)` is recorded (the claim is
 * stored, the replica is gone before it posts): that call and every call after it fail.
 */
export function diesAfterClaim(inner: FleetJobStore, dead: { on: boolean }, post: 'summary' | 'report' | 'share'): FleetJobStore {
  return storeView(inner, async (prop, args, call) => {
    if (dead.on) throw died();
    const out = await call();
    if (prop === 'claimPost' && args[2] === post) {
      dead.on = true;
      throw died();
    }
    return out;
  });
}

/** A replica's view of the store that dies at the job's end: `finish` (and every call after it) fails; it uploaded first. */
export function diesAtFinish(inner: FleetJobStore, dead: { on: boolean }): FleetJobStore {
  return storeView(inner, (prop, _args, call) => {
    if (prop === 'finish') dead.on = true;
    return dead.on ? Promise.reject(died()) : call();
  });
}

/** A replica's view that sets `taken.on` once its claim of the report comes back taken (it then waits one lease before it looks). */
export function seesReportTaken(inner: FleetJobStore, taken: { on: boolean }): FleetJobStore {
  return storeView(inner, async (prop, args, call) => {
    const out = await call();
    if (prop === 'claimPost' && args[2] === 'report' && out === 'taken') taken.on = true;
    return out;
  });
}
