/**
 * Per-conversation surface metadata: where a conversation's answer card is (channel, message ts),
 * its status (open / fixed / still failing, who, when), who asked, and the short form shown last
 * (to say what changed). Kept apart from the conversation state (which is the pure engine's) in its
 * own table, behind a narrow async interface so any backend can implement it.
 */
import type { Block } from '../conversation/document';
import type { Lang } from '../domain/types';
import type { RegModel } from '../windows/reg';
import type { Pool } from 'pg';
import type { Db } from './db';
import { metaRowStatements, retryBusy, writeMetaRow } from './sqlite';
import type { Store } from './port';

export type CardStatusKind = 'open' | 'fixed' | 'failing';

export interface SurfaceMeta {
  /** Channel and ts of the card message (absent: no card posted, or a private answer). */
  channel?: string;
  cardTs?: string;
  /** The thread the card lives in (its root). */
  threadTs?: string;
  status: CardStatusKind;
  statusBy?: string;
  statusAt?: number;
  /** Who started the conversation (App Home lists a user's diagnoses). */
  user?: string;
  lang?: Lang;
  /** The verdict headline and the lines last shown (to say what changed). */
  headline?: string;
  /**
   * The lines last shown, in `lang` (absent in entries stored before it was kept), with the codes of
   * the caveats and steps, in the same order (additive: absent in older entries).
   */
  shown?: { next: string; facts: string; caveats: string[]; verdict: string; steps?: string[]; lang?: Lang; caveatCodes?: string[]; stepCodes?: string[] };
  /** Digest of the card as last rendered (an unchanged card is not edited again). */
  cardHash?: string;
  /** The refinement question shown in the card (re-rendered with a status change). */
  question?: Block;
  /** The ts of the last "Show steps" post and the steps it showed (not posted twice unchanged). */
  stepsTs?: string;
  stepsShown?: string[];
  /** A digest of everything that post showed (caveats, steps whole, its language): Show steps and Share record it; absent in older entries only. */
  stepsDigest?: string;
  /**
   * A "Show steps" post under way (claimed as one step on every replica, listeners/actions/card.ts):
   * which press, since when (ms), which steps. Cleared when it ends; a claim older than the time
   * limit there was cut short (a crash) and holds no press back.
   */
  stepsPosting?: { token: string; at: number; titles: string[]; digest?: string };
  /**
   * The next question after Still failing (listeners/actions/card.ts): which press claimed it, since
   * when (ms), and once posted, that it was (and where: its ts, in a thread). A second press within
   * the time limit there does not post it again.
   */
  failingAsked?: { token: string; at: number; done?: boolean; ts?: string };
  /** The Schannel Protocols state pasted in this conversation (check-tls.cmd / reg query output), for rollback.reg. */
  schannel?: RegModel;
  /** `schannel` is known to be only part of the Protocols tree (a cut check-tls.cmd section): no rollback.reg from it (fixkit schannelExtent). */
  schannelPartial?: true;
  /** `schannel` is check-tls.cmd's whole Schannel section, whatever its shape (fixkit schannelExtent). */
  schannelWhole?: true;
  /** One line the card shows once fix files were made (how to roll back). */
  filesNote?: string;
  /** The card carried a probe result in one line: it keeps its Probe details button (the full table on demand). */
  probe?: boolean;
  /** Under `share:<conversation>` (listeners/actions/share.ts): a Share's update of its first share's thread under way (which press, since when, ms). */
  shareUpdating?: { token: string; at: number };
  /**
   * Under a steps message's own key (`steps:<channel>:<ts>`, listeners/actions/step-done.ts): its
   * checklist, per checkbox element (action id), the ticked steps and what each says (who, when).
   */
  checks?: Record<string, Record<string, string>>;
  /** How many times `checks` changed (an edit made from an older count is made again). */
  rev?: number;
  /** Under `files:<conversation>:<user>` (a private answer's Fix files, sent to the DM): the last sending. */
  files?: FilesSent;
  /**
   * Under `fleet-card:<job id>` (src/slack/fleet/job.ts): a private fleet summary shown through the
   * response_url (the direct message was closed), kept for its Share in channel button.
   */
  fleetCard?: { text: string; blocks: unknown[] };
}

