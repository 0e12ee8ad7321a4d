/**
 * fix58f/fix58g: the fleet report's upload and the lease of the run that makes it. A run shares the
 * CSV (files.completeUploadExternal, the last step of files.uploadV2) only under a lease renewed
 * right then, within one post time limit, and (fix62b) only once its `share` claim is recorded: a
 * share that got a 5xx or no answer is looked for in the thread and never made again (the user is
 * told it may still come). A run that finds the CSV claimed by another run whose share was never
 * made (its store went away first) shares it itself. So the user ends with at most one CSV; the
 * "could not attach" line only when Slack refuses the upload for good. Two real apps share one SQLite fleet-job store behind one local
 * fake Web API; probes go to loopback only.
 */
import type { FleetJobStore } from '../../src/store/fleet-jobs';
import { diesAtFinish, fleetRig, seesReportTaken, storeView, UNCONFIRMED } from './fleet-rig';
import { sleep, until } from './wait';

jest.setTimeout(60000);
const rig = fleetRig('tmsd-58f-');
const { fake } = rig;

/** A replica whose store goes unreachable right after its report claim is recorded (its lease runs out while it is alive). */
function blipAfterReportClaim(inner: FleetJobStore, dead: { on: boolean }): FleetJobStore {
  return storeView(inner, async (prop, args, call) => {
    if (dead.on) throw new Error('connection lost: a database blip');
    const out = await call();
    if (prop === 'claimPost' && args[2] === 'report') dead.on = true;
    return out;
  });
}

/** fix62b: the lines that a share which got no clear answer may still come (it is not shared again). */
const unconfirmedTo = (user: string) => rig.dmCalls(user, 'chat.postMessage').filter((p) => UNCONFIRMED.test(String(p.body.text)));

const inDm = (user: string, method: string) => fake.of(method).filter((c) => [user, fake.dmOf(user)].includes(String(c.body.channel_id ?? c.body.channel)));

describe('the upload outlasts the lease of the run that makes it', () => {
  it('its share is held by Slack longer than one lease after the takeover found the report claimed: the CSV, and no "could not attach" line', async () => {
    const dead = { on: false };
    const seen = { on: false };
    await rig.twoReplicas(blipAfterReportClaim(rig.jobs(), dead), seesReportTaken(rig.jobs(), seen), dead, async (a) => {
      const jobs = rig.jobs();
      const open = fake.gate('files.completeUploadExternal');
      await rig.probeTwice(a, 'slow58f', 'USLOW58F');
      await until(() => dead.on, 10000);
      const job = (await jobs.runningFor('USLOW58F'))!;
      await until(() => seen.on, 10000); // taken over: the report is claimed by the first run, not in the thread yet
      await sleep(900); // longer than one lease (300 ms)
      open(); // the share held by Slack is carried out now (fix62b: the run that took over; the first run could not claim the share, its store gone)
      await until(async () => (await jobs.get(job.id))!.state === 'done', 15000);
      await sleep(800);
      const done = fake.completedUploads().filter((u) => u.channel === fake.dmOf('USLOW58F'));
      expect(done).toHaveLength(1);
      expect(done[0]!.filename).toContain(job.id.slice(4, 16));
      expect(rig.notesTo('USLOW58F')).toHaveLength(0);
    });
  });

  it('its upload is still under way when the run that took over has waited and found no CSV: that run uploads it itself, the first run does not share it: one CSV, no line', async () => {
    const dead = { on: false };
    const seen = { on: false };
    // A post time limit of 400 ms (0.4 of a 1 s outbox lease): the run that took over waits 800 ms.
    await rig.twoReplicas(
      blipAfterReportClaim(rig.jobs(), dead),
      seesReportTaken(rig.jobs(), seen),
      dead,
      async (a) => {
        const jobs = rig.jobs();
        fake.hold('files.getUploadURLExternal', 1500); // the first step of the first run's upload is slow (within its time limit)
        await rig.probeTwice(a, 'slower58f', 'USLOWER58F');
        await until(() => dead.on, 10000);
        const job = (await jobs.runningFor('USLOWER58F'))!;
        await until(async () => (await jobs.get(job.id))!.state === 'done', 15000);
        // The first run's slow first step is answered; it goes on with the bytes, then asks whether the job is still its.
        await until(() => fake.of('files.getUploadURLExternal').filter((c) => String(c.body.filename).includes(job.id.slice(4, 16))).length >= 2, 10000);
        await sleep(1000);
        expect(rig.notesTo('USLOWER58F')).toHaveLength(0);
        expect(inDm('USLOWER58F', 'files.completeUploadExternal')).toHaveLength(1);
        const done = fake.completedUploads().filter((u) => u.channel === fake.dmOf('USLOWER58F'));
        expect(done).toHaveLength(1);
        expect(done[0]!.filename).toContain(job.id.slice(4, 16));
      },
      undefined,
      { outboxLeaseMs: 1000 },
    );
  });
});

