/**
 * Fleet jobs (several targets probed at once from Slack) as stored state, so that "one running job
 * per user" holds across replicas and restarts. A job is claimed atomically (a user with a live
 * job is refused; the same delivery id twice starts one job), then kept alive by its replica's
 * heartbeat, which also records its progress. A replica that dies stops beating: once the lease
 * has run out the job no longer blocks its user, and `reap` hands it, exactly once, to whichever
 * replica sweeps first, which tells the user it was interrupted.
 *
 * Resumption: a claim may carry the job's plan (its checked target list, bounded), and the
 * heartbeat records the results of the targets finished since the last one. A job with a plan
 * whose owner stopped beating is `adopt`ed (a new owner and lease, exactly one replica wins) with
 * what is needed to finish it: the plan and the results recorded so far. A graceful shutdown
 * `pause`s its jobs instead (results recorded, lease ended, not counted as a takeover). After
 * `maxTakeovers` takeovers a job is no longer adopted: `reap` hands it over to be reported.
 *
 * Kept apart from the main store port in its own module and tables (SQLite migrations 4 and 5,
 * PostgreSQL migrations 4 and 7), behind a narrow async interface; `fleetJobStoreFor(store)` picks
 * the backend.
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
  /** Whether a plan is stored (the job can be resumed by another owner). */
  resumable: boolean;
  /** How many times another owner took it over after its owner stopped beating. */
  takeovers: number;
  /**
   * Whether its start was acknowledged to the user: false from a claim with `awaitingAck` until
   * `acknowledged` records it (right after the ack, before the job runs; its run's first heartbeat
   * records it too). An unacknowledged job is never taken over (`adopt`); `reap` ends it.
   * A job already taken over counts as acknowledged, whatever the column says: in a rolling deploy
   * across migration 9 a replica of the older release ignores `acked`, may take over an
   * unacknowledged claim and run it (its user then sees it resumed), and neither its heartbeats nor
   * its pause at a graceful stop set the column; such a job is finished like any other, not ended
   * as one that never started.
   */
  acked: boolean;
}

/** One finished target of a job: its place in the plan and its result, serialized by the caller. */
export interface FleetJobResult {
  index: number;
  item: string;
}

/** A job taken over from an owner that stopped beating, with what is needed to finish it. */
export interface FleetJobResume {
  job: FleetJob;
  plan: string;
  /** The results recorded so far, by index (each index once). */
  results: FleetJobResult[];
}

export interface FleetJobProgress {
  done: number;
  progressTs?: string | null;
  /** Targets finished since the last heartbeat (kept once per index; out-of-range or oversized ones are dropped). */
  results?: FleetJobResult[];
}

/** The largest plan (serialized target list) stored; a longer one is not stored (the job cannot be resumed). */
export const FLEET_PLAN_MAX_BYTES = 1024 * 1024;
/** The largest stored result of one target; a longer one is dropped (that target is probed again on resume). */
export const FLEET_RESULT_MAX_BYTES = 16 * 1024;

/** A post a job makes once, whichever run makes it. */
/**
 * `settled`: the report's fate is out in the thread (the CSV was uploaded, or the user was told it
 * could not be): claimed after the upload, so a run taking the job over can tell a report whose
 * claim was taken but never settled (its run stopped before uploading) and say so, once.
 * `share`: the CSV's share itself (files.completeUploadExternal, the call that puts the file in the
 * thread), claimed right before that call is first made, under the lease renewed right then: the
 * one run whose claim this is makes the share, at most once (fix62b); every other run, and this run
 * after a share whose outcome it does not know, looks for the file and says so when it is not there,
 * never shares it again.
 */
export type FleetJobPost = 'summary' | 'report' | 'settled' | 'share';
export type FleetPostClaim = 'claimed' | 'taken' | 'lost';
/** Where a post's claim is kept: a row of fleet_job_results under an index no target has (targets are 0 and up). */
const POST_INDEX: Record<FleetJobPost, number> = { summary: -1, report: -2, settled: -3, share: -4 };
/** What a post's claim row holds: which post, claimed by which run of the job. */
const postMark = (post: FleetJobPost, run: string) => `${post}:${clip(run, 100)}`;

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
  /** What another owner needs to finish the job (the checked target list); over FLEET_PLAN_MAX_BYTES it is not stored. */
  plan?: string | null;
  /**
   * Its start is still to be acknowledged (a slash command's ack, which may be refused as too late:
   * the user is then told nothing was done). Until that is recorded (`acknowledged`, right after the
   * ack went through, before the job starts; or its run's first heartbeat), no other owner takes it
   * over: a claim whose release failed after a refused ack never runs.
   */
  awaitingAck?: boolean;
}

