/**
 * rev36 #1: a replica never takes over a fleet job it still runs itself. The store stops answering
 * a run's heartbeat for a little more than one lease (one heartbeat held, then answered), so the
 * lease runs out while the run is alive and not yet stopped (no heartbeat failed a whole lease after
 * the last answered one). The same replica's sweep adopts the job under its own owner, the same as
 * that run's. Before, it launched a second run: the targets were probed again, and that run, finding
 * the report claimed and not yet in the thread, uploaded the CSV beside the first run's (whose
 * heartbeat and share went through again under the same owner). Now the first run carries on: one
 * CSV, no line, no second run. One real app on a SQLite fleet-job store behind one local fake Web
 * API; probes go to loopback only.
 */
import type { FleetJobStore } from '../../src/store/fleet-jobs';
import { fleetRig, storeView } from './fleet-rig';
import { sleep, until } from './wait';

jest.setTimeout(60000);
const rig = fleetRig('tmsd-mend36-');
const { fake } = rig;

/** After the report claim is recorded, the next heartbeat is held `holdMs` (longer than one lease of 300 ms), then answered. */
function heartbeatHeldAfterReportClaim(inner: FleetJobStore, held: { on: boolean; done: boolean }, holdMs: number): FleetJobStore {
  return storeView(inner, async (prop, args, call) => {
    if (prop === 'heartbeat' && held.on && !held.done) {
      held.done = true;
      await sleep(holdMs);
      return call();
    }
    const out = await call();
    if (prop === 'claimPost' && args[2] === 'report') held.on = true;
    return out;
  });
}

describe('the store does not answer a run\'s heartbeat for just over one lease, and the same replica\'s sweep adopts the job', () => {
  it('the run carries on: the job is not run a second time, one CSV, no "could not attach" line', async () => {
    const held = { on: false, done: false };
    // A post time limit of 400 ms (0.4 of a 1 s outbox lease): a second run would wait 800 ms before it looks again.
    const h = await rig.replica(heartbeatHeldAfterReportClaim(rig.jobs(), held, 450), undefined, undefined, { outboxLeaseMs: 1000 });
    try {
      const jobs = rig.jobs();
      fake.hold('files.getUploadURLExternal', 1500); // the run's upload is slow (within its time limit): still under way when a second run would have looked again
      await rig.probeTwice(h, 'self36', 'USELF36');
      await until(() => held.on, 10000);
      const job = (await jobs.runningFor('USELF36'))!;
      await until(async () => (await jobs.get(job.id))!.state === 'done', 15000);
      await sleep(2000); // a second run's upload would have been shared by now
      const resumed = h.logger.lines.filter((l) => l.msg === 'fleet job resumed' && l.job === job.id);
      expect(resumed).toHaveLength(0);
      // fleet60 #2: the sweep leaves the job it still runs alone: no takeover counted in the store
      // (before, the adopt counted one, and the job was given up one stop sooner).
      expect((await jobs.get(job.id))!.takeovers).toBe(0);
      // One upload started for the job (the run's own): no second run started one.
      expect(fake.of('files.getUploadURLExternal').filter((c) => String(c.body.filename).includes(job.id.slice(4, 16)))).toHaveLength(1);
      expect(rig.dmCalls('USELF36', 'files.completeUploadExternal')).toHaveLength(1);
      const done = fake.completedUploads().filter((u) => u.channel === fake.dmOf('USELF36'));
      expect(done).toHaveLength(1);
      expect(done[0]!.filename).toContain(job.id.slice(4, 16));
      expect(rig.notesTo('USELF36')).toHaveLength(0);
      expect(rig.cards('USELF36')).toHaveLength(1);
    } finally {
      fake.heal();
      await h.close();
    }
  });
});
