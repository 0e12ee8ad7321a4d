/**
 * WAL checkpoints in a worker thread (src/store/sqlite-checkpoint.ts): the worker starts after the
 * first writes, copies the log into the database file, raises the main connection's automatic
 * checkpoint to a safety net, stops with the store; a worker that cannot start leaves the main
 * connection checkpointing as before. The stall it removes is measured in bench/sqlite-checkpoint.js.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ConversationState } from '../../src/conversation/types';
import { sqliteStore } from '../../src/store/sqlite';

const state = (turns: number): ConversationState => ({ v: 1, lang: 'en', facts: {}, pending: null, turns });
const autocheckpoint = (db: Database.Database) => db.pragma('wal_autocheckpoint', { simple: true });

async function until(cond: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('SQLite checkpoints off the event loop', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-ckpt-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('starts after the first writes, copies the log, and the main connection only keeps a safety net', async () => {
    const file = path.join(dir, 'a.db');
    const store = sqliteStore(file, { checkpoint: { startAfterWrites: 5, busyMs: 10, idleMs: 50 } });
    const cp = store.checkpointer!;
    for (let i = 0; i < 5; i++) await store.conversations.put(`k${i}`, state(i), []);
    expect(cp.running).toBe(false);
    expect(autocheckpoint(store.db)).toBe(1000); // SQLite's default until the worker runs
    for (let i = 5; i < 200; i++) await store.conversations.put(`k${i % 20}`, state(i), []);
    expect(cp.running).toBe(true);
    expect(autocheckpoint(store.db)).toBe(8000);
    // the worker copies what the main connection wrote (the main connection never reached its 8000 pages)
    await until(async () => (await cp.refresh()).copied > 0);
    const s = await cp.refresh();
    expect(s.runs).toBeGreaterThan(0);
    expect(s.copied).toBeGreaterThan(0);
    await store.close();
    expect(cp.running).toBe(false);
    // everything written is there after closing and opening again
    const again = sqliteStore(file, { checkpoint: false });
    expect(await again.conversations.count()).toBe(20);
    expect((await again.conversations.get('k19'))!.state.turns).toBe(199);
    await again.close();
  });

  it('after a checkpoint, the database file alone holds the rows (the log is not needed)', async () => {
    const file = path.join(dir, 'b.db');
    const store = sqliteStore(file, { checkpoint: { startAfterWrites: 0, busyMs: 10, idleMs: 10 } });
    for (let i = 0; i < 30; i++) await store.conversations.put(`k${i}`, state(i), []);
    // wait until the worker has copied every frame the log holds
    await until(async () => {
      const s = await store.checkpointer!.refresh();
      return s.runs > 2 && s.log > 0 && s.copied >= s.log;
    });
    // a copy of the database file without its -wal file has all 30 rows
    const copy = path.join(dir, 'copy.db');
    fs.copyFileSync(file, copy);
    const db = new Database(copy, { readonly: true });
    expect((db.prepare('SELECT COUNT(*) AS n FROM conversations').get() as { n: number }).n).toBe(30);
    db.close();
    await store.close();
  });

  it('a worker that cannot start: reported once, and the main connection checkpoints as before', async () => {
    const errors: Error[] = [];
    const store = sqliteStore(path.join(dir, 'c.db'), { checkpoint: { startAfterWrites: 0, lib: path.join(dir, 'no-such-module.js') }, onError: (e) => errors.push(e) });
    await store.conversations.put('k', state(1), []);
    await until(() => errors.length > 0);
    expect(store.checkpointer!.running).toBe(false);
    expect(autocheckpoint(store.db)).toBe(1000);
    for (let i = 0; i < 50; i++) await store.conversations.put(`k${i}`, state(i), []);
    expect(await store.conversations.count()).toBe(51);
    expect(errors).toHaveLength(1);
    await store.close();
  });

  it('no worker for an in-memory database, or when turned off', async () => {
    const mem = sqliteStore(':memory:');
    expect(mem.checkpointer).toBeNull();
    await mem.close();
    const off = sqliteStore(path.join(dir, 'd.db'), { checkpoint: false });
    for (let i = 0; i < 150; i++) await off.conversations.put(`k${i}`, state(i), []);
    expect(off.checkpointer).toBeNull();
    expect(autocheckpoint(off.db)).toBe(1000);
    await off.close();
  });
});
