/**
 * Edits of a message the bot already answered (QA round 25, L3): edits are not read, so the bot says
 * so once in the thread, in the thread's language, asking for the correction as a new message. Not
 * for an unfurl (same text), not twice, not for a message it never read.
 */
import { posts, settleTwice as settle, textOf } from './calls';
import { harnessEachTest, withLocales, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';

jest.setTimeout(60000);

const edit = (user: string, ts: string, root: string, before: string, after: string) =>
  eventCallback({ type: 'message', subtype: 'message_changed', channel: 'C1', channel_type: 'channel', hidden: true, ts: `${ts}9`, message: { type: 'message', user, text: after, ts, thread_ts: root, edited: { user, ts: `${ts}9` } }, previous_message: { type: 'message', user, text: before, ts, thread_ts: root } });

describe.each([
  { lang: 'en', user: 'UBOB', ask: 'TMS 15.9, endpoints on CE 9.15.3 show No HTTPS response', line: 'Windows Server 2012 R2 on the TMS server', fixed: 'Windows Server 2016 on the TMS server', note: /do not read edits.*new message/s, other: /[\u3040-\u30ff]/ },
  { lang: 'ja', user: 'UJA', ask: 'TMS 15.9 で CE 9.15.3 の端末が No HTTPS response', line: 'TMS サーバは Windows Server 2012 R2 です', fixed: 'TMS 14.6.2 でした', note: /編集後の内容は読み取らない.*新しいメッセージ/s, other: /do not read edits/ },
])('an edit in a $lang thread (QA25 L3)', ({ user, ask, line, fixed, note, other }) => {
  let h: Harness;
  harnessEachTest((started) => (h = withLocales(started)));

  it('says once, in the thread and its language, that edits are not read; not for an unfurl, a second edit, or an unread message', async () => {
    const root = mention('C1', user, `<@UBOT> ${ask}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    const rootTs = root.ts as string;
    const said = message('C1', 'channel', user, line, { thread_ts: rootTs });
    const n0 = posts(h).length;
    await post(h.port, eventCallback(said));
    await settle(h);
    const n1 = posts(h).length;
    expect(n1).toBeGreaterThanOrEqual(n0);
    // An unfurl: message_changed with the same text.
    await post(h.port, eventCallback({ type: 'message', subtype: 'message_changed', channel: 'C1', channel_type: 'channel', hidden: true, ts: '1799999999.000001', message: { type: 'message', user, text: line, ts: said.ts, thread_ts: rootTs, attachments: [{}] }, previous_message: { type: 'message', user, text: line, ts: said.ts, thread_ts: rootTs } }));
    await settle(h);
    expect(posts(h)).toHaveLength(n1);
    await post(h.port, edit(user, said.ts as string, rootTs, line, fixed));
    await h.fake.waitFor(() => posts(h).length > n1);
    await settle(h);
    const notes = posts(h).slice(n1);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body.thread_ts).toBe(rootTs);
    expect(textOf(notes[0]!)).toMatch(note);
    expect(textOf(notes[0]!)).not.toMatch(other);
    // Edited again: nothing more. A message the bot never read (addressed to someone else), edited: nothing.
    await post(h.port, edit(user, said.ts as string, rootTs, fixed, `${fixed} (2)`));
    const aside = message('C1', 'channel', user, '<@UCAROL> can you check the SQL version?', { thread_ts: rootTs });
    await post(h.port, eventCallback(aside));
    await settle(h);
    await post(h.port, edit(user, aside.ts as string, rootTs, '<@UCAROL> can you check the SQL version?', '<@UCAROL> can you check the Windows version?'));
    await settle(h);
    expect(posts(h).slice(n1 + 1).map(textOf)).toEqual([]);
  });
});

describe('an edit delivered before its message (out of order, a retry, another replica)', () => {
  let h: Harness;
  harnessEachTest((started) => (h = started));

  it('takes nothing from the message: the message, when it comes, is read and answered', async () => {
    const root = mention('C1', 'UBOB', '<@UBOT> TMS 15.9, endpoints on CE 9.15.3 show No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    const rootTs = root.ts as string;
    const said = message('C1', 'channel', 'UBOB', 'SQL Server 2016 on another server, Windows Server 2019', { thread_ts: rootTs });
    const n0 = posts(h).length;
    // The edit first: no note (the message was never read), and nothing claimed on its behalf.
    await post(h.port, edit('UBOB', said.ts as string, rootTs, 'SQL Server 2016 on another server', 'SQL Server 2016 on another server, Windows Server 2019'));
    await settle(h);
    expect(posts(h)).toHaveLength(n0);
    await post(h.port, eventCallback(said));
    await settle(h);
    const after = posts(h).slice(n0).map(textOf).join('\n');
    expect(after).toMatch(/2019/);
    expect(after).not.toMatch(/do not read edits/);
  });
});
