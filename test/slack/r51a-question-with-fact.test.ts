/**
 * QA33 F1: a message that gives a fact AND asks a question ("SQL is 2016. Do we need a reboot?") in a
 * conversation that already has a card. The engine answers the question ahead of its reply to the fact;
 * the Slack surfaces made the card (or the short note under it) from the reply and dropped that answer.
 * Now the answer goes out first, in the thread's language, then the note (and the card edit). A reply
 * with no question keeps its short form. Channel thread, DM, and /tms-diagnose (private).
 * End to end: the real app behind signed requests, the local fake Web API.
 */
import { posts, settleTwice as settle, textOf } from './calls';
import type { Call } from './fake-slack';
import { harnessEachTest, withLocales, type Harness } from './harness';
import { responses } from './card-presses-kit';
import { eventCallback, FORM, mention, message, post, slashCommand } from './signed';

jest.setTimeout(60000);

const ROOT_EN = 'TMS 15.2.1, endpoints CE 9.15.3, Windows 2012 R2, SQL 2016 on another server';
const ROOT_JA = 'TMS 15.2.1 で CE 9.15.3 が No HTTPS response です。Windows 2012 R2、SQL 2008 R2 です';
// The reboot answer, as the engine words it (not the card's step "Reboot only if registry keys changed").
const REBOOT_EN = /Is a reboot needed\?/;
const REBOOT_JA = /サーバの再起動は必要か/;

describe('a fact and a question in one message, in a thread with a card (QA33 F1)', () => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));

  async function thread(user: string, ask: string): Promise<string> {
    const root = mention('C5', user, `<@UBOT> ${ask}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    return root.ts as string;
  }
  async function say(user: string, text: string, rootTs: string): Promise<Call[]> {
    const n = posts(h).length;
    await post(h.port, eventCallback(message('C5', 'channel', user, text, { thread_ts: rootTs })));
    await h.fake.waitFor(() => posts(h).length > n);
    await settle(h);
    return posts(h).slice(n);
  }

  it.each([
    { who: 'UBOB', text: 'SQL is 2016. Do we need a reboot?' },
    { who: 'UJA', text: 'SQLは2016です。再起動は必要ですか？' },
  ])('English thread, $who: the answer to the question first (in English), then the short note', async ({ who, text }) => {
    const rootTs = await thread('UALICE', ROOT_EN);
    const sent = await say(who, text, rootTs);
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(sent.every((c) => c.body.thread_ts === rootTs)).toBe(true);
    expect(textOf(sent[0]!)).toMatch(REBOOT_EN);
    expect(textOf(sent[0]!)).toMatch(/Schannel/);
    expect(sent.map(textOf).join('\n')).not.toMatch(/[\u3040-\u30ff]/);
    // The note comes last and stays short; no second card is posted.
    expect(textOf(sent[sent.length - 1]!)).toMatch(/answer above/);
    expect(sent.filter((c) => textOf(c).includes('mark-fixed'))).toHaveLength(0);
  });

  it('Japanese thread, new facts and a question: the answer in Japanese, then the change note and the card edited', async () => {
    const rootTs = await thread('UJA', ROOT_JA);
    const updates = h.fake.of('chat.update').length;
    const sent = await say('UJA', 'SQLは別サーバの2016でした。再起動は必要ですか？', rootTs);
    expect(textOf(sent[0]!)).toMatch(REBOOT_JA);
    expect(textOf(sent[sent.length - 1]!)).toMatch(/上の回答を更新しました/);
    expect(sent.map(textOf).join('\n')).not.toMatch(REBOOT_EN);
    await h.fake.waitFor(() => h.fake.of('chat.update').length > updates);
  });

  it('a fact with no question keeps the short form: the note alone', async () => {
    const rootTs = await thread('UALICE', ROOT_EN);
    const sent = await say('UBOB', 'SQL is 2016', rootTs);
    expect(sent).toHaveLength(1);
    expect(textOf(sent[0]!)).toMatch(/answer above/);
    expect(textOf(sent[0]!)).not.toMatch(/reboot/i);
  });

  it('in a DM: the answer to the question, then the note', async () => {
    await post(h.port, eventCallback(message('D1', 'im', 'UBOB', ROOT_EN)));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    const n = posts(h).length;
    await post(h.port, eventCallback(message('D1', 'im', 'UBOB', 'SQL is 2016. Do we need a reboot?')));
    await h.fake.waitFor(() => posts(h).length > n);
    await settle(h);
    const sent = posts(h).slice(n);
    expect(textOf(sent[0]!)).toMatch(REBOOT_EN);
    expect(textOf(sent[sent.length - 1]!)).toMatch(/answer above/);
  });

  it('with /tms-diagnose (private): the answer to the question, then the card', async () => {
    await post(h.port, slashCommand('/tms-diagnose', `${ROOT_EN}. Do we need a reboot?`, h.fake.responseUrl('ask'), { user_id: 'UBOB' }), { contentType: FORM });
    await h.fake.waitFor(() => responses(h, 'ask').some((r) => JSON.stringify(r.body.blocks ?? '').includes('mark-fixed')));
    await settle(h);
    const sent = responses(h, 'ask').map((r) => JSON.stringify(r.body.blocks ?? '') + String(r.body.text ?? ''));
    const answer = sent.findIndex((x) => REBOOT_EN.test(x));
    const card = sent.findIndex((x) => x.includes('mark-fixed'));
    expect(answer).toBeGreaterThanOrEqual(0);
    expect(answer).toBeLessThan(card);
    expect(h.fake.of('chat.postMessage')).toHaveLength(0);
  });
});
