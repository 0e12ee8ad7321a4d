/**
 * Posting into Slack, exactly once, without one busy channel holding up the others.
 *
 * Contract of Delivery.post(target, message, id):
 * - `id` is stable for one message of one turn (the outbox id `<turn>/<part>`): posting the same id
 *   again, from this process, another replica or after a restart, never gives a second message.
 *   Every post carries it in message metadata (event_type `tms_doctor_reply`, payload
 *   `{ outbox_id: id }`); after an ambiguous failure (a timeout, a reset or a 5xx: Slack may have
 *   posted), and when the caller says the id may have been posted before (`mayExist`, e.g. an
 *   outbox item whose lease was taken before a crash), the thread is read first
 *   (conversations.replies / conversations.history with include_all_metadata) and the post is
 *   skipped when the message is already there. A failure that is certainly not a post (a 429, a
 *   refused connection, an error answer from Slack) is retried without looking.
 * - Rate limits are per method and channel: a 429 pauses only that channel for its Retry-After
 *   (a ChannelLimiter, src/slack/ratelimit.ts, shared with the clients' fetch that waits out the
 *   app's other calls). The Web API client used here never retries and never pauses its shared
 *   queue (rejectRateLimitedCalls, retries 0); all waiting for posts happens here, per channel.
 *   `since` (ms) moves the start of that look back to when an earlier owner may have posted it (a
 *   job taken over minutes later); without it the look starts shortly before this call.
 * - Bounded: at most `attempts` tries within `budgetMs`; then { ok: false, kind } where `kind` is
 *   one of the plain failure kinds below, never raw error text. Never throws.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '@slack/logger';
import { WebClient, type WebClientOptions } from '@slack/web-api';
import type { SlackMessage } from './blockkit';
import type { Lang } from '../domain/types';
import { ChannelLimiter } from './ratelimit';
import type { JsonApiCall } from './webjson';
import { errorCode, notifyFailure, type ThreadTarget } from './service';
import { t } from './texts';

export const REPLY_EVENT_TYPE = 'tms_doctor_reply';

/** What went wrong, in words a user can act on (texts.ts has the bilingual notices). */
export type FailureKind = 'rate_limited' | 'slack_unavailable' | 'not_allowed_here' | 'database_busy' | 'database_unavailable' | 'could_not_post';

/** How a failed call relates to the post: certainly not posted (retry), maybe posted (look first), or final. */
type Verdict = { retry: 'safe'; kind: FailureKind; waitMs?: number } | { retry: 'look'; kind: FailureKind } | { retry: 'no'; kind: FailureKind };

const TRANSIENT_PLATFORM = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);
const NOT_HERE = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action', 'cannot_reply_to_message', 'ekm_access_denied', 'team_access_not_granted', 'thread_locked']);
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/** The network error code under a fetch failure (undici wraps it in `cause`). */
function causeCode(err: unknown): string | undefined {
  let e = err as { code?: unknown; cause?: unknown } | undefined;
  for (let i = 0; i < 4 && e; i++) {
    if (typeof e.code === 'string' && !e.code.startsWith('slack_')) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

/** Classify a Web API failure of a post. */
export function classify(error: unknown): Verdict {
  const e = error as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string }; original?: unknown };
  switch (e?.code) {
    case 'slack_webapi_rate_limited_error':
      return { retry: 'safe', kind: 'rate_limited', waitMs: Math.max(0, Number(e.retryAfter ?? 1)) * 1000 };
    case 'slack_webapi_platform_error': {
      const code = e.data?.error ?? '';
      if (code === 'ratelimited' || code === 'rate_limited') return { retry: 'safe', kind: 'rate_limited' };
      if (TRANSIENT_PLATFORM.has(code)) return { retry: 'look', kind: 'slack_unavailable' };
      if (NOT_HERE.has(code)) return { retry: 'no', kind: 'not_allowed_here' };
      return { retry: 'no', kind: 'could_not_post' };
    }
    case 'slack_webapi_http_error':
      if ((e.statusCode ?? 0) >= 500) return { retry: 'look', kind: 'slack_unavailable' };
      return { retry: 'no', kind: 'could_not_post' };
    case 'slack_webapi_request_error': {
      const code = causeCode(e.original);
      if (code && NOT_SENT.has(code)) return { retry: 'safe', kind: 'slack_unavailable' };
      return { retry: 'look', kind: 'slack_unavailable' };
    }
    default:
      return { retry: 'no', kind: 'could_not_post' };
  }
}

