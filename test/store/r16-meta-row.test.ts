/**
 * SQLite surface_meta writes (writeMetaRow) and migration 8 (the user index without the time): the
 * rows stored are those the upsert stored before, in every case; a write that keeps the user leaves
 * the user index alone; a version-7 file keeps its rows and App Home's order.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, openDb } from '../../src/store/db';
import { SqliteMetaStore } from '../../src/store/meta';
import { metaRowStatements, writeMetaRow } from '../../src/store/sqlite';

const UPSERT = `INSERT INTO surface_meta(key, user, meta, updated_at) VALUES (@key, @user, @meta, @now)
  ON CONFLICT(key) DO UPDATE SET user = COALESCE(excluded.user, surface_meta.user), meta = excluded.meta, updated_at = excluded.updated_at`;

describe('SQLite surface_meta rows', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-meta-row-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stores what the upsert stored: new rows, the same user, another user, no user, a NULL user kept', () => {
    const db = openDb(':memory:');
    db.exec('CREATE TABLE twin (key TEXT PRIMARY KEY, user TEXT, meta TEXT NOT NULL, updated_at INTEGER NOT NULL)');
    const twin = db.prepare(UPSERT.replaceAll('surface_meta', 'twin'));
    const q = metaRowStatements(db);
    const keys = ['K1', 'K2', 'K3'];
    const users = ['U1', 'U2', null];
    let n = 0;
    // every sequence of three writes of (key, user) over a small alphabet, compared after each write
    for (const k of keys)
      for (const a of users)
        for (const b of users)
          for (const c of users) {
            for (const user of [a, b, c]) {
              const row = { key: k, user, meta: `{"n":${++n}}`, now: n };
              writeMetaRow(q, row);
              twin.run(row);
              expect(db.prepare('SELECT key, user, meta, updated_at FROM surface_meta ORDER BY key').all()).toEqual(db.prepare('SELECT key, user, meta, updated_at FROM twin ORDER BY key').all());
            }
            db.exec('DELETE FROM surface_meta; DELETE FROM twin;');
          }
    db.close();
  });

  it('a write that keeps the user writes no page of the user index (migration 8)', () => {
    const file = path.join(dir, 'm.db');
    const db = openDb(file);
    const meta = new SqliteMetaStore(db);
    const q = metaRowStatements(db);
    // enough rows for the index to have pages of its own apart from the table's
    for (let i = 0; i < 300; i++) writeMetaRow(q, { key: `D${i}:1.0`, user: `U${i % 7}`, meta: JSON.stringify({ status: 'open', user: `U${i % 7}`, headline: 'x'.repeat(200) }), now: i });
    db.pragma('wal_checkpoint(TRUNCATE)');
    const indexPages = new Set((db.prepare("SELECT pageno FROM dbstat WHERE name = 'surface_meta_by_user'").all() as { pageno: number }[]).map((r) => r.pageno));
    expect(indexPages.size).toBeGreaterThan(0);
    const walPages = (): number[] => {
      const wal = fs.readFileSync(`${file}-wal`);
      const size = db.pragma('page_size', { simple: true }) as number;
      const out: number[] = [];
      for (let off = 32; off + 24 + size <= wal.length; off += 24 + size) out.push(wal.readUInt32BE(off));
      return out;
    };
    return (async () => {
      await meta.set('D5:1.0', { status: 'fixed', user: 'U5', headline: 'y' });
      await meta.update('D6:1.0', (cur) => ({ ...cur!, status: 'failing' }));
      await meta.set('D8:1.0', { status: 'open' }); // no user: the stored one is kept
      expect(walPages().filter((p) => indexPages.has(p))).toEqual([]);
      expect((db.prepare("SELECT user FROM surface_meta WHERE key = 'D8:1.0'").get() as { user: string }).user).toBe('U1');
      // another user does move the entry (and App Home lists it under its new user)
      await meta.set('D9:1.0', { status: 'open', user: 'U9' });
      expect(walPages().some((p) => indexPages.has(p))).toBe(true);
      expect((await meta.recentFor('U9', 5)).map((e) => e.key)).toEqual(['D9:1.0']);
      db.close();
    })();
  });

  it('upgrades a version-7 file: the rows stay, App Home lists them newest first as before', async () => {
    const file = path.join(dir, 'v7.db');
    const old = new Database(file);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.version <= 7)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, 0)').run(m.version, m.name);
    }
    const put = old.prepare('INSERT INTO surface_meta(key, user, meta, updated_at) VALUES (?, ?, ?, ?)');
    put.run('C1:1.0', 'U1', JSON.stringify({ status: 'open', user: 'U1' }), 10);
    put.run('C1:2.0', 'U1', JSON.stringify({ status: 'fixed', user: 'U1' }), 30);
    put.run('C1:3.0', 'U1', JSON.stringify({ status: 'open', user: 'U1' }), 30);
    put.run('C2:1.0', 'U2', JSON.stringify({ status: 'open', user: 'U2' }), 20);
    old.close();
    const db = openDb(file);
    const indexes = (db.prepare("SELECT name FROM pragma_index_list('surface_meta') WHERE origin = 'c'").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(['surface_meta_by_user']);
    let t = 40;
    const meta = new SqliteMetaStore(db, () => t);
    expect((await meta.recentFor('U1', 10)).map((e) => [e.key, e.updatedAt])).toEqual([
      ['C1:3.0', 30],
      ['C1:2.0', 30],
      ['C1:1.0', 10],
    ]);
    await meta.set('C1:1.0', { status: 'failing', user: 'U1' });
    t = 50;
    await meta.update('C2:1.0', (cur) => ({ ...cur!, status: 'fixed' }));
    expect((await meta.recentFor('U1', 2)).map((e) => [e.key, e.meta.status])).toEqual([
      ['C1:1.0', 'failing'],
      ['C1:3.0', 'open'],
    ]);
    expect((await meta.recentFor('U2', 10)).map((e) => [e.key, e.meta.status, e.updatedAt])).toEqual([['C2:1.0', 'fixed', 50]]);
    db.close();
  });
});
