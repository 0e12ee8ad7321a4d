/**
 * R40: a user deletes a message (message_deleted). Never a turn, never answered as a new message. When
 * the bot still uses a fact it read from that message, one short note where it was, in the
 * conversation's language: the facts stay, and how to correct them. Nothing for a message it never
 * read, one it took nothing from, facts it no longer holds, or a second delivery of the deletion.
 */
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { eventCallback, mention, message, nextTs, post } from './signed';
import { settle } from './press-kit';

jest.setTimeout(60000);

const posts = (h: Harness): Call[] => h.fake.of('chat.postMessage');
const textOf = (c: Call): string => JSON.stringify(c.body.blocks ?? '') + String(c.body.text ?? '');
const deleted = (channel: string, channelType: string, prev: Record<string, unknown>) =>
  eventCallback({ type: 'message', subtype: 'message_deleted', channel, channel_type: channelType, hidden: true, ts: nextTs(), deleted_ts: prev.ts, previous_message: { type: 'message', user: prev.user, text: prev.text, ts: prev.ts, ...(prev.thread_ts ? { thread_ts: prev.thread_ts } : {}) } });
const turns = (h: Harness, key: string): number => JSON.parse((h.db.prepare('SELECT state FROM conversations WHERE key = ?').get(key) as { state: string }).state).turns;

const EN_NOTE = /was deleted.*still part of this case.*start over/s;
const JA_NOTE = /削除されたようです.*引き続き使っています.*最初からやり直す/s;

describe('R40: deleted messages', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
    h.fake.locales.set('UJA', 'ja-JP');
  });
  afterEach(async () => h.close());

  async function thread() {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1, endpoints on CE 9.15 show No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    const rootTs = root.ts as string;
    const say = async (text: string) => {
      const m = message('C1', 'channel', 'UALICE', text, { thread_ts: rootTs });
      await post(h.port, eventCallback(m));
      await settle(h, 300);
      return m;
    };
    return { root, rootTs, key: `C1:${rootTs}`, say };
  }

  it('a deleted thread reply the bot took facts from: one note in the thread (EN), no turn, not twice', async () => {
    const { rootTs, key, say } = await thread();
    const sql = await say('SQL Server 2016, security level Medium');
    const before = posts(h).length;
    const n = turns(h, key);
    await post(h.port, deleted('C1', 'channel', sql));
    await settle(h);
    const notes = posts(h).slice(before);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body.thread_ts).toBe(rootTs);
    expect(textOf(notes[0]!)).toMatch(EN_NOTE);
    expect(textOf(notes[0]!)).not.toMatch(/[\u3040-\u30ff]/);
    expect(turns(h, key)).toBe(n);
    // The same deletion delivered again (a retry, another event id): nothing more.
    await post(h.port, deleted('C1', 'channel', sql));
    await settle(h);
    expect(posts(h)).toHaveLength(before + 1);
  });

  it('several messages deleted: one note for the conversation, not one each', async () => {
    const { key, say } = await thread();
    const sent = [await say('SQL Server 2016'), await say('security level Medium'), await say('Windows Server 2019')];
    const before = posts(h).length;
    for (const m of sent) await post(h.port, deleted('C1', 'channel', m));
    await settle(h);
    const notes = posts(h).slice(before);
    expect(notes).toHaveLength(1);
    expect(textOf(notes[0]!)).toMatch(EN_NOTE);
    expect(turns(h, key)).toBeGreaterThan(0);
  });

  it('the thread root (the mention) deleted: the note goes in its thread', async () => {
    const { root, rootTs } = await thread();
    const before = posts(h).length;
    await post(h.port, deleted('C1', 'channel', { ...root, text: root.text }));
    await settle(h);
    const notes = posts(h).slice(before);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body.thread_ts).toBe(rootTs);
  });

  it('in a Japanese DM: the note in Japanese, in the DM', async () => {
    const m = message('D1', 'im', 'UJA', 'TMS 15.2.1 で、エンドポイントは CE 9.15、SQL 2016 です');
    await post(h.port, eventCallback(m));
    await h.fake.waitFor(() => posts(h).length >= 1);
    await settle(h);
    const before = posts(h).length;
    await post(h.port, deleted('D1', 'im', m));
    await settle(h);
    const notes = posts(h).slice(before);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body.channel).toBe('D1');
    expect(textOf(notes[0]!)).toMatch(JA_NOTE);
  });

  it('silent for a message never read, one without facts, facts no longer held, and a bot message', async () => {
    const { rootTs, key, say } = await thread();
    const thanks = await say('thanks, checking now');
    const level = await say('security level is Medium');
    await say('sorry, the security level is High');
    const before = posts(h).length;
    const n = turns(h, key);
    // Never read: a reply in a thread the bot was not asked into, and a DM message never delivered.
    await post(h.port, deleted('C1', 'channel', { user: 'UALICE', text: 'SQL 2016', ts: nextTs(), thread_ts: '1600000000.000001' }));
    await post(h.port, deleted('D9', 'im', { user: 'UALICE', text: 'SQL 2016', ts: nextTs() }));
    // Read, but nothing taken from it; read, but its value was corrected since.
    await post(h.port, deleted('C1', 'channel', thanks));
    await post(h.port, deleted('C1', 'channel', level));
    // A bot's message.
    await post(h.port, eventCallback({ type: 'message', subtype: 'message_deleted', channel: 'C1', channel_type: 'channel', hidden: true, ts: nextTs(), deleted_ts: '1.1', previous_message: { type: 'message', bot_id: 'BBOT', user: 'UBOT', text: 'TMS 15.2.1', ts: '1.1', thread_ts: rootTs } }));
    // A deletion without its previous message (as Slack sends for some): nothing, no crash.
    await post(h.port, eventCallback({ type: 'message', subtype: 'message_deleted', channel: 'C1', channel_type: 'channel', hidden: true, ts: nextTs(), deleted_ts: '1.2' }));
    await settle(h);
    expect(posts(h)).toHaveLength(before);
    expect(turns(h, key)).toBe(n);
  });

  it('after start over: the facts are gone, so no note', async () => {
    const { key, say } = await thread();
    const sql = await say('SQL Server 2016');
    await say('start over');
    const before = posts(h).length;
    const n = turns(h, key);
    await post(h.port, deleted('C1', 'channel', sql));
    await settle(h);
    expect(posts(h)).toHaveLength(before);
    expect(turns(h, key)).toBe(n);
  });
});
