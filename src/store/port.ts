/**
 * The storage port: what the app stores, as Promise-returning interfaces. Slack code and the
 * console depend on these only; `openStore` (src/store/open.ts) picks the backend from config:
 * memory (tests, console), SQLite (one process, the default) or PostgreSQL (several replicas).
 *
 * A turn is one atomic step: claim the delivery ids (dedupe), read the conversation, run the pure
 * engine step, save the new state and queue the rendered replies in the OUTBOX, all in one
 * transaction. Delivery then posts each outbox item and marks it sent; an item whose delivery was
 * cut short by a crash is still pending and is posted at start-up, by the sweeper, or when Slack
 * retries its event.
 */
import { randomUUID } from 'node:crypto';
import type { Reply } from '../conversation/document';
import type { ConversationState } from '../conversation/types';
import type { ProbeResult } from '../probe/types';
import { connectionLost } from './pg-tx';

export const CONVERSATION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/**
 * How long a claimed delivery id is remembered. Slack retries an event three times within about
 * five minutes (Events API and Socket Mode alike); six hours is ample and keeps the table small.
 */
export const SEEN_TTL_MS = 6 * 60 * 60 * 1000;
/** A delivered or abandoned outbox item is deleted (SQLite: with the next write, src/store/sqlite.ts); a pending one expires after this. */
export const OUTBOX_TTL_MS = 24 * 60 * 60 * 1000;

export interface StoredConversation {
  key: string;
  state: ConversationState;
  /** The replies of the last turn, kept only where a feature needs them ("Share in channel"). */
  lastReplies: Reply[];
  updatedAt: number;
}

/** Where an outbox message goes. */
export interface DeliveryTarget {
  channel: string;
  threadTs?: string;
  /** Who to tell when it cannot be delivered. */
  user?: string;
}

/** A rendered Slack message (text + Block Kit blocks), stored as JSON. */
export interface OutboxMessage {
  text: string;
  blocks: unknown[];
}

export interface OutboxItem {
  /** Stable across retries, restarts and replicas: `<turn id>/<index>`. */
  id: string;
  key: string;
  /** The turn (first dedupe id) that produced it. */
  turn: string;
  index: number;
  target: DeliveryTarget;
  message: OutboxMessage;
  lang: 'en' | 'ja';
  createdAt: number;
}

export interface TurnRequest {
  key: string;
  /** Delivery ids (event id, channel+ts, trigger id). Any one seen before = a duplicate. */
  dedupe: string[];
  /** Forget the stored conversation first. */
  fresh?: boolean;
  /** A new conversation starts from the state stored under this key. */
  seedFrom?: string;
  /** Only continue an existing conversation; otherwise nothing is claimed or stored. */
  requireExisting?: boolean;
  /**
   * Store this turn's outbox items already leased to `owner` for `ms` (tries = 1), as if
   * OutboxPort.lease had been called in the same transaction: the turn's deliverer then posts them
   * without a read and a write of its own. Only when no earlier item of the key is pending (those
   * are posted first, each under its own lease): the result says `leased`.
   */
  lease?: { owner: string; ms: number };
  /**
   * Also read the key's surface metadata (src/store/meta.ts, the answer card) for the step, as it
   * is stored (JSON text, null: none), in the turn's own read: no read of its own before the turn.
   */
  withMeta?: boolean;
}

export interface TurnPlan {
  state: ConversationState;
  replies: Reply[];
  /** Keep `replies` with the conversation (Share needs them); otherwise they are not stored. */
  keepReplies: boolean;
  /** The rendered messages to queue in the outbox (may be empty: delivered another way). */
  outbox: { target: DeliveryTarget; messages: OutboxMessage[] } | null;
  /**
   * Surface metadata (src/store/meta.ts) to store for the key in the same transaction, as JSON text
   * of at most MAX_META_JSON characters, and its `user` (undefined: leave it as it is). Only with
   * TurnRequest.withMeta (written over the metadata the step was given, never over another's).
   */
  meta?: { json: string; user: string | null };
  /**
   * More ids claimed with the turn's delivery ids, in the same write and transaction (e.g. the
   * quiet mark of a line given no reply): seen by `seen` once the turn has committed, on every
   * replica, and never without the turn. Like the delivery ids, one already seen makes it a duplicate.
   */
  marks?: string[];
}

