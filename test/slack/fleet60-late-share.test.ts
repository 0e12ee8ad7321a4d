/**
 * fleet60 #1: the fleet report's share (files.completeUploadExternal) gets no answer within its time
 * limit, and Slack carries it out later than the first look after it but before a second one. The run
 * looks for the CSV twice, one settle time apart, before it takes it as not shared: it finds it the
 * second time and does not upload it again. Before, it uploaded it again after the first look: two
 * CSVs. One real app on a SQLite fleet-job store behind one local fake Web API; probes go to loopback only.
 */
import { fleetRig } from './fleet-rig';
import { sleep, until } from './wait';

jest.setTimeout(60000);
const rig = fleetRig('tmsd-fleet60-late-');
const { fake } = rig;

describe('a share that got no answer is carried out by Slack after the first look', () => {
  it('found by the second look: not uploaded again, one CSV, no line', async () => {
    const h = await rig.replica(rig.jobs());
    try {
      // The post time limit and the settle time are 2 s here: the share times out at 2 s, the first look
      // comes at about 4 s, Slack carries the share out at 5 s, the second look comes at about 6 s.
      fake.hold('files.completeUploadExternal', 5000);
      await rig.probeTwice(h, 'late60', 'ULATE60');
      await until(() => fake.completedUploads().some((u) => u.channel === fake.dmOf('ULATE60')), 15000);
      const job = (await rig.jobIds('ULATE60'))[0]!;
      await until(async () => (await rig.jobs().get(job))!.state === 'done', 20000);
      await sleep(1500);
      expect(h.logger.lines.filter((l) => l.msg === 'fleet report shared after all: not uploaded again')).toHaveLength(1);
      expect(fake.of('files.getUploadURLExternal').filter((c) => String(c.body.filename).includes(job.slice(4, 16)))).toHaveLength(1);
      expect(fake.completedUploads().filter((u) => u.channel === fake.dmOf('ULATE60'))).toHaveLength(1);
      expect(rig.notesTo('ULATE60')).toHaveLength(0);
    } finally {
      fake.heal();
      await h.close();
    }
  });
});