export type FleetClaimResult =
  | { status: 'started'; job: FleetJob }
  /** The user has a job whose lease is still live (on any replica). */
  | { status: 'busy'; running: FleetJob }
  | { status: 'duplicate' };

export interface FleetJobStore {
  /** Atomically: refuse a duplicate delivery or a user with a live job, else store the job as running. */
  claim(req: FleetJobClaim): Promise<FleetClaimResult>;
  /**
   * Renew the lease and record progress; false when the job is no longer this owner's running job.
   * Marks the job acknowledged (only a job that was started beats).
   */
  heartbeat(id: string, owner: string, progress: FleetJobProgress, leaseMs: number): Promise<boolean>;
  /**
   * Its start was acknowledged to the user (a claim with `awaitingAck` whose ack went through): mark
   * it acknowledged and renew its lease, so that from now on another owner takes it over (or `reap`
   * tells its user it was cut short) if this one stops. Idempotent (safe to retry). False when it is
   * no longer this owner's running job (released, or ended by `reap` after its lease ran out).
   */
  acknowledged(id: string, owner: string, leaseMs: number): Promise<boolean>;
  /**
   * A graceful stop: record the progress and results, and end the lease now so that another owner
   * (or this process's next run) resumes the job at once. Not counted as a takeover. False when it
   * was not this owner's running job.
   */
  pause(id: string, owner: string, progress: FleetJobProgress): Promise<boolean>;
  /**
   * Running jobs with a plan whose lease ran out, taken over by `owner` with a new lease, each by
   * one caller once: the takeover count goes up by one (unless the job was paused). A job already
   * taken over `maxTakeovers` times (its owner keeps dying) is left to `reap`, and so is one never
   * acknowledged (its user was told it did not start, or its run never beat once). `except`: jobs
   * the caller still runs itself (their lease ran out while the store did not answer their
   * heartbeats): left as they are, neither taken nor counted; their own run's next heartbeat renews
   * the lease, and another owner may still take them over.
   */
  adopt(owner: string, leaseMs: number, maxTakeovers: number, limit?: number, except?: readonly string[]): Promise<FleetJobResume[]>;
  /**
   * Claim one of the job's posts (its summary card or its CSV report) before posting it, so that a
   * run that takes the job over (its first owner posted, then died before `finish`) does not post
   * it again: 'claimed' the first time, while the job is this owner's running job, and again to
   * the same `run` (a retry after an answer that was lost); 'taken' when another run of the job
   * claimed it before (it may or may not have been posted); 'lost' when the job is no longer this
   * owner's (nothing is claimed). Kept with the job's results, forgotten with them.
   */
  claimPost(id: string, owner: string, post: FleetJobPost, run: string): Promise<FleetPostClaim>;
  /** The job ended (its report is out, or it failed or was stopped); false when it was not running as this owner's. */
  finish(id: string, owner: string, state: 'done' | 'failed' | 'stopped', done?: number): Promise<boolean>;
  /** Forget a claim that never ran (refused after claiming, e.g. by the rate limit): its delivery id too. */
  release(id: string, owner: string): Promise<void>;
  get(id: string): Promise<FleetJob | null>;
  /** The user's live running job (lease not run out), if any. */
  runningFor(who: string): Promise<FleetJob | null>;
  /**
   * Running jobs whose lease ran out (their replica died): marked expired and returned, each to one
   * caller once. With `maxTakeovers`, the jobs `adopt` would take over are left running (never an
   * unacknowledged one: `acked` false on what is returned).
   */
  reap(limit?: number, maxTakeovers?: number): Promise<FleetJob[]>;
  /** Delete ended jobs that ended at or before `before` (ms). */
  purge(before: number): Promise<number>;
  /**
   * A process starts serving fleet jobs (app start). Where one process owns the database (SQLite),
   * a job still running in it was cut short by that process's previous run: its lease ends now, so
   * the next reap reports it. Shared (PostgreSQL) and in-memory stores change nothing. Returns how
   * many leases it ended.
   */
  takeOver(): Promise<number>;
  /** Whether jobs outlive this process (a graceful stop then pauses them instead of ending them). */
  readonly durable: boolean;
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
  takeovers: number | string;
  resumable: number | string | boolean;
  acked: number | string | boolean;
}