/**
 * The delivery ids a turn looks up and claims in seen_events. A message's own id (`msg:<channel>:<ts>`)
 * stands for its event's (`ev:<event_id>`): Slack delivers an event again with the same message, and the
 * message and app_mention listeners (the only ones that give a `msg:` id) have given both since the first
 * build, claimed in one transaction, so a row claimed by an older build still answers "duplicate" through its
 * `msg:` id. The `ev:` id is then neither looked up nor claimed (one seen_events row less: ~1.4 WAL frames
 * and ~8 µs a Slack turn on SQLite, measured); it still names the turn (dedupe[0]: its outbox rows) and its
 * ack (AckGate.eventIdOf). Any other list (no `msg:` id: buttons, files alone, other events) is claimed whole.
 */
export function dedupeClaims(dedupe: readonly string[]): readonly string[] {
  if (dedupe.length < 2 || !dedupe.some(isMessageId)) return dedupe;
  return dedupe.filter((id) => !id.startsWith('ev:'));
}

const isMessageId = (id: string): boolean => id.startsWith('msg:');

/** The ids a turn claims when it commits: its delivery ids (dedupeClaims), then its plan's marks. */
export function turnClaims(dedupe: readonly string[], plan: TurnPlan | null): string[] {
  const ids = dedupeClaims(dedupe);
  return plan?.marks?.length ? [...ids, ...plan.marks] : [...ids];
}

/**
 * The pure part of a turn: must be synchronous and total. A backend may run it more than once per
 * turn and keep only the last plan (PostgreSQL runs it on the state it last saw and again when
 * another replica changed the conversation meanwhile), and may run it for a delivery that then
 * turns out to be a duplicate (its plan is dropped): it must not act on the world itself.
 */
export type TurnStep = (prev: StoredConversation | null, seed: StoredConversation | null, meta: string | null) => TurnPlan;

export type TurnResult =
  | { status: 'ignored' }
  /** Seen before: changes nothing; `pending` = this key's undelivered outbox items, in order. */
  | { status: 'duplicate'; pending: OutboxItem[] }
  /** `leased`: `outbox` is stored leased to `req.lease.owner` (see TurnRequest.lease). */
  | { status: 'ok'; isNew: boolean; plan: TurnPlan; outbox: OutboxItem[]; leased: boolean };

export interface ConversationPort {
  get(key: string): Promise<StoredConversation | null>;
  has(key: string): Promise<boolean>;
  put(key: string, state: ConversationState, lastReplies: Reply[]): Promise<void>;
  delete(key: string): Promise<void>;
  /** One atomic turn (see the module comment). Turns of one key are serialised, across replicas too. */
  turn(req: TurnRequest, step: TurnStep): Promise<TurnResult>;
  /**
   * Claim one delivery id outside a turn (a shared file's message, read once): true the first time,
   * false when it was claimed before, by a turn or a claim, on any replica. Forgotten like the
   * turns' ids (SEEN_TTL_MS).
   */
  claim(id: string): Promise<boolean>;
  /** Whether a delivery id was claimed (by a turn or a claim) within the dedupe window; claims nothing. */
  seen(id: string): Promise<boolean>;
  count(): Promise<number>;
}

export interface OutboxPort {
  /** Undelivered items, oldest first; of one key, or of every key (start-up, sweeper). */
  pending(opts?: { key?: string; limit?: number }): Promise<OutboxItem[]>;
  /**
   * Take the right to deliver one item for `leaseMs`: null when it is already delivered or another
   * deliverer holds a live lease (a crashed deliverer's lease simply runs out). `tries` counts the
   * leases taken so far, this one included: above 1, an earlier attempt may have posted it.
   */
  lease(id: string, owner: string, leaseMs: number): Promise<{ tries: number } | null>;
  /**
   * Delivered (or given up after telling the user): the item is removed. `more`: other items of
   * its key are still pending (true also when the item was already gone: then nobody knows). An
   * item another turn (any replica) queued before this returned is counted; one queued after it
   * finds nothing older pending and is its own turn's to deliver.
   */
  done(id: string): Promise<{ more: boolean }>;
}

export interface RateDecision {
  allowed: boolean;
  /** How many were used in the window (including this one when allowed). */
  used: number;
  limit: number;
  /** When refused: milliseconds until the oldest use leaves the window. */
  retryAfterMs: number;
  /** When allowed: the time the unit was taken at (what `giveBack` needs to return it). */
  at?: number;
}