describe('one run', () => {
  it('a normal upload: one CSV in the thread, shared once, no line', async () => {
    const h = await rig.replica(rig.jobs());
    try {
      await rig.probeTwice(h, 'plain58f', 'UPLAIN58F');
      await until(() => rig.uploadsTo('UPLAIN58F') === 1, 15000);
      await sleep(500);
      expect(rig.uploadsTo('UPLAIN58F')).toBe(1);
      expect(fake.completedUploads().filter((u) => u.channel === fake.dmOf('UPLAIN58F'))).toHaveLength(1);
      expect(rig.notesTo('UPLAIN58F')).toHaveLength(0);
      expect(rig.cards('UPLAIN58F')).toHaveLength(1);
    } finally {
      await h.close();
    }
  });

  it('Slack fails the share once (5xx): the run looks in the thread, finds no CSV, and does not share it again (it may have been carried out): one line that it may still come, no CSV (fix62b)', async () => {
    const h = await rig.replica(rig.jobs());
    try {
      fake.fail('files.completeUploadExternal', { status: 500, times: 1 });
      await rig.probeTwice(h, 'fail58f', 'UFAIL58F');
      await until(() => unconfirmedTo('UFAIL58F').length > 0, 15000);
      await sleep(800);
      expect(inDm('UFAIL58F', 'files.completeUploadExternal!failed')).toHaveLength(1);
      expect(inDm('UFAIL58F', 'files.completeUploadExternal')).toHaveLength(0);
      expect(fake.completedUploads().filter((u) => u.channel === fake.dmOf('UFAIL58F'))).toHaveLength(0);
      expect(unconfirmedTo('UFAIL58F')).toHaveLength(1);
      expect(rig.notesTo('UFAIL58F')).toHaveLength(0);
    } finally {
      fake.heal('files.completeUploadExternal');
      await h.close();
    }
  });

  it('the share\'s connection is cut before Slack carries it out (no answer): looked for, not there, not shared again: one line that it may still come (fix62b)', async () => {
    const h = await rig.replica(rig.jobs());
    try {
      for (const ch of ['URESET58F', fake.dmOf('URESET58F')]) fake.failIn(ch, { mode: 'reset-before', method: 'files.completeUploadExternal', times: 1 });
      await rig.probeTwice(h, 'reset58f', 'URESET58F');
      await until(() => unconfirmedTo('URESET58F').length > 0, 15000);
      await sleep(800);
      expect(inDm('URESET58F', 'files.completeUploadExternal!reset-before')).toHaveLength(1);
      expect(fake.completedUploads().filter((u) => u.channel === fake.dmOf('URESET58F'))).toHaveLength(0);
      expect(unconfirmedTo('URESET58F')).toHaveLength(1);
      expect(rig.notesTo('URESET58F')).toHaveLength(0);
    } finally {
      fake.heal();
      await h.close();
    }
  });

  it('the share gets no answer within its time limit but Slack carries it out: found by the look, not uploaded again, no line', async () => {
    const h = await rig.replica(rig.jobs());
    try {
      fake.hold('files.completeUploadExternal', 2600); // past the post time limit (2 s), before the look after its settle
      await rig.probeTwice(h, 'late58f', 'ULATE58F');
      await until(() => fake.completedUploads().some((u) => u.channel === fake.dmOf('ULATE58F')), 15000);
      const job = (await rig.jobIds('ULATE58F'))[0]!;
      await until(async () => (await rig.jobs().get(job))!.state === 'done', 15000);
      await sleep(800);
      expect(fake.of('files.getUploadURLExternal').filter((c) => String(c.body.filename).includes(job.slice(4, 16)))).toHaveLength(1);
      expect(fake.completedUploads().filter((u) => u.channel === fake.dmOf('ULATE58F'))).toHaveLength(1);
      expect(rig.notesTo('ULATE58F')).toHaveLength(0);
    } finally {
      fake.heal();
      await h.close();
    }
  });

  it('Slack refuses the share for good (HTTP 400): not sent again, and the line comes once', async () => {
    const h = await rig.replica(rig.jobs());
    try {
      fake.fail('files.completeUploadExternal', { status: 400 });
      await rig.probeTwice(h, 'refuse58f', 'UREFUSE58F');
      await until(() => rig.notesTo('UREFUSE58F').length > 0, 15000);
      await sleep(800);
      expect(rig.notesTo('UREFUSE58F')).toHaveLength(1);
      expect(inDm('UREFUSE58F', 'files.completeUploadExternal!failed')).toHaveLength(1);
      expect(fake.completedUploads().filter((u) => u.channel === fake.dmOf('UREFUSE58F'))).toHaveLength(0);
    } finally {
      fake.heal('files.completeUploadExternal');
      await h.close();
    }
  });

  it('Slack keeps failing the share (5xx every time): one share, looked for twice, then one line that it may still come (fix62b: never shared twice)', async () => {
    const h = await rig.replica(rig.jobs());
    try {
      fake.fail('files.completeUploadExternal', { status: 500 });
      await rig.probeTwice(h, 'down58f', 'UDOWN58F');
      await until(() => unconfirmedTo('UDOWN58F').length > 0, 20000);
      await sleep(800);
      expect(unconfirmedTo('UDOWN58F')).toHaveLength(1);
      expect(rig.notesTo('UDOWN58F')).toHaveLength(0);
      expect(inDm('UDOWN58F', 'files.completeUploadExternal!failed')).toHaveLength(1);
      expect(fake.completedUploads().filter((u) => u.channel === fake.dmOf('UDOWN58F'))).toHaveLength(0);
    } finally {
      fake.heal('files.completeUploadExternal');
      await h.close();
    }
  });

  it('Slack refuses the share with a 429 (nothing shared): it is made again after the pause, one CSV, no line', async () => {
    const h = await rig.replica(rig.jobs());
    try {
      fake.fail('files.completeUploadExternal', { status: 429, retryAfter: 1, times: 1 });
      await rig.probeTwice(h, 'rate58f', 'URATE58F');
      await until(() => rig.uploadsTo('URATE58F') === 1, 15000);
      await sleep(500);
      expect(inDm('URATE58F', 'files.completeUploadExternal!failed')).toHaveLength(1);
      expect(rig.uploadsTo('URATE58F')).toBe(1);
      expect(rig.notesTo('URATE58F')).toHaveLength(0);
    } finally {
      fake.heal('files.completeUploadExternal');
      await h.close();
    }
  });
});

describe('the run that takes the job over after the first run settled the report', () => {
  it('the first run\'s upload was refused for good and it said so, then it died before the job\'s end: the run that took over uploads nothing and says nothing more', async () => {
    const dead = { on: false };
    try {
      fake.fail('files.completeUploadExternal', { status: 400, times: 1 });
      await rig.twoReplicas(diesAtFinish(rig.jobs(), dead), rig.jobs(), dead, async (a) => {
        await rig.jobThatDies(a, 'settled58g', 'USETTLED58G', dead);
        await sleep(800);
        expect(rig.notesTo('USETTLED58G')).toHaveLength(1);
        expect(inDm('USETTLED58G', 'files.completeUploadExternal!failed')).toHaveLength(1);
        expect(inDm('USETTLED58G', 'files.completeUploadExternal')).toHaveLength(0);
      });
    } finally {
      fake.heal('files.completeUploadExternal');
    }
  });
});