/** The stored columns a claim writes. */
const COLS = 'id, who, owner, surface, lang, channel, thread_ts, progress_ts, total, done, state, started_at, heartbeat_at, lease_until, finished_at';
/** What a read returns. */
const READ = `${COLS}, takeovers, acked, (plan IS NOT NULL) AS resumable`;

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
    resumable: r.resumable === true || Number(r.resumable) === 1,
    takeovers: Number(r.takeovers),
    // A job taken over counts as started: only a replica older than migration 9 takes over one
    // whose start was not recorded (it ignores the column, and its heartbeats and pause do not set it).
    acked: r.acked === true || Number(r.acked) === 1 || Number(r.takeovers) > 0,
  };
}

/** The results worth storing: in range for the job, each index once, none oversized. */
function keptResults(results: FleetJobResult[] | undefined, total: number): FleetJobResult[] {
  if (!results?.length) return [];
  const seen = new Set<number>();
  const out: FleetJobResult[] = [];
  for (const r of results) {
    if (!Number.isInteger(r.index) || r.index < 0 || r.index >= total || seen.has(r.index)) continue;
    if (typeof r.item !== 'string' || Buffer.byteLength(r.item, 'utf8') > FLEET_RESULT_MAX_BYTES) continue;
    seen.add(r.index);
    out.push({ index: r.index, item: r.item });
  }
  return out;
}

const planOf = (plan: string | null | undefined): string | null => (typeof plan === 'string' && Buffer.byteLength(plan, 'utf8') <= FLEET_PLAN_MAX_BYTES ? plan : null);
const maxOf = (n: number) => Math.max(0, Math.floor(Number.isFinite(n) ? n : 0));
const limitOf = (n: number) => Math.max(1, Math.min(1000, Math.floor(n) || 1));

/** The row a claim stores (text fields clipped, numbers made sane). */
function newRow(req: FleetJobClaim, t: number): Row & { dedupe: string | null; plan: string | null; paused: number } {
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
    plan: planOf(req.plan),
    takeovers: 0,
    paused: 0,
    resumable: planOf(req.plan) !== null,
    acked: req.awaitingAck ? 0 : 1,
  };
}

/** How long a SQLite write keeps retrying while another connection holds the lock (ms). */
const BUDGET = 10_000;

const count = (n: number) => Math.max(0, Math.floor(Number.isFinite(n) ? n : 0));

/** SQLite: tables `fleet_jobs` and `fleet_job_results` (migrations 4 and 5 in src/store/db.ts). One process owns the file. */
export class SqliteFleetJobStore implements FleetJobStore {
  readonly durable = true;
  private readonly q;

