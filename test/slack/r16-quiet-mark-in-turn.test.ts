/**
 * The quiet mark of a line the bot stayed silent on (chatter in a shared thread) is stored by the
 * turn that read the line, in its own transaction, not by a write of its own afterwards: when that
 * separate write would have failed (a store blip; or an edit handled between the turn's commit and
 * it, here or on another replica), an edit of the line still gets the note that edits are not read,
 * never the note claiming the bot answered it; and a chatter line costs no extra store write.
 */
import { posts, settleTwice as settle, textOf } from './calls';
import { harnessEachTest, withLocales, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';

jest.setTimeout(60000);

const edit = (user: string, ts: string, root: string, before: string, after: string) =>
  eventCallback({ type: 'message', subtype: 'message_changed', channel: 'C1', channel_type: 'channel', hidden: true, ts: `${ts}9`, message: { type: 'message', user, text: after, ts, thread_ts: root, edited: { user, ts: `${ts}9` } }, previous_message: { type: 'message', user, text: before, ts, thread_ts: root } });

describe.each([
  { lang: 'en', user: 'UBOB', ask: 'TMS 15.9, endpoints on CE 9.15.3 show No HTTPS response', chat: 'sure, calling them now', chat2: 'sure, calling them in 5 min', quiet: /do not read edits.*new message/s, claimsAnswer: /already answered|my answer/ },
  { lang: 'ja', user: 'UJA', ask: 'TMS 15.9 で CE 9.15.3 の端末が No HTTPS response', chat: '確認します', chat2: '後で確認します', quiet: /編集後の内容は読み取りません.*新しいメッセージ/s, claimsAnswer: /回答済み|回答は/ },
])('the quiet mark is part of the turn ($lang)', ({ user, ask, chat, chat2, quiet, claimsAnswer }) => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));

  it('no separate claim for the mark: a store blip on claims afterwards does not turn the quiet note into "I answered it"', async () => {
    const root = mention('C1', user, `<@UBOT> ${ask}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    const rootTs = root.ts as string;
    // From now on a claim outside a turn fails (a store blip), and is counted.
    const conv = h.store.conversations;
    const claimed: string[] = [];
    const claim = conv.claim.bind(conv);
    conv.claim = async (id: string) => {
      claimed.push(id);
      if (id.startsWith('quiet:')) throw new Error('SQLITE_BUSY: database is locked');
      return claim(id);
    };
    const said = message('C1', 'channel', user, chat, { thread_ts: rootTs });
    const n0 = posts(h).length;
    await post(h.port, eventCallback(said));
    await settle(h);
    expect(posts(h)).toHaveLength(n0); // chatter: no reply
    expect(claimed.filter((id) => id.startsWith('quiet:'))).toEqual([]);
    expect(await conv.seen(`quiet:msg:C1:${String(said.ts)}`)).toBe(true);
    await post(h.port, edit(user, said.ts as string, rootTs, chat, chat2));
    await h.fake.waitFor(() => posts(h).length > n0);
    await settle(h);
    const notes = posts(h).slice(n0);
    expect(notes).toHaveLength(1);
    expect(textOf(notes[0]!)).toMatch(quiet);
    expect(textOf(notes[0]!)).not.toMatch(claimsAnswer);
  });
});
