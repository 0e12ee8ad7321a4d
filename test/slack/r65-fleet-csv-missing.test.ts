/**
 * A fleet job's CSV report that does not reach the thread is never silent: the thread gets one short
 * line saying the file could not be attached and how to get one (run the same list again: share the
 * file again, or /tls-probe with the same targets), in the user's language. (A share that got a 5xx
 * may have been carried out: that line is fix62b's, that it may still come; fix62b-fleet-share-once.) Exactly once stays: the
 * CSV is never uploaded twice. Cases: the upload fails after the claim; the run that claimed the
 * report stops before uploading it and another replica takes the job over (fix58g: that replica
 * finds no CSV in the thread and uploads it itself: the CSV, no line). Two real apps share one
 * SQLite fleet-job store behind one local fake Web API; probes go to loopback only.
 */
import { echoEngine } from './echo-engine';
import { diesAfterClaim, diesAtFinish, fleetRig } from './fleet-rig';
import { startHarness } from './harness';
import { eventCallback, mention, message, post } from './signed';
import { sleep, until } from './wait';

jest.setTimeout(60000);

const rig = fleetRig('tmsd-csv-missing-');
const { fake, notes } = rig;

describe('the upload fails after the report was claimed', () => {
  it('a list file shared in a thread: one line in the thread saying so and to share the file again; nothing uploaded twice', async () => {
    const h = await startHarness({ engine: echoEngine, probeEnv: rig.probeEnv(), fake, extra: { fleetLimit: { progressEveryMs: 0 } } });
    try {
      const root = mention('C65F', 'UALICE', '<@UBOT> half the codecs show No HTTPS response');
      await post(h.port, eventCallback(root, 'Ev65root'));
      await fake.waitFor(() => fake.of('chat.postMessage').some((p) => p.body.channel === 'C65F'));
      fake.fail('files.completeUploadExternal', { status: 400 }); // refused for good (a 5xx is fix62b's: it may have been shared)
      const file = fake.addFile('FL65', 'systems.csv', Buffer.from(`Network Address\n127.0.4.1:${rig.tc.port}\n127.0.4.1:${rig.tc.port}\n`));
      const uploads = fake.of('files.completeUploadExternal!failed').length;
      await post(h.port, eventCallback(message('C65F', 'channel', 'UBOB', '', { thread_ts: root.ts, subtype: 'file_share', files: [file] }), 'Ev65share'));
      await until(() => notes('C65F').length > 0, 20000);
      await h.bot.idle();
      await sleep(300);
      expect(fake.of('files.completeUploadExternal!failed').length).toBeGreaterThan(uploads);
      expect(fake.completedUploads().filter((u) => u.channel === 'C65F')).toHaveLength(0);
      const n = notes('C65F');
      expect(n).toHaveLength(1);
      expect(n[0]!.body.thread_ts).toBe(root.ts);
      expect(String(n[0]!.body.text)).toMatch(/share the list file in this thread again/);
    } finally {
      fake.heal();
      await h.close();
    }
  });

  it('in Japanese for a Japanese user of /tls-probe, naming the command', async () => {
    fake.locales.set('UJA65', 'ja-JP');
    const h = await startHarness({ engine: echoEngine, probeEnv: rig.probeEnv(), fake, extra: { fleetLimit: { progressEveryMs: 0 } } });
    try {
      fake.fail('files.completeUploadExternal', { status: 400 }); // refused for good (a 5xx is fix62b's: it may have been shared)
      await rig.probeTwice(h, 'ja65', 'UJA65');
      await until(() => rig.notesTo('UJA65').length > 0, 20000);
      await sleep(300);
      const n = rig.notesTo('UJA65');
      expect(n).toHaveLength(1);
      expect(String(n[0]!.body.text)).toMatch(/添付できませんでした/);
      expect(String(n[0]!.body.text)).toContain('/tls-probe');
    } finally {
      fake.heal();
      await h.close();
    }
  });
});

describe('a replica takes the job over', () => {
  it('the first run claimed the report and stopped before uploading it: the run that finishes the job uploads it, once, and posts no line', async () => {
    const dead = { on: false };
    await rig.twoReplicas(diesAfterClaim(rig.jobs(), dead, 'report'), rig.jobs(), dead, async (a) => {
      const job = await rig.jobThatDies(a, 'dies65', 'UDIES65', dead);
      await sleep(500);
      expect(rig.uploadsTo('UDIES65')).toBe(1);
      expect(fake.completedUploads().filter((u) => u.channel === fake.dmOf('UDIES65') && u.filename.includes(job.id.slice(4, 16)))).toHaveLength(1);
      expect(rig.notesTo('UDIES65')).toHaveLength(0);
    });
  });

  it('the first run uploaded the report and stopped before recording the end: no line, no second CSV', async () => {
    const dead = { on: false };
    await rig.twoReplicas(diesAtFinish(rig.jobs(), dead), rig.jobs(), dead, async (a) => {
      await rig.jobThatDies(a, 'fin65', 'UFIN65', dead);
      await sleep(500);
      expect(rig.uploadsTo('UFIN65')).toBe(1);
      expect(rig.notesTo('UFIN65')).toHaveLength(0);
    });
  });
});
