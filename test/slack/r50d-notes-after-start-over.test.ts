/**
 * The note for an edited or deleted message is said once per conversation generation: twice in one
 * generation gives one note; after "start over" in the same thread, an edit or deletion of a message
 * read since gets one more (and only one). The real app, engine and store against the fake Web API.
 */
import type { Call } from './fake-slack';
import { harnessEachTest, withLocales, type Harness } from './harness';
import { eventCallback, mention, message, nextTs, post } from './signed';
import { settle } from './press-kit';

jest.setTimeout(60000);

const posts = (h: Harness): Call[] => h.fake.of('chat.postMessage');
const textOf = (c: Call): string => JSON.stringify(c.body.blocks ?? '') + String(c.body.text ?? '');
const edit = (user: string, ts: string, root: string, before: string, after: string) =>
  eventCallback({ type: 'message', subtype: 'message_changed', channel: 'C1', channel_type: 'channel', hidden: true, ts: nextTs(), message: { type: 'message', user, text: after, ts, thread_ts: root, edited: { user, ts: nextTs() } }, previous_message: { type: 'message', user, text: before, ts, thread_ts: root } });
const deleted = (prev: Record<string, unknown>) =>
  eventCallback({ type: 'message', subtype: 'message_deleted', channel: 'C1', channel_type: 'channel', hidden: true, ts: nextTs(), deleted_ts: prev.ts, previous_message: { type: 'message', user: prev.user, text: prev.text, ts: prev.ts, thread_ts: prev.thread_ts } });

describe.each([
  { lang: 'en', user: 'UBOB', ask: 'TMS 15.9, endpoints on CE 9.15.3 show No HTTPS response', edits: /do not read edits/, deletes: /was deleted.*still part of this case/s, other: /[\u3040-\u30ff]/ },
  { lang: 'ja', user: 'UJA', ask: 'TMS 15.9 で CE 9.15.3 の端末が No HTTPS response', edits: /編集後の内容は読み取らない/, deletes: /削除されたようです.*引き続き使っています/s, other: /do not read edits|was deleted/ },
])('edit and deletion notes after a start over ($lang)', ({ user, ask, edits, deletes, other }) => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));

  async function thread() {
    const root = mention('C1', user, `<@UBOT> ${ask}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    const rootTs = root.ts as string;
    const key = `C1:${rootTs}`;
    const say = async (text: string) => {
      const m = message('C1', 'channel', user, text, { thread_ts: rootTs });
      await post(h.port, eventCallback(m));
      await settle(h, 300);
      return m;
    };
    const startOver = async () => {
      const before = (await h.store.conversations.get(key))?.state.restarts ?? 0;
      await say('start over');
      for (let i = 0; i < 100 && ((await h.store.conversations.get(key))?.state.restarts ?? 0) === before; i++) await new Promise((r) => setTimeout(r, 20));
      expect((await h.store.conversations.get(key))?.state.restarts).toBe(before + 1);
    };
    const notes = (from: number, re: RegExp) => posts(h).slice(from).filter((c) => re.test(textOf(c)));
    return { rootTs, key, say, startOver, notes };
  }

  it('edits: one note per generation (twice before a start over: one; after it: one more, once)', async () => {
    const { rootTs, say, startOver, notes } = await thread();
    const a = await say('Windows Server 2012 R2 on the TMS server');
    const b = await say('SQL Server 2016');
    const n0 = posts(h).length;
    await post(h.port, edit(user, a.ts as string, rootTs, String(a.text), 'Windows Server 2016 on the TMS server'));
    await settle(h);
    await post(h.port, edit(user, b.ts as string, rootTs, String(b.text), 'SQL Server 2019'));
    await settle(h);
    expect(notes(n0, edits)).toHaveLength(1);

    await startOver();
    const c = await say('Windows Server 2019 on the TMS server');
    const d = await say('SQL Server 2017');
    const n1 = posts(h).length;
    await post(h.port, edit(user, c.ts as string, rootTs, String(c.text), 'Windows Server 2022 on the TMS server'));
    await settle(h);
    await post(h.port, edit(user, d.ts as string, rootTs, String(d.text), 'SQL Server 2022'));
    await settle(h);
    const again = notes(n1, edits);
    expect(again).toHaveLength(1);
    expect(again[0]!.body.thread_ts).toBe(rootTs);
    expect(textOf(again[0]!)).not.toMatch(other);
  });

  it('deletions: one note per generation (twice before a start over: one; after it: one more, once)', async () => {
    const { rootTs, say, startOver, notes } = await thread();
    const a = await say('SQL Server 2016');
    const b = await say('Windows Server 2019');
    const n0 = posts(h).length;
    await post(h.port, deleted(a));
    await settle(h);
    await post(h.port, deleted(b));
    await settle(h);
    expect(notes(n0, deletes)).toHaveLength(1);

    await startOver();
    const c = await say('SQL Server 2017');
    const d = await say('Windows Server 2022');
    const n1 = posts(h).length;
    await post(h.port, deleted(c));
    await settle(h);
    await post(h.port, deleted(d));
    await settle(h);
    // A deletion delivered again after that: still one.
    await post(h.port, deleted(c));
    await settle(h);
    const again = notes(n1, deletes);
    expect(again).toHaveLength(1);
    expect(again[0]!.body.thread_ts).toBe(rootTs);
    expect(textOf(again[0]!)).not.toMatch(other);
  });
});
