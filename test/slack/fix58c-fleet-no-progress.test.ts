/**
 * fix58c #2: an earlier run of a private fleet job (/tls-probe, the user's direct message) whose own
 * progress message could not be posted (a Slack error) put its summary card and its CSV report at the
 * top of the direct message, not in a thread, and stopped before recording the job's end. The run that
 * takes the job over starts a new progress message (the store names none) and must look where the
 * earlier run posted (the direct message itself), not only in its own new thread: the card is not
 * posted twice and no "could not attach" line says a report is missing that is there. A job with no
 * progress message recorded still ends, once. The earlier run is written straight into the shared
 * store and the fake (it is gone); one real app takes the job over; probes go to loopback only.
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

const rig = fleetRig('tmsd-58c-noprog-');
const { fake } = rig;

/** A job of two targets claimed by a replica that is gone (its lease already over), with no progress message recorded. */
async function goneJob(who: string, posts: { summary?: boolean; report?: boolean }): Promise<string> {
  const jobs = rig.jobs();
  const id = `job:${randomUUID()}`;
  const entries = [1, 2].map((line) => ({ line, input: `127.0.4.1:${rig.tc.port}`, name: null, stated: null }));
  const claim = await jobs.claim({ id, who, owner: 'replica-gone', surface: 'slash', lang: 'en', channel: who, threadTs: null, total: 2, leaseMs: 1, plan: JSON.stringify({ entries }) });
  expect(claim.status).toBe('started');
  const run = 'run-gone';
  // Another replica's client: what the gone run posted, where it posted it (no thread: the top of the DM).
  const client = new WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  if (posts.summary) {
    expect(await jobs.claimPost(id, 'replica-gone', 'summary', run)).toBe('claimed');
    const card = fleetCard({ ...emptySummary(4), total: 2 }, 'en', {});
    await client.chat.postMessage({ channel: who, text: card.text, blocks: card.blocks, metadata: { event_type: REPLY_EVENT_TYPE, event_payload: { outbox_id: `fleet:${id}/summary` } } });
  }
  if (posts.report) {
    expect(await jobs.claimPost(id, 'replica-gone', 'report', run)).toBe('claimed');
    await client.files.uploadV2({ channel_id: fake.dmOf(who), file: Buffer.from('target\n'), filename: reportFilename(id, Date.now()), title: 'report' });
  }
  return id;
}

const cardsIn = (who: string) => fake.of('chat.postMessage').filter((p) => [who, fake.dmOf(who)].includes(String(p.body.channel)) && /TLS probe of 2 endpoints/.test(String(p.body.text)));

describe('a job taken over whose earlier run had no progress message', () => {
  it('the earlier run\'s card and CSV at the top of the DM are found: no second card, no "could not attach" line; the job ends once', async () => {
    const who = 'U58TOP';
    const id = await goneJob(who, { summary: true, report: true }); // before any replica runs: none takes it over half written
    const b = await rig.replica(rig.jobs(), { ...fleetLimit, leaseMs: 1500, heartbeatMs: 50 });
    try {
      expect(cardsIn(who)).toHaveLength(1);
      await until(async () => (await rig.jobs().get(id))!.state !== 'running', 20000);
      await sleep(500);
      expect((await rig.jobs().get(id))!.state).toBe('done');
      expect(b.logger.lines.filter((l) => /fleet job resumed/.test(String(l.msg)))).toHaveLength(1);
      expect(cardsIn(who)).toHaveLength(1);
      expect(rig.uploadsTo(who)).toBe(1);
      expect(rig.notesTo(who)).toHaveLength(0);
    } finally {
      await b.close();
    }
  });

  it('nothing was posted before: the run that takes it over posts the card and the CSV, once, and ends the job once', async () => {
    const who = 'U58NONE';
    const id = await goneJob(who, {}); // before any replica runs: none takes it over half written
    const b = await rig.replica(rig.jobs(), { ...fleetLimit, leaseMs: 1500, heartbeatMs: 50 });
    try {
      await until(async () => (await rig.jobs().get(id))!.state !== 'running', 20000);
      await sleep(500);
      expect((await rig.jobs().get(id))!.state).toBe('done');
      expect(cardsIn(who)).toHaveLength(1);
      expect(rig.uploadsTo(who)).toBe(1);
      expect(rig.notesTo(who)).toHaveLength(0);
    } finally {
      await b.close();
    }
  });
});
