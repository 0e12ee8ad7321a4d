/**
 * The clients' fetch against the local fake Web API: a 429 rests only that method in that channel,
 * waits are bounded, views.open never waits.
 */
import { WebClient } from '@slack/web-api';
import { ChannelLimiter, rateLimitedFetch } from '../../src/slack/ratelimit';
import { jsonApiCall } from '../../src/slack/webjson';
import { FakeSlack } from './fake-slack';

describe('per-channel rate limits for calls other than posts', () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = new FakeSlack();
    await fake.start();
  });
  afterEach(async () => fake.stop());

  const client = (limiter: ChannelLimiter, maxWaitMs: number) =>
    new WebClient('xoxb-test-token', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, fetch: rateLimitedFetch(limiter, fetch, { maxWaitMs }) });

  it('a Retry-After past the bound reaches the caller at once; within the pause the channel is refused without asking Slack; other channels go on', async () => {
    const limiter = new ChannelLimiter();
    const c = client(limiter, 300);
    fake.failIn('CX', { method: 'chat.update', mode: '429', retryAfter: 2, times: 1 });
    const t0 = Date.now();
    await expect(c.chat.update({ channel: 'CX', ts: '1.1', text: 'a' })).rejects.toMatchObject({ code: 'slack_webapi_rate_limited_error', retryAfter: 2 });
    expect(Date.now() - t0).toBeLessThan(1500); // waiting would take the 2 s Retry-After
    await expect(c.chat.update({ channel: 'CX', ts: '1.1', text: 'b' })).rejects.toMatchObject({ code: 'slack_webapi_rate_limited_error' });
    await expect(c.chat.update({ channel: 'CY', ts: '1.2', text: 'c' })).resolves.toMatchObject({ ok: true });
    await expect(c.reactions.add({ channel: 'CX', timestamp: '1.1', name: 'x' })).resolves.toMatchObject({ ok: true });
    expect(fake.calls.map((x) => `${x.method} ${x.body.channel}`)).toEqual(['chat.update!429 CX', 'chat.update CY', 'reactions.add CX']);
    expect(limiter.waitMs('chat.update', 'CX')).toBeGreaterThan(1000);
  });

  it('an ephemeral refused with Retry-After 1 is sent again after it, once', async () => {
    const c = client(new ChannelLimiter(), 3000);
    fake.failIn('CX', { method: 'chat.postEphemeral', mode: '429', retryAfter: 1, times: 1 });
    await expect(c.chat.postEphemeral({ channel: 'CX', user: 'U1', text: 'hi' })).resolves.toMatchObject({ ok: true });
    const [refused, sent] = fake.calls;
    expect([refused!.method, sent!.method]).toEqual(['chat.postEphemeral!429', 'chat.postEphemeral']);
    expect(sent!.at - refused!.at).toBeGreaterThanOrEqual(950);
    expect(fake.calls).toHaveLength(2);
  });

  it('each request to Slack gets the time limit as a deadline of its own; waits between tries are bounded by maxWaitMs', async () => {
    const seen: { deadline?: number; at: number }[] = [];
    const inner = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
      seen.push({ deadline: (init as { deadline?: number } | undefined)?.deadline, at: Date.now() });
      return fetch(input, init);
    }) as typeof fetch;
    const c = new WebClient('xoxb-test-token', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, fetch: rateLimitedFetch(new ChannelLimiter(), inner, { maxWaitMs: 5000, timeoutMs: 400 }) });
    // a 1 s Retry-After is waited out (it is within maxWaitMs), and the try after it has its own 400 ms
    fake.failIn('CX', { method: 'chat.update', mode: '429', retryAfter: 1, times: 1 });
    await expect(c.chat.update({ channel: 'CX', ts: '1.1', text: 'b' })).resolves.toMatchObject({ ok: true });
    expect(seen).toHaveLength(2);
    // set just before each request is handed down: 400 ms from then, so at most 400 ms from when it got here
    for (const s of seen) {
      expect(s.deadline! - s.at).toBeLessThanOrEqual(400);
      expect(s.deadline! - s.at).toBeGreaterThan(300);
    }
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(950);
    expect(seen[1]!.deadline! - seen[0]!.deadline!).toBeGreaterThan(900);
    // without a limit nothing is added to the init
    seen.length = 0;
    const free = new WebClient('xoxb-test-token', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, fetch: rateLimitedFetch(new ChannelLimiter(), inner) });
    await free.chat.update({ channel: 'CZ', ts: '1.1', text: 'c' });
    expect(seen.map((s) => s.deadline)).toEqual([undefined]);
  });

  it('a 429 to a JSON-body post pauses that channel only (the channel is read from the JSON)', async () => {
    const limiter = new ChannelLimiter();
    const call = jsonApiCall(rateLimitedFetch(limiter, fetch), fake.apiUrl, 'xoxb-test-token');
    fake.failIn('CX', { method: 'chat.postMessage', mode: '429', retryAfter: 3, times: 1 });
    await expect(call('chat.postMessage', { channel: 'CX', text: 'a' })).rejects.toMatchObject({ code: 'slack_webapi_rate_limited_error', retryAfter: 3 });
    expect(limiter.waitMs('chat.postMessage', 'CX')).toBeGreaterThan(1000);
    expect(limiter.waitMs('chat.postMessage', 'CY')).toBe(0);
    await expect(call('chat.postMessage', { channel: 'CY', text: 'b' })).resolves.toMatchObject({ ok: true });
  });

  it('the limiter drops expired channels past its size bound', () => {
    const limiter = new ChannelLimiter(10);
    for (let i = 0; i < 50; i++) limiter.pause('chat.update', `C${i}`, 1000, 0);
    limiter.pause('chat.update', 'CLAST', 1000, 5000);
    expect(limiter.waitMs('chat.update', 'C0', 500)).toBe(0);
    expect(limiter.waitMs('chat.update', 'CLAST', 5000)).toBe(1000);
    expect(limiter.size).toBe(1);
  });
});
