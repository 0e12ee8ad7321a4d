/**
 * R51C (QA33 F6), through the real Bolt app: mentioned inside a colleagues' thread it was never in ("@bot can
 * you look?"), the bot says it sees the thread only from the mention on and asks its first question (EN and
 * JA), not "I don't know that one" with its capability list; a mention there with versions is read as usual.
 */
import { harnessEachTest, withLocales, type Harness } from './harness';
import { eventCallback, mention, message, nextTs, post } from './signed';
import { posts, settle as settleAfter, textOf } from './calls';

jest.setTimeout(60000);

/** Queued turns, then what they queued in turn (the same 300 + 50 ms waits this file always used). */
const settle = async (h: Harness): Promise<void> => {
  await settleAfter(h, 300);
  await settleAfter(h, 50);
};

describe('R51C: a mention in a thread the bot was not in', () => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));
  const stateOf = async (key: string) => (await h.store.conversations.get(key))!.state;

  it('mentioned in a colleagues\' thread it was never in (EN and JA): says it reads from the mention on, then asks its first question', async () => {
    for (const [channel, user, words] of [['C55', 'UCAROL', '<@UBOT> can you look?'], ['C56', 'UJA', '<@UBOT> 見てもらえますか？']] as const) {
      const humanRoot = nextTs();
      await post(h.port, eventCallback(message(channel, 'channel', 'UDAVE', 'TMS 15.9 here, CE 9.15 endpoints fail too')));
      const n = posts(h).length;
      await post(h.port, eventCallback(mention(channel, user, words, nextTs(), humanRoot)));
      await h.fake.waitFor(() => posts(h).length > n, 10000);
      await settle(h);
      const reply = posts(h).slice(n);
      expect(reply).toHaveLength(1);
      const text = textOf(reply[0]!);
      expect(reply[0]!.body.thread_ts).toBe(humanRoot);
      expect(text).not.toMatch(/don't know that one|お答えできません/);
      expect(text).toMatch(channel === 'C55' ? /from your mention on.*paste the versions/ : /から後しか読めない.*貼り付けてください/);
      const state = await stateOf(`${channel}:${humanRoot}`);
      expect(state.pending).toBe('need-endpoint-version');
      expect(state.lang).toBe(channel === 'C55' ? 'en' : 'ja');
    }
  });

  it('a mention in a thread it was never in that gives versions is read as usual', async () => {
    const humanRoot = nextTs();
    await post(h.port, eventCallback(mention('C57', 'UCAROL', '<@UBOT> TMS 15.2.1 with CE 9.15.3 here', nextTs(), humanRoot)));
    await h.fake.waitFor(() => posts(h).length >= 1, 10000);
    await settle(h);
    const state = await stateOf(`C57:${humanRoot}`);
    expect(state.facts.tms?.semver).toBe('15.2.1');
    expect(posts(h).map(textOf).join('\n')).not.toMatch(/from your mention on/);
  });
});