  constructor(
    readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.q = {
      dup: db.prepare('SELECT 1 AS x FROM fleet_jobs WHERE dedupe = ?'),
      live: db.prepare(`SELECT ${READ} FROM fleet_jobs WHERE who = ? AND state = 'running' AND lease_until > ? ORDER BY started_at DESC LIMIT 1`),
      add: db.prepare(`INSERT INTO fleet_jobs(${COLS}, dedupe, plan, acked) VALUES (@id, @who, @owner, @surface, @lang, @channel, @thread_ts, @progress_ts, @total, @done, @state, @started_at, @heartbeat_at, @lease_until, @finished_at, @dedupe, @plan, @acked)`),
      beat: db.prepare(`UPDATE fleet_jobs SET done = @done, progress_ts = COALESCE(@pts, progress_ts), heartbeat_at = @now, lease_until = @until, acked = 1
        WHERE id = @id AND owner = @owner AND state = 'running' RETURNING total`),
      ack: db.prepare(`UPDATE fleet_jobs SET acked = 1, heartbeat_at = @now, lease_until = @until
        WHERE id = @id AND owner = @owner AND state = 'running'`),
      pause: db.prepare(`UPDATE fleet_jobs SET done = @done, progress_ts = COALESCE(@pts, progress_ts), lease_until = @now, paused = 1, acked = 1
        WHERE id = @id AND owner = @owner AND state = 'running' RETURNING total`),
      result: db.prepare('INSERT OR IGNORE INTO fleet_job_results(job_id, idx, item) VALUES (?, ?, ?)'),
      finish: db.prepare(`UPDATE fleet_jobs SET state = @state, finished_at = @now, done = COALESCE(@done, done), lease_until = 0, plan = NULL
        WHERE id = @id AND owner = @owner AND state = 'running'`),
      forget: db.prepare('DELETE FROM fleet_job_results WHERE job_id = ?'),
      release: db.prepare('DELETE FROM fleet_jobs WHERE id = ? AND owner = ?'),
      get: db.prepare(`SELECT ${READ} FROM fleet_jobs WHERE id = ?`),
      adopt: db.prepare(`UPDATE fleet_jobs SET owner = @owner, heartbeat_at = @now, lease_until = @until, takeovers = takeovers + 1 - paused, paused = 0
        WHERE id IN (SELECT id FROM fleet_jobs WHERE state = 'running' AND lease_until <= @now AND plan IS NOT NULL AND (acked = 1 OR takeovers > 0) AND (takeovers < @max OR paused = 1)
          AND id NOT IN (SELECT value FROM json_each(@except)) ORDER BY lease_until LIMIT @limit) RETURNING ${READ}, plan`),
      results: db.prepare('SELECT idx, item FROM fleet_job_results WHERE job_id = ? AND idx >= 0 ORDER BY idx'),
      mine: db.prepare("SELECT 1 AS x FROM fleet_jobs WHERE id = ? AND owner = ? AND state = 'running'"),
      claimOf: db.prepare('SELECT item FROM fleet_job_results WHERE job_id = ? AND idx = ?'),
      reap: db.prepare(`UPDATE fleet_jobs SET state = 'expired', finished_at = @now, plan = NULL
        WHERE id IN (SELECT id FROM fleet_jobs WHERE state = 'running' AND lease_until <= @now
          AND (@max IS NULL OR plan IS NULL OR (acked = 0 AND takeovers = 0) OR (takeovers >= @max AND paused = 0)) ORDER BY lease_until LIMIT @limit) RETURNING ${READ}`),
      purge: db.prepare("DELETE FROM fleet_jobs WHERE state <> 'running' AND finished_at <= ?"),
      purgeResults: db.prepare('DELETE FROM fleet_job_results WHERE job_id NOT IN (SELECT id FROM fleet_jobs WHERE plan IS NOT NULL)'),
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

  private record(stmt: 'beat' | 'pause', id: string, owner: string, progress: FleetJobProgress, until: number): Promise<boolean> {
    return retryBusy(() => this.db
      .transaction((): boolean => {
        const t = this.now();
        const hit = this.q[stmt].get({ id, owner, done: count(progress.done), pts: progress.progressTs ?? null, now: t, until }) as { total: number } | undefined;
        if (!hit) return false;
        for (const r of keptResults(progress.results, Number(hit.total))) this.q.result.run(id, r.index, r.item);
        return true;
      })
      .immediate(), BUDGET);
  }

  async heartbeat(id: string, owner: string, progress: FleetJobProgress, leaseMs: number): Promise<boolean> {
    return this.record('beat', id, owner, progress, this.now() + Math.max(1, leaseMs));
  }

  async acknowledged(id: string, owner: string, leaseMs: number): Promise<boolean> {
    return retryBusy(() => {
      const t = this.now();
      return this.q.ack.run({ id, owner, now: t, until: t + Math.max(1, leaseMs) }).changes === 1;
    }, BUDGET);
  }

  async pause(id: string, owner: string, progress: FleetJobProgress): Promise<boolean> {
    return this.record('pause', id, owner, progress, 0);
  }

  async adopt(owner: string, leaseMs: number, maxTakeovers: number, limit = 100, except: readonly string[] = []): Promise<FleetJobResume[]> {
    return retryBusy(() => this.db
      .transaction((): FleetJobResume[] => {
        const t = this.now();
        const rows = this.q.adopt.all({ owner: clip(owner, 100), now: t, until: t + Math.max(1, leaseMs), max: maxOf(maxTakeovers), limit: limitOf(limit), except: JSON.stringify(except) }) as (Row & { plan: string })[];
        return rows.map((r) => ({ job: fromRow(r), plan: r.plan, results: (this.q.results.all(r.id) as { idx: number; item: string }[]).map((x) => ({ index: Number(x.idx), item: x.item })) }));
      })
      .immediate(), BUDGET);
  }

  async claimPost(id: string, owner: string, post: FleetJobPost, run: string): Promise<FleetPostClaim> {
    const mark = postMark(post, run);
    return retryBusy(() => this.db
      .transaction((): FleetPostClaim => {
        if (!this.q.mine.get(id, owner)) return 'lost';
        if (this.q.result.run(id, POST_INDEX[post], mark).changes === 1) return 'claimed';
        return (this.q.claimOf.get(id, POST_INDEX[post]) as { item: string } | undefined)?.item === mark ? 'claimed' : 'taken';
      })
      .immediate(), BUDGET);
  }

  async finish(id: string, owner: string, state: 'done' | 'failed' | 'stopped', done?: number): Promise<boolean> {
    return retryBusy(() => this.db
      .transaction((): boolean => {
        const ok = this.q.finish.run({ id, owner, state, now: this.now(), done: done === undefined ? null : count(done) }).changes === 1;
        if (ok) this.q.forget.run(id);
        return ok;
      })
      .immediate(), BUDGET);
  }

  async release(id: string, owner: string): Promise<void> {
    await retryBusy(() => this.db
      .transaction(() => {
        if (this.q.release.run(id, owner).changes === 1) this.q.forget.run(id);
      })
      .immediate(), BUDGET);
  }

  async get(id: string): Promise<FleetJob | null> {
    const r = this.q.get.get(id) as Row | undefined;
    return r ? fromRow(r) : null;
  }

  async runningFor(who: string): Promise<FleetJob | null> {
    const r = this.q.live.get(who, this.now()) as Row | undefined;
    return r ? fromRow(r) : null;
  }

  async reap(limit = 100, maxTakeovers?: number): Promise<FleetJob[]> {
    return retryBusy(() => this.db
      .transaction((): FleetJob[] => {
        const rows = this.q.reap.all({ now: this.now(), limit: limitOf(limit), max: maxTakeovers === undefined ? null : maxOf(maxTakeovers) }) as Row[];
        for (const r of rows) this.q.forget.run(r.id);
        return rows.map(fromRow);
      })
      .immediate(), BUDGET);
  }

  async purge(before: number): Promise<number> {
    return retryBusy(() => {
      const n = this.q.purge.run(before).changes;
      this.q.purgeResults.run();
      return n;
    }, BUDGET);
  }
}

/** PostgreSQL: tables `fleet_jobs` and `fleet_job_results` (PG migrations 4 and 7), shared by every replica. */
export class PgFleetJobStore implements FleetJobStore {
  readonly durable = true;

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
        const live = await c.query<Row>(`SELECT ${READ} FROM fleet_jobs WHERE who = $1 AND state = 'running' AND lease_until > $2 ORDER BY started_at DESC LIMIT 1`, [req.who, t]);
        if (live.rows[0]) {
          out = { status: 'busy', running: fromRow(live.rows[0]) };
        } else {
          const r = newRow(req, t);
          const ins = await c.query(
            `INSERT INTO fleet_jobs(${COLS}, dedupe, plan, acked) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) ON CONFLICT (dedupe) DO NOTHING`,
            [r.id, r.who, r.owner, r.surface, r.lang, r.channel, r.thread_ts, r.progress_ts, r.total, r.done, r.state, r.started_at, r.heartbeat_at, r.lease_until, r.finished_at, r.dedupe, r.plan, r.acked],
          );
          // The same delivery claimed meanwhile for another user (it cannot be, but never two jobs).
          out = ins.rowCount === 1 ? { status: 'started', job: fromRow(r) } : { status: 'duplicate' };
        }
      }
      return out;
    });
  }

  /**
   * One statement: the job row is updated only while it is this owner's running job, and the
   * results are inserted only when it was (an owner that lost its job records nothing).
   */
  private async record(set: string, id: string, owner: string, progress: FleetJobProgress, extra: unknown[]): Promise<boolean> {
    const kept = keptResults(progress.results, 2 ** 31 - 1); // the job's own total is checked in the statement
    const r = await this.pool.query<{ n: number }>(
      `WITH j AS (UPDATE fleet_jobs SET done = $3, progress_ts = COALESCE($4, progress_ts), ${set}
                  WHERE id = $1 AND owner = $2 AND state = 'running' RETURNING id, total),
            ins AS (INSERT INTO fleet_job_results(job_id, idx, item)
                    SELECT j.id, x.idx, x.item FROM j, unnest($5::int[], $6::text[]) AS x(idx, item) WHERE x.idx < j.total
                    ON CONFLICT DO NOTHING RETURNING 1)
       SELECT (SELECT count(*) FROM j)::int AS n`,
      [id, owner, count(progress.done), progress.progressTs ?? null, kept.map((x) => x.index), kept.map((x) => x.item), ...extra],
    );
    return r.rows[0]?.n === 1;
  }

  async heartbeat(id: string, owner: string, progress: FleetJobProgress, leaseMs: number): Promise<boolean> {
    const t = this.now();
    if (!progress.results?.length) {
      const r = await this.pool.query(
        `UPDATE fleet_jobs SET done = $3, progress_ts = COALESCE($4, progress_ts), heartbeat_at = $5, lease_until = $6, acked = 1
         WHERE id = $1 AND owner = $2 AND state = 'running'`,
        [id, owner, count(progress.done), progress.progressTs ?? null, t, t + Math.max(1, leaseMs)],
      );
      return r.rowCount === 1;
    }
    return this.record('heartbeat_at = $7, lease_until = $8, acked = 1', id, owner, progress, [t, t + Math.max(1, leaseMs)]);
  }

  async acknowledged(id: string, owner: string, leaseMs: number): Promise<boolean> {
    const t = this.now();
    const r = await this.pool.query(
      `UPDATE fleet_jobs SET acked = 1, heartbeat_at = $3, lease_until = $4 WHERE id = $1 AND owner = $2 AND state = 'running'`,
      [id, owner, t, t + Math.max(1, leaseMs)],
    );
    return r.rowCount === 1;
  }

  async pause(id: string, owner: string, progress: FleetJobProgress): Promise<boolean> {
    return this.record('lease_until = $7, paused = 1, acked = 1', id, owner, progress, [this.now()]);
  }

  async adopt(owner: string, leaseMs: number, maxTakeovers: number, limit = 100, except: readonly string[] = []): Promise<FleetJobResume[]> {
    const t = this.now();
    // SKIP LOCKED: two replicas sweeping at once each take different jobs, none twice.
    const r = await this.pool.query<Row & { plan: string }>(
      `UPDATE fleet_jobs SET owner = $1, heartbeat_at = $2, lease_until = $3, takeovers = takeovers + 1 - paused, paused = 0
       WHERE id IN (SELECT id FROM fleet_jobs WHERE state = 'running' AND lease_until <= $2 AND plan IS NOT NULL AND (acked = 1 OR takeovers > 0) AND (takeovers < $4 OR paused = 1)
                      AND NOT (id = ANY($6::text[]))
                    ORDER BY lease_until LIMIT $5 FOR UPDATE SKIP LOCKED)
         AND state = 'running' AND lease_until <= $2 AND (acked = 1 OR takeovers > 0)
       RETURNING ${READ}, plan`,
      [clip(owner, 100), t, t + Math.max(1, leaseMs), maxOf(maxTakeovers), limitOf(limit), [...except]],
    );
    if (r.rows.length === 0) return [];
    const res = await this.pool.query<{ job_id: string; idx: number; item: string }>('SELECT job_id, idx, item FROM fleet_job_results WHERE job_id = ANY($1) AND idx >= 0 ORDER BY job_id, idx', [r.rows.map((x) => x.id)]);
    return r.rows.map((row) => ({
      job: fromRow(row),
      plan: row.plan,
      results: res.rows.filter((x) => x.job_id === row.id).map((x) => ({ index: Number(x.idx), item: x.item })),
    }));
  }

  async claimPost(id: string, owner: string, post: FleetJobPost, run: string): Promise<FleetPostClaim> {
    // One statement: inserted only while the job is this owner's running job. A second claim
    // conflicts and gets the claim there back from a no-op update: ON CONFLICT waits for a claim
    // still being written and returns the committed row (a plain SELECT here would read the
    // statement's snapshot and miss a row committed meanwhile, e.g. this run's own earlier attempt
    // whose answer was lost). The same run's own claim counts as claimed.
    const r = await this.pool.query<{ mine: boolean; item: string | null }>(
      `WITH j AS (SELECT id FROM fleet_jobs WHERE id = $1 AND owner = $2 AND state = 'running'),
            ins AS (INSERT INTO fleet_job_results(job_id, idx, item) SELECT j.id, $3, $4 FROM j
                    ON CONFLICT (job_id, idx) DO UPDATE SET item = fleet_job_results.item RETURNING item)
       SELECT EXISTS (SELECT 1 FROM j) AS mine, (SELECT item FROM ins) AS item`,
      [id, owner, POST_INDEX[post], postMark(post, run)],
    );
    const row = r.rows[0];
    return !row?.mine ? 'lost' : row.item === postMark(post, run) ? 'claimed' : 'taken';
  }

  async finish(id: string, owner: string, state: 'done' | 'failed' | 'stopped', done?: number): Promise<boolean> {
    const r = await this.pool.query<{ n: number }>(
      `WITH j AS (UPDATE fleet_jobs SET state = $3, finished_at = $4, done = COALESCE($5, done), lease_until = 0, plan = NULL
                  WHERE id = $1 AND owner = $2 AND state = 'running' RETURNING id),
            d AS (DELETE FROM fleet_job_results WHERE job_id IN (SELECT id FROM j))
       SELECT (SELECT count(*) FROM j)::int AS n`,
      [id, owner, state, this.now(), done === undefined ? null : count(done)],
    );
    return r.rows[0]?.n === 1;
  }

  async release(id: string, owner: string): Promise<void> {
    await this.pool.query(
      `WITH j AS (DELETE FROM fleet_jobs WHERE id = $1 AND owner = $2 RETURNING id)
       DELETE FROM fleet_job_results WHERE job_id IN (SELECT id FROM j)`,
      [id, owner],
    );
  }

  async get(id: string): Promise<FleetJob | null> {
    const r = await this.pool.query<Row>(`SELECT ${READ} FROM fleet_jobs WHERE id = $1`, [id]);
    return r.rows[0] ? fromRow(r.rows[0]) : null;
  }

  async runningFor(who: string): Promise<FleetJob | null> {
    const r = await this.pool.query<Row>(`SELECT ${READ} FROM fleet_jobs WHERE who = $1 AND state = 'running' AND lease_until > $2 ORDER BY started_at DESC LIMIT 1`, [who, this.now()]);
    return r.rows[0] ? fromRow(r.rows[0]) : null;
  }

  async reap(limit = 100, maxTakeovers?: number): Promise<FleetJob[]> {
    // SKIP LOCKED: two replicas sweeping at once each get different jobs, none twice.
    const r = await this.pool.query<Row>(
      `WITH due AS (SELECT id FROM fleet_jobs
                    WHERE state = 'running' AND lease_until <= $1 AND ($3::int IS NULL OR plan IS NULL OR (acked = 0 AND takeovers = 0) OR (takeovers >= $3 AND paused = 0))
                    ORDER BY lease_until LIMIT $2 FOR UPDATE SKIP LOCKED),
            j AS (UPDATE fleet_jobs f SET state = 'expired', finished_at = $1, plan = NULL FROM due
                  WHERE f.id = due.id AND f.state = 'running' RETURNING ${COLS.split(', ').map((c) => `f.${c}`).join(', ')}, f.takeovers, f.acked, false AS resumable),
            d AS (DELETE FROM fleet_job_results WHERE job_id IN (SELECT id FROM j))
       SELECT * FROM j`,
      [this.now(), limitOf(limit), maxTakeovers === undefined ? null : maxOf(maxTakeovers)],
    );
    return r.rows.map(fromRow);
  }

  async purge(before: number): Promise<number> {
    const n = (await this.pool.query("DELETE FROM fleet_jobs WHERE state <> 'running' AND finished_at <= $1", [before])).rowCount ?? 0;
    await this.pool.query('DELETE FROM fleet_job_results r WHERE NOT EXISTS (SELECT 1 FROM fleet_jobs f WHERE f.id = r.job_id AND f.plan IS NOT NULL)');
    return n;
  }

  async takeOver(): Promise<number> {
    return 0; // other replicas may be running their jobs: only an ended lease frees a user
  }
}

