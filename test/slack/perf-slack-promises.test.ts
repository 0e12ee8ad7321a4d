/**
 * issue 13 (perf-slack): a Slack turn's per-conversation queue and its SQLite writes create fewer
 * promises (each one also runs the log context's AsyncLocalStorage hooks), with the same behaviour:
 * tasks of one key in order, a failed task not stopping the next, keys forgotten when idle; a write
 * that commits at once, a busy one tried again within its budget, any other error not retried.
 */
import { createHook } from 'node:async_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KeyedQueue } from '../../src/slack/queue';
import { retryBusy, sqliteStore } from '../../src/store/sqlite';

/** Promises created while `fn` runs synchronously (its own, and the ones it starts at once). */
function promisesMadeBy(fn: () => unknown): number {
  let n = 0;
  const hook = createHook({
    init(_id, type) {
      if (type === 'PROMISE') n++;
    },
  }).enable();
  try {
    fn();
  } finally {
    hook.disable();
  }
  return n;
}

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe('KeyedQueue', () => {
  it('runs one key in arrival order, goes on after a failure and forgets the key when idle', async () => {
    const q = new KeyedQueue();
    const seen: string[] = [];
    const a = q.run('k', async () => {
      await new Promise((r) => setTimeout(r, 10));
      seen.push('a');
    });
    const b = q.run('k', () => {
      seen.push('b');
      throw new Error('b failed');
    });
    const c = q.run('k', () => (seen.push('c'), 'c'));
    const other = q.run('other', () => (seen.push('other'), 1));
    expect(q.size).toBe(2);
    await expect(b).rejects.toThrow('b failed');
    await expect(c).resolves.toBe('c');
    await a;
    await expect(other).resolves.toBe(1);
    expect(seen).toEqual(['other', 'a', 'b', 'c']);
    await q.idle();
    await new Promise((r) => setImmediate(r));
    expect(q.size).toBe(0);
  });

  it('keeps a key while more is queued behind a finished task', async () => {
    const q = new KeyedQueue();
    let release!: () => void;
    const first = q.run('k', () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setImmediate(r));
    const second = q.run('k', () => 2);
    release();
    await first;
    expect(q.size).toBe(1);
    await expect(second).resolves.toBe(2);
    await q.idle();
    await new Promise((r) => setImmediate(r));
    expect(q.size).toBe(0);
  });

  it('makes at most three promises for a task on an idle key (four before)', () => {
    const q = new KeyedQueue();
    expect(promisesMadeBy(() => q.run('k', () => 1))).toBeLessThanOrEqual(3);
  });
});

describe('retryBusy', () => {
  it('tries at once (synchronously) and makes one promise when the first try succeeds', async () => {
    let tries = 0;
    let p!: Promise<number>;
    const made = promisesMadeBy(() => {
      p = retryBusy(() => ++tries, 1000);
    });
    expect(tries).toBe(1);
    expect(made).toBe(1);
    await expect(p).resolves.toBe(1);
  });

  it("a SQLite store's write that commits at once is done before it returns, in one promise (three before)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-promises-'));
    const store = sqliteStore(path.join(dir, 'p.db'), { checkpoint: false });
    try {
      let p!: Promise<unknown>;
      const made = promisesMadeBy(() => {
        p = store.conversations.put('k', { v: 1, lang: 'en', facts: {}, pending: null, turns: 1 }, []);
      });
      expect(made).toBe(1);
      await p;
      expect((await store.conversations.get('k'))?.state.turns).toBe(1);
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tries a busy store again until it answers', async () => {
    let tries = 0;
    const out = await retryBusy(() => {
      if (++tries < 3) throw busy();
      return 'ok';
    }, 1000);
    expect(out).toBe('ok');
    expect(tries).toBe(3);
  });

  it('does not try again after an error other than busy, nor past its budget', async () => {
    let tries = 0;
    await expect(
      retryBusy(() => {
        tries++;
        throw new Error('disk I/O error');
      }, 1000),
    ).rejects.toThrow('disk I/O error');
    expect(tries).toBe(1);
    tries = 0;
    await expect(
      retryBusy(() => {
        tries++;
        throw busy();
      }, 0),
    ).rejects.toThrow('database is locked');
    expect(tries).toBe(1);
    tries = 0;
    const t0 = Date.now();
    await expect(
      retryBusy(() => {
        tries++;
        throw busy();
      }, 60),
    ).rejects.toThrow('database is locked');
    expect(tries).toBeGreaterThan(1);
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
