/**
 * A run that takes a fleet job over after an earlier run claimed the report's share (fix62b: the
 * `share` claim, right before the share) and stopped waits one lease and looks in the thread for that
 * share before it says anything (fix58g: the wait): a stop during that wait ends it at once and hands
 * the job over, so the next run waits and looks instead. That earlier run died right after its claim,
 * before its share: no run shares the CSV a second time on a guess, so the run that finishes the job
 * says, once, that the report may still come (at most one CSV, never two). Three real apps share one
 * SQLite fleet-job store; probes go to loopback only.
 */
import type { FleetJobStore } from '../../src/store/fleet-jobs';
import { diesAfterClaim, fleetLimit, fleetRig, storeView, UNCONFIRMED } from './fleet-rig';
import type { Harness } from './harness';
import { sleep, until } from './wait';

jest.setTimeout(60000);

const rig = fleetRig('tmsd-csv-missing-');

/** A replica's view that sets `taken.on` once its claim of the share comes back taken (it then waits one lease before it looks). */
function seesShareTaken(inner: FleetJobStore, taken: { on: boolean }): FleetJobStore {
  return storeView(inner, async (prop, args, call) => {
    const out = await call();
    if (prop === 'claimPost' && args[2] === 'share' && out === 'taken') taken.on = true;
    return out;
  });
}

describe('the run that took the job over is stopped during its one-lease wait for the earlier run\'s share', () => {
  it('its stop is not held up by the wait; the run that takes the job over next shares nothing and says once that the report may still come', async () => {
    const dead = { on: false };
    const taken = { on: false };
    const user = 'UWAIT13';
    const unconfirmed = () => rig.dmCalls(user, 'chat.postMessage').filter((p) => UNCONFIRMED.test(String(p.body.text)));
    const a = await rig.replica(diesAfterClaim(rig.jobs(), dead, 'share'));
    // B's lease (its wait) is long: a stop that had to sit it out would overrun the shutdown grace.
    const b = await rig.replica(seesShareTaken(rig.jobs(), taken), { ...fleetLimit, leaseMs: 20000, heartbeatMs: 30 });
    let c: Harness | null = null;
    let bClosed = false;
    try {
      const jobs = rig.jobs();
      await rig.probeTwice(a, 'wait13', user);
      await until(() => dead.on, 10000);
      const job = (await rig.jobIds(user))[0]!;
      await until(() => taken.on, 10000);
      await sleep(100);
      const t0 = Date.now();
      await b.close();
      bClosed = true;
      expect(Date.now() - t0).toBeLessThan(3000);
      expect(unconfirmed()).toHaveLength(0);
      expect(rig.notesTo(user)).toHaveLength(0);
      c = await rig.replica(rig.jobs());
      await until(async () => (await jobs.get(job))!.state === 'done', 10000);
      await sleep(500);
      expect(rig.uploadsTo(user)).toBe(0);
      expect(unconfirmed()).toHaveLength(1);
      expect(rig.notesTo(user)).toHaveLength(0);
    } finally {
      dead.on = false;
      await a.close();
      if (!bClosed) await b.close();
      await c?.close();
    }
  });
});
