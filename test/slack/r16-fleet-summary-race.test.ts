/**
 * A fleet run that claimed the summary card and then lost its lease while still alive (its store
 * calls stopped getting through: heavy load, a database blip), and the replica that took the job
 * over, never both post the card: the first run starts each try of its post only under a lease
 * renewed right then, and the run that took over, finding the card claimed by that run and not yet
 * in the thread, gives a post of that run one post time limit and its settle to land before it looks
 * again, and posts only when it is still not there. Two real apps share one fleet-job store
 * (PostgreSQL when DATABASE_URL is set, else one SQLite file) behind one local fake Web API; probes
 * go to loopback only.
 */
import type { AppConfig } from '../../src/slack/app';
import type { FleetJobStore } from '../../src/store/fleet-jobs';
import type { Call } from './fake-slack';
import { fleetRig, storeView } from './fleet-rig';
import { sleep, until } from './wait';

jest.setTimeout(60000);

const rig = fleetRig('tmsd-summary-race-', { pg: true });
const { fake } = rig;

const blip = () => Object.assign(new Error('Query read timeout'), { code: 'ETIMEDOUT' });

/**
 * A replica's view that sets `taken.on` once its claim of the summary comes back taken, and `taken.calls` to how many
 * calls the fake had had by then (what the replica does next comes after them).
 */
function seesSummaryTaken(inner: FleetJobStore, taken: { on: boolean; calls: number }): FleetJobStore {
  return storeView(inner, async (prop, args, call) => {
    const out = await call();
    if (prop === 'claimPost' && args[2] === 'summary' && out === 'taken' && !taken.on) {
      taken.calls = fake.calls.length;
      taken.on = true;
    }
    return out;
  });
}

/**
 * A claims the summary; its card is then held by Slack, and once it has reached Slack none of A's store calls get
 * through (its lease runs out, B takes the job over and finds the summary claimed by A). The card lands just after B's
 * first look; B must wait for it and post none. Both replicas run with the app settings `extra`.
 */
async function heldCardCase(user: string, key: string, extra: Partial<AppConfig> = {}): Promise<void> {
  const st = { gated: false, cut: false, open: null as (() => void) | null };
  const taken = { on: false, calls: 0 };
  const toUser = (c: Call) => c.body.channel === fake.dmOf(user) || c.body.channel === user;
  const aView = storeView(rig.jobs(), async (prop, args, call) => {
    if (st.cut) throw blip();
    if (st.gated && fake.of('chat.postMessage!gated').some(toUser)) {
      st.cut = true;
      throw blip();
    }
    const out = await call();
    if (prop === 'claimPost' && args[2] === 'summary' && out === 'claimed' && !st.gated) {
      st.open = fake.gate('chat.postMessage');
      st.gated = true;
    }
    return out;
  });
  await rig.twoReplicas(
    aView,
    seesSummaryTaken(rig.jobs(), taken),
    null,
    async (a) => {
      const jobs = rig.jobs();
      await rig.probeTwice(a, key, user);
      await until(() => taken.on, 15000); // B took the job over and found the summary claimed by A
      // B looks in the thread for the card (A's post is held, so not there yet) ...
      await until(() => fake.calls.slice(taken.calls).some((c) => c.method === 'conversations.replies'), 10000);
      await sleep(100);
      st.open!(); // ... then A's post lands (within its time limit)
      const [id] = await rig.jobIds(user);
      await until(async () => (await jobs.get(id!))!.state === 'done', 15000);
      await sleep(500); // nothing more comes later
      expect(fake.of('chat.postMessage!gated').filter(toUser)).toHaveLength(1); // A's card was on the way when B looked
      expect(rig.cards(user)).toHaveLength(1);
      expect(rig.uploadsTo(user) + rig.notesTo(user).length).toBe(1);
    },
    undefined,
    extra,
  );
}

describe('the run that claimed the summary loses its lease while it is still alive', () => {
  it('its card is on the way (held by Slack) when the other run finds the summary claimed: that run waits, finds it, and posts none', async () => {
    await heldCardCase('URACEHELD', 'race-held');
  });

  it('the same with a Delivery that has no settle time (a configured 0, as the fallback Delivery\'s): the other run still waits a post time limit and its settle', async () => {
    // settleMs 0: the wait before the second look once was 2 × settleMs = 0, so B looked again at once and posted a second card.
    await heldCardCase('URACEZERO', 'race-zero', { delivery: { attempts: 4, backoffMs: 10, maxBackoffMs: 40, budgetMs: 8000, settleMs: 0 } });
  });

  it('its claim\'s answer comes back only after the other run has posted the card: it posts none', async () => {
    const user = 'URACELATE';
    const st = { cut: false, answered: false };
    // A: its claim of the summary is recorded, and from then on none of its store calls get through (its lease runs
    // out, B takes the job over); the claim's answer reaches A only after B has waited for a post of A's and posted.
    const holdMs = 8000;
    const aView = storeView(rig.jobs(), async (prop, args, call) => {
      if (st.cut) throw blip();
      const out = await call();
      if (prop === 'claimPost' && args[2] === 'summary' && out === 'claimed') {
        st.cut = true;
        await sleep(holdMs);
        st.answered = true;
      }
      return out;
    });
    const taken = { on: false, calls: 0 };
    await rig.twoReplicas(aView, seesSummaryTaken(rig.jobs(), taken), null, async (a) => {
      const jobs = rig.jobs();
      await rig.probeTwice(a, 'race-late', user);
      await until(() => taken.on, 15000);
      const [id] = await rig.jobIds(user);
      await until(async () => (await jobs.get(id!))!.state === 'done', 15000);
      await until(() => st.answered, 15000);
      await sleep(1500); // A has had its answer and gone on
      expect(rig.cards(user)).toHaveLength(1); // B's: the card comes (at least once) and only once
      expect(rig.uploadsTo(user) + rig.notesTo(user).length).toBe(1);
    });
  });
});
