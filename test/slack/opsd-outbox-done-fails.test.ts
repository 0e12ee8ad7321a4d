/**
 * OPS-D #2 (issue 13): the outbox's "done" failing after a turn's reply was posted (the store
 * unavailable right then). What the operator and the user see: no crash, the reply once (neither
 * Slack's retry of the event nor the outbox sweeper that picks the item up again posts it a second
 * time: the item's next delivery looks for it in the thread first), one error line carrying the
 * thread key and the event id, and the failed store operation in the metrics.
 *
 * A real app (HTTP mode, signed requests) on the local fake Web API, its store a SQLite file whose
 * outbox "done" fails while `failing.on` is set.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Store } from '../../src/store/port';
import { sqliteStore } from '../../src/store/sqlite';
import { startHarness, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';
import { sleep, until } from './wait';

jest.setTimeout(30000);

/** `store` whose outbox "done" rejects while `failing.on` (counting the calls). */
function doneFails(store: Store, failing: { on: boolean; calls: number }): Store {
  const outbox = new Proxy(store.outbox, {
    get(t, prop, receiver) {
      const v = Reflect.get(t, prop, receiver) as unknown;
      if (prop !== 'done' || typeof v !== 'function') return v;
      return (id: string) => {
        failing.calls++;
        return failing.on ? Promise.reject(Object.assign(new Error('connection lost: outbox done not written'), { code: 'ECONNRESET' })) : (v as (id: string) => Promise<{ more: boolean }>).call(t, id);
      };
    },
  });
  return new Proxy(store, { get: (t, prop, receiver) => (prop === 'outbox' ? outbox : (Reflect.get(t, prop, receiver) as unknown)) });
}

const metric = async (h: Harness, re: RegExp) => Number((await h.bot.deps.metrics.text()).body.match(re)?.[1] ?? '0');

it('"done" fails after the reply was posted: no crash, one error line with the key and the event id, counted; neither the retry nor the sweeper posts it again', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-opsd-done-'));
  const inner = sqliteStore(path.join(dir, 'bot.db'));
  const failing = { on: true, calls: 0 };
  const h = await startHarness({ extra: { store: doneFails(inner, failing), outboxLeaseMs: 400, outboxSweepMs: 50 } });
  try {
    const root = mention('C1', 'UALICE', '<@UBOT> TMS 15.2.1 shows No HTTPS response after the endpoint upgrade');
    const key = `C1:${String(root.ts)}`;
    const body = eventCallback(root, 'EvDONE1');
    const first = await post(h.port, body);
    expect(first.status).toBe(200);
    const replies = () => h.fake.of('chat.postMessage').filter((c) => c.body.channel === 'C1' && c.body.thread_ts === root.ts);
    await h.fake.waitFor(() => replies().length === 1);
    await until(() => failing.calls >= 1, 5000);
    failing.on = false;

    // one error line naming the thread, the event and the reply, saying it was posted and will not be posted again
    const errors = h.logger.lines.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ key, event_id: 'EvDONE1', outbox_id: 'ev:EvDONE1/0', posted: true, reason: 'ECONNRESET' });
    expect(String(errors[0]!.msg)).toMatch(/reply posted, but the store did not record it as delivered: .* does not post it again/);
    expect(JSON.stringify(h.logger.lines)).not.toContain('xoxb-test-token');
    // the failed store operation is counted
    expect(await metric(h, /tms_doctor_store_seconds_count\{op="outbox\.done",outcome="error"\} (\d+)/)).toBe(1);

    // Slack retries the event: a duplicate, nothing posted again
    await post(h.port, body, { retryNum: 1 });
    // the item's lease runs out and the sweeper delivers it: it looks in the thread first, finds it, posts nothing
    await until(async () => (await inner.outbox.pending({ key })).length === 0, 10000);
    await sleep(200);
    expect(replies()).toHaveLength(1);
    expect(h.fake.of('conversations.replies').length).toBeGreaterThan(0);
    expect(h.logger.lines.filter((l) => l.level === 'error')).toHaveLength(1);

    // the bot goes on: the next message of the thread is answered
    await post(h.port, eventCallback(message('C1', 'channel', 'UALICE', 'the endpoints run CE 9.15.3', { thread_ts: root.ts }), 'EvDONE2'));
    await h.fake.waitFor(() => replies().length === 2);
    expect(await metric(h, /tms_doctor_turns_total\{surface="thread",outcome="failed"\} (\d+)/)).toBe(0);
  } finally {
    await h.close();
    await inner.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
