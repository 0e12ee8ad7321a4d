/**
 * The PostgreSQL store (`pg`, a pool): several replicas share one database. Schema by numbered
 * migrations, applied under an advisory lock so replicas starting together do not race.
 * Turns of one conversation key are serialised across replicas by a transaction-scoped advisory
 * lock on the key; turns of different keys run in parallel. Dedupe ids have a primary key, so
 * the same event delivered to two replicas at once is claimed by exactly one.
 *
 * A turn is usually ONE round trip: the pure step runs on the conversation as this process last
 * saw it, and one call of tmsd_turn (migration 3) takes the key's lock, checks the ids, checks
 * that the row is still at that version, and writes claim + state + outbox, or answers the
 * current row so the step runs again (optimistic concurrency). After a few lost races the turn
 * takes the lock for the whole step instead (the transaction path).
 */
import { createHash } from 'node:crypto';
import { Pool, type PoolClient, type QueryConfig } from 'pg';
import { pgTransaction } from './pg-tx';
import { messageJson } from './known-json';
import { fleetJobsAckedMigration, fleetJobsMigration, fleetJobsResumableMigration, outboxTableSql, PG_TYPES, type Migration } from './schema';
import type { Reply } from '../conversation/document';
import type { ConversationState } from '../conversation/types';
import {
  CONVERSATION_COLUMNS,
  conversationFromRow,
  CONVERSATION_TTL_MS,
  outboxItemFromRow,
  dedupeClaims,
  turnClaims,
  turnOutboxItems,
  type ConversationRow,
  type OutboxRow,
  probeLogRowFrom,
  type ProbeLogTableRow,
  probeRow,
  purgeCutoffs,
  quotaDecision,
  recentLimit,
  storeErrorReason,
  type OutboxItem,
  type PurgeCounts,
  type RateDecision,
  type Store,
  type StoreCheck,
  type StoredConversation,
  type TurnPlan,
  type TurnRequest,
  type TurnResult,
  type TurnStep,
} from './port';

export interface PostgresStoreOptions {
  now?: () => number;
  ttlMs?: number;
  poolSize?: number;
  /** Called on errors of idle pool connections (the database restarted, the network dropped). */
  onError?: (error: Error) => void;
  /** A migration waits for a lock other sessions hold (default: one line on stderr; `tms-doctor start` logs it as a JSON warn line). */
  onMigrationWait?: (note: string, fields: { migration?: number; attempt: number; waitedS?: number }) => void;
  /** Tests: a bounded migration's lock wait, the pause between its tries, and when it gives up (ms). */
  migrationLock?: Partial<MigrationLockLimits>;
  /**
   * Tests: the client's time limit on an answer to a query and on a new connection (ms; PG_QUERY_TIMEOUT_MS). The
   * server's statement limit (PG_STATEMENT_TIMEOUT_MS) is not changed.
   */
  queryTimeoutMs?: number;
}

/**
 * A migration that locks a table every turn uses (surface_meta) waits at most `waitMs` for the lock:
 * while it waits, every later statement on that table queues behind it, so in a rolling deploy the
 * older replicas' turns would hit their own 4 s statement limit for as long as some other
 * transaction (the hourly purge, up to 5 min) holds the table. It gives up the try (rolled back),
 * says so, and tries again after `pauseMs`, until `giveUpMs` (then start-up fails with the reason).
 */
export interface MigrationLockLimits {
  waitMs: number;
  pauseMs: number;
  giveUpMs: number;
  /**
   * How long a replica waits for another replica's migrations (the advisory lock MIGRATION_LOCK)
   * before start-up fails with MigrationWaitError. Above giveUpMs, so that the replica holding the
   * lock reaches its own clear failure (or finishes) first.
   */
  replicaWaitMs: number;
}
const MIGRATION_LOCK_LIMITS: MigrationLockLimits = { waitMs: 2_000, pauseMs: 5_000, giveUpMs: 10 * 60_000, replicaWaitMs: 15 * 60_000 };
/** While waiting for another replica's migrations: how often the lock is tried, and how often that is said. */
const REPLICA_WAIT_TRY_MS = 1_000;
const REPLICA_WAIT_NOTE_MS = 60_000;

/**
 * Start-up gave up waiting for another replica's migrations. `fields` go on the JSON error line
 * `tms-doctor start` logs (what it waited for, how long, what to check).
 */
export class MigrationWaitError extends Error {
  readonly fields: { waitedFor: string; waitedS: number; advisoryLock: number; check: string };
  constructor(waitedMs: number) {
    const waitedS = Math.round(waitedMs / 1000);
    const check = `SELECT pid, granted FROM pg_locks WHERE locktype = 'advisory' AND objid = ${MIGRATION_LOCK}`;
    super(`gave up after ${waitedS} s waiting for another replica's PostgreSQL migrations (advisory lock ${MIGRATION_LOCK}): look at the replica that holds the lock (its log says which migration it runs or waits for; find its session with ${check}) and start this one again once it has finished or stopped`);
    this.name = 'MigrationWaitError';
    this.fields = { waitedFor: "another replica's PostgreSQL migrations (advisory lock)", waitedS, advisoryLock: MIGRATION_LOCK, check };
  }
}

/** A PostgreSQL migration; `boundedLock`: its locks are waited for at most MigrationLockLimits.waitMs at a time. */
type PgMigration = Migration & { boundedLock?: true };

