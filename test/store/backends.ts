/**
 * The store backends the contract suite runs against. PostgreSQL joins when DATABASE_URL points
 * at a server (`.ci/run` starts one); without it the PostgreSQL runs are skipped with a note,
 * unless TMS_DOCTOR_REQUIRE_PG=1 (set by .ci/run), where a missing server is a failure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memoryStore } from '../../src/store/memory';
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

export function backends(): Backend[] {
  return [memoryBackend(), sqliteBackend()];
}
