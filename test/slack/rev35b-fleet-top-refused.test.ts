/**
 * REV35 (fleet, fix58c #2): a job taken over with no thread of its own also looks at the top of the channel or DM for the earlier
 * run's card. That look (conversations.history) can be refused: missing_scope (an install without channels:history /
 * groups:history) or not_in_channel. For the card it already counts as "cannot tell" (no second card); for the report it was "not
 * there", so the user was told "I could not attach the full report" while it sat at the top of the DM. A refused look is now
 * "Slack cannot say" for the report too: the line says the report may be there and Slack did not let the bot check. The earlier run is written straight into the shared
 * store and the fake (it is gone); one real app takes the job over; probes go to loopback only.
 * Ported onto int2 (port35; a70de30): int2 already counted any failed look as 'unknown' (no second upload) but said "I could not
 * attach"; a look that failed for another reason (internal_error) now gets the line that the report may still come (fix62b: the
 * earlier run claimed its share, so no run shares it again).
 */
import { randomUUID } from 'node:crypto';
import { WebClient } from '@slack/web-api';
import { fleetCard } from '../../src/slack/fleet/card';
import { reportFilename } from '../../src/slack/fleet/job';
import { emptySummary } from '../../src/probe/fleet';
import { REPLY_EVENT_TYPE } from '../../src/slack/delivery';
import { fleetLimit, fleetRig } from './fleet-rig';
import { sleep, until } from './wait';

jest.setTimeout(60000);

const rig = fleetRig('tmsd-35b-toprefused-');
const { fake } = rig;

/** A job of two targets claimed by a replica that is gone, with no progress message recorded: its card and CSV at the top of the DM. */
async function goneJob(who: string): Promise<string> {
  const jobs = rig.jobs();
  const id = `job:${randomUUID()}`;
  const entries = [1, 2].map((line) => ({ line, input: `127.0.4.1:${rig.tc.port}`, name: null, stated: null }));
  const claim = await jobs.claim({ id, who, owner: 'replica-gone', surface: 'slash', lang: 'en', channel: who, threadTs: null, total: 2, leaseMs: 1, plan: JSON.stringify({ entries }) });
  expect(claim.status).toBe('started');
  const client = new WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  expect(await jobs.claimPost(id, 'replica-gone', 'summary', 'run-gone')).toBe('claimed');
  const card = fleetCard({ ...emptySummary(4), total: 2 }, 'en', {});
  await client.chat.postMessage({ channel: who, text: card.text, blocks: card.blocks, metadata: { event_type: REPLY_EVENT_TYPE, event_payload: { outbox_id: `fleet:${id}/summary` } } });
  expect(await jobs.claimPost(id, 'replica-gone', 'report', 'run-gone')).toBe('claimed');
  expect(await jobs.claimPost(id, 'replica-gone', 'share', 'run-gone')).toBe('claimed'); // right before its share (fix62b)
  await client.files.uploadV2({ channel_id: fake.dmOf(who), file: Buffer.from('target\n'), filename: reportFilename(id, Date.now()), title: 'report' });
  return id;
}

const cardsIn = (who: string) => fake.of('chat.postMessage').filter((p) => [who, fake.dmOf(who)].includes(String(p.body.channel)) && /TLS probe of 2 endpoints/.test(String(p.body.text)));

describe('the top-of-channel look refused (missing_scope)', () => {
  it('no second card; the report is not uploaded again; the line says it could not check, not that the report is missing', async () => {
    const who = 'U35TOPNO';
    const id = await goneJob(who);
    fake.fail('conversations.history', { error: 'missing_scope' });
    const b = await rig.replica(rig.jobs(), { ...fleetLimit, leaseMs: 1500, heartbeatMs: 50 });
    try {
      await until(async () => (await rig.jobs().get(id))!.state !== 'running', 30000);
      await sleep(500);
      expect(fake.of('conversations.history!failed').length).toBeGreaterThan(0);
      expect((await rig.jobs().get(id))!.state).toBe('done');
      expect(cardsIn(who)).toHaveLength(1);
      expect(rig.uploadsTo(who)).toBe(1);
      // The report is there (at the top of the DM) but the look was refused: not "I could not attach", but that Slack did not let it check.
      const lines = rig.dmCalls(who, 'chat.postMessage').map((p) => String(p.body.text));
      expect(lines.filter((t) => /I could not attach the full report/.test(t))).toHaveLength(0);
      expect(lines.filter((t) => /may have attached the full report \(the CSV file\) in this conversation, but Slack did not let me check/.test(t))).toHaveLength(1);
    } finally {
      fake.heal('conversations.history');
      await b.close();
    }
  });

  it('guard: a look that fails for another reason (internal_error) gets the line that the report may still come (fix62b: its share was claimed, so it is not shared again); still no second card or CSV', async () => {
    const who = 'U35TOPERR';
    const id = await goneJob(who);
    fake.fail('conversations.history', { error: 'internal_error' });
    const b = await rig.replica(rig.jobs(), { ...fleetLimit, leaseMs: 1500, heartbeatMs: 50 });
    try {
      await until(async () => (await rig.jobs().get(id))!.state !== 'running', 30000);
      await sleep(500);
      expect(fake.of('conversations.history!failed').length).toBeGreaterThan(0);
      expect((await rig.jobs().get(id))!.state).toBe('done');
      expect(cardsIn(who)).toHaveLength(1);
      expect(rig.uploadsTo(who)).toBe(1);
      const lines = rig.dmCalls(who, 'chat.postMessage').map((p) => String(p.body.text));
      expect(lines.filter((t) => /I could not attach the full report/.test(t))).toHaveLength(0);
      expect(lines.filter((t) => /Slack did not confirm that the full report \(the CSV file\) was attached/.test(t))).toHaveLength(1);
      expect(lines.filter((t) => /Slack did not let me check/.test(t))).toHaveLength(0);
    } finally {
      fake.heal('conversations.history');
      await b.close();
    }
  });
});
