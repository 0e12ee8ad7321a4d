/**
 * Conversation state per Slack conversation key (`C123:1712345678.000100` for a thread,
 * `D123` for a DM, `slash:C123:U123` for a slash-command conversation), stored as JSON.
 * A conversation untouched for 30 days expires: it is then treated as new and purged.
 */
import type { Reply } from '../conversation/document';
import type { ConversationState } from '../conversation/types';
import type { Db } from './db';

export const CONVERSATION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** Slack retries an event for up to a few hours; remember event ids for two days. */
export const SEEN_TTL_MS = 2 * 24 * 60 * 60 * 1000;

export interface StoredConversation {
  key: string;
  state: ConversationState;
  /** The replies of the last turn (for "Share in channel"). */
  lastReplies: Reply[];
  updatedAt: number;
}

export interface StoreOptions {
  now?: () => number;
  ttlMs?: number;
}

function parseState(json: string): ConversationState | null {
  try {
    const s = JSON.parse(json) as Partial<ConversationState> | null;
    // An unknown version is not ours to interpret: start afresh rather than crash.
    if (!s || typeof s !== 'object' || s.v !== 1) return null;
    return s as ConversationState;
  } catch {
    return null;
  }
}

function parseReplies(json: string | null): Reply[] {
  if (!json) return [];
  try {
    const r = JSON.parse(json) as unknown;
    return Array.isArray(r) ? (r as Reply[]) : [];
  } catch {
    return [];
  }
}

export class ConversationStore {
  readonly now: () => number;
  readonly ttlMs: number;
  private readonly q;

  constructor(readonly db: Db, opts: StoreOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.ttlMs = opts.ttlMs ?? CONVERSATION_TTL_MS;
    this.q = {
      get: db.prepare('SELECT key, state, last_reply, updated_at, expires_at FROM conversations WHERE key = ?'),
      del: db.prepare('DELETE FROM conversations WHERE key = ?'),
      put: db.prepare(`INSERT INTO conversations(key, state, last_reply, created_at, updated_at, expires_at)
        VALUES (@key, @state, @last, @now, @now, @exp)
        ON CONFLICT(key) DO UPDATE SET state = excluded.state, last_reply = excluded.last_reply,
          updated_at = excluded.updated_at, expires_at = excluded.expires_at`),
      exists: db.prepare('SELECT 1 AS x FROM conversations WHERE key = ? AND expires_at > ?'),
      claim: db.prepare('INSERT OR IGNORE INTO seen_events(id, seen_at) VALUES (?, ?)'),
      purgeConvos: db.prepare('DELETE FROM conversations WHERE expires_at <= ?'),
      purgeSeen: db.prepare('DELETE FROM seen_events WHERE seen_at <= ?'),
      count: db.prepare('SELECT COUNT(*) AS n FROM conversations'),
    };
  }

  /** The live conversation for a key, or null (never seen, expired, or unreadable). */
  get(key: string): StoredConversation | null {
    const row = this.q.get.get(key) as
      | { key: string; state: string; last_reply: string | null; updated_at: number; expires_at: number }
      | undefined;
    if (!row) return null;
    if (row.expires_at <= this.now()) {
      this.q.del.run(key);
      return null;
    }
    const state = parseState(row.state);
    if (!state) return null;
    return { key, state, lastReplies: parseReplies(row.last_reply), updatedAt: row.updated_at };
  }

  /** Is there a live conversation for this key? (Is the bot part of this thread?) */
  has(key: string): boolean {
    return this.q.exists.get(key, this.now()) !== undefined;
  }

  put(key: string, state: ConversationState, lastReplies: Reply[]): void {
    const now = this.now();
    this.q.put.run({ key, state: JSON.stringify(state), last: JSON.stringify(lastReplies), now, exp: now + this.ttlMs });
  }

  delete(key: string): void {
    this.q.del.run(key);
  }

  /**
   * Record that an event / message was handled. Returns false when it was seen before (a retry or
   * a duplicate delivery). Call inside the same transaction as the state update.
   */
  claim(id: string): boolean {
    return this.q.claim.run(id, this.now()).changes === 1;
  }

  /** Run fn in one SQLite transaction (rolled back if it throws). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  purgeExpired(): { conversations: number; events: number } {
    const now = this.now();
    const conversations = this.q.purgeConvos.run(now).changes;
    const events = this.q.purgeSeen.run(now - SEEN_TTL_MS).changes;
    return { conversations, events };
  }

  count(): number {
    return (this.q.count.get() as { n: number }).n;
  }
}
