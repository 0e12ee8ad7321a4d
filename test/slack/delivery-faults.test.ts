/**
 * Faults between the bot and Slack's Web API, injected per channel by the local fake: 429s, 500s,
 * connections reset before and after Slack posted, answers slower than the client's timeout. Each
 * turn is answered exactly once (counted by the outbox id Slack stores in message metadata), acks
 * stay fast, other channels are not held up, and a user whose answer cannot be posted is told in
 * plain words.
 */
import { classify, storeFailureKind } from '../../src/slack/delivery';
import { findButton, posts, responses, settle } from './calls';
import { echoEngine } from './echo-engine';
import { startHarness, type Harness } from './harness';
import { blockActions, eventCallback, FORM, mention, message, post, slashCommand } from './signed';

const replyTo = (h: Harness, channel: string) => h.fake.tagged(channel);

describe('a post attempt never outlives its outbox lease', () => {
  let h: Harness;
  beforeEach(async () => {
    // a 10 s API timeout, but a 1.5 s lease: one attempt must give up well inside the lease
    h = await startHarness({ engine: echoEngine, extra: { apiTimeoutMs: 10_000, outboxLeaseMs: 1500 } });
  });
  afterEach(async () => h.close());

  it('a post Slack answers only after 3 s is given up within the lease, then found by its metadata: one message', async () => {
    h.fake.failIn('CLEASE', { mode: 'slow', times: 1, delayMs: 3000 });
    const root = mention('CLEASE', 'UALICE', '<@UBOT> slow answer');
    const sent = Date.now();
    await post(h.port, eventCallback(root));
    // the lookup for an earlier copy starts before Slack's slow answer would have come back
    const lookups = await h.fake.waitFor((calls) => calls.some((c) => c.method === 'conversations.replies'), 6000);
    expect(lookups.find((c) => c.method === 'conversations.replies')!.at - sent).toBeLessThan(2900);
    await settle(h, 300);
    expect(replyTo(h, 'CLEASE')).toHaveLength(1);
    expect(replyTo(h, 'CLEASE')[0]!.text).toContain('text:slow answer');
  });
});

