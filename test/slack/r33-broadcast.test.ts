/**
 * R33 (3), QA25 L5: a thread line that opens with @channel/@here is addressed to everyone, the bot
 * too: it is read like any thread line (the mention itself never echoed); "@bob can you check" is
 * still left to Bob.
 */
import { startHarness, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';

jest.setTimeout(60000);

const settle = async (h: Harness, ms = 300) => {
  await new Promise((r) => setTimeout(r, ms));
  await h.bot.idle();
  await new Promise((r) => setTimeout(r, 50));
  await h.bot.idle();
};

describe('R33: thread lines opening with @channel/@here', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());

  async function thread(): Promise<string> {
    const root = mention('C8', 'UALICE', '<@UBOT> TMS 15.2.1, endpoints CE 9.15, SQL 2016 on another server, Windows 2019');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 1);
    await settle(h);
    return root.ts as string;
  }
  const posted = (h: Harness, from: number) => h.fake.of('chat.postMessage').slice(from).map((c) => JSON.stringify(c.body)).join('\n');

  it('"<!channel> <!here> <@U0OTHER> …" with a fact is read (the level), and no @channel/@here is echoed', async () => {
    const root = await thread();
    const n = h.fake.of('chat.postMessage').length;
    await post(h.port, eventCallback(message('C8', 'channel', 'UBOB', '<!channel> <!here> <@U0OTHER> urgent: the level is Medium-High already', { thread_ts: root })));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length > n, 10000);
    await settle(h);
    expect((await h.store.conversations.get(`C8:${root}`))!.state.facts.level).toBe('medium-high');
    expect(posted(h, n)).not.toMatch(/@channel|@here|<!/);
  });

  it('"<@U0OTHER> can you check the level?" is still left alone', async () => {
    const root = await thread();
    const n = h.fake.of('chat.postMessage').length;
    await post(h.port, eventCallback(message('C8', 'channel', 'UBOB', '<@U0OTHER> can you check the level? I think it is Medium-High', { thread_ts: root })));
    await settle(h, 600);
    expect(h.fake.of('chat.postMessage')).toHaveLength(n);
  });
});
