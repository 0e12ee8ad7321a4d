/**
 * The SQLite store (better-sqlite3): one process owns one file. WAL, synchronous=NORMAL, prepared
 * statements, schema by migrations only (src/store/db.ts).
 *
 * better-sqlite3 is synchronous, so a lock held by another connection must never be waited for
 * inside SQLite (that blocks the event loop: no acks, no /healthz). The busy timeout is tiny and a
 * busy statement or transaction is retried here, asynchronously, with back-off, up to a budget.
 */
import type { Reply } from '../conversation/document';
import type { ConversationState } from '../conversation/types';
import { openDb, type Db } from './db';
import { checkpointer as startCheckpointer, type Checkpointer, type CheckpointerOptions } from './sqlite-checkpoint';
import {
  CONVERSATION_TTL_MS,
  OUTBOX_TTL_MS,
  outboxItemFromRow,
  turnOutboxItems,
  type OutboxRow,
  parseReplies,
  parseResult,
  parseState,
  probeRow,
  recentLimit,
  SEEN_TTL_MS,
  type OutboxItem,
  type PurgeCounts,
  type RateDecision,
  type Store,
  type StoreCheck,
  type StoredConversation,
  type TurnResult,
} from './port';

export interface SqliteStoreOptions {
  now?: () => number;
  ttlMs?: number;
  /** How long a write keeps retrying while another connection holds the lock (ms). */
  busyBudgetMs?: number;
  /** The same, for the probe quota (it runs before an ack, so it must give up sooner). */
  quotaBudgetMs?: number;
  /** WAL checkpoints in a worker thread (src/store/sqlite-checkpoint.ts); false: on the main connection, as SQLite does by itself. */
  checkpoint?: CheckpointerOptions | false;
  /** Hears what goes wrong in the background (a checkpoint worker that failed). Default: a process warning. */
  onError?: (error: Error) => void;
}

export type SqliteStore = Store & { readonly db: Db; readonly file: string; readonly checkpointer: Checkpointer | null };

const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED_SHAREDCACHE']);

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && BUSY.has(code);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Run fn; while SQLite says busy/locked, wait (without blocking) and try again until budgetMs. */
export async function retryBusy<T>(fn: () => T, budgetMs: number): Promise<T> {
  const deadline = Date.now() + budgetMs;
  let delay = 5;
  for (;;) {
    try {
      return fn();
    } catch (error) {
      if (!isBusy(error) || Date.now() + delay > deadline) throw error;
    }
    await sleep(delay);
    delay = Math.min(delay * 2, 100);
  }
}

interface ConvRow {
  state: string;
  last_reply: string | null;
  updated_at: number;
  expires_at: number;
}


/** Open (creating and migrating) the SQLite file and wrap it in the store port. */
export function sqliteStore(file: string, opts: SqliteStoreOptions = {}): SqliteStore {
  return sqliteStoreOn(openDb(file), file, opts);
}

