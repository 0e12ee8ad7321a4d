/**
 * Fix files for a private answer (/tms-diagnose): Slack cannot attach files to an ephemeral
 * message, so they go to the user's DM with the bot, and a private note says where (real app,
 * signed requests, SQLite, local fake Web API). English and Japanese; Slack refusing, rate limiting
 * or failing the upload each get a polite note, never silence.
 */
import path from 'node:path';
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { blockActions, eventCallback, FORM, message, post, slashCommand, viewSubmission } from './signed';
import { parseRegFile, SCHANNEL_PROTOCOLS_PATH, schannelState } from '../../src/windows/reg';

const FIXED_FACTS_EN = 'TMS 15.2.1 endpoints CE 9.15 SQL 2008 R2 Windows 2008 R2 level medium';
const FIXED_FACTS_JA = 'TMS 15.2.1、エンドポイントは CE 9.15、SQL 2008 R2、Windows 2008 R2、レベルは Medium です';

function button(c: Call, id: string): { blockId: string; actionId: string } {
  for (const b of c.body.blocks as any[]) if (b.type === 'actions') for (const e of b.elements) if (e.action_id === id) return { blockId: b.block_id, actionId: e.action_id };
  throw new Error(`no ${id} in ${JSON.stringify(c.body).slice(0, 300)}`);
}
const responses = (h: Harness, id: string) => h.fake.of('response_url').filter((r) => r.body._id === id);

