/**
 * Fleet jobs (several targets probed at once from Slack) as stored state, so that "one running job
 * per user" holds across replicas and restarts. A job is claimed atomically (a user with a live
 * job is refused; the same delivery id twice starts one job), then kept alive by its replica's
 * heartbeat, which also records its progress. A replica that dies stops beating: once the lease
 * has run out the job no longer blocks its user, and `reap` hands it, exactly once, to whichever
 * replica sweeps first, which tells the user it was interrupted.
 *
 * Kept apart from the main store port in its own module and tables (SQLite migration 4, PostgreSQL
 * migration 4), behind a narrow async interface; `fleetJobStoreFor(store)` picks the backend.
 */
import type { Pool, PoolClient } from 'pg';
import type { Db } from './db';
import { pgTransaction } from './pg-tx';
import { clip, type Store } from './port';
import { retryBusy } from './sqlite';

export type FleetJobState = 'running' | 'done' | 'failed' | 'stopped' | 'expired';

export interface FleetJob {
  id: string;
  who: string;
  /** The replica (FleetJobs instance) running it. */
  owner: string;
  surface: string;
  lang: 'en' | 'ja';
  channel: string;
  threadTs: string | null;
  /** The progress message, once posted. */
  progressTs: string | null;
  total: number;
  done: number;
  state: FleetJobState;
  startedAt: number;
  heartbeatAt: number;
  leaseUntil: number;
  finishedAt: number | null;
}

export interface FleetJobClaim {
  id: string;
  who: string;
  owner: string;
  surface: string;
  lang: 'en' | 'ja';
  channel: string;
  threadTs?: string | null;
  total: number;
  /** A delivery id (a file share's event): a second claim with it is a duplicate. */
  dedupe?: string | null;
  leaseMs: number;
}

export type FleetClaimResult =
  | { status: 'started'; job: FleetJob }
  /** The user has a job whose lease is still live (on any replica). */
  | { status: 'busy'; running: FleetJob }
  | { status: 'duplicate' };

export interface FleetJobStore {
  /** Atomically: refuse a duplicate delivery or a user with a live job, else store the job as running. */
  claim(req: FleetJobClaim): Promise<FleetClaimResult>;
  /** Renew the lease and record progress; false when the job is no longer this owner's running job. */
  heartbeat(id: string, owner: string, progress: { done: number; progressTs?: string | null }, leaseMs: number): Promise<boolean>;
  /** The job ended (its report is out, or it failed or was stopped); false when it was not running as this owner's. */
  finish(id: string, owner: string, state: 'done' | 'failed' | 'stopped', done?: number): Promise<boolean>;
  /** Forget a claim that never ran (refused after claiming, e.g. by the rate limit): its delivery id too. */
  release(id: string, owner: string): Promise<void>;
  get(id: string): Promise<FleetJob | null>;
  /** The user's live running job (lease not run out), if any. */
  runningFor(who: string): Promise<FleetJob | null>;
  /** Running jobs whose lease ran out (their replica died): marked expired and returned, each to one caller once. */
  reap(limit?: number): Promise<FleetJob[]>;
  /** Delete ended jobs that ended at or before `before` (ms). */
  purge(before: number): Promise<number>;
  /**
   * A process starts serving fleet jobs (app start). Where one process owns the database (SQLite),
   * a job still running in it was cut short by that process's previous run: its lease ends now, so
   * the next reap reports it. Shared (PostgreSQL) and in-memory stores change nothing. Returns how
   * many leases it ended.
   */
  takeOver(): Promise<number>;
}

/** How long ended jobs (and their delivery ids) are kept. */
export const FLEET_JOB_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const STATES = new Set<FleetJobState>(['running', 'done', 'failed', 'stopped', 'expired']);

interface Row {
  id: string;
  who: string;
  owner: string;
  surface: string;
  lang: string;
  channel: string;
  thread_ts: string | null;
  progress_ts: string | null;
  total: number | string;
  done: number | string;
  state: string;
  started_at: number | string;
  heartbeat_at: number | string;
  lease_until: number | string;
  finished_at: number | string | null;
}

const COLS = 'id, who, owner, surface, lang, channel, thread_ts, progress_ts, total, done, state, started_at, heartbeat_at, lease_until, finished_at';

function fromRow(r: Row): FleetJob {
  return {
    id: r.id,
    who: r.who,
    owner: r.owner,
    surface: r.surface,
    lang: r.lang === 'ja' ? 'ja' : 'en',
    channel: r.channel,
    threadTs: r.thread_ts,
    progressTs: r.progress_ts,
    total: Number(r.total),
    done: Number(r.done),
    state: STATES.has(r.state as FleetJobState) ? (r.state as FleetJobState) : 'expired',
    startedAt: Number(r.started_at),
    heartbeatAt: Number(r.heartbeat_at),
    leaseUntil: Number(r.lease_until),
    finishedAt: r.finished_at === null ? null : Number(r.finished_at),
  };
}