/** Fix files sent to a user's DM for a private answer (listeners/actions/card.ts). */
export interface FilesSent {
  /** Digest of what was sent (the facts, the files' names and bytes): other files, another sending. */
  digest: string;
  /** When the sending started ('sending') or ended ('sent'), ms. */
  at: number;
  state: 'sending' | 'sent';
  /** Which press is sending (only it records the outcome). */
  token: string;
  /** Where they went (the DM message the files are under; a shared post). */
  link?: string;
  /**
   * Share in channel only: posted through the press's response_url because the bot could not post in
   * the channel (no link, no thread the bot follows).
   */
  via?: 'response_url';
  /**
   * With `via`: why the bot's own post failed ('not_in_channel' when Slack said the bot is not a
   * member, else the failure's kind). Absent in records stored before it existed.
   */
  why?: string;
}

/** What MetaStore.update's change returns: the entry to store, null to delete it, undefined to leave it. */
export type MetaChange = (cur: SurfaceMeta | null) => SurfaceMeta | null | undefined;

export interface MetaEntry {
  key: string;
  meta: SurfaceMeta;
  updatedAt: number;
}

export interface MetaStore {
  get(key: string): Promise<SurfaceMeta | null>;
  set(key: string, meta: SurfaceMeta): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Read, change and write one entry as one step, on every replica: no other write of the key lands
   * between the read `change` is given and the write of what it returns. `change` may run more than
   * once (PostgreSQL runs it again when another writer got there first): it must be pure. Resolves
   * to the entry as stored afterwards.
   */
  update(key: string, change: MetaChange): Promise<SurfaceMeta | null>;
  /** A user's conversations that have a card, newest first. */
  recentFor(user: string, limit: number): Promise<MetaEntry[]>;
  /** Forget entries not touched since `before` (ms). */
  purge(before: number): Promise<number>;
}

export const MAX_META_JSON = 16_000;
const MAX_JSON = MAX_META_JSON;
/** MetaStore.update: how long SQLite waits for another connection's lock; how often PostgreSQL reads again. */
const UPDATE_BUSY_MS = 2_000;
const UPDATE_TRIES = 20;

/** Surface metadata from its stored JSON text (null: none, or unreadable). */
export function parseMeta(json: string | null): SurfaceMeta | null {
  return json === null ? null : parse(json);
}

function parse(json: string): SurfaceMeta | null {
  try {
    const m = JSON.parse(json) as SurfaceMeta | null;
    if (!m || typeof m !== 'object') return null;
    if (m.status !== 'open' && m.status !== 'fixed' && m.status !== 'failing') m.status = 'open';
    return m;
  } catch {
    return null;
  }
}

/** SQLite: table `surface_meta` (migration 3 in src/store/db.ts). */
export class SqliteMetaStore implements MetaStore {
  private readonly q;
  /**
   * One transaction wrapper, made once: better-sqlite3's db.transaction(fn) builds four wrapped functions
   * with their properties on every call (~7 us), and update() runs on every turn that posts a card
   * (recordCardPosted) or changes the card's status (src/store/sqlite.ts keeps one the same way).
   */
  private readonly inTx: { immediate<T>(fn: () => T): T };

  constructor(
    readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.q = {
      get: db.prepare('SELECT meta FROM surface_meta WHERE key = ?'),
      row: metaRowStatements(db),
      del: db.prepare('DELETE FROM surface_meta WHERE key = ?'),
      recent: db.prepare('SELECT key, meta, updated_at FROM surface_meta WHERE user = ? ORDER BY updated_at DESC, key DESC LIMIT ?'),
      purge: db.prepare('DELETE FROM surface_meta WHERE updated_at <= ?'),
    };
    this.inTx = db.transaction(<T>(fn: () => T): T => fn()) as unknown as { immediate<T>(fn: () => T): T };
  }

  async get(key: string): Promise<SurfaceMeta | null> {
    const row = this.q.get.get(key) as { meta: string } | undefined;
    return row ? parse(row.meta) : null;
  }

  async set(key: string, meta: SurfaceMeta): Promise<void> {
    const json = JSON.stringify(meta);
    if (json.length > MAX_JSON) throw new RangeError('surface metadata too large');
    writeMetaRow(this.q.row, { key, user: meta.user ?? null, meta: json, now: this.now() });
  }

  async delete(key: string): Promise<void> {
    this.q.del.run(key);
  }

  async update(key: string, change: MetaChange): Promise<SurfaceMeta | null> {
    // One IMMEDIATE transaction (the write lock from the read on), tried again while another connection holds it.
    return retryBusy(
      () =>
        this.inTx.immediate(() => {
          const row = this.q.get.get(key) as { meta: string } | undefined;
          const cur = row ? parse(row.meta) : null;
          const next = change(cur);
          if (next === undefined) return cur;
          if (next === null) {
            this.q.del.run(key);
            return null;
          }
          const json = JSON.stringify(next);
          if (json.length > MAX_JSON) throw new RangeError('surface metadata too large');
          writeMetaRow(this.q.row, { key, user: next.user ?? null, meta: json, now: this.now() });
          return parse(json);
        }),
      UPDATE_BUSY_MS,
    );
  }

