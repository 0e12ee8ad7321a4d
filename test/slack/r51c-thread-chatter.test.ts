/**
 * R51C (QA33 F4), through the real Bolt app: in a channel thread the bot is in, people talking to each
 * other ("sure, calling them now", 「了解、電話します」, "ok @carol will check") get no reply and change
 * nothing; a line with something to read is still answered, and a DM still answers chatter.
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
/** What the conversation holds that a silent turn must keep as it was. */
const kept = (s: ConversationState) => JSON.stringify({ facts: s.facts, pending: s.pending, lang: s.lang, skipped: s.skipped, lastAnswer: s.lastAnswer });

describe('R51C: chatter in incident-channel threads', () => {
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

  it('EN thread, SQL question open: chatter and a mid-line mention of a colleague get no reply; the next fact is answered', async () => {
    const root = await thread('C51', 'UALICE', '<@UBOT> TMS 15.2.1 with endpoints on CE 9.15.3 shows No HTTPS response');
    const key = `C51:${root}`;
    const before = await stateOf(key);
    expect(before.pending).toBe('need-sql-version');
    const n = posts(h).length;
    const updates = h.fake.of('chat.update').length;
    for (const [user, text] of [['UBOB', 'sure, calling them now'], ['UDAVE', 'lol this again'], ['UDAVE', 'ok <@UCAROL> will check'], ['UBOB', 'ok'], ['UCAROL', 'on it, brb']] as const) await say('C51', user, text, root);
    await settle(h, 600);
    expect(posts(h)).toHaveLength(n);
    expect(h.fake.of('chat.update')).toHaveLength(updates);
    expect(h.fake.of('chat.postEphemeral')).toHaveLength(0);
    const after = await stateOf(key);
    expect(kept(after)).toBe(kept(before));
    // Read lines are still logged (route 'chatter'), never a reply.
    expect(h.logger.lines.filter((l) => l.msg === 'turn' && l.route === 'chatter').length).toBeGreaterThanOrEqual(4);
    // The question was not left half asked: the answer to it is read as the answer.
    await say('C51', 'UCAROL', '2016, on the TMS server', root);
    await h.fake.waitFor(() => posts(h).length > n, 10000);
    await settle(h);
    const done = await stateOf(key);
    expect(done.facts.sql?.year).toBe(2016);
    expect(done.facts.sqlLocation).toBe('local');
    expect(posts(h).slice(n).map(textOf).join('\n')).not.toMatch(/could not find/i);
  });

  it('JA thread: 「了解、電話します」「確認します」 get no reply; a line that may be a failed answer (it names SQL) still does', async () => {
    const root = await thread('C52', 'UJA', '<@UBOT> TMS 15.2.1 で CE 9.15.3 の端末が No HTTPS response です');
    const key = `C52:${root}`;
    const before = await stateOf(key);
    const n = posts(h).length;
    await say('C52', 'UJA', '了解、電話します', root);
    await say('C52', 'UBOB', '確認します', root);
    await settle(h, 600);
    expect(posts(h)).toHaveLength(n);
    expect(kept(await stateOf(key))).toBe(kept(before));
    await say('C52', 'UBOB', 'SQL is the newest one', root);
    await h.fake.waitFor(() => posts(h).length > n, 10000);
    await settle(h);
    expect(posts(h)).toHaveLength(n + 1);
    expect((await stateOf(key)).pending).toBe('need-sql-version');
  });

  it('a question in the thread is still answered, and chatter in a DM still gets today\'s reply', async () => {
    const root = await thread('C53', 'UALICE', '<@UBOT> TMS 15.2.1, endpoints CE 9.15.3, Windows 2012 R2, SQL 2016 on another server');
    const n = posts(h).length;
    await say('C53', 'UBOB', 'does this need a reboot?', root);
    await h.fake.waitFor(() => posts(h).length > n, 10000);
    await settle(h);
    expect(textOf(posts(h)[n]!)).toMatch(/reboot/i);
    const m = posts(h).length;
    await post(h.port, eventCallback(message('D51', 'im', 'UBOB', 'TMS 15.2.1 with CE 9.15.3')));
    await h.fake.waitFor(() => posts(h).length > m, 10000);
    await settle(h);
    await post(h.port, eventCallback(message('D51', 'im', 'UBOB', 'sure, calling them now')));
    await h.fake.waitFor(() => posts(h).length > m + 1, 10000);
    await settle(h);
    expect(posts(h).filter((c) => c.body.channel === 'D51')).toHaveLength(2);
  });

  it('a colleague mentioned mid-line: the facts in the line are stored and answered; a line with nothing read is left to them; a line OPENING with a mention is left to them', async () => {
    const root = await thread('C54', 'UALICE', '<@UBOT> TMS 15.2.1 with endpoints on CE 9.15.3 shows No HTTPS response');
    const key = `C54:${root}`;
    const n = posts(h).length;
    // Nothing read (a request to Bob that names the case, with a closing thanks): no "I don't know that one".
    await say('C54', 'UCAROL', 'can you check the SQL version please, thanks <@UBOB>', root);
    await say('C54', 'UCAROL', 'can you check the SQL version, <@UBOB>?', root);
    await settle(h, 600);
    expect(posts(h)).toHaveLength(n);
    expect((await stateOf(key)).facts.sql).toBeUndefined();
    // Opening with a mention: left to Bob, even with a version in it (as before).
    await say('C54', 'UCAROL', '<@UBOB> says SQL is 2012 on the TMS box', root);
    await settle(h, 600);
    expect(posts(h)).toHaveLength(n);
    expect((await stateOf(key)).facts.sql).toBeUndefined();
    // A credit or a mention later in the line: read, stored, answered.
    await say('C54', 'UBOB', 'SQL is 2016 (checked with <@UCAROL>)', root);
    await h.fake.waitFor(() => posts(h).length > n, 10000);
    await settle(h);
    expect((await stateOf(key)).facts.sql?.year).toBe(2016);
    expect(posts(h).slice(n).map(textOf).join('\n')).not.toMatch(/don't know|could not find/i);
  });

  it('JA: 「SQL 2016 です（@bob さんに確認済み）」 is read and stored', async () => {
    const root = await thread('C55', 'UJA', '<@UBOT> TMS 15.2.1 で CE 9.15.3 の端末が No HTTPS response です');
    const n = posts(h).length;
    await say('C55', 'UJA', 'SQL 2016 です（<@UBOB> さんに確認済み）', root);
    await h.fake.waitFor(() => posts(h).length > n, 10000);
    await settle(h);
    expect((await stateOf(`C55:${root}`)).facts.sql?.year).toBe(2016);
  });
});