/** The row a claim stores (text fields clipped, numbers made sane). */
function newRow(req: FleetJobClaim, t: number): Row & { dedupe: string | null } {
  return {
    id: clip(req.id, 100),
    who: clip(req.who, 100),
    owner: clip(req.owner, 100),
    surface: clip(req.surface, 20),
    lang: req.lang === 'ja' ? 'ja' : 'en',
    channel: clip(req.channel, 100),
    thread_ts: req.threadTs ? clip(req.threadTs, 40) : null,
    progress_ts: null,
    total: Math.max(0, Math.floor(req.total) || 0),
    done: 0,
    state: 'running',
    started_at: t,
    heartbeat_at: t,
    lease_until: t + Math.max(1, req.leaseMs),
    finished_at: null,
    dedupe: req.dedupe ? clip(req.dedupe, 300) : null,
  };
}

/** How long a SQLite write keeps retrying while another connection holds the lock (ms). */
const BUDGET = 10_000;

const count = (n: number) => Math.max(0, Math.floor(Number.isFinite(n) ? n : 0));

/** SQLite: table `fleet_jobs` (migration 4 in src/store/db.ts). One process owns the file. */
export class SqliteFleetJobStore implements FleetJobStore {
  private readonly q;

  constructor(
    readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.q = {
      dup: db.prepare('SELECT 1 AS x FROM fleet_jobs WHERE dedupe = ?'),
      live: db.prepare(`SELECT ${COLS} FROM fleet_jobs WHERE who = ? AND state = 'running' AND lease_until > ? ORDER BY started_at DESC LIMIT 1`),
      add: db.prepare(`INSERT INTO fleet_jobs(${COLS}, dedupe) VALUES (@id, @who, @owner, @surface, @lang, @channel, @thread_ts, @progress_ts, @total, @done, @state, @started_at, @heartbeat_at, @lease_until, @finished_at, @dedupe)`),
      beat: db.prepare(`UPDATE fleet_jobs SET done = @done, progress_ts = COALESCE(@pts, progress_ts), heartbeat_at = @now, lease_until = @until
        WHERE id = @id AND owner = @owner AND state = 'running'`),
      finish: db.prepare(`UPDATE fleet_jobs SET state = @state, finished_at = @now, done = COALESCE(@done, done), lease_until = 0
        WHERE id = @id AND owner = @owner AND state = 'running'`),
      release: db.prepare('DELETE FROM fleet_jobs WHERE id = ? AND owner = ?'),
      get: db.prepare(`SELECT ${COLS} FROM fleet_jobs WHERE id = ?`),
      reap: db.prepare(`UPDATE fleet_jobs SET state = 'expired', finished_at = @now
        WHERE id IN (SELECT id FROM fleet_jobs WHERE state = 'running' AND lease_until <= @now ORDER BY lease_until LIMIT @limit) RETURNING ${COLS}`),
      purge: db.prepare("DELETE FROM fleet_jobs WHERE state <> 'running' AND finished_at <= ?"),
      orphans: db.prepare("UPDATE fleet_jobs SET lease_until = 0 WHERE state = 'running'"),
    };
  }

  async takeOver(): Promise<number> {
    // One process owns the file: a job still "running" in it belongs to a run that is gone.
    return retryBusy(() => this.q.orphans.run().changes, BUDGET);
  }

  async claim(req: FleetJobClaim): Promise<FleetClaimResult> {
    // Runs before a slash command's ack: give up on a locked file within a second.
    return retryBusy(() => this.db
      .transaction((): FleetClaimResult => {
        const t = this.now();
        if (req.dedupe && this.q.dup.get(req.dedupe)) return { status: 'duplicate' };
        const live = this.q.live.get(req.who, t) as Row | undefined;
        if (live) return { status: 'busy', running: fromRow(live) };
        const row = newRow(req, t);
        this.q.add.run(row);
        return { status: 'started', job: fromRow(row) };
      })
      .immediate(), 1000);
  }

  async heartbeat(id: string, owner: string, progress: { done: number; progressTs?: string | null }, leaseMs: number): Promise<boolean> {
    const t = this.now();
    return retryBusy(() => this.q.beat.run({ id, owner, done: count(progress.done), pts: progress.progressTs ?? null, now: t, until: t + Math.max(1, leaseMs) }).changes === 1, BUDGET);
  }

  async finish(id: string, owner: string, state: 'done' | 'failed' | 'stopped', done?: number): Promise<boolean> {
    return retryBusy(() => this.q.finish.run({ id, owner, state, now: this.now(), done: done === undefined ? null : count(done) }).changes === 1, BUDGET);
  }

