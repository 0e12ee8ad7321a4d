/**
 * QA33 F3: an edit of the thread's opening mention (the ticket itself, the message most often edited)
 * gets the same one note an edit of a reply gets: in the thread, in its language, once per conversation
 * generation (an edit of a reply afterwards says nothing more). With and without thread_ts === ts on the
 * edited message. A top-level channel message the bot never read, edited: nothing.
 * End to end: the real app behind signed requests, the local fake Web API.
 */
import { posts, settleTwice as settle, textOf } from './calls';
import { harnessEachTest, withLocales, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';

jest.setTimeout(60000);

const edit = (user: string, ts: string, root: string | undefined, before: string, after: string) =>
  eventCallback({
    type: 'message',
    subtype: 'message_changed',
    channel: 'C3',
    channel_type: 'channel',
    hidden: true,
    ts: `${ts}9`,
    message: { type: 'message', user, text: after, ts, ...(root ? { thread_ts: root } : {}), edited: { user, ts: `${ts}9` } },
    previous_message: { type: 'message', user, text: before, ts, ...(root ? { thread_ts: root } : {}) },
  });

describe.each([
  { lang: 'en', user: 'UALICE', ask: '<@UBOT> TMS 15.2.1, endpoints CE 9.15.3, level High, Windows 2019, SQL 2016 remote', fixed: '<@UBOT> TMS 15.2.1, endpoints CE 9.15.3, level Medium, Windows 2019, SQL 2016 remote', reply: 'Windows Server 2022 on the TMS server', note: /do not read edits.*new message/s, other: /[\u3040-\u30ff]/, withThreadTs: false },
  { lang: 'en (thread_ts === ts)', user: 'UALICE', ask: '<@UBOT> TMS 15.2.1, endpoints CE 9.15.3, level High, Windows 2019, SQL 2016 remote', fixed: '<@UBOT> TMS 15.2.1, endpoints CE 9.15.3, level Medium, Windows 2019, SQL 2016 remote', reply: 'Windows Server 2022 on the TMS server', note: /do not read edits.*new message/s, other: /[\u3040-\u30ff]/, withThreadTs: true },
  { lang: 'ja', user: 'UJA', ask: '<@UBOT> TMS 15.2.1 で CE 9.15.3 の端末が No HTTPS response、レベルは High です', fixed: '<@UBOT> TMS 15.2.1 で CE 9.15.3 の端末が No HTTPS response、レベルは Medium です', reply: 'TMS サーバは Windows Server 2022 です', note: /編集後の内容は読み取らない.*新しいメッセージ/s, other: /do not read edits/, withThreadTs: false },
])('an edit of the thread\'s opening mention, $lang (QA33 F3)', ({ user, ask, fixed, reply, note, other, withThreadTs }) => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));

  it('gets one note in the thread, in its language; a later edit of a reply says nothing more', async () => {
    const root = mention('C3', user, ask);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    const rootTs = root.ts as string;
    const said = message('C3', 'channel', user, reply, { thread_ts: rootTs });
    await post(h.port, eventCallback(said));
    await settle(h);
    const n = posts(h).length;
    await post(h.port, edit(user, rootTs, withThreadTs ? rootTs : undefined, ask, fixed));
    await h.fake.waitFor(() => posts(h).length > n);
    await settle(h);
    const notes = posts(h).slice(n);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body.thread_ts).toBe(rootTs);
    expect(textOf(notes[0]!)).toMatch(note);
    expect(textOf(notes[0]!)).not.toMatch(other);
    // The same note, once per conversation: an edit of a reply now adds nothing.
    await post(h.port, edit(user, said.ts as string, rootTs, reply, `${reply}!`));
    await settle(h);
    expect(posts(h)).toHaveLength(n + 1);
  });
});

describe('an edit of a top-level channel message the bot never read (QA33 F3)', () => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));

  it('says nothing, even in a channel where the bot has a thread', async () => {
    const root = mention('C3', 'UALICE', '<@UBOT> TMS 15.2.1, endpoints CE 9.15.3');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    const plain = message('C3', 'channel', 'UBOB', 'lunch at noon?');
    await post(h.port, eventCallback(plain));
    await settle(h);
    const n = posts(h).length;
    await post(h.port, edit('UBOB', plain.ts as string, undefined, 'lunch at noon?', 'lunch at one?'));
    await settle(h);
    expect(posts(h)).toHaveLength(n);
  });
});
