/**
 * Wiring: which store backend the configuration asks for. The only module that names backends;
 * Slack code, the console and the CLI receive a `Store` (src/store/port.ts).
 *   DATABASE_URL=postgres://…  PostgreSQL (several replicas may share it)
 *   TMS_DOCTOR_DB=<file>        SQLite (the default: ./data/tms-doctor.db; one process)
 */
import { dbPathFromEnv } from './db';
import { memoryStore, type MemoryStoreOptions } from './memory';
import type { Store } from './port';
import type { PostgresStoreOptions } from './postgres';
import { sqliteStore, type SqliteStoreOptions } from './sqlite';

export type StoreConfig =
  | { kind: 'memory' }
  | { kind: 'sqlite'; file: string }
  /** `migrationWaitMs`: how long start-up waits for another replica's migrations (PG_MIGRATION_WAIT_S; default 15 min). */
  | { kind: 'postgres'; url: string; migrationWaitMs?: number };

/** PG_MIGRATION_WAIT_S: its most (a day), and the default it replaces (src/store/postgres.ts, 15 minutes). */
export const MAX_MIGRATION_WAIT_S = 86_400;

export type StoreConfigResult = { ok: true; config: StoreConfig } | { ok: false; message: string };

/** Read the store settings; a malformed DATABASE_URL is a one-line explanation, not a crash. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv): StoreConfigResult {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return { ok: false, message: 'DATABASE_URL must be a URL such as postgres://user:password@host:5432/tms_doctor.' };
    }
    if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
      return { ok: false, message: `DATABASE_URL must start with postgres:// (got "${u.protocol}//…"); for SQLite set TMS_DOCTOR_DB to a file instead.` };
    }
    // How long a starting replica waits for another replica's migrations before it gives up (exit 2).
    const rawWait = env.PG_MIGRATION_WAIT_S?.trim();
    if (rawWait) {
      if (!/^\d{1,5}$/.test(rawWait) || Number(rawWait) > MAX_MIGRATION_WAIT_S) {
        return { ok: false, message: `PG_MIGRATION_WAIT_S must be a number of seconds from 0 to ${MAX_MIGRATION_WAIT_S} (got "${rawWait}").` };
      }
      return { ok: true, config: { kind: 'postgres', url, migrationWaitMs: Number(rawWait) * 1000 } };
    }
    return { ok: true, config: { kind: 'postgres', url } };
  }
  return { ok: true, config: { kind: 'sqlite', file: dbPathFromEnv(env) } };
}

/** A short description for logs and errors (never the password). */
export function describeStore(config: StoreConfig): string {
  if (config.kind === 'memory') return 'memory';
  if (config.kind === 'sqlite') return `SQLite ${config.file} (TMS_DOCTOR_DB)`;
  try {
    const u = new URL(config.url);
    return `PostgreSQL ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname} (DATABASE_URL)`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

export type OpenStoreOptions = MemoryStoreOptions & SqliteStoreOptions & Pick<PostgresStoreOptions, 'onMigrationWait'> & { poolSize?: number; onError?: (error: Error) => void };

export async function openStore(config: StoreConfig, opts: OpenStoreOptions = {}): Promise<Store> {
  switch (config.kind) {
    case 'memory':
      return memoryStore(opts);
    case 'sqlite':
      return sqliteStore(config.file, opts);
    case 'postgres': {
      // Loaded only when asked for: SQLite users never load the pg driver.
      const { postgresStore } = require('./postgres') as typeof import('./postgres');
      return postgresStore(config.url, config.migrationWaitMs === undefined ? opts : { ...opts, migrationLock: { replicaWaitMs: config.migrationWaitMs } });
    }
  }
}
