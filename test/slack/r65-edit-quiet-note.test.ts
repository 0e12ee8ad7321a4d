/**
 * An edit of a line the bot read in a shared thread and stayed silent on (people talking to each
 * other: "sure, calling them now", 「確認します」): the note no longer says the bot answered that
 * message; it says edits are not read and to send anything meant for the bot as a new message. Once
 * per conversation; an edit of a message the bot did answer still gets its own note.
 */
import { posts, settleTwice as settle, textOf } from './calls';
import { harnessEachTest, withLocales, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';

jest.setTimeout(60000);

const edit = (user: string, ts: string, root: string, before: string, after: string) =>
  eventCallback({ type: 'message', subtype: 'message_changed', channel: 'C1', channel_type: 'channel', hidden: true, ts: `${ts}9`, message: { type: 'message', user, text: after, ts, thread_ts: root, edited: { user, ts: `${ts}9` } }, previous_message: { type: 'message', user, text: before, ts, thread_ts: root } });

describe.each([
  { lang: 'en', user: 'UBOB', ask: 'TMS 15.9, endpoints on CE 9.15.3 show No HTTPS response', chat: 'sure, calling them now', chat2: 'sure, calling them in 5 min', answered: 'Windows Server 2012 R2 on the TMS server', quiet: /do not read edits.*new message/s, claimsAnswer: /already answered|my answer/, other: /[\u3040-\u30ff]/ },
  { lang: 'ja', user: 'UJA', ask: 'TMS 15.9 で CE 9.15.3 の端末が No HTTPS response', chat: '確認します', chat2: '後で確認します', answered: 'TMS サーバは Windows Server 2012 R2 です', quiet: /編集後の内容は読み取りません.*新しいメッセージ/s, claimsAnswer: /回答済み|回答は/, other: /do not read edits/ },
])('an edit of a line the bot stayed silent on ($lang)', ({ user, ask, chat, chat2, answered, quiet, claimsAnswer, other }) => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));

  it('says edits are not read without claiming an answer; once; an answered message edited later still gets its note', async () => {
    const root = mention('C1', user, `<@UBOT> ${ask}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    const rootTs = root.ts as string;
    const said = message('C1', 'channel', user, chat, { thread_ts: rootTs });
    const n0 = posts(h).length;
    await post(h.port, eventCallback(said));
    await settle(h);
    expect(posts(h)).toHaveLength(n0); // chatter: no reply
    await post(h.port, edit(user, said.ts as string, rootTs, chat, chat2));
    await h.fake.waitFor(() => posts(h).length > n0);
    await settle(h);
    const notes = posts(h).slice(n0);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body.thread_ts).toBe(rootTs);
    expect(textOf(notes[0]!)).toMatch(quiet);
    expect(textOf(notes[0]!)).not.toMatch(claimsAnswer);
    expect(textOf(notes[0]!)).not.toMatch(other);
    // Edited again: nothing more.
    await post(h.port, edit(user, said.ts as string, rootTs, chat2, `${chat2} (2)`));
    await settle(h);
    expect(posts(h)).toHaveLength(n0 + 1);
    // A message the bot answered, edited: the note about its answer.
    const read = message('C1', 'channel', user, answered, { thread_ts: rootTs });
    await post(h.port, eventCallback(read));
    await settle(h);
    const n1 = posts(h).length;
    expect(n1).toBeGreaterThan(n0 + 1);
    await post(h.port, edit(user, read.ts as string, rootTs, answered, `${answered} (2)`));
    await h.fake.waitFor(() => posts(h).length > n1);
    await settle(h);
    const later = posts(h).slice(n1);
    expect(later).toHaveLength(1);
    expect(textOf(later[0]!)).toMatch(claimsAnswer);
  });
});