/** Append only. Never edit a migration that has shipped: add a new one. */
export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'conversations, seen events, outbox, probe quota, probe log, store check',
    sql: `
      CREATE TABLE conversations (
        key         TEXT PRIMARY KEY,
        state       TEXT NOT NULL,
        last_reply  TEXT,
        created_at  BIGINT NOT NULL,
        updated_at  BIGINT NOT NULL,
        expires_at  BIGINT NOT NULL
      );
      CREATE INDEX conversations_expires ON conversations(expires_at);
      CREATE TABLE seen_events (
        id       TEXT PRIMARY KEY,
        seen_at  BIGINT NOT NULL
      );
      CREATE INDEX seen_events_at ON seen_events(seen_at);
      ${outboxTableSql(PG_TYPES)}
      CREATE TABLE probe_quota (
        usr  TEXT NOT NULL,
        at   BIGINT NOT NULL
      );
      CREATE INDEX probe_quota_user_at ON probe_quota(usr, at);
      CREATE TABLE probe_log (
        id          BIGSERIAL PRIMARY KEY,
        at          TIMESTAMPTZ NOT NULL,
        who         TEXT NOT NULL,
        surface     TEXT NOT NULL,
        target      TEXT NOT NULL,
        result_json TEXT,
        refused     TEXT
      );
      CREATE INDEX probe_log_at ON probe_log(at);
      CREATE TABLE store_check (id INTEGER PRIMARY KEY, at BIGINT NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'surface metadata (answer cards)',
    sql: `
      CREATE TABLE surface_meta (
        key         TEXT PRIMARY KEY,
        usr         TEXT,
        meta        TEXT NOT NULL,
        updated_at  BIGINT NOT NULL
      );
      CREATE INDEX surface_meta_user ON surface_meta(usr, updated_at);
    `,
  },
  {
    version: 3,
    name: 'conversation versions; a turn in one statement (tmsd_turn)',
    sql: `
      -- Every write of a conversation row (any code path, any replica, any release) takes a new
      -- number from one sequence: a version never comes back, not even after a delete.
      CREATE SEQUENCE conversation_version;
      ALTER TABLE conversations ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
      UPDATE conversations SET version = nextval('conversation_version'); -- 0 means "no row"
      CREATE FUNCTION tmsd_conversation_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.version := nextval('conversation_version');
        RETURN NEW;
      END $$;
      CREATE TRIGGER conversations_version BEFORE INSERT OR UPDATE ON conversations
        FOR EACH ROW EXECUTE FUNCTION tmsd_conversation_version();

      -- One turn, optimistically: the caller ran the pure step on the conversation at version
      -- p_expect (0: no row; -1: unknown, only look; NULL: the step did not read it) and on the
      -- seed at p_seed_expect (NULL: not used). Under the key's advisory lock (the same lock the
      -- transaction path takes): a claimed id -> 'duplicate' with the key's pending items; another
      -- version -> 'conflict' with the current rows (nothing written; the caller runs the step
      -- again); else claim the ids (a unique violation: claimed meanwhile under another key),
      -- save the state and queue the messages, leased when nothing older of the key is pending.
      CREATE FUNCTION tmsd_turn(
        p_key TEXT, p_dedupe TEXT[], p_expect BIGINT, p_seed TEXT, p_seed_expect BIGINT,
        p_state TEXT, p_last TEXT, p_turn TEXT, p_target TEXT, p_messages TEXT[], p_lang TEXT,
        p_lease_owner TEXT, p_lease_ms BIGINT, p_now BIGINT, p_ttl BIGINT)
      RETURNS TABLE(r_status TEXT, r_version BIGINT, r_state TEXT, r_last TEXT, r_updated BIGINT, r_expires BIGINT,
        r_seed_version BIGINT, r_seed_state TEXT, r_seed_last TEXT, r_seed_updated BIGINT, r_seed_expires BIGINT,
        r_leased BOOLEAN, r_pending JSON)
      LANGUAGE plpgsql AS $$
      DECLARE
        cur conversations%ROWTYPE;
        cur_v BIGINT := 0;
        sd conversations%ROWTYPE;
        sd_v BIGINT := 0;
        new_v BIGINT;
        leased BOOLEAN := false;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('turn:' || p_key, 0));
        IF EXISTS (SELECT 1 FROM seen_events s WHERE s.id = ANY(p_dedupe)) THEN
          RETURN QUERY SELECT 'duplicate'::TEXT, NULL::BIGINT, NULL::TEXT, NULL::TEXT, NULL::BIGINT, NULL::BIGINT,
            NULL::BIGINT, NULL::TEXT, NULL::TEXT, NULL::BIGINT, NULL::BIGINT, false,
            (SELECT json_agg(row_to_json(o) ORDER BY o.seq) FROM (
              SELECT x.seq, x.id, x.key, x.turn, x.idx, x.target, x.message, x.lang, x.created_at
              FROM outbox x WHERE x.key = p_key ORDER BY x.seq LIMIT 1000) o);
          RETURN;
        END IF;
        SELECT * INTO cur FROM conversations c WHERE c.key = p_key;
        IF FOUND THEN cur_v := cur.version; END IF;
        IF p_seed IS NOT NULL THEN
          SELECT * INTO sd FROM conversations c WHERE c.key = p_seed;
          IF FOUND THEN sd_v := sd.version; END IF;
        END IF;
        IF (p_expect IS NOT NULL AND p_expect <> cur_v) OR (p_seed_expect IS NOT NULL AND p_seed_expect <> sd_v) THEN
          RETURN QUERY SELECT 'conflict'::TEXT, cur_v, cur.state, cur.last_reply, cur.updated_at, cur.expires_at,
            sd_v, sd.state, sd.last_reply, sd.updated_at, sd.expires_at, false, NULL::JSON;
          RETURN;
        END IF;
        INSERT INTO seen_events(id, seen_at) SELECT u.id, p_now FROM unnest(p_dedupe) AS u(id);
        INSERT INTO conversations AS c (key, state, last_reply, created_at, updated_at, expires_at)
          VALUES (p_key, p_state, p_last, p_now, p_now, p_now + p_ttl)
          ON CONFLICT (key) DO UPDATE SET state = excluded.state, last_reply = excluded.last_reply,
            updated_at = excluded.updated_at, expires_at = excluded.expires_at
          RETURNING c.version INTO new_v;
        IF coalesce(array_length(p_messages, 1), 0) > 0 THEN
          leased := p_lease_owner IS NOT NULL AND NOT EXISTS (SELECT 1 FROM outbox x WHERE x.key = p_key);
          INSERT INTO outbox(id, key, turn, idx, target, message, lang, created_at, lease_owner, lease_until, tries)
            SELECT p_turn || '/' || (m.i - 1), p_key, p_turn, m.i - 1, p_target, m.message, p_lang, p_now,
              CASE WHEN leased THEN p_lease_owner END, CASE WHEN leased THEN p_now + p_lease_ms ELSE 0 END, CASE WHEN leased THEN 1 ELSE 0 END
            FROM unnest(p_messages) WITH ORDINALITY AS m(message, i) ORDER BY m.i;
        END IF;
        RETURN QUERY SELECT 'ok'::TEXT, new_v, NULL::TEXT, NULL::TEXT, NULL::BIGINT, NULL::BIGINT,
          NULL::BIGINT, NULL::TEXT, NULL::TEXT, NULL::BIGINT, NULL::BIGINT, leased, NULL::JSON;
      END $$;
    `,
  },
  fleetJobsMigration(4, PG_TYPES),
  {
    version: 5,
    name: 'outbox done says whether more of the key is pending (tmsd_done)',
    sql: `
      -- Remove a delivered item; true when other items of its key are pending, NULL when it was
      -- gone already. The key's turn lock is taken after the delete, and the check runs after it
      -- (a statement of its own, so a snapshot of its own): a turn of the key on any replica either
      -- committed before (its items are counted here) or starts after this commits (it then finds
      -- nothing older pending and delivers its own items).
      CREATE FUNCTION tmsd_done(p_id TEXT) RETURNS BOOLEAN LANGUAGE plpgsql AS $$
      DECLARE
        k TEXT;
      BEGIN
        DELETE FROM outbox x WHERE x.id = p_id RETURNING x.key INTO k;
        IF k IS NULL THEN
          RETURN NULL;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended('turn:' || k, 0));
        RETURN EXISTS (SELECT 1 FROM outbox x WHERE x.key = k);
      END $$;
    `,
  },
  {
    version: 6,
    name: 'turn functions read by index however their tables grow',
    sql: `
      -- PL/pgSQL keeps a plan per statement and connection; after a few calls it may settle on a
      -- generic plan made while a table was nearly empty (a sequential scan is cheapest there) and
      -- keep it while the table grows, until an ANALYZE invalidates it. seen_events holds every
      -- delivery id of the dedupe window, so the duplicate check then scanned it whole on every
      -- turn (measured: 1 ms at 4,000 ids, growing with each event). Every statement in these
      -- functions looks rows up by key, so a scan is never the right plan for them.
      ALTER FUNCTION tmsd_turn SET enable_seqscan = off;
      ALTER FUNCTION tmsd_done SET enable_seqscan = off;
    `,
  },
  fleetJobsResumableMigration(7),
  {
    version: 8,
    name: 'surface metadata indexed by user only (its time is rewritten by every card write)',
    // As SQLite migration 8: recentFor is the index's only reader, and with updated_at in it every
    // write of a card's metadata had to write a new index entry too (no HOT update). Indexed by the
    // user alone, a write that keeps the user can be a HOT update; recentFor sorts the user's rows.
    // DROP INDEX locks the table against every turn of every replica still running: bounded.
    boundedLock: true,
    sql: `
      DROP INDEX IF EXISTS surface_meta_user;
      CREATE INDEX surface_meta_by_user ON surface_meta(usr);
    `,
  },
  // As SQLite migration 9. Adding a column with a constant default rewrites nothing (PostgreSQL 11+),
  // but takes the table's lock for a moment: bounded, like migration 8, behind a running replica's job write.
  { ...fleetJobsAckedMigration(9), boundedLock: true },
];

/** Any constant: the advisory lock migrations run under. */
const MIGRATION_LOCK = 7_301_130;

/**
 * Time limits of the pool's connections. A database that stops answering (frozen, failed over, a
 * network black hole) must fail a query, not hang it: the server cancels a statement after
 * PG_STATEMENT_TIMEOUT_MS (error 57014), the client gives up on an answer after PG_QUERY_TIMEOUT_MS
 * (a frozen server cancels nothing) and drops that connection; both count as the store being
 * unavailable (transientStoreError), so the turn is tried again within its 20 s. TCP keepalive
 * finds connections whose peer is gone while they are idle.
 */
export const PG_QUERY_TIMEOUT_MS = 5_000;
export const PG_STATEMENT_TIMEOUT_MS = 4_000;
/** close(): how long the pool may take to end its connections before their sockets are destroyed. */
export const PG_CLOSE_MS = 1_000;
/** The hourly purge's DELETEs (unbatched, maybe behind a turn's row lock): their own statement limit. */
export const PG_PURGE_TIMEOUT_MS = 5 * 60_000;
/** Migrations may run long (a table rewrite) and wait for another replica's: their own limit. */
const MIGRATION_QUERY_TIMEOUT_MS = 10 * 60_000;

function lockTimedOut(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === '55P03'; // lock_not_available
}

export async function migratePg(pool: Pool, opts: Pick<PostgresStoreOptions, 'onMigrationWait' | 'migrationLock'> = {}): Promise<number> {
  const limits = { ...MIGRATION_LOCK_LIMITS, ...opts.migrationLock };
  const say = opts.onMigrationWait ?? ((note: string) => process.stderr.write(`tms-doctor: ${note}\n`));
  const pc = await pool.connect();
  const c = { query: <R extends import('pg').QueryResultRow = never>(text: string, values?: unknown[]) => pc.query<R>({ text, values, query_timeout: MIGRATION_QUERY_TIMEOUT_MS } as never) };
  let broken: Error | undefined;
  let locked = false;
  try {
    await c.query('SET statement_timeout = 0');
    // Try the lock instead of queueing for it: a wait here is bounded and said (a queued
    // pg_advisory_lock would end at the client's query timeout with a bare "Query read timeout",
    // and its backend would stay queued on the server and could still take the lock afterwards).
    const waitStarted = Date.now();
    // The minute of the wait the last line was said in: a line for each new minute, whatever each round's length
    // (a round is REPLICA_WAIT_TRY_MS plus the query and timer lag, so a fixed window after each minute can be missed).
    let notedMinute = -1;
    for (let attempt = 1; ; attempt++) {
      const got = await c.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [MIGRATION_LOCK]);
      if (got.rows[0]?.ok) break;
      const waited = Date.now() - waitStarted;
      if (waited >= limits.replicaWaitMs) throw new MigrationWaitError(waited);
      const minute = Math.floor(waited / REPLICA_WAIT_NOTE_MS);
      if (minute > notedMinute) {
        notedMinute = minute;
        say(`PostgreSQL migrations: waiting for another replica's migrations to finish (advisory lock ${MIGRATION_LOCK}, ${Math.round(waited / 1000)} s so far; gives up after ${Math.round(limits.replicaWaitMs / 1000)} s)`, { attempt, waitedS: Math.round(waited / 1000) });
      }
      await new Promise((r) => setTimeout(r, Math.min(REPLICA_WAIT_TRY_MS, Math.max(1, limits.replicaWaitMs - waited))));
    }
    locked = true;
    await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
    const applied = new Set((await c.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    let n = 0;
    for (const m of PG_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      const started = Date.now();
      for (let attempt = 1; ; attempt++) {
        await c.query('BEGIN');
        try {
          if (m.boundedLock) await c.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.floor(limits.waitMs))}`);
          await c.query(m.sql);
          await c.query('INSERT INTO schema_migrations(version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, Date.now()]);
          await c.query('COMMIT');
          break;
        } catch (error) {
          await c.query('ROLLBACK');
          if (!m.boundedLock || !lockTimedOut(error)) throw error;
          const waited = Date.now() - started;
          if (waited + limits.pauseMs > limits.giveUpMs) {
            throw new Error(`PostgreSQL migration ${m.version} (${m.name}) could not lock its table within ${Math.round(waited / 1000)} s: another session keeps a transaction on it open; start again once it has ended`, { cause: error });
          }
          say(`PostgreSQL migration ${m.version} (${m.name}) is waiting: another session holds a lock on its table (an older replica's transaction, or the hourly purge); rolled back after ${limits.waitMs} ms so that running replicas' turns are not held up, trying again in ${Math.round(limits.pauseMs / 1000)} s (try ${attempt})`, { migration: m.version, attempt });
          await new Promise((r) => setTimeout(r, limits.pauseMs));
        }
      }
      n++;
    }
    return n;
  } finally {
    if (locked) await c.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch((error: Error) => (broken = error));
    // The session's statement_timeout was changed: this connection does not go back to the pool.
    pc.release(broken ?? true);
  }
}


const OUT_COLS = 'id, key, turn, idx, target, message, lang, created_at';

/** Connect, migrate, and wrap the pool in the store port. */
export type PostgresStore = Store & {
  readonly pool: Pool;
  /** PgMetaStore tells each committed write of surface metadata (metaStoreFor wires it). */
  readonly metaWritten: (key: string, json: string | null | undefined) => void;
  /** The metadata text this process last wrote or read for a key (undefined: not known): PgMetaStore.update tries it first. */
  readonly metaKnown: (key: string) => string | null | undefined;
};

export async function postgresStore(url: string, opts: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const pool = new Pool({
    connectionString: url,
    max: opts.poolSize ?? 10,
    connectionTimeoutMillis: opts.queryTimeoutMs ?? PG_QUERY_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    query_timeout: opts.queryTimeoutMs ?? PG_QUERY_TIMEOUT_MS,
    statement_timeout: PG_STATEMENT_TIMEOUT_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // An idle connection that breaks must not crash the process: log it, the pool reconnects.
  pool.on('error', (error) => opts.onError?.(error));
  try {
    await migratePg(pool, opts);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  const now = opts.now ?? Date.now;
  const ttl = opts.ttlMs ?? CONVERSATION_TTL_MS;
  let closed = false;

  const tx = <T>(fn: (c: PoolClient) => Promise<T>): Promise<T> => pgTransaction(pool, fn);

  const live = async (c: Pool | PoolClient, key: string): Promise<StoredConversation | null> => {
    const r = await c.query<ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE key = $1`, [key]);
    return conversationFromRow(key, r.rows[0], now());
  };
  const put = async (c: Pool | PoolClient, key: string, state: ConversationState, lastReplies: Reply[]) => {
    const t = now();
    await c.query(
      `INSERT INTO conversations(key, state, last_reply, created_at, updated_at, expires_at) VALUES ($1, $2, $3, $4, $4, $5)
       ON CONFLICT(key) DO UPDATE SET state = excluded.state, last_reply = excluded.last_reply, updated_at = excluded.updated_at, expires_at = excluded.expires_at`,
      [key, JSON.stringify(state), lastReplies.length ? JSON.stringify(lastReplies) : null, t, t + ttl],
    );
  };
  const pending = async (c: Pool | PoolClient, key: string | undefined, limit: number): Promise<OutboxItem[]> => {
    const r =
      key === undefined
        ? await c.query<OutboxRow>(`SELECT ${OUT_COLS} FROM outbox ORDER BY seq LIMIT $1`, [limit])
        : await c.query<OutboxRow>(`SELECT ${OUT_COLS} FROM outbox WHERE key = $1 ORDER BY seq LIMIT $2`, [key, limit]);
    return r.rows.map(outboxItemFromRow);
  };

  /** The turn as one transaction holding the key's lock while the step runs (the fallback path). */
  const lockedTurn = (req: TurnRequest, step: TurnStep): Promise<TurnResult> =>
    tx(async (c): Promise<TurnResult> => {
      // One turn per key at a time, whichever replica runs it; released at COMMIT/ROLLBACK.
      await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`turn:${req.key}`]);
      if (req.requireExisting && !(await live(c, req.key))) return { status: 'ignored' };
      const seen = await c.query('SELECT 1 FROM seen_events WHERE id = ANY($1::text[])', [dedupeClaims(req.dedupe)]);
      if ((seen.rowCount ?? 0) > 0) return { status: 'duplicate', pending: await pending(c, req.key, 1000) };
      const prev = req.fresh ? null : await live(c, req.key);
      const seed = !prev && req.seedFrom && req.seedFrom !== req.key ? await live(c, req.seedFrom) : null;
      const meta = req.withMeta ? ((await c.query<{ meta: string }>('SELECT meta FROM surface_meta WHERE key = $1', [req.key])).rows[0]?.meta ?? null) : null;
      const plan = step(prev, seed, meta); // a throw rolls the whole transaction back
      const t = now();
      for (const id of turnClaims(req.dedupe, plan)) {
        const ins = await c.query('INSERT INTO seen_events(id, seen_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [id, t]);
        // Claimed meanwhile under another key's lock: a duplicate after all; undo everything.
        if (ins.rowCount !== 1) throw new DuplicateClaim();
      }
      await put(c, req.key, plan.state, plan.keepReplies ? plan.replies : []);
      if (req.withMeta && plan.meta) await c.query(META_PUT_SQL, [req.key, plan.meta.user, plan.meta.json, Date.now()]);
      const outbox = turnOutboxItems(req.key, req.dedupe, plan, t);
      // Under the key's lock: no other turn of this key can add an item before this commits.
      const leased = Boolean(req.lease) && outbox.length > 0 && ((await c.query('SELECT 1 FROM outbox WHERE key = $1 LIMIT 1', [req.key])).rowCount ?? 0) === 0;
      for (const o of outbox) {
        await c.query(
          'INSERT INTO outbox(id, key, turn, idx, target, message, lang, created_at, lease_owner, lease_until, tries) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
          [
          o.id,
          o.key,
          o.turn,
          o.index,
          JSON.stringify(o.target),
          messageJson(o.message),
            o.lang,
            o.createdAt,
            leased ? req.lease!.owner : null,
            leased ? t + req.lease!.ms : 0,
            leased ? 1 : 0,
          ],
        );
      }
      return { status: 'ok', isNew: !prev, plan, outbox, leased };
    }).catch(async (error: unknown) => {
      if (error instanceof DuplicateClaim) return { status: 'duplicate', pending: await pending(pool, req.key, 1000) } as TurnResult;
      throw error;
    });


  /**
   * The last committed row of each key this process wrote or read in a turn, with its version: a
   * turn runs the step on it and sends ONE statement (tmsd_turn) that writes only if the row is
   * still at that version. Another replica's write (or any other write: the trigger numbers them
   * all) is a conflict: the function answers with the current row and the step runs again. So the
   * cache can be stale, never wrong. Bounded (least recently used goes first).
   */
  const known = new Map<string, Snap | null>();
  const remember = (key: string, snap: Snap | null) => {
    known.delete(key);
    known.set(key, snap);
    if (known.size > KNOWN_MAX) known.delete(known.keys().next().value!);
  };
  /**
   * The surface metadata (JSON text as stored) of keys whose turns read it (TurnRequest.withMeta),
   * as this process last wrote or read it. A turn sends its digest; the statement compares it with
   * the stored text and, when it differs (another replica wrote it, a purge), answers the stored
   * text and writes nothing: validated on every use, never trusted.
   */
  const knownMeta = new Map<string, string | null>();
  const rememberMeta = (key: string, json: string | null | undefined) => {
    knownMeta.delete(key);
    if (json === undefined) return;
    knownMeta.set(key, json);
    if (knownMeta.size > KNOWN_MAX) knownMeta.delete(knownMeta.keys().next().value!);
  };
  const conversationOf = (key: string, snap: Snap | null | undefined): StoredConversation | null => conversationFromRow(key, snap, now());

  const optimisticTurn = async (req: TurnRequest, step: TurnStep): Promise<TurnResult> => {
    const seedKey = req.seedFrom && req.seedFrom !== req.key ? req.seedFrom : null;
    // What the step runs on: from the cache (maybe stale), or as the function last answered (current then).
    // A key this process has not seen is guessed new (no row, no metadata, no seed row): right for
    // every new thread, which then takes one statement instead of a look and a write; when the guess
    // is wrong the statement answers the current rows (the one round trip the look would have cost)
    // and the step runs again on them. Only a turn that must find the conversation looks first.
    const guess = !req.requireExisting;
    let cur: Snap | null | undefined = known.has(req.key) ? known.get(req.key) : guess ? null : undefined;
    let seedSnap: Snap | null | undefined = seedKey ? (known.has(seedKey) ? known.get(seedKey) : guess ? null : undefined) : null;
    // undefined: not known (the statement then answers it).
    let meta: string | null | undefined = req.withMeta ? (knownMeta.has(req.key) ? knownMeta.get(req.key) : guess ? null : undefined) : null;
    let checked = false;
    for (let attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
      const needCur = !req.fresh || Boolean(req.requireExisting);
      let plan: TurnPlan | null = null;
      let prev: StoredConversation | null = null;
      let usedSeed = false;
      let items: OutboxItem[] = [];
      let stateJson = '';
      const t = now();
      if (!needCur || cur !== undefined) {
        const existing = conversationOf(req.key, cur);
        if (req.requireExisting && !existing) {
          // Decided only on the current row, never on the cache.
          if (checked) return { status: 'ignored' };
        } else {
          prev = req.fresh ? null : existing;
          usedSeed = !prev && seedKey !== null;
          if ((!usedSeed || seedSnap !== undefined) && meta !== undefined) {
            try {
              plan = step(prev, usedSeed ? conversationOf(seedKey!, seedSnap) : null, meta);
            } catch {
              // Maybe a stale row, maybe a duplicate the step never sees: the locked path decides.
              return lockedTurn(req, step);
            }
            items = turnOutboxItems(req.key, req.dedupe, plan, t);
            stateJson = JSON.stringify(plan.state);
          }
        }
      }
      let row: TurnRow;
      try {
        const params = plan
          ? [
              req.key,
              // The marks are claimed by the same INSERT (and checked with the delivery ids).
              turnClaims(req.dedupe, plan),
              needCur ? (cur?.version ?? 0) : null,
              seedKey,
              usedSeed ? (seedSnap?.version ?? 0) : null,
              stateJson,
              plan.keepReplies && plan.replies.length ? JSON.stringify(plan.replies) : null,
              items[0]?.turn ?? null,
              items.length ? JSON.stringify(items[0]!.target) : null,
              items.map((o) => messageJson(o.message)),
              plan.state.lang,
              req.lease?.owner ?? null,
              req.lease?.ms ?? 0,
              t,
              ttl,
            ]
          : // Only look: the current rows (or 'duplicate'); nothing is written.
            [req.key, dedupeClaims(req.dedupe), -1, seedKey, null, null, null, null, null, [], null, null, 0, t, ttl];
        // With the metadata: the same call, with the conversation's version expectation replaced by
        // -1 ("only look") when the stored metadata is not the text the step ran on.
        // Named: each connection parses and plans these once (PREPARED below).
        row = (
          req.withMeta
            ? await pool.query<TurnRow>({
                ...PREPARED.turnWithMeta,
                values: [...params, meta === undefined ? 'unknown' : meta === null ? null : md5(meta), plan?.meta?.json ?? null, plan?.meta?.user ?? null, Date.now()],
              })
            : await pool.query<TurnRow>({ ...PREPARED.turn, values: params })
        ).rows[0]!;
      } catch (error) {
        known.delete(req.key);
        knownMeta.delete(req.key);
        // An id claimed meanwhile under another key's lock: a duplicate after all (nothing was written).
        if ((error as { code?: string; constraint?: string }).code === '23505' && (error as { constraint?: string }).constraint === 'seen_events_pkey') {
          return { status: 'duplicate', pending: await pending(pool, req.key, 1000) };
        }
        throw error;
      }
      if (row.r_status === 'duplicate') return { status: 'duplicate', pending: ((row.r_pending ?? []) as OutboxRow[]).map(outboxItemFromRow) };
      if (row.r_status === 'ok' && plan) {
        if (req.withMeta && plan.meta) rememberMeta(req.key, plan.meta.json);
        remember(req.key, { version: Number(row.r_version), state: stateJson, last: plan.keepReplies && plan.replies.length ? JSON.stringify(plan.replies) : null, updatedAt: t, expiresAt: t + ttl });
        return { status: 'ok', isNew: !prev, plan, outbox: items, leased: row.r_leased === true && items.length > 0 };
      }
      // 'conflict': run the step again on the rows as they are now.
      checked = true;
      cur = snapOf(row.r_version, row.r_state, row.r_last, row.r_updated, row.r_expires);
      remember(req.key, cur);
      if (seedKey) seedSnap = snapOf(row.r_seed_version, row.r_seed_state, row.r_seed_last, row.r_seed_updated, row.r_seed_expires);
      if (req.withMeta && row.r_meta_same === false) {
        meta = row.r_meta;
        rememberMeta(req.key, meta);
      }
    }
    // Lost the race every time (a very busy key across replicas): wait for the lock instead.
    known.delete(req.key);
    return lockedTurn(req, step);
  };

  return {
    kind: 'postgres',
    pool,
    metaWritten: rememberMeta,
    metaKnown: (key) => knownMeta.get(key),
    conversations: {
      get: (key) => live(pool, key),
      has: async (key) => (await pool.query('SELECT 1 FROM conversations WHERE key = $1 AND expires_at > $2', [key, now()])).rowCount === 1,
      claim: async (id) => (await pool.query('INSERT INTO seen_events(id, seen_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [id, now()])).rowCount === 1,
      seen: async (id) => (await pool.query('SELECT 1 FROM seen_events WHERE id = $1', [id])).rowCount === 1,
      put: async (key, state, lastReplies) => {
        known.delete(key);
        await put(pool, key, state, lastReplies);
      },
      delete: async (key) => {
        known.delete(key);
        await pool.query('DELETE FROM conversations WHERE key = $1', [key]);
      },
      turn: (req, step) => optimisticTurn(req, step),
      count: async () => Number((await pool.query<{ n: string }>('SELECT COUNT(*) AS n FROM conversations')).rows[0]!.n),
    },
    outbox: {
      pending: (o = {}) => pending(pool, o.key, o.limit ?? 1000),
      lease: async (id, owner, leaseMs) => {
        const t = now();
        const r = await pool.query<{ tries: number }>(
          `UPDATE outbox SET lease_owner = $2, lease_until = $3, tries = tries + 1
           WHERE id = $1 AND (lease_until <= $4 OR lease_owner = $2) RETURNING tries`,
          [id, owner, t + leaseMs, t],
        );
        return r.rows[0] ? { tries: r.rows[0].tries } : null;
      },
      done: async (id) => ({ more: (await pool.query<{ more: boolean | null }>({ ...PREPARED.done, values: [id] })).rows[0]!.more !== false }),
    },
    quotas: {
      take: (user, limit, windowMs) =>
        tx(async (c): Promise<RateDecision> => {
          await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`quota:${user}`]);
          const t = now();
          const recent = (await c.query<{ at: string }>('SELECT at FROM probe_quota WHERE usr = $1 AND at > $2 ORDER BY at ASC', [user, t - windowMs])).rows.map((r) => Number(r.at));
          const decision = quotaDecision(recent, limit, windowMs, t);
          if (decision.allowed) await c.query('INSERT INTO probe_quota(usr, at) VALUES ($1, $2)', [user, t]);
          return decision;
        }),
      giveBack: async (user, at) => {
        await pool.query('DELETE FROM probe_quota WHERE ctid = (SELECT ctid FROM probe_quota WHERE usr = $1 AND at = $2 LIMIT 1)', [user, at]);
      },
    },
    probes: {
      record: async (entry) => {
        const r = probeRow(entry);
        const res = await pool.query<{ id: string }>('INSERT INTO probe_log (at, who, surface, target, result_json, refused) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id', [
          r.at.toISOString(),
          r.who,
          r.surface,
          r.target,
          r.json,
          r.refused,
        ]);
        return Number(res.rows[0]!.id);
      },
      recent: async (limit) =>
        (await pool.query<ProbeLogTableRow>('SELECT id, at, who, surface, target, result_json, refused FROM probe_log ORDER BY at DESC, id DESC LIMIT $1', [recentLimit(limit)])).rows.map(
          probeLogRowFrom,
        ),
    },
    async check(): Promise<StoreCheck> {
      if (closed) return { ok: false, reason: 'the store is closed' };
      try {
        await pool.query('INSERT INTO store_check(id, at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET at = excluded.at', [now()]);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: storeErrorReason(error) };
      }
    },
    async purge(quotaWindowMs?: number): Promise<PurgeCounts> {
      const before = purgeCutoffs(now(), quotaWindowMs);
      // One unbatched DELETE per table may run past the turns' 4 s statement limit (a backlog, a row a turn holds):
      // its own limit, set for its transaction only (SET LOCAL: the connection goes back to the pool as it was).
      // (The client's own answer limit is raised to match, for the DELETE only.)
      const n = (sql: string, v: number) =>
        pgTransaction(pool, async (c) => {
          await c.query(`SET LOCAL statement_timeout = ${PG_PURGE_TIMEOUT_MS}`);
          // (QueryConfig's types have no query_timeout; node-postgres reads it per query.)
          const config = { text: sql, values: [v], query_timeout: PG_PURGE_TIMEOUT_MS + 1_000 } as QueryConfig;
          return (await c.query(config)).rowCount ?? 0;
        });
      return {
        conversations: await n('DELETE FROM conversations WHERE expires_at <= $1', before.conversations),
        events: await n('DELETE FROM seen_events WHERE seen_at <= $1', before.events),
        outbox: await n('DELETE FROM outbox WHERE created_at <= $1', before.outbox),
        quota: await n('DELETE FROM probe_quota WHERE at <= $1', before.quota),
      };
      // PostgreSQL's autovacuum reclaims the dead rows; nothing to do by hand.
    },
    async close() {
      if (closed) return;
      closed = true;
      // pool.end() waits for every connection's goodbye: a server that stops answering never
      // sends it. Past PG_CLOSE_MS the sockets are destroyed (a query still on one fails at once).
      const ended = pool.end().then(
        () => true,
        () => true,
      );
      const wait = (ms: number) => new Promise<false>((r) => setTimeout(() => r(false), ms).unref());
      if (await Promise.race([ended, wait(PG_CLOSE_MS)])) return;
      // pg-pool keeps its connections in _clients (no public way to destroy them).
      const clients = (pool as unknown as { _clients?: { connection?: { stream?: { destroy(): void } } }[] })._clients ?? [];
      for (const c of clients) c.connection?.stream?.destroy();
      await Promise.race([ended, wait(200)]);
    },
  };
}

