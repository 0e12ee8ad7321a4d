/**
 * fleet60 #3 (fix62b): a run that loses the job's lease in the middle of its upload of a report an
 * earlier run claimed. Replica A claims the report and dies before uploading it. Replica B takes the
 * job over, finds the report claimed and not in the thread, and starts uploading the CSV itself; right
 * then its store stops answering and its upload's first step is slow, so its lease runs out and
 * replica C takes the job over; B's store then answers again (its heartbeat finds the job no longer its
 * own). B must stop without sharing its upload (it never gets the `share` claim) and without a line;
 * C finds the report claimed, no CSV and no share claimed, shares it and ends the job: one CSV, no
 * line, one card, the job done once. Three real apps share one SQLite fleet-job store behind one
 * local fake Web API; probes go to loopback only.
 */
import type { FleetJobStore } from '../../src/store/fleet-jobs';
import { diesAfterClaim, fleetRig, storeView } from './fleet-rig';
import { sleep, until } from './wait';

jest.setTimeout(60000);
const rig = fleetRig('tmsd-fleet60-rescue-');
const { fake } = rig;

/** B: once it finds the report claimed by the earlier run, every store call fails while `blip.on` (its lease runs out while it uploads). */
function blipsAfterRescueClaim(inner: FleetJobStore, blip: { on: boolean; rescued: boolean }): FleetJobStore {
  return storeView(inner, async (prop, args, call) => {
    if (blip.on) throw new Error('connection lost: a database blip');
    const out = await call();
    if (prop === 'claimPost' && args[2] === 'report' && out === 'taken' && !blip.rescued) {
      blip.rescued = true;
      blip.on = true;
    }
    return out;
  });
}

/** C: once it has taken a job over, B's store answers again. */
function endsBlipOnAdopt(inner: FleetJobStore, blip: { on: boolean }): FleetJobStore {
  return storeView(inner, async (prop, _args, call) => {
    const out = await call();
    if (prop === 'adopt' && Array.isArray(out) && out.length > 0) blip.on = false;
    return out;
  });
}

describe('the run making a rescue upload loses the job\'s lease during it', () => {
  it('that run stops without sharing it or saying anything; the run that takes the job over uploads the CSV once and ends the job', async () => {
    const dead = { on: false };
    const blip = { on: false, rescued: false };
    const tag = (id: string) => id.slice(4, 16);
    await rig.twoReplicas(diesAfterClaim(rig.jobs(), dead, 'report'), blipsAfterRescueClaim(rig.jobs(), blip), dead, async (a, b) => {
      const jobs = rig.jobs();
      // A never uploads (it dies right after its claim): the first upload of the job is B's rescue; its first step is slow.
      fake.hold('files.getUploadURLExternal', 2500);
      await rig.probeTwice(a, 'rescue60', 'URESCUE60');
      await until(() => dead.on, 10000);
      const job = (await jobs.runningFor('URESCUE60'))!;
      await until(() => blip.rescued, 15000);
      const c = await rig.replica(endsBlipOnAdopt(rig.jobs(), blip));
      try {
        await until(async () => (await jobs.get(job.id))!.state === 'done', 20000);
        // B's held first step is answered by now or soon; give its upload time to go on if it would.
        await until(() => fake.of('files.getUploadURLExternal').filter((x) => String(x.body.filename).includes(tag(job.id))).length >= 2, 10000);
        await sleep(1500);
        // B: resumed once, its rescue not shared, stopped as a run that lost the job (no hand-over, no line).
        expect(b.logger.lines.filter((l) => l.msg === 'fleet job resumed' && l.job === job.id)).toHaveLength(1);
        expect(b.logger.lines.filter((l) => l.msg === 'fleet report already claimed by an earlier run of the job: looking for it in the thread' && l.job === job.id)).toHaveLength(1);
        expect(b.logger.lines.some((l) => l.msg === 'fleet report not shared: this run lost the job during the upload (the run that has it uploads it)' && l.job === job.id)).toBe(true);
        // C: took it over, found the report claimed and its share not (B never got it), shared it.
        expect(c.logger.lines.filter((l) => l.msg === 'fleet job resumed' && l.job === job.id)).toHaveLength(1);
        expect(c.logger.lines.filter((l) => l.msg === 'fleet report already claimed by an earlier run of the job: looking for it in the thread' && l.job === job.id)).toHaveLength(1);
        expect(c.logger.lines.some((l) => l.msg === 'fleet report not shared here: another run of the job holds its share')).toBe(false);
        // Two uploads started (B's and C's), one shared: one CSV of the job, no line, one card.
        expect(rig.dmCalls('URESCUE60', 'files.completeUploadExternal')).toHaveLength(1);
        const done = fake.completedUploads().filter((u) => u.channel === fake.dmOf('URESCUE60'));
        expect(done).toHaveLength(1);
        expect(done[0]!.filename).toContain(tag(job.id));
        expect(rig.notesTo('URESCUE60')).toHaveLength(0);
        expect(rig.cards('URESCUE60')).toHaveLength(1);
        expect((await jobs.get(job.id))!.state).toBe('done');
      } finally {
        blip.on = false;
        fake.heal();
        await c.close();
      }
    });
  });
});
