/**
 * fleet60 #4: a fleet job on the memory fleet-job store when the app stops. Its probe of a silent
 * endpoint outlasts the shutdown grace, so the run posts its summary and uploads its report after
 * the app's Delivery is gone: the Delivery it then gets shares nothing, and the run would hand the
 * job over; but with a store that does not outlive the process no run takes it over. Before, the
 * user got the card and then no CSV and no word. Now the job ends as stopped and the user gets one
 * line, in their language: the summary or the report may be missing, run the same list again. One
 * real app behind one local fake Web API; probes go to loopback only.
 */
import { MemoryFleetJobStore } from '../../src/store/fleet-jobs';
import { fleetRig, silentRig, type FleetRig } from './fleet-rig';
import { startHarness, type Harness } from './harness';
import { sleep, until } from './wait';

jest.setTimeout(60000);
const rig: FleetRig = fleetRig('tmsd-fleet60-memstop-');
const quiet = silentRig(rig);
const { fake } = rig;

const LINE = /while it was posting the results of this fleet probe|結果を投稿している途中でボットが停止/;

async function stoppedMidJob(user: string, key: string): Promise<{ h: Harness; jobs: MemoryFleetJobStore; id: string }> {
  const jobs = new MemoryFleetJobStore();
  // The silent target's probe runs to its time limit (3 s) after the stop; the grace is 300 ms.
  const h = await startHarness({ engine: undefined, probeEnv: quiet.probeEnv(), fake, extra: { fleetJobs: jobs, fleetLimit: { progressEveryMs: 0 }, shutdownGraceMs: 300 } });
  const started = await quiet.startOn(h.port, key, user);
  expect(started.status).toBe(200);
  await until(() => rig.dmCalls(user, 'chat.postMessage').length > 0, 10000); // the progress message
  await sleep(300);
  const id = (await jobs.runningFor(user))!.id;
  await h.bot.stop();
  return { h, jobs, id };
}

describe('the app stops while a fleet job on the memory store still probes', () => {
  it('its report cannot be shared once the app\'s Delivery is gone: the user gets one line saying so and to run it again, not silence', async () => {
    const { h, jobs, id } = await stoppedMidJob('UMEM60', 'mem60');
    try {
      await until(() => rig.dmCalls('UMEM60', 'chat.postMessage').some((p) => LINE.test(String(p.body.text))), 15000);
      await sleep(500);
      const lines = rig.dmCalls('UMEM60', 'chat.postMessage').filter((p) => LINE.test(String(p.body.text)));
      expect(lines).toHaveLength(1);
      expect(String(lines[0]!.body.text)).toContain('/tls-probe with the same targets');
      expect(lines[0]!.body.thread_ts).toBeTruthy(); // under the progress message
      expect(rig.uploadsTo('UMEM60')).toBe(0);
      expect(rig.notesTo('UMEM60')).toHaveLength(0);
      expect(h.logger.lines.some((l) => String(l.msg).startsWith('fleet job stopped while posting its summary and report'))).toBe(true);
      expect((await jobs.get(id))!.state).toBe('stopped'); // ended: nothing left to take over
    } finally {
      await h.close();
    }
  });

  it('in Japanese for a Japanese user', async () => {
    fake.locales.set('UMEMJA60', 'ja-JP');
    const { h } = await stoppedMidJob('UMEMJA60', 'memja60');
    try {
      await until(() => rig.dmCalls('UMEMJA60', 'chat.postMessage').some((p) => LINE.test(String(p.body.text))), 15000);
      const lines = rig.dmCalls('UMEMJA60', 'chat.postMessage').filter((p) => LINE.test(String(p.body.text)));
      expect(lines).toHaveLength(1);
      expect(String(lines[0]!.body.text)).toContain('同じ対象で /tls-probe を実行');
    } finally {
      await h.close();
    }
  });
});
