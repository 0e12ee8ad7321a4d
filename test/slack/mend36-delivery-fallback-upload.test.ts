/**
 * rev36 (fallback Delivery): with no Delivery registered for a client (the app unregistered it at
 * shutdown), Delivery.completeUpload shares nothing through that client, whose own retries could send
 * the share again with no lease check in between: it answers `lost` (the fleet run hands the job
 * over). A registered Delivery still sends it. No network: a stub client.
 */
import type { WebClient } from '@slack/web-api';
import { deliveryFor, registerDelivery, Delivery } from '../../src/slack/delivery';
import { MemoryLogger } from '../../src/slack/logger';

function stubClient(token: string): { client: WebClient; calls: unknown[] } {
  const calls: unknown[] = [];
  const client = { token, slackApiUrl: 'http://127.0.0.1:9/api/', files: { completeUploadExternal: async (a: unknown) => (calls.push(a), { ok: true }) } } as unknown as WebClient;
  return { client, calls };
}

describe('completeUpload through the Delivery deliveryFor gives', () => {
  it('no Delivery registered for the client: nothing is shared, the answer is lost', async () => {
    const { client, calls } = stubClient('xoxb-mend36-none');
    const res = await deliveryFor(client, new MemoryLogger()).completeUpload({ channel_id: 'C1', files: [] }, async () => true);
    expect(res).toMatchObject({ ok: false, lost: true });
    expect(calls).toHaveLength(0);
  });

  it('a registered Delivery: the share is sent once', async () => {
    const { client, calls } = stubClient('xoxb-mend36-reg');
    const unregister = registerDelivery('xoxb-mend36-reg', 'http://127.0.0.1:9/api/', new Delivery(() => client, new MemoryLogger()));
    try {
      const res = await deliveryFor(client, new MemoryLogger()).completeUpload({ channel_id: 'C1', files: [] }, async () => true);
      expect(res.ok).toBe(true);
      expect(calls).toHaveLength(1);
    } finally {
      unregister();
    }
  });
});
