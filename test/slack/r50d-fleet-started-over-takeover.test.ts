/**
 * The fleet job's "started over" line when a replica takes the job over: the first owner posted the
 * line and died before recording the job's end, so the follow-up runs again. The line is looked for in
 * the thread by its delivery id first, so it is posted once, also when the first post was minutes
 * before the takeover (the look goes back to the job's start) and when Slack cut the connection after
 * posting it. runFollowUp is called directly, as each owner of the job calls it; the real app, engine
 * and store against the local fake Web API; no probe runs.
 */
import { WebClient } from '@slack/web-api';
import type { FleetSummary } from '../../src/probe/fleet';
import { runFollowUp } from '../../src/slack/fleet/follow-up';
import { startHarness, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';

jest.setTimeout(60000);

const SUMMARY = { total: 2, probed: 2, counts: { 'medium-fails': 1, 'medium-ok': 1 }, noAnswerCount: 0 } as unknown as FleetSummary;
const ID = 'EvList:fleet/started-over';

describe('fleet "started over" line on a takeover', () => {
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
    await h.bot.idle();
    // Each owner of the job has its own client (another replica).
    const client = () => new WebClient('xoxb-test', { slackApiUrl: h.fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
    const followUp = { key, dedupe: ['EvList:fleet'], target: { channel: 'C1', threadTs: root.ts as string, user: 'UALICE' }, gen: 0 };
    return { key, root, client, followUp };
  }
  const lines = (h: Harness) => h.fake.messages.filter((m) => /started over while the list ran/.test(m.text));

  it('the takeover runs the follow-up again: the line is in the thread once', async () => {
    const { key, client, followUp } = await startedOverThread();
    const jobStart = Date.now();
    await runFollowUp(h.bot.deps, client(), followUp, SUMMARY, 'en', null, jobStart);
    expect(lines(h)).toHaveLength(1);
    await runFollowUp(h.bot.deps, client(), followUp, SUMMARY, 'en', null, jobStart);
    expect(lines(h)).toHaveLength(1);
    expect(h.fake.tagged('C1', ID)).toHaveLength(1);
    expect((await h.store.conversations.get(key))!.state.facts).not.toHaveProperty('fleet');
  });

  it('a takeover minutes after the first post (the lease ran out first): still once', async () => {
    const { client, followUp } = await startedOverThread();
    const jobStart = Date.now() - 15 * 60_000;
    await runFollowUp(h.bot.deps, client(), followUp, SUMMARY, 'en', null, jobStart);
    expect(lines(h)).toHaveLength(1);
    // The first owner posted it ten minutes ago.
    lines(h)[0]!.at = Date.now() - 10 * 60_000;
    await runFollowUp(h.bot.deps, client(), followUp, SUMMARY, 'en', null, jobStart);
    expect(lines(h)).toHaveLength(1);
  });

  it('Slack posted the line but the connection was cut before the answer, then the job was taken over: once', async () => {
    const { client, followUp } = await startedOverThread();
    const jobStart = Date.now();
    h.fake.failIn('C1', { mode: 'reset-after', times: 1 });
    await runFollowUp(h.bot.deps, client(), followUp, SUMMARY, 'en', null, jobStart);
    h.fake.heal();
    await runFollowUp(h.bot.deps, client(), followUp, SUMMARY, 'en', null, jobStart);
    expect(lines(h)).toHaveLength(1);
  });

  it('a line of another job in the same thread does not hide this one', async () => {
    const { client, followUp } = await startedOverThread();
    await runFollowUp(h.bot.deps, client(), { ...followUp, dedupe: ['EvOther:fleet'] }, SUMMARY, 'en', null, Date.now());
    await runFollowUp(h.bot.deps, client(), followUp, SUMMARY, 'en', null, Date.now());
    expect(lines(h)).toHaveLength(2);
  });
});
