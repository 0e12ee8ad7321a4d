/**
 * The store contract: every backend (memory, SQLite, PostgreSQL when available) must pass the
 * same suite. Behaviour only: what a caller of the port can observe.
 */
import type { ConversationState } from '../../src/conversation/types';
import type { ProbeResult } from '../../src/probe/types';
import { metaStoreFor } from '../../src/store/meta';
import { CONVERSATION_TTL_MS, SEEN_TTL_MS, type Store, type TurnPlan, type TurnStep } from '../../src/store/port';
import { backends, type Backend } from './backends';
import { FLEET_JOB_TTL_MS, FLEET_PLAN_MAX_BYTES, FLEET_RESULT_MAX_BYTES, fleetJobStoreFor, type FleetJobClaim, type FleetJobStore } from '../../src/store/fleet-jobs';

const state = (turns: number, lang: 'en' | 'ja' = 'en'): ConversationState => ({ v: 1, lang, facts: {}, pending: null, turns });
const target = { channel: 'C1', threadTs: '1.0', user: 'U1' };

/** A step that counts turns and queues `n` messages naming the turn. */
const counting =
  (n = 2, keepReplies = false): TurnStep =>
  (prev, seed): TurnPlan => {
    const turns = (prev?.state.turns ?? seed?.state.turns ?? 0) + 1;
    return {
      state: state(turns),
      replies: [{ lang: 'en', blocks: [{ type: 'paragraph', text: `turn ${turns}` }] }],
      keepReplies,
      outbox: { target, messages: Array.from({ length: n }, (_, i) => ({ text: `turn ${turns} part ${i}`, blocks: [] })) },
    };
  };

const result: ProbeResult = {
  target: '10.1.2.3:443',
  address: '10.1.2.3',
  port: 443,
  reachable: true,
  tls: true,
  protocols: { ssl3: false, 'tls1.0': false, 'tls1.1': true, 'tls1.2': true, 'tls1.3': false },
  tms: { medium: false, mediumHigh: true },
  certificate: null,
  error: null,
  durationMs: 42,
};

