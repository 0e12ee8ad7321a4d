/**
 * Two ways one outbox item was posted twice under load (the two-replica chaos test, issue 13):
 * - a deliverer went on retrying after its lease had run out (a 429's wait, a look), while another
 *   deliverer had taken the item over, looked, found nothing yet and posted it: each further try
 *   now renews the lease first and stops when the item is no longer its own;
 * - the look after a post that got no answer came before Slack had carried that post out (Slack
 *   does work on a request whose client gave up), so it found nothing and the retry posted a
 *   second copy: the look now waits `settleMs` after the unanswered post.
 * Real Delivery and Web API client against the local fake Slack, the memory store on a clock of
 * the test's own (the lease's time), deliverers told apart by their owner names.
 */
import { memoryStore } from '../../src/store/memory';
import type { Store, TurnStep } from '../../src/store/port';
import { Delivery, makeDeliveryClient } from '../../src/slack/delivery';
import { OutboxDelivery } from '../../src/slack/outbox';
import { FakeSlack } from './fake-slack';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, setLevel: () => undefined, getLevel: () => 'error', setName: () => undefined } as never;
const step =
  (channel: string, text: string): TurnStep =>
  () => ({
    state: { v: 1, lang: 'en', facts: {}, pending: null, turns: 1 },
    replies: [],
    keepReplies: false,
    outbox: { target: { channel, threadTs: '1.0', user: 'U1' }, messages: [{ text, blocks: [] }] },
  });