/** A failure of our own store, by the codes SQLite and PostgreSQL use (no backend imported). */
export function storeFailureKind(error: unknown): FailureKind | null {
  const code = String((error as { code?: unknown })?.code ?? '');
  if (/^SQLITE_(BUSY|LOCKED)/.test(code) || code === '55P03' || code === '40001' || code === '40P01' || code === '57014') return 'database_busy';
  if (/^SQLITE_(READONLY|FULL|IOERR|CANTOPEN|CORRUPT)/.test(code) || code === '25006' || code === '53100' || code === 'ECONNREFUSED' || code === '57P01') return 'database_unavailable';
  return null;
}

export interface DeliveryOptions {
  /** Tries per message (posts and look-ups together). */
  attempts: number;
  /** The longest one message may take, waits included (ms). */
  budgetMs: number;
  /** First pause after a failure that is not a 429 (ms); doubles each time up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /**
   * How long after a post that got no answer the thread is looked at for it (ms; see
   * PostOptions.settleMs, which overrides it for one call). The app sets the post's own time limit,
   * so every post (outbox replies, notices, probe and fleet posts, Share) waits the same.
   */
  settleMs: number;
}

export const DEFAULT_DELIVERY: DeliveryOptions = { attempts: 5, budgetMs: 60_000, backoffMs: 500, maxBackoffMs: 8_000, settleMs: 0 };

/**
 * `code`: Slack's own error code when the post was refused for good (e.g. 'not_in_channel').
 * `lost`: the caller's `stillMine` said no before a further try or the final look: nothing more was posted, and the
 * message is another deliverer's now (neither a failure to report nor one to mark as delivered).
 */
export type PostResult = { ok: true; ts: string | null; already: boolean } | { ok: false; kind: FailureKind; code?: string; lost?: true };

/** What Delivery.completeUpload did: shared (Slack's answer), or not, and whether it may have been all the same (`maybeShared`). */
export type CompleteResult = { ok: true; result: unknown } | { ok: false; kind: FailureKind; lost?: true; maybeShared?: true };

const COMPLETE = 'files.completeUploadExternal';

export interface PostOptions {
  /** An earlier owner of `id` may have posted it: look in the thread before the first post. */
  mayExist?: boolean;
  /** ms: when that earlier owner may have posted it (see the module comment). */
  since?: number;
  /**
   * A post that got no answer (a timeout, a reset) may still be carried out by Slack afterwards,
   * and Slack's API has no idempotency key: a look made too soon misses it and the retry posts a
   * second copy. So the look after such a post waits until at least `settleMs` after it ended
   * (the final look before giving up too). Default: the Delivery's own `settleMs`.
   */
  settleMs?: number;
  /**
   * Asked before every post that is not the first thing this call does (a retry, or a post after a
   * look; with `askFirst`, before the first post as well), and before the final look after the tries ran out: false stops the call at once
   * ({ ok: false, lost: true }). The outbox renews its lease here, so no try is made, and no
   * failure is concluded, by a deliverer whose lease another one may have taken over.
   */
  stillMine?: () => Promise<boolean>;
  /**
   * Ask `stillMine` before the first post too: for a caller whose hold may have lapsed since it last
   * renewed it (a fleet run, whose post follows its probes and a claim), so that its first try is
   * made under a hold renewed right then, like every further one.
   */
  askFirst?: boolean;
}

/** Counters a metrics registry can follow (src/slack/metrics.ts); calls themselves are counted at the fetch. */
export interface DeliveryObserver {
  retry(method: string, reason: string): void;
}

/**
 * The Web API client for posting: no retries of its own and no shared pause on a 429 (the Web API
 * client's queue would otherwise stop every channel for one channel's Retry-After).
 */