export function sqliteStoreOn(db: Db, file: string, opts: SqliteStoreOptions = {}): SqliteStore {
  const now = opts.now ?? Date.now;
  const ttl = opts.ttlMs ?? CONVERSATION_TTL_MS;
  const budget = opts.busyBudgetMs ?? 10_000;
  const quotaBudget = opts.quotaBudgetMs ?? 1_000;
  const q = {
    get: db.prepare('SELECT state, last_reply, updated_at, expires_at FROM conversations WHERE key = ?'),
    del: db.prepare('DELETE FROM conversations WHERE key = ?'),
    put: db.prepare(`INSERT INTO conversations(key, state, last_reply, created_at, updated_at, expires_at)
      VALUES (@key, @state, @last, @now, @now, @exp)
      ON CONFLICT(key) DO UPDATE SET state = excluded.state, last_reply = excluded.last_reply,
        updated_at = excluded.updated_at, expires_at = excluded.expires_at`),
    exists: db.prepare('SELECT 1 AS x FROM conversations WHERE key = ? AND expires_at > ?'),
    seen: db.prepare('SELECT 1 AS x FROM seen_events WHERE id = ?'),
    claim: db.prepare('INSERT INTO seen_events(id, seen_at) VALUES (?, ?)'),
    count: db.prepare('SELECT COUNT(*) AS n FROM conversations'),
    outAdd: db.prepare(`INSERT INTO outbox(id, key, turn, idx, target, message, lang, created_at, lease_owner, lease_until, tries)
      VALUES (@id, @key, @turn, @idx, @target, @message, @lang, @createdAt, @owner, @until, @tries)`),
    outAny: db.prepare('SELECT 1 AS x FROM outbox WHERE key = ? LIMIT 1'),
    meta: db.prepare('SELECT meta FROM surface_meta WHERE key = ?'),
    metaPut: db.prepare(`INSERT INTO surface_meta(key, user, meta, updated_at) VALUES (@key, @user, @meta, @now)
      ON CONFLICT(key) DO UPDATE SET user = COALESCE(excluded.user, surface_meta.user), meta = excluded.meta, updated_at = excluded.updated_at`),
    outKey: db.prepare('SELECT id, key, turn, idx, target, message, lang, created_at FROM outbox WHERE key = ? ORDER BY seq LIMIT ?'),
    outAll: db.prepare('SELECT id, key, turn, idx, target, message, lang, created_at FROM outbox ORDER BY seq LIMIT ?'),
    lease: db.prepare(`UPDATE outbox SET lease_owner = @owner, lease_until = @until, tries = tries + 1
      WHERE id = @id AND (lease_until <= @now OR lease_owner = @owner) RETURNING tries`),
    done: db.prepare('DELETE FROM outbox WHERE id = ? RETURNING key'),
    quotaRecent: db.prepare('SELECT at FROM probe_quota WHERE user = ? AND at > ? ORDER BY at ASC'),
    quotaAdd: db.prepare('INSERT INTO probe_quota(user, at) VALUES (?, ?)'),
    probeAdd: db.prepare('INSERT INTO probe_log (at, who, surface, target, result_json, refused) VALUES (?, ?, ?, ?, ?, ?)'),
    probeRecent: db.prepare('SELECT id, at, who, surface, target, result_json, refused FROM probe_log ORDER BY at DESC, id DESC LIMIT ?'),
    check: db.prepare('INSERT INTO store_check(id, at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET at = excluded.at'),
    purgeConvos: db.prepare('DELETE FROM conversations WHERE expires_at <= ?'),
    purgeSeen: db.prepare('DELETE FROM seen_events WHERE seen_at <= ?'),
    purgeOutbox: db.prepare('DELETE FROM outbox WHERE created_at <= ?'),
    purgeQuota: db.prepare('DELETE FROM probe_quota WHERE at <= ?'),
  };
  // One process owns the file: a lease left in it belongs to a previous run of this process.
  try {
    db.prepare('UPDATE outbox SET lease_owner = NULL, lease_until = 0').run();
  } catch (error) {
    if (!/READONLY/.test(String((error as { code?: string }).code))) throw error; // check() reports it
  }

  const live = (key: string): StoredConversation | null => {
    const row = q.get.get(key) as ConvRow | undefined;
    if (!row || row.expires_at <= now()) return null;
    const state = parseState(row.state);
    if (!state) return null;
    return { key, state, lastReplies: parseReplies(row.last_reply), updatedAt: row.updated_at };
  };
  const put = (key: string, state: ConversationState, lastReplies: Reply[]) => {
    const t = now();
    q.put.run({ key, state: JSON.stringify(state), last: lastReplies.length ? JSON.stringify(lastReplies) : null, now: t, exp: t + ttl });
  };
  const pending = (key: string | undefined, limit: number): OutboxItem[] =>
    ((key === undefined ? q.outAll.all(limit) : q.outKey.all(key, limit)) as OutboxRow[]).map(outboxItemFromRow);
  // One transaction wrapper for every write: better-sqlite3's db.transaction(fn) builds four
  // wrapped functions with their properties on each call: ~7 us per write, and a turn makes two.
  const inTx = db.transaction(<T>(fn: () => T): T => fn());
  // An in-memory database has no log to checkpoint; a file: URI may be one.
  const onFile = file !== ':memory:' && !file.startsWith('file:') && opts.checkpoint !== false;
  const onError = opts.onError ?? ((e: Error) => process.emitWarning(`tms-doctor: SQLite checkpoint worker failed, checkpoints run on the main connection: ${e.message}`));
  const cp = onFile ? startCheckpointer(file, (sql) => db.pragma(sql), onError, opts.checkpoint || {}) : null;
  const write = async <T>(fn: () => T, b = budget): Promise<T> => {
    const out = await retryBusy(() => inTx.immediate(fn) as T, b);
    cp?.wrote();
    return out;
  };
  const read = <T>(fn: () => T) => retryBusy(fn, budget);

  return {
    kind: 'sqlite',
    db,
    file,
    checkpointer: cp,
    conversations: {
      get: (key) => read(() => live(key)),
      has: (key) => read(() => q.exists.get(key, now()) !== undefined),
      put: (key, state, lastReplies) => write(() => put(key, state, lastReplies)),
      delete: (key) => write(() => void q.del.run(key)),
      claim: (id) => write(() => q.seen.get(id) === undefined && (q.claim.run(id, now()), true)),
      turn: (req, step) =>
        write((): TurnResult => {
          if (req.requireExisting && !live(req.key)) return { status: 'ignored' };
          if (req.dedupe.some((id) => q.seen.get(id) !== undefined)) return { status: 'duplicate', pending: pending(req.key, 1000) };
          const prev = req.fresh ? null : live(req.key);
          const seed = !prev && req.seedFrom && req.seedFrom !== req.key ? live(req.seedFrom) : null;
          const meta = req.withMeta ? ((q.meta.get(req.key) as { meta: string } | undefined)?.meta ?? null) : null;
          const plan = step(prev, seed, meta); // a throw rolls the whole transaction back
          const t = now();
          for (const id of req.dedupe) q.claim.run(id, t);
          put(req.key, plan.state, plan.keepReplies ? plan.replies : []);
          // The metadata stores keep their own clock (Date.now), as SqliteMetaStore does.
          if (req.withMeta && plan.meta) q.metaPut.run({ key: req.key, user: plan.meta.user, meta: plan.meta.json, now: Date.now() });
          const outbox = turnOutboxItems(req.key, req.dedupe, plan, t);
          const leased = Boolean(req.lease) && outbox.length > 0 && q.outAny.get(req.key) === undefined;
          const lease = leased ? { owner: req.lease!.owner, until: t + req.lease!.ms, tries: 1 } : { owner: null, until: 0, tries: 0 };
          for (const o of outbox) {
            q.outAdd.run({ id: o.id, key: o.key, turn: o.turn, idx: o.index, target: JSON.stringify(o.target), message: JSON.stringify(o.message), lang: o.lang, createdAt: o.createdAt, ...lease });
          }
          return { status: 'ok', isNew: !prev, plan, outbox, leased };
        }),
      count: () => read(() => (q.count.get() as { n: number }).n),
    },
    outbox: {
      pending: (o = {}) => read(() => pending(o.key, o.limit ?? 1000)),
      lease: (id, owner, leaseMs) =>
        write(() => {
          const row = q.lease.get({ id, owner, until: now() + leaseMs, now: now() }) as { tries: number } | undefined;
          return row ? { tries: row.tries } : null;
        }),
      done: (id) =>
        write(() => {
          const row = q.done.get(id) as { key: string } | undefined;
          return { more: row ? q.outAny.get(row.key) !== undefined : true };
        }),
    },
    quotas: {
      take: (user, limit, windowMs) =>
        write((): RateDecision => {
          const t = now();
          const recent = (q.quotaRecent.all(user, t - windowMs) as { at: number }[]).map((r) => r.at);
          if (recent.length >= limit) {
            const oldest = recent[0] ?? t;
            return { allowed: false, used: recent.length, limit, retryAfterMs: Math.max(0, oldest + windowMs - t) };
          }
          q.quotaAdd.run(user, t);
          return { allowed: true, used: recent.length + 1, limit, retryAfterMs: 0 };
        }, quotaBudget),
    },
    probes: {
      record: (entry) =>
        write(() => {
          const r = probeRow(entry);
          return Number(q.probeAdd.run(r.at.toISOString(), r.who, r.surface, r.target, r.json, r.refused).lastInsertRowid);
        }),
      recent: (limit) =>
        read(() =>
          (q.probeRecent.all(recentLimit(limit)) as { id: number; at: string; who: string; surface: string; target: string; result_json: string | null; refused: string | null }[]).map(
            (r) => ({ id: r.id, at: new Date(r.at), who: r.who, surface: r.surface, target: r.target, result: parseResult(r.result_json), refused: r.refused }),
          ),
        ),
    },
    async check(): Promise<StoreCheck> {
      try {
        if (!db.open) return { ok: false, reason: 'the database is closed' };
        await retryBusy(() => q.check.run(now()), 1000);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: `${(error as { code?: string }).code ?? 'error'}: ${(error as Error).message}` };
      }
    },
    async purge(quotaWindowMs = 60 * 60 * 1000): Promise<PurgeCounts> {
      const t = now();
      const counts = await write(() => ({
        conversations: q.purgeConvos.run(t).changes,
        events: q.purgeSeen.run(t - SEEN_TTL_MS).changes,
        outbox: q.purgeOutbox.run(t - OUTBOX_TTL_MS).changes,
        quota: q.purgeQuota.run(t - quotaWindowMs).changes,
      }));
      // Give freed pages back to the file system (auto_vacuum = INCREMENTAL, see openDb).
      await retryBusy(() => db.pragma('incremental_vacuum'), budget);
      return counts;
    },
    async close() {
      await cp?.stop();
      if (db.open) db.close();
    },
  };
}
