/**
 * Delivery sends a post's blocks and metadata as JSON text: the form body on the wire is byte for
 * byte what the Web API client makes from the same message passed as objects.
 */
import { WebClient } from '@slack/web-api';
import { Delivery, makeDeliveryClient, REPLY_EVENT_TYPE } from '../../src/slack/delivery';
import { MemoryLogger } from '../../src/slack/logger';
import { renderReply } from '../../src/slack/blockkit';

function capturing(): { fetch: typeof fetch; bodies: string[] } {
  const bodies: string[] = [];
  const f = (async (_url: unknown, init?: { body?: unknown }) => {
    bodies.push(String(init?.body));
    return new Response('{"ok":true,"ts":"1800000000.000001"}', { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetch: f, bodies };
}

describe('Delivery.post on the wire', () => {
  it('sends the same form body as the client would from the objects (Japanese, emoji, mrkdwn escapes, buttons)', async () => {
    const [message] = renderReply(
      { lang: 'ja', blocks: [{ type: 'heading', text: '判定 😀 & <TLS 1.0>' }, { type: 'paragraph', text: '*bold* _x_ "quoted" \\ back' }, { type: 'actions', actions: [{ id: 'answer', label: 'はい', value: 'yes' }] }] } as never,
      { key: 'D1:1.1' },
    );
    expect(message!.blocks.length).toBeGreaterThanOrEqual(3);
    const viaDelivery = capturing();
    const delivery = new Delivery(() => makeDeliveryClient('xoxb-test', { slackApiUrl: 'http://127.0.0.1:9/api/', fetch: viaDelivery.fetch }), new MemoryLogger());
    const res = await delivery.post({ channel: 'D1', threadTs: '1.1' }, message!, 'turn-1/0');
    expect(res).toEqual({ ok: true, ts: '1800000000.000001', already: false });

    const direct = capturing();
    const client = new WebClient('xoxb-test', { slackApiUrl: 'http://127.0.0.1:9/api/', fetch: direct.fetch, retryConfig: { retries: 0 } });
    await client.chat.postMessage({
      channel: 'D1',
      thread_ts: '1.1',
      text: message!.text,
      blocks: message!.blocks,
      unfurl_links: false,
      unfurl_media: false,
      metadata: { event_type: REPLY_EVENT_TYPE, event_payload: { outbox_id: 'turn-1/0' } },
    });
    expect(viaDelivery.bodies).toHaveLength(1);
    expect(viaDelivery.bodies[0]).toBe(direct.bodies[0]);
    const form = new URLSearchParams(viaDelivery.bodies[0]);
    expect(JSON.parse(form.get('blocks')!)).toEqual(message!.blocks);
    expect(JSON.parse(form.get('metadata')!)).toEqual({ event_type: REPLY_EVENT_TYPE, event_payload: { outbox_id: 'turn-1/0' } });
  });
});

describe('Delivery.post: stillMine before the first post (askFirst)', () => {
  const message = { text: 'card', blocks: [] };
  it.each([
    // a fleet run: its first try is made only under a hold renewed right then
    ['askFirst, not mine', true, false, 0, 1],
    ['askFirst, mine', true, true, 1, 1],
    // the outbox: its lease was just taken, so the first try does not ask
    ['without askFirst', false, false, 1, 0],
  ] as const)('%s', async (_name, askFirst, mine, posted, asked) => {
    const wire = capturing();
    const delivery = new Delivery(() => makeDeliveryClient('xoxb-test', { slackApiUrl: 'http://127.0.0.1:9/api/', fetch: wire.fetch }), new MemoryLogger());
    let asks = 0;
    const stillMine = async () => {
      asks++;
      return mine;
    };
    const res = await delivery.post({ channel: 'D1', threadTs: '1.1' }, message, 'fleet:job:x/summary', { stillMine, askFirst });
    expect(wire.bodies).toHaveLength(posted);
    expect(asks).toBe(asked);
    expect(res.ok).toBe(posted === 1);
    if (!res.ok) expect(res.lost).toBe(true);
  });
});
