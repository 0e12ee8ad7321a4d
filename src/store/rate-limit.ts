/**
 * A sliding-window rate limit per user, kept in SQLite so a restart does not reset it.
 * Used for probes: e.g. 5 per 10 minutes.
 */
import type { Db } from './db';

export interface RateDecision {
  allowed: boolean;
  /** How many were used in the window (including this one when allowed). */
  used: number;
  limit: number;
  /** When refused: milliseconds until the oldest use leaves the window. */
  retryAfterMs: number;
}

export class RateLimiter {
  private readonly q;
  constructor(
    readonly db: Db,
    readonly limit = 5,
    readonly windowMs = 10 * 60 * 1000,
    readonly now: () => number = Date.now,
  ) {
    this.q = {
      recent: db.prepare('SELECT at FROM probe_quota WHERE user = ? AND at > ? ORDER BY at ASC'),
      add: db.prepare('INSERT INTO probe_quota(user, at) VALUES (?, ?)'),
      purge: db.prepare('DELETE FROM probe_quota WHERE at <= ?'),
    };
  }

  /** Take one unit for this user if the window allows it (atomic). */
  take(user: string): RateDecision {
    return this.db.transaction((): RateDecision => {
      const now = this.now();
      const recent = (this.q.recent.all(user, now - this.windowMs) as { at: number }[]).map((r) => r.at);
      if (recent.length >= this.limit) {
        const oldest = recent[0] ?? now;
        return { allowed: false, used: recent.length, limit: this.limit, retryAfterMs: Math.max(0, oldest + this.windowMs - now) };
      }
      this.q.add.run(user, now);
      return { allowed: true, used: recent.length + 1, limit: this.limit, retryAfterMs: 0 };
    })();
  }

  purge(): number {
    return this.q.purge.run(this.now() - this.windowMs).changes;
  }
}