export function makeDeliveryClient(token: string, options: WebClientOptions): WebClient {
  return new WebClient(token, { ...options, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

export class Delivery {
  readonly opts: DeliveryOptions;
  /** Made by deliveryFor over a listener's client when no app registered one: completeUpload shares nothing through it. */
  fallback = false;

  constructor(
    /** A client that neither retries nor pauses (see makeDeliveryClient). */
    private readonly client: () => WebClient,
    private readonly logger: Logger,
    opts: Partial<DeliveryOptions> = {},
    private readonly observer?: DeliveryObserver,
    /** Until when each (method, channel) must not be called; the app shares one with its clients' fetch. */
    private readonly limiter: ChannelLimiter = new ChannelLimiter(),
    /**
     * Posts with a JSON body (src/slack/webjson.ts: same fetch, same errors as the client, less work
     * per post); without it, posts go through `client().chat.postMessage`. Look-ups always use the client.
     */
    private readonly call?: JsonApiCall,
  ) {
    this.opts = { ...DEFAULT_DELIVERY, ...opts };
  }

  /** Post `message` into `target` once for `id` (see the module comment). Never throws. */
  async post(target: ThreadTarget, message: SlackMessage, id: string = randomUUID(), opts: PostOptions = {}): Promise<PostResult> {
    const started = Date.now();
    // How far back a look goes: from this call, or from when an earlier owner may have posted it.
    const lookFrom = Math.min(started, opts.since ?? started);
    const deadline = started + this.opts.budgetMs;
    let look = opts.mayExist === true;
    let last: FailureKind = 'could_not_post';
    let backoff = this.opts.backoffMs;
    let blocksJson: string | undefined;
    let retryReason: FailureKind | null = null;
    // When the last post that got no answer ended (the look must not come before it has settled).
    let unansweredAt: number | null = null;
    const settleMs = opts.settleMs ?? this.opts.settleMs;
    for (let attempt = 1; attempt <= this.opts.attempts; attempt++) {
      const waitMs = this.limiter.waitMs('chat.postMessage', target.channel);
      if (waitMs > 0) {
        if (Date.now() + waitMs > deadline) {
          this.logger.warn('post abandoned: the channel is rate limited past the delivery budget', { channel: target.channel, outbox_id: id, waitMs });
          return { ok: false, kind: 'rate_limited' };
        }
        await sleep(waitMs);
      }
      if (look) {
        const found = await this.find(target, id, lookFrom);
        if (found === 'unknown') {
          last = 'slack_unavailable';
          if (!(await this.pause(deadline, backoff))) break;
          backoff = Math.min(backoff * 2, this.opts.maxBackoffMs);
          continue;
        }
        if (found !== null) {
          this.logger.info('reply already in the thread; not posted again', { channel: target.channel, thread_ts: target.threadTs, outbox_id: id });
          return { ok: true, ts: found, already: true };
        }
        look = false;
      }
      if ((attempt > 1 || opts.mayExist === true || opts.askFirst === true) && opts.stillMine && !(await opts.stillMine())) return { ok: false, kind: last, lost: true };
      if (retryReason) this.observer?.retry('chat.postMessage', retryReason);
      try {
        const args = {
          channel: target.channel,
          ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: REPLY_EVENT_TYPE, event_payload: { outbox_id: id } },
        };
        // Through the client, blocks and metadata go as JSON text: the same form fields it would
        // encode from the objects, without its extra walk of every block for a debug line.
        const res = this.call
          ? await this.call('chat.postMessage', args)
          : await this.client().chat.postMessage({ ...args, blocks: (blocksJson ??= JSON.stringify(message.blocks)) as never, metadata: JSON.stringify(args.metadata) as never });
        return { ok: true, ts: typeof res.ts === 'string' ? res.ts : null, already: false };
      } catch (error) {
        const v = classify(error);
        last = v.kind;
        this.logger.warn('chat.postMessage failed', { method: 'chat.postMessage', channel: target.channel, thread_ts: target.threadTs, outbox_id: id, attempt, reason: errorCode(error), kind: v.kind, retry: v.retry });
        if (v.retry === 'no') {
          const code = (error as { data?: { error?: unknown } } | undefined)?.data?.error;
          return { ok: false, kind: v.kind, ...(typeof code === 'string' && code ? { code } : {}) };
        }
        // Counted when the next attempt is sent (not when the budget or the tries run out first).
        retryReason = v.kind;
        // Only a post that got no answer at all (a time-out, a reset: the request error) may still be carried out later; an
        // HTTP 5xx or a platform error is Slack's answer, and the look after it need not wait.
        const unanswered = v.retry === 'look' && (error as { code?: string } | undefined)?.code === 'slack_webapi_request_error';
        if (v.retry === 'look') look = true;
        if (unanswered) unansweredAt = Date.now();
        if (v.retry === 'safe' && v.waitMs !== undefined) {
          // Only this channel waits; every other channel keeps posting.
          this.limiter.pause('chat.postMessage', target.channel, v.waitMs);
          continue;
        }
        if (!(await this.pause(deadline, backoff, unanswered ? settleMs : 0))) break;
        backoff = Math.min(backoff * 2, this.opts.maxBackoffMs);
      }
    }
    // Out of tries: one last look, so a post that did land is not reported as lost (not before
    // the last unanswered post has had its time to settle). The settle wait can outlast the
    // caller's lease: it is renewed first, and a message another deliverer has taken over meanwhile
    // is left to it (it may be posting it now: this look could miss that post).
    if (look) {
      const settled = unansweredAt === null ? 0 : unansweredAt + settleMs - Date.now();
      if (settled > 0) await sleep(settled);
      if (opts.stillMine && !(await opts.stillMine())) return { ok: false, kind: last, lost: true };
      const found = await this.find(target, id, lookFrom);
      if (found !== null && found !== 'unknown') return { ok: true, ts: found, already: true };
    }
    return { ok: false, kind: last };
  }

  /**
   * files.completeUploadExternal (the last step of files.uploadV2, the one that shares the uploaded
   * file in the channel or thread), for a caller that holds a lease (a fleet run): every try is made
   * only right after `stillMine` said yes, through this Delivery's client (no retries of its own, the
   * post time limit, no wait of the fetch's: src/slack/app.ts), so a try is never started once the
   * hold may have lapsed, and each one ends (answered or timed out) within one post time limit of
   * that check. A try is made again only after a failure that certainly shared nothing (a 429, after
   * its channel's pause; a refused connection), within the budget; after any other failure Slack may
   * have shared it, or has refused it: it is not made again (`maybeShared`: a timeout, a reset, a 5xx:
   * the file may be in the thread all the same). `lost`: `stillMine` said no
   * before a try: nothing more was sent. Never throws.
   */
  async completeUpload(args: Record<string, unknown>, stillMine: () => Promise<boolean>): Promise<CompleteResult> {
    if (this.fallback) {
      // Over a client with retries of its own (it may send the share again, with no lease check in
      // between) and its own time limit: nothing is shared here. `lost`: the caller hands the job
      // over, and the run that takes it over (on a replica with its Delivery) uploads the CSV.
      this.logger.warn('files.completeUploadExternal not sent: no Delivery of the app (it is shutting down); the share is left to the run that takes the job over', { method: COMPLETE });
      return { ok: false, kind: 'could_not_post', lost: true };
    }
    const channel = typeof args.channel_id === 'string' ? args.channel_id : '';
    const deadline = Date.now() + this.opts.budgetMs;
    let last: FailureKind = 'could_not_post';
    let backoff = this.opts.backoffMs;
    for (let attempt = 1; attempt <= this.opts.attempts; attempt++) {
      const waitMs = this.limiter.waitMs(COMPLETE, channel);
      if (waitMs > 0) {
        if (Date.now() + waitMs > deadline) return { ok: false, kind: 'rate_limited' };
        await sleep(waitMs);
      }
      if (!(await stillMine())) return { ok: false, kind: last, lost: true };
      if (attempt > 1) this.observer?.retry(COMPLETE, last);
      try {
        const res = await this.client().files.completeUploadExternal(args as never);
        return { ok: true, result: res };
      } catch (error) {
        const v = classify(error);
        last = v.kind;
        this.logger.warn('files.completeUploadExternal failed', { method: COMPLETE, channel, attempt, reason: errorCode(error), kind: v.kind, retry: v.retry });
        if (v.retry !== 'safe') return { ok: false, kind: v.kind, ...(v.retry === 'look' ? { maybeShared: true as const } : {}) };
        if (v.waitMs !== undefined) {
          this.limiter.pause(COMPLETE, channel, v.waitMs);
          continue;
        }
        if (!(await this.pause(deadline, backoff))) break;
        backoff = Math.min(backoff * 2, this.opts.maxBackoffMs);
      }
    }
    return { ok: false, kind: last };
  }

  /** Sleep about `ms` (jittered), at least `atLeast`; false (no sleep) when that would pass `deadline`. */
  private async pause(deadline: number, ms: number, atLeast = 0): Promise<boolean> {
    const jittered = Math.max(atLeast, Math.round(ms * (0.75 + Math.random() * 0.5)));
    if (Date.now() + jittered > deadline) return false;
    await sleep(jittered);
    return true;
  }

  /** The ts of a message carrying `id` in the thread (or the DM), null when absent, 'unknown' when Slack cannot say. */
  async find(target: ThreadTarget, id: string, sinceMs: number): Promise<string | null | 'unknown'> {
    const method = target.threadTs ? 'conversations.replies' : 'conversations.history';
    if (this.limiter.waitMs(method, target.channel) > 0) return 'unknown';
    try {
      const oldest = String(Math.floor(sinceMs / 1000) - 120);
      let cursor: string | undefined;
      const client = this.client();
      for (let page = 0; page < 5; page++) {
        const res = target.threadTs
          ? await client.conversations.replies({ channel: target.channel, ts: target.threadTs, include_all_metadata: true, limit: 200, oldest, ...(cursor ? { cursor } : {}) })
          : await client.conversations.history({ channel: target.channel, include_all_metadata: true, limit: 200, oldest, ...(cursor ? { cursor } : {}) });
        const messages = (res.messages ?? []) as { ts?: string; metadata?: { event_type?: string; event_payload?: { outbox_id?: unknown } } }[];
        const hit = messages.find((m) => m.metadata?.event_type === REPLY_EVENT_TYPE && m.metadata.event_payload?.outbox_id === id);
        if (hit) return hit.ts ?? '';
        cursor = (res as { response_metadata?: { next_cursor?: string } }).response_metadata?.next_cursor || undefined;
        if (!cursor) return null;
      }
      return null;
    } catch (error) {
      this.logger.warn('could not check whether a reply was already posted', { method, channel: target.channel, outbox_id: id, reason: errorCode(error) });
      const v = classify(error);
      if (v.retry === 'safe' && v.waitMs !== undefined) this.limiter.pause(method, target.channel, v.waitMs);
      return 'unknown';
    }
  }
}

// --- posting from listeners -------------------------------------------------------------------

/** Each app's Delivery, by bot token and API URL: listeners get Bolt's per-token client, not the app's. */
const registry = new Map<string, Delivery>();
const registryKey = (token: string | undefined, url: string | undefined) => `${token ?? ''}@${url ?? ''}`;

/** Make `delivery` the one postToThread uses for clients of this token and API URL (createApp). */
export function registerDelivery(token: string, apiUrl: string, delivery: Delivery): () => void {
  const k = registryKey(token, apiUrl);
  registry.set(k, delivery);
  return () => {
    if (registry.get(k) === delivery) registry.delete(k);
  };
}

/** The app's Delivery for a listener's client (per-channel backoff shared), else one over that client. */
export function deliveryFor(client: WebClient, logger: Logger): Delivery {
  const c = client as WebClient & { token?: string; slackApiUrl?: string };
  const registered = registry.get(registryKey(c.token, c.slackApiUrl));
  if (registered) return registered;
  const fallback = new Delivery(() => client, logger);
  fallback.fallback = true;
  return fallback;
}

/**
 * Post messages into a channel/thread in order, each exactly once (through the app's Delivery, so
 * per-channel backoff and look-before-repost apply). On failure: log, tell the user in plain words
 * (notifyFailure), return ok: false with the ts of what was posted. Never throws.
 */
export async function postToThread(
  client: WebClient,
  logger: Logger,
  target: ThreadTarget,
  messages: SlackMessage[],
  lang: Lang,
  /** mayExist / since: as Delivery.post (an earlier owner of the delivery id may have posted it). */
  opts: { deliveryId?: string; mayExist?: boolean; since?: number } = {},
): Promise<{ ok: boolean; ts: string[] }> {
  const delivery = deliveryFor(client, logger);
  const ts: string[] = [];
  for (const [i, m] of messages.entries()) {
    const id = opts.deliveryId ? (messages.length > 1 ? `${opts.deliveryId}/${i}` : opts.deliveryId) : randomUUID();
    const res = await delivery.post(target, m, id, opts.deliveryId && opts.mayExist ? { mayExist: true, ...(opts.since !== undefined ? { since: opts.since } : {}) } : {});
    if (!res.ok) {
      logger.error('reply not delivered', { method: 'chat.postMessage', channel: target.channel, thread_ts: target.threadTs, outbox_id: id, kind: res.kind });
      await notifyFailure(client, logger, target, t(lang).deliveryFailed(res.kind));
      return { ok: false, ts };
    }
    if (res.ts) ts.push(res.ts);
  }
  return { ok: true, ts };
}