type MemRow = Row & { dedupe: string | null; plan: string | null; paused: number; results: Map<number, string> };

/** In memory (tests, the console): the same contract within one process. */
export class MemoryFleetJobStore implements FleetJobStore {
  readonly durable = false;
  private readonly rows = new Map<string, MemRow>();

  constructor(private readonly now: () => number = Date.now) {}

  private liveOf(who: string, t: number): MemRow | undefined {
    let best: MemRow | undefined;
    for (const r of this.rows.values()) {
      if (r.who === who && r.state === 'running' && Number(r.lease_until) > t && (!best || Number(r.started_at) >= Number(best.started_at))) best = r;
    }
    return best;
  }

  private view(r: MemRow): FleetJob {
    return fromRow({ ...r, resumable: r.plan !== null });
  }

  async claim(req: FleetJobClaim): Promise<FleetClaimResult> {
    const t = this.now();
    if (req.dedupe && [...this.rows.values()].some((r) => r.dedupe === req.dedupe)) return { status: 'duplicate' };
    const live = this.liveOf(req.who, t);
    if (live) return { status: 'busy', running: this.view(live) };
    const row: MemRow = { ...newRow(req, t), results: new Map() };
    this.rows.set(row.id, row);
    return { status: 'started', job: this.view(row) };
  }

