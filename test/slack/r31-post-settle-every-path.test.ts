/**
 * REV31 #7: the wait before looking for a post that got no answer (issue 13) held only for outbox
 * replies. postToThread (probe and fleet results, notices) and Share posted through the same
 * Delivery without it: they looked at once after a timed-out post, missed the copy Slack carried
 * out a moment later, and posted a second one. The wait is now the app's Delivery's own, for every
 * post. The real app (createApp) against the local fake Slack: an outbox lease of 1 s makes a post
 * time out after 400 ms and wait 400 ms more before its look.
 */
import { deliveryFor, postToThread } from '../../src/slack/delivery';
import { startHarness, type Harness } from './harness';

describe('every post waits for an unanswered post to settle before looking (not only the outbox)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ extra: { outboxLeaseMs: 1000 } });
  });
  afterAll(async () => h.close());

  /**
   * Hold the next post; Slack carries it out 600 ms after it came (the client gave up at 400 ms).
   * Resolves once it has been carried out (copies are counted after that).
   */
  const lateSlack = (channel: string): Promise<unknown> => {
    const open = h.fake.gate('chat.postMessage');
    return h.fake
      .waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage!gated' && c.body.channel === channel), 10_000)
      .then(() => new Promise<void>((r) => setTimeout(r, 600)))
      .then(() => {
        open();
        return h.fake.waitFor((calls) => calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel).length >= 1, 5000);
      });
  };
  const notices = (channel: string) => [...h.fake.of('chat.postEphemeral'), ...h.fake.of('chat.postMessage')].filter((c) => c.body.channel === channel && !c.body.metadata);

  it('postToThread (probe, fleet, notices): a post Slack carries out late is found by the look, not posted twice', async () => {
    const landed = lateSlack('CPTT');
    const res = await postToThread(h.bot.app.client, h.logger, { channel: 'CPTT', threadTs: '1.0', user: 'U1' }, [{ text: 'probe result', blocks: [] }], 'en', { deliveryId: 'probe:r31' });
    await landed;
    expect(res.ok).toBe(true);
    expect(h.fake.tagged('CPTT', 'probe:r31')).toHaveLength(1);
    expect(notices('CPTT')).toHaveLength(0);
  });

  it('a Share-shaped post (a channel, no thread, no options): the same', async () => {
    const landed = lateSlack('CSHARE');
    const res = await deliveryFor(h.bot.app.client, h.logger).post({ channel: 'CSHARE' }, { text: 'shared answer', blocks: [] }, 'press-r31/share/0');
    await landed;
    expect(res).toMatchObject({ ok: true, already: true });
    expect(h.fake.tagged('CSHARE', 'press-r31/share/0')).toHaveLength(1);
  });
});