describe.each(backends().map((b) => [b.name, b] as [string, Backend]))('store contract: %s', (_name, backend) => {
  let now = 1_700_000_000_000;
  const clock = () => now;
  let store: Store;
  beforeEach(async () => {
    now = 1_700_000_000_000;
    store = await backend.open({ now: clock });
  });
  afterEach(async () => {
    await store.close();
  });
  afterAll(() => backend.cleanup());

  it('keeps conversations and expires them after 30 days', async () => {
    const c = store.conversations;
    await c.put('C1:1.0', state(3), [{ lang: 'en', blocks: [{ type: 'paragraph', text: 'hi' }] }]);
    expect((await c.get('C1:1.0'))!.state.turns).toBe(3);
    expect((await c.get('C1:1.0'))!.lastReplies).toHaveLength(1);
    expect(await c.has('C1:1.0')).toBe(true);
    expect(await c.has('C9:1.0')).toBe(false);
    expect(await c.get('C9:1.0')).toBeNull();
    now += CONVERSATION_TTL_MS - 1;
    expect(await c.has('C1:1.0')).toBe(true);
    now += 2;
    expect(await c.has('C1:1.0')).toBe(false);
    expect(await c.get('C1:1.0')).toBeNull();
    await c.put('C2:1.0', state(1), []);
    expect(await c.count()).toBe(2);
    await c.delete('C2:1.0');
    expect(await c.has('C2:1.0')).toBe(false);
    expect((await store.purge()).conversations).toBe(1);
    expect(await c.count()).toBe(0);
  });

  it('a turn claims its ids, saves the state and queues its replies in order, all at once', async () => {
    const r = await store.conversations.turn({ key: 'C1:1.0', dedupe: ['ev:A', 'msg:C1:1.0'] }, counting(2));
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.isNew).toBe(true);
    expect(r.outbox.map((o) => [o.id, o.index, o.message.text])).toEqual([
      ['ev:A/0', 0, 'turn 1 part 0'],
      ['ev:A/1', 1, 'turn 1 part 1'],
    ]);
    expect((await store.conversations.get('C1:1.0'))!.state.turns).toBe(1);
    // Replies are kept only when a feature (Share) needs them.
    expect((await store.conversations.get('C1:1.0'))!.lastReplies).toEqual([]);
    const pending = await store.outbox.pending({ key: 'C1:1.0' });
    expect(pending.map((p) => p.id)).toEqual(['ev:A/0', 'ev:A/1']);
    expect(pending[0]).toMatchObject({ key: 'C1:1.0', turn: 'ev:A', target, lang: 'en', message: { text: 'turn 1 part 0', blocks: [] } });

    const r2 = await store.conversations.turn({ key: 'C1:1.0', dedupe: ['ev:B'] }, counting(1, true));
    expect(r2).toMatchObject({ status: 'ok', isNew: false });
    expect((await store.conversations.get('C1:1.0'))!.lastReplies).toHaveLength(1);
    expect((await store.outbox.pending({ key: 'C1:1.0' })).map((p) => p.id)).toEqual(['ev:A/0', 'ev:A/1', 'ev:B/0']);
  });

  it('a duplicate (any of its ids seen before) changes nothing and reports what is still pending', async () => {
    await store.conversations.turn({ key: 'C1:1.0', dedupe: ['ev:A', 'msg:C1:1.0'] }, counting(2));
    await store.outbox.done('ev:A/0');
    // The step may run (a backend may run it before the store says "seen"), but nothing it planned is kept.
    const d = await store.conversations.turn({ key: 'C1:1.0', dedupe: ['ev:OTHER', 'msg:C1:1.0'] }, counting(2));
    expect(d.status).toBe('duplicate');
    if (d.status === 'duplicate') expect(d.pending.map((p) => p.id)).toEqual(['ev:A/1']);
    expect((await store.conversations.get('C1:1.0'))!.state.turns).toBe(1);
    expect((await store.outbox.pending()).map((p) => p.id)).toEqual(['ev:A/1']);
    // ev:OTHER was not claimed by the duplicate
    expect((await store.conversations.turn({ key: 'C1:1.0', dedupe: ['ev:OTHER'] }, counting(0))).status).toBe('ok');
  });

  it('a step that throws leaves nothing behind: the same event can be tried again', async () => {
    await expect(
      store.conversations.turn({ key: 'C1:1.0', dedupe: ['ev:A'] }, () => {
        throw new Error('engine bug');
      }),
    ).rejects.toThrow('engine bug');
    expect(await store.conversations.get('C1:1.0')).toBeNull();
    expect(await store.outbox.pending()).toEqual([]);
    expect((await store.conversations.turn({ key: 'C1:1.0', dedupe: ['ev:A'] }, counting(1))).status).toBe('ok');
  });

  it('requireExisting, fresh and seedFrom', async () => {
    expect(await store.conversations.turn({ key: 'C1:2.0', dedupe: ['ev:R'], requireExisting: true }, counting(1))).toEqual({ status: 'ignored' });
    expect(await store.outbox.pending()).toEqual([]);
    await store.conversations.put('D1', state(5), []);
    const seeded = await store.conversations.turn({ key: 'D1:3.0', dedupe: ['ev:S'], seedFrom: 'D1' }, counting(0));
    expect(seeded).toMatchObject({ status: 'ok', isNew: true, plan: { state: { turns: 6 } } });
    expect((await store.conversations.get('D1'))!.state.turns).toBe(5);
    const fresh = await store.conversations.turn({ key: 'D1', dedupe: ['ev:F'], fresh: true }, counting(0));
    expect(fresh).toMatchObject({ status: 'ok', isNew: true, plan: { state: { turns: 1 } } });
    // ev:R was never claimed: once the thread exists, the same event is a normal turn.
    await store.conversations.put('C1:2.0', state(1), []);
    expect((await store.conversations.turn({ key: 'C1:2.0', dedupe: ['ev:R'], requireExisting: true }, counting(1))).status).toBe('ok');
  });

  it('serialises concurrent turns of one key (no lost update) and claims a shared id once', async () => {
    const turns = await Promise.all(Array.from({ length: 12 }, (_, i) => store.conversations.turn({ key: 'C1:1.0', dedupe: [`ev:${i}`] }, counting(1))));
    expect(turns.every((t) => t.status === 'ok')).toBe(true);
    expect((await store.conversations.get('C1:1.0'))!.state.turns).toBe(12);
    const texts = (await store.outbox.pending({ key: 'C1:1.0' })).map((p) => p.message.text);
    expect(texts).toEqual(Array.from({ length: 12 }, (_, i) => `turn ${i + 1} part 0`));
    const same = await Promise.all(Array.from({ length: 6 }, () => store.conversations.turn({ key: 'C2:1.0', dedupe: ['ev:SAME'] }, counting(1))));
    expect(same.filter((t) => t.status === 'ok')).toHaveLength(1);
    expect(same.filter((t) => t.status === 'duplicate')).toHaveLength(5);
  });

  it('leases an outbox item to one deliverer at a time; a dead deliverer\'s lease runs out', async () => {
    await store.conversations.turn({ key: 'C1:1.0', dedupe: ['ev:A'] }, counting(1));
    expect(await store.outbox.lease('ev:A/0', 'one', 1000)).toEqual({ tries: 1 });
    expect(await store.outbox.lease('ev:A/0', 'two', 1000)).toBeNull();
    expect(await store.outbox.lease('ev:A/0', 'one', 1000)).toEqual({ tries: 2 });
    now += 1001;
    expect(await store.outbox.lease('ev:A/0', 'two', 1000)).toEqual({ tries: 3 });
    await store.outbox.done('ev:A/0');
    expect(await store.outbox.lease('ev:A/0', 'two', 1000)).toBeNull();
    expect(await store.outbox.pending()).toEqual([]);
    expect(await store.outbox.lease('nope/0', 'two', 1000)).toBeNull();
  });

  it('a turn may store its items already leased, only when nothing older of its key is pending', async () => {
    const lease = { owner: 'turn-1', ms: 1000 };
    const first = await store.conversations.turn({ key: 'K1', dedupe: ['ev:A'], lease }, counting(2));
    expect(first).toMatchObject({ status: 'ok', leased: true });
    // held by the turn's owner: no other deliverer takes them while the lease lives
    expect(await store.outbox.lease('ev:A/0', 'other', 1000)).toBeNull();
    expect(await store.outbox.lease('ev:A/1', 'other', 1000)).toBeNull();
    // still pending (a crash before "done" leaves them for the sweeper), in order
    expect((await store.outbox.pending({ key: 'K1' })).map((p) => p.id)).toEqual(['ev:A/0', 'ev:A/1']);
    // ev:A/0 still pending: the next turn of K1 is not leased (the older item goes first)
    const second = await store.conversations.turn({ key: 'K1', dedupe: ['ev:B'], lease: { owner: 'turn-2', ms: 1000 } }, counting(1));
    expect(second).toMatchObject({ status: 'ok', leased: false });
    expect(await store.outbox.lease('ev:B/0', 'other', 1000)).toEqual({ tries: 1 });
    // another key with nothing pending is leased; a turn without a lease request never is
    expect(await store.conversations.turn({ key: 'K2', dedupe: ['ev:C'], lease }, counting(1))).toMatchObject({ leased: true });
    expect(await store.conversations.turn({ key: 'K3', dedupe: ['ev:D'] }, counting(1))).toMatchObject({ leased: false });
    // the turn's lease counted as the first try; once it runs out another deliverer takes over
    now += 1001;
    expect(await store.outbox.lease('ev:A/0', 'other', 1000)).toEqual({ tries: 2 });
  });

  it('done removes an item and says whether more of its key is pending', async () => {
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:A'] }, counting(2));
    await store.conversations.turn({ key: 'K2', dedupe: ['ev:B'] }, counting(1));
    expect(await store.outbox.done('ev:A/0')).toEqual({ more: true });
    // K2's item is not K1's
    expect(await store.outbox.done('ev:A/1')).toEqual({ more: false });
    expect((await store.outbox.pending()).map((p) => p.id)).toEqual(['ev:B/0']);
    // gone already (another deliverer finished it): nobody knows what is left, so "maybe"
    expect(await store.outbox.done('ev:A/1')).toEqual({ more: true });
    // a turn queued before the last done is counted
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:C'] }, counting(1));
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:D'] }, counting(1));
    expect(await store.outbox.done('ev:C/0')).toEqual({ more: true });
    expect(await store.outbox.done('ev:D/0')).toEqual({ more: false });
    expect(await store.outbox.done('ev:B/0')).toEqual({ more: false });
    expect(await store.outbox.pending()).toEqual([]);
  });

  it('a turn withMeta hands the step the surface metadata as stored, current at the turn', async () => {
    const meta = metaStoreFor(store);
    const seen: (string | null)[] = [];
    const step: TurnStep = (prev, seed, m) => {
      seen.push(m);
      return counting(0)(prev, seed, m);
    };
    const last = () => (seen[seen.length - 1] === null ? null : JSON.parse(seen[seen.length - 1]!));
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:1'], withMeta: true }, step);
    expect(last()).toBeNull();
    await meta.set('K1', { status: 'open', cardTs: '5.0', channel: 'C1', user: 'U1' });
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:2'], withMeta: true }, step);
    expect(last()).toEqual({ status: 'open', cardTs: '5.0', channel: 'C1', user: 'U1' });
    await meta.set('K1', { status: 'fixed', cardTs: '5.0', channel: 'C1' });
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:3'], withMeta: true }, step);
    expect(last()).toMatchObject({ status: 'fixed', cardTs: '5.0' });
    await meta.delete('K1');
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:4'], withMeta: true }, step);
    expect(last()).toBeNull();
    // without withMeta the step gets null, whatever is stored
    await meta.set('K1', { status: 'open' });
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:5'] }, step);
    expect(last()).toBeNull();
    expect((await store.conversations.get('K1'))!.state.turns).toBe(5);
    // The step's plan may store new metadata in the same transaction (only with withMeta, only when the turn is kept).
    const writing =
      (headline: string): TurnStep =>
      (prev, seed, m) => ({ ...counting(0)(prev, seed, m), meta: { json: JSON.stringify({ status: 'open', headline, user: 'U9' }), user: 'U9' } });
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:6'], withMeta: true }, writing('six'));
    expect(await meta.get('K1')).toMatchObject({ status: 'open', headline: 'six' });
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:6'], withMeta: true }, writing('duplicate'));
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:7'] }, writing('no withMeta'));
    expect(await meta.get('K1')).toMatchObject({ headline: 'six' });
    expect((await meta.recentFor('U9', 5)).map((e) => e.key)).toEqual(['K1']);
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:8'], withMeta: true }, step);
    expect(last()).toMatchObject({ headline: 'six' });
  });

  it('lists pending items of every key oldest first, bounded', async () => {
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:1'] }, counting(1));
    await store.conversations.turn({ key: 'K2', dedupe: ['ev:2'] }, counting(2));
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:3'] }, counting(1));
    expect((await store.outbox.pending()).map((p) => p.id)).toEqual(['ev:1/0', 'ev:2/0', 'ev:2/1', 'ev:3/0']);
    expect((await store.outbox.pending({ limit: 2 })).map((p) => p.id)).toEqual(['ev:1/0', 'ev:2/0']);
  });

  it('expires claimed ids after the dedupe window', async () => {
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:1'] }, counting(0));
    now += SEEN_TTL_MS + 1;
    const n = await store.purge();
    expect(n.events).toBe(1);
    expect((await store.conversations.turn({ key: 'K1', dedupe: ['ev:1'] }, counting(0))).status).toBe('ok');
  });

  it('claims a delivery id outside a turn once: concurrent claims, a turn that used it, and the dedupe window', async () => {
    const got = await Promise.all(Array.from({ length: 8 }, () => store.conversations.claim('files:C1:1.5')));
    expect(got.filter(Boolean)).toHaveLength(1);
    expect(await store.conversations.claim('files:C1:1.5')).toBe(false);
    // the same id space as turns: an id a turn claimed cannot be claimed again, and the reverse
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:T'] }, counting(0));
    expect(await store.conversations.claim('ev:T')).toBe(false);
    expect(await store.conversations.claim('ev:C')).toBe(true);
    expect((await store.conversations.turn({ key: 'K1', dedupe: ['ev:C'] }, counting(0))).status).toBe('duplicate');
    now += SEEN_TTL_MS + 1;
    await store.purge();
    expect(await store.conversations.claim('files:C1:1.5')).toBe(true);
  });

  it('says whether an id was claimed, by a turn or a claim, without claiming it', async () => {
    expect(await store.conversations.seen('msg:C1:1.7')).toBe(false);
    expect(await store.conversations.seen('msg:C1:1.7')).toBe(false);
    expect(await store.conversations.claim('msg:C1:1.7')).toBe(true); // looking did not take it
    expect(await store.conversations.seen('msg:C1:1.7')).toBe(true);
    await store.conversations.turn({ key: 'K1', dedupe: ['ev:S'] }, counting(0));
    expect(await store.conversations.seen('ev:S')).toBe(true);
    now += SEEN_TTL_MS + 1;
    await store.purge();
    expect(await store.conversations.seen('ev:S')).toBe(false);
  });

  it('rate-limits per user in a sliding window', async () => {
    const take = (u: string) => store.quotas.take(u, 3, 1000);
    expect([(await take('U1')).allowed, (await take('U1')).allowed, (await take('U1')).allowed]).toEqual([true, true, true]);
    expect((await take('U2')).allowed).toBe(true);
    now += 400;
    expect(await take('U1')).toEqual({ allowed: false, used: 3, limit: 3, retryAfterMs: 600 });
    now += 601;
    expect(await take('U1')).toMatchObject({ allowed: true, used: 1 });
    expect((await store.purge(1000)).quota).toBeGreaterThanOrEqual(3);
  });

  it('logs probes and refusals newest first, clipping hostile sizes', async () => {
    await store.probes.record({ who: 'U123', surface: 'slash', target: '10.1.2.3', result, refused: null, at: new Date('2026-01-01T10:00:00Z') });
    await store.probes.record({ who: 'U456', surface: 'button', target: '169.254.169.254', result: null, refused: 'link-local', at: new Date('2026-01-01T11:00:00Z') });
    await store.probes.record({ who: 'x'.repeat(10000), surface: 'cli', target: "'; DROP TABLE probe_log; --", result: null, refused: 'outside', at: new Date('2026-01-01T09:00:00Z') });
    const rows = await store.probes.recent(10);
    expect(rows.map((r) => r.target)).toEqual(['169.254.169.254', '10.1.2.3', "'; DROP TABLE probe_log; --"]);
    expect(rows[1]).toMatchObject({ who: 'U123', surface: 'slash', refused: null, result });
    expect(rows[1]!.at.toISOString()).toBe('2026-01-01T10:00:00.000Z');
    expect(rows[0]).toMatchObject({ result: null, refused: 'link-local' });
    expect(rows[2]!.who).toHaveLength(500);
    expect(await store.probes.recent(1)).toHaveLength(1);
    expect(await store.probes.recent(-5)).toHaveLength(1);
  });

  it('reports whether it can take writes', async () => {
    expect(await store.check()).toEqual({ ok: true });
    await store.close();
    expect((await store.check()).ok).toBe(false);
    store = await backend.open({ now: clock });
  });

  it('two handles on the same data (two replicas) take turns of one key in turn, never on a stale state', async () => {
    if (!backend.reopen) return; // memory: one handle per store
    const other = await backend.reopen({ now: clock });
    try {
      const stores = [store, other];
      // Alternate handles, one turn at a time: each must see the other's last turn.
      for (let i = 0; i < 8; i++) {
        const r = await stores[i % 2]!.conversations.turn({ key: 'K1', dedupe: [`ev:${i}`] }, counting(1));
        expect(r).toMatchObject({ status: 'ok', plan: { state: { turns: i + 1 } }, isNew: i === 0 });
      }
      // The same event to both at once: answered by exactly one.
      const both = await Promise.all(stores.map((s) => s.conversations.turn({ key: 'K1', dedupe: ['ev:both'] }, counting(1))));
      expect(both.map((b) => b.status).sort()).toEqual(['duplicate', 'ok']);
      // Concurrent turns of one key on both handles: no lost update, queued in turn order.
      await Promise.all(Array.from({ length: 10 }, (_, i) => stores[i % 2]!.conversations.turn({ key: 'K1', dedupe: [`ev:c${i}`] }, counting(1))));
      expect((await other.conversations.get('K1'))!.state.turns).toBe(19);
      expect((await store.outbox.pending({ key: 'K1' })).map((p) => p.message.text)).toEqual(Array.from({ length: 19 }, (_, i) => `turn ${i + 1} part 0`));
      // "done" on one handle counts what the other queued; the last one says nothing is left.
      const ids = (await store.outbox.pending({ key: 'K1' })).map((p) => p.id);
      const more = [];
      for (const [i, id] of ids.entries()) more.push((await stores[i % 2]!.outbox.done(id)).more);
      expect(more).toEqual(ids.map((_, i) => i < ids.length - 1));
      // A conversation forgotten or replaced elsewhere is not continued from a remembered state.
      await other.conversations.delete('K1');
      expect(await store.conversations.turn({ key: 'K1', dedupe: ['ev:after-delete'] }, counting(0))).toMatchObject({ status: 'ok', isNew: true, plan: { state: { turns: 1 } } });
      await other.conversations.put('K1', state(40), []);
      expect(await store.conversations.turn({ key: 'K1', dedupe: ['ev:after-put'] }, counting(0))).toMatchObject({ status: 'ok', plan: { state: { turns: 41 } } });
      await other.conversations.turn({ key: 'K1', dedupe: ['ev:fresh'], fresh: true }, counting(0));
      expect(await store.conversations.turn({ key: 'K1', dedupe: ['ev:after-fresh'], requireExisting: true }, counting(0))).toMatchObject({ status: 'ok', plan: { state: { turns: 2 } } });
      // requireExisting is decided on the stored row, not on what one handle remembers.
      await other.conversations.delete('K1');
      expect(await store.conversations.turn({ key: 'K1', dedupe: ['ev:gone'], requireExisting: true }, counting(0))).toEqual({ status: 'ignored' });
      // Card metadata written by the other handle (or purged there) is what the next turn renders with.
      const metaHere = metaStoreFor(store);
      const metaThere = metaStoreFor(other);
      let got: string | null = 'none';
      const withMeta: TurnStep = (prev, seed, m) => {
        got = m;
        return counting(0)(prev, seed, m);
      };
      await metaHere.set('M1', { status: 'open', headline: 'here' });
      await store.conversations.turn({ key: 'M1', dedupe: ['ev:m1'], withMeta: true }, withMeta);
      expect(JSON.parse(got!)).toMatchObject({ headline: 'here' });
      await metaThere.set('M1', { status: 'failing', headline: 'there' });
      await store.conversations.turn({ key: 'M1', dedupe: ['ev:m2'], withMeta: true }, withMeta);
      expect(JSON.parse(got!)).toMatchObject({ status: 'failing', headline: 'there' });
      await metaThere.purge(Math.max(now, Date.now()) + 1); // the metadata stores keep their own clock
      await store.conversations.turn({ key: 'M1', dedupe: ['ev:m3'], withMeta: true }, withMeta);
      expect(got).toBeNull();
      expect((await other.conversations.get('M1'))!.state.turns).toBe(3);
      // A seed changed elsewhere is read as it is now.
      await store.conversations.turn({ key: 'D1', dedupe: ['ev:d1'] }, counting(0));
      await other.conversations.put('D1', state(7), []);
      expect(await store.conversations.turn({ key: 'D1:9.0', dedupe: ['ev:d2'], seedFrom: 'D1' }, counting(0))).toMatchObject({ status: 'ok', isNew: true, plan: { state: { turns: 8 } } });
    } finally {
      await other.close();
    }
  });

  it('keeps everything across a reopen (persistent backends)', async () => {
    if (!backend.reopen) return; // memory: nothing persists, by design
    await store.conversations.turn({ key: 'C1:1.0', dedupe: ['ev:A'] }, counting(1));
    await store.quotas.take('U1', 1, 60_000);
    await store.close();
    store = await backend.reopen({ now: clock });
    expect((await store.conversations.get('C1:1.0'))!.state.turns).toBe(1);
    expect((await store.outbox.pending()).map((p) => p.id)).toEqual(['ev:A/0']);
    expect((await store.conversations.turn({ key: 'C1:1.0', dedupe: ['ev:A'] }, counting(1))).status).toBe('duplicate');
    expect((await store.quotas.take('U1', 1, 60_000)).allowed).toBe(false);
  });
});