  private mine(id: string, owner: string): MemRow | null {
    const r = this.rows.get(id);
    return r && r.owner === owner && r.state === 'running' ? r : null;
  }

  private record(r: MemRow, progress: FleetJobProgress): void {
    r.done = count(progress.done);
    if (progress.progressTs) r.progress_ts = progress.progressTs;
    for (const x of keptResults(progress.results, Number(r.total))) if (!r.results.has(x.index)) r.results.set(x.index, x.item);
  }

  async heartbeat(id: string, owner: string, progress: FleetJobProgress, leaseMs: number): Promise<boolean> {
    const r = this.mine(id, owner);
    if (!r) return false;
    const t = this.now();
    this.record(r, progress);
    r.heartbeat_at = t;
    r.lease_until = t + Math.max(1, leaseMs);
    r.acked = 1;
    return true;
  }

  async acknowledged(id: string, owner: string, leaseMs: number): Promise<boolean> {
    const r = this.mine(id, owner);
    if (!r) return false;
    const t = this.now();
    r.heartbeat_at = t;
    r.lease_until = t + Math.max(1, leaseMs);
    r.acked = 1;
    return true;
  }

  async pause(id: string, owner: string, progress: FleetJobProgress): Promise<boolean> {
    const r = this.mine(id, owner);
    if (!r) return false;
    this.record(r, progress);
    r.lease_until = this.now();
    r.paused = 1;
    r.acked = 1;
    return true;
  }

