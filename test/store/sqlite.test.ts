/**
 * SQLite-only behaviour: the file, WAL, migrations, old files, foreign state, a lock held by
 * another process, a read-only file, space given back after a purge.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ConversationState } from '../../src/conversation/types';
import { dbPathFromEnv, MIGRATIONS, migrate, openDb, schemaVersion } from '../../src/store/db';
import { storeConfigFromEnv } from '../../src/store/open';
import { CONVERSATION_TTL_MS, type TurnStep } from '../../src/store/port';
import { DONE_FLUSH_MS, sqliteStore, sqliteStoreOn } from '../../src/store/sqlite';

const state = (turns: number): ConversationState => ({ v: 1, lang: 'en', facts: {}, pending: null, turns });

describe('SQLite store', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-store-'));
  });
  afterEach(() => {
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates the directory, uses WAL and NORMAL sync, records migrations once', () => {
    const file = path.join(dir, 'nested', 'deeper', 'x.db');
    const db = openDb(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    // SQLite's own wait blocks the process: it stays tiny (the store retries asynchronously)
    expect(db.pragma('busy_timeout', { simple: true }) as number).toBeLessThanOrEqual(50);
    expect(schemaVersion(db)).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    expect(migrate(db)).toBe(0);
    db.close();
    const again = openDb(file);
    expect((again.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(MIGRATIONS.length);
    again.close();
  });

  it('takes the file from TMS_DOCTOR_DB, PostgreSQL from DATABASE_URL, and explains a bad URL', () => {
    expect(dbPathFromEnv({ TMS_DOCTOR_DB: '/tmp/a.db' })).toBe('/tmp/a.db');
    expect(dbPathFromEnv({})).toBe('./data/tms-doctor.db');
    expect(dbPathFromEnv({ TMS_DOCTOR_DB: '  ' })).toBe('./data/tms-doctor.db');
    expect(storeConfigFromEnv({ TMS_DOCTOR_DB: '/tmp/a.db' })).toEqual({ ok: true, config: { kind: 'sqlite', file: '/tmp/a.db' } });
    expect(storeConfigFromEnv({ DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/x', TMS_DOCTOR_DB: '/tmp/a.db' })).toEqual({ ok: true, config: { kind: 'postgres', url: 'postgres://u:p@127.0.0.1:5432/x' } });
    const bad = storeConfigFromEnv({ DATABASE_URL: 'mysql://x/y' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/postgres:\/\//);
    expect(storeConfigFromEnv({ DATABASE_URL: 'not a url' }).ok).toBe(false);
  });

  it('upgrades a version-1 file: keeps conversations, drops rendered replies nothing needs', async () => {
    const file = path.join(dir, 'old.db');
    const old = new Database(file);
    old.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
    old.exec(MIGRATIONS[0]!.sql);
    old.prepare("INSERT INTO schema_migrations VALUES (1, 'x', 0)").run();
    const big = JSON.stringify([{ lang: 'en', blocks: [{ type: 'paragraph', text: 'x'.repeat(19000) }] }]);
    old.prepare('INSERT INTO conversations VALUES (?, ?, ?, 0, 0, 9e15)').run('C1:1.0', JSON.stringify(state(2)), big);
    old.prepare('INSERT INTO conversations VALUES (?, ?, ?, 0, 0, 9e15)').run('slash:C1:U1', JSON.stringify(state(1)), big);
    old.close();
    const store = sqliteStore(file);
    expect((await store.conversations.get('C1:1.0'))!).toMatchObject({ state: { turns: 2 }, lastReplies: [] });
    expect((await store.conversations.get('slash:C1:U1'))!.lastReplies).toHaveLength(1);
    expect(store.db.pragma('auto_vacuum', { simple: true })).toBe(2);
    await store.close();
  });

  it('upgrades a version-5 file: seen event ids move to a WITHOUT ROWID table and still refuse a duplicate', async () => {
    const file = path.join(dir, 'v5.db');
    const old = new Database(file);
    old.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
    for (const m of MIGRATIONS.filter((x) => x.version <= 5)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, 0)').run(m.version, m.name);
    }
    const now = Date.now();
    old.prepare('INSERT INTO seen_events VALUES (?, ?)').run('ev:old', now);
    old.prepare('INSERT INTO seen_events VALUES (?, ?)').run('ev:expired', now - 30 * 24 * 3600 * 1000);
    old.prepare('INSERT INTO seen_events VALUES (NULL, ?)').run(now); // a rowid table let a NULL key in
    old.close();
    const store = sqliteStore(file);
    expect(schemaVersion(store.db)).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    const ddl = (name: string) => (store.db.prepare("SELECT sql FROM sqlite_master WHERE name = ?").get(name) as { sql: string }).sql;
    expect(ddl('seen_events')).toMatch(/WITHOUT ROWID/);
    // migration 7 then drops the per-turn index on seen_at (the purge scans the table)
    expect(store.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'seen_events_at'").get()).toBeUndefined();
    // conversations and surface_meta keep their rowid tables (measured: fewer WAL frames that way)
    expect(ddl('conversations')).not.toMatch(/WITHOUT ROWID/);
    expect(ddl('surface_meta')).not.toMatch(/WITHOUT ROWID/);
    expect((store.db.prepare('SELECT COUNT(*) AS n FROM seen_events').get() as { n: number }).n).toBe(2);
    const step: TurnStep = () => ({ state: state(1), replies: [], keepReplies: false, outbox: null });
    expect((await store.conversations.turn({ key: 'K', dedupe: ['ev:old'] }, step)).status).toBe('duplicate');
    expect((await store.conversations.turn({ key: 'K', dedupe: ['ev:new'] }, step)).status).toBe('ok');
    expect((await store.conversations.turn({ key: 'K', dedupe: ['ev:new'] }, step)).status).toBe('duplicate');
    expect((await store.purge()).events).toBe(1);
    expect(store.db.prepare('SELECT id FROM seen_events ORDER BY id').all()).toEqual([{ id: 'ev:new' }, { id: 'ev:old' }]);
    await store.close();
  });

  it('upgrades a version-6 file: no index written on every turn, and the purge still removes exactly what has expired', async () => {
    const file = path.join(dir, 'v6.db');
    const old = new Database(file);
    old.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
    for (const m of MIGRATIONS.filter((x) => x.version <= 6)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, 0)').run(m.version, m.name);
    }
    const t = Date.now();
    const conv = old.prepare('INSERT INTO conversations VALUES (?, ?, NULL, 0, 0, ?)');
    conv.run('live', JSON.stringify(state(1)), t + 60_000);
    conv.run('expired', JSON.stringify(state(1)), t - 1);
    old.prepare('INSERT INTO seen_events VALUES (?, ?)').run('ev:recent', t);
    old.prepare('INSERT INTO seen_events VALUES (?, ?)').run('ev:expired', t - 7 * 3600 * 1000);
    old.close();
    const store = sqliteStore(file, { now: () => t });
    expect(schemaVersion(store.db)).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    const indexes = (table: string) => (store.db.prepare(`SELECT name FROM pragma_index_list('${table}') WHERE origin = 'c'`).all() as { name: string }[]).map((r) => r.name);
    expect(indexes('conversations')).toEqual([]);
    expect(indexes('seen_events')).toEqual([]);
    const step: TurnStep = () => ({ state: state(2), replies: [], keepReplies: false, outbox: null });
    expect((await store.conversations.turn({ key: 'live', dedupe: ['ev:recent'] }, step)).status).toBe('duplicate');
    expect((await store.conversations.turn({ key: 'live', dedupe: ['ev:expired'] }, step)).status).toBe('duplicate');
    const counts = await store.purge();
    expect(counts).toMatchObject({ conversations: 1, events: 1 });
    expect(await store.conversations.get('live')).not.toBeNull();
    expect(store.db.prepare('SELECT key FROM conversations').all()).toEqual([{ key: 'live' }]);
    expect(store.db.prepare('SELECT id FROM seen_events').all()).toEqual([{ id: 'ev:recent' }]);
    await store.close();
  });

  it('treats unreadable or foreign state as a new conversation', async () => {
    const store = sqliteStore(path.join(dir, 'f.db'));
    store.db.prepare("INSERT INTO conversations VALUES ('k1', '{not json', NULL, 0, 0, 9e15)").run();
    store.db.prepare("INSERT INTO conversations VALUES ('k2', '{\"v\":99}', NULL, 0, 0, 9e15)").run();
    expect(await store.conversations.get('k1')).toBeNull();
    expect(await store.conversations.get('k2')).toBeNull();
    await store.close();
  });

  it('waits for a lock held by another process without blocking the event loop', async () => {
    const file = path.join(dir, 'l.db');
    const store = sqliteStore(file);
    // Another process takes the write lock for 1.5 s.
    const holder = spawn(process.execPath, ['-e', `
      const D = require('better-sqlite3'); const db = new D(${JSON.stringify(file)});
      db.exec('BEGIN IMMEDIATE'); db.prepare('INSERT INTO store_check(id, at) VALUES (2, 0)').run();
      process.stdout.write('locked\\n');
      setTimeout(() => { db.exec('COMMIT'); db.close(); }, 1500);
    `], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((res) => holder.once('exit', res));
    await new Promise<void>((r) => holder.stdout!.once('data', () => r()));
    let ticks = 0;
    let maxGap = 0;
    let last = Date.now();
    const timer = setInterval(() => {
      const t = Date.now();
      maxGap = Math.max(maxGap, t - last);
      last = t;
      ticks++;
    }, 10);
    const started = Date.now();
    const r = await store.conversations.turn({ key: 'K', dedupe: ['ev:1'] }, () => ({ state: state(1), replies: [], keepReplies: false, outbox: null }));
    const waited = Date.now() - started;
    clearInterval(timer);
    await exited;
    expect(r.status).toBe('ok');
    expect(waited).toBeGreaterThan(500); // it did wait for the other process
    expect(maxGap).toBeLessThan(750); // …while timers kept running (a blocked loop shows a gap near the 1.5 s lock)
    expect(ticks).toBeGreaterThan(20);
    await store.close();
  });

  it('a read-only file is opened but reported as not writable', async () => {
    const file = path.join(dir, 'ro.db');
    const s = sqliteStore(file);
    await s.conversations.put('K', state(1), []);
    await s.close();
    let store;
    if (process.getuid?.() === 0) {
      // root ignores file modes: a read-only handle is the same situation for SQLite
      store = sqliteStoreOn(new Database(file, { readonly: true }), file);
    } else {
      fs.chmodSync(file, 0o444);
      fs.chmodSync(dir, 0o555);
      try {
        store = sqliteStore(file);
      } catch (error) {
        expect(String(error)).toMatch(/readonly|read-only|unable to open/i);
        return;
      }
    }
    expect(await store.conversations.get('K')).toMatchObject({ state: { turns: 1 } });
    const c = await store.check();
    expect(c).toMatchObject({ ok: false, reason: expect.stringMatching(/READONLY/) });
    await store.close();
  });

  describe('a delivered item\'s DELETE rides on the next write', () => {
    const target = { channel: 'D1', threadTs: '1.0', user: 'U1' };
    const twoParts: TurnStep = (prev) => ({
      state: state((prev?.state.turns ?? 0) + 1),
      replies: [],
      keepReplies: false,
      outbox: { target, messages: [0, 1].map((i) => ({ text: `part ${i}`, blocks: [] })) },
    });
    const rows = (file: string) => {
      const raw = new Database(file, { readonly: true });
      try {
        return (raw.prepare('SELECT id FROM outbox ORDER BY seq').all() as { id: string }[]).map((r) => r.id);
      } finally {
        raw.close();
      }
    };

    it('is no longer pending anywhere in this process at once, and gone from the file with the next turn', async () => {
      const file = path.join(dir, 'done.db');
      const store = sqliteStore(file, { checkpoint: false });
      const other = sqliteStore(file, { checkpoint: false });
      try {
        await store.conversations.turn({ key: 'K', dedupe: ['ev:1'] }, twoParts);
        expect(await store.outbox.done('ev:1/0')).toEqual({ more: true });
        // Left out by both handles, not leased again, though still in the file.
        expect((await store.outbox.pending()).map((p) => p.id)).toEqual(['ev:1/1']);
        expect((await other.outbox.pending({ key: 'K' })).map((p) => p.id)).toEqual(['ev:1/1']);
        expect(rows(file)).toEqual(['ev:1/0', 'ev:1/1']);
        expect(await other.outbox.lease('ev:1/0', 'someone', 1000)).toBeNull();
        // The last one of its key: nothing more, said by the other handle too.
        expect(await other.outbox.done('ev:1/1')).toEqual({ more: false });
        expect(await store.outbox.done('ev:1/1')).toEqual({ more: true }); // already done: nobody knows
        await other.conversations.turn({ key: 'K', dedupe: ['ev:2'] }, twoParts);
        expect(rows(file)).toEqual(['ev:2/0', 'ev:2/1']);
      } finally {
        await other.close();
        await store.close();
      }
    });

    it("answers a leased turn's done without a read while nothing of its key was queued since, and reads the file once something was", async () => {
      const file = path.join(dir, 'alone.db');
      const store = sqliteStore(file, { checkpoint: false });
      const other = sqliteStore(file, { checkpoint: false });
      const lease = { owner: 'turn', ms: 30_000 };
      const proto = Object.getPrototypeOf(store.db.prepare('SELECT 1')) as { get: (...a: unknown[]) => unknown };
      const get = jest.spyOn(proto, 'get');
      const reads = async (f: () => Promise<unknown>) => {
        get.mockClear();
        await f();
        return get.mock.calls.length;
      };
      try {
        // Alone in its key and nothing queued since: no read, the same answers as the file's.
        await store.conversations.turn({ key: 'K', dedupe: ['ev:1'], lease }, twoParts);
        let r: unknown;
        expect(await reads(async () => (r = await store.outbox.done('ev:1/0')))).toBe(0);
        expect(r).toEqual({ more: true });
        expect(await reads(async () => (r = await other.outbox.done('ev:1/1')))).toBe(0);
        expect(r).toEqual({ more: false });
        expect(await store.outbox.pending()).toEqual([]);
        expect(await store.outbox.done('ev:1/1')).toEqual({ more: true }); // already done: nobody knows
        // Another turn of the key queued meanwhile (on another handle): read, and it is counted.
        await store.conversations.turn({ key: 'K', dedupe: ['ev:2'], lease }, twoParts);
        await other.conversations.turn({ key: 'K', dedupe: ['ev:3'], lease }, twoParts);
        expect(await reads(async () => (r = await store.outbox.done('ev:2/0')))).toBe(1);
        expect(r).toEqual({ more: true });
        expect(await store.outbox.done('ev:2/1')).toEqual({ more: true }); // ev:3's items
        expect(await store.outbox.done('ev:3/0')).toEqual({ more: true });
        expect(await store.outbox.done('ev:3/1')).toEqual({ more: false });
        // Another key queued meanwhile (eight conversations at once): still no read, the same answers.
        await store.conversations.turn({ key: 'K', dedupe: ['ev:4'], lease }, twoParts);
        await other.conversations.turn({ key: 'K2', dedupe: ['ev:5'], lease }, twoParts);
        expect(await reads(async () => (r = await store.outbox.done('ev:4/0')))).toBe(0);
        expect(r).toEqual({ more: true });
        expect(await reads(async () => (r = await store.outbox.done('ev:4/1')))).toBe(0);
        expect(r).toEqual({ more: false });
        // A purge in between: read.
        await store.conversations.turn({ key: 'K3', dedupe: ['ev:6'], lease }, twoParts);
        await other.purge();
        expect(await reads(async () => (r = await store.outbox.done('ev:6/0')))).toBe(1);
        expect(r).toEqual({ more: true });
        expect(await store.outbox.done('ev:6/1')).toEqual({ more: false });
        // Not leased (something of its key was pending): read.
        await store.conversations.turn({ key: 'K4', dedupe: ['ev:7'] }, twoParts);
        expect(await reads(async () => (r = await store.outbox.done('ev:7/0')))).toBe(1);
        expect(r).toEqual({ more: true });
      } finally {
        get.mockRestore();
        await other.close();
        await store.close();
      }
      expect(rows(file)).toEqual(['ev:5/0', 'ev:5/1', 'ev:7/1']);
    });

    it('is committed on its own when nothing else writes, and on close', async () => {
      const file = path.join(dir, 'alone.db');
      const store = sqliteStore(file, { checkpoint: false });
      await store.conversations.turn({ key: 'K', dedupe: ['ev:1'] }, twoParts);
      await store.outbox.done('ev:1/0');
      await new Promise((r) => setTimeout(r, DONE_FLUSH_MS + 100));
      expect(rows(file)).toEqual(['ev:1/1']);
      await store.outbox.done('ev:1/1');
      await store.close();
      expect(rows(file)).toEqual([]);
    });

    it('lost in a crash, the item is pending again at the next start, with its earlier lease counted (delivery looks before posting)', async () => {
      const file = path.join(dir, 'crash.db');
      const store = sqliteStore(file, { checkpoint: false });
      await store.conversations.turn({ key: 'K', dedupe: ['ev:1'], lease: { owner: 'turn-1', ms: 30_000 } }, twoParts);
      expect(await store.outbox.done('ev:1/0')).toEqual({ more: true });
      // The process dies now: what is on disk is the file and its log as they are (copied as they are).
      const copy = path.join(dir, 'after-crash.db');
      fs.copyFileSync(file, copy);
      fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
      const next = sqliteStore(copy, { checkpoint: false });
      try {
        expect((await next.outbox.pending()).map((p) => p.id)).toEqual(['ev:1/0', 'ev:1/1']);
        expect(await next.outbox.lease('ev:1/0', 'restarted', 30_000)).toEqual({ tries: 2 });
      } finally {
        await next.close();
        await store.close();
      }
    });
  });

  it('gives space back to the file system after a purge', async () => {
    let now = 1_000_000;
    const file = path.join(dir, 'v.db');
    // No checkpoint worker: its own checkpoint, running at the same moment, could keep the TRUNCATE
    // checkpoints below from copying every page (this test is about the vacuum after a purge).
    const store = sqliteStore(file, { now: () => now, checkpoint: false });
    const big = [{ lang: 'en' as const, blocks: [{ type: 'paragraph' as const, text: 'y'.repeat(20_000) }] }];
    for (let i = 0; i < 200; i++) await store.conversations.put(`slash:C1:U${i}`, state(1), big);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const full = fs.statSync(file).size;
    now += CONVERSATION_TTL_MS + 1;
    expect((await store.purge()).conversations).toBe(200);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const after = fs.statSync(file).size;
    expect(full).toBeGreaterThan(3_000_000);
    expect(after).toBeLessThan(full / 4);
    await store.close();
  });
});
