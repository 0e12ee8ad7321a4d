/**
 * A trigger_id is valid for 3 s after the click: the modal a button opens must not wait behind a
 * slow turn of the same conversation in its serial queue. Real app and engine, local fake Web API;
 * the earlier press is held up by a response_url that answers only after 4 s.
 */
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { blockActions, FORM, post, slashCommand } from './signed';

function button(c: Call, id: string): { blockId: string; actionId: string; value?: string } {
  for (const b of c.body.blocks as { type: string; block_id: string; elements: { action_id: string; value?: string }[] }[]) {
    if (b.type === 'actions') for (const e of b.elements) if (e.action_id === id) return { blockId: b.block_id, actionId: e.action_id, value: e.value };
  }
  throw new Error(`no ${id} button`);
}

describe('modals open at once, whatever the conversation is doing', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());

  it('Show steps on a private answer opens its modal while an earlier press on that answer is still being delivered', async () => {
    await post(h.port, slashCommand('/tms-diagnose', 'TMS 15.2.1 endpoints CE 9.15 SQL 2012 SP1 Windows 2012 R2 level medium', h.fake.responseUrl('r1')), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').length >= 1);
    await new Promise((r) => setTimeout(r, 100));
    await h.bot.idle();
    const card = h.fake.of('response_url').find((c) => Array.isArray(c.body.blocks) && JSON.stringify(c.body.blocks).includes('show-steps'))!;
    // "Fixed" on the same answer takes the conversation's serial slot and waits 4 s on its delivery.
    h.fake.fail('response_url', { delayMs: 4000, times: 1 });
    await post(h.port, blockActions({ ...button(card, 'mark-fixed'), channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl('r2') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url!slow').length === 1);
    await post(h.port, blockActions({ ...button(card, 'show-steps'), channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl('r3') }), { contentType: FORM });
    // Well inside the trigger's 3 s, and well before the slow delivery (4 s) lets the queue move.
    await h.fake.waitFor(() => h.fake.of('views.open').length === 1, 2500);
    expect(JSON.stringify(h.fake.of('views.open')[0]!.body.view)).toContain('Back up the registry first');
  });
});
