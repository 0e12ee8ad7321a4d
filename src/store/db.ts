/**
 * The bot's SQLite database (better-sqlite3): one file, WAL mode, numbered migrations.
 * Other modules (conversations, dedupe, rate limits, the probe log) add their tables through
 * MIGRATIONS so a fresh file and an old one end up with the same schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { fleetJobsAckedMigration, fleetJobsMigration, fleetJobsResumableMigration, outboxTableSql, SQLITE_TYPES, type Migration } from './schema';

export type Db = Database.Database;

export const DEFAULT_DB_PATH = './data/tms-doctor.db';
/**
 * How long SQLite itself waits for another connection's lock (ms). better-sqlite3 is synchronous,
 * so this wait blocks the whole process: keep it tiny. The store retries a busy statement
 * asynchronously instead (src/store/sqlite.ts), so acks and /healthz keep flowing meanwhile.
 */
export const BUSY_TIMEOUT_MS = 20;

/** Append only. Never edit a migration that has shipped: add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'conversations, seen events, probe quota',
    sql: `
      CREATE TABLE conversations (
        key         TEXT PRIMARY KEY,
        state       TEXT NOT NULL,
        last_reply  TEXT,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        expires_at  INTEGER NOT NULL
      );
      CREATE INDEX conversations_expires ON conversations(expires_at);
      CREATE TABLE seen_events (
        id       TEXT PRIMARY KEY,
        seen_at  INTEGER NOT NULL
      );
      CREATE INDEX seen_events_at ON seen_events(seen_at);
      CREATE TABLE probe_quota (
        user  TEXT NOT NULL,
        at    INTEGER NOT NULL
      );
      CREATE INDEX probe_quota_user_at ON probe_quota(user, at);
    `,
  },
  {
    version: 2,
    name: 'probe log, outbox, store check; rendered replies kept only for Share',
    sql: `
      CREATE TABLE IF NOT EXISTS probe_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        surface TEXT NOT NULL,
        target TEXT NOT NULL,
        result_json TEXT,
        refused TEXT
      );
      CREATE INDEX IF NOT EXISTS probe_log_at ON probe_log (at);
      ${outboxTableSql(SQLITE_TYPES)}
      CREATE TABLE store_check (id INTEGER PRIMARY KEY, at INTEGER NOT NULL);
      -- Only slash-command conversations offer Share; nothing else needs its last rendered answer.
      UPDATE conversations SET last_reply = NULL WHERE key NOT LIKE 'slash:%';
    `,
  },
  {
    version: 3,
    name: 'surface metadata (answer cards)',
    sql: `
      CREATE TABLE IF NOT EXISTS surface_meta (
        key         TEXT PRIMARY KEY,
        user        TEXT,
        meta        TEXT NOT NULL,
        updated_at  INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS surface_meta_user ON surface_meta(user, updated_at);
    `,
  },
  fleetJobsMigration(4, SQLITE_TYPES),
  fleetJobsResumableMigration(5),
  {
    version: 6,
    name: 'seen events WITHOUT ROWID (one b-tree fewer per claimed event id)',
    // A rowid table keyed by text keeps each row in the rowid b-tree and again in the key's index:
    // every claimed event id (two a turn) wrote both. WITHOUT ROWID keeps the row in its key's
    // b-tree only: ~0.8 WAL frames fewer per turn in bench:slack. Same columns, types and
    // constraints; an id that is NULL (a rowid table allowed it; no statement can find such a row)
    // is not carried over, as a WITHOUT ROWID primary key is NOT NULL. conversations and
    // surface_meta stay as they are: their rows (0.4-1 KB) are updated in place in a rowid table,
    // and WITHOUT ROWID made each turn write more frames, not fewer (b-tree rebalancing).
    sql: `
      CREATE TABLE seen_events_v6 (
        id       TEXT PRIMARY KEY,
        seen_at  INTEGER NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO seen_events_v6(id, seen_at) SELECT id, seen_at FROM seen_events WHERE id IS NOT NULL;
      DROP TABLE seen_events;
      ALTER TABLE seen_events_v6 RENAME TO seen_events;
      CREATE INDEX seen_events_at ON seen_events(seen_at);
    `,
  },
  {
    version: 7,
    name: 'no index on conversations.expires_at nor seen_events.seen_at (written every turn, read by the hourly purge only)',
    // Every turn moved its conversation's entry in conversations_expires (expires_at is pushed back on
    // each upsert) and appended its two event ids to seen_events_at: ~2.2 of ~10.9 WAL frames per
    // turn, ~13 us of the store's ~118 us of CPU per turn (store turns alone, both builds alternating in one process).
    // Only the hourly purge read them. Without them it scans the table instead: seen_events' ids are
    // unrelated to their times, so deleting a sixth of them already touched nearly every page of its
    // b-tree (measured: the same time, 2 ms for 20,000 ids); conversations measured 9-28 ms either
    // way for 10,000 conversations with 200 expired. PostgreSQL keeps its own indexes.
    sql: `
      DROP INDEX IF EXISTS conversations_expires;
      DROP INDEX IF EXISTS seen_events_at;
    `,
  },
  {
    version: 8,
    name: 'surface metadata indexed by user only (its time is rewritten by every card write)',
    // recentFor (App Home: a user's cards, newest first) is the index's only reader; with the time in
    // it, every write of a card's metadata (a turn that redraws or posts a card, the card's position,
    // a press) moved the row's index entry (~0.5 of ~9.7 WAL frames per turn in bench:slack). Indexed
    // by user alone, a write that keeps the user and does not set it (writeMetaRow, src/store/sqlite.ts)
    // leaves the index as it is; recentFor sorts the user's entries (the same rows, in the same order).
    sql: `
      DROP INDEX IF EXISTS surface_meta_user;
      CREATE INDEX surface_meta_by_user ON surface_meta(user);
    `,
  },
  fleetJobsAckedMigration(9),
];

/** Resolve the database file from the environment (TMS_DOCTOR_DB) or the default. */
export function dbPathFromEnv(env: NodeJS.ProcessEnv): string {
  const p = env.TMS_DOCTOR_DB?.trim();
  return p ? p : DEFAULT_DB_PATH;
}

/**
 * Open (creating the directory and file if needed) and migrate. `:memory:` works for tests.
 */
export function openDb(file: string): Db {
  if (file !== ':memory:' && !file.startsWith('file:')) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  const db = new Database(file);
  // Space freed by purges goes back to the file system (PRAGMA incremental_vacuum after a purge).
  // A fresh file takes the setting at once; an older file is converted once by VACUUM.
  if (db.pragma('auto_vacuum', { simple: true }) !== 2) {
    db.pragma('auto_vacuum = INCREMENTAL');
    const tables = (db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
    if (tables > 0 && file !== ':memory:') db.exec('VACUUM');
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // better-sqlite3 is synchronous: a busy wait blocks the whole process. Keep it well under Slack's
  // 3 s acknowledgement deadline, so a database locked by someone else (a backup, a sqlite3 shell)
  // costs a polite "try again" instead of missed acks for every request meanwhile.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

export function migrate(db: Db): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  let count = 0;
  const record = db.prepare('INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, Date.now());
    })();
    count++;
  }
  return count;
}

export function schemaVersion(db: Db): number {
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}
