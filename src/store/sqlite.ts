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
import path from 'node:path';
import type { Statement } from 'better-sqlite3';
import { openDb, type Db } from './db';
import { lockSqliteFile } from './sqlite-lock';
import { messageJson } from './known-json';
import { checkpointer as startCheckpointer, type Checkpointer, type CheckpointerOptions } from './sqlite-checkpoint';
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
  /** Hold `<file>.lock` while open, so that no other process opens the file (src/store/sqlite-lock.ts; `tms-doctor start`). */
  exclusive?: boolean;
}

export type SqliteStore = Store & { readonly db: Db; readonly file: string; readonly checkpointer: Checkpointer | null };

const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED_SHAREDCACHE']);

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && BUSY.has(code);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Delivered outbox items whose row is still in the file: their DELETE rides on the next write
 * transaction of any handle on the same file in this process (usually the thread's next turn), or
 * on a commit of its own after DONE_FLUSH_MS, instead of a commit per item right after each post
 * (a commit costs more CPU than the rest of "done": measured in bench/ab-slack.js). Every read of
 * the outbox leaves these ids out, so no handle in this process sees them as pending. A crash loses
 * only the DELETE: the item is then pending again with a lease taken before, and its next delivery
 * looks for it in the thread first (src/slack/delivery.ts), as after a crash between the post and
 * "done" - the case the outbox was built for. Shared per file (one process owns one SQLite file).
 */
interface DeliveredSet {
  ids: Map<string, string>;
  timer: NodeJS.Timeout | null;
  handles: number;
  /** Items whose "done" needs no read (see Alone), by id, and the same entries by key. */
  alone: Map<string, Alone>;
  aloneByKey: Map<string, Alone>;
}

/**
 * A leased turn's items. The turn found no row of its key before it inserted them (that is why it
 * was leased), so until another row of that key is inserted or a purge runs, the key's rows are
 * these items minus the ones already done, and "done" of one of them knows whether more of the key
 * is pending without a read transaction of its own (~30 us of a turn's CPU, profiled: most of it
 * starting the read). Recorded in the turn's transaction; every INSERT into the outbox drops the
 * entry of its key first, a purge drops them all, and whatever is not recorded is read from the file.
 * Shared per file like the delivered ids (one process owns one SQLite file).
 */
interface Alone {
  key: string;
  /** The turn's items not done yet. */
  pending: Set<string>;
}
/** Keys with entries kept at most (a drain that never says "done" leaves its entry; all are dropped past this). */
const ALONE_MAX = 1000;
const DELIVERED = new Map<string, DeliveredSet>();
/** How long a delivered item's DELETE waits for another write to ride on (ms). */
export const DONE_FLUSH_MS = 200;

/**
 * Run fn; while SQLite says busy/locked, wait (without blocking) and try again until budgetMs. The
 * first try runs at once, as before; only a busy one goes on in the async loop (retryLater).
 */
export function retryBusy<T>(fn: () => T, budgetMs: number): Promise<T> {
  const deadline = Date.now() + budgetMs;
  try {
    return Promise.resolve(fn());
  } catch (error) {
    if (!isBusy(error) || Date.now() + FIRST_DELAY_MS > deadline) return Promise.reject(error);
  }
  return retryLater(fn, deadline);
}

const FIRST_DELAY_MS = 5;

async function retryLater<T>(fn: () => T, deadline: number): Promise<T> {
  let delay = FIRST_DELAY_MS;
  for (;;) {
    await sleep(delay);
    delay = Math.min(delay * 2, 100);
    try {
      return fn();
    } catch (error) {
      if (!isBusy(error) || Date.now() + delay > deadline) throw error;
    }
  }
}

/** The statements that write a surface_meta row (src/store/meta.ts), for writeMetaRow. */
export interface MetaRowStatements {
  put: Statement;
  touch: Statement;
  touchUser: Statement;
}

export function metaRowStatements(db: Db): MetaRowStatements {
  return {
    put: db.prepare(`INSERT INTO surface_meta(key, user, meta, updated_at) VALUES (@key, @user, @meta, @now)
      ON CONFLICT(key) DO UPDATE SET user = COALESCE(excluded.user, surface_meta.user), meta = excluded.meta, updated_at = excluded.updated_at`),
    touch: db.prepare('UPDATE surface_meta SET meta = @meta, updated_at = @now WHERE key = @key'),
    touchUser: db.prepare('UPDATE surface_meta SET meta = @meta, updated_at = @now WHERE key = @key AND user = @user'),
  };
}

/**
 * Store a surface_meta row: `user` null keeps the stored one. An UPDATE that does not name the user
 * column leaves the row's user index entry unwritten (SQLite rewrites the entries of the indexes of
 * the columns a statement sets, changed or not): a row that exists with that user, the usual case,
 * is written without it; a new row or another user goes through the upsert, as every write did
 * before. With migration 8: WAL frames per bench:slack turn 9.67 -> 9.16; one card write and its
 * commit 17-27 -> 12-17 us (same-process A/B, 300-row blocks alternating).
 */
export function writeMetaRow(q: MetaRowStatements, row: { key: string; user: string | null; meta: string; now: number }): void {
  if ((row.user === null ? q.touch.run({ key: row.key, meta: row.meta, now: row.now }) : q.touchUser.run(row)).changes === 1) return;
  q.put.run(row);
}

/** Open (creating and migrating) the SQLite file and wrap it in the store port. */
export function sqliteStore(file: string, opts: SqliteStoreOptions = {}): SqliteStore {
  if (!opts.exclusive) return sqliteStoreOn(openDb(file), file, opts);
  // Before the file is opened (and migrated): a second process stops here.
  const lock = lockSqliteFile(file);
  let store: SqliteStore;
  try {
    store = sqliteStoreOn(openDb(file), file, opts);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const close = store.close.bind(store);
  return Object.assign(store, {
    close: async () => {
      try {
        await close();
      } finally {
        lock?.release();
      }
    },
  });
}

export function sqliteStoreOn(db: Db, file: string, opts: SqliteStoreOptions = {}): SqliteStore {
  const now = opts.now ?? Date.now;
  const ttl = opts.ttlMs ?? CONVERSATION_TTL_MS;
  const budget = opts.busyBudgetMs ?? 10_000;
  const quotaBudget = opts.quotaBudgetMs ?? 1_000;
  const q = {
    get: db.prepare(`SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE key = ?`),
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
    outKey: db.prepare('SELECT id, key, turn, idx, target, message, lang, created_at FROM outbox WHERE key = ? ORDER BY seq LIMIT ?'),
    outAll: db.prepare('SELECT id, key, turn, idx, target, message, lang, created_at FROM outbox ORDER BY seq LIMIT ?'),
    lease: db.prepare(`UPDATE outbox SET lease_owner = @owner, lease_until = @until, tries = tries + 1
      WHERE id = @id AND (lease_until <= @now OR lease_owner = @owner) RETURNING tries`),
    // The item's key, and whether another item of that key is pending (delivered ones left out): one statement.
    doneLook: db.prepare(`SELECT o.key AS key, EXISTS(SELECT 1 FROM outbox p WHERE p.key = o.key AND p.id <> o.id
      AND p.id NOT IN (SELECT value FROM json_each(?))) AS more FROM outbox o WHERE o.id = ?`),
    doneDel: db.prepare('DELETE FROM outbox WHERE id = ?'),
    quotaRecent: db.prepare('SELECT at FROM probe_quota WHERE user = ? AND at > ? ORDER BY at ASC'),
    quotaAdd: db.prepare('INSERT INTO probe_quota(user, at) VALUES (?, ?)'),
    quotaGiveBack: db.prepare('DELETE FROM probe_quota WHERE rowid = (SELECT rowid FROM probe_quota WHERE user = ? AND at = ? LIMIT 1)'),
    probeAdd: db.prepare('INSERT INTO probe_log (at, who, surface, target, result_json, refused) VALUES (?, ?, ?, ?, ?, ?)'),
    probeRecent: db.prepare('SELECT id, at, who, surface, target, result_json, refused FROM probe_log ORDER BY at DESC, id DESC LIMIT ?'),
    check: db.prepare('INSERT INTO store_check(id, at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET at = excluded.at'),
    purgeConvos: db.prepare('DELETE FROM conversations WHERE expires_at <= ?'),
    purgeSeen: db.prepare('DELETE FROM seen_events WHERE seen_at <= ?'),
    purgeOutbox: db.prepare('DELETE FROM outbox WHERE created_at <= ?'),
    purgeQuota: db.prepare('DELETE FROM probe_quota WHERE at <= ?'),
  };
  const metaRow = metaRowStatements(db);
  // One process owns the file: a lease left in it belongs to a previous run of this process.
  try {
    db.prepare('UPDATE outbox SET lease_owner = NULL, lease_until = 0').run();
  } catch (error) {
    if (!/READONLY/.test(String((error as { code?: string }).code))) throw error; // check() reports it
  }

  const live = (key: string): StoredConversation | null => conversationFromRow(key, q.get.get(key) as ConversationRow | undefined, now());
  const put = (key: string, state: ConversationState, lastReplies: Reply[]) => {
    const t = now();
    q.put.run({ key, state: JSON.stringify(state), last: lastReplies.length ? JSON.stringify(lastReplies) : null, now: t, exp: t + ttl });
  };
  // Real files share their delivered set with the other handles of this process; ':memory:' and URIs keep their own.
  const shared = file !== ':memory:' && !file.startsWith('file:') ? path.resolve(file) : null;
  let delivered: DeliveredSet;
  if (shared && DELIVERED.has(shared)) delivered = DELIVERED.get(shared)!;
  else {
    delivered = { ids: new Map(), timer: null, handles: 0, alone: new Map(), aloneByKey: new Map() };
    if (shared) DELIVERED.set(shared, delivered);
  }
  delivered.handles++;
  let closed = false;
  const pending = (key: string | undefined, limit: number): OutboxItem[] => {
    const extra = delivered.ids.size;
    const rows = (key === undefined ? q.outAll.all(limit + extra) : q.outKey.all(key, limit + extra)) as OutboxRow[];
    return (extra ? rows.filter((r) => !delivered.ids.has(r.id)) : rows).slice(0, limit).map(outboxItemFromRow);
  };
  // One transaction wrapper for every write: better-sqlite3's db.transaction(fn) builds four
  // wrapped functions with their properties on each call: ~7 us per write, and a turn makes two.
  const inTx = db.transaction(<T>(fn: () => T): T => fn());
  // An in-memory database has no log to checkpoint; a file: URI may be one.
  const onFile = file !== ':memory:' && !file.startsWith('file:') && opts.checkpoint !== false;
  const onError = opts.onError ?? ((e: Error) => process.emitWarning(`tms-doctor: SQLite checkpoint worker failed, checkpoints run on the main connection: ${e.message}`));
  const cp = onFile ? startCheckpointer(file, (sql) => db.pragma(sql), onError, opts.checkpoint || {}) : null;
  // Each write first deletes the delivered items (in its own transaction: undone with it if it fails).
  const withDelivered = <T>(fn: () => T): T => {
    if (delivered.ids.size === 0) return inTx.immediate(fn) as T;
    const ids = [...delivered.ids];
    delivered.ids.clear();
    try {
      return inTx.immediate(() => {
        for (const [id] of ids) q.doneDel.run(id);
        return fn();
      }) as T;
    } catch (error) {
      for (const [id, key] of ids) delivered.ids.set(id, key);
      throw error;
    }
  };
  // One promise for a write that commits at once (an async wrapper awaiting retryBusy made three: each
  // promise also runs the log context's AsyncLocalStorage hooks, src/slack/logger.ts).
  const write = <T>(fn: () => T, b = budget): Promise<T> => {
    const deadline = Date.now() + b;
    try {
      const out = withDelivered(fn);
      cp?.wrote();
      return Promise.resolve(out);
    } catch (error) {
      if (!isBusy(error) || Date.now() + FIRST_DELAY_MS > deadline) return Promise.reject(error);
    }
    return retryLater(() => withDelivered(fn), deadline).then((out) => {
      cp?.wrote();
      return out;
    });
  };
  const flushSoon = () => {
    if (delivered.timer) return;
    delivered.timer = setTimeout(() => {
      delivered.timer = null;
      if (delivered.ids.size === 0 || !db.open) return;
      // Nothing else wrote meanwhile: a commit of their own (a failure leaves them for the next write).
      write(() => undefined).catch(() => {
        if (delivered.ids.size) flushSoon();
      });
    }, DONE_FLUSH_MS);
    delivered.timer.unref();
  };
  const read = <T>(fn: () => T) => retryBusy(fn, budget);
  /** Forget the Alone entry of `key` (rows of it are being inserted), or every entry (undefined: a purge). */
  const dropAlone = (key?: string) => {
    const entries = key === undefined ? [...delivered.aloneByKey.values()] : [delivered.aloneByKey.get(key)];
    for (const e of entries) {
      if (!e) continue;
      for (const id of e.pending) delivered.alone.delete(id);
      delivered.aloneByKey.delete(e.key);
    }
  };

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
      seen: (id) => read(() => q.seen.get(id) !== undefined),
      turn: (req, step) =>
        write((): TurnResult => {
          if (req.requireExisting && !live(req.key)) return { status: 'ignored' };
          if (dedupeClaims(req.dedupe).some((id) => q.seen.get(id) !== undefined)) return { status: 'duplicate', pending: pending(req.key, 1000) };
          const prev = req.fresh ? null : live(req.key);
          const seed = !prev && req.seedFrom && req.seedFrom !== req.key ? live(req.seedFrom) : null;
          const meta = req.withMeta ? ((q.meta.get(req.key) as { meta: string } | undefined)?.meta ?? null) : null;
          const plan = step(prev, seed, meta); // a throw rolls the whole transaction back
          const t = now();
          for (const id of turnClaims(req.dedupe, plan)) q.claim.run(id, t);
          put(req.key, plan.state, plan.keepReplies ? plan.replies : []);
          // The metadata stores keep their own clock (Date.now), as SqliteMetaStore does.
          if (req.withMeta && plan.meta) writeMetaRow(metaRow, { key: req.key, user: plan.meta.user, meta: plan.meta.json, now: Date.now() });
          const outbox = turnOutboxItems(req.key, req.dedupe, plan, t);
          const leased = Boolean(req.lease) && outbox.length > 0 && q.outAny.get(req.key) === undefined;
          const lease = leased ? { owner: req.lease!.owner, until: t + req.lease!.ms, tries: 1 } : { owner: null, until: 0, tries: 0 };
          if (outbox.length) dropAlone(req.key);
          for (const o of outbox) {
            q.outAdd.run({ id: o.id, key: o.key, turn: o.turn, idx: o.index, target: JSON.stringify(o.target), message: messageJson(o.message), lang: o.lang, createdAt: o.createdAt, ...lease });
          }
          if (leased) {
            // Alone in its key (see Alone). Kept if this transaction rolls back: nobody says "done" for rows that are not there.
            if (delivered.aloneByKey.size >= ALONE_MAX) dropAlone();
            const entry: Alone = { key: req.key, pending: new Set(outbox.map((o) => o.id)) };
            for (const id of entry.pending) delivered.alone.set(id, entry);
            delivered.aloneByKey.set(req.key, entry);
          }
          return { status: 'ok', isNew: !prev, plan, outbox, leased };
        }),
      count: () => read(() => (q.count.get() as { n: number }).n),
    },
    outbox: {
      pending: (o = {}) => read(() => pending(o.key, o.limit ?? 1000)),
      lease: (id, owner, leaseMs) =>
        write(() => {
          if (delivered.ids.has(id)) return null;
          const row = q.lease.get({ id, owner, until: now() + leaseMs, now: now() }) as { tries: number } | undefined;
          return row ? { tries: row.tries } : null;
        }),
      // A read, not a commit: the DELETE rides on the next write (see DeliveredSet above).
      done: (id) =>
        read(() => {
          if (delivered.ids.has(id)) return { more: true };
          const alone = delivered.alone.get(id);
          if (alone) {
            // Nothing of its key inserted since its turn, no purge: the turn's items are all the key has.
            delivered.alone.delete(id);
            alone.pending.delete(id);
            if (alone.pending.size === 0 && delivered.aloneByKey.get(alone.key) === alone) delivered.aloneByKey.delete(alone.key);
            delivered.ids.set(id, alone.key);
            flushSoon();
            return { more: alone.pending.size > 0 };
          }
          const row = q.doneLook.get(delivered.ids.size ? JSON.stringify([...delivered.ids.keys()]) : '[]', id) as { key: string; more: number } | undefined;
          if (!row) return { more: true };
          delivered.ids.set(id, row.key);
          flushSoon();
          return { more: row.more === 1 };
        }),
    },
    quotas: {
      take: (user, limit, windowMs) =>
        write((): RateDecision => {
          const t = now();
          const recent = (q.quotaRecent.all(user, t - windowMs) as { at: number }[]).map((r) => r.at);
          const decision = quotaDecision(recent, limit, windowMs, t);
          if (decision.allowed) q.quotaAdd.run(user, t);
          return decision;
        }, quotaBudget),
      giveBack: (user, at) =>
        write(() => {
          q.quotaGiveBack.run(user, at);
        }, quotaBudget),
    },
    probes: {
      record: (entry) =>
        write(() => {
          const r = probeRow(entry);
          return Number(q.probeAdd.run(r.at.toISOString(), r.who, r.surface, r.target, r.json, r.refused).lastInsertRowid);
        }),
      recent: (limit) =>
        read(() => (q.probeRecent.all(recentLimit(limit)) as ProbeLogTableRow[]).map(probeLogRowFrom)),
    },
    async check(): Promise<StoreCheck> {
      try {
        if (!db.open) return { ok: false, reason: 'the database is closed' };
        await retryBusy(() => q.check.run(now()), 1000);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: storeErrorReason(error) };
      }
    },
    async purge(quotaWindowMs?: number): Promise<PurgeCounts> {
      const before = purgeCutoffs(now(), quotaWindowMs);
      const counts = await write(() => {
        dropAlone(); // outbox rows may go: "done" reads the file again
        return {
          conversations: q.purgeConvos.run(before.conversations).changes,
          events: q.purgeSeen.run(before.events).changes,
          outbox: q.purgeOutbox.run(before.outbox).changes,
          quota: q.purgeQuota.run(before.quota).changes,
        };
      });
      // Give freed pages back to the file system (auto_vacuum = INCREMENTAL, see openDb).
      await retryBusy(() => db.pragma('incremental_vacuum'), budget);
      return counts;
    },
    async close() {
      if (closed) return;
      closed = true;
      // The delivered items' DELETE is not left to a timer that will find the file closed.
      if (db.open && delivered.ids.size) {
        try {
          withDelivered(() => undefined);
        } catch {
          /* left in the file: pending again on the next start, looked for before it is posted */
        }
      }
      if (--delivered.handles === 0) {
        if (delivered.timer) clearTimeout(delivered.timer);
        delivered.timer = null;
        if (shared && DELIVERED.get(shared) === delivered) DELIVERED.delete(shared);
      }
      await cp?.stop();
      if (db.open) db.close();
    },
  };
}
