/**
 * perf-pg (issue 13): a thread turn's serial slot ends once its replies are posted, not when the last
 * one's outbox "done" is stored (on PostgreSQL a round trip after the post, on the path of the thread's
 * next turn). The next turn waits for that "done" only where its store would write (TurnRequest.after,
 * after the step), so its items are still stored leased; order and exactly-once stay the queue's and
 * the leases'.
 *
 * A real app (HTTP mode, signed requests) on the local fake Web API, its store a SQLite file whose
 * outbox "done" is held until the test lets it go.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Store, TurnRequest } from '../../src/store/port';
import { sqliteStore } from '../../src/store/sqlite';
import { startHarness } from './harness';
import { eventCallback, mention, message, post } from './signed';
import { sleep, until } from './wait';

jest.setTimeout(30000);

/** `store` whose outbox "done" waits for `gate.open()`, and whose turns record the `after` they were given. */
function held(store: Store, gate: { held: boolean; waiting: (() => void)[]; afters: (Promise<void> | undefined)[] }): Store {
  const outbox = new Proxy(store.outbox, {
    get(t, prop, receiver) {
      const v = Reflect.get(t, prop, receiver) as unknown;
      if (prop !== 'done' || typeof v !== 'function') return v;
      return async (id: string) => {
        if (gate.held) await new Promise<void>((r) => gate.waiting.push(r));
        return (v as (id: string) => Promise<{ more: boolean }>).call(t, id);
      };
    },
  });
  const conversations = new Proxy(store.conversations, {
    get(t, prop, receiver) {
      const v = Reflect.get(t, prop, receiver) as unknown;
      if (prop !== 'turn' || typeof v !== 'function') return v;
      return (req: TurnRequest, step: unknown) => {
        gate.afters.push(req.after);
        return (v as (r: TurnRequest, s: unknown) => unknown).call(t, req, step);
      };
    },
  });
  return new Proxy(store, { get: (t, prop, receiver) => (prop === 'outbox' ? outbox : prop === 'conversations' ? conversations : (Reflect.get(t, prop, receiver) as unknown)) });
}

it("the thread's slot is free once the reply is posted; the next turn's write follows the held \"done\" and its reply is posted once, in order", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-perf27-'));
  const inner = sqliteStore(path.join(dir, 'bot.db'));
  const gate = { held: true, waiting: [] as (() => void)[], afters: [] as (Promise<void> | undefined)[] };
  const h = await startHarness({ extra: { store: held(inner, gate) } });
  try {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1 shows No HTTPS response after the endpoint upgrade');
    const key = `C1:${String(root.ts)}`;
    const replies = () => h.fake.of('chat.postMessage').filter((c) => c.body.channel === 'C1' && c.body.thread_ts === root.ts);
    expect((await post(h.port, eventCallback(root, 'EvP27A'))).status).toBe(200);
    await h.fake.waitFor(() => replies().length >= 1);
    await until(() => gate.waiting.length === 1, 5000);
    // The "done" is held, yet the thread's slot is free (before: it waited for the "done").
    let free = false;
    void h.bot.deps.service.serial(key, () => (free = true));
    await until(() => free, 5000);
    expect(gate.afters[0]).toBeUndefined();
    const first = replies().length;

    // The next message: its turn is handed the "done" still in flight and writes only after it.
    expect((await post(h.port, eventCallback(message('C1', 'channel', 'UALICE', 'the endpoints run CE 9.15.3', { thread_ts: root.ts }), 'EvP27B'))).status).toBe(200);
    await until(() => gate.afters.length === 2, 5000);
    const after = gate.afters[1];
    expect(after).toBeInstanceOf(Promise);
    let followed = false;
    void after!.then(() => (followed = true));
    await sleep(100);
    expect(followed).toBe(false);
    expect(replies()).toHaveLength(first);
    gate.held = false;
    for (const r of gate.waiting.splice(0)) r();
    await h.fake.waitFor(() => replies().length > first);
    expect(followed).toBe(true);
    await h.bot.idle();
    // Each reply once, the second turn's after the first's, and nothing left pending.
    const meta = (m: unknown) => (typeof m === 'string' ? (JSON.parse(m) as unknown) : m) as { event_payload?: { outbox_id?: string } } | undefined;
    const ids = replies().map((c) => meta(c.body.metadata)?.event_payload?.outbox_id);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => String(id).startsWith('ev:EvP27A/')).length).toBe(first);
    expect(ids.slice(0, first).every((id) => String(id).startsWith('ev:EvP27A/'))).toBe(true);
    expect(ids.slice(first).every((id) => String(id).startsWith('ev:EvP27B/'))).toBe(true);
    expect(await inner.outbox.pending({ key })).toHaveLength(0);
  } finally {
    gate.held = false;
    for (const r of gate.waiting.splice(0)) r();
    await h.close();
    await inner.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
