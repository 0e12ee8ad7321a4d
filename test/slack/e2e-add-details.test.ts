/**
 * "Add details" on a private answer: the next message of the same private conversation, typed in a
 * modal (real app, signed requests, SQLite, local fake Web API). English and Japanese; an empty
 * text is refused in the modal; a submission by another user, or with metadata this app did not
 * seal, does nothing.
 */
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { blockActions, FORM, post, slashCommand, viewSubmission } from './signed';

function button(c: Call, id: string): { blockId: string; actionId: string } {
  for (const b of c.body.blocks as any[]) if (b.type === 'actions') for (const e of b.elements) if (e.action_id === id) return { blockId: b.block_id, actionId: e.action_id };
  throw new Error(`no ${id} in ${JSON.stringify(c.body).slice(0, 400)}`);
}
const responses = (h: Harness, id: string) => h.fake.of('response_url').filter((r) => r.body._id === id);
const details = (value: string) => ({ details: { details: { type: 'plain_text_input', value } } });

describe('Add details on a private answer', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());

  /** /tms-diagnose, then Add details on its last private message; returns the modal opened. */
  async function openDetails(text: string): Promise<{ view: any; asked: Call }> {
    await post(h.port, slashCommand('/tms-diagnose', text, h.fake.responseUrl('ask')), { contentType: FORM });
    await h.fake.waitFor(() => responses(h, 'ask').length >= 1);
    await h.bot.idle();
    const asked = responses(h, 'ask').at(-1)!;
    await post(h.port, blockActions({ ...button(asked, 'add-details'), channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl('more') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('views.open').length >= 1);
    return { view: h.fake.of('views.open')[0]!.body.view, asked };
  }

  it('a detail without a button (a SQL service pack, the Windows release) continues the same private case', async () => {
    const { view, asked } = await openDetails('TMS 15.2.1, endpoints CE 9.15, No HTTPS response');
    // The private question offers Share and Add details; the modal asks for text.
    expect(JSON.stringify(asked.body.blocks)).toMatch(/SQL Server/);
    expect(view.callback_id).toBe('reply-modal');
    expect(view.title.text).toBe('Add details');
    expect(view.blocks[0].element).toMatchObject({ type: 'plain_text_input', multiline: true, max_length: 3000 });
    const res = await post(h.port, viewSubmission('reply-modal', view.private_metadata, details('SQL Server 2012 SP4 on the TMS server, Windows Server 2012 R2, level Medium')), { contentType: FORM });
    expect(res.status).toBe(200);
    await h.fake.waitFor(() => responses(h, 'more').length >= 1);
    await h.bot.idle();
    const answer = responses(h, 'more').find((r) => Array.isArray(r.body.blocks) && JSON.stringify(r.body.blocks).includes('mark-fixed'))!;
    expect(answer.body.response_type).toBe('ephemeral');
    // It replaces the private message the button was on.
    expect(answer.body.replace_original).toBe(true);
    const json = JSON.stringify(answer.body.blocks);
    // The facts of both messages: the TMS and endpoint from the command, SQL and Windows from the modal.
    expect(json).toContain('TMS 15.2.1');
    expect(json).toMatch(/SQL Server 2012 SP4/);
    expect(json).toMatch(/2012 R2/);
    // Still private, still with Share and Add details.
    expect(json).toContain('"share"');
    expect(json).toContain('"add-details"');
    expect(h.fake.of('chat.postMessage')).toHaveLength(0);
  });

  it('in Japanese: the modal is Japanese and the answer continues in Japanese', async () => {
    const { view } = await openDetails('TMS 15.2.1 で No HTTPS response、エンドポイントは CE 9.15 です');
    expect(view.title.text).toBe('情報を追加');
    expect(view.submit.text).toBe('送信');
    await post(h.port, viewSubmission('reply-modal', view.private_metadata, details('TMS サーバ上の SQL Server 2016、Windows Server 2019、レベルは Medium')), { contentType: FORM });
    await h.fake.waitFor(() => responses(h, 'more').some((r) => JSON.stringify(r.body.blocks ?? []).includes('mark-fixed')));
    const answer = responses(h, 'more').find((r) => JSON.stringify(r.body.blocks ?? []).includes('mark-fixed'))!;
    const json = JSON.stringify(answer.body.blocks);
    expect(json).toContain('TLS 1.0 の問題');
    expect(json).toContain('TMS 15.2.1');
    expect(json).toContain('情報を追加');
  });

  /** The context lines of the private answer that replaced the one Add details was pressed on. */
  async function submitDetails(view: any, text: string): Promise<{ answer: Call; context: string }> {
    await post(h.port, viewSubmission('reply-modal', view.private_metadata, details(text)), { contentType: FORM });
    await h.fake.waitFor(() => responses(h, 'more').some((r) => JSON.stringify(r.body.blocks ?? []).includes('mark-fixed')));
    await h.bot.idle();
    const answer = responses(h, 'more').find((r) => JSON.stringify(r.body.blocks ?? []).includes('mark-fixed'))!;
    expect(answer.body.replace_original).toBe(true);
    const context = (answer.body.blocks as any[]).filter((b) => b.type === 'context').flatMap((b) => b.elements.map((e: any) => e.text)).join('\n');
    return { answer, context };
  }

  it.each([
    ['en', 'TMS 15.2.1, CE 9.15.3, SQL 2016 on another server, Windows Server 2019, level Medium', 'the Polycom HDX units are managed over SNMP *note* <!channel>',
      'From your details: Polycom HDX. What changes: Caveat now: Medium-High turns Telnet and SNMP off: this concerns the Polycom HDX you mentioned.'],
    ['ja', 'TMS 15.2.1、CE 9.15.3、SQL 2016 は別サーバ、Windows Server 2019、レベルは Medium', 'Polycom HDX は SNMP で管理しています *注意* <!channel>',
      '追加された情報：Polycom HDX。変更点：注意点を更新：Medium-High にすると Telnet と SNMP が無効になります（お話にあった Polycom HDX に関係します）。'],
  ])('the replaced answer says what the details added (%s): HDX over SNMP and the caveat it concerns', async (_lang, first, more, note) => {
    const { view, asked } = await openDetails(first);
    const { answer, context } = await submitDetails(view, more);
    expect(context).toContain(note);
    // Not the identical card: the note is the difference; nothing went to the channel.
    expect(JSON.stringify(answer.body.blocks)).not.toBe(JSON.stringify(asked.body.blocks));
    expect(JSON.stringify(answer.body)).not.toContain('<!channel>');
    expect(h.fake.of('chat.postMessage')).toHaveLength(0);
  });

  it.each([
    ['en', 'TMS 15.2.1, CE 9.15.3, SQL 2016 on another server, Windows Server 2008 R2', 'Communication Security is Medium, SQL Server 2016', 'From your details: level Medium (confirmed). Nothing else in the answer changes.'],
    ['en', 'TMS 15.2.1, CE 9.15.3, SQL 2016 on another server, Windows Server 2019, level Medium', 'TMS 15.2.1 and CE 9.15.3', 'I read your details: nothing in the answer changes, because it already rests on all of this.'],
    ['ja', 'TMS 15.2.1、CE 9.15.3、SQL 2016 は別サーバ、Windows Server 2019', 'レベルは Medium-High です', '追加された情報：レベル Medium-High。変更点：'],
  ])('%s: a confirmation, a repeat and a change each say so', async (_lang, first, more, note) => {
    const { view } = await openDetails(first);
    const { context } = await submitDetails(view, more);
    expect(context).toContain(note);
  });

  it.each([
    ['en', 'TMS 15.2.1, Room Kits on ce9.15.3.17, Windows Server 2012 R2, SQL Server 2016 on the TMS server', 'sorry, SQL is not 2016 but 2008 R2', 'SQL Server 2008 R2', 'SQL Server 2016 ·'],
    ['ja', 'TMS 15.2.1、Room Kit は ce9.15.3.17、Windows Server 2012 R2、SQL Server 2012 SP1（TMS と同居）', '訂正です。SQL は 2012 SP1 ではなく 2016 でした', 'SQL Server 2016', 'SQL Server 2012 SP1、'],
  ])('%s: "not A but B" in the details takes B and says what changed (never "nothing changes")', async (_lang, first, more, now, old) => {
    const { view } = await openDetails(first);
    const { answer, context } = await submitDetails(view, more);
    expect(context).toContain(now);
    expect(context).not.toMatch(/already rests on all of this|すでに把握している内容/);
    // The facts line of the new answer holds B, not A.
    const facts = (answer.body.blocks as any[]).filter((b) => b.type === 'context').flatMap((b) => b.elements.map((e: any) => e.text)).find((x: string) => /Understood so far|ここまでの情報/.test(x)) ?? '';
    expect(facts).not.toContain(old);
  });

  it('an empty text is refused in the modal; another user\'s or a forged submission does nothing', async () => {
    const { view } = await openDetails('TMS 15.2.1, endpoints CE 9.15');
    const empty = await post(h.port, viewSubmission('reply-modal', view.private_metadata, details('   ')), { contentType: FORM });
    expect(JSON.parse(empty.text)).toEqual({ response_action: 'errors', errors: { details: 'Please write something first.' } });
    await post(h.port, viewSubmission('reply-modal', view.private_metadata, details('SQL 2016'), 'UMALLORY'), { contentType: FORM });
    const forged = JSON.stringify({ key: 'slash:C0INCIDENT:UALICE', user: 'UMALLORY', responseUrl: h.fake.responseUrl('evil'), lang: 'en' });
    await post(h.port, viewSubmission('reply-modal', forged, details('SQL 2016'), 'UMALLORY'), { contentType: FORM });
    await new Promise((r) => setTimeout(r, 200));
    await h.bot.idle();
    expect(responses(h, 'more')).toHaveLength(0);
    expect(responses(h, 'evil')).toHaveLength(0);
    expect(h.logger.lines.filter((l) => /reply modal metadata not ours/.test(String(l.msg)))).toHaveLength(2);
  });

  it('an old private answer: the answer still comes privately when its response_url has expired', async () => {
    const { view } = await openDetails('TMS 15.2.1, endpoints CE 9.15');
    h.fake.fail('response_url', { status: 404 });
    await post(h.port, viewSubmission('reply-modal', view.private_metadata, details('SQL 2016 on the TMS server, Windows 2019, level Medium')), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('chat.postEphemeral').some((c) => JSON.stringify(c.body.blocks ?? []).includes('mark-fixed')));
    const e = h.fake.of('chat.postEphemeral').find((c) => JSON.stringify(c.body.blocks ?? []).includes('mark-fixed'))!;
    expect(e.body).toMatchObject({ channel: 'C0INCIDENT', user: 'UALICE' });
  });
});
