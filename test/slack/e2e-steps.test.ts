/**
 * Show steps for the largest answer end to end (real app, signed requests, SQLite, local fake Web
 * API): in a thread, messages of at most 50 blocks with every step whole; on a private answer, a
 * modal of at most 100 blocks with every step. English and Japanese.
 */
import path from 'node:path';
import type { KnownBlock } from '@slack/types';
import type { Call } from './fake-slack';
import { payloadProblems } from '../../src/slack/guard';
import { tickSteps } from '../../src/slack/listeners/actions/step-done';
import { startHarness, type Harness } from './harness';
import { blockActions, eventCallback, FORM, mention, post, slashCommand } from './signed';

const EN = 'TMS 15.2.1 No HTTPS response, endpoints CE 9.15.3, SQL 2008 R2 on the TMS server, Windows 2008 R2, level Low, redundant TMS';
const JA = 'TMS 15.2.1 で No HTTPS response、エンドポイントは CE 9.15.3、TMS サーバ上の SQL 2008 R2、Windows 2008 R2、レベルは Low、冗長構成';

const textOf = (b: any): string => b.text?.text ?? (b.elements ?? []).map((e: any) => e.text ?? '').join(' ');
const unesc = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
function button(c: Call, id: string): { blockId: string; actionId: string } {
  for (const b of c.body.blocks as any[]) if (b.type === 'actions') for (const e of b.elements) if (e.action_id === id) return { blockId: b.block_id, actionId: e.action_id };
  throw new Error(`no ${id}`);
}
/** The numbers of the step titles ("*3. …*") in these blocks, in order. */
const stepNumbers = (blocks: any[]): number[] => blocks.map((b) => /^\*(\d+)\. /.exec(unesc(textOf(b)))?.[1]).filter((x): x is string => x !== undefined).map(Number);