/** How many optimistic tries a turn makes before it takes the key's lock for the whole step. */
const OPTIMISTIC_ATTEMPTS = 4;
/** Most conversation rows remembered per process (a few hundred bytes to a few kB each). */
const KNOWN_MAX = 1000;

/** A conversation row as committed, with its version (0: no row). */
interface Snap {
  version: number;
  state: string;
  last: string | null;
  updatedAt: number;
  expiresAt: number;
}

function snapOf(version: string | number | null, state: string | null, last: string | null, updated: string | number | null, expires: string | number | null): Snap | null {
  if (version === null || Number(version) === 0 || state === null) return null;
  return { version: Number(version), state, last, updatedAt: Number(updated), expiresAt: Number(expires) };
}

/** What tmsd_turn answers (PG migration 3). */
interface TurnRow {
  r_status: 'ok' | 'conflict' | 'duplicate';
  r_version: string | null;
  r_state: string | null;
  r_last: string | null;
  r_updated: string | null;
  r_expires: string | null;
  r_seed_version: string | null;
  r_seed_state: string | null;
  r_seed_last: string | null;
  r_seed_updated: string | null;
  r_seed_expires: string | null;
  r_leased: boolean | null;
  r_pending: unknown[] | null;
  /** TURN_WITH_META_SQL only: whether the stored metadata is the text the step ran on; if not, the text. */
  r_meta_same?: boolean;
  r_meta?: string | null;
}