  async adopt(owner: string, leaseMs: number, maxTakeovers: number, limit = 100, except: readonly string[] = []): Promise<FleetJobResume[]> {
    const t = this.now();
    const max = maxOf(maxTakeovers);
    const skip = new Set(except);
    const due = [...this.rows.values()]
      .filter((r) => r.state === 'running' && Number(r.lease_until) <= t && r.plan !== null && (Number(r.acked) === 1 || Number(r.takeovers) > 0) && (Number(r.takeovers) < max || r.paused === 1) && !skip.has(r.id))
      .sort((a, b) => Number(a.lease_until) - Number(b.lease_until))
      .slice(0, limitOf(limit));
    return due.map((r) => {
      r.owner = clip(owner, 100);
      r.heartbeat_at = t;
      r.lease_until = t + Math.max(1, leaseMs);
      r.takeovers = Number(r.takeovers) + 1 - r.paused;
      r.paused = 0;
      const results = [...r.results].filter(([index]) => index >= 0).sort((a, b) => a[0] - b[0]).map(([index, item]) => ({ index, item }));
      return { job: this.view(r), plan: r.plan!, results };
    });
  }

  async claimPost(id: string, owner: string, post: FleetJobPost, run: string): Promise<FleetPostClaim> {
    const r = this.mine(id, owner);
    if (!r) return 'lost';
    const mark = postMark(post, run);
    const had = r.results.get(POST_INDEX[post]);
    if (had !== undefined) return had === mark ? 'claimed' : 'taken';
    r.results.set(POST_INDEX[post], mark);
    return 'claimed';
  }

