/**
 * R33 (2): one language per channel thread also for a file's comment and the message shortcut: an
 * English line in a Japanese thread, read through either, is read but does not switch the thread.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { harnessEachTest, withLocales, type Harness } from './harness';
import { eventCallback, FORM, mention, message, post } from './signed';

jest.setTimeout(60000);

const FIX = join(__dirname, '..', 'fixtures', 'evidence');
const settle = async (h: Harness, ms = 300) => {
  await new Promise((r) => setTimeout(r, ms));
  await h.bot.idle();
  await new Promise((r) => setTimeout(r, 50));
  await h.bot.idle();
};

describe('R33: one language per channel thread, for file comments and the message shortcut', () => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));

  async function jaThread(): Promise<string> {
    const root = mention('C7', 'UJA', '<@UBOT> TMS 15.2.1 で CE 9.15.3 の端末が No HTTPS response です。Windows Server 2012 R2、SQL 2016 は別サーバ、レベルは Medium です');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 1);
    await settle(h);
    return root.ts as string;
  }
  const stored = async (root: string) => (await h.store.conversations.get(`C7:${root}`))!.state;

  it('a .reg shared by a colleague with English words that carry a fact: read, the thread stays Japanese', async () => {
    const root = await jaThread();
    expect((await stored(root)).lang).toBe('ja');
    const file = h.fake.addFile('F9', 'schannel.reg', readFileSync(join(FIX, 'schannel-tls10-off-tls12-on.reg')));
    const posted = h.fake.of('chat.postMessage').length;
    await post(h.port, eventCallback(message('C7', 'channel', 'UBOB', 'Jumping in: the level is actually Medium-High, here is the registry export', { thread_ts: root, subtype: 'file_share', files: [file] })));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length > posted, 10000);
    await settle(h);
    const state = await stored(root);
    expect(state.facts.evidence).toBeDefined();
    expect(state.lang).toBe('ja');
  });

  it('"Diagnose this message" on an English message in a Japanese thread: the thread stays Japanese', async () => {
    const root = await jaThread();
    const posted = h.fake.of('chat.postMessage').length;
    const payload = {
      type: 'message_action', callback_id: 'diagnose-message', trigger_id: '1.3.trig', response_url: h.fake.responseUrl('ms'),
      team: { id: 'T1', domain: 'example' }, user: { id: 'UBOB', name: 'bob' }, channel: { id: 'C7', name: 'incident' },
      message_ts: '1710009999.000200',
      message: { type: 'message', user: 'UBOB', ts: '1710009999.000200', thread_ts: root, text: 'Update: SQL Server is 2012 SP4 on the TMS server, not 2016.' },
    };
    await post(h.port, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length > posted, 10000);
    await settle(h);
    const state = await stored(root);
    expect(JSON.stringify(state.facts.sql ?? '')).toMatch(/2012/);
    expect(state.lang).toBe('ja');
  });
});
