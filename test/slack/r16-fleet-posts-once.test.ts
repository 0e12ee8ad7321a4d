/**
 * A fleet job's summary card and CSV report are posted once, also when the replica that posted them
 * dies before recording the job's end and another replica takes the job over: each post is claimed
 * in the store before it is made. Two real apps share one fleet-job store (PostgreSQL when
 * DATABASE_URL is set, else one SQLite file) behind one local fake Web API; probes go to loopback.
 * Also when the claims themselves cannot be recorded: one card, one CSV all the same.
 */
import { MemoryFleetJobStore, type FleetJobStore } from '../../src/store/fleet-jobs';
import { diesAfterClaim, diesAtFinish, fleetLimit, fleetRig, storeView } from './fleet-rig';
import { until } from './wait';

jest.setTimeout(60000);

const rig = fleetRig('tmsd-fleet-once-', { pg: true });
const { fake } = rig;
/**
 * The summary cards of a two-target job posted so far in `user`'s direct message: each case has its own user, so a
 * card another case's replicas post late is never counted in this one.
 */
const cards = (user: string) => rig.cards(user).length;
/** The CSV reports completed so far in `user`'s direct message. */
const uploads = (user: string) => rig.uploadsTo(user);

describe('claimPost (every backend)', () => {
  const backends: [string, () => FleetJobStore][] = [
    ['memory', () => new MemoryFleetJobStore()],
    ['shared', () => rig.jobs()],
  ];
  it.each(backends)('%s: claimed once per post, only by the running owner; its claims are not results', async (_name, make) => {
    const s = make();
    const id = `job:claim-${Math.random().toString(36).slice(2)}`;
    const plan = JSON.stringify([{ line: 1, input: '127.0.4.1:443', name: null, stated: null }]);
    await s.claim({ id, who: `U${id}`, owner: 'r1', surface: 'slash', lang: 'en', channel: 'C1', total: 1, leaseMs: 1, plan });
    expect(await s.claimPost(id, 'r2', 'summary', 'run-b')).toBe('lost');
    expect(await s.claimPost(id, 'r1', 'summary', 'run-a')).toBe('claimed');
    // the same run asking again (its first answer was lost) gets its claim back; another run does not
    expect(await s.claimPost(id, 'r1', 'summary', 'run-a')).toBe('claimed');
    expect(await s.claimPost(id, 'r1', 'summary', 'run-a2')).toBe('taken');
    expect(await s.claimPost(id, 'r1', 'report', 'run-a')).toBe('claimed');
    await new Promise((r) => setTimeout(r, 5)); // the lease ran out: another owner takes it over
    const [r] = (await s.adopt('r2', 60_000, 3)).filter((x) => x.job.id === id);
    expect(r!.results).toEqual([]);
    expect(await s.claimPost(id, 'r1', 'report', 'run-a')).toBe('lost');
    expect(await s.claimPost(id, 'r2', 'summary', 'run-b')).toBe('taken');
    expect(await s.claimPost(id, 'r2', 'report', 'run-b')).toBe('taken');
    await s.finish(id, 'r2', 'done');
    expect(await s.claimPost(id, 'r2', 'report', 'run-b')).toBe('lost');
  });
});

describe('a replica that posted the summary and the report dies before recording the job\'s end', () => {
  it('the replica that takes the job over posts neither again', async () => {
    const dead = { on: false };
    await rig.twoReplicas(diesAtFinish(rig.jobs(), dead), rig.jobs(), dead, async (a, b) => {
      const jobs = rig.jobs();
      await rig.probeTwice(a, 'once1', 'UONCE');
      await until(() => dead.on, 10000); // A posted both, then died as it went to record the end
      const job = (await jobs.runningFor('UONCE')) ?? null;
      expect(uploads('UONCE')).toBe(1);
      expect(cards('UONCE')).toBe(1);
      // B takes the job over once A's lease has run out, and finishes it
      await until(async () => job !== null && (await jobs.get(job.id))!.state === 'done', 10000);
      expect(await jobs.get(job!.id)).toMatchObject({ owner: b.bot.deps.fleet!.owner, takeovers: 1 });
      await new Promise((r) => setTimeout(r, 300));
      expect(uploads('UONCE')).toBe(1);
      expect(cards('UONCE')).toBe(1);
    });
  });

  it.each([
    ['summary', 1],
    // a claimed report is looked for in the thread (its file name carries the job's id), waited for,
    // and uploaded by the run that has the job only when it is still not there (fix58g): once
    ['report', 1],
  ] as const)('the first replica claimed the %s and died before posting it: the card is in the thread once, the report %i more time(s)', async (diesAt, reports) => {
    const dead = { on: false };
    const user = `UDIES${diesAt.toUpperCase()}`;
    await rig.twoReplicas(diesAfterClaim(rig.jobs(), dead, diesAt), rig.jobs(), dead, async (a) => {
      await rig.jobThatDies(a, `dies-${diesAt}`, user, dead);
      await new Promise((r) => setTimeout(r, 300));
      expect(cards(user)).toBe(1);
      expect(uploads(user)).toBe(reports);
      expect(rig.notesTo(user)).toHaveLength(0);
    });
  });
});

