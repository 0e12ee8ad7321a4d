/**
 * A start over that lands after a fleet job's summary was posted (its check found none) but before the
 * counts are fed: the follow-up turn catches it in the conversation's order, feeds nothing, and tells
 * the thread in one line through the delivery path (with a delivery id, a 429 waited out instead of
 * thrown). runFollowUp is called directly at that moment, so the race is deterministic. The real app,
 * engine and store against the local fake Web API; no probe runs.
 */
import { WebClient } from '@slack/web-api';
import type { FleetSummary } from '../../src/probe/fleet';
import { runFollowUp } from '../../src/slack/fleet/follow-up';
import { REPLY_EVENT_TYPE } from '../../src/slack/delivery';
import { startHarness, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';

jest.setTimeout(60000);

const SUMMARY = { total: 2, probed: 2, counts: { 'medium-fails': 1, 'medium-ok': 1 }, noAnswerCount: 0 } as unknown as FleetSummary;

describe('fleet counts after a start over that lands once the summary is out', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());

  async function startedOverThread() {
    const root = mention('C1', 'UALICE', '<@UBOT> half the codecs show No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 1);
    const key = `C1:${root.ts as string}`;
    await post(h.port, eventCallback(message('C1', 'channel', 'UALICE', 'start over', { thread_ts: root.ts }), 'EvStartOver'));
    for (let i = 0; i < 100 && ((await h.store.conversations.get(key))?.state.restarts ?? 0) < 1; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await h.store.conversations.get(key))?.state.restarts).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    const client = new WebClient('xoxb-test', { slackApiUrl: h.fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
    const followUp = { key, dedupe: ['EvList:fleet'], target: { channel: 'C1', threadTs: root.ts as string, user: 'UALICE' }, gen: 0 };
    return { key, root, client, followUp };
  }
  const lines = (h: Harness) => h.fake.of('chat.postMessage').filter((c) => /started over while the list ran/.test(String(c.body.text)));

  it('nothing is fed; one line with a delivery id', async () => {
    const { key, client, followUp } = await startedOverThread();
    await runFollowUp(h.bot.deps, client, followUp, SUMMARY, 'en', null);
    expect((await h.store.conversations.get(key))!.state.facts).not.toHaveProperty('fleet');
    const told = lines(h);
    expect(told).toHaveLength(1);
    const meta = typeof told[0]!.body.metadata === 'string' ? JSON.parse(told[0]!.body.metadata) : told[0]!.body.metadata;
    expect(meta).toMatchObject({ event_type: REPLY_EVENT_TYPE, event_payload: { outbox_id: 'EvList:fleet/started-over' } });
  });

  it('a 429 on that line is waited out, not thrown', async () => {
    const { key, client, followUp } = await startedOverThread();
    h.fake.fail('chat.postMessage', { status: 429, retryAfter: 0, times: 1 });
    await expect(runFollowUp(h.bot.deps, client, followUp, SUMMARY, 'en', null)).resolves.toBeUndefined();
    expect(lines(h)).toHaveLength(1);
    expect((await h.store.conversations.get(key))!.state.facts).not.toHaveProperty('fleet');
  });
});
