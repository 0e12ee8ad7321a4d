/**
 * REV21-a #1, through the real Bolt app: in a channel thread, a line that opens with a colleague's mention and asks them to
 * turn TLS 1.0 and SSL 3.0 off ("<@UBOB> can you disable TLS 1.0 and SSL 3.0 tonight?") gets the hardening warning when SQL
 * 2008 R2 runs on the TMS server, nothing recorded; without that risk, and for any other line opening with a mention
 * ("<@UBOB> is it SQL 2008 R2 on the TMS box?", "<@UBOB> please set it to Medium-High"), the bot stays silent and takes nothing
 * (1ab7082 kept).
 */
import type { ConversationState } from '../../src/conversation/types';
import { harnessEachTest, withLocales, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';

jest.setTimeout(60000);

const settle = async (h: Harness, ms = 300) => {
  await new Promise((r) => setTimeout(r, ms));
  await h.bot.idle();
  await new Promise((r) => setTimeout(r, 50));
  await h.bot.idle();
};
const posts = (h: Harness) => h.fake.of('chat.postMessage');
const textOf = (c: { body: Record<string, unknown> }) => JSON.stringify(c.body.blocks ?? []) + String(c.body.text ?? '');
const kept = (s: ConversationState) => ({ facts: s.facts, lang: s.lang });

describe('REV21-a #1: a hardening request to a colleague in a channel thread', () => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));

  async function thread(channel: string, user: string, text: string): Promise<string> {
    const root = mention(channel, user, text);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).some((c) => c.body.channel === channel));
    await settle(h);
    return root.ts as string;
  }
  const stateOf = async (key: string) => (await h.store.conversations.get(key))!.state;
  const say = (channel: string, user: string, text: string, threadTs: string) => post(h.port, eventCallback(message(channel, 'channel', user, text, { thread_ts: threadTs })));

  it('SQL 2008 R2 on the TMS server: EN and JA requests are warned about, nothing recorded; other lines to Bob stay his', async () => {
    const root = await thread('C61', 'UALICE', '<@UBOT> TMS 15.2, endpoints CE 9.15, SQL 2008 R2 on the TMS server, Windows 2012 R2, level Medium');
    const key = `C61:${root}`;
    const before = await stateOf(key);
    const n = posts(h).length;
    await say('C61', 'UALICE', '<@UBOB> can you disable TLS 1.0 and SSL 3.0 tonight?', root);
    await h.fake.waitFor(() => posts(h).length > n, 10000);
    await settle(h);
    expect(textOf(posts(h)[n]!)).toMatch(/Please don't/);
    expect(kept(await stateOf(key))).toEqual(kept(before));
    // (The thread keeps its language: the JA request is warned about in English.)
    await say('C61', 'UJA', '<@UBOB> 今夜 TLS 1.0 と SSL 3.0 を無効にしてもらえますか？', root);
    await h.fake.waitFor(() => posts(h).length > n + 1, 10000);
    await settle(h);
    expect(textOf(posts(h)[n + 1]!)).toMatch(/Please don't/);
    expect(kept(await stateOf(key))).toEqual(kept(before));
    const m = posts(h).length;
    await say('C61', 'UALICE', '<@UBOB> is it SQL 2016 on the TMS box?', root);
    await say('C61', 'UALICE', '<@UBOB> please set it to Medium-High', root);
    await say('C61', 'UALICE', '<@UBOB> can you check whether TLS 1.0 is disabled?', root);
    await settle(h, 600);
    expect(posts(h)).toHaveLength(m);
    expect(kept(await stateOf(key))).toEqual(kept(before));
  });

  it('SQL 2016 on another server: the same request gets no reply and changes nothing', async () => {
    const root = await thread('C62', 'UALICE', '<@UBOT> TMS 15.2, endpoints CE 9.15, SQL 2016 on a separate server, Windows 2012 R2, level Medium');
    const key = `C62:${root}`;
    const before = await stateOf(key);
    const n = posts(h).length;
    await say('C62', 'UALICE', '<@UBOB> can you disable TLS 1.0 and SSL 3.0 tonight?', root);
    await say('C62', 'UALICE', '<@UBOB> please disable TLS 1.0 and SSL 3.0 on the TMS server tonight', root);
    await settle(h, 600);
    expect(posts(h)).toHaveLength(n);
    expect(kept(await stateOf(key))).toEqual(kept(before));
  });
});