// FIX7C: a job whose post claims cannot be recorded ('unknown': the store failed three times) still
// ends with one summary card and one CSV report; replica A's view of the store fails the claims, B's does not.
/** A's view of the store: the first `claimFails` claimPost calls fail unrecorded; `finishFails`: its first finish fails too. */
function claimsUnrecorded(inner: FleetJobStore, st: { claimFails: number; finishFails: boolean }): FleetJobStore {
  return storeView(inner, async (prop, _args, call) => {
    if (prop === 'claimPost' && st.claimFails > 0) {
      st.claimFails--;
      throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    }
    if (prop === 'finish' && st.finishFails) {
      st.finishFails = false;
      throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    }
    return call();
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
    await rig.twoReplicas(claimsUnrecorded(rig.jobs(), st), rig.jobs(), null, async (a) => {
      const jobs = rig.jobs();
      await rig.probeTwice(a, `unk-${user}`, user);
      await until(async () => (await jobs.runningFor(user)) !== null, 10000);
      const job = (await jobs.runningFor(user))!;
      await until(async () => (await jobs.get(job.id))!.state !== 'running', 15000);
      expect((await jobs.get(job.id))!.state).toBe('done');
      await new Promise((r) => setTimeout(r, 500)); // nothing more comes later
      expect(st.claimFails).toBe(0);
      expect(cards(user)).toBe(1);
      expect(uploads(user)).toBe(1);
    });
  });
});

// The progress message's ts (the thread the summary and the report go in) reaches the store with a heartbeat. A run
// whose heartbeats did not get through after it posted that message (a stalled or broken connection for them, its other
// calls going through) used to post the summary in that thread all the same; when it then stopped (here: it died right
// after claiming the report), the replica that took the job over found no progress message in the store, started a new
// one and, looking for the card in that new thread, posted it a second time. (The likely cause of the one card too many
// the 'report' case above counted in 2 of 6 full runs, where the shared PostgreSQL server is slow or stopped at times: the
// heartbeat that would carry the ts was in flight or failed until A died. Not reproduced outside full runs.)
/** A view of the store whose heartbeats all fail (everything else goes through). */
function heartbeatsFail(inner: FleetJobStore): FleetJobStore {
  return storeView(inner, (prop, _args, call) =>
    prop === 'heartbeat' ? Promise.reject(Object.assign(new Error('Query read timeout'), { code: 'ETIMEDOUT' })) : call(),
  );
}

describe('a replica whose heartbeats do not get through after it posted the progress message', () => {
  it('posts nothing in a thread the store does not name: one summary card, in the thread of the one progress message', async () => {
    const dead = { on: false };
    const user = 'UBEATSFAIL';
    // A long lease: A is not taken over (nor stops) on its own before it has reported or handed the job over.
    await rig.twoReplicas(diesAfterClaim(heartbeatsFail(rig.jobs()), dead, 'report'), rig.jobs(), dead, async (a) => {
      const jobs = rig.jobs();
      await rig.probeTwice(a, 'beats-fail', user);
      await until(async () => (await rig.jobIds(user)).length > 0, 10000);
      const [id] = await rig.jobIds(user);
      await until(async () => (await jobs.get(id!))!.state === 'done', 20000);
      await new Promise((r) => setTimeout(r, 300)); // nothing more comes later
      const card = rig.cards(user);
      expect(card).toHaveLength(1);
      const dm = fake.dmOf(user);
      const progress = fake.messages.filter((m) => m.channel === dm && !m.thread_ts);
      expect(progress).toHaveLength(1); // the run that took the job over started no new one
      expect(card[0]!.body.thread_ts).toBe(progress[0]!.ts);
      // The job was handed over before the report's claim; whichever replica resumed it (A's own sweep may) uploads
      // it, or, when that run dies right after claiming it (A's view does), the next one tells the user: once either way.
      expect(uploads(user) + rig.notesTo(user).length).toBe(1);
    }, { ...fleetLimit, leaseMs: 3000 });
  });
});