describe.each(backends().map((b) => [b.name, b] as [string, Backend]))('fleet jobs contract: %s', (name, backend) => {
  let now = 1_700_000_000_000;
  const clock = () => now;
  let store: Store;
  let jobs: FleetJobStore;
  const claim = (id: string, who: string, extra: Partial<FleetJobClaim> = {}) =>
    jobs.claim({ id, who, owner: 'replica-A', surface: 'slash', lang: 'en', channel: 'C1', threadTs: null, total: 10, leaseMs: 60_000, ...extra });
  beforeEach(async () => {
    now = 1_700_000_000_000;
    store = await backend.open({ now: clock });
    jobs = fleetJobStoreFor(store, clock);
  });
  afterEach(async () => {
    await store.close();
  });
  afterAll(() => backend.cleanup());

  it('one running job per user: a second claim is refused with the running job, other users are not affected', async () => {
    const first = await claim('j1', 'U1', { lang: 'ja', threadTs: '5.0', total: 12 });
    expect(first).toMatchObject({ status: 'started', job: { id: 'j1', who: 'U1', state: 'running', total: 12, done: 0, lang: 'ja', threadTs: '5.0', leaseUntil: now + 60_000 } });
    now += 1000;
    const second = await claim('j2', 'U1', { owner: 'replica-B' });
    expect(second).toMatchObject({ status: 'busy', running: { id: 'j1', owner: 'replica-A' } });
    expect((await claim('j3', 'U2')).status).toBe('started');
    expect((await jobs.runningFor('U1'))!.id).toBe('j1');
    expect(await jobs.get('j2')).toBeNull();
  });

  it('claims made at the same moment for one user start exactly one job', async () => {
    const all = await Promise.all(Array.from({ length: 8 }, (_, i) => claim(`c${i}`, 'U1', { owner: `replica-${i % 2}` })));
    expect(all.filter((r) => r.status === 'started')).toHaveLength(1);
    expect(all.filter((r) => r.status === 'busy')).toHaveLength(7);
  });

  it('the same delivery id starts one job, even after the first has ended', async () => {
    expect((await claim('j1', 'U1', { dedupe: 'ev:F1:file1' })).status).toBe('started');
    expect(await claim('j2', 'U1', { dedupe: 'ev:F1:file1' })).toEqual({ status: 'duplicate' });
    expect(await jobs.finish('j1', 'replica-A', 'done', 10)).toBe(true);
    expect(await claim('j3', 'U1', { dedupe: 'ev:F1:file1' })).toEqual({ status: 'duplicate' });
    expect((await claim('j4', 'U1', { dedupe: 'ev:F2:file1' })).status).toBe('started');
  });

  it('the heartbeat records progress and keeps the lease; finishing frees the user; only the owner can do either', async () => {
    await claim('j1', 'U1');
    now += 50_000;
    expect(await jobs.heartbeat('j1', 'replica-A', { done: 4, progressTs: '9.1' }, 60_000)).toBe(true);
    expect(await jobs.heartbeat('j1', 'replica-B', { done: 9 }, 60_000)).toBe(false);
    now += 50_000; // past the first lease, within the renewed one
    expect(await jobs.get('j1')).toMatchObject({ done: 4, progressTs: '9.1', state: 'running', heartbeatAt: now - 50_000 });
    expect((await claim('j2', 'U1')).status).toBe('busy');
    expect(await jobs.reap()).toEqual([]);
    expect(await jobs.heartbeat('j1', 'replica-A', { done: 6 }, 60_000)).toBe(true);
    expect((await jobs.get('j1'))!.progressTs).toBe('9.1'); // kept when not given again
    expect(await jobs.finish('j1', 'replica-B', 'done')).toBe(false);
    expect(await jobs.finish('j1', 'replica-A', 'done', 10)).toBe(true);
    expect(await jobs.finish('j1', 'replica-A', 'failed')).toBe(false);
    expect(await jobs.heartbeat('j1', 'replica-A', { done: 10 }, 60_000)).toBe(false);
    expect(await jobs.get('j1')).toMatchObject({ state: 'done', done: 10, finishedAt: now });
    expect(await jobs.runningFor('U1')).toBeNull();
    expect((await claim('j2', 'U1')).status).toBe('started');
  });

  it('a job whose replica stopped beating expires: the user is free again and one sweep reports it, once', async () => {
    await claim('j1', 'U1', { channel: 'C7', threadTs: '3.0' });
    await jobs.heartbeat('j1', 'replica-A', { done: 3, progressTs: '3.5' }, 60_000);
    now += 60_000;
    expect(await jobs.runningFor('U1')).toBeNull();
    const [a, b] = await Promise.all([jobs.reap(), jobs.reap()]);
    const reaped = [...a!, ...b!];
    expect(reaped).toHaveLength(1);
    expect(reaped[0]).toMatchObject({ id: 'j1', who: 'U1', state: 'expired', channel: 'C7', threadTs: '3.0', progressTs: '3.5', done: 3, total: 10 });
    expect(await jobs.reap()).toEqual([]);
    // the dead replica's late writes change nothing
    expect(await jobs.heartbeat('j1', 'replica-A', { done: 5 }, 60_000)).toBe(false);
    expect(await jobs.finish('j1', 'replica-A', 'done')).toBe(false);
    expect((await jobs.get('j1'))!.state).toBe('expired');
    expect((await claim('j2', 'U1', { owner: 'replica-B' })).status).toBe('started');
  });

  it('a claim refused afterwards (rate limit) is released, delivery id included; purge drops ended jobs only', async () => {
    await claim('j1', 'U1', { dedupe: 'ev:X' });
    await jobs.release('j1', 'replica-B'); // not its owner: nothing happens
    expect((await jobs.runningFor('U1'))!.id).toBe('j1');
    await jobs.release('j1', 'replica-A');
    expect(await jobs.get('j1')).toBeNull();
    expect((await claim('j2', 'U1', { dedupe: 'ev:X' })).status).toBe('started');
    await jobs.finish('j2', 'replica-A', 'stopped');
    await claim('j3', 'U2');
    now += FLEET_JOB_TTL_MS;
    expect(await jobs.purge(now - FLEET_JOB_TTL_MS)).toBe(1);
    expect(await jobs.get('j2')).toBeNull();
    expect(await jobs.get('j3')).not.toBeNull();
  });

  it('hostile sizes are clipped, not refused', async () => {
    const r = await claim('j1', 'x'.repeat(10_000), { channel: 'y'.repeat(10_000), total: -5 });
    expect(r.status).toBe('started');
    const j = await jobs.get('j1');
    expect(j!.channel.length).toBeLessThanOrEqual(100);
    expect(j!.total).toBe(0);
  });

  const plan = JSON.stringify(['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4']);
  const res = (index: number, v = `r${index}`) => ({ index, item: JSON.stringify({ v }) });

  it('a claim keeps its plan; the heartbeat records finished targets once each, in range and bounded, and only for the owner', async () => {
    const first = await claim('j1', 'U1', { total: 4, plan });
    expect(first).toMatchObject({ status: 'started', job: { resumable: true, takeovers: 0 } });
    expect(await jobs.heartbeat('j1', 'replica-A', { done: 2, results: [res(0), res(2), res(2, 'again'), res(4), res(-1), { index: 1.5, item: 'x' }, { index: 3, item: 'y'.repeat(FLEET_RESULT_MAX_BYTES + 1) }] }, 60_000)).toBe(true);
    expect(await jobs.heartbeat('j1', 'replica-A', { done: 2, results: [res(0, 'later')] }, 60_000)).toBe(true);
    expect(await jobs.heartbeat('j1', 'replica-B', { done: 3, results: [res(1)] }, 60_000)).toBe(false);
    now += 60_000;
    const [got] = await jobs.adopt('replica-B', 60_000, 3);
    expect(got!.plan).toBe(plan);
    expect(got!.results).toEqual([res(0), res(2)]);
    // no plan, or one over the bound: the job runs but cannot be resumed
    expect(await claim('j2', 'U2')).toMatchObject({ status: 'started', job: { resumable: false } });
    expect((await jobs.get('j2'))!.resumable).toBe(false);
    const big = JSON.stringify(['x'.repeat(FLEET_PLAN_MAX_BYTES)]);
    expect(await claim('j3', 'U3', { plan: big })).toMatchObject({ status: 'started', job: { resumable: false } });
  });

  it('a job whose owner stopped beating is taken over by exactly one replica, with a new lease; the old owner can no longer write', async () => {
    await claim('j1', 'U1', { total: 4, plan, channel: 'C7', threadTs: '3.0' });
    await jobs.heartbeat('j1', 'replica-A', { done: 1, progressTs: '3.5', results: [res(1)] }, 60_000);
    now += 59_999;
    expect(await jobs.adopt('replica-B', 60_000, 3)).toEqual([]); // still live
    now += 1;
    const all = await Promise.all(['replica-B', 'replica-C', 'replica-B', 'replica-C'].map((o) => jobs.adopt(o, 60_000, 3)));
    const won = all.flat();
    expect(won).toHaveLength(1);
    const { job, results } = won[0]!;
    expect(job).toMatchObject({ id: 'j1', who: 'U1', state: 'running', takeovers: 1, channel: 'C7', threadTs: '3.0', progressTs: '3.5', done: 1, total: 4, leaseUntil: now + 60_000, resumable: true });
    expect(results).toEqual([res(1)]);
    expect((await jobs.runningFor('U1'))!.owner).toBe(job.owner); // the user is held again
    expect(await jobs.reap(100, 3)).toEqual([]);
    expect(await jobs.heartbeat('j1', 'replica-A', { done: 3, results: [res(3)] }, 60_000)).toBe(false);
    expect(await jobs.finish('j1', 'replica-A', 'done')).toBe(false);
    expect(await jobs.heartbeat('j1', job.owner, { done: 2, results: [res(2)] }, 60_000)).toBe(true);
    now += 60_000;
    const [again] = await jobs.adopt('replica-D', 60_000, 3);
    expect(again!.results).toEqual([res(1), res(2)]);
    expect(again!.job.takeovers).toBe(2);
    expect(await jobs.finish('j1', 'replica-D', 'done', 4)).toBe(true);
    now += 60_000;
    expect(await jobs.adopt('replica-E', 60_000, 3)).toEqual([]);
    expect(await jobs.get('j1')).toMatchObject({ state: 'done', resumable: false });
  });

  it('fleet60 #2: adopt leaves out the jobs the caller still runs (except): not taken, no takeover counted, the lease untouched; the others are taken, and another owner may take it', async () => {
    await claim('j1', 'U1', { total: 4, plan });
    await claim('j2', 'U2', { total: 4, plan });
    await jobs.heartbeat('j1', 'replica-A', { done: 1, results: [res(0)] }, 60_000);
    await jobs.heartbeat('j2', 'replica-A', { done: 1, results: [res(0)] }, 60_000);
    now += 60_000;
    const mine = await jobs.adopt('replica-A', 60_000, 3, 100, ['j1', 'other']);
    expect(mine.map((g) => [g.job.id, g.job.takeovers])).toEqual([['j2', 1]]);
    expect(await jobs.get('j1')).toMatchObject({ owner: 'replica-A', state: 'running', takeovers: 0, leaseUntil: now });
    // its own run's next heartbeat renews the lease; nothing counted
    expect(await jobs.heartbeat('j1', 'replica-A', { done: 2 }, 60_000)).toBe(true);
    expect(await jobs.get('j1')).toMatchObject({ takeovers: 0, leaseUntil: now + 60_000 });
    // once its lease runs out again, another owner takes it over (counted), except or not
    now += 60_000;
    const theirs = await jobs.adopt('replica-B', 60_000, 3, 100, ['j2']);
    expect(theirs.map((g) => [g.job.id, g.job.owner, g.job.takeovers])).toEqual([['j1', 'replica-B', 1]]);
    expect(await jobs.adopt('replica-C', 60_000, 3, 100, ['j2'])).toEqual([]); // j1 is replica-B's now
  });

  it('fix62b: a job\'s CSV share is claimed once across runs and replicas: the first run\'s claim holds through retries, pauses and takeovers; no other run gets it, a run that lost the job claims nothing', async () => {
    await claim('j1', 'U1', { total: 4, plan });
    await jobs.heartbeat('j1', 'replica-A', { done: 4, progressTs: '3.5', results: [res(0), res(1), res(2), res(3)] }, 60_000);
    // concurrent claims by two runs of the same owner: exactly one wins
    const both = await Promise.all([jobs.claimPost('j1', 'replica-A', 'share', 'run-a'), jobs.claimPost('j1', 'replica-A', 'share', 'run-b')]);
    expect([...both].sort()).toEqual(['claimed', 'taken']);
    const winner = both[0] === 'claimed' ? 'run-a' : 'run-b';
    expect(await jobs.claimPost('j1', 'replica-A', 'share', winner)).toBe('claimed'); // a retry after a lost answer
    expect(await jobs.claimPost('j1', 'replica-B', 'share', 'run-c')).toBe('lost'); // not its job: nothing claimed
    // the share's claim is apart from the report's and the settled one
    expect(await jobs.claimPost('j1', 'replica-A', 'report', 'run-c')).toBe('claimed');
    expect(await jobs.claimPost('j1', 'replica-A', 'settled', 'run-c')).toBe('claimed');
    // a graceful stop, then a takeover after the lease ran out: the claim is still the first run's
    expect(await jobs.pause('j1', 'replica-A', { done: 4 })).toBe(true);
    const [paused] = await jobs.adopt('replica-B', 60_000, 3);
    expect(paused!.results.map((r) => r.index)).toEqual([0, 1, 2, 3]); // claims are not results
    expect(await jobs.claimPost('j1', 'replica-B', 'share', 'run-d')).toBe('taken');
    expect(await jobs.claimPost('j1', 'replica-A', 'share', winner)).toBe('lost'); // the old owner, even with its own run id
    now += 60_000;
    const [again] = await jobs.adopt('replica-C', 60_000, 3);
    expect(again!.job.owner).toBe('replica-C');
    expect(await jobs.claimPost('j1', 'replica-C', 'share', 'run-e')).toBe('taken');
    expect(await jobs.claimPost('j1', 'replica-C', 'share', winner)).toBe('claimed'); // the same run id: its own claim (retries of one run)
    // ended: nothing more is claimed
    expect(await jobs.finish('j1', 'replica-C', 'done', 4)).toBe(true);
    expect(await jobs.claimPost('j1', 'replica-C', 'share', 'run-f')).toBe('lost');
  });

  it('takeovers are bounded: a job whose owners keep dying is left to reap, which reports it once with its count; old jobs without a plan are reaped as before', async () => {
    await claim('j1', 'U1', { total: 4, plan });
    await claim('old', 'U2'); // stored without a plan (before resumption existed)
    for (let i = 1; i <= 2; i++) {
      now += 60_000;
      expect(await jobs.reap(100, 2)).toEqual(i === 1 ? [expect.objectContaining({ id: 'old', takeovers: 0, resumable: false, state: 'expired' })] : []);
      const got = await jobs.adopt(`replica-${i}`, 60_000, 2);
      expect(got.map((g) => [g.job.id, g.job.takeovers])).toEqual([['j1', i]]);
    }
    now += 60_000;
    expect(await jobs.adopt('replica-3', 60_000, 2)).toEqual([]);
    const [a, b] = await Promise.all([jobs.reap(100, 2), jobs.reap(100, 2)]);
    expect([...a!, ...b!]).toEqual([expect.objectContaining({ id: 'j1', state: 'expired', takeovers: 2, resumable: false })]);
    expect(await jobs.adopt('replica-3', 60_000, 5)).toEqual([]);
    // without a bound, reap takes every job whose lease ran out (the behaviour before resumption)
    await claim('j2', 'U3', { total: 4, plan });
    now += 60_000;
    expect((await jobs.reap()).map((j) => j.id)).toEqual(['j2']);
  });

  it('a paused job (graceful stop) is free for another owner at once and the pause is not counted as a takeover', async () => {
    await claim('j1', 'U1', { total: 4, plan });
    await jobs.heartbeat('j1', 'replica-A', { done: 1, results: [res(0)] }, 60_000);
    expect(await jobs.pause('j1', 'replica-B', { done: 9 })).toBe(false);
    expect(await jobs.pause('j1', 'replica-A', { done: 2, progressTs: '4.4', results: [res(3)] })).toBe(true);
    expect(await jobs.heartbeat('j1', 'replica-A', { done: 3 }, 60_000)).toBe(true); // still its own until taken over
    expect(await jobs.pause('j1', 'replica-A', { done: 2 })).toBe(true);
    expect(await jobs.runningFor('U1')).toBeNull();
    expect(await jobs.reap(100, 0)).toEqual([]); // paused jobs are resumed, even at the bound
    const [got] = await jobs.adopt('replica-B', 60_000, 0);
    expect(got!.job).toMatchObject({ takeovers: 0, done: 2, progressTs: '4.4', owner: 'replica-B' });
    expect(got!.results).toEqual([res(0), res(3)]);
    now += 60_000; // replica-B died: now it counts
    expect((await jobs.adopt('replica-C', 60_000, 0))).toEqual([]);
    expect((await jobs.reap(100, 0)).map((j) => [j.id, j.takeovers])).toEqual([['j1', 0]]);
  });

  it('a claim awaiting its acknowledgement is never taken over: once its lease runs out reap ends it, marked unacknowledged; its first heartbeat (or pause) makes it an ordinary job', async () => {
    // j1: the ack was refused and its release failed; the claim is left behind with its plan.
    expect(await claim('j1', 'U1', { total: 4, plan, awaitingAck: true })).toMatchObject({ status: 'started', job: { acked: false, resumable: true } });
    expect((await jobs.get('j1'))!.acked).toBe(false);
    expect((await claim('j1b', 'U1')).status).toBe('busy'); // it holds its user while its lease is live
    // j2: acknowledged, its run beat once; j3: acknowledged, its run paused (a graceful stop).
    await claim('j2', 'U2', { total: 4, plan, awaitingAck: true });
    expect(await jobs.heartbeat('j2', 'replica-B', { done: 0 }, 60_000)).toBe(false); // not its owner: no acknowledgement either
    expect((await jobs.get('j2'))!.acked).toBe(false);
    expect(await jobs.heartbeat('j2', 'replica-A', { done: 1, results: [res(0)] }, 60_000)).toBe(true);
    await claim('j3', 'U3', { total: 4, plan, awaitingAck: true });
    expect(await jobs.pause('j3', 'replica-A', { done: 0 })).toBe(true);
    // j4: an ordinary claim (no acknowledgement to wait for: a shared list file) is acknowledged from the start.
    expect(await claim('j4', 'U4', { total: 4, plan })).toMatchObject({ status: 'started', job: { acked: true } });
    now += 60_000;
    const adopted = (await Promise.all([jobs.adopt('replica-C', 60_000, 3), jobs.adopt('replica-D', 60_000, 3)])).flat();
    expect(adopted.map((a) => a.job.id).sort()).toEqual(['j2', 'j3', 'j4']);
    expect(adopted.every((a) => a.job.acked)).toBe(true);
    expect(await jobs.adopt('replica-E', 60_000, 3)).toEqual([]);
    expect((await jobs.get('j1'))!.state).toBe('running');
    const [a, b] = await Promise.all([jobs.reap(100, 3), jobs.reap(100, 3)]);
    expect([...a!, ...b!]).toEqual([expect.objectContaining({ id: 'j1', state: 'expired', acked: false })]);
    expect(await jobs.adopt('replica-E', 60_000, 3)).toEqual([]);
    // the owner's late writes change nothing, and the user is free
    expect(await jobs.heartbeat('j1', 'replica-A', { done: 1 }, 60_000)).toBe(false);
    expect((await claim('j5', 'U1')).status).toBe('started');
    // without a bound (a replica that cannot probe) reap ends it too, still marked unacknowledged
    await claim('j6', 'U6', { total: 4, plan, awaitingAck: true });
    now += 60_000;
    expect((await jobs.reap()).filter((j) => j.id === 'j6')).toEqual([expect.objectContaining({ acked: false })]);
  });

  it('acknowledged: recorded at once with no heartbeat (owner only, idempotent, lease renewed); once its owner stops the job is taken over, or with no takeover left reaped and returned acknowledged (its user is told); false once the claim ended', async () => {
    // j1: the ack went through and was recorded; its run's first heartbeat never arrives (its replica died).
    await claim('j1', 'U1', { total: 4, plan, awaitingAck: true });
    expect(await jobs.acknowledged('j1', 'replica-B', 60_000)).toBe(false); // not its owner
    expect((await jobs.get('j1'))!.acked).toBe(false);
    now += 30_000;
    expect(await jobs.acknowledged('j1', 'replica-A', 60_000)).toBe(true);
    expect(await jobs.acknowledged('j1', 'replica-A', 60_000)).toBe(true); // a retry after a lost answer changes nothing
    expect(await jobs.get('j1')).toMatchObject({ acked: true, state: 'running', done: 0, heartbeatAt: now, leaseUntil: now + 60_000 });
    now += 30_000; // the claim's own lease would have run out by now; the acknowledgement renewed it
    expect(await jobs.adopt('replica-C', 60_000, 3)).toEqual([]);
    expect(await jobs.reap(100, 3)).toEqual([]);
    now += 30_000;
    const [got] = await jobs.adopt('replica-C', 60_000, 3);
    expect(got!.job).toMatchObject({ id: 'j1', owner: 'replica-C', takeovers: 1, acked: true, done: 0 });
    expect(await jobs.finish('j1', 'replica-C', 'done', 4)).toBe(true);
    // j2: recorded, then its owner died; no takeover left (or a replica that cannot probe): reaped, acknowledged.
    await claim('j2', 'U2', { total: 4, plan, awaitingAck: true });
    expect(await jobs.acknowledged('j2', 'replica-A', 60_000)).toBe(true);
    now += 60_000;
    expect((await jobs.reap(100, 0)).map((j) => [j.id, j.state, j.acked])).toEqual([['j2', 'expired', true]]);
    // j3: its lease ran out while the ack was pending and a sweep ended it: too late to record, it must not run.
    await claim('j3', 'U3', { total: 4, plan, awaitingAck: true });
    now += 60_000;
    expect((await jobs.reap(100, 3)).map((j) => [j.id, j.acked])).toEqual([['j3', false]]);
    expect(await jobs.acknowledged('j3', 'replica-A', 60_000)).toBe(false);
    expect((await jobs.get('j3'))!.state).toBe('expired');
    // j4: released (a refused ack): nothing to record.
    await claim('j4', 'U4', { total: 4, plan, awaitingAck: true });
    await jobs.release('j4', 'replica-A');
    expect(await jobs.acknowledged('j4', 'replica-A', 60_000)).toBe(false);
    expect(await jobs.get('j4')).toBeNull();
  });

  it('a released claim leaves no results behind for a new job under its id', async () => {
    await claim('j1', 'U1', { total: 4, plan });
    await jobs.heartbeat('j1', 'replica-A', { done: 1, results: [res(0)] }, 60_000);
    await jobs.release('j1', 'replica-A');
    await claim('j1', 'U1', { total: 4, plan });
    now += 60_000;
    const [got] = await jobs.adopt('replica-B', 60_000, 3);
    expect(got!.results).toEqual([]); // a new job under the same id starts empty
  });

  it('after a restart a running job is still known (persistent backends): another replica sees it; one that owned the file alone reaps it', async () => {
    if (!backend.reopen) return; // memory: nothing persists, by design
    await claim('j1', 'U1');
    await jobs.heartbeat('j1', 'replica-A', { done: 2, progressTs: '8.1' }, 60_000);
    const other = await backend.reopen({ now: clock });
    try {
      const jobs2 = fleetJobStoreFor(other, clock);
      // another handle alone changes nothing; a process starting to serve jobs takes over
      expect((await jobs2.runningFor('U1'))!.id).toBe('j1');
      expect(await jobs2.takeOver()).toBe(name === 'postgres' ? 0 : 1);
      if (name === 'postgres') {
        // several replicas share the database: the job holds until its lease runs out
        expect((await jobs2.claim({ id: 'j2', who: 'U1', owner: 'replica-B', surface: 'file', lang: 'en', channel: 'C1', total: 1, leaseMs: 1000 })).status).toBe('busy');
        expect(await jobs2.reap()).toEqual([]);
        now += 60_000;
      }
      // SQLite: one process owns the file, so a job left running belongs to a run that is gone
      const reaped = await jobs2.reap();
      expect(reaped.map((j) => [j.id, j.state, j.done, j.progressTs])).toEqual([['j1', 'expired', 2, '8.1']]);
      expect((await jobs2.claim({ id: 'j3', who: 'U1', owner: 'replica-B', surface: 'file', lang: 'en', channel: 'C1', total: 1, leaseMs: 1000 })).status).toBe('started');
    } finally {
      await other.close();
    }
  });

  it('after a restart a job with a plan is resumed with what was recorded (persistent backends)', async () => {
    if (!backend.reopen) return;
    await claim('j1', 'U1', { total: 4, plan });
    await jobs.heartbeat('j1', 'replica-A', { done: 2, progressTs: '8.1', results: [res(0), res(1)] }, 60_000);
    const other = await backend.reopen({ now: clock });
    try {
      const jobs2 = fleetJobStoreFor(other, clock);
      expect(jobs2.durable).toBe(true);
      await jobs2.takeOver();
      if (name === 'postgres') now += 60_000;
      const got = await jobs2.adopt('replica-B', 60_000, 3);
      expect(got.map((g) => [g.job.id, g.job.progressTs, g.job.takeovers, g.plan, g.results])).toEqual([['j1', '8.1', 1, plan, [res(0), res(1)]]]);
    } finally {
      await other.close();
    }
  });
});