  async recentFor(user: string, limit: number): Promise<MetaEntry[]> {
    const rows = this.q.recent.all(user, Math.max(1, Math.min(limit, 100))) as { key: string; meta: string; updated_at: number }[];
    const out: MetaEntry[] = [];
    for (const r of rows) {
      const meta = parse(r.meta);
      if (meta) out.push({ key: r.key, meta, updatedAt: r.updated_at });
    }
    return out;
  }

  async purge(before: number): Promise<number> {
    return this.q.purge.run(before).changes;
  }
}

/** PostgreSQL: table `surface_meta` (PG migration 2), shared by every replica. */
export class PgMetaStore implements MetaStore {
  constructor(
    private readonly pool: Pool,
    private readonly now: () => number = Date.now,
    /** Told each write as committed (JSON text; null: deleted; undefined: not known), for the store's turn. */
    private readonly written?: (key: string, json: string | null | undefined) => void,
    /**
     * The text this process last wrote or read for a key (the store's turn keeps it; undefined: not
     * known). update() tries its compare-and-set on it first, without a read: a wrong guess writes
     * nothing (the text is compared) and is read again.
     */
    private readonly known?: (key: string) => string | null | undefined,
  ) {}

  async get(key: string): Promise<SurfaceMeta | null> {
    const r = await this.pool.query<{ meta: string }>('SELECT meta FROM surface_meta WHERE key = $1', [key]);
    return r.rows[0] ? parse(r.rows[0].meta) : null;
  }

  async set(key: string, meta: SurfaceMeta): Promise<void> {
    const json = JSON.stringify(meta);
    if (json.length > MAX_JSON) throw new RangeError('surface metadata too large');
    try {
      await this.pool.query(
        `INSERT INTO surface_meta(key, usr, meta, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT(key) DO UPDATE SET usr = COALESCE(excluded.usr, surface_meta.usr), meta = excluded.meta, updated_at = excluded.updated_at`,
        [key, meta.user ?? null, json, this.now()],
      );
    } catch (error) {
      this.written?.(key, undefined);
      throw error;
    }
    this.written?.(key, json);
  }

  async delete(key: string): Promise<void> {
    try {
      await this.pool.query('DELETE FROM surface_meta WHERE key = $1', [key]);
    } catch (error) {
      this.written?.(key, undefined);
      throw error;
    }
    this.written?.(key, null);
  }

  async update(key: string, change: MetaChange): Promise<SurfaceMeta | null> {
    // Optimistic: the write names the text it replaces (compare-and-set); another writer first = read again.
    // First on the text this process knows (no read: one round trip when it is still the stored one).
    let guess = this.known?.(key);
    for (let attempt = 1; ; attempt++) {
      const guessed = guess !== undefined;
      const old = guessed ? guess! : ((await this.pool.query<{ meta: string }>('SELECT meta FROM surface_meta WHERE key = $1', [key])).rows[0]?.meta ?? null);
      guess = undefined;
      const cur = old === null ? null : parse(old);
      const next = change(cur);
      const json = next === null || next === undefined ? null : JSON.stringify(next);
      // Nothing to write, decided on a guess: decided again on the stored text.
      if (guessed && (next === undefined || (old === null && json === null))) {
        attempt--;
        continue;
      }
      if (next === undefined) return cur;
      if (json !== null && json.length > MAX_JSON) throw new RangeError('surface metadata too large');
      let r;
      try {
        if (old === null && json === null) return null;
        else if (old === null)
          r = await this.pool.query('INSERT INTO surface_meta(key, usr, meta, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING', [key, next!.user ?? null, json, this.now()]);
        else if (json === null) r = await this.pool.query('DELETE FROM surface_meta WHERE key = $1 AND meta = $2', [key, old]);
        else r = await this.pool.query('UPDATE surface_meta SET usr = COALESCE($3, usr), meta = $4, updated_at = $5 WHERE key = $1 AND meta = $2', [key, old, next!.user ?? null, json, this.now()]);
      } catch (error) {
        this.written?.(key, undefined);
        throw error;
      }
      if (r.rowCount === 1) {
        this.written?.(key, json);
        return json === null ? null : parse(json);
      }
      if (guessed) {
        attempt--;
        continue;
      }
      if (attempt >= UPDATE_TRIES) throw new Error(`surface metadata of ${key} kept changing (${UPDATE_TRIES} tries)`);
    }
  }