describe('Fix files on a private answer', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());

  /** /tms-diagnose, then Fix files on the private card; returns the private note. */
  async function pressFixFiles(text: string, user = 'UALICE'): Promise<Call> {
    await post(h.port, slashCommand('/tms-diagnose', text, h.fake.responseUrl('ask'), { user_id: user }), { contentType: FORM });
    await h.fake.waitFor(() => responses(h, 'ask').length >= 1);
    const card = responses(h, 'ask').find((r) => Array.isArray(r.body.blocks))!;
    await post(h.port, blockActions({ ...button(card, 'fix-files'), user, channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl('files') }), { contentType: FORM });
    await h.fake.waitFor(() => responses(h, 'files').length >= 1);
    await h.bot.idle();
    return responses(h, 'files')[0]!;
  }

  it('go to the user\'s DM with the bot (files.uploadV2), with a private note linking to them; the DM continues the case', async () => {
    const note = await pressFixFiles(FIXED_FACTS_EN);
    // The DM: one short message naming where the private answer was, then the files with what to do first.
    const intro = h.fake.of('chat.postMessage').find((c) => c.body.channel === 'UALICE')!;
    expect(intro.body.text).toContain('<#C0INCIDENT>');
    expect(intro.body.text).toContain('TMS 15.2.1');
    const dm = h.fake.dmOf('UALICE');
    const introTs = h.fake.messages.find((m) => m.channel === dm && m.text === intro.body.text)!.ts;
    const uploads = h.fake.completedUploads();
    expect(uploads.map((u) => u.filename)).toEqual(['enable-tls12.reg', 'check-tls.cmd']);
    for (const u of uploads) expect(u).toMatchObject({ channel: dm, threadTs: introTs });
    expect(uploads[0]!.initialComment).toMatch(/back up the registry/);
    // The same files as in a thread: parsed back, TLS 1.2 Client and Server enabled, nothing else.
    const reg = parseRegFile(uploads[0]!.bytes!);
    expect(reg.problems).toEqual([]);
    expect(reg.model.keys.map((k) => k.path)).toEqual([`${SCHANNEL_PROTOCOLS_PATH}\\TLS 1.2\\Client`, `${SCHANNEL_PROTOCOLS_PATH}\\TLS 1.2\\Server`]);
    expect(schannelState(reg.model)['TLS 1.2'].Client.verdict).toBe('enabled');
    // Nothing went into the channel where the answer is private.
    expect(h.fake.of('chat.postMessage').filter((c) => c.body.channel === 'C0INCIDENT')).toHaveLength(0);
    expect(uploads.some((u) => u.channel === 'C0INCIDENT')).toBe(false);
    // The private note: ephemeral, a new message (the card stays), a link to the DM message.
    expect(note.body.response_type).toBe('ephemeral');
    expect(note.body.replace_original).toBe(false);
    expect(note.body.text).toContain(`<https://example.slack.com/archives/${dm}/p`);
    expect(note.body.text).toMatch(/only you can see them/);
    expect(note.body.text).toMatch(/Paste the output of check-tls\.cmd in that thread/);

    // In that DM thread, a pasted check-tls.cmd output is read against the same versions, and Fix
    // files there now includes rollback.reg.
    const pasted = [
      `${'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols'}`,
      '',
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
      '    Enabled    REG_DWORD    0x0',
      '',
    ].join('\n');
    const before = h.fake.of('chat.postMessage').length;
    await post(h.port, eventCallback(message(dm, 'im', 'UALICE', pasted, { thread_ts: introTs })));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length > before);
    await new Promise((r) => setTimeout(r, 100));
    await h.bot.idle();
    const dmCard = h.fake.of('chat.postMessage').slice(before).find((c) => c.body.channel === dm && JSON.stringify(c.body.blocks ?? []).includes('fix-files'));
    expect(dmCard).toBeDefined();
    expect(dmCard!.body.thread_ts).toBe(introTs);
    expect(JSON.stringify(dmCard!.body)).toContain('TMS 15.2.1');
    await post(h.port, blockActions({ ...button(dmCard!, 'fix-files'), channel: dm, messageTs: '1700000000.000009', threadTs: introTs, responseUrl: h.fake.responseUrl('dmfiles') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.completedUploads().length === 5);
    const third = h.fake.completedUploads().slice(2);
    expect(third.map((u) => u.filename)).toEqual(['enable-tls12.reg', 'check-tls.cmd', 'rollback.reg']);
    for (const u of third) expect(u).toMatchObject({ channel: dm, threadTs: introTs });
  });

  it('in Japanese: the DM message, the file comment and the private note are Japanese', async () => {
    const note = await pressFixFiles(FIXED_FACTS_JA);
    const intro = h.fake.of('chat.postMessage').find((c) => c.body.channel === 'UALICE')!;
    expect(intro.body.text).toContain('非公開の回答');
    expect(intro.body.text).toContain('<#C0INCIDENT>');
    const uploads = h.fake.completedUploads();
    expect(uploads.map((u) => u.filename)).toEqual(['enable-tls12.reg', 'check-tls.cmd']);
    expect(uploads[0]!.initialComment).toContain('バックアップ');
    expect(note.body.text).toContain('ダイレクトメッセージ');
    expect(note.body.text).toContain(`archives/${h.fake.dmOf('UALICE')}/p`);
  });

  it('a DM that already has its own conversation keeps it; the files\' thread still continues this case', async () => {
    const dm = h.fake.dmOf('UALICE');
    await post(h.port, eventCallback(message(dm, 'im', 'UALICE', 'TMS 14.6.2, endpoints TC 7.3.3')));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').some((c) => c.body.channel === dm));
    await h.bot.idle();
    const stateBefore = (await h.store.conversations.get(dm))!.state;
    const note = await pressFixFiles(FIXED_FACTS_EN);
    expect(h.fake.completedUploads().map((u) => u.channel)).toEqual([dm, dm]);
    expect(note.body.text).toMatch(/Paste the output/);
    expect((await h.store.conversations.get(dm))!.state.facts).toEqual(stateBefore.facts);
    const threadTs = h.fake.completedUploads()[0]!.threadTs!;
    const before = h.fake.of('chat.postMessage').length;
    await post(h.port, eventCallback(message(dm, 'im', 'UALICE', 'we changed nothing yet, what was the first step again?', { thread_ts: threadTs })));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length > before);
    await h.bot.idle();
    const replies = JSON.stringify(h.fake.of('chat.postMessage').slice(before).map((c) => c.body));
    expect(replies).not.toContain('14.6.2');
    expect((await h.store.conversations.get(`${dm}:${threadTs}`))!.state.facts.tms?.semver).toBe('15.2.1');
  });

  /** /tms-diagnose; returns the private card. */
  async function ask(text: string, user = 'UALICE'): Promise<Call> {
    await post(h.port, slashCommand('/tms-diagnose', text, h.fake.responseUrl('ask'), { user_id: user }), { contentType: FORM });
    await h.fake.waitFor(() => responses(h, 'ask').length >= 1);
    await h.bot.idle();
    return responses(h, 'ask').find((r) => Array.isArray(r.body.blocks))!;
  }
  const press = (card: Call, id: string, port = h.port, user = 'UALICE') =>
    post(port, blockActions({ ...button(card, 'fix-files'), user, channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl(id) }), { contentType: FORM });
  const intros = () => h.fake.of('chat.postMessage').filter((c) => c.body.channel === 'UALICE');

  it.each([
    ['en', FIXED_FACTS_EN, /already sent these fix files to <https:\/\/example\.slack\.com\/archives\/DALICE\/p\d+\|our direct message>/, 'Add details', 'Windows Server 2012 R2'],
    ['ja', FIXED_FACTS_JA, /送信済みです/, '詳細を追加', 'Windows Server 2012 R2 です'],
  ])('two presses at once (%s): the files are sent once; the other press is told, privately, where they are; a changed answer sends again', async (_lang, text, already) => {
    const card = await ask(text);
    await Promise.all([press(card, 'f1'), press(card, 'f2')]);
    await h.fake.waitFor(() => responses(h, 'f1').length >= 1 && responses(h, 'f2').length >= 1);
    await h.bot.idle();
    expect(intros()).toHaveLength(1);
    expect(h.fake.completedUploads().map((u) => u.filename)).toEqual(['enable-tls12.reg', 'check-tls.cmd']);
    const notes = [responses(h, 'f1')[0]!, responses(h, 'f2')[0]!].map((r) => r.body);
    for (const n of notes) expect(n).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const again = notes.filter((n) => already.test(String(n.text)));
    expect(again).toHaveLength(1);
    // The link in the second note is the one the first press gave: the DM message the files are under.
    const link = /<(https:[^|]+)\|/.exec(String(again[0]!.text))![1];
    expect(notes.find((n) => n !== again[0])!.text).toContain(link);

    // The answer changes (Add details: another Windows release): the next press sends the new files.
    await post(h.port, blockActions({ ...button(card, 'add-details'), channel: 'C0INCIDENT', messageTs: '1.1', ephemeral: true, responseUrl: h.fake.responseUrl('more') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('views.open').length >= 1);
    const view = h.fake.of('views.open').at(-1)!.body.view;
    await post(h.port, viewSubmission('reply-modal', view.private_metadata, { [view.blocks[0].block_id]: { [view.blocks[0].element.action_id]: { type: 'plain_text_input', value: 'Windows Server 2012 R2' } } }), { contentType: FORM });
    await h.fake.waitFor(() => responses(h, 'more').some((r) => Array.isArray(r.body.blocks) && JSON.stringify(r.body.blocks).includes('fix-files')));
    await h.bot.idle();
    const changed = responses(h, 'more').find((r) => Array.isArray(r.body.blocks) && JSON.stringify(r.body.blocks).includes('fix-files'))!;
    expect(JSON.stringify(changed.body.blocks)).toContain('2012 R2');
    await press(changed, 'f3');
    await h.fake.waitFor(() => responses(h, 'f3').length >= 1);
    await h.bot.idle();
    expect(intros()).toHaveLength(2);
    expect(h.fake.completedUploads()).toHaveLength(4);
    expect(responses(h, 'f3')[0]!.body.text).not.toMatch(already);
    // The same answer pressed again later still sends nothing more.
    await press(changed, 'f4');
    await h.fake.waitFor(() => responses(h, 'f4').length >= 1);
    expect(responses(h, 'f4')[0]!.body.text).toMatch(already);
    expect(h.fake.completedUploads()).toHaveLength(4);
  });

  it('two presses at once on two replicas sharing the database: sent once, the other press told so', async () => {
    const other = await startHarness({ fake: h.fake, dir: path.dirname(h.dbFile) });
    try {
      const card = await ask(FIXED_FACTS_EN);
      await Promise.all([press(card, 'r1'), press(card, 'r2', other.port)]);
      await h.fake.waitFor(() => responses(h, 'r1').length >= 1 && responses(h, 'r2').length >= 1);
      await Promise.all([h.bot.idle(), other.bot.idle()]);
      expect(intros()).toHaveLength(1);
      expect(h.fake.completedUploads()).toHaveLength(2);
      const texts = [responses(h, 'r1')[0]!, responses(h, 'r2')[0]!].map((r) => String(r.body.text));
      expect(texts.filter((t) => /I sent the fix files/.test(t))).toHaveLength(1);
      expect(texts.filter((t) => /already sent these fix files|sending these fix files to our direct message right now/.test(t))).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('a sending that failed is not counted: the next press of the same answer sends', async () => {
    const card = await ask(FIXED_FACTS_EN);
    h.fake.fail('files.completeUploadExternal', { status: 500 });
    await press(card, 'x1');
    await h.fake.waitFor(() => responses(h, 'x1').length >= 1);
    await h.bot.idle();
    h.fake.heal();
    expect(responses(h, 'x1')[0]!.body.text).toMatch(/could not upload the fix files/);
    expect(h.fake.completedUploads()).toHaveLength(0);
    await press(card, 'x2');
    await h.fake.waitFor(() => responses(h, 'x2').length >= 1);
    await h.bot.idle();
    expect(responses(h, 'x2')[0]!.body.text).toMatch(/I sent the fix files/);
    expect(h.fake.completedUploads()).toHaveLength(2);
  });

  it('when Slack will not open the DM, the user is told privately to use Share in channel; nothing is uploaded', async () => {
    h.fake.fail('chat.postMessage', { status: 200, error: 'channel_not_found' });
    const note = await pressFixFiles(FIXED_FACTS_EN);
    expect(note.body.response_type).toBe('ephemeral');
    expect(note.body.text).toMatch(/could not send you a direct message/);
    expect(note.body.text).toMatch(/Share in channel/);
    expect(h.fake.of('files.getUploadURLExternal')).toHaveLength(0);
  });

  it('when Slack rate limits the DM, the note says to try again in a minute (Japanese)', async () => {
    h.fake.failIn('UALICE', { mode: '429', times: Infinity, retryAfter: 30 });
    const note = await pressFixFiles(FIXED_FACTS_JA);
    expect(note.body.text).toContain('制限');
    expect(note.body.text).toContain('1 分ほど');
    expect(h.fake.of('files.getUploadURLExternal')).toHaveLength(0);
  });

  it('when the upload fails, the user is told where they pressed (and in the DM), never silence', async () => {
    h.fake.fail('files.completeUploadExternal', { status: 500 });
    const note = await pressFixFiles(FIXED_FACTS_EN);
    expect(note.body.text).toMatch(/could not upload the fix files/);
    expect(h.fake.completedUploads()).toHaveLength(0);
    // The failure notice of the shared upload path, in the DM.
    const dm = h.fake.dmOf('UALICE');
    expect(h.fake.of('chat.postEphemeral').some((c) => c.body.channel === dm && c.body.user === 'UALICE')).toBe(true);
  });
});
