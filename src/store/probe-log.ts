/**
 * Audit log of probes: who asked, from where (cli / slash command / button), which target, and
 * either the result or why the target was refused. The caller owns the database (file, opening,
 * closing); this module only creates its table if missing.
 */
import type { Database } from 'better-sqlite3';
import type { ProbeResult } from '../probe/types';

export interface ProbeLogEntry {
  who: string;
  surface: string;
  target: string;
  result: ProbeResult | null;
  refused: string | null;
  at?: Date;
}

export interface ProbeLogRow {
  id: number;
  at: Date;
  who: string;
  surface: string;
  target: string;
  result: ProbeResult | null;
  refused: string | null;
}

const MAX_TEXT = 500;
const MAX_RESULT_JSON = 64 * 1024;

function clip(v: unknown, n = MAX_TEXT): string {
  const s = typeof v === 'string' ? v : String(v ?? '');
  return s.length > n ? s.slice(0, n) : s;
}

const initialised = new WeakSet<Database>();

function ensureTable(db: Database): void {
  if (initialised.has(db)) return;
  db.exec(`CREATE TABLE IF NOT EXISTS probe_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    surface TEXT NOT NULL,
    target TEXT NOT NULL,
    result_json TEXT,
    refused TEXT
  );
  CREATE INDEX IF NOT EXISTS probe_log_at ON probe_log (at);`);
  initialised.add(db);
}

/** Stores one probe (or refusal). Returns the row id. */
export function recordProbe(db: Database, entry: ProbeLogEntry): number {
  ensureTable(db);
  const at = entry.at instanceof Date && !Number.isNaN(entry.at.getTime()) ? entry.at : new Date();
  let json: string | null = entry.result ? JSON.stringify(entry.result) : null;
  if (json !== null && json.length > MAX_RESULT_JSON) json = null; // never store something absurd
  const info = db
    .prepare('INSERT INTO probe_log (at, who, surface, target, result_json, refused) VALUES (?, ?, ?, ?, ?, ?)')
    .run(at.toISOString(), clip(entry.who), clip(entry.surface, 50), clip(entry.target), json, entry.refused === null ? null : clip(entry.refused));
  return Number(info.lastInsertRowid);
}

/** The most recent probes, newest first. */
export function recentProbes(db: Database, limit = 20): ProbeLogRow[] {
  ensureTable(db);
  const n = Math.max(1, Math.min(1000, Math.floor(Number.isFinite(limit) ? limit : 20)));
  const rows = db
    .prepare('SELECT id, at, who, surface, target, result_json, refused FROM probe_log ORDER BY at DESC, id DESC LIMIT ?')
    .all(n) as { id: number; at: string; who: string; surface: string; target: string; result_json: string | null; refused: string | null }[];
  return rows.map((r) => {
    let result: ProbeResult | null = null;
    if (r.result_json) {
      try {
        result = JSON.parse(r.result_json) as ProbeResult;
      } catch {
        result = null;
      }
    }
    return { id: r.id, at: new Date(r.at), who: r.who, surface: r.surface, target: r.target, result, refused: r.refused };
  });
}