  async recentFor(user: string, limit: number): Promise<MetaEntry[]> {
    const r = await this.pool.query<{ key: string; meta: string; updated_at: string }>(
      'SELECT key, meta, updated_at FROM surface_meta WHERE usr = $1 ORDER BY updated_at DESC, key DESC LIMIT $2',
      [user, Math.max(1, Math.min(limit, 100))],
    );
    const out: MetaEntry[] = [];
    for (const row of r.rows) {
      const meta = parse(row.meta);
      if (meta) out.push({ key: row.key, meta, updatedAt: Number(row.updated_at) });
    }
    return out;
  }

  async purge(before: number): Promise<number> {
    return (await this.pool.query('DELETE FROM surface_meta WHERE updated_at <= $1', [before])).rowCount ?? 0;
  }
}

/** In memory (tests, the console). */
export class MemoryMetaStore implements MetaStore {
  private readonly rows = new Map<string, { meta: SurfaceMeta; updatedAt: number; seq: number }>();
  private seq = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async get(key: string): Promise<SurfaceMeta | null> {
    const r = this.rows.get(key);
    return r ? (JSON.parse(JSON.stringify(r.meta)) as SurfaceMeta) : null;
  }

  /** The stored JSON text, synchronously (the memory store's turn reads it). */
  peek(key: string): string | null {
    const r = this.rows.get(key);
    return r ? JSON.stringify(r.meta) : null;
  }

  async set(key: string, meta: SurfaceMeta): Promise<void> {
    this.setJson(key, JSON.stringify(meta));
  }

  /** set(), synchronously, from the stored JSON text (the memory store's turn writes it). */
  setJson(key: string, json: string): void {
    if (json.length > MAX_JSON) throw new RangeError('surface metadata too large'); // as the other backends
    const prev = this.rows.get(key);
    const copy = JSON.parse(json) as SurfaceMeta;
    if (!copy.user && prev?.meta.user) copy.user = prev.meta.user;
    this.rows.set(key, { meta: copy, updatedAt: this.now(), seq: ++this.seq });
  }

  async delete(key: string): Promise<void> {
    this.rows.delete(key);
  }

  async update(key: string, change: MetaChange): Promise<SurfaceMeta | null> {
    const json = this.peek(key);
    const cur = json === null ? null : parse(json);
    const next = change(cur);
    if (next === undefined) return cur;
    if (next === null) {
      this.rows.delete(key);
      return null;
    }
    this.setJson(key, JSON.stringify(next));
    return this.get(key);
  }

  async recentFor(user: string, limit: number): Promise<MetaEntry[]> {
    return [...this.rows.entries()]
      .filter(([, r]) => r.meta.user === user)
      .sort((a, b) => b[1].updatedAt - a[1].updatedAt || b[1].seq - a[1].seq)
      .slice(0, Math.max(1, Math.min(limit, 100)))
      .map(([key, r]) => ({ key, meta: JSON.parse(JSON.stringify(r.meta)) as SurfaceMeta, updatedAt: r.updatedAt }));
  }

  async purge(before: number): Promise<number> {
    let n = 0;
    for (const [k, r] of this.rows) if (r.updatedAt <= before) {
      this.rows.delete(k);
      n++;
    }
    return n;
  }
}

/**
 * The metadata store that goes with a store: a table in the same SQLite file or PostgreSQL
 * database (every replica sees the same cards), else in memory.
 */
export function metaStoreFor(store: Store): MetaStore {
  const db = (store as Store & { db?: unknown }).db;
  if (store.kind === 'sqlite' && db && typeof (db as Db).prepare === 'function') return new SqliteMetaStore(db as Db);
  const pg = store as Store & { pool?: unknown; metaWritten?: (key: string, json: string | null | undefined) => void; metaKnown?: (key: string) => string | null | undefined };
  if (store.kind === 'postgres' && pg.pool && typeof (pg.pool as Pool).query === 'function') return new PgMetaStore(pg.pool as Pool, Date.now, pg.metaWritten, pg.metaKnown);
  // The memory store keeps its own (its turn reads it); any other store gets a fresh one.
  const own = (store as Store & { meta?: unknown }).meta;
  return own instanceof MemoryMetaStore ? own : new MemoryMetaStore();
}
