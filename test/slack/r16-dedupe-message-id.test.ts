/**
 * Message events are deduplicated by the message's id (`msg:<channel>:<ts>`), claimed in the turn's transaction;
 * the event id is no longer claimed beside it (src/store/port.ts dedupeClaims). A duplicate delivery must never
 * be answered twice: a Slack retry, the same message under another event id, a thread broadcast's retry, the
 * words of a shared file, and a retry of an event an older build answered (its rows: both ids).
 */
import { startHarness, type Harness } from './harness';
import { eventCallback, mention, message, nextTs, post } from './signed';

jest.setTimeout(60000);

const settle = async (h: Harness, ms = 250) => {
  await new Promise((r) => setTimeout(r, ms));
  await h.bot.idle();
  await new Promise((r) => setTimeout(r, 50));
  await h.bot.idle();
};
const posts = (h: Harness) => h.fake.of('chat.postMessage');
const seen = (h: Harness, id: string): boolean => h.db.prepare('SELECT 1 FROM seen_events WHERE id = ?').get(id) !== undefined;

describe('message events: one answer per message, deduplicated by its id', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());

  it('a DM retried by Slack and delivered again under another event id is answered once', async () => {
    const m = message('D1', 'im', 'UALICE', 'TMS 15.2.1 shows No HTTPS response');
    const body = eventCallback(m, 'EvDM1');
    await post(h.port, body);
    await h.fake.waitFor(() => posts(h).length === 1);
    await post(h.port, body, { retryNum: 1 });
    await post(h.port, body, { retryNum: 2 });
    await post(h.port, eventCallback(m, 'EvDM1-AGAIN'));
    await settle(h);
    expect(posts(h)).toHaveLength(1);
    expect((await h.store.conversations.get('D1'))!.state.turns).toBe(1);
    expect(seen(h, `msg:D1:${m.ts}`)).toBe(true);
    expect(seen(h, 'ev:EvDM1')).toBe(false);
  });

  it('a thread follow-up and a thread broadcast, each retried, are answered once each', async () => {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1 and No HTTPS response');
    await post(h.port, eventCallback(root, 'EvROOT'));
    await h.fake.waitFor(() => posts(h).length === 1);
    await post(h.port, eventCallback(root, 'EvROOT'), { retryNum: 1 });
    const follow = eventCallback(message('C1', 'channel', 'UBOB', 'endpoints run CE 9.15.3', { thread_ts: root.ts }), 'EvFOLLOW');
    await post(h.port, follow);
    await h.fake.waitFor(() => posts(h).length === 2);
    await post(h.port, follow, { retryNum: 1 });
    const cast = eventCallback(message('C1', 'channel', 'UBOB', 'SQL Server 2016', { thread_ts: root.ts, subtype: 'thread_broadcast' }), 'EvCAST');
    await post(h.port, cast);
    await h.fake.waitFor(() => posts(h).length === 3);
    await post(h.port, cast, { retryNum: 1 });
    await settle(h);
    expect(posts(h)).toHaveLength(3);
    expect((await h.store.conversations.get(`C1:${root.ts}`))!.state.turns).toBe(3);
  });

  it("a retry of an event an older build answered (its rows: the event id and the message id) is not answered again", async () => {
    const ts = nextTs();
    // As every earlier build claimed a message turn: both ids in one transaction.
    const t = Date.now();
    h.db.prepare('INSERT INTO seen_events(id, seen_at) VALUES (?, ?), (?, ?)').run('ev:EvOLD', t, `msg:D1:${ts}`, t);
    await post(h.port, eventCallback({ ...message('D1', 'im', 'UALICE', 'TMS 15.2.1'), ts }, 'EvOLD'), { retryNum: 1 });
    await settle(h, 400);
    expect(posts(h)).toHaveLength(0);
    expect(await h.store.conversations.get('D1')).toBeNull();
  });
});
