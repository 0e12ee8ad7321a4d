/**
 * The Web API clients' HTTP transport: undici's request() under the fetch interface the clients
 * call, for what they send on every turn (a POST with a form or JSON text body). The WHATWG fetch
 * pipeline around the same undici (streams, a Request object, abort plumbing) costs about as much
 * CPU again as the request itself; the answer is read whole (the client reads it whole anyway) and
 * handed back as a WebApiResponse (below): the parts of a Response the clients use.
 *
 * Kept as fetch does it: a network failure rejects with TypeError('fetch failed') and the undici
 * error as its cause (the delivery code reads its code there); an aborted or timed-out signal
 * rejects with the signal's reason; `redirect: 'error'` (what the Web API client asks) turns a 3xx
 * into a failure. Anything else (a FormData or binary upload body, a GET, another redirect mode such
 * as a response_url's default, a Request object) goes to the platform fetch unchanged.
 *
 * The time limit of a call (`timeoutMs`) is kept here rather than by the Web API client: the client
 * makes an `AbortSignal.timeout()` for every call, which costs Node 20 about 20-45 us to create plus
 * the listeners it takes; a plain timer costs ~1 us. A call past its limit rejects as the client's
 * signal made it do (a DOMException named TimeoutError); a call handed to the platform fetch without
 * a signal of its own gets `AbortSignal.timeout()` there. A `deadline` on the init (absolute ms, set
 * by src/slack/ratelimit.ts for the whole call, waits included) replaces `timeoutMs`. With the limit
 * kept here, the clients run with `timeout: 0` (src/slack/app.ts).
 */
import { EventEmitter } from 'node:events';
import { STATUS_CODES } from 'node:http';
import { request } from 'undici';
import type { DeadlineInit } from './ratelimit';

type FetchInit = Parameters<typeof fetch>[1];

/** The headers of a fetch init as a plain record (the clients pass a record; Headers and pairs also work). */
function headerRecord(h: NonNullable<FetchInit>['headers']): Record<string, string> {
  if (!h) return {};
  if (h instanceof Headers || Array.isArray(h)) return Object.fromEntries(new Headers(h).entries());
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k] = String(v);
  return out;
}

function responseHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) h.append(k, x);
    else h.append(k, v);
  }
  return h;
}

/**
 * The answer of a Web API call, read whole already: what the clients use of a Response (status,
 * statusText, ok, headers, url, the body read once as text, JSON or bytes, clone) without building
 * a WHATWG Response and a stream around a string the clients then read back out of it (a same-process
 * A/B through bench:slack: CPU per turn 0.88-0.92x, throughput 1.10-1.13x). `body` is null: nothing is
 * left to stream or cancel.
 */
export class WebApiResponse {
  readonly ok: boolean;
  readonly statusText: string;
  readonly redirected = false;
  readonly type = 'basic';
  readonly body = null;
  private used = false;
  private made: Headers | undefined;

  constructor(
    readonly url: string,
    readonly status: number,
    /** The answer's headers: a Headers, or undici's raw record, made into one when first read. */
    private readonly rawHeaders: Headers | Record<string, string | string[] | undefined>,
    private readonly content: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.statusText = STATUS_CODES[status] ?? '';
  }

  /**
   * Made on first read: a reply's post and edit (src/slack/webjson.ts) read no header of a 200, and
   * a WHATWG Headers costs an append per header (measured: ~3 us for the fake Web API's
   * 5 headers; Slack sends about 20).
   */
  get headers(): Headers {
    return (this.made ??= this.rawHeaders instanceof Headers ? this.rawHeaders : responseHeaders(this.rawHeaders));
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  /**
   * Told the body when it is read, once (src/slack/metrics.ts counts a Web API call by its result
   * there): the text, or null for bytes past 64 KB. Not carried to a clone. A field rather than the
   * read methods wrapped on each answer (binds and defineProperties: ~3-6 us per call measured).
   */
  onRead?: (text: string | null) => void;

  private take(): Promise<string> {
    if (this.used) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    this.used = true;
    return Promise.resolve(this.content);
  }

  text(): Promise<string> {
    return this.take().then((t) => this.read(t));
  }

  json(): Promise<unknown> {
    return this.take().then((t) => JSON.parse(this.read(t)) as unknown);
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return this.take().then((t) => {
      const b = new TextEncoder().encode(t).buffer as ArrayBuffer;
      this.read(b.byteLength <= 65536 ? t : null);
      return b;
    });
  }

  private read<T extends string | null>(t: T): T {
    const hook = this.onRead;
    if (hook) {
      this.onRead = undefined;
      hook(t);
    }
    return t;
  }

  clone(): WebApiResponse {
    if (this.used) throw new TypeError('Response.clone: Body has already been consumed.');
    return new WebApiResponse(this.url, this.status, this.made ? new Headers(this.made) : this.rawHeaders, this.content);
  }
}

/** A fetch for the Web API clients (see the module comment). `fallback` serves what it does not. */
export function webApiFetch(fallback: typeof fetch = globalThis.fetch, timeoutMs = 0): typeof fetch {
  return (async (input: Parameters<typeof fetch>[0], init?: FetchInit) => {
    const body = init?.body;
    const method = (init?.method ?? 'GET').toUpperCase();
    if (typeof input !== 'string' || method !== 'POST' || typeof body !== 'string' || init?.redirect !== 'error') {
      const until = (init as DeadlineInit | undefined)?.deadline;
      const limitMs = typeof until === 'number' ? Math.max(1, until - Date.now()) : timeoutMs;
      return fallback(input, limitMs > 0 && !init?.signal ? { ...init, signal: AbortSignal.timeout(limitMs) } : init);
    }
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) throw signal.reason;
    // undici takes an EventEmitter as its signal: the time limit is a timer on one.
    let deadline: EventEmitter | undefined;
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    // A call's own deadline (src/slack/ratelimit.ts hands it down) wins over the default limit.
    const until = (init as DeadlineInit | undefined)?.deadline;
    const limitMs = typeof until === 'number' ? Math.max(1, until - Date.now()) : timeoutMs;
    if (limitMs > 0) {
      deadline = new EventEmitter();
      timer = setTimeout(() => {
        timedOut = true;
        deadline!.emit('abort');
      }, limitMs);
      if (signal) signal.addEventListener('abort', () => deadline!.emit('abort'), { once: true });
    }
    const failure = (error: unknown): unknown => {
      if (timedOut) return new DOMException('The operation was aborted due to timeout', 'TimeoutError');
      if (signal?.aborted) return signal.reason;
      return new TypeError('fetch failed', { cause: error });
    };
    try {
      let res;
      try {
        res = await request(input, { method: 'POST', headers: headerRecord(init?.headers), body, signal: deadline ?? signal });
      } catch (error) {
        throw failure(error);
      }
      const status = res.statusCode;
      if (status >= 300 && status < 400 && init?.redirect === 'error') {
        await res.body.dump().catch(() => undefined);
        throw new TypeError('fetch failed', { cause: new Error('unexpected redirect') });
      }
      let text: string;
      try {
        text = await res.body.text();
      } catch (error) {
        throw failure(error);
      }
      // A Response cannot carry a 1xx status; anything outside 200-599 is not an answer.
      if (status < 200 || status > 599) throw new TypeError('fetch failed', { cause: new Error(`unexpected status ${status}`) });
      return new WebApiResponse(input, status, res.headers, status === 204 || status === 205 || status === 304 ? '' : text) as unknown as Response;
    } finally {
      if (timer) clearTimeout(timer);
    }
  }) as typeof fetch;
}
