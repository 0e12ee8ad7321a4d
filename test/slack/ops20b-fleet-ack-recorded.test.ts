/**
 * OPS20B (REV20 #6): a /tls-probe fleet job whose acknowledgement went through (the user saw
 * "Probing 2 endpoints…") is recorded as acknowledged in the store before it runs, in a write of its
 * own. Before, only the run's first heartbeat recorded it: when that heartbeat failed and the replica
 * died before the next one, the job stayed unacknowledged, no replica took it over, and the sweep
 * ended it without a word (state expired, no summary, no "cut short" line). Now another replica
 * takes it over and finishes it (or, with no takeover left, its user is told it was cut short).
 *
 * Two real apps (HTTP mode, signed requests) share one fleet-job store: PostgreSQL when
 * DATABASE_URL is set, else one SQLite file. The local fake Web API, one simulated TC 7.3.3
 * endpoint on 127.0.4.1 and one silent endpoint on 127.0.4.3 that holds the job open (loopback only).
 */
import { echoEngine } from './echo-engine';
import { dmsTo as dmsIn, fleetLimit, fleetRig, responseText as text, silentRig, storeView } from './fleet-rig';
import { startHarness } from './harness';
import { sleep, until } from './wait';

jest.setTimeout(60000);

const rig = fleetRig('tmsd-ops20b-ack-', { pg: true });
const { fake } = rig;
const quiet = silentRig(rig);
const { probeEnv, startOn } = quiet;

/** Everything sent to `user`'s direct message, or edited in it. */
const dmsTo = (user: string) => dmsIn(fake, user);

/** A's view of the store: its job's first heartbeat fails, and A dies right then (every later call fails). */
function firstBeatFailsThenDies(dead: { on: boolean }, calls: string[]) {
  return storeView(rig.jobs(), (prop, _args, call) => {
    calls.push(String(prop));
    if (prop === 'heartbeat') dead.on = true;
    return dead.on ? Promise.reject(new Error('connection lost: the replica died')) : call();
  });
}

it('the ack went through, the first heartbeat fails and the replica dies: another replica takes the job over and reports it (not ended silently)', async () => {
  const dead = { on: false };
  const calls: string[] = [];
  const jobs = rig.jobs();
  const a = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: firstBeatFailsThenDies(dead, calls), fleetLimit } });
  const b = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: rig.jobs(), fleetLimit } });
  try {
    const res = await startOn(a.port, 'ops20b-dies', 'UACKDIES');
    expect(res.status).toBe(200);
    expect(text(res)).toMatch(/Probing 2 endpoints/);
    await until(() => dead.on, 5000);
    const job = (await jobs.runningFor('UACKDIES'))!;
    expect(job).toMatchObject({ owner: a.bot.deps.fleet!.owner, takeovers: 0 });
    // B takes it over once A's lease runs out, and finishes it: one summary and one CSV
    await until(async () => (await jobs.get(job.id))!.state !== 'running', 20000);
    expect(await jobs.get(job.id)).toMatchObject({ state: 'done', owner: b.bot.deps.fleet!.owner, takeovers: 1, done: 2 });
    // counted in the user's direct message: a late upload of another case's job is never counted here
    await fake.waitFor(() => rig.uploadsTo('UACKDIES') === 1, 5000);
    await sleep(300);
    expect(rig.uploadsTo('UACKDIES')).toBe(1);
    const lines = [...a.logger.lines, ...b.logger.lines].map((l) => String(l.msg));
    expect(lines.some((m) => /fleet job resumed/.test(m))).toBe(true);
    expect(lines.some((m) => /fleet job ended unacknowledged/.test(m))).toBe(false);
    // the acknowledgement was written on its own, after the claim and before the first heartbeat
    expect(calls.indexOf('acknowledged')).toBeGreaterThan(calls.indexOf('claim'));
    expect(calls.indexOf('acknowledged')).toBeLessThan(calls.indexOf('heartbeat'));
  } finally {
    dead.on = false;
    await a.close();
    await b.close();
  }
});

it('the same, the other replica cannot take it over (no probe there): its user is told the job was cut short, not left waiting', async () => {
  const dead = { on: false };
  const jobs = rig.jobs();
  const a = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: firstBeatFailsThenDies(dead, []), fleetLimit } });
  // B has no probe: its sweep ends jobs whose lease ran out and tells their users (it runs none).
  const b = await startHarness({ engine: echoEngine, fake, extra: { fleetJobs: rig.jobs(), fleetLimit } });
  try {
    const res = await startOn(a.port, 'ops20b-reap', 'UACKREAP');
    expect(text(res)).toMatch(/Probing 2 endpoints/);
    await until(() => dead.on, 5000);
    const job = (await jobs.runningFor('UACKREAP'))!;
    await until(async () => (await jobs.get(job.id))!.state !== 'running', 20000);
    expect(await jobs.get(job.id)).toMatchObject({ state: 'expired', takeovers: 0 });
    await until(() => dmsTo('UACKREAP').some((c) => /cut short/.test(String(c.body.text))), 5000);
    const lines = [...a.logger.lines, ...b.logger.lines].map((l) => String(l.msg));
    expect(lines.some((m) => /fleet job ended unacknowledged/.test(m))).toBe(false);
  } finally {
    dead.on = false;
    await a.close();
    await b.close();
  }
});

it('the ack went through but recording it came after the claim\'s lease ran out and a sweep ended it: the job does not run, and its user is told it was cut short', async () => {
  const jobs = rig.jobs();
  let recorded: unknown = null;
  // A records the acknowledgement late (the database stalled well past the 300 ms lease); B sweeps meanwhile.
  const a = await startHarness({
    engine: echoEngine,
    probeEnv: probeEnv(),
    fake,
    extra: {
      fleetJobs: storeView(rig.jobs(), async (prop, _args, call) => {
        if (prop !== 'acknowledged') return call();
        await sleep(1500);
        recorded = await call();
        return recorded;
      }),
      fleetLimit,
    },
  });
  const b = await startHarness({ engine: echoEngine, probeEnv: probeEnv(), fake, extra: { fleetJobs: rig.jobs(), fleetLimit } });
  try {
    const probed = [rig.tc.accepted(), quiet.silent.accepted()];
    const res = await startOn(a.port, 'ops20b-gone', 'UACKGONE');
    expect(text(res)).toMatch(/Probing 2 endpoints/);
    await until(() => recorded !== null, 5000);
    expect(recorded).toBe(false);
    await until(() => dmsTo('UACKGONE').some((c) => /cut short after 0 of 2/.test(String(c.body.text))), 5000);
    await sleep(500);
    expect([rig.tc.accepted(), quiet.silent.accepted()]).toEqual(probed); // nothing probed
    expect(await jobs.runningFor('UACKGONE')).toBeNull();
    expect(dmsTo('UACKGONE').filter((c) => /cut short/.test(String(c.body.text)))).toHaveLength(1);
    // its quota unit came back: this take is the only one in the window
    const quota = await a.bot.deps.store.quotas.take('fleet:UACKGONE', 10, 60 * 60 * 1000);
    expect(quota).toMatchObject({ allowed: true, used: 1 });
  } finally {
    await a.close();
    await b.close();
  }
});
