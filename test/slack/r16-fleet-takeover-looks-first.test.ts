/**
 * A fleet job's takeover after the first run uploaded the CSV report and died before recording
 * `settled`: the run that takes it over looks in the thread first (the report's claim says an upload
 * was started) and, finding the file there, ends the job at once: it does not wait a whole lease
 * first, says nothing and uploads nothing. Two real apps share one SQLite fleet-job store behind one
 * local fake Web API; probes go to loopback only.
 */
import type { FleetJobStore } from '../../src/store/fleet-jobs';
import { fleetLimit, fleetRig, seesReportTaken, storeView } from './fleet-rig';
import { sleep, until } from './wait';

jest.setTimeout(120000);

const rig = fleetRig('tmsd-looks-first-');

/** A's view: dies when it is about to record `settled` (it uploaded; the claim is never stored). */
function diesBeforeSettled(inner: FleetJobStore, dead: { on: boolean }): FleetJobStore {
  return storeView(inner, (prop, args, call) => {
    if (prop === 'claimPost' && args[2] === 'settled') dead.on = true;
    return dead.on ? Promise.reject(new Error('connection lost: the replica died')) : call();
  });
}

it('the file is in the thread: the job ends well within the taking-over run\'s lease, with no line and no second CSV', async () => {
  const dead = { on: false };
  const taken = { on: false };
  const a = await rig.replica(diesBeforeSettled(rig.jobs(), dead));
  // B's lease (its wait for a run that may still be uploading) is long: a wait would show.
  const b = await rig.replica(seesReportTaken(rig.jobs(), taken), { ...fleetLimit, leaseMs: 8000, heartbeatMs: 30 });
  try {
    const jobs = rig.jobs();
    await rig.probeTwice(a, 'looks16', 'ULOOKS16');
    await until(() => dead.on, 30000);
    const job = (await jobs.runningFor('ULOOKS16'))!;
    await until(() => taken.on, 30000);
    const takenAt = Date.now();
    await until(async () => (await jobs.get(job.id))!.state === 'done', 7000);
    expect(Date.now() - takenAt).toBeLessThan(4000);
    await sleep(300);
    expect(rig.uploadsTo('ULOOKS16')).toBe(1);
    expect(rig.notesTo('ULOOKS16')).toHaveLength(0);
  } finally {
    dead.on = false;
    await a.close();
    await b.close();
  }
});
