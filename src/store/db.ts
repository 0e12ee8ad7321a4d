/**
 * The bot's SQLite database (better-sqlite3): one file, WAL mode, numbered migrations.
 * Other modules (conversations, dedupe, rate limits, the probe log) add their tables through
 * MIGRATIONS so a fresh file and an old one end up with the same schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export const DEFAULT_DB_PATH = './data/tms-doctor.db';
/** How long a statement waits for another connection's lock before failing (ms). */
export const BUSY_TIMEOUT_MS = 1000;

interface Migration {
  version: number;
  name: string;
  sql: string;
}

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
