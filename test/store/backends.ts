/**
 * The store backends the contract suite runs against. PostgreSQL joins when DATABASE_URL points
 * at a server (`.ci/run` starts one); without it the PostgreSQL runs are skipped with a note,
 * unless TMS_DOCTOR_REQUIRE_PG=1 (set by .ci/run), where a missing server is a failure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { memoryStore } from '../../src/store/memory';
import { postgresStore } from '../../src/store/postgres';
import type { Store } from '../../src/store/port';
import { sqliteStore } from '../../src/store/sqlite';

export interface BackendOpts {
  now?: () => number;
  ttlMs?: number;
}

export interface Backend {
  name: 'memory' | 'sqlite' | 'postgres';
  /** A fresh, empty store. */
  open(opts?: BackendOpts): Promise<Store>;
  /** Another handle on the same data as the last `open` (null: nothing persists). */
  reopen: ((opts?: BackendOpts) => Promise<Store>) | null;
  cleanup(): Promise<void>;
}

export function memoryBackend(): Backend {
  return { name: 'memory', open: async (o) => memoryStore(o), reopen: null, cleanup: async () => undefined };
}

export function sqliteBackend(): Backend {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-contract-'));
  let n = 0;
  let file = '';
  return {
    name: 'sqlite',
    open: async (o) => {
      file = path.join(dir, `s${++n}.db`);
      return sqliteStore(file, o);
    },
    reopen: async (o) => sqliteStore(file, o),
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** The PostgreSQL server to test against, or null (with a note, or a failure under .ci/run). */
export function pgUrl(): string | null {
  const url = process.env.DATABASE_URL?.trim();
  if (url) return url;
  if (process.env.TMS_DOCTOR_REQUIRE_PG === '1') throw new Error('TMS_DOCTOR_REQUIRE_PG=1 but DATABASE_URL is not set: the PostgreSQL tests must run here (.ci/run starts a server).');
  if (!noted) {
    noted = true;
    process.stderr.write('note: DATABASE_URL is not set, so the PostgreSQL store tests are skipped (run scripts/with-postgres.sh npx jest …, as .ci/run does).\n');
  }
  return null;
}
let noted = false;

let dbSeq = 0;
/** A new, empty database on the server at `url`; returns its URL. */
export async function freshPgDatabase(url: string, prefix = 'tmsd_t'): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${++dbSeq}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export function postgresBackend(url: string): Backend {
  let current = '';
  return {
    name: 'postgres',
    open: async (o) => {
      current = await freshPgDatabase(url);
      return postgresStore(current, o);
    },
    reopen: async (o) => postgresStore(current, o),
    cleanup: async () => undefined,
  };
}

export function backends(): Backend[] {
  const url = pgUrl();
  return [memoryBackend(), sqliteBackend(), ...(url ? [postgresBackend(url)] : [])];
}