const TURN_SQL = 'SELECT * FROM tmsd_turn($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)';
const META_PUT_SQL = `INSERT INTO surface_meta(key, usr, meta, updated_at) VALUES ($1, $2, $3, $4)
  ON CONFLICT (key) DO UPDATE SET usr = COALESCE(excluded.usr, surface_meta.usr), meta = excluded.meta, updated_at = excluded.updated_at`;
/**
 * $16: md5 of the metadata text the step ran on (NULL: none; anything else never matches);
 * $17-$19: the metadata the turn stores (TurnPlan.meta: text, user, time; $17 NULL: none), written
 * in the same statement only when the turn is 'ok'. One statement: one transaction.
 */
const TURN_WITH_META_SQL = `
  WITH m AS (
    SELECT x.meta, md5(x.meta) IS NOT DISTINCT FROM $16::text AS same
    FROM (SELECT (SELECT s.meta FROM surface_meta s WHERE s.key = $1) AS meta) x),
  f AS (
    SELECT t.* FROM m, LATERAL tmsd_turn($1, $2, CASE WHEN m.same THEN $3::bigint ELSE -1 END, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) t),
  w AS (
    INSERT INTO surface_meta AS s (key, usr, meta, updated_at)
    SELECT $1, $18::text, $17::text, $19::bigint FROM f WHERE f.r_status = 'ok' AND $17::text IS NOT NULL
    ON CONFLICT (key) DO UPDATE SET usr = COALESCE(excluded.usr, s.usr), meta = excluded.meta, updated_at = excluded.updated_at)
  SELECT f.*, m.same AS r_meta_same, CASE WHEN m.same THEN NULL ELSE m.meta END AS r_meta FROM f, m`;

const md5 = (s: string): string => createHash('md5').update(s).digest('hex');

/**
 * The statements every turn sends, as named prepared statements: a connection parses and plans
 * each once instead of on every call (the turn statement's wrapper is a CTE around tmsd_turn, and
 * planning it each time cost more than running it: a same-process A/B through bench:slack gave p50
 * 0.85-0.89x and throughput 1.05-1.19x). A transaction-mode pooler in front of PostgreSQL must
 * support protocol-level prepared statements (PgBouncer 1.21+ with max_prepared_statements). A
 * name stands for one text: change the suffix with the text.
 */
const PREPARED = {
  turn: { name: 'tmsd_turn_v3', text: TURN_SQL },
  turnWithMeta: { name: 'tmsd_turn_meta_v3', text: TURN_WITH_META_SQL },
  done: { name: 'tmsd_done_v5', text: 'SELECT tmsd_done($1) AS more' },
} as const;

class DuplicateClaim extends Error {
  constructor() {
    super('delivery id claimed concurrently');
  }
}
