/**
 * Slack's rate limits, per Web API method and channel, for every client of the app.
 *
 * The Web API clients reject a 429 at once (rejectRateLimitedCalls: their own wait would pause the
 * client's shared queue, so one channel's Retry-After would stop every channel). The waiting
 * happens here instead, keyed by `method:channel`:
 * - ChannelLimiter remembers until when each (method, channel) must not be called. Delivery
 *   (src/slack/delivery.ts) uses it for posts; rateLimitedFetch for everything else.
 * - rateLimitedFetch is the clients' fetch. For edits, ephemerals, reactions, view updates and
 *   uploads it waits out Retry-After of that method in that channel (bounded by `maxWaitMs`, a few
 *   tries, and the client's own request timeout) and sends again; past the bound the 429 reaches
 *   the caller as before. views.open never waits: its trigger_id expires 3 s after the click, so a
 *   429 (or a pause still running) fails at once and the caller shows its polite note. Posts and
 *   look-ups pass through (Delivery decides), their 429s only recorded.
 */
import type { Logger } from '@slack/logger';

/** Methods whose 429 is waited out here, per channel. */
const WAITS = new Set([
  'chat.update',
  'chat.postEphemeral',
  'chat.delete',
  'reactions.add',
  'reactions.remove',
  'views.update',
  'views.publish',
  'views.push',
  'files.getUploadURLExternal',
  'files.completeUploadExternal',
]);
/** Methods that must answer within Slack's 3 s: never wait, fail at once while paused. */
const FAIL_FAST = new Set(['views.open']);
const METHOD = /^[a-z]+(\.[a-zA-Z]+)+$/;

export class ChannelLimiter {
  /** `${method}:${channel}` → the time before which it must not be called. */
  private readonly until = new Map<string, number>();

  /** `maxKeys`: past it, expired entries are dropped (a bound on memory with many channels). */
  constructor(private readonly maxKeys = 10_000) {}

  /** How many (method, channel) pauses are remembered. */
  get size(): number {
    return this.until.size;
  }

  /** How long (ms) `method` must still wait in `channel` ('' = no channel: the whole workspace). */
  waitMs(method: string, channel = '', now = Date.now()): number {
    return Math.max(0, (this.until.get(`${method}:${channel}`) ?? 0) - now);
  }

  /** Slack answered 429: `method` in `channel` rests for `ms`. */
  pause(method: string, channel: string | undefined, ms: number, now = Date.now()): void {
    const key = `${method}:${channel ?? ''}`;
    this.until.set(key, Math.max(this.until.get(key) ?? 0, now + Math.max(0, ms)));
    if (this.until.size > this.maxKeys) for (const [k, t] of this.until) if (t <= now) this.until.delete(k);
  }
}

/** Retry-After of a 429 in ms (Slack sends whole seconds; 1 s when absent or unreadable). */
export function retryAfterMs(res: Response): number {
  const s = Number(res.headers.get('retry-after'));
  return (Number.isFinite(s) && s >= 0 ? s : 1) * 1000;
}

/** The channel a Web API request is about (form-encoded or multipart body), '' when none. */
function channelOf(body: unknown): string {
  try {
    if (typeof body === 'string' && body.startsWith('{')) {
      // a JSON body (src/slack/webjson.ts)
      const args = JSON.parse(body) as { channel?: unknown; channel_id?: unknown } | null;
      const channel = args?.channel ?? args?.channel_id;
      return typeof channel === 'string' ? channel : '';
    }
    if (typeof body === 'string') {
      const p = new URLSearchParams(body);
      return p.get('channel') ?? p.get('channel_id') ?? '';
    }
    if (body instanceof FormData) return String(body.get('channel') ?? body.get('channel_id') ?? '');
  } catch {
    /* no channel */
  }
  return '';
}

function refused(waitMs: number): Response {
  return new Response(JSON.stringify({ ok: false, error: 'ratelimited' }), {
    status: 429,
    headers: { 'content-type': 'application/json', 'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))) },
  });
}

function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const done = () => {
      clearTimeout(t);
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      done();
      reject(signal!.reason);
    };
    const t = setTimeout(() => {
      done();
      resolve();
    }, ms);
    t.unref();
    signal?.addEventListener('abort', abort, { once: true });
  });
}

export interface RateLimitOptions {
  /** The longest one call waits for its channel, waits summed (ms). */
  maxWaitMs?: number;
  /** Sends per call (the first included). */
  tries?: number;
  logger?: Logger;
  observer?: { retry(method: string, reason: string): void };
  /**
   * The longest one request to Slack may take (ms; 0: no limit), each try on its own; the waits
   * between tries are bounded by maxWaitMs. Handed down as an absolute `deadline` on the init
   * (src/slack/webfetch.ts keeps it with a timer, cheaper than the client's AbortSignal.timeout).
   */
  timeoutMs?: number;
  /**
   * Every call passes through (a 429 only recorded), as posts and look-ups always do: for the client
   * whose caller waits and tries again itself (Delivery, src/slack/delivery.ts: the post client, whose
   * files.completeUploadExternal must not be sent again by a wait here, after the caller's lease check).
   */
  passThrough?: boolean;
}

/** The init field that carries a call's absolute deadline (ms since the epoch) down to the transport. */
export type DeadlineInit = NonNullable<Parameters<typeof fetch>[1]> & { deadline?: number };

/** The Web API clients' fetch, waiting out 429s per (method, channel) as the module comment says. */
export function rateLimitedFetch(limiter: ChannelLimiter, inner: typeof fetch = globalThis.fetch, opts: RateLimitOptions = {}): typeof fetch {
  const maxWaitMs = opts.maxWaitMs ?? 5000;
  const tries = opts.tries ?? 3;
  return (async (input: Parameters<typeof fetch>[0], given?: Parameters<typeof fetch>[1]) => {
    // Object.assign rather than a spread: the same own enumerable fields, ~0.4 instead of ~2.7 us a call (the spread
    // of the clients' init and one more field takes V8's slow path; measured in isolation on Node 20).
    const init = (): DeadlineInit | undefined => (opts.timeoutMs ? Object.assign({}, given, { deadline: Date.now() + opts.timeoutMs }) : given);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = url.slice(url.lastIndexOf('/') + 1).split('?')[0] ?? '';
    if (!METHOD.test(method)) return inner(input, init());
    const waits = WAITS.has(method);
    if (opts.passThrough || (!waits && !FAIL_FAST.has(method))) {
      const res = await inner(input, init());
      if (res.status === 429) limiter.pause(method, channelOf(given?.body), retryAfterMs(res));
      return res;
    }
    // The channel is read from the body only when some pause is on (a body with blocks is long).
    let channel: string | undefined;
    const channelNow = () => (channel ??= channelOf(given?.body));
    const deadline = Date.now() + (waits ? maxWaitMs : 0);
    for (let attempt = 1; ; attempt++) {
      const rest = limiter.size > 0 ? limiter.waitMs(method, channelNow()) : 0;
      if (rest > 0) {
        if (Date.now() + rest > deadline) return refused(rest);
        await sleep(rest, given?.signal);
      }
      const res = await inner(input, init());
      if (res.status !== 429) return res;
      const ms = retryAfterMs(res);
      limiter.pause(method, channelNow(), ms);
      if (attempt >= tries || Date.now() + ms > deadline) return res;
      opts.logger?.info('rate limited: waiting for this channel only', { method, channel: channelNow(), waitMs: ms, attempt });
      opts.observer?.retry(method, 'rate_limited');
      await res.body?.cancel().catch(() => undefined);
    }
  }) as typeof fetch;
}
