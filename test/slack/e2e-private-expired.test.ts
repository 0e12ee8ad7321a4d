/**
 * A private answer's buttons pressed after Slack stopped honouring its response_url (30 minutes,
 * 5 uses: an incident lasts longer): the answer still reaches the presser, privately, by
 * chat.postEphemeral (real app, signed requests, SQLite, local fake Web API). English and Japanese.
 */
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { blockActions, FORM, post, slashCommand } from './signed';

function button(c: Call, id: string): { blockId: string; actionId: string; value?: string } {
  for (const b of c.body.blocks as any[]) if (b.type === 'actions') for (const e of b.elements) if (e.action_id === id) return { blockId: b.block_id, actionId: e.action_id, value: e.value };
  throw new Error(`no ${id}`);
}
const responses = (h: Harness, id: string) => h.fake.of('response_url').filter((r) => r.body._id === id);
const refused = (h: Harness, id: string) => h.fake.calls.filter((c) => c.method === 'response_url!failed' && c.body._id === id);

describe('a private answer whose response_url Slack refuses', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());

  async function privateCard(text: string): Promise<Call> {
    await post(h.port, slashCommand('/tms-diagnose', text, h.fake.responseUrl('ask')), { contentType: FORM });
    await h.fake.waitFor(() => responses(h, 'ask').length >= 1);
    return responses(h, 'ask').find((r) => Array.isArray(r.body.blocks))!;
  }
  const press = (card: Call, id: string, url: string) =>
    post(h.port, blockActions({ ...button(card, id), channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl(url) }), { contentType: FORM });

  it('Fixed: the updated card comes as a new private message to the presser in that channel', async () => {
    const card = await privateCard('TMS 15.2.1 endpoints CE 9.15 SQL 2016 Windows 2019 level medium');
    h.fake.fail('response_url', { status: 404 });
    await press(card, 'mark-fixed', 'late');
    await h.fake.waitFor(() => h.fake.of('chat.postEphemeral').length >= 1);
    await h.bot.idle();
    expect(refused(h, 'late')).toHaveLength(1);
    const [e] = h.fake.of('chat.postEphemeral');
    expect(e!.body).toMatchObject({ channel: 'C0INCIDENT', user: 'UALICE' });
    const blocks = JSON.stringify(e!.body.blocks);
    expect(blocks).toContain('mark-fixed');
    expect(blocks).toMatch(/Fixed|fixed/);
    expect(blocks).toContain('<@UALICE>');
    // Not the generic "could not post" notice.
    expect(h.fake.of('chat.postEphemeral').map((c) => String(c.body.text))).not.toContainEqual(expect.stringMatching(/could not post/));
    // Its buttons still act on the same conversation: Still failing on the new message answers too.
    h.fake.heal();
    await post(h.port, blockActions({ blockId: (e!.body.blocks as any[]).find((b) => b.type === 'actions').block_id, actionId: 'mark-failing', channel: 'C0INCIDENT', messageTs: '1.2', ephemeral: true, responseUrl: h.fake.responseUrl('fresh') }), { contentType: FORM });
    await h.fake.waitFor(() => responses(h, 'fresh').length >= 2);
    expect(JSON.stringify(responses(h, 'fresh'))).toMatch(/Still failing/);
  });

  it('Still failing in Japanese: the next question comes by chat.postEphemeral, in Japanese', async () => {
    const card = await privateCard('TMS 15.2.1、エンドポイントは CE 9.15、SQL 2016、Windows 2019、レベルは Medium');
    h.fake.fail('response_url', { status: 404 });
    await press(card, 'mark-failing', 'late');
    await h.fake.waitFor(() => h.fake.of('chat.postEphemeral').length >= 2);
    await h.bot.idle();
    const texts = h.fake.of('chat.postEphemeral').map((c) => JSON.stringify(c.body));
    expect(texts.some((t) => t.includes('まだ解決しない'))).toBe(true);
    for (const c of h.fake.of('chat.postEphemeral')) expect(c.body).toMatchObject({ channel: 'C0INCIDENT', user: 'UALICE' });
  });

  it('a 5xx from the response_url is not sent twice another way: the user gets the usual notice', async () => {
    const card = await privateCard('TMS 15.2.1 endpoints CE 9.15 SQL 2016 Windows 2019 level medium');
    h.fake.fail('response_url', { status: 500 });
    await press(card, 'mark-fixed', 'late');
    await h.fake.waitFor(() => h.fake.of('chat.postEphemeral').length >= 1);
    await h.bot.idle();
    const [e] = h.fake.of('chat.postEphemeral');
    expect(e!.body.blocks).toBeUndefined();
    expect(String(e!.body.text)).not.toContain('mark-fixed');
  });
});
