/**
 * How many statements a PostgreSQL turn sends. A turn runs the step on the conversation as this
 * process last saw it and sends one statement (tmsd_turn) that writes only if that is still
 * current; a key this process has never seen is guessed new. Counted at the pg client.
 */
import { Client } from 'pg';
import { postgresStore, type PostgresStore } from '../../src/store/postgres';
import type { TurnPlan, TurnRequest, TurnStep } from '../../src/store/port';
import { freshPgDatabase, pgUrl } from './backends';
import { metaStoreFor } from '../../src/store/meta';
import type { ConversationState } from '../../src/conversation/types';

const url = pgUrl();
const suite = url ? describe : describe.skip;

suite('PostgreSQL turn statements', () => {
  let dbUrl: string;
  let a: PostgresStore;
  let b: PostgresStore;
  const sent: string[] = [];
  const query = Client.prototype.query;

  beforeAll(async () => {
    dbUrl = await freshPgDatabase(url!, 'tmsd_turns');
    a = await postgresStore(dbUrl);
    b = await postgresStore(dbUrl);
    // Every statement any pool client sends, by the function it calls.
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const first = args[0] as string | { text?: string };
      const text = typeof first === 'string' ? first : (first?.text ?? '');
      if (/tmsd_turn\(/.test(text)) sent.push('turn');
      else if (/surface_meta/.test(text)) sent.push(text.trim().split(/\s+/)[0]!.toLowerCase());
      return (query as (...x: unknown[]) => unknown).apply(this, args);
    } as typeof query;
  }, 30_000);

  afterAll(async () => {
    Client.prototype.query = query;
    await a?.close();
    await b?.close();
  });

  const state = (n: number): ConversationState => ({ v: 1, lang: 'en', facts: {}, pending: null, turns: n }) as unknown as ConversationState;
  /** A step that counts its runs and what it was given. */
  const counting = () => {
    const seen: (number | null)[] = [];
    const step: TurnStep = (prev, seed) => {
      seen.push((prev ?? seed)?.state.turns ?? null);
      const n = ((prev ?? seed)?.state.turns ?? 0) + 1;
      const plan: TurnPlan = { state: state(n), replies: [], keepReplies: false, outbox: null, meta: { json: JSON.stringify({ status: 'open', n }), user: 'U1' } };
      return plan;
    };
    return { step, seen };
  };
  const req = (key: string, id: string, extra: Partial<TurnRequest> = {}): TurnRequest => ({ key, dedupe: [`ev:${id}`], withMeta: true, ...extra });

  it('a new thread (a key never seen, seeded from another never seen) is one statement and one step', async () => {
    sent.length = 0;
    const { step, seen } = counting();
    const r = await a.conversations.turn(req('D1:1.1', 'e1', { seedFrom: 'D1' }), step);
    expect(r.status).toBe('ok');
    expect(sent).toEqual(['turn']);
    expect(seen).toEqual([null]);
    // and the next turn of the thread too
    sent.length = 0;
    await a.conversations.turn(req('D1:1.1', 'e2'), step);
    expect(sent).toEqual(['turn']);
    expect(seen).toEqual([null, 1]);
  });

  it('a key another replica wrote (unseen here) runs on the stored row, after one answered guess', async () => {
    const { step: onA } = counting();
    await a.conversations.turn(req('C9:2.2', 'f1'), onA);
    await a.conversations.turn(req('C9:2.2', 'f2'), onA);
    sent.length = 0;
    const { step, seen } = counting();
    const r = await b.conversations.turn(req('C9:2.2', 'f3'), step);
    expect(r.status).toBe('ok');
    // guessed new, told the current row, ran again on it: the state continues from A's two turns
    expect(seen).toEqual([null, 2]);
    expect(sent).toEqual(['turn', 'turn']);
    expect(((await a.conversations.get('C9:2.2'))!.state as unknown as { turns: number }).turns).toBe(3);
    // B knows the key now: its next turn is one statement
    sent.length = 0;
    await b.conversations.turn(req('C9:2.2', 'f4'), step);
    expect(sent).toEqual(['turn']);
  });

  it('the turn and done statements are prepared once per connection (named), and keep working on it', async () => {
    const one = await postgresStore(dbUrl, { poolSize: 1 });
    try {
      const { step } = counting();
      for (let i = 0; i < 3; i++) {
        const r = await one.conversations.turn(req('D5:5.5', `p${i}`), (prev, seed, meta) => ({ ...step(prev, seed, meta), outbox: { target: { channel: 'D5', threadTs: '5.5' }, messages: [{ text: 'hi', blocks: [] }] } }));
        expect(r.status).toBe('ok');
        if (r.status === 'ok') for (const item of r.outbox) await one.outbox.done(item.id);
      }
      await one.conversations.turn({ key: 'D5:5.6', dedupe: ['ev:p9'] }, step);
      const names = (await one.pool.query<{ name: string }>('SELECT name FROM pg_prepared_statements ORDER BY name')).rows.map((r) => r.name);
      expect(names).toEqual(expect.arrayContaining(['tmsd_done_v5', 'tmsd_turn_meta_v3', 'tmsd_turn_v3']));
      expect(((await one.conversations.get('D5:5.5'))!.state as unknown as { turns: number }).turns).toBe(3);
    } finally {
      await one.close();
    }
  });

  it('a turn that must find the conversation looks first on a key it has not seen, and is ignored when there is none', async () => {
    sent.length = 0;
    const { step, seen } = counting();
    const r = await b.conversations.turn(req('C7:3.3', 'g1', { requireExisting: true }), step);
    expect(r.status).toBe('ignored');
    expect(seen).toEqual([]);
    expect(sent).toEqual(['turn']);
  });
  it('a metadata update after a turn that stored it is one statement (no read); one another replica changed meanwhile is read and kept', async () => {
    const { step } = counting();
    await a.conversations.turn(req('C8:8.8', 'h1'), step);
    const meta = metaStoreFor(a);
    sent.length = 0;
    const got = await meta.update('C8:8.8', (cur) => ({ ...(cur ?? { status: 'open' }), cardTs: '1.5' }));
    expect(sent).toEqual(['update']);
    expect(got).toMatchObject({ status: 'open', cardTs: '1.5' });
    // Another replica writes: this process's text is stale; the guess writes nothing, the stored text is read and changed.
    await metaStoreFor(b).update('C8:8.8', (cur) => ({ ...cur!, statusBy: 'U2' }));
    sent.length = 0;
    const again = await meta.update('C8:8.8', (cur) => ({ ...cur!, channel: 'C8' }));
    expect(sent).toEqual(['update', 'select', 'update']);
    expect(again).toMatchObject({ cardTs: '1.5', statusBy: 'U2', channel: 'C8' });
    expect(await meta.get('C8:8.8')).toEqual(again);
    // A change that writes nothing, decided on the guess, is decided again on the stored text.
    await metaStoreFor(b).update('C8:8.8', (cur) => ({ ...cur!, status: 'fixed' }));
    sent.length = 0;
    expect(await meta.update('C8:8.8', (cur) => (cur?.status === 'open' ? undefined : { ...cur!, status: 'open' }))).toMatchObject({ status: 'open', statusBy: 'U2' });
    expect(sent).toEqual(['select', 'update']);
  });
});
