/**
 * R32 (QA25 H1, M1, M2, M3, L1): the answer card's buttons act on the answer the card shows. End to
 * end: the real app behind signed requests, the local fake Web API, SQLite.
 */
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { JA, responses } from './card-presses-kit';
import { blockActions, eventCallback, FORM, mention, message, post, slashCommand, viewSubmission } from './signed';
import { blocksOf, button, settle } from './press-kit';

jest.setTimeout(60000);



describe('R32: buttons of an answer from before "Start over"', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
    h.fake.locales.set('UJA', 'ja-JP');
  });
  afterEach(async () => h.close());

  /** A Japanese thread with its card; `press` presses a button of `on` (the first card by default). */
  async function jaThread() {
    const root = mention('C2', 'UJA', `<@UBOT> ${JA}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 1);
    await settle(h);
    const card = h.fake.of('chat.postMessage')[0]!;
    const cardTs = h.fake.messages[0]!.ts;
    const rootTs = root.ts as string;
    const press = async (id: string, rid: string, on: Call = card, ts: string = cardTs) => {
      await post(h.port, blockActions({ ...button(on, id), user: 'UJA', channel: 'C2', messageTs: ts, threadTs: rootTs, messageBlocks: blocksOf(on), responseUrl: h.fake.responseUrl(rid) }), { contentType: FORM });
      await settle(h);
    };
    const startOver = async () => {
      await press('start-over', 'so');
      const v = h.fake.of('views.open').at(-1)!;
      const view = typeof v.body.view === 'string' ? JSON.parse(v.body.view) : v.body.view;
      await post(h.port, viewSubmission('start-over-modal', view.private_metadata, {}, 'UJA'), { contentType: FORM });
      await settle(h, 300);
    };
    return { card, cardTs, rootTs, press, startOver };
  }

  it('thread: Show steps, Fix files, Fixed and Still failing on the old card say in one line that it was started over, and the card is not edited', async () => {
    const t = await jaThread();
    await t.startOver();
    const posted = h.fake.of('chat.postMessage').length;
    const updates = h.fake.of('chat.update').length;
    for (const [id, rid] of [['show-steps', 'a'], ['fix-files', 'b'], ['mark-fixed', 'c'], ['mark-failing', 'd']] as const) await t.press(id, rid);
    for (const rid of ['a', 'b', 'c', 'd']) {
      const told = responses(h, rid);
      expect(told).toHaveLength(1);
      expect(told[0]!.body.response_type).toBe('ephemeral');
      expect(told[0]!.body.replace_original).not.toBe(true);
      expect(told[0]!.body.text).toMatch(/最初から.*ボタンはもう使えません/);
    }
    // Nothing posted in the thread, nothing uploaded, and the old card keeps its diagnosis (no edit, no ✅).
    expect(h.fake.of('chat.postMessage')).toHaveLength(posted);
    expect(h.fake.of('chat.update')).toHaveLength(updates);
    expect(h.fake.of('files.completeUploadExternal')).toHaveLength(0);
    expect(h.fake.of('reactions.add')).toHaveLength(0);
  });

  it('thread: the new card after a start over works (its buttons carry the new count)', async () => {
    const t = await jaThread();
    await t.startOver();
    await post(h.port, eventCallback(message('C2', 'channel', 'UJA', 'TMS 15.9、エンドポイントは CE 9.15.3、SQL 2016、Windows 2016、レベルは Medium です', { thread_ts: t.rootTs })));
    await settle(h, 400);
    const cards = h.fake.of('chat.postMessage').filter((c) => blocksOf(c).some((b) => b.type === 'actions' && b.elements.some((e: any) => e.action_id === 'mark-fixed')));
    expect(cards.length).toBe(2);
    const fresh = cards[1]!;
    const ts = h.fake.messages[h.fake.of('chat.postMessage').indexOf(fresh)]!.ts;
    const posted = h.fake.of('chat.postMessage').length;
    await t.press('show-steps', 'n1', fresh, ts);
    expect(responses(h, 'n1').map((r) => r.body.text).join('\n')).not.toMatch(/ボタンはもう使えません/);
    expect(h.fake.of('chat.postMessage').length).toBeGreaterThan(posted);
    // And the old one still says it was started over.
    await t.press('show-steps', 'n2');
    expect(responses(h, 'n2')[0]!.body.text).toMatch(/ボタンはもう使えません/);
  });

  it('private answer: Fixed, Show steps and Share on the old private card after "start over" neither replace it nor act on the new conversation', async () => {
    const slash = async (text: string, rid: string) => {
      await post(h.port, slashCommand('/tms-diagnose', text, h.fake.responseUrl(rid), { user_id: 'UALICE' }), { contentType: FORM });
      await settle(h, 300);
    };
    await slash('TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2019, level Medium', 'd1');
    const card = responses(h, 'd1').find((r) => JSON.stringify(r.body.blocks ?? '').includes('mark-fixed'))!;
    expect(card).toBeDefined();
    await slash('start over', 'd2');
    const pressPrivate = async (id: string, rid: string) => {
      await post(h.port, blockActions({ ...button(card, id), user: 'UALICE', channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl(rid) }), { contentType: FORM });
      await settle(h);
    };
    const opened = h.fake.of('views.open').length;
    const posted = h.fake.of('chat.postMessage').length;
    for (const [id, rid] of [['mark-fixed', 'p1'], ['show-steps', 'p2'], ['share', 'p3']] as const) await pressPrivate(id, rid);
    for (const rid of ['p1', 'p2', 'p3']) {
      const told = responses(h, rid);
      expect(told).toHaveLength(1);
      expect(told[0]!.body.replace_original).not.toBe(true);
      expect(told[0]!.body.text).toMatch(/started over.*buttons no longer work/);
    }
    expect(h.fake.of('views.open')).toHaveLength(opened);
    expect(h.fake.of('chat.postMessage')).toHaveLength(posted);
  });
});

describe('R32: Share in channel once per private answer', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());

  it('a second press of Share on the same private answer posts nothing more and says it is already shared, with a link', async () => {
    await post(h.port, slashCommand('/tms-diagnose', 'TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2019, level Medium', h.fake.responseUrl('d1'), { user_id: 'UALICE' }), { contentType: FORM });
    await settle(h, 300);
    const card = responses(h, 'd1').find((r) => JSON.stringify(r.body.blocks ?? '').includes('"share'))!;
    const share = (rid: string) => post(h.port, blockActions({ ...button(card, 'share'), user: 'UALICE', channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl(rid) }), { contentType: FORM });
    await share('s1');
    await settle(h, 300);
    const cards = () => h.fake.of('chat.postMessage').filter((c) => c.body.channel === 'C0INCIDENT' && !c.body.thread_ts);
    expect(cards()).toHaveLength(1);
    const posted = h.fake.of('chat.postMessage').length;
    await share('s2');
    await settle(h, 300);
    expect(h.fake.of('chat.postMessage')).toHaveLength(posted);
    const told = responses(h, 's2');
    expect(told).toHaveLength(1);
    expect(told[0]!.body.replace_original).not.toBe(true);
    expect(told[0]!.body.text).toMatch(/already shared in the channel: <https:\/\/[^|>]+\|open it>/);
  });

  it('two presses at once: shared once', async () => {
    await post(h.port, slashCommand('/tms-diagnose', 'TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2019, level Medium', h.fake.responseUrl('d1'), { user_id: 'UALICE' }), { contentType: FORM });
    await settle(h, 300);
    const card = responses(h, 'd1').find((r) => JSON.stringify(r.body.blocks ?? '').includes('"share'))!;
    const share = (rid: string) => post(h.port, blockActions({ ...button(card, 'share'), user: 'UALICE', channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl(rid) }), { contentType: FORM });
    await Promise.all([share('s1'), share('s2')]);
    await settle(h, 500);
    expect(h.fake.of('chat.postMessage').filter((c) => c.body.channel === 'C0INCIDENT' && !c.body.thread_ts)).toHaveLength(1);
  });
});

describe('R32: Fix files lead with what must come before the import', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
    h.fake.locales.set('UJA', 'ja-JP');
  });
  afterEach(async () => h.close());

  async function fixFiles(user: string, text: string): Promise<string> {
    const root = mention('C3', user, `<@UBOT> ${text}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 1);
    await settle(h);
    const card = h.fake.of('chat.postMessage')[0]!;
    await post(h.port, blockActions({ ...button(card, 'fix-files'), user, channel: 'C3', messageTs: h.fake.messages[0]!.ts, threadTs: root.ts as string, messageBlocks: blocksOf(card), responseUrl: h.fake.responseUrl('f1') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.completedUploads().length >= 1);
    await settle(h);
    return h.fake.completedUploads()[0]!.initialComment ?? '';
  }

  it('SQL Server 2012 SP1 on the TMS server (EN): the upload comment starts with "Do not import yet" and the service pack', async () => {
    const comment = await fixFiles('UALICE', 'TMS 15.9, endpoints CE 9.15.3, SQL Server 2012 SP1 on the TMS server, Windows 2012 R2, level Medium');
    expect(comment).toMatch(/^Do not import yet: SQL Server 2012 SP1 .*service pack/);
  });

  it('the same in Japanese', async () => {
    const comment = await fixFiles('UJA', 'TMS 15.9、エンドポイントは CE 9.15.3、SQL 2012 SP1 は TMS サーバ上、Windows 2012 R2、レベルは Medium');
    expect(comment).toMatch(/^まだインポートしないでください：.*SQL Server 2012 SP1.*サービス パック/);
  });

  it('SQL Server 2016 elsewhere: no such lead', async () => {
    const comment = await fixFiles('UALICE', 'TMS 15.9, endpoints CE 9.15.3, SQL Server 2016 on a separate server, Windows 2016, level Medium');
    expect(comment).toMatch(/^Fix files for /);
  });
});
