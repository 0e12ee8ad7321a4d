/**
 * The conversation service: one turn = dedupe + load state + engine step + save state + the
 * rendered replies queued in the outbox, in ONE store transaction (src/store/port.ts), serialised
 * per conversation key; delivery of the outbox follows (src/slack/outbox.ts).
 */
import type { Logger } from '@slack/logger';
import type { WebClient } from '@slack/web-api';
import type { Reply } from '../conversation/document';
import { freshState } from '../conversation/engine';
import type { ConversationState, IncomingMessage, Step } from '../conversation/types';
import type { Lang } from '../domain/types';
import { transientStoreError, type OutboxItem, type Store } from '../store/port';
import { renderReplies, type RenderOptions, type SlackMessage } from './blockkit';
import { classify } from './delivery';
import { setLogKey } from './logger';
import type { KeyedQueue } from './queue';
import { t } from './texts';

/** Conversation key for a channel thread or a DM (thread or DM-level). */
export function threadKey(channel: string, threadTs?: string | null): string {
  return threadTs ? `${channel}:${threadTs}` : channel;
}

/** Conversation key for slash commands: one per user per channel. */
export function slashKey(channel: string, user: string): string {
  return `slash:${channel}:${user}`;
}

export type TurnOutcome =
  | { status: 'ignored' }
  /** Seen before; `pending` = this key's replies not yet delivered (a crash cut delivery short). */
  | { status: 'duplicate'; pending: OutboxItem[] }
  /** `leased`: the outbox items were stored leased to this turn (ApplyOptions.outbox.lease): pass it to OutboxDelivery.drain. */
  | {
      status: 'ok';
      state: ConversationState;
      replies: Reply[];
      isNew: boolean;
      outbox: OutboxItem[];
      leased: { owner: string; at: number; items: OutboxItem[] } | null;
      /** Which reader of the engine answered (TurnResult.route): for the turn's log line and metrics. */
      route: string;
    }
  | { status: 'error'; error: unknown; lang: Lang };

export interface ApplyOptions {
  /** Forget the stored conversation first (a new /tms-diagnose question). */
  fresh?: boolean;
  /** Replies shown before the engine's (e.g. a probe summary); kept with them for Share. */
  before?: (lang: Lang, state?: ConversationState) => Reply[];
  /** A new conversation starts from this one's state (a DM thread forks the DM conversation). */
  seedFrom?: string;
  /** Only continue an existing conversation: otherwise 'ignored', nothing claimed. */
  requireExisting?: boolean;
  /** Queue the replies, rendered, for delivery into this channel/thread (same transaction). */
  outbox?: {
    target: ThreadTarget;
    /** `state`: the conversation after the turn (what the answer card is re-rendered from when a reply asks so). */
    render: (replies: Reply[], meta: string | null, state: ConversationState) => SlackMessage[];
    lease?: { owner: string; ms: number };
    /** withMeta: after `render`, the surface metadata to store with the turn (TurnPlan.meta), if any. */
    meta?: (state: ConversationState) => { json: string; user: string | null } | undefined;
  };
  /** Read the conversation's surface metadata in the turn (TurnRequest.withMeta) and hand it to `outbox.render`. */
  withMeta?: boolean;
  /** A conversation that starts now starts in this language (the user's Slack locale, when the message shows none). */
  initialLang?: Lang;
  /** Keep the replies with the conversation: only where Share is offered. */
  keepReplies?: boolean;
  /** Claimed with the turn (TurnPlan.marks) when it queues no message: the marks of a line given no reply. */
  quietMarks?: string[];
}

export interface ServiceDeps {
  store: Store;
  engine: Step;
  logger: Logger;
  queue: KeyedQueue;
  /** How long a turn is retried while the store is unavailable (ms). */
  retryMs?: number;
}

export const TURN_RETRY_MS = 20_000;

/**
 * A turn given up at shutdown before it was stored (ConversationService.abandon): nothing of it is
 * in the database or the outbox; an Events API event comes back through Slack's retry.
 */
export class TurnAbandoned extends Error {
  constructor() {
    super('shutting down: the turn was not stored');
    this.name = 'TurnAbandoned';
  }
}

