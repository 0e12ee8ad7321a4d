/**
 * A run that takes a fleet job over after the report was claimed by a run that stopped before its
 * upload waits one lease and looks in the thread before it uploads the CSV itself (fix58g; before,
 * it said "could not attach"): a stop during that wait ends it at once and hands the job over
 * without claiming anything, so the next run uploads it, once. Two (then three) real apps share one SQLite fleet-job store; probes go to loopback only.
 */
import { diesAfterClaim, fleetLimit, fleetRig, seesReportTaken } from './fleet-rig';
import type { Harness } from './harness';
import { sleep, until } from './wait';

jest.setTimeout(60000);

const rig = fleetRig('tmsd-csv-missing-');

describe('the run that took the job over is stopped during its one-lease wait for the earlier run\'s report', () => {
  it('its stop is not held up by the wait, and the run that takes the job over next uploads the CSV, once; no line', async () => {
    const dead = { on: false };
    const taken = { on: false };
    const a = await rig.replica(diesAfterClaim(rig.jobs(), dead, 'report'));
    // B's lease (its wait) is long: a stop that had to sit it out would overrun the shutdown grace.
    const b = await rig.replica(seesReportTaken(rig.jobs(), taken), { ...fleetLimit, leaseMs: 20000, heartbeatMs: 30 });
    let c: Harness | null = null;
    let bClosed = false;
    try {
      const jobs = rig.jobs();
      await rig.probeTwice(a, 'wait13', 'UWAIT13');
      await until(() => dead.on, 10000);
      const job = (await jobs.runningFor('UWAIT13'))!;
      await until(() => taken.on, 10000);
      await sleep(100);
      const t0 = Date.now();
      await b.close();
      bClosed = true;
      expect(Date.now() - t0).toBeLessThan(3000);
      expect(rig.notesTo('UWAIT13')).toHaveLength(0);
      c = await rig.replica(rig.jobs());
      await until(async () => (await jobs.get(job.id))!.state === 'done', 10000);
      await sleep(500);
      expect(rig.uploadsTo('UWAIT13')).toBe(1);
      expect(rig.notesTo('UWAIT13')).toHaveLength(0);
    } finally {
      dead.on = false;
      await a.close();
      if (!bClosed) await b.close();
      await c?.close();
    }
  });
});