describe('Web API faults, per channel', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ engine: echoEngine, extra: { apiTimeoutMs: 800 } });
  });
  afterEach(async () => h.close());

  it("one channel's 429 does not hold up another channel; the limited one posts once after Retry-After", async () => {
    h.fake.failIn('CSLOW', { mode: '429', retryAfter: 3, times: 1 });
    const sent = Date.now();
    const a = await post(h.port, eventCallback(mention('CSLOW', 'UALICE', '<@UBOT> limited')));
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage!429'));
    // CSLOW is now waiting out its Retry-After: CFAST must not wait with it.
    const bSent = Date.now();
    const b = await post(h.port, eventCallback(mention('CFAST', 'UBOB', '<@UBOT> free')));
    expect(a.ms).toBeLessThan(3000);
    expect(b.ms).toBeLessThan(3000);
    await h.fake.waitFor(() => replyTo(h, 'CFAST').length === 1);
    await h.fake.waitFor(() => replyTo(h, 'CSLOW').length === 1, 8000);
    const fast = posts(h).find((p) => p.body.channel === 'CFAST')!;
    const slow = posts(h).find((p) => p.body.channel === 'CSLOW')!;
    expect(fast.at - bSent).toBeLessThan(2000); // waiting with CSLOW would take its 3 s Retry-After
    expect(slow.at - sent).toBeGreaterThanOrEqual(2900);
    // a second turn in the free channel while the other waited was not queued behind it either
    await settle(h);
    expect(replyTo(h, 'CSLOW')).toHaveLength(1);
    expect(replyTo(h, 'CFAST')).toHaveLength(1);
    expect(h.fake.of('chat.postEphemeral')).toHaveLength(0);
  });

  it.each([
    ['reset-after', 'the connection is cut after Slack posted'],
    ['slow', 'Slack posts but answers after the client gave up'],
  ] as const)('%s (%s): the reply is found by its metadata and not posted twice', async (mode, _why) => {
    h.fake.failIn('CAMBIG', { mode, times: 1, delayMs: 2500 });
    const root = mention('CAMBIG', 'UALICE', '<@UBOT> ambiguous');
    const res = await post(h.port, eventCallback(root));
    expect(res.ms).toBeLessThan(3000);
    await h.fake.waitFor(() => h.fake.of('conversations.replies').length >= 1, 6000);
    await settle(h, 300);
    const mine = replyTo(h, 'CAMBIG');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.thread_ts).toBe(root.ts);
    expect(mine[0]!.text).toContain('text:ambiguous');
    expect(h.fake.of('chat.postEphemeral')).toHaveLength(0);
    // the next turn of the thread is turn 2, answered once
    await post(h.port, eventCallback(message('CAMBIG', 'channel', 'UALICE', 'next', { thread_ts: root.ts })));
    await h.fake.waitFor(() => replyTo(h, 'CAMBIG').length === 2);
    expect(replyTo(h, 'CAMBIG')[1]!.text).toContain('turn=2');
  });

  it('reset-before (nothing posted) and a few 500s: retried, posted exactly once', async () => {
    h.fake.failIn('CRESET', { mode: 'reset-before', times: 2 });
    h.fake.failIn('C500', { mode: '500', times: 2 });
    await post(h.port, eventCallback(mention('CRESET', 'UALICE', '<@UBOT> reset')));
    await post(h.port, eventCallback(mention('C500', 'UALICE', '<@UBOT> five hundred')));
    await h.fake.waitFor(() => replyTo(h, 'CRESET').length === 1 && replyTo(h, 'C500').length === 1, 6000);
    await settle(h, 300);
    expect(replyTo(h, 'CRESET')).toHaveLength(1);
    expect(replyTo(h, 'C500')).toHaveLength(1);
    expect(h.fake.of('chat.postEphemeral')).toHaveLength(0);
  });

  it('a channel whose posts keep failing, past the give-up time: the user is told in plain words (no raw body, no codes), the log is clipped, other channels answer', async () => {
    // Given up at the end of its first delivery (give-up time 0; by default a reply Slack cannot be
    // reached for is tried again for 10 minutes before its user is told: outbox-later.test.ts).
    await h.close();
    h = await startHarness({ engine: echoEngine, extra: { apiTimeoutMs: 800, outboxGiveUpMs: 0 } });
    h.fake.failIn('CDOWN', { mode: '500' });
    await post(h.port, eventCallback(mention('CDOWN', 'UALICE', '<@UBOT> doomed')));
    await post(h.port, eventCallback(message('D1', 'im', 'UBOB', 'fine here')));
    await h.fake.waitFor(() => h.fake.of('chat.postEphemeral').length === 1, 8000);
    const notice = h.fake.of('chat.postEphemeral')[0]!;
    expect(notice.body).toMatchObject({ channel: 'CDOWN', user: 'UALICE' });
    expect(notice.body.text).toMatch(/Slack did not accept it/);
    expect(notice.body.text).not.toMatch(/html|proxy error|HTTP|500|slack_webapi/i);
    expect(replyTo(h, 'D1')).toHaveLength(1);
    expect(replyTo(h, 'CDOWN')).toHaveLength(0);
    for (const l of h.logger.lines) expect(JSON.stringify(l).length).toBeLessThan(4000);
    expect(h.logger.lines.some((l) => JSON.stringify(l).includes('proxy error proxy error proxy error'))).toBe(false);
  });

  it('Share whose post is reset after Slack posted it: shared once, the private original removed', async () => {
    await post(h.port, slashCommand('/tms-diagnose', 'share me once', h.fake.responseUrl('r1')), { contentType: FORM });
    await h.fake.waitFor(() => responses(h).length === 1);
    h.fake.failIn('C0INCIDENT', { mode: 'reset-after', times: 1 });
    const share = findButton(responses(h)[0]!, 'share');
    await post(h.port, blockActions({ ...share, channel: 'C0INCIDENT', messageTs: '1.2', ephemeral: true, responseUrl: h.fake.responseUrl('r2') }), { contentType: FORM });
    await h.fake.waitFor(() => responses(h).some((r) => r.body.delete_original === true), 6000);
    const shared = h.fake.messages.filter((m) => m.channel === 'C0INCIDENT' && !m.thread_ts);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.text).toContain('share me once');
    expect(responses(h).filter((r) => r.body.response_type === 'in_channel')).toHaveLength(0);
  });

  it('a burst over many threads with mixed faults: every turn answered exactly once, every ack within 3 s', async () => {
    const faults = ['429', 'reset-after', 'reset-before', '500', 'slow'] as const;
    faults.forEach((mode, i) => h.fake.failIn(`CF${i}`, { mode, times: 1, retryAfter: 1, delayMs: 1500 }));
    const roots = Array.from({ length: 20 }, (_, i) => mention(`CF${i % 7}`, 'UALICE', `<@UBOT> burst ${i}`));
    const acks = await Promise.all(roots.map((r) => post(h.port, eventCallback(r))));
    for (const a of acks) expect(a.ms).toBeLessThan(3000);
    // Slack retries a few of them (duplicate deliveries must not answer twice)
    await Promise.all(roots.slice(0, 5).map((r, i) => post(h.port, eventCallback(r, `EvRetry${i}`), { retryNum: 1 })));
    await h.fake.waitFor(() => roots.every((r) => h.fake.messages.some((m) => m.thread_ts === r.ts)), 12000);
    await settle(h, 500);
    for (const r of roots) {
      const answers = h.fake.messages.filter((m) => m.thread_ts === r.ts);
      expect(answers).toHaveLength(1);
      expect(answers[0]!.text).toContain(`burst ${String(r.text).split(' ').pop()}`);
    }
    expect(h.fake.of('chat.postEphemeral')).toHaveLength(0);
  }, 30000);
});

describe('failure classification', () => {
  it('tells certain failures from ambiguous ones', () => {
    expect(classify({ code: 'slack_webapi_rate_limited_error', retryAfter: 3 })).toEqual({ retry: 'safe', kind: 'rate_limited', waitMs: 3000 });
    expect(classify({ code: 'slack_webapi_http_error', statusCode: 502 })).toMatchObject({ retry: 'look', kind: 'slack_unavailable' });
    expect(classify({ code: 'slack_webapi_http_error', statusCode: 400 })).toMatchObject({ retry: 'no' });
    expect(classify({ code: 'slack_webapi_platform_error', data: { error: 'not_in_channel' } })).toMatchObject({ retry: 'no', kind: 'not_allowed_here' });
    expect(classify({ code: 'slack_webapi_request_error', original: new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) }) })).toMatchObject({ retry: 'safe' });
    expect(classify({ code: 'slack_webapi_request_error', original: new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }) })).toMatchObject({ retry: 'look' });
    expect(classify(new Error('respond is not a function'))).toMatchObject({ retry: 'no', kind: 'could_not_post' });
    expect(storeFailureKind({ code: 'SQLITE_BUSY' })).toBe('database_busy');
    expect(storeFailureKind({ code: 'SQLITE_READONLY_DBMOVED' })).toBe('database_unavailable');
    expect(storeFailureKind(new Error('x'))).toBeNull();
  });
});