/** A short code for an error, for logs and metrics (never shown to users); at most 120 characters. */
export function errorCode(err: unknown): string {
  const e = err as { data?: { error?: string }; code?: string; statusCode?: number; message?: string };
  let s: string;
  if (typeof e?.data?.error === 'string') s = e.data.error;
  else if (e?.statusCode) s = `HTTP ${e.statusCode}`;
  else if (e?.code) s = String(e.code);
  else s = String(e?.message ?? err);
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

export class ConversationService {
  private stopped = false;
  /** Retry waits in progress: abandon() ends them at once. */
  private readonly waits = new Set<() => void>();

  constructor(readonly deps: ServiceDeps) {}

  /**
   * Shutdown, once the grace period is over and before the store closes: no turn starts another
   * attempt, and one whose attempt fails from now on (the store closing under it) is given up with
   * one warn line instead of an error; it returns { status: 'error', error: TurnAbandoned }.
   */
  abandon(): void {
    this.stopped = true;
    for (const w of [...this.waits]) w();
  }

  private abandoned(key: string, dedupe: string[], lang: Lang): TurnOutcome {
    const eventId = dedupe.find((d) => d.startsWith('ev:'))?.slice(3);
    this.deps.logger.warn(
      eventId ? 'turn abandoned at shutdown: it was not stored; Slack will deliver its event again' : 'turn abandoned at shutdown: it was not stored',
      { key, ...(eventId ? { event_id: eventId } : {}) },
    );
    return { status: 'error', error: new TurnAbandoned(), lang };
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(t);
        this.waits.delete(done);
        resolve();
      };
      const t = setTimeout(done, ms);
      this.waits.add(done);
    });
  }

  /**
   * Apply one incoming message to the conversation `key`. `dedupe` ids (event id, channel+ts)
   * are claimed in the same transaction as the state update and the outbox: a retry or duplicate
   * delivery returns { status: 'duplicate' } with what is still undelivered, and changes nothing.
   */
  async apply(key: string, message: IncomingMessage, dedupe: string[] = [], langHint?: Lang, opts: ApplyOptions = {}): Promise<TurnOutcome> {
    const { logger } = this.deps;
    // A database that is briefly unreachable or busy (a failover, a pool at its limit) must not
    // cost a turn whose event was already acknowledged: try again for a while (the transaction
    // is all-or-nothing, and a retry that finds its own claim is a duplicate with its outbox).
    // An attempt may itself take a while (a PostgreSQL query that gets no answer is given up after
    // the pool's query time limit): no attempt starts that the last one's length says would end
    // past the deadline, so the whole turn stays within it.
    const deadline = Date.now() + (this.deps.retryMs ?? TURN_RETRY_MS);
    let delay = 100;
    for (let attempt = 1; ; attempt++) {
      if (this.stopped) return this.abandoned(key, dedupe, langHint ?? 'en');
      const started = Date.now();
      const out = await this.applyOnce(key, message, dedupe, langHint, opts);
      if (out.status === 'error' && this.stopped) return this.abandoned(key, dedupe, out.lang);
      const took = Date.now() - started;
      if (out.status !== 'error' || !out.transient || Date.now() + delay + took > deadline) {
        if (out.status === 'error') logger.error('conversation turn failed', { key, kind: message.kind, attempts: attempt }, out.error);
        return out.status === 'error' ? { status: 'error', error: out.error, lang: out.lang } : out;
      }
      logger.warn('store unavailable, trying the turn again', { key, attempt, reason: errorCode(out.error) });
      await this.wait(delay);
      delay = Math.min(delay * 2, 2000);
    }
  }

  private async applyOnce(
    key: string,
    message: IncomingMessage,
    dedupe: string[],
    langHint: Lang | undefined,
    opts: ApplyOptions,
  ): Promise<Exclude<TurnOutcome, { status: 'error' }> | { status: 'error'; error: unknown; lang: Lang; transient: boolean }> {
    const { store, engine } = this.deps;
    let engineFailed = false;
    let route = 'unknown';
    const lease = opts.outbox?.lease;
    const at = Date.now(); // no later than the lease's start
    try {
      const res = await store.conversations.turn(
        { key, dedupe, fresh: opts.fresh, seedFrom: opts.seedFrom, requireExisting: opts.requireExisting, ...(lease ? { lease } : {}), ...(opts.withMeta ? { withMeta: true } : {}) },
        (prev, seed, meta) => {
          let out;
          try {
            out = engine(prev?.state ?? seed?.state ?? (opts.initialLang ? freshState(opts.initialLang) : null), message);
          } catch (error) {
            engineFailed = true;
            throw error;
          }
          route = out.route ?? 'unknown';
          const before = opts.before?.(out.state.lang, out.state) ?? [];
          const replies = [...before, ...out.replies];
          const messages = opts.outbox ? opts.outbox.render(replies, meta, out.state) : [];
          const metaAfter = opts.withMeta ? opts.outbox?.meta?.(out.state) : undefined;
          const quiet = opts.quietMarks?.length && messages.length === 0 ? { marks: opts.quietMarks } : {};
          return {
            ...(metaAfter ? { meta: metaAfter } : {}),
            ...quiet,
            state: out.state,
            replies,
            keepReplies: opts.keepReplies === true,
            outbox: opts.outbox ? { target: opts.outbox.target, messages: messages.map((m) => ({ text: m.text, blocks: m.blocks })) } : null,
          };
        },
      );
      if (res.status !== 'ok') return res;
      const leased = res.leased && lease ? { owner: lease.owner, at, items: res.outbox } : null;
      return { status: 'ok', state: res.plan.state, replies: res.plan.replies, isNew: res.isNew, outbox: res.outbox, leased, route };
    } catch (error) {
      let lang: Lang = langHint ?? 'en';
      const transient = !engineFailed && transientStoreError(error);
      // The conversation's language for the failure notice; not worth a wait on a store that is down.
      if (!transient) {
        try {
          lang = (await store.conversations.get(key))?.state.lang ?? lang;
        } catch {
          /* the store itself may be what failed */
        }
      }
      return { status: 'error', error, lang, transient };
    }
  }

  /** Run `fn` after every earlier task for the same conversation key has finished. */
  serial<T>(key: string, fn: () => Promise<T> | T): Promise<T> {
    setLogKey(key);
    return this.deps.queue.run(key, fn);
  }
}