  async finish(id: string, owner: string, state: 'done' | 'failed' | 'stopped', done?: number): Promise<boolean> {
    const r = this.mine(id, owner);
    if (!r) return false;
    r.state = state;
    r.finished_at = this.now();
    r.lease_until = 0;
    r.plan = null;
    r.results.clear();
    if (done !== undefined) r.done = count(done);
    return true;
  }

  async release(id: string, owner: string): Promise<void> {
    if (this.rows.get(id)?.owner === owner) this.rows.delete(id);
  }

  async get(id: string): Promise<FleetJob | null> {
    const r = this.rows.get(id);
    return r ? this.view(r) : null;
  }

  async runningFor(who: string): Promise<FleetJob | null> {
    const r = this.liveOf(who, this.now());
    return r ? this.view(r) : null;
  }

  async reap(limit = 100, maxTakeovers?: number): Promise<FleetJob[]> {
    const t = this.now();
    const out: FleetJob[] = [];
    const max = maxTakeovers === undefined ? null : maxOf(maxTakeovers);
    const due = [...this.rows.values()]
      .filter((r) => r.state === 'running' && Number(r.lease_until) <= t && (max === null || r.plan === null || (Number(r.acked) === 0 && Number(r.takeovers) === 0) || (Number(r.takeovers) >= max && r.paused === 0)))
      .sort((a, b) => Number(a.lease_until) - Number(b.lease_until));
    for (const r of due.slice(0, limitOf(limit))) {
      r.state = 'expired';
      r.finished_at = t;
      r.plan = null;
      r.results.clear();
      out.push(this.view(r));
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
