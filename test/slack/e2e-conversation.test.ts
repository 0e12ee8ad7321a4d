/**
 * End-to-end: the real Bolt app in HTTP mode, signed requests, a fake Slack Web API.
 * Mentions, thread follow-ups, DMs, dedupe, signatures, bot loops, restart, escaping.
 */
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

describe('Slack app end to end (HTTP mode, signed requests, fake Web API)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ engine: echoEngine });
  });
  afterEach(async () => {
    await h.close();
  });

  it('answers url_verification with the challenge', async () => {
    const res = await post(h.port, JSON.stringify({ token: 't', challenge: 'ch-123', type: 'url_verification' }));
    expect(res.status).toBe(200);
    expect(res.text).toContain('ch-123');
  });

  it('answers a mention in a thread under it, without the mention in the text', async () => {
    const ev = mention('C1', 'UALICE', '<@UBOT> TMS 15.2 says No HTTPS response');
    const res = await post(h.port, eventCallback(ev));
    expect(res.status).toBe(200);
    const [c] = await h.fake.waitFor((cs) => cs.some((x) => x.method === 'chat.postMessage')).then(() => posts(h));
    expect(c!.body.channel).toBe('C1');
    expect(c!.body.thread_ts).toBe(ev.ts);
    expect(allText(c!)).toContain('text:TMS 15.2 says No HTTPS response');
    expect(allText(c!)).not.toContain('UBOT');
    expect(c!.body.text.length).toBeGreaterThan(0); // notification fallback
  });

  it('continues a thread it was asked into without a new mention, and ignores other threads', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> help please');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    // a follow-up in the same thread, no mention
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', 'SQL is 2012', { thread_ts: root.ts })));
    await h.fake.waitFor(() => posts(h).length === 2);
    expect(posts(h)[1]!.body.thread_ts).toBe(root.ts);
    expect(allText(posts(h)[1]!)).toContain('turn=2');
    // an unrelated thread and a top-level channel message: ignored
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', 'SQL is 2012', { thread_ts: '1690000000.000001' })));
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', 'hello channel')));
    await post(h.port, eventCallback(message('C2', 'group', 'UBOB', 'private follow', { thread_ts: root.ts })));
    await settle(h);
    expect(posts(h)).toHaveLength(2);
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
  });

  it('holds one conversation per DM and per DM thread', async () => {
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'first')));
    await h.fake.waitFor(() => posts(h).length === 1);
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'second')));
    await h.fake.waitFor(() => posts(h).length === 2);
    expect(posts(h)[1]!.body.channel).toBe('D1');
    expect(posts(h)[1]!.body.thread_ts).toBeUndefined();
    expect(allText(posts(h)[1]!)).toContain('turn=2');
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'in a thread', { thread_ts: '1711111111.000001' })));
    await h.fake.waitFor(() => posts(h).length === 3);
    expect(posts(h)[2]!.body.thread_ts).toBe('1711111111.000001');
    expect(allText(posts(h)[2]!)).toContain('turn=1');
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
  });

  it('does not post twice for a Slack retry (x-slack-retry-num) or a duplicate event_id', async () => {
    const ev = mention('C1', 'UALICE', '<@UBOT> once');
    const body = eventCallback(ev, 'EvSAME1');
    await post(h.port, body);
    await h.fake.waitFor(() => posts(h).length === 1);
    await post(h.port, body, { retryNum: 1 });
    await post(h.port, body, { retryNum: 2 });
    // same message delivered under a different event id
    await post(h.port, eventCallback(ev, 'EvOTHER'));
    await settle(h);
    expect(posts(h)).toHaveLength(1);
    // and the dedupe is durable: it lives in SQLite
    const n = (h.db.prepare("SELECT COUNT(*) AS n FROM seen_events WHERE id = 'ev:EvSAME1'").get() as { n: number }).n;
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
  });

  it('survives a restart in the middle of a thread (same SQLite file)', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> before restart');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    await h.restart();
    await post(h.port, eventCallback(message('C1', 'channel', 'UBOB', 'after restart', { thread_ts: root.ts })));
    await h.fake.waitFor(() => posts(h).length === 2);
    expect(allText(posts(h)[1]!)).toContain('turn=2');
    // a retry of the pre-restart event is still recognised
    await post(h.port, eventCallback(root, 'EvNew'), { retryNum: 1 });
    await settle(h);
    expect(posts(h)).toHaveLength(2);
  });

  it('keeps two quick messages in one thread in order, losing no state', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> go');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    await Promise.all(['a', 'b', 'c', 'd'].map((t) => post(h.port, eventCallback(message('C1', 'channel', 'UBOB', t, { thread_ts: root.ts })))));
    await h.fake.waitFor(() => posts(h).length === 5);
    const turns = posts(h).slice(1).map((c) => /turn=(\d+)/.exec(allText(c))![1]);
    expect(turns).toEqual(['2', '3', '4', '5']);
  });

  it('escapes hostile text so it cannot ping or link', async () => {
    const hostile = '<!channel> <!here> <@U123ADMIN> <https://evil.example|click me> & <#C999>';
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', hostile)));
    await h.fake.waitFor(() => posts(h).length === 1);
    const c = posts(h)[0]!;
    const everything = allText(c);
    for (const bad of ['<!channel>', '<!here>', '<@U123ADMIN>', '<https://evil', '<#C999>']) expect(everything).not.toContain(bad);
    expect(everything).toContain('&lt;!channel&gt;');
    expect(c.body.text).not.toMatch(/<[!@#h]/);
  });

  it('tells the user when the engine fails, and does not crash', async () => {
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'CRASH')));
    await h.fake.waitFor(() => h.fake.of('chat.postEphemeral').length === 1);
    expect(h.fake.of('chat.postEphemeral')[0]!.body.user).toBe('UALICE');
    await post(h.port, eventCallback(message('D1', 'im', 'UALICE', 'fine now')));
    await h.fake.waitFor(() => posts(h).length === 1);
  });
});