export interface QuotaPort {
  /** Take one unit for `user` if `limit` per `windowMs` allows it (atomic, survives restarts). */
  take(user: string, limit: number, windowMs: number): Promise<RateDecision>;
  /**
   * Return one unit `user` took at `at` (the decision's `at`): what it was taken for never went
   * ahead (its request was answered "nothing was done" by the ack deadline). No-op when it is gone.
   */
  giveBack(user: string, at: number): Promise<void>;
}

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

export interface ProbeLogPort {
  record(entry: ProbeLogEntry): Promise<number>;
  /** The most recent probes, newest first (1–1000). */
  recent(limit?: number): Promise<ProbeLogRow[]>;
}

export type StoreCheck = { ok: true } | { ok: false; reason: string };

export interface PurgeCounts {
  conversations: number;
  events: number;
  outbox: number;
  quota: number;
}

export interface Store {
  readonly kind: 'memory' | 'sqlite' | 'postgres';
  readonly conversations: ConversationPort;
  readonly outbox: OutboxPort;
  readonly quotas: QuotaPort;
  readonly probes: ProbeLogPort;
  /** Can the store take writes right now? (Readiness: /readyz; start-up refuses a read-only store.) */
  check(): Promise<StoreCheck>;
  /** Delete what has expired and give the space back. `quotaWindowMs`: the longest quota window. */
  purge(quotaWindowMs?: number): Promise<PurgeCounts>;
  close(): Promise<void>;
}

/** An unknown version or unreadable JSON is not ours to interpret: start afresh rather than crash. */
export function parseState(json: string): ConversationState | null {
  try {
    const s = JSON.parse(json) as Partial<ConversationState> | null;
    if (!s || typeof s !== 'object' || s.v !== 1) return null;
    return s as ConversationState;
  } catch {
    return null;
  }
}

export function parseReplies(json: string | null): Reply[] {
  if (!json) return [];
  try {
    const r = JSON.parse(json) as unknown;
    return Array.isArray(r) ? (r as Reply[]) : [];
  } catch {
    return [];
  }
}

const MAX_TEXT = 500;
export const MAX_RESULT_JSON = 64 * 1024;

export function clip(v: unknown, n = MAX_TEXT): string {
  const s = typeof v === 'string' ? v : String(v ?? '');
  return s.length > n ? s.slice(0, n) : s;
}

/** The probe log row as stored (clipped, result JSON bounded). */
export function probeRow(entry: ProbeLogEntry): { at: Date; who: string; surface: string; target: string; json: string | null; refused: string | null } {
  const at = entry.at instanceof Date && !Number.isNaN(entry.at.getTime()) ? entry.at : new Date();
  let json: string | null = entry.result ? JSON.stringify(entry.result) : null;
  if (json !== null && json.length > MAX_RESULT_JSON) json = null; // never store something absurd
  return { at, who: clip(entry.who), surface: clip(entry.surface, 50), target: clip(entry.target), json, refused: entry.refused === null ? null : clip(entry.refused) };
}

export function parseResult(json: string | null): ProbeResult | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as ProbeResult;
  } catch {
    return null;
  }
}

export function recentLimit(limit: number | undefined): number {
  const l = limit ?? 20;
  return Math.max(1, Math.min(1000, Math.floor(Number.isFinite(l) ? l : 20)));
}

/**
 * The quota decision of every backend, on the times of `user`'s uses still inside the window
 * (oldest first) at time `t`. When it is allowed, the backend records one use at `t` (counted in `used`).
 */
export function quotaDecision(recent: readonly number[], limit: number, windowMs: number, t: number): RateDecision {
  if (recent.length >= limit) {
    const oldest = recent[0] ?? t;
    return { allowed: false, used: recent.length, limit, retryAfterMs: Math.max(0, oldest + windowMs - t) };
  }
  return { allowed: true, used: recent.length + 1, limit, retryAfterMs: 0, at: t };
}

/**
 * A conversations row's fields as the SQL backends read them (selected under these names; PostgreSQL
 * returns a bigint as a string), or as PostgreSQL's optimistic turn keeps them.
 */
export interface ConversationRow {
  state: string;
  last: string | null;
  updatedAt: number | string;
  expiresAt: number | string;
}

/** The SELECT list that reads a ConversationRow. */
export const CONVERSATION_COLUMNS = 'state, last_reply AS last, updated_at AS "updatedAt", expires_at AS "expiresAt"';