export interface ThreadTarget {
  channel: string;
  /** Reply in this thread; undefined = top level (DM-level conversation). */
  threadTs?: string;
  /** The user to notify (ephemeral) when a reply cannot be delivered. */
  user?: string;
}

/** Edits a message in place (chat.update); throws as the Web API client does. */
export type EditFn = (where: { channel: string; ts: string }, m: SlackMessage) => Promise<void>;

/**
 * chat.update with a JSON body (src/slack/webjson.ts) instead of the Web API client's form encoding
 * and queue: the edit of the answer card a turn makes (one turn in three in bench:slack's
 * conversation). The client's retry policy is kept in small: a timeout, a reset or a 5xx is tried
 * again (an edit is the same whenever it lands) up to `tries` times with back-off; a 429 was
 * already waited out for its channel by the fetch under `call` (src/slack/ratelimit.ts).
 */
export function jsonEdit(call: (method: string, args: Record<string, unknown>) => Promise<unknown>, opts: { tries?: number; backoffMs?: number } = {}): EditFn {
  const tries = opts.tries ?? 4;
  const backoffMs = opts.backoffMs ?? 500;
  return async (where, m) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await call('chat.update', { channel: where.channel, ts: where.ts, text: m.text, blocks: m.blocks });
        return;
      } catch (error) {
        const v = classify(error);
        if (v.retry === 'no' || v.kind === 'rate_limited' || attempt >= tries) throw error;
        await new Promise((r) => setTimeout(r, Math.min(backoffMs * 2 ** (attempt - 1), 5000)));
      }
    }
  };
}

/**
 * Edit a message the bot posted (the answer card) in place. Logs and returns false on failure
 * (the message was deleted, the bot left the channel); never throws.
 */
export async function updateMessage(client: WebClient, logger: Logger, where: { channel: string; ts: string }, m: SlackMessage, edit?: EditFn): Promise<boolean> {
  try {
    if (edit) await edit(where, m);
    else await client.chat.update({ channel: where.channel, ts: where.ts, text: m.text, blocks: m.blocks });
    return true;
  } catch (error) {
    logger.warn('chat.update failed', { method: 'chat.update', channel: where.channel, ts: where.ts, reason: errorCode(error) });
    return false;
  }
}

/** Posting into a thread: src/slack/delivery.ts (exactly once per message, per-channel backoff). */
export { postToThread } from './delivery';

/**
 * Upload files into a channel thread with files.uploadV2 (getUploadURLExternal, the upload URL,
 * completeUploadExternal). On failure: log, tell the user, return false. Never throws.
 */
export async function uploadFiles(
  client: WebClient,
  logger: Logger,
  target: ThreadTarget,
  files: { filename: string; bytes: Buffer; title?: string }[],
  comment: string,
  lang: Lang,
): Promise<boolean> {
  try {
    await client.filesUploadV2({
      channel_id: target.channel,
      ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
      initial_comment: comment,
      file_uploads: files.map((f) => ({ file: f.bytes, filename: f.filename, title: f.title ?? f.filename })),
    } as never);
    return true;
  } catch (error) {
    const why = errorCode(error);
    logger.error('files.uploadV2 failed', { method: 'files.uploadV2', channel: target.channel, thread_ts: target.threadTs, reason: why }, error);
    await notifyFailure(client, logger, target, t(lang).deliveryFailed(classify(error).kind));
    return false;
  }
}

/** Tell the user a reply was lost: ephemeral if we know who, else a plain short message. */
export async function notifyFailure(client: WebClient, logger: Logger, target: ThreadTarget, text: string): Promise<boolean> {
  const attempts: { method: string; call: () => Promise<unknown> }[] = [];
  if (target.user) {
    attempts.push({
      method: 'chat.postEphemeral',
      call: () => client.chat.postEphemeral({ channel: target.channel, user: target.user!, text, ...(target.threadTs ? { thread_ts: target.threadTs } : {}) }),
    });
  }
  attempts.push({
    method: 'chat.postMessage',
    call: () => client.chat.postMessage({ channel: target.channel, text, ...(target.threadTs ? { thread_ts: target.threadTs } : {}) }),
  });
  for (const a of attempts) {
    try {
      await a.call();
      return true;
    } catch (error) {
      logger.error('failure notice not delivered', { method: a.method, channel: target.channel, reason: errorCode(error) });
    }
  }
  return false;
}

export function render(replies: Reply[], opts: RenderOptions): SlackMessage[] {
  return renderReplies(replies, opts);
}