describe('Show steps on the largest answer', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());

  /** A mention in C1 answered with the card, then Show steps on it (the steps are the second post). */
  async function askInThread(text: string): Promise<{ root: Record<string, unknown>; card: Call }> {
    const root = mention('C1', 'UALICE', `<@UBOT> ${text}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 1);
    await h.bot.idle();
    return { root, card: h.fake.of('chat.postMessage')[0]! };
  }
  async function stepsInThread(text: string): Promise<{ root: Record<string, unknown>; card: Call }> {
    const asked = await askInThread(text);
    await post(h.port, blockActions({ ...button(asked.card, 'show-steps'), channel: 'C1', messageTs: '1700000000.000001', threadTs: asked.root.ts as string, responseUrl: h.fake.responseUrl('s') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 2);
    await h.bot.idle();
    return asked;
  }

  it.each([
    ['en', EN, /Read before any step/, /Keep TLS 1\.0|keep TLS 1\.0/],
    ['ja', JA, /作業の前に確認すること/, /TLS 1\.0 は有効のまま/],
  ])('in a thread (%s): every caveat and step, whole, in messages within the limits', async (_lang, text, caveatsTitle, sqlCaveat) => {
    const { root } = await stepsInThread(text);
    const steps = h.fake.of('chat.postMessage').slice(1);
    for (const m of steps) {
      expect(m.body.thread_ts).toBe(root.ts);
      expect(payloadProblems({ text: m.body.text, blocks: m.body.blocks as KnownBlock[] })).toEqual([]);
    }
    const blocks = steps.flatMap((m) => m.body.blocks as any[]);
    const all = unesc(blocks.map(textOf).join('\n'));
    expect(all).toMatch(caveatsTitle);
    expect(all).toMatch(sqlCaveat);
    expect(all).toMatch(/Telnet/);
    expect(stepNumbers(blocks)).toEqual([1, 2, 3, 4, 5, 6]);
    // The registry text of step 2 is in the same message as its title.
    const withReg = steps.find((m) => unesc(JSON.stringify(m.body.blocks)).includes('Windows Registry Editor Version 5.00'))!;
    expect(stepNumbers(withReg.body.blocks)).toContain(2);
  });

  it.each([
    ['en', EN, 'Steps'],
    ['ja', JA, '手順'],
  ])('on a private answer (%s): one modal with every step, nothing sent on the side', async (_lang, text, title) => {
    await post(h.port, slashCommand('/tms-diagnose', text, h.fake.responseUrl('ask')), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').length >= 1);
    const card = h.fake.of('response_url').find((r) => Array.isArray(r.body.blocks))!;
    await post(h.port, blockActions({ ...button(card, 'show-steps'), channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl('steps') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('views.open').length >= 1);
    await h.bot.idle();
    const view = h.fake.of('views.open')[0]!.body.view;
    expect(view.title.text).toBe(title);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    for (const b of view.blocks) expect(textOf(b).length).toBeLessThanOrEqual(3000);
    expect(stepNumbers(view.blocks)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(view.blocks.filter((b: any) => b.type === 'divider')).toHaveLength(6);
    expect(h.fake.of('response_url').filter((r) => r.body._id === 'steps')).toHaveLength(0);
  });

  it.each([
    ['en', EN, /already in this thread: <https:\/\/example\.slack\.com\/archives\/C1\/p\d+\|jump to them>/],
    ['ja', JA, /このスレッドに投稿済みです：<https:\/\/example\.slack\.com\/archives\/C1\/p\d+\|手順を開く>/],
  ])('Show steps again (%s): not posted twice; the private note links straight to the steps', async (_lang, text, note) => {
    const { root, card } = await askInThread(text);
    const press = (id: string) => post(h.port, blockActions({ ...button(card, 'show-steps'), user: 'UBOB', channel: 'C1', messageTs: '1700000000.000001', threadTs: root.ts as string, responseUrl: h.fake.responseUrl(id) }), { contentType: FORM });
    await press('s1');
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 2);
    await h.bot.idle();
    const stepsTs = '1700000000.000002';
    await press('s2');
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === 's2'));
    expect(h.fake.of('chat.postMessage')).toHaveLength(2);
    const reply = h.fake.of('response_url').find((r) => r.body._id === 's2')!;
    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.body.text).toMatch(note);
    expect(h.fake.of('chat.getPermalink').at(-1)!.body).toMatchObject({ channel: 'C1', message_ts: stepsTs });
  });

  it.each([
    ['en', EN, /already in this thread: <https:\/\/example\.slack\.com\/archives\/C0INCIDENT\/p\d+\|jump to them>/],
    ['ja', JA, /このスレッドに投稿済みです：<https:\/\/example\.slack\.com\/archives\/C0INCIDENT\/p\d+\|手順を開く>/],
  ])('Share, then Show steps on the shared card (%s): the steps Share posted are the card\'s steps, not posted again', async (_lang, text, note) => {
    await post(h.port, slashCommand('/tms-diagnose', text, h.fake.responseUrl('ask')), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => Array.isArray(r.body.blocks) && JSON.stringify(r.body.blocks).includes('"share"')));
    await h.bot.idle();
    const answer = h.fake.of('response_url').filter((r) => Array.isArray(r.body.blocks) && JSON.stringify(r.body.blocks).includes('"share"')).at(-1)!;
    await post(h.port, blockActions({ ...button(answer, 'share'), channel: 'C0INCIDENT', messageTs: '1.2', ephemeral: true, responseUrl: h.fake.responseUrl('share') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 2);
    await h.bot.idle();
    const posted = h.fake.of('chat.postMessage');
    const card = posted[0]!;
    const cardTs = '1700000000.000001';
    const stepsTs = '1700000000.000002';
    expect(posted[1]!.body.thread_ts).toBe(cardTs);
    expect(stepNumbers(posted.slice(1).flatMap((m) => m.body.blocks as any[]))).toEqual([1, 2, 3, 4, 5, 6]);
    const before = posted.length;
    // Two people press Show steps on the shared card: nothing more in the thread, each gets the link.
    for (const [user, id] of [['UTARO', 's1'], ['UBOB', 's2']] as const) {
      await post(h.port, blockActions({ ...button(card, 'show-steps'), user, channel: 'C0INCIDENT', messageTs: cardTs, responseUrl: h.fake.responseUrl(id) }), { contentType: FORM });
      await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === id));
      await h.bot.idle();
      const reply = h.fake.of('response_url').find((r) => r.body._id === id)!;
      expect(reply.body.response_type).toBe('ephemeral');
      expect(reply.body.text).toMatch(note);
    }
    expect(h.fake.of('chat.postMessage')).toHaveLength(before);
    expect(h.fake.of('chat.getPermalink').at(-1)!.body).toMatchObject({ channel: 'C0INCIDENT', message_ts: stepsTs });
  });

  it.each([
    ['en', EN, 'Back up the registry'],
    ['ja', JA, 'レジストリ'],
  ])('the steps in a thread end with a checklist (%s): a tick says who and when, for the whole thread', async (_lang, text, firstTitle) => {
    const { root } = await stepsInThread(text);
    const steps = h.fake.of('chat.postMessage')[1]!;
    const stepsTs = '1700000000.000002';
    const list = (steps.body.blocks as any[]).at(-1);
    expect(list.type).toBe('actions');
    expect(list.elements[0].type).toBe('checkboxes');
    expect(list.elements[0].options.map((o: any) => o.value)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(list.elements[0].options[0].text.text).toContain(firstTitle);
    // Bob ticks step 1: the message is edited in place, the box stays ticked and says who.
    const tick = (user: string, checked: string[], blocks: unknown[], id: string) =>
      post(h.port, blockActions({ blockId: list.block_id, actionId: 'step-done', checked, user, channel: 'C1', messageTs: stepsTs, threadTs: root.ts as string, messageBlocks: blocks, messageText: steps.body.text, responseUrl: h.fake.responseUrl(id) }), { contentType: FORM });
    await tick('UBOB', ['1'], steps.body.blocks, 't1');
    await h.fake.waitFor(() => h.fake.of('chat.update').some((c) => c.body.ts === stepsTs));
    const edited = h.fake.of('chat.update').filter((c) => c.body.ts === stepsTs).at(-1)!;
    expect(edited.body.channel).toBe('C1');
    expect(edited.body.text).toBe(steps.body.text);
    const after = (edited.body.blocks as any[]).at(-1).elements[0];
    expect(after.initial_options.map((o: any) => o.value)).toEqual(['1']);
    expect(after.options[0].description.text).toMatch(/^✓ <@UBOB> <!date\^\d+\^\{time\}\|\d\d:\d\d UTC>$/);
    // Every other block of the message is as it was.
    expect((edited.body.blocks as any[]).slice(0, -1)).toEqual((steps.body.blocks as any[]).slice(0, -1));
    // Alice then ticks step 2 on the edited message: Bob's tick stays his.
    const n = h.fake.of('chat.update').length;
    await tick('UALICE', ['1', '2'], edited.body.blocks, 't2');
    await h.fake.waitFor(() => h.fake.of('chat.update').length > n);
    const again = (h.fake.of('chat.update').at(-1)!.body.blocks as any[]).at(-1).elements[0];
    expect(again.options[0].description.text).toContain('<@UBOB>');
    expect(again.options[1].description.text).toContain('<@UALICE>');
    // Nothing was posted for the ticks.
    expect(h.fake.of('chat.postMessage')).toHaveLength(2);
  });

  /** The boxes ticked in a steps message's checklist, and who each says ticked it. */
  const ticked = (blocks: any[]): Record<string, string> =>
    Object.fromEntries(((blocks.at(-1).elements[0].initial_options ?? []) as any[]).map((o) => [o.value, /<@(\w+)>/.exec(o.description?.text ?? '')?.[1] ?? '']));

  it('two ticks pressed at once on the same message as posted (before either edit showed) both stick, in whatever order they arrive', async () => {
    const { root } = await stepsInThread(EN);
    const steps = h.fake.of('chat.postMessage')[1]!;
    const stepsTs = '1700000000.000002';
    const list = (steps.body.blocks as any[]).at(-1);
    const tick = (user: string, checked: string[], blocks: unknown[], id: string) =>
      post(h.port, blockActions({ blockId: list.block_id, actionId: 'step-done', checked, user, channel: 'C1', messageTs: stepsTs, threadTs: root.ts as string, messageBlocks: blocks, messageText: steps.body.text, responseUrl: h.fake.responseUrl(id) }), { contentType: FORM });
    await Promise.all([tick('UBOB', ['1'], steps.body.blocks, 'a'), tick('UALICE', ['2'], steps.body.blocks, 'b'), tick('UCAROL', ['4'], steps.body.blocks, 'c')]);
    await h.fake.waitFor(() => h.fake.of('chat.update').filter((c) => c.body.ts === stepsTs).length >= 3);
    await h.bot.idle();
    const last = h.fake.of('chat.update').filter((c) => c.body.ts === stepsTs).at(-1)!;
    expect(ticked(last.body.blocks)).toEqual({ '1': 'UBOB', '2': 'UALICE', '4': 'UCAROL' });
    // Bob unticks his step on a screen that never showed the others' ticks: only his goes.
    await tick('UBOB', [], tickSteps(steps.body.blocks, list.block_id, 'step-done', ['1'], 'UBOB', Date.now())!, 'd');
    await h.fake.waitFor(() => h.fake.of('chat.update').filter((c) => c.body.ts === stepsTs).length >= 4);
    await h.bot.idle();
    expect(ticked(h.fake.of('chat.update').filter((c) => c.body.ts === stepsTs).at(-1)!.body.blocks)).toEqual({ '2': 'UALICE', '4': 'UCAROL' });
  });

  /** The steps message posted in the thread, and a press on its checklist sent to the app on `port`. */
  const replicaTicks = (root: Record<string, unknown>) => {
    const steps = h.fake.of('chat.postMessage')[1]!;
    const stepsTs = '1700000000.000002';
    const list = (steps.body.blocks as any[]).at(-1);
    const tick = (port: number, user: string, checked: string[], id: string) =>
      post(port, blockActions({ blockId: list.block_id, actionId: 'step-done', checked, user, channel: 'C1', messageTs: stepsTs, threadTs: root.ts as string, messageBlocks: steps.body.blocks, messageText: steps.body.text, responseUrl: h.fake.responseUrl(id) }), { contentType: FORM });
    return { stepsTs, tick };
  };

  it('two replicas on one database: ticks pressed at once on each both stick', async () => {
    const { root } = await stepsInThread(EN);
    const other = await startHarness({ fake: h.fake, dir: path.dirname(h.dbFile) });
    try {
      const { stepsTs, tick } = replicaTicks(root);
      await Promise.all([tick(h.port, 'UBOB', ['3'], 'a'), tick(other.port, 'UALICE', ['5'], 'b'), tick(h.port, 'UCAROL', ['6'], 'c'), tick(other.port, 'UDAN', ['1'], 'd')]);
      await h.fake.waitFor(() => h.fake.of('chat.update').filter((c) => c.body.ts === stepsTs).length >= 4);
      await Promise.all([h.bot.idle(), other.bot.idle()]);
      const last = h.fake.of('chat.update').filter((c) => c.body.ts === stepsTs).at(-1)!;
      expect(ticked(last.body.blocks)).toEqual({ '1': 'UDAN', '3': 'UBOB', '5': 'UALICE', '6': 'UCAROL' });
    } finally {
      await other.close();
    }
  });

  it('an edit Slack answers only after a newer one was made is made again from the latest (replicas)', async () => {
    const { root } = await stepsInThread(EN);
    const other = await startHarness({ fake: h.fake, dir: path.dirname(h.dbFile) });
    try {
      const { tick } = replicaTicks(root);
      // Bob's edit (step 3 only) hangs in Slack for 400 ms: it may land after Alice's, whenever Slack answers.
      h.fake.fail('chat.update', { delayMs: 400, times: 1 });
      await tick(h.port, 'UBOB', ['3'], 'a');
      const [slow] = await h.fake.waitFor((cs) => cs.some((c) => c.method === 'chat.update!slow'));
      const slowAt = h.fake.calls.find((c) => c.method === 'chat.update!slow')!.at;
      expect(slow).toBeDefined();
      await tick(other.port, 'UALICE', ['5'], 'b');
      await h.fake.waitFor((cs) => cs.some((c) => c.method === 'chat.update' && c.at >= slowAt + 400), 5000);
      await Promise.all([h.bot.idle(), other.bot.idle()]);
      const after = h.fake.of('chat.update').filter((c) => c.at >= slowAt + 400);
      expect(ticked(after.at(-1)!.body.blocks)).toEqual({ '3': 'UBOB', '5': 'UALICE' });
    } finally {
      await other.close();
    }
  });

  it.each([
    ['en', EN, /did not let me update the checklist/],
    ['ja', JA, /チェックリストを更新できなかった/],
  ])('a tick Slack will not record (%s) is explained privately to the presser', async (_lang, text, note) => {
    const { root } = await stepsInThread(text);
    const steps = h.fake.of('chat.postMessage')[1]!;
    const list = (steps.body.blocks as any[]).at(-1);
    h.fake.fail('chat.update', { status: 200, error: 'message_not_found' });
    await post(h.port, blockActions({ blockId: list.block_id, actionId: 'step-done', checked: ['3'], user: 'UBOB', channel: 'C1', messageTs: '1700000000.000002', threadTs: root.ts as string, messageBlocks: steps.body.blocks, messageText: steps.body.text, responseUrl: h.fake.responseUrl('tick') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('response_url').some((r) => r.body._id === 'tick'));
    const r = h.fake.of('response_url').find((c) => c.body._id === 'tick')!;
    expect(r.body.response_type).toBe('ephemeral');
    expect(r.body.text).toMatch(note);
  });
});