/** The conversation of a row, or null when there is none, it has expired, or its state is not ours to read. */
export function conversationFromRow(key: string, row: ConversationRow | null | undefined, now: number): StoredConversation | null {
  if (!row || Number(row.expiresAt) <= now) return null;
  const state = parseState(row.state);
  if (!state) return null;
  return { key, state, lastReplies: parseReplies(row.last), updatedAt: Number(row.updatedAt) };
}

/** A probe_log row as the SQL backends read it. */
export interface ProbeLogTableRow {
  id: number | string;
  at: string | Date;
  who: string;
  surface: string;
  target: string;
  result_json: string | null;
  refused: string | null;
}

export function probeLogRowFrom(r: ProbeLogTableRow): ProbeLogRow {
  return { id: Number(r.id), at: new Date(r.at), who: r.who, surface: r.surface, target: r.target, result: parseResult(r.result_json), refused: r.refused };
}

/** The longest quota window, when purge is not told one. */
const DEFAULT_QUOTA_WINDOW_MS = 60 * 60 * 1000;

/** Per table, the time at or before which a purge deletes rows (ms since the epoch). */
export interface PurgeCutoffs {
  conversations: number;
  events: number;
  outbox: number;
  quota: number;
}

/**
 * What a purge at time `t` deletes, per table: rows at or before these times (conversations by
 * their expiry, delivery ids by when they were seen, outbox items by when they were queued, quota
 * uses by when they were taken).
 */
export function purgeCutoffs(t: number, quotaWindowMs = DEFAULT_QUOTA_WINDOW_MS): PurgeCutoffs {
  return { conversations: t, events: t - SEEN_TTL_MS, outbox: t - OUTBOX_TTL_MS, quota: t - quotaWindowMs };
}

/** Why a store check failed, from the database error (its code, then its message). */
export function storeErrorReason(error: unknown): string {
  return `${(error as { code?: string }).code ?? 'error'}: ${(error as Error).message}`;
}

/** The outbox id of the i-th message of a turn. */
export function outboxId(turn: string, index: number): string {
  return `${turn}/${index}`;
}

/**
 * The outbox items of one turn, as every backend stores them: the turn is its first dedupe id (or a
 * fresh id when it has none), and each message gets `<turn>/<index>`.
 */
export function turnOutboxItems(key: string, dedupe: readonly string[], plan: TurnPlan, at: number): OutboxItem[] {
  const turn = dedupe[0] ?? `turn:${randomUUID()}`;
  return (plan.outbox?.messages ?? []).map((message, index) => ({
    id: outboxId(turn, index),
    key,
    turn,
    index,
    target: plan.outbox!.target,
    message,
    lang: plan.state.lang,
    createdAt: at,
  }));
}

/** An outbox row as the SQL backends store it (JSON columns as text). */
export interface OutboxRow {
  id: string;
  key: string;
  turn: string;
  idx: number;
  target: string;
  message: string;
  lang: string;
  /** PostgreSQL returns a bigint as a string. */
  created_at: number | string;
}

export function outboxItemFromRow(r: OutboxRow): OutboxItem {
  return {
    id: r.id,
    key: r.key,
    turn: r.turn,
    index: r.idx,
    target: JSON.parse(r.target) as OutboxItem['target'],
    message: JSON.parse(r.message) as OutboxItem['message'],
    lang: r.lang === 'ja' ? 'ja' : 'en',
    createdAt: Number(r.created_at),
  };
}

const TRANSIENT_CODES = new Set([
  // SQLite: another connection holds the lock (past the store's own retries)
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_BUSY_SNAPSHOT',
  // network
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  // PostgreSQL: serialization failure, deadlock, too many connections, server shutting down / restarting
  '40001',
  '40P01',
  '53300',
  '57P01',
  '57P02',
  '57P03',
  // PostgreSQL: statement_timeout cancelled the statement (a slow or stuck server)
  '57014',
]);

/** Worth trying the same turn again shortly (the database was briefly unreachable or busy). */
export function transientStoreError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (typeof e?.code === 'string' && TRANSIENT_CODES.has(e.code)) return true;
  // A connection that broke or got no answer (pg-tx's test, one list for both), or none to be had in time.
  if (connectionLost(error)) return true;
  const m = typeof e?.message === 'string' ? e.message : '';
  return /timeout exceeded when trying to connect/i.test(m);
}
