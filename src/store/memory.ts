/**
 * The in-memory store: the same contract as SQLite and PostgreSQL (the contract suite runs it),
 * for tests and the console chat. Nothing survives the process.
 */
import type { Reply } from '../conversation/document';
import type { ConversationState } from '../conversation/types';
import { MemoryMetaStore } from './meta';
import {
  CONVERSATION_TTL_MS,
  dedupeClaims,
  turnClaims,
  turnOutboxItems,
  probeRow,
  purgeCutoffs,
  quotaDecision,
  recentLimit,
  type OutboxItem,
  type ProbeLogEntry,
  type ProbeLogRow,
  type PurgeCounts,
  type RateDecision,
  type Store,
  type StoreCheck,
  type StoredConversation,
  type TurnRequest,
  type TurnResult,
  type TurnStep,
} from './port';

export interface MemoryStoreOptions {
  now?: () => number;
  ttlMs?: number;
}

interface Row {
  state: ConversationState;
  lastReplies: Reply[];
  updatedAt: number;
  expiresAt: number;
}

interface Pending extends OutboxItem {
  seq: number;
  leaseOwner: string | null;
  leaseUntil: number;
  tries: number;
}

export type MemoryStore = Store & { readonly meta: MemoryMetaStore };

export function memoryStore(opts: MemoryStoreOptions = {}): MemoryStore {
  const now = opts.now ?? Date.now;
  const ttl = opts.ttlMs ?? CONVERSATION_TTL_MS;
  const convos = new Map<string, Row>();
  const seen = new Map<string, number>();
  const outbox = new Map<string, Pending>();
  const quota: { user: string; at: number }[] = [];
  const probes: (ProbeLogRow & { json: string | null })[] = [];
  /** Surface metadata (metaStoreFor returns this one): the turn reads it (TurnRequest.withMeta). */
  const meta = new MemoryMetaStore(now);
  let seq = 0;
  let closed = false;
  const open = () => {
    if (closed) throw new Error('the store is closed');
  };
  // structuredClone: callers must not be able to change stored state by reference.
  const live = (key: string): StoredConversation | null => {
    const r = convos.get(key);
    if (!r || r.expiresAt <= now()) return null; // purge() removes it
    return { key, state: structuredClone(r.state), lastReplies: structuredClone(r.lastReplies), updatedAt: r.updatedAt };
  };
  const put = (key: string, state: ConversationState, lastReplies: Reply[]) => {
    const t = now();
    convos.set(key, { state: structuredClone(state), lastReplies: structuredClone(lastReplies), updatedAt: t, expiresAt: t + ttl });
  };
  const pendingOf = (key?: string, limit = 1000): OutboxItem[] =>
    [...outbox.values()]
      .filter((p) => key === undefined || p.key === key)
      .sort((a, b) => a.seq - b.seq)
      .slice(0, limit)
      .map(({ seq: _s, leaseOwner: _o, leaseUntil: _u, tries: _t, ...item }) => structuredClone(item));

  return {
    kind: 'memory',
    meta,
    conversations: {
      async get(key) {
        open();
        return live(key);
      },
      async has(key) {
        open();
        return live(key) !== null;
      },
      async put(key, state, lastReplies) {
        open();
        put(key, state, lastReplies);
      },
      async delete(key) {
        open();
        convos.delete(key);
      },
      async seen(id) {
        open();
        return seen.has(id);
      },
      async claim(id) {
        open();
        if (seen.has(id)) return false;
        seen.set(id, now());
        return true;
      },
      async turn(req: TurnRequest, step: TurnStep): Promise<TurnResult> {
        open();
        // Everything below is synchronous: no other turn can interleave (one event loop).
        if (req.requireExisting && !live(req.key)) return { status: 'ignored' };
        if (dedupeClaims(req.dedupe).some((id) => seen.has(id))) return { status: 'duplicate', pending: pendingOf(req.key) };
        const prev = req.fresh ? null : live(req.key);
        const seed = !prev && req.seedFrom && req.seedFrom !== req.key ? live(req.seedFrom) : null;
        const plan = step(prev, seed, req.withMeta ? meta.peek(req.key) : null); // may throw: nothing has been written yet
        const t = now();
        for (const id of turnClaims(req.dedupe, plan)) seen.set(id, t);
        put(req.key, plan.state, plan.keepReplies ? plan.replies : []);
        if (req.withMeta && plan.meta) meta.setJson(req.key, plan.meta.json);
        const items = turnOutboxItems(req.key, req.dedupe, plan, t);
        const leased = Boolean(req.lease) && items.length > 0 && ![...outbox.values()].some((o) => o.key === req.key);
        const lease = leased ? { leaseOwner: req.lease!.owner, leaseUntil: t + req.lease!.ms, tries: 1 } : { leaseOwner: null, leaseUntil: 0, tries: 0 };
        for (const item of items) outbox.set(item.id, { ...structuredClone(item), seq: ++seq, ...lease });
        return { status: 'ok', isNew: !prev, plan, outbox: items, leased };
      },
      async count() {
        open();
        return convos.size;
      },
    },
    outbox: {
      async pending(o = {}) {
        open();
        return pendingOf(o.key, o.limit);
      },
      async lease(id, owner, leaseMs) {
        open();
        const p = outbox.get(id);
        const t = now();
        if (!p || (p.leaseUntil > t && p.leaseOwner !== owner)) return null;
        p.leaseOwner = owner;
        p.leaseUntil = t + leaseMs;
        return { tries: ++p.tries };
      },
      async done(id) {
        open();
        const p = outbox.get(id);
        if (!p) return { more: true };
        outbox.delete(id);
        return { more: [...outbox.values()].some((o) => o.key === p.key) };
      },
    },
    quotas: {
      async take(user, limit, windowMs): Promise<RateDecision> {
        open();
        const t = now();
        const recent = quota.filter((q) => q.user === user && q.at > t - windowMs).map((q) => q.at).sort((a, b) => a - b);
        const decision = quotaDecision(recent, limit, windowMs, t);
        if (decision.allowed) quota.push({ user, at: t });
        return decision;
      },
      async giveBack(user, at) {
        open();
        const i = quota.findIndex((q) => q.user === user && q.at === at);
        if (i >= 0) quota.splice(i, 1);
      },
    },
    probes: {
      async record(entry: ProbeLogEntry) {
        open();
        const r = probeRow(entry);
        const id = probes.length + 1;
        probes.push({ id, at: r.at, who: r.who, surface: r.surface, target: r.target, json: r.json, result: null, refused: r.refused });
        return id;
      },
      async recent(limit) {
        open();
        return [...probes]
          .sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id)
          .slice(0, recentLimit(limit))
          .map(({ json, ...r }) => ({ ...r, at: new Date(r.at), result: json ? JSON.parse(json) : null }));
      },
    },
    async check(): Promise<StoreCheck> {
      return closed ? { ok: false, reason: 'the store is closed' } : { ok: true };
    },
    async purge(quotaWindowMs?: number): Promise<PurgeCounts> {
      open();
      const before = purgeCutoffs(now(), quotaWindowMs);
      const counts: PurgeCounts = { conversations: 0, events: 0, outbox: 0, quota: 0 };
      const drop = <K, V>(m: Map<K, V>, expired: (v: V) => boolean): number => {
        let n = 0;
        for (const [k, v] of m) {
          if (expired(v)) {
            m.delete(k);
            n++;
          }
        }
        return n;
      };
      counts.conversations = drop(convos, (r) => r.expiresAt <= before.conversations);
      counts.events = drop(seen, (at) => at <= before.events);
      counts.outbox = drop(outbox, (p) => p.createdAt <= before.outbox);
      const keep = quota.filter((q) => q.at > before.quota);
      counts.quota = quota.length - keep.length;
      quota.splice(0, quota.length, ...keep);
      return counts;
    },
    async close() {
      closed = true;
    },
  };
}
