/**
 * Fleet jobs across replicas and restarts: "one running job per user" is kept in the store, not in
 * a process. Two real apps share one fleet-job store (PostgreSQL when DATABASE_URL is set, else one
 * SQLite file) behind one local fake Web API; probes go to real sockets on loopback only.
 */
import path from 'node:path';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { fleetJobStoreFor, type FleetJobStore } from '../../src/store/fleet-jobs';
import { echoEngine } from './echo-engine';
import { diesWhen, fleetLimit, fleetRig, responseText as text, silentRig } from './fleet-rig';
import { startHarness, type Harness } from './harness';
import { eventCallback, FORM, mention, message, post, slashCommand } from './signed';
import { until } from './wait';

// The shared rig: the fake Web API, the tc733 endpoint on 127.0.4.1 and the store the replicas share
// (PostgreSQL when DATABASE_URL is set, else one SQLite file), with the rig's silent endpoint on 127.0.4.3.
const rig = fleetRig('tmsd-fleet-rep-', { pg: true });
const { fake } = rig;
const quiet = silentRig(rig);
const env = () => quiet.probeEnv();
let now = Date.now();
const clock = () => now;

describe('one running fleet job per user, across replicas', () => {
  let a: Harness;
  let b: Harness;
  let jobs: FleetJobStore;
  beforeEach(async () => {
    now = Date.now();
    jobs = fleetJobStoreFor(rig.shared, clock);
    const limit = { limit: 10, progressEveryMs: 0, sweepMs: 50 };
    a = await rig.replica(jobs, limit, env());
    b = await rig.replica(jobs, limit, env());
  });
  afterEach(async () => {
    await a.close();
    await b.close();
  });

  it('a job running on one replica refuses the same user on the other, and frees them when its report is out', async () => {
    // Counted in each user's direct message: a late upload of another case's job is never counted here.
    const [alice, bob] = [rig.uploadsTo('UALICE'), rig.uploadsTo('UBOB')];
    // the silent endpoint and the tc733 one
    const first = await quiet.startOn(a.port, 'r1', 'UALICE');
    expect(text(first)).toMatch(/Probing 2 endpoints/);
    const second = await quiet.startOn(b.port, 'r2', 'UALICE');
    expect(text(second)).toMatch(/already have a fleet probe running/);
    // someone else is not held up by it
    const other = await quiet.startOn(b.port, 'r3', 'UBOB');
    expect(text(other)).toMatch(/Probing 2 endpoints/);
    await fake.waitFor(() => rig.uploadsTo('UALICE') === alice + 1 && rig.uploadsTo('UBOB') === bob + 1, 20000);
    await until(async () => (await jobs.runningFor('UALICE')) === null, 5000);
    const quick = `127.0.4.1:${rig.tc.port} 127.0.4.1:${rig.tc.port}`;
    const third = await post(b.port, slashCommand('/tls-probe', quick, fake.responseUrl('r4')), { contentType: FORM });
    expect(text(third)).toMatch(/Probing 2 endpoints/);
    await fake.waitFor(() => rig.uploadsTo('UALICE') === alice + 2, 20000);
  });

  it('a job left running by a replica that died blocks its user only until its lease runs out; then a sweep says it was cut short, once', async () => {
    const claimed = await jobs.claim({ id: 'job:dead', who: 'UALICE', owner: 'replica-that-died', surface: 'file', lang: 'ja', channel: 'C9', threadTs: '5.0', total: 10, leaseMs: 60_000 });
    expect(claimed.status).toBe('started');
    await jobs.heartbeat('job:dead', 'replica-that-died', { done: 3, progressTs: '5.1' }, 60_000);
    const list = `127.0.4.1:${rig.tc.port} 127.0.4.1:${rig.tc.port}`;
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
    const counted = await Promise.all([a, b].map(async (x) => (await x.bot.deps.metrics.text()).body.match(/tms_doctor_fleet_jobs_total\{outcome="expired",reason="replica_stopped"\} (\d+)/)?.[1] ?? '0'));
    expect(counted.map(Number).sort()).toEqual([0, 1]);
    const now2 = await post(b.port, slashCommand('/tls-probe', list, fake.responseUrl('d2')), { contentType: FORM });
    expect(text(now2)).toMatch(/Probing 2 endpoints/);
    await until(async () => (await jobs.runningFor('UALICE')) === null, 20000);
  });

  it('what a sweep reads back is checked: an unreadable plan ends the job with the cut-short notice, once; an unreadable result is probed again', async () => {
    await jobs.claim({ id: 'job:garbled', who: 'UGIL', owner: 'gone', surface: 'slash', lang: 'en', channel: 'C9', threadTs: '8.0', total: 2, leaseMs: 60_000, plan: '{"entries": "not a list"' });
    await jobs.heartbeat('job:garbled', 'gone', { done: 1, progressTs: '8.1' }, 60_000);
    const plan = JSON.stringify({ entries: [{ line: 1, input: `127.0.4.1:${rig.tc.port}`, name: 'Room 9', stated: null }] });
    await jobs.claim({ id: 'job:badresult', who: 'UHAL', owner: 'gone', surface: 'slash', lang: 'en', channel: 'C9', threadTs: '9.0', total: 1, leaseMs: 60_000, plan });
    await jobs.heartbeat('job:badresult', 'gone', { done: 1, progressTs: '9.1', results: [{ index: 0, item: '{"verdict": "made-up"' }] }, 60_000);
    const seen = rig.tc.accepted();
    // the resumed job's report, in its thread (9.0)
    const reports = () => fake.completedUploads().filter((u) => u.threadTs === '9.0');
    now += 60_001;
    await fake.waitFor(() => reports().length === 1, 8000);
    await new Promise((r) => setTimeout(r, 300));
    const garbled = fake.of('chat.update').filter((u) => u.body.ts === '8.1');
    expect(garbled).toHaveLength(1);
    expect(String(garbled[0]!.body.text)).toMatch(/cut short after 1 of 2 endpoints/);
    expect((await jobs.get('job:garbled'))!.state).toBe('failed');
    expect(rig.tc.accepted()).toBeGreaterThan(seen); // the target whose stored result was unreadable was probed again
    expect(reports()).toHaveLength(1);
    expect(String(fake.of('upload').at(-1)!.body._raw).split(/\r?\n/).filter((l) => l.includes('Room 9'))).toHaveLength(1);
    expect(fake.of('chat.postMessage').filter((p) => p.body.thread_ts === '9.0' && /TLS probe of 1 endpoint\b/.test(String(p.body.text)))).toHaveLength(1);
  });
});