  async release(id: string, owner: string): Promise<void> {
    await retryBusy(() => this.q.release.run(id, owner), BUDGET);
  }

  async get(id: string): Promise<FleetJob | null> {
    const r = this.q.get.get(id) as Row | undefined;
    return r ? fromRow(r) : null;
  }

  async runningFor(who: string): Promise<FleetJob | null> {
    const r = this.q.live.get(who, this.now()) as Row | undefined;
    return r ? fromRow(r) : null;
  }

  async reap(limit = 100): Promise<FleetJob[]> {
    return retryBusy(() => (this.q.reap.all({ now: this.now(), limit: Math.max(1, Math.min(1000, limit)) }) as Row[]).map(fromRow), BUDGET);
  }

  async purge(before: number): Promise<number> {
    return retryBusy(() => this.q.purge.run(before).changes, BUDGET);
  }
}

/** PostgreSQL: table `fleet_jobs` (PG migration 4), shared by every replica. */
export class PgFleetJobStore implements FleetJobStore {
  constructor(
    private readonly pool: Pool,
    private readonly now: () => number = Date.now,
  ) {}

  async claim(req: FleetJobClaim): Promise<FleetClaimResult> {
    return pgTransaction(this.pool, async (c: PoolClient) => {
      // One claim per user at a time, whichever replica makes it; released at COMMIT/ROLLBACK.
      await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`fleet:${req.who}`]);
      const t = this.now();
      let out: FleetClaimResult;
      if (req.dedupe && ((await c.query('SELECT 1 FROM fleet_jobs WHERE dedupe = $1', [req.dedupe])).rowCount ?? 0) > 0) {
        out = { status: 'duplicate' };
      } else {
        const live = await c.query<Row>(`SELECT ${COLS} FROM fleet_jobs WHERE who = $1 AND state = 'running' AND lease_until > $2 ORDER BY started_at DESC LIMIT 1`, [req.who, t]);
        if (live.rows[0]) {
          out = { status: 'busy', running: fromRow(live.rows[0]) };
        } else {
          const r = newRow(req, t);
          const ins = await c.query(
            `INSERT INTO fleet_jobs(${COLS}, dedupe) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) ON CONFLICT (dedupe) DO NOTHING`,
            [r.id, r.who, r.owner, r.surface, r.lang, r.channel, r.thread_ts, r.progress_ts, r.total, r.done, r.state, r.started_at, r.heartbeat_at, r.lease_until, r.finished_at, r.dedupe],
          );
          // The same delivery claimed meanwhile for another user (it cannot be, but never two jobs).
          out = ins.rowCount === 1 ? { status: 'started', job: fromRow(r) } : { status: 'duplicate' };
        }
      }
      return out;
    });
  }

  async heartbeat(id: string, owner: string, progress: { done: number; progressTs?: string | null }, leaseMs: number): Promise<boolean> {
    const t = this.now();
    const r = await this.pool.query(
      `UPDATE fleet_jobs SET done = $3, progress_ts = COALESCE($4, progress_ts), heartbeat_at = $5, lease_until = $6
       WHERE id = $1 AND owner = $2 AND state = 'running'`,
      [id, owner, count(progress.done), progress.progressTs ?? null, t, t + Math.max(1, leaseMs)],
    );
    return r.rowCount === 1;
  }

  async finish(id: string, owner: string, state: 'done' | 'failed' | 'stopped', done?: number): Promise<boolean> {
    const r = await this.pool.query(
      `UPDATE fleet_jobs SET state = $3, finished_at = $4, done = COALESCE($5, done), lease_until = 0 WHERE id = $1 AND owner = $2 AND state = 'running'`,
      [id, owner, state, this.now(), done === undefined ? null : count(done)],
    );
    return r.rowCount === 1;
  }

  async release(id: string, owner: string): Promise<void> {
    await this.pool.query('DELETE FROM fleet_jobs WHERE id = $1 AND owner = $2', [id, owner]);
  }

  async get(id: string): Promise<FleetJob | null> {
    const r = await this.pool.query<Row>(`SELECT ${COLS} FROM fleet_jobs WHERE id = $1`, [id]);
    return r.rows[0] ? fromRow(r.rows[0]) : null;
  }

  async runningFor(who: string): Promise<FleetJob | null> {
    const r = await this.pool.query<Row>(`SELECT ${COLS} FROM fleet_jobs WHERE who = $1 AND state = 'running' AND lease_until > $2 ORDER BY started_at DESC LIMIT 1`, [who, this.now()]);
    return r.rows[0] ? fromRow(r.rows[0]) : null;
  }

  async reap(limit = 100): Promise<FleetJob[]> {
    // SKIP LOCKED: two replicas sweeping at once each get different jobs, none twice.
    const r = await this.pool.query<Row>(
      `UPDATE fleet_jobs SET state = 'expired', finished_at = $1
       WHERE id IN (SELECT id FROM fleet_jobs WHERE state = 'running' AND lease_until <= $1 ORDER BY lease_until LIMIT $2 FOR UPDATE SKIP LOCKED)
         AND state = 'running'
       RETURNING ${COLS}`,
      [this.now(), Math.max(1, Math.min(1000, limit))],
    );
    return r.rows.map(fromRow);
  }

  async purge(before: number): Promise<number> {
    return (await this.pool.query("DELETE FROM fleet_jobs WHERE state <> 'running' AND finished_at <= $1", [before])).rowCount ?? 0;
  }

  async takeOver(): Promise<number> {
    return 0; // other replicas may be running their jobs: only an ended lease frees a user
  }
}