describe('outbox: one post per item when a try outlives its lease or Slack answers late', () => {
  const slack = new FakeSlack();
  let clock = 1_000_000;
  let store: Store;
  beforeAll(() => slack.start());
  afterAll(() => slack.stop());
  beforeEach(() => {
    store = memoryStore({ now: () => clock });
  });
  afterEach(() => store.close());

  // Ages on the store's clock; giveUpMs 0: a reply Slack could not be reached for is given up at the
  // end of the delivery, as a reply past its give-up time is (outbox-later.test.ts has the default).
  const deliverer = (owner: string, opts: { timeout?: number; settleMs?: number; attempts?: number } = {}) => {
    const client = makeDeliveryClient('xoxb-test', { slackApiUrl: slack.apiUrl, ...(opts.timeout ? { timeout: opts.timeout } : {}) });
    return new OutboxDelivery(store.outbox, new Delivery(() => client, quiet, { budgetMs: 8000, ...(opts.attempts ? { attempts: opts.attempts } : {}) }), () => client, quiet, { owner, leaseMs: 1000, settleMs: opts.settleMs, giveUpMs: 0, now: () => clock });
  };
  const queue = async (key: string, channel: string, text: string) => {
    const r = await store.conversations.turn({ key, dedupe: [`ev:${key}`] }, step(channel, text));
    if (r.status !== 'ok') throw new Error(r.status);
    return r.outbox[0]!.id;
  };
  const postsOf = (id: string) => slack.of('chat.postMessage').filter((c) => c.body.metadata?.event_payload?.outbox_id === id);

  it('a retry after the lease ran out and another deliverer took the item over: no second post, left to the other', async () => {
    const id = await queue('KA', 'CRENEW', 'once please');
    slack.failIn('CRENEW', { mode: '429', retryAfter: 1, times: 1 });
    const a = deliverer('A');
    const first = a.drain('KA');
    // A's first post was refused with a 429: it waits 1 s (longer than its lease of 1 s of the store's clock)
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage!429'), 5000);
    clock += 1500;
    // B (another replica's sweeper) takes the item over: looks, finds nothing, posts it, done
    expect(await deliverer('B').drain('KA')).toEqual({ delivered: 1, failed: 0, blocked: false });
    expect(postsOf(id)).toHaveLength(1);
    // A's wait ends: it does not post the item again
    expect(await first).toEqual({ delivered: 0, failed: 0, blocked: true });
    expect(postsOf(id)).toHaveLength(1);
    expect(slack.of('chat.postEphemeral').filter((c) => c.body.channel === 'CRENEW')).toHaveLength(0);
    expect(await store.outbox.pending()).toEqual([]);
  });

  it('a post Slack carries out after the client gave up (before the settle time): found by the look, not posted twice', async () => {
    const id = await queue('KB', 'CSETTLE', 'late but once');
    const open = slack.gate('chat.postMessage');
    // Slack works on the held post 1.5 s after it came, or as soon as the bot looks for it, if sooner
    const opened = new Promise<void>((resolve) => {
      const t = setTimeout(resolve, 1500);
      void slack.waitFor((calls) => calls.some((c) => c.method === 'conversations.replies' && c.body.channel === 'CSETTLE'), 10_000).then(() => {
        clearTimeout(t);
        resolve();
      }, () => undefined);
    }).then(open);
    const res = await deliverer('A', { timeout: 300, settleMs: 3000 }).drain('KB');
    await opened;
    await slack.waitFor(() => postsOf(id).length >= 1, 5000);
    expect(res).toEqual({ delivered: 1, failed: 0, blocked: false });
    expect(postsOf(id)).toHaveLength(1);
    expect(slack.of('chat.postEphemeral').filter((c) => c.body.channel === 'CSETTLE')).toHaveLength(0);
  });

  // REV31 #6: after the last try comes a settle wait and a last look; those can outlast the lease.
  const notices = (channel: string) => [...slack.of('chat.postEphemeral'), ...slack.of('chat.postMessage')].filter((c) => c.body.channel === channel && !c.body.metadata);

  it('taken over during the settle wait after the last try: no "could not post it" notice, the item is left to the new owner', async () => {
    const id = await queue('KC', 'CGIVEUP', 'not given up by a stranger');
    // A's only try gets a 500 (Slack may have posted): it waits 400 ms, then would look and give up
    slack.failIn('CGIVEUP', { mode: '500', times: 1 });
    const first = deliverer('A', { settleMs: 400, attempts: 1 }).drain('KC');
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage!500' && c.body.channel === 'CGIVEUP'), 5000);
    // meanwhile its lease (1 s of the store's clock) runs out and B takes the item over
    clock += 1500;
    expect(await store.outbox.lease(id, 'B', 1000)).not.toBeNull();
    expect(await first).toEqual({ delivered: 0, failed: 0, blocked: true });
    expect(notices('CGIVEUP')).toHaveLength(0);
    expect((await store.outbox.pending()).map((p) => p.id)).toEqual([id]);
    // B, the owner now, posts it: one reply, no failure notice beside it
    expect(await deliverer('B').drain('KC')).toEqual({ delivered: 1, failed: 0, blocked: false });
    expect(postsOf(id)).toHaveLength(1);
    expect(notices('CGIVEUP')).toHaveLength(0);
  });

  it('the lease is renewed before the last look (kept while it looks); taken over during that look: still no notice, no delete', async () => {
    const id = await queue('KD', 'CLOOK', 'kept while looking');
    slack.failIn('CLOOK', { mode: '500', times: 1 });
    const open = slack.gate('conversations.replies');
    const first = deliverer('A', { settleMs: 400, attempts: 1 }).drain('KD');
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage!500' && c.body.channel === 'CLOOK'), 5000);
    // 0.9 of A's lease has gone by when its settle wait ends
    clock += 900;
    await slack.waitFor((calls) => calls.some((c) => c.method === 'conversations.replies!gated' && c.body.channel === 'CLOOK'), 5000);
    // A's look is held. 1.8 leases after A took the item: A renewed it before looking, B cannot take it
    clock += 900;
    expect(await store.outbox.lease(id, 'B', 1000)).toBeNull();
    // the look still goes on past that renewed lease, and B takes the item over
    clock += 1500;
    expect(await store.outbox.lease(id, 'B', 1000)).not.toBeNull();
    open();
    // A's look finds nothing: A does not tell the user it failed, nor delete B's item
    expect(await first).toEqual({ delivered: 0, failed: 0, blocked: true });
    expect(notices('CLOOK')).toHaveLength(0);
    expect((await store.outbox.pending()).map((p) => p.id)).toEqual([id]);
  });

  it('given up by its owner (the lease still its own, past its give-up time): the user is told once and the item is deleted', async () => {
    const id = await queue('KE', 'COWNER', 'really failed');
    slack.failIn('COWNER', { mode: '500', times: 1 });
    expect(await deliverer('A', { settleMs: 50, attempts: 1 }).drain('KE')).toEqual({ delivered: 0, failed: 1, blocked: false });
    expect(postsOf(id)).toHaveLength(0);
    expect(notices('COWNER')).toHaveLength(1);
    expect(await store.outbox.pending()).toEqual([]);
  });
});
