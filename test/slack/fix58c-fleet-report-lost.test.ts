/**
 * fix58c #1: a fleet run whose claim of the report comes back 'lost' (another run holds the job: it
 * stalled past its lease and was taken over) stops there, as after a lost claim of the summary: it
 * uploads nothing and runs none of the steps after the report (the thread's diagnosis taking the
 * counts). The run that holds the job runs them, once. A list file shared in a thread (its follow-up
 * stored with the job); real apps share one SQLite fleet-job store behind one local fake Web API;
 * probes go to loopback only.
 */
import type { FleetJobStore } from '../../src/store/fleet-jobs';
import { fleetLimit, fleetRig, storeView } from './fleet-rig';
import type { Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';
import { sleep, until } from './wait';

jest.setTimeout(60000);

const rig = fleetRig('tmsd-58c-lost-');
const { fake } = rig;

/**
 * A's view: right before its claim of the report, the job stops being A's: paused (its lease ended
 * now) and then adopted by `ghost` (a replica that never finishes it) or, with `ghost` null, by
 * whichever replica sweeps first (B); A's heartbeats fail from then on. The claim itself then goes to the store as usual.
 */
function losesJobBeforeReport(inner: FleetJobStore, ghost: string | null, handed: { id: string | null }): FleetJobStore {
  return storeView(inner, async (prop, args, call) => {
    // Its heartbeats from then on do not get through (it stalled), so they renew nothing.
    if (prop === 'heartbeat' && handed.id !== null) throw new Error('connection lost: a database blip');
    if (prop === 'adopt') return []; // A takes no job over (B does)
    if (prop === 'claimPost' && args[2] === 'report' && handed.id === null) {
      const [id, owner] = args as [string, string];
      handed.id = id;
      await inner.pause(id, owner, { done: 2 });
      if (ghost !== null) await inner.adopt(ghost, 60_000, 3);
      else await until(async () => (await inner.get(id))!.owner !== owner, 10000);
    }
    return call();
  });
}

const turns = (channel: string) => fake.of('chat.postMessage').filter((p) => p.body.channel === channel && /You said fleet:/.test(String(p.body.text)));
const lostLine = (h: Harness) => h.logger.lines.some((l) => /fleet job no longer this run's/.test(String(l.msg)) && l.post === 'report');

/** A thread with a conversation, then a list of two targets shared in it by `who` (sent to `h`). */
async function shareList(h: Harness, channel: string, ev: string, who: string): Promise<string> {
  const root = mention(channel, 'UALICE', '<@UBOT> half the codecs show No HTTPS response');
  await post(h.port, eventCallback(root, `${ev}root`));
  await fake.waitFor(() => fake.of('chat.postMessage').some((p) => p.body.channel === channel));
  const file = fake.addFile(`FL${ev}`, 'systems.csv', Buffer.from(`Network Address\n127.0.4.1:${rig.tc.port}\n127.0.4.1:${rig.tc.port}\n`));
  await post(h.port, eventCallback(message(channel, 'channel', who, '', { thread_ts: root.ts, subtype: 'file_share', files: [file] }), `${ev}share`));
  return root.ts as string;
}

describe('the report claim comes back lost', () => {
  it('the run that lost the job uploads nothing and does not feed the thread\'s diagnosis', async () => {
    const handed = { id: null as string | null };
    const a = await rig.replica(losesJobBeforeReport(rig.jobs(), 'ghost-58c', handed), fleetLimit);
    try {
      await shareList(a, 'C58L', 'Ev58L', 'UBOB58L');
      await until(() => lostLine(a), 20000);
      await sleep(1500); // whatever the run does after its lost claim is done by now
      expect(fake.completedUploads().filter((u) => u.channel === 'C58L')).toHaveLength(0);
      expect(turns('C58L')).toHaveLength(0);
      expect(rig.notes('C58L')).toHaveLength(0);
      expect((await rig.jobs().get(handed.id!))!.owner).toBe('ghost-58c'); // still the ghost's: A ended nothing
    } finally {
      await a.close();
    }
  });

  it('the run that took the job over posts the report and feeds the diagnosis, once; no second card, no line', async () => {
    const handed = { id: null as string | null };
    const a = await rig.replica(losesJobBeforeReport(rig.jobs(), null, handed), fleetLimit);
    // B shares A's conversations too (as replicas on one PostgreSQL do), so its follow-up finds the thread's case.
    const b = await rig.replica(rig.jobs(), fleetLimit, undefined, { store: a.store });
    try {
      const root = await shareList(a, 'C58M', 'Ev58M', 'UBOB58M');
      await until(async () => handed.id !== null && (await rig.jobs().get(handed.id))!.state === 'done', 20000);
      await until(() => turns('C58M').length > 0, 10000);
      await sleep(1500);
      expect(lostLine(a)).toBe(true);
      expect(turns('C58M')).toHaveLength(1);
      const uploads = fake.completedUploads().filter((u) => u.channel === 'C58M');
      expect(uploads).toHaveLength(1);
      expect(uploads[0]!.threadTs).toBe(root);
      expect(fake.of('chat.postMessage').filter((p) => p.body.channel === 'C58M' && /TLS probe of 2 endpoints/.test(String(p.body.text)))).toHaveLength(1);
      expect(rig.notes('C58M')).toHaveLength(0);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
