/**
 * OPS20 #1: a /tls-probe fleet job whose acknowledgement is refused as too late (the user is told
 * nothing was done) must never run, even when releasing its claim fails every time. Before, the
 * claim was left running in the store; once its lease ran out another replica (or the same one)
 * took it over and ran it: the user got progress, a summary and a CSV for a job they were told did
 * not start. Now the claim is stored awaiting its acknowledgement, no replica takes such a job
 * over, and the sweep ends it without running it. (OPS-C #1: the sweep then tells the user, once,
 * that the fleet probe did not run to the end and may not have started, so no report will come:
 * the store cannot tell this claim from one whose ack went through but could not be recorded.)
 *
 * Two real apps (HTTP mode, signed requests) share one fleet-job store: PostgreSQL when
 * DATABASE_URL is set, else one SQLite file. Replica A's view of it answers the claim after 3 s (the
 * ack deadline passes: 503) and fails every release; replica B's is healthy. The local fake Web API
 * and one simulated TC 7.3.3 endpoint on 127.0.4.1 (loopback only).
 */
import { dmsTo as dmsIn, fleetLimit, fleetRig, storeView } from './fleet-rig';
import { sleep, until } from './wait';

jest.setTimeout(60000);

const rig = fleetRig('tmsd-ops20-ack-', { pg: true });
const { fake } = rig;

/** Everything sent to `user`'s direct message (a private fleet job's progress, summary, report, notices). */
const dmsTo = (user: string) => dmsIn(fake, user, { uploads: true });

it('the ack is refused and every release fails: the job never runs on either replica, the user gets only the "no report will come" DM, and the claim ends once its lease runs out', async () => {
  const jobs = rig.jobs();
  let releases = 0;
  const slowClaimNoRelease = storeView(rig.jobs(), async (prop, _args, call) => {
    if (prop === 'claim') {
      await sleep(3000);
      return call();
    }
    if (prop === 'release') {
      releases++;
      throw new Error('connection lost: release failed');
    }
    return call();
  });
  const limit = { ...fleetLimit, leaseMs: 400 };
  await rig.twoReplicas(slowClaimNoRelease, rig.jobs(), null, async (a, b) => {
    const probed = rig.tc.accepted();
    const res = (await rig.probeTwice(a, 'ops20-late', 'ULATEACK')) as { status: number };
    expect(res.status).toBe(503); // Slack shows the user the command failed: nothing was started
    await until(() => releases >= 3, 10000); // A tried three times to release the claim, in vain
    const [id] = await rig.jobIds('ULATEACK');
    const job = (await jobs.get(id!))!;
    // Well past the lease: both replicas sweep every 50 ms.
    await until(async () => (await jobs.get(job.id))!.state !== 'running', 10000);
    await sleep(1500);
    expect(await jobs.get(job.id)).toMatchObject({ state: 'expired', done: 0, takeovers: 0 });
    expect(rig.tc.accepted()).toBe(probed); // no probe reached the endpoint
    // no progress, summary, report or "cut short" notice: one line saying no report will come
    const dms = dmsTo('ULATEACK');
    expect(dms).toHaveLength(1);
    expect(dms[0]).toMatchObject({ method: 'chat.postMessage' });
    expect(String(dms[0]!.body.text)).toMatch(/did not run to the end, and it may not have started at all/);
    expect(job.acked).toBe(false);
    expect(await jobs.runningFor('ULATEACK')).toBeNull(); // the user may start it again
    const lines = [...a.logger.lines, ...b.logger.lines];
    expect(lines.filter((l) => /fleet job (resumed|expired)/.test(String(l.msg)))).toEqual([]);
    expect(lines.some((l) => l.level === 'warn' && /fleet job ended unacknowledged: its start was never recorded as acknowledged/.test(String(l.msg)))).toBe(true);
    expect(a.logger.lines.some((l) => l.level === 'warn' && /release failed after a late acknowledgement/.test(String(l.msg)))).toBe(true);
  }, limit);
});

it('acknowledged in time: the job is marked acknowledged at once and reports as before', async () => {
  const jobs = rig.jobs();
  const a = await rig.replica(rig.jobs());
  try {
    const res = (await rig.probeTwice(a, 'ops20-ok', 'UINTIME')) as { status: number; text: string };
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/Probing 2 endpoints/);
    const [id] = await rig.jobIds('UINTIME');
    await until(async () => (await jobs.get(id!))!.acked, 5000);
    await until(async () => (await jobs.get(id!))!.state === 'done', 20000);
    expect(dmsTo('UINTIME').length).toBeGreaterThan(0);
  } finally {
    await a.close();
  }
});
