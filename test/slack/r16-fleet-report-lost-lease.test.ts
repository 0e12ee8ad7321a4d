/**
 * A fleet run that lost its lease while still alive (its heartbeats went unrecorded for a whole
 * lease) and the run that took the job over never leave the thread with both a CSV report and a
 * line saying it could not be attached: the first run does not upload once it knows it lost the job,
 * and the run that took over waits one lease and looks in the thread for the report (its file name
 * carries the job's id) before it uploads the report itself (fix58g; before, it said it was missing). Two real apps share one SQLite
 * fleet-job store behind one local fake Web API; probes go to loopback only.
 */
import type { FleetJobStore } from '../../src/store/fleet-jobs';
import { fleetRig, seesReportTaken, storeView } from './fleet-rig';
import { sleep, until } from './wait';

jest.setTimeout(60000);

const rig = fleetRig('tmsd-lost-lease-');
const { fake } = rig;

/**
 * A replica whose store goes unreachable right after its report claim is recorded (every later call
 * fails, so its lease runs out while it is alive); the claim's answer comes back after `holdMs`.
 */
function blipAfterReportClaim(inner: FleetJobStore, dead: { on: boolean }, holdMs: number): FleetJobStore {
  return storeView(inner, async (prop, args, call) => {
    if (dead.on) throw new Error('connection lost: a database blip');
    const out = await call();
    if (prop === 'claimPost' && args[2] === 'report') {
      dead.on = true;
      await sleep(holdMs);
    }
    return out;
  });
}

describe('the first run loses its lease around the report upload', () => {
  it('it learns it lost the job before the upload: no upload from it; the run that took over uploads the CSV, and no line', async () => {
    const dead = { on: false };
    await rig.twoReplicas(blipAfterReportClaim(rig.jobs(), dead, 900), rig.jobs(), dead, async (a) => {
      const job = await rig.jobThatDies(a, 'blip16', 'UBLIP16', dead);
      await sleep(1500); // the first run's claim answer has come back and it went on
      expect(rig.uploadsTo('UBLIP16')).toBe(1);
      // One upload started for the job (the run that took over's): none from the first run.
      expect(fake.of('files.getUploadURLExternal').filter((c) => String(c.body.filename).includes(job.id.slice(4, 16)))).toHaveLength(1);
      expect(rig.notesTo('UBLIP16')).toHaveLength(0);
    });
  });

  it('its upload is still under way when the other run finds the report claimed: the CSV arrives and no "could not attach" line is posted', async () => {
    const dead = { on: false };
    const seen = { on: false };
    await rig.twoReplicas(blipAfterReportClaim(rig.jobs(), dead, 0), seesReportTaken(rig.jobs(), seen), dead, async (a) => {
      const jobs = rig.jobs();
      const open = fake.gate('files.completeUploadExternal');
      await rig.probeTwice(a, 'slow16', 'USLOW16');
      await until(() => dead.on, 10000);
      const job = (await jobs.runningFor('USLOW16'))!;
      await until(() => seen.on, 10000); // taken over: the report is claimed by the first run; the run that took over waits
      open(); // the first run's upload completes now
      await until(async () => (await jobs.get(job.id))!.state === 'done', 10000);
      await sleep(500);
      expect(rig.notesTo('USLOW16')).toHaveLength(0);
      const done = fake.completedUploads().filter((u) => u.channel === fake.dmOf('USLOW16'));
      expect(done).toHaveLength(1);
      expect(done[0]!.filename).toContain(job.id.slice(4, 16));
    });
  });
});
