/**
 * fix62b: a fleet job's CSV is shared at most once, across replicas and retries. The share
 * (files.completeUploadExternal, the step that puts the file in the thread) is claimed in the store
 * (`share`) right before it is made; a run that finds that claim another run's, or whose own share got
 * no clear answer, looks for the file and, when it is not there, tells the user it may still come:
 * never a second share. Before, a share Slack carried out later than the looks after it (a stalled
 * replica whose job another replica took over, a 5xx Slack had acted on) came beside a second CSV.
 * Real apps on one shared fleet-job store (SQLite, or PostgreSQL when DATABASE_URL is set) behind one
 * local fake Web API; probes go to loopback only.
 */
import type { FleetJobStore } from '../../src/store/fleet-jobs';
import { MISSING, UNCONFIRMED, fleetRig, storeView } from './fleet-rig';
import { sleep, until } from './wait';

jest.setTimeout(60000);
const rig = fleetRig('tmsd-62b-share-', { pg: true });
const { fake } = rig;

/** A replica whose store stops answering once `dead.on` (set by the test when its share reached Slack): its lease runs out while it is alive. */
function diesWhen(inner: FleetJobStore, dead: { on: boolean }): FleetJobStore {
  return storeView(inner, async (_prop, _args, call) => {
    if (dead.on) throw new Error('connection lost: a database blip');
    return call();
  });
}

const inDm = (user: string, method: string) => fake.of(method).filter((c) => [user, fake.dmOf(user)].includes(String(c.body.channel_id ?? c.body.channel)));
const csvs = (user: string) => fake.completedUploads().filter((u) => u.channel === fake.dmOf(user));

describe('a replica stalls with its share on the way; another takes the job over', () => {
  it('Slack carries the first share out only after the run that took over has waited and looked: that run does not share it again but says it may still come; one CSV', async () => {
    const dead = { on: false };
    const user = 'USTALL62B';
    await rig.twoReplicas(diesWhen(rig.jobs(), dead), rig.jobs(), dead, async (a, b) => {
      const jobs = rig.jobs();
      const open = fake.gate('files.completeUploadExternal'); // A's share reaches Slack and is held there
      await rig.probeTwice(a, 'stall62b', user);
      await until(() => inDm(user, 'files.completeUploadExternal!gated').length === 1, 15000);
      dead.on = true; // A stalls: its store no longer answers, its lease runs out, B takes the job over
      const job = (await rig.jobIds(user))[0]!;
      await until(async () => (await jobs.get(job))!.state === 'done', 20000);
      expect(b.logger.lines.filter((l) => l.msg === 'fleet job resumed' && l.job === job)).toHaveLength(1);
      expect(b.logger.lines.some((l) => l.msg === 'fleet report not shared here: another run of the job holds its share')).toBe(true);
      expect(rig.dmCalls(user, 'chat.postMessage').filter((p) => UNCONFIRMED.test(String(p.body.text)))).toHaveLength(1);
      expect(csvs(user)).toHaveLength(0);
      open(); // Slack carries A's share out now, long after it was sent
      await until(() => csvs(user).length > 0, 10000);
      await sleep(1000);
      const done = csvs(user);
      expect(done).toHaveLength(1);
      expect(done[0]!.filename).toContain(job.slice(4, 16));
      expect(rig.dmCalls(user, 'chat.postMessage').filter((p) => UNCONFIRMED.test(String(p.body.text)))).toHaveLength(1);
      expect(rig.notesTo(user)).toHaveLength(0); // not "could not attach": it may still come
      expect(rig.cards(user)).toHaveLength(1);
    });
  });
});

describe('one run whose share gets no clear answer', () => {
  it('a 5xx that Slack acted on after the looks: not shared again; one line that it may still come; one CSV once it lands', async () => {
    const user = 'ULATE62B';
    const h = await rig.replica(rig.jobs());
    try {
      fake.hold('files.completeUploadExternal', 9000); // no answer within the post time limit; carried out at 9 s
      await rig.probeTwice(h, 'late62b', user);
      await until(() => rig.dmCalls(user, 'chat.postMessage').some((p) => UNCONFIRMED.test(String(p.body.text))), 20000);
      const job = (await rig.jobIds(user))[0]!;
      await until(async () => (await rig.jobs().get(job))!.state === 'done', 10000);
      await until(() => csvs(user).length > 0, 15000);
      await sleep(1000);
      expect(csvs(user)).toHaveLength(1);
      expect(fake.of('files.getUploadURLExternal').filter((c) => String(c.body.filename).includes(job.slice(4, 16)))).toHaveLength(1);
      const lines = rig.dmCalls(user, 'chat.postMessage').filter((p) => UNCONFIRMED.test(String(p.body.text)));
      expect(lines).toHaveLength(1);
      expect(String(lines[0]!.body.text)).toContain('/tls-probe with the same targets');
      expect(rig.notesTo(user)).toHaveLength(0);
    } finally {
      fake.heal();
      await h.close();
    }
  });

  it('in Japanese for a Japanese user (a 5xx Slack did not act on): the line, no CSV, nothing shared twice', async () => {
    const user = 'UJA62B';
    fake.locales.set(user, 'ja-JP');
    const h = await rig.replica(rig.jobs());
    try {
      fake.fail('files.completeUploadExternal', { status: 500 });
      await rig.probeTwice(h, 'ja62b', user);
      await until(() => rig.dmCalls(user, 'chat.postMessage').some((p) => UNCONFIRMED.test(String(p.body.text))), 20000);
      await sleep(800);
      expect(inDm(user, 'files.completeUploadExternal!failed')).toHaveLength(1);
      expect(csvs(user)).toHaveLength(0);
      const lines = rig.dmCalls(user, 'chat.postMessage').filter((p) => UNCONFIRMED.test(String(p.body.text)));
      expect(lines).toHaveLength(1);
      expect(String(lines[0]!.body.text)).toContain('同じ対象で /tls-probe を実行');
      expect(rig.dmCalls(user, 'chat.postMessage').filter((p) => MISSING.test(String(p.body.text)))).toHaveLength(0);
    } finally {
      fake.heal();
      await h.close();
    }
  });
});
