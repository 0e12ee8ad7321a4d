/**
 * End-to-end: the real Bolt app in HTTP mode with the REAL engine, signed requests, a fake Slack
 * Web API. Mentions, thread follow-ups, DMs, dedupe, signatures, bot loops, restart, escaping.
 * (Only the engine-failure case uses a test double, to make the engine throw.)
 */
import type { ConversationState } from '../../src/conversation/types';
import { echoEngine } from './echo-engine';
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { eventCallback, mention, message, nextTs, post, sign, SECRET } from './signed';

const settle = async (h: Harness, ms = 150) => {
  await new Promise((r) => setTimeout(r, ms));
  await h.bot.idle();
};

const posts = (h: Harness): Call[] => h.fake.of('chat.postMessage');
const allText = (c: Call): string => JSON.stringify(c.body.blocks ?? []) + String(c.body.text ?? '');
const stateOf = async (h: Harness, key: string): Promise<ConversationState | undefined> => (await h.bot.deps.store.conversations.get(key))?.state;

describe('Slack app end to end (HTTP mode, signed requests, fake Web API, real engine)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('answers url_verification with the challenge', async () => {
    const res = await post(h.port, JSON.stringify({ token: 't', challenge: 'ch-123', type: 'url_verification' }));
    expect(res.status).toBe(200);
    expect(res.text).toContain('ch-123');
  });

  it('answers a mention in a thread under it, reading the text without the mention', async () => {
    const ev = mention('C1', 'UALICE', '<@UBOT> TMS 15.2 says No HTTPS response');
    const res = await post(h.port, eventCallback(ev));
    expect(res.status).toBe(200);
    await h.fake.waitFor(() => posts(h).length === 1);
    const c = posts(h)[0]!;
    expect(c.body.channel).toBe('C1');
    expect(c.body.thread_ts).toBe(ev.ts);
    expect(allText(c)).toContain('TMS 15.2');
    expect((await stateOf(h, `C1:${ev.ts}`))!.facts.tms!.semver).toBe('15.2.0');
    expect(c.body.text.length).toBeGreaterThan(0); // notification fallback
  });

  it('continues a thread it was asked into without a new mention, and ignores other threads', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1 shows No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    // a follow-up in the same thread, no mention
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', 'endpoints run CE 9.15.3', { thread_ts: root.ts })));
    await h.fake.waitFor(() => posts(h).length === 2);
    expect(posts(h)[1]!.body.thread_ts).toBe(root.ts);
    expect(allText(posts(h)[1]!)).toContain('CE 9.15.3');
    expect((await stateOf(h, `C1:${root.ts}`))!.turns).toBe(2);
    // an unrelated thread, a top-level channel message, and another channel: ignored
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', 'SQL is 2012', { thread_ts: '1690000000.000001' })));
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', 'hello channel')));
    await post(h.port, eventCallback(message('C2', 'group', 'UBOB', 'private follow', { thread_ts: root.ts })));
    await settle(h);
    expect(posts(h)).toHaveLength(2);
    expect(await stateOf(h, 'C1:1690000000.000001')).toBeUndefined();
  });

  it('leaves a thread message that opens by addressing someone else to them, and answers the rest', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1 shows No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    // A line opening with <!here>/<!channel> is addressed to everyone, the bot too, and is read (r33-broadcast.test.ts).
    for (const text of ['<@UBOB> can you check the endpoint version?', ' <@UBOB|bob> CE 9.15.3?', '<!subteam^S0TMS|@tms-admins> ping'])
      await post(h.port, eventCallback(message('C1', 'channel', 'UALICE', text, { thread_ts: root.ts })));
    await settle(h, 300);
    expect(posts(h)).toHaveLength(1);
    expect((await stateOf(h, `C1:${root.ts}`))!.turns).toBe(1);
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', 'endpoints are on CE 9.15.3, thanks <@UALICE>', { thread_ts: root.ts })));
    await h.fake.waitFor(() => posts(h).length === 2);
    expect((await stateOf(h, `C1:${root.ts}`))!.facts.endpoint?.semver).toBe('9.15.3');
  });

  it('stays quiet on a file or attachments without text in a thread, and still answers the next words', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1 shows No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', '', { thread_ts: root.ts, subtype: 'file_share', files: [{ id: 'F1', name: 'capture.pcapng' }] })));
    await post(h.port, eventCallback(message('C1', 'channel', 'UCAROL', '', { thread_ts: root.ts, attachments: [{ fallback: 'link', text: 'unfurl' }] })));
    await settle(h, 300);
    expect(posts(h)).toHaveLength(1);
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', 'here is the capture, endpoints on CE 9.15.3', { thread_ts: root.ts, subtype: 'file_share', files: [{ id: 'F2' }] })));
    await h.fake.waitFor(() => posts(h).length === 2);
    expect((await stateOf(h, `C1:${root.ts}`))!.facts.endpoint?.semver).toBe('9.15.3');
  });

  it('in a group DM (mpim): answers a mention in a thread, continues that thread, ignores other messages', async () => {
    const root = mention('G1', 'UALICE', '<@UBOT> TMS 15.2.1 No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    expect(posts(h)[0]!.body).toMatchObject({ channel: 'G1', thread_ts: root.ts });
    await post(h.port, eventCallback(message('G1', 'mpim', 'UBOB', 'CE 9.15.3', { thread_ts: root.ts })));
    await h.fake.waitFor(() => posts(h).length === 2);
    await post(h.port, eventCallback(message('G1', 'mpim', 'UBOB', 'lunch?')));
    await settle(h);
    expect(posts(h)).toHaveLength(2);
    expect((await stateOf(h, `G1:${root.ts}`))!.facts.endpoint?.semver).toBe('9.15.3');
  });

  it('a reply also sent to the channel (thread_broadcast) is a turn of its thread, answered in the thread once', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1 No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    const bc = message('C1', 'channel', 'UBOB', 'endpoints are on CE 9.15.3', { thread_ts: root.ts, subtype: 'thread_broadcast' });
    await post(h.port, eventCallback(bc));
    await post(h.port, eventCallback(bc)); // a second delivery of the same message
    await h.fake.waitFor(() => posts(h).length === 2);
    await settle(h);
    expect(posts(h)).toHaveLength(2);
    expect(posts(h)[1]!.body.thread_ts).toBe(root.ts);
    expect((await stateOf(h, `C1:${root.ts}`))!.facts.endpoint?.semver).toBe('9.15.3');
  });

  it('does not double-handle a thread message that is also an app_mention', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> start');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    const ts = nextTs();
    const text = '<@UBOT> and SQL 2014';
    await Promise.all([
      post(h.port, eventCallback(mention('C1', 'UALICE', text, ts, root.ts as string))),
      post(h.port, eventCallback({ ...message('C1', 'channel', 'UALICE', text, { thread_ts: root.ts }), ts })),
    ]);
    await settle(h);
    expect(posts(h)).toHaveLength(2);
    expect((await stateOf(h, `C1:${root.ts}`))!.turns).toBe(2);
  });

  it('holds one conversation per DM and per DM thread; a DM thread starts from what the DM knew', async () => {
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'TMS 15.2.1')));
    await h.fake.waitFor(() => posts(h).length === 1);
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'CE 9.15.3')));
    await h.fake.waitFor(() => posts(h).length === 2);
    expect(posts(h)[1]!.body.channel).toBe('D1');
    expect(posts(h)[1]!.body.thread_ts).toBeUndefined();
    expect(await stateOf(h, 'D1')).toMatchObject({ turns: 2, facts: { tms: { semver: '15.2.1' }, endpoint: { semver: '9.15.3' } } });
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'SQL 2016', { thread_ts: '1711111111.000001' })));
    await h.fake.waitFor(() => posts(h).length === 3);
    expect(posts(h)[2]!.body.thread_ts).toBe('1711111111.000001');
    // "Reply in thread" under an answer is a follow-up: TMS and endpoint carry over, SQL is added
    expect(await stateOf(h, 'D1:1711111111.000001')).toMatchObject({ facts: { tms: { semver: '15.2.1' }, endpoint: { semver: '9.15.3' }, sql: { year: 2016 } } });
    // ...and goes its own way: the DM-level conversation is untouched
    expect(await stateOf(h, 'D1')).toMatchObject({ turns: 2 });
    expect((await stateOf(h, 'D1'))!.facts.sql).toBeUndefined();
    // a second DM's thread does not see the first DM
    await post(h.port, eventCallback(message('D2', 'im', 'UBOB', 'SQL 2016', { thread_ts: '1711111111.000002' })));
    await h.fake.waitFor(() => posts(h).length === 4);
    expect((await stateOf(h, 'D2:1711111111.000002'))!.facts.tms).toBeUndefined();
  });

  it('"same versions as before" in a DM thread keeps what the DM knew and says so; a value the DM never had is asked for, not guessed (EN/JA)', async () => {
    const inThread = (ts: string) => posts(h).filter((c) => c.body.thread_ts === ts);
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'TMS 15.2.1, CE 9.15.3, SQL 2016')));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'same versions as before', { thread_ts: '1711111111.000001' })));
    await h.fake.waitFor(() => inThread('1711111111.000001').length >= 2);
    await settle(h);
    // The note first, then the answer's card for the thread.
    const [note, card] = inThread('1711111111.000001');
    expect(allText(note!)).toContain('This conversation already has TMS 15.2.1 · CE 9.15.3 · SQL Server 2016');
    expect(allText(card!)).toContain('mark-failing');
    expect((await stateOf(h, 'D1:1711111111.000001'))!.facts).toEqual((await stateOf(h, 'D1'))!.facts);
    await post(h.port, eventCallback(message('D2', 'im', 'UBOB', 'TMS 15.2.1、CE 9.15.3 です')));
    await h.fake.waitFor(() => posts(h).some((c) => c.body.channel === 'D2'));
    await settle(h);
    await post(h.port, eventCallback(message('D2', 'im', 'UBOB', '前回と同じです', { thread_ts: '1711111111.000002' })));
    await h.fake.waitFor(() => inThread('1711111111.000002').length >= 1);
    await settle(h);
    expect(inThread('1711111111.000002').map(allText).join('\n')).toContain('ほかの件の内容は覚えていません');
    expect((await stateOf(h, 'D2:1711111111.000002'))!).toMatchObject({ pending: 'need-sql-version' });
    expect((await stateOf(h, 'D2:1711111111.000002'))!.facts.sql).toBeUndefined();
  });

  it('never answers itself, other bots, edits or deletions', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> go');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    const before = posts(h).length;
    await post(h.port, eventCallback(message('D1', 'im', 'UBOT', 'my own words')));
    await post(h.port, eventCallback(message('D1', 'im', 'UOTHER', 'bot words', { bot_id: 'BOTHER', subtype: 'bot_message' })));
    await post(h.port, eventCallback(message('D1', 'im', 'UOTHER', 'bot words', { bot_id: 'BOTHER' })));
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOT', 'echo', { thread_ts: root.ts, bot_id: 'BBOT' })));
    await post(h.port, eventCallback({ type: 'message', subtype: 'message_changed', channel: 'C1', channel_type: 'channel', ts: nextTs(), hidden: true, message: { type: 'message', user: 'UALICE', text: 'edited', ts: root.ts, thread_ts: root.ts }, previous_message: { type: 'message', user: 'UALICE', text: 'x', ts: root.ts } }));
    await post(h.port, eventCallback({ type: 'message', subtype: 'message_deleted', channel: 'D1', channel_type: 'im', ts: nextTs(), hidden: true, deleted_ts: '1.0' }));
    await post(h.port, eventCallback(message('C1', 'channel', 'UALICE', 'joined', { subtype: 'channel_join', thread_ts: root.ts })));
    await settle(h);
    expect(posts(h)).toHaveLength(before);
    expect((await stateOf(h, `C1:${root.ts}`))!.turns).toBe(1);
    expect(await stateOf(h, 'D1')).toBeUndefined();
  });

  it('does not post twice for a Slack retry (x-slack-retry-num) or a duplicate event_id', async () => {
    const ev = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1');
    const body = eventCallback(ev, 'EvSAME1');
    await post(h.port, body);
    await h.fake.waitFor(() => posts(h).length === 1);
    await post(h.port, body, { retryNum: 1 });
    await post(h.port, body, { retryNum: 2 });
    // same message delivered under a different event id
    await post(h.port, eventCallback(ev, 'EvOTHER'));
    await settle(h);
    expect(posts(h)).toHaveLength(1);
    expect((await stateOf(h, `C1:${ev.ts}`))!.turns).toBe(1);
    // and the dedupe is durable: it lives in SQLite, under the message's id (its event id is not claimed beside it)
    const n = (h.db.prepare('SELECT COUNT(*) AS n FROM seen_events WHERE id = ?').get(`msg:C1:${ev.ts}`) as { n: number }).n;
    expect(n).toBe(1);
  });

  it('rejects bad and stale signatures with 401 and posts nothing', async () => {
    const body = eventCallback(mention('C1', 'UALICE', '<@UBOT> sneaky'));
    const bad = await post(h.port, body, { secret: 'wrong-secret' });
    expect(bad.status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 10 * 60;
    const old = await post(h.port, body, { ts: stale, signature: sign(SECRET, stale, body) });
    expect(old.status).toBe(401);
    const garbage = await post(h.port, body, { signature: 'v0=deadbeef' });
    expect(garbage.status).toBe(401);
    await settle(h);
    expect(posts(h)).toHaveLength(0);
    expect(await h.bot.deps.store.conversations.count()).toBe(0);
  });

  it('survives a restart in the middle of a thread (same SQLite file)', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1 and No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    await h.restart();
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', 'CE 9.15.3', { thread_ts: root.ts })));
    await h.fake.waitFor(() => posts(h).length === 2);
    expect(allText(posts(h)[1]!)).toContain('TMS 15.2.1');
    expect(await stateOf(h, `C1:${root.ts}`)).toMatchObject({ turns: 2, facts: { tms: { semver: '15.2.1' }, endpoint: { semver: '9.15.3' } } });
    // a retry of the pre-restart event is still recognised
    await post(h.port, eventCallback(root, 'EvNew'), { retryNum: 1 });
    await settle(h);
    expect(posts(h)).toHaveLength(2);
  });

  it('keeps quick messages in one thread in order, losing no state', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> go');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    await Promise.all(['TMS 15.2.1', 'CE 9.15.3', 'SQL 2016', 'Windows 2016'].map((t) => post(h.port, eventCallback(message('C1', 'channel', 'UBOB', t, { thread_ts: root.ts })))));
    await h.fake.waitFor(() => posts(h).length >= 5);
    await settle(h);
    expect(await stateOf(h, `C1:${root.ts}`)).toMatchObject({ turns: 5, facts: { tms: { semver: '15.2.1' }, endpoint: { semver: '9.15.3' }, sql: { year: 2016 }, windows: { year: 2016 } } });
  });

  it('escapes hostile text the engine echoes, so it cannot ping or link', async () => {
    // In a DM: in a channel thread a line that mentions someone is left to them, and one with nothing to
    // read gets no reply (r51c-thread-chatter.test.ts), so nothing there is echoed.
    await post(h.port, eventCallback(message('D1', 'im', 'UBOB', 'TMS 15.2.1 No HTTPS response')));
    await h.fake.waitFor(() => posts(h).length === 1);
    const hostile = 'see <!channel> <!here> <@U123ADMIN> <https://evil.example|click me> & <#C999>';
    await post(h.port, eventCallback(message('D1', 'im', 'UBOB', hostile)));
    await h.fake.waitFor(() => posts(h).length === 2);
    const c = posts(h)[1]!;
    const everything = allText(c);
    for (const bad of ['<!channel>', '<!here>', '<@U123ADMIN>', '<https://evil', '<#C999>']) expect(everything).not.toContain(bad);
    // read as the user saw it (Slack's markup decoded), echoed as inert text
    expect(everything).toContain('see @channel @here @U123ADMIN click me');
    expect(c.body.text).not.toMatch(/<[!@#h]/);
  });

  it('reads the entities Slack sends (&amp; &lt; &gt;) as characters and escapes them once on the way out', async () => {
    // What the user typed: <!channel> & x<y "a>b" &lt;  (Slack escapes & < > and keeps real mentions as markup)
    const wire = '&lt;!channel&gt; &amp; x&lt;y "a&gt;b" &amp;lt; <!here>';
    await post(h.port, eventCallback(message('D9', 'im', 'UALICE', 'TMS 15.2.1')));
    await h.fake.waitFor(() => posts(h).length === 1);
    await post(h.port, eventCallback(message('D9', 'im', 'UALICE', wire)));
    await h.fake.waitFor(() => posts(h).length === 2);
    const c = posts(h)[1]!;
    const everything = allText(c);
    expect(everything).toContain('&lt;!channel&gt; &amp; x&lt;y \\"a&gt;b\\" &amp;lt; @here');
    expect(everything).not.toContain('&amp;lt;!channel');
    expect(everything).not.toContain('&amp;amp;');
    expect(everything).not.toContain('<!');
  });

});

describe('engine failure (test double that throws)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ engine: echoEngine });
  });
  afterEach(async () => h.close());

  it('tells the user when the engine fails, keeps the state, and does not crash', async () => {
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'hello')));
    await h.fake.waitFor(() => posts(h).length === 1);
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'CRASH')));
    await h.fake.waitFor(() => h.fake.of('chat.postEphemeral').length === 1);
    expect(h.fake.of('chat.postEphemeral')[0]!.body.user).toBe('UALICE');
    expect((await h.bot.deps.store.conversations.get('D1'))!.state.turns).toBe(1);
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'fine now')));
    await h.fake.waitFor(() => posts(h).length === 2);
    expect(allText(posts(h)[1]!)).toContain('turn=2');
  });
});