/** In memory (tests, the console): the same contract within one process. */
export class MemoryFleetJobStore implements FleetJobStore {
  private readonly rows = new Map<string, Row & { dedupe: string | null }>();

  constructor(private readonly now: () => number = Date.now) {}

  private liveOf(who: string, t: number): (Row & { dedupe: string | null }) | undefined {
    let best: (Row & { dedupe: string | null }) | undefined;
    for (const r of this.rows.values()) {
      if (r.who === who && r.state === 'running' && Number(r.lease_until) > t && (!best || Number(r.started_at) >= Number(best.started_at))) best = r;
    }
    return best;
  }

  async claim(req: FleetJobClaim): Promise<FleetClaimResult> {
    const t = this.now();
    if (req.dedupe && [...this.rows.values()].some((r) => r.dedupe === req.dedupe)) return { status: 'duplicate' };
    const live = this.liveOf(req.who, t);
    if (live) return { status: 'busy', running: fromRow(live) };
    const row = newRow(req, t);
    this.rows.set(row.id, row);
    return { status: 'started', job: fromRow(row) };
  }

  async heartbeat(id: string, owner: string, progress: { done: number; progressTs?: string | null }, leaseMs: number): Promise<boolean> {
    const r = this.rows.get(id);
    if (!r || r.owner !== owner || r.state !== 'running') return false;
    const t = this.now();
    r.done = count(progress.done);
    if (progress.progressTs) r.progress_ts = progress.progressTs;
    r.heartbeat_at = t;
    r.lease_until = t + Math.max(1, leaseMs);
    return true;
  }

  async finish(id: string, owner: string, state: 'done' | 'failed' | 'stopped', done?: number): Promise<boolean> {
    const r = this.rows.get(id);
    if (!r || r.owner !== owner || r.state !== 'running') return false;
    r.state = state;
    r.finished_at = this.now();
    r.lease_until = 0;
    if (done !== undefined) r.done = count(done);
    return true;
  }

  async release(id: string, owner: string): Promise<void> {
    if (this.rows.get(id)?.owner === owner) this.rows.delete(id);
  }

  async get(id: string): Promise<FleetJob | null> {
    const r = this.rows.get(id);
    return r ? fromRow(r) : null;
  }

  async runningFor(who: string): Promise<FleetJob | null> {
    const r = this.liveOf(who, this.now());
    return r ? fromRow(r) : null;
  }

  async reap(limit = 100): Promise<FleetJob[]> {
    const t = this.now();
    const out: FleetJob[] = [];
    const due = [...this.rows.values()].filter((r) => r.state === 'running' && Number(r.lease_until) <= t).sort((a, b) => Number(a.lease_until) - Number(b.lease_until));
    for (const r of due.slice(0, Math.max(1, Math.min(1000, limit)))) {
      r.state = 'expired';
      r.finished_at = t;
      out.push(fromRow(r));
    }
    return out;
  }

  async takeOver(): Promise<number> {
    return 0; // nothing outlives the process
  }

  async purge(before: number): Promise<number> {
    let n = 0;
    for (const [id, r] of this.rows) {
      if (r.state !== 'running' && r.finished_at !== null && Number(r.finished_at) <= before) {
        this.rows.delete(id);
        n++;
      }
    }
    return n;
  }
}

/**
 * The fleet job store that goes with a store: a table in the same SQLite file or PostgreSQL
 * database (every replica sees the same jobs), else in memory.
 */
export function fleetJobStoreFor(store: Store, now?: () => number): FleetJobStore {
  const db = (store as Store & { db?: unknown }).db;
  if (store.kind === 'sqlite' && db && typeof (db as Db).prepare === 'function') return new SqliteFleetJobStore(db as Db, now);
  const pool = (store as Store & { pool?: unknown }).pool;
  if (store.kind === 'postgres' && pool && typeof (pool as Pool).query === 'function') return new PgFleetJobStore(pool as Pool, now);
  return new MemoryFleetJobStore(now);
}