describe('a restart does not forget a running fleet job', () => {
  it('the job is in the store while it runs (progress included), and one cut short by a crash is resumed by the next run: one summary, one report', async () => {
    const h = await startHarness({ engine: echoEngine, probeEnv: env(), fake, extra: { fleetLimit: { progressEveryMs: 0, heartbeatMs: 20, leaseMs: 200, sweepMs: 50 } } });
    try {
      const list = `127.0.4.3:${quiet.silent.port} 127.0.4.1:${rig.tc.port}`;
      const cards = () => fake.of('chat.postMessage').filter((p) => /TLS probe of 2 endpoints/.test(String(p.body.text)) && p.body.thread_ts === running.progressTs).length;
      const started = await quiet.startOn(h.port, 'x1', 'UCAROL');
      expect(text(started)).toMatch(/Probing 2 endpoints/);
      const jobs = fleetJobStoreFor(h.store);
      await until(async () => (await jobs.runningFor('UCAROL'))?.progressTs != null, 5000);
      const running = (await jobs.runningFor('UCAROL'))!;
      expect(running).toMatchObject({ who: 'UCAROL', total: 2, state: 'running', channel: 'UCAROL', resumable: true });
      // the tc733 target answers at once (its result recorded); the silent one holds the job open
      await until(async () => (await jobs.get(running.id))!.done >= 1, 5000);
      const tcSeen = rig.tc.accepted();
      // the process "dies": it writes nothing more (its heartbeat stops); a new run on the same file takes over
      await h.store.close();
      const dbFile = h.dbFile;
      const next = await startHarness({ engine: echoEngine, probeEnv: env(), fake, dir: path.dirname(dbFile), extra: { fleetLimit: { progressEveryMs: 0, sweepMs: 50 } } });
      try {
        await fake.waitFor(() => fake.of('chat.update').some((u) => u.body.ts === running.progressTs && /picked it up again: 1 of 2 endpoints was already done/.test(String(u.body.text))), 5000);
        await fake.waitFor(() => rig.uploadsTo('UCAROL') === 1, 8000);
        await new Promise((r) => setTimeout(r, 300)); // the dead run's probe ends meanwhile: it posts nothing
        expect(rig.uploadsTo('UCAROL')).toBe(1);
        expect(cards()).toBe(1);
        const csv = String(fake.of('upload').at(-1)!.body._raw);
        for (const t of list.split(' ')) expect(csv.split(/\r?\n/).filter((l) => l.includes(t))).toHaveLength(1);
        expect(rig.tc.accepted()).toBe(tcSeen); // only what was left is probed
        expect(fake.of('chat.update').some((u) => u.body.ts === running.progressTs && /cut short/.test(String(u.body.text)))).toBe(false);
        const jobs2 = fleetJobStoreFor(next.store);
        await until(async () => (await jobs2.get(running.id))!.state === 'done', 5000);
        expect(await jobs2.get(running.id)).toMatchObject({ takeovers: 1, done: 2 });
        const again = await quiet.startOn(next.port, 'x2', 'UCAROL');
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

describe('a target list shared in a thread, cut short by a crash', () => {
  it('the run that resumes it also feeds the thread diagnosis the counts, once', async () => {
    const h = await startHarness({ engine: echoEngine, probeEnv: env(), fake, extra: { fleetLimit: { progressEveryMs: 0, heartbeatMs: 20, leaseMs: 200, sweepMs: 50 } } });
    try {
      const root = mention('C5', 'UFRAN', '<@UBOT> half the codecs show No HTTPS response');
      const replies = () => fake.of('chat.postMessage').filter((p) => p.body.thread_ts === root.ts && /fleet:\d+\/\d+/.test(JSON.stringify(p.body)));
      await post(h.port, eventCallback(root, 'EvRootF'));
      await fake.waitFor(() => fake.of('chat.postMessage').some((p) => p.body.thread_ts === root.ts || p.body.channel === 'C5'), 5000);
      const list = `127.0.4.1:${rig.tc.port}\n127.0.4.3:${quiet.silent.port}\n`;
      const file = fake.addFile('FLR1', 'codecs.txt', Buffer.from(list));
      await post(h.port, eventCallback(message('C5', 'channel', 'UFRAN', '', { thread_ts: root.ts, subtype: 'file_share', files: [file] }), 'EvShareF'));
      const jobs = fleetJobStoreFor(h.store);
      await until(async () => ((await jobs.runningFor('UFRAN'))?.done ?? 0) >= 1, 5000);
      await h.store.close(); // the process dies
      const next = await startHarness({ engine: echoEngine, probeEnv: env(), fake, dir: path.dirname(h.dbFile), extra: { fleetLimit: { progressEveryMs: 0, sweepMs: 50 } } });
      try {
        await fake.waitFor(() => replies().length >= 1, 8000);
        await new Promise((r) => setTimeout(r, 300));
        expect(replies()).toHaveLength(1);
        expect(fake.of('chat.postMessage').filter((p) => p.body.thread_ts === root.ts && /TLS probe of 2 endpoints/.test(String(p.body.text)))).toHaveLength(1);
      } finally {
        await next.bot.stop();
        await next.store.close();
      }
    } finally {
      await h.close().catch(() => undefined);
    }
  });
});

describe('a fleet job whose replica dies is resumed by another', () => {
  let ce: SimulatedEndpoint;
  let silent2: SimulatedEndpoint;
  beforeAll(async () => {
    ce = await startSimulatedEndpoint('ce81', { keyBits: 1024, host: '127.0.4.2' });
    silent2 = await startSimulatedEndpoint('silent', { host: '127.0.4.4' });
  });
  afterAll(async () => Promise.all([ce.close(), silent2.close()]));

  it('replica A dies mid-job; replica B takes it over, re-checks what is left under its own policy, probes only that, edits the same message, and posts one summary and one CSV with every target once', async () => {
    const dead = { on: false };
    // A may probe all four; B's policy no longer allows the port of the second silent host
    const a = await rig.replica(diesWhen(rig.jobs(), dead), fleetLimit, { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${rig.tc.port},${ce.port},${quiet.silent.port},${silent2.port}` });
    const b = await rig.replica(rig.jobs(), fleetLimit, { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${rig.tc.port},${ce.port},${quiet.silent.port}` });
    try {
      const jobs = rig.jobs();
      const targets = [`127.0.4.1:${rig.tc.port}`, `127.0.4.3:${quiet.silent.port}`, `127.0.4.2:${ce.port}`, `127.0.4.4:${silent2.port}`];
      const started = await post(a.port, slashCommand('/tls-probe', targets.join(' '), fake.responseUrl('k1'), { user_id: 'UDAVE' }), { contentType: FORM });
      expect(text(started)).toMatch(/Probing 4 endpoints/);
      // the two TLS endpoints answer at once and their results are recorded; the silent hosts hold the job open
      await until(async () => ((await jobs.runningFor('UDAVE'))?.done ?? 0) >= 2 && (await jobs.runningFor('UDAVE'))!.progressTs !== null, 5000);
      const before = (await jobs.runningFor('UDAVE'))!;
      expect(before).toMatchObject({ owner: a.bot.deps.fleet!.owner, done: 2, total: 4, resumable: true });
      dead.on = true; // A dies: no more heartbeats, nothing more written
      const seen = [rig.tc.accepted(), ce.accepted()];
      const cards = () => rig.dmCalls('UDAVE', 'chat.postMessage').filter((p) => /TLS probe of 4 endpoints/.test(String(p.body.text)));
      await fake.waitFor(() => rig.uploadsTo('UDAVE') === 1, 8000);
      await new Promise((r) => setTimeout(r, 400)); // A's probes in flight end meanwhile: it posts nothing
      expect(rig.uploadsTo('UDAVE')).toBe(1);
      expect(cards()).toHaveLength(1);
      expect(cards()[0]!.body.thread_ts).toBe(before.progressTs);
      // the same progress message: B says it goes on, then that it is done
      const edits = fake.of('chat.update').filter((u) => u.body.ts === before.progressTs).map((u) => String(u.body.text));
      expect(edits.some((t) => /picked it up again: 2 of 4 endpoints were already done/.test(t))).toBe(true);
      expect(edits.at(-1)).toMatch(/Probed 4 endpoints in \d+ s/);
      expect(edits.some((t) => /cut short/.test(t))).toBe(false);
      // every target once, in list order; what A finished is not probed again
      const rows = String(fake.of('upload').at(-1)!.body._raw).split(/\r?\n/);
      for (const t of targets) expect(rows.filter((l) => l.includes(t))).toHaveLength(1);
      expect(rows.findIndex((l) => l.includes(targets[0]!))).toBeLessThan(rows.findIndex((l) => l.includes(targets[3]!)));
      expect([rig.tc.accepted(), ce.accepted()]).toEqual(seen);
      // B's policy was applied to what was left: the port it does not allow was refused, not probed
      const refused = rows.find((l) => l.includes(targets[3]!))!;
      expect(refused).toMatch(/not-probed.*is not a port this bot may probe/);
      expect(refused).not.toMatch(/stopped|deadline/);
      expect(rows.find((l) => l.includes(targets[1]!))).toMatch(/unclear,.*never answers a TLS ClientHello/);
      await until(async () => (await jobs.get(before.id))!.state === 'done', 5000);
      expect(await jobs.get(before.id)).toMatchObject({ owner: b.bot.deps.fleet!.owner, takeovers: 1, done: 4 });
      // counted once as done (B's run) and once as stopped (A's, which ended without a report)
      const outcome = async (x: Harness, o: string) => Number((await x.bot.deps.metrics.text()).body.match(new RegExp(`tms_doctor_fleet_jobs_total\\{outcome="${o}"\\} (\\d+)`))?.[1] ?? '0');
      await until(async () => (await outcome(a, 'stopped')) === 1, 5000);
      expect([await outcome(a, 'done'), await outcome(b, 'done'), await outcome(b, 'stopped')]).toEqual([0, 1, 0]);
    } finally {
      dead.on = false;
      await a.close();
      await b.close();
    }
  });

  it('a job whose runs keep stopping is not taken over forever: after the bound its user is told, once, in their language', async () => {
    let t = Date.now() - 10 * 60_000; // its runs all ended minutes ago
    const old = fleetJobStoreFor(rig.shared, () => t);
    const plan = JSON.stringify([{ line: 1, input: `127.0.4.1:${rig.tc.port}`, name: null, stated: null }]);
    await old.claim({ id: 'job:crashy', who: 'UERIN', owner: 'r0', surface: 'file', lang: 'ja', channel: 'C9', threadTs: '7.0', total: 1, leaseMs: 60_000, plan });
    await old.heartbeat('job:crashy', 'r0', { done: 0, progressTs: '7.1' }, 60_000);
    for (let i = 1; i <= 3; i++) {
      t += 60_001;
      expect(await old.adopt(`r${i}`, 60_000, 3)).toHaveLength(1); // each owner died in turn
    }
    const seen = rig.tc.accepted();
    const h = await rig.replica(rig.jobs(), { sweepMs: 50 }, env());
    const h2 = await rig.replica(rig.jobs(), { sweepMs: 50 }, env());
    try {
      await fake.waitFor(() => fake.of('chat.update').some((u) => u.body.ts === '7.1'), 5000);
      await new Promise((r) => setTimeout(r, 300));
      const notes = fake.of('chat.update').filter((u) => u.body.ts === '7.1');
      expect(notes).toHaveLength(1);
      expect(String(notes[0]!.body.text)).toMatch(/ボットが 4 回停止したため、自動では再開しません/);
      expect(await rig.jobs().get('job:crashy')).toMatchObject({ state: 'expired', takeovers: 3, resumable: false });
      expect(rig.tc.accepted()).toBe(seen); // not probed again
    } finally {
      await h.close();
      await h2.close();
    }
  });
});
