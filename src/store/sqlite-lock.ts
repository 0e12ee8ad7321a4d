/**
 * One process per SQLite file (the in-process thread queue, the outbox's delivered set and the
 * outbox leases all assume it): `tms-doctor start` holds `<file>.lock`, a tiny SQLite database of
 * its own, in EXCLUSIVE locking mode for the life of the process. SQLite's locks are the operating
 * system's file locks: they go away when the process does (a crash, kill -9), so a stale lock
 * cannot block the next start, and a second process that tries the same file fails at once. The
 * main database is not touched (its other connections, a backup or a sqlite3 shell, work as before).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export class SqliteFileInUse extends Error {
  constructor(readonly lockFile: string) {
    super(`another process is using it (it holds ${lockFile}); one process per SQLite file: for several replicas use PostgreSQL (DATABASE_URL)`);
    this.name = 'SqliteFileInUse';
  }
}

export interface SqliteLock {
  readonly file: string;
  release(): void;
}

/** The lock file for a database file; null where there is none to take (':memory:', file: URIs). */
function lockFileFor(file: string): string | null {
  return file === ':memory:' || file.startsWith('file:') ? null : `${path.resolve(file)}.lock`;
}

/** Take the lock of `file` for this process, or throw SqliteFileInUse (another process has it). */
export function lockSqliteFile(file: string): SqliteLock | null {
  const lockFile = lockFileFor(file);
  if (!lockFile) return null;
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const db = new Database(lockFile, { timeout: 0 });
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('locking_mode = EXCLUSIVE');
    // The first write takes the exclusive lock; EXCLUSIVE mode keeps it until the connection closes.
    db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, since INTEGER NOT NULL)');
    db.exec('BEGIN IMMEDIATE');
    db.prepare('DELETE FROM holder').run();
    db.prepare('INSERT INTO holder(pid, since) VALUES (?, ?)').run(process.pid, Date.now());
    db.exec('COMMIT');
  } catch (error) {
    db.close();
    if (/^SQLITE_BUSY|^SQLITE_LOCKED/.test(String((error as { code?: unknown }).code))) throw new SqliteFileInUse(lockFile);
    throw error;
  }
  return {
    file: lockFile,
    release: () => {
      if (db.open) db.close();
    },
  };
}
