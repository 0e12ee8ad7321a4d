/**
 * How requests reach the listeners, in both modes:
 * - HTTP: a gate in front of Bolt's HTTPReceiver refuses requests whose timestamp is more than five
 *   minutes away from now in EITHER direction (Bolt checks only the past), bounds the body's size
 *   and the time to read it, checks the signature, and answers 400 to a signed body that is not a
 *   JSON object (`null`, a list) instead of letting Bolt throw on it and never answer. The gate is
 *   the one signature check (one HMAC and a constant-time compare per request): the receiver is
 *   built with `signatureVerification: false`, so the gate routes exactly as Bolt does (Bolt's
 *   own path and method reading) and nothing reaches Bolt's event endpoint around it.
 * - Both modes: EdgeApp coerces every payload (edge.coercePayload) before Bolt routes it, acks an
 *   unusable one at once, and acks anything a listener left unacknowledged (a listener that threw
 *   before ack, a payload no listener matched), with a polite text for a slash command.
 */
import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPModuleFunctions, type HTTPReceiver, type Logger } from '@slack/bolt';
import type { AckFn } from '@slack/bolt';
import type { ReceiverEvent } from '@slack/bolt';
import { ACK_DEADLINE_MS } from './ack-gate';
import { coercePayload, isObj, withinWindow } from './edge';
import { withLogContext } from './logger';
import { bilingual, TEXTS } from './texts';

/** The largest request body accepted (Slack's own payloads stay far below it). */
export const BODY_LIMIT = 2 * 1024 * 1024;
/** The longest a client may take to send its body. */
export const BODY_TIMEOUT_MS = 10_000;

function readBody(req: IncomingMessage, limit: number, timeoutMs: number): Promise<Buffer | 'too-large' | 'timeout' | 'error'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (v: Buffer | 'too-large' | 'timeout' | 'error') => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(v);
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    timer.unref();
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        finish('too-large');
        req.resume();
        return;
      }
      if (!done) chunks.push(c);
    });
    req.on('end', () => finish(Buffer.concat(chunks)));
    req.on('error', () => finish('error'));
    req.on('aborted', () => finish('error'));
  });
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}

/**
 * Is `signature` Slack's v0 signature of `body` at `timestamp`? One HMAC-SHA256 and a constant-time
 * compare (the timestamp's window is checked before, by withinWindow).
 */
export function validSignature(signingSecret: string, timestamp: string, body: string, signature: string | string[] | undefined): boolean {
  if (typeof signature !== 'string' || signature.length !== 67 || !signature.startsWith('v0=')) return false;
  const want = crypto.createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest();
  const got = Buffer.from(signature.slice(3), 'hex');
  return got.length === want.length && crypto.timingSafeEqual(got, want);
}

const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9_\-/]{0,200}$/;

/**
 * The path and method Bolt's HTTPReceiver routes by (its unboundRequestListener): the gate must see
 * every request Bolt would take as an event, whatever the request line's spelling.
 */
function boltRoute(req: IncomingMessage): { path: string | null; method: string } {
  let path: string | null;
  const url = req.url ?? '';
  try {
    // A plain path (letters, digits, '_', '-', '/', not starting '//': that would name a host) is its
    // own pathname; anything else is parsed as Bolt does (dot segments, escapes, a host, a query).
    path = PLAIN_PATH.test(url) ? url : new URL(url, 'http://localhost').pathname;
  } catch {
    path = null;
  }
  return { path, method: (req.method ?? '').toUpperCase() };
}

/**
 * Put the gate in front of `receiver` for POSTs to `path`. The receiver must be built with
 * `signatureVerification: false`: the gate is the signature check. Bolt reads the body the gate
 * buffered (req.rawBody).
 */
export function gateReceiver(receiver: HTTPReceiver, opts: { signingSecret: string; path: string; logger: Logger; now?: () => number }): void {
  const inner = receiver.requestListener;
  const { logger } = opts;
  const now = opts.now ?? Date.now;
  receiver.requestListener = (req, res) => {
    const route = boltRoute(req);
    if (route.path === null) {
      logger.warn('request refused: unreadable request target');
      req.resume();
      return answer(res, 400);
    }
    if (route.method !== 'POST' || route.path !== opts.path) {
      inner(req, res);
      return;
    }
    void (async () => {
      const ts = req.headers['x-slack-request-timestamp'];
      if (!withinWindow(ts, now())) {
        logger.warn('request refused: timestamp missing or more than 5 minutes from now', { timestamp: Array.isArray(ts) ? 'several' : String(ts ?? '') });
        req.resume();
        return answer(res, 401);
      }
      const body = await readBody(req, BODY_LIMIT, BODY_TIMEOUT_MS);
      if (body === 'too-large') {
        logger.warn('request refused: body too large', { limit: BODY_LIMIT });
        return answer(res, 413);
      }
      if (body === 'timeout' || body === 'error') {
        logger.warn('request refused: body not received', { why: body });
        return answer(res, body === 'timeout' ? 408 : 400);
      }
      const text = body.toString('utf8');
      const contentType = String(req.headers['content-type'] ?? '');
      const sslCheck = contentType === 'application/x-www-form-urlencoded' && /^ssl_check=1(&|$)/.test(text);
      if (sslCheck) {
        // Slack's unsigned SSL check: Bolt answers it; nothing else in that body is passed on.
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = Buffer.from('ssl_check=1');
        inner(req, res);
        return;
      }
      if (!validSignature(opts.signingSecret, String(Number(ts)), text, req.headers['x-slack-signature'])) {
        logger.warn('request refused: bad signature');
        return answer(res, 401);
      }
      let parsed: unknown;
      try {
        parsed = HTTPModuleFunctions.parseHTTPRequestBody(Object.assign(req, { rawBody: body }) as never);
      } catch {
        parsed = undefined;
      }
      if (!isObj(parsed)) {
        logger.warn('request refused: the body is not a JSON object', { contentType, bytes: body.length });
        return answer(res, 400);
      }
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
      inner(req, res);
    })().catch((error) => {
      logger.error('request gate failed', error);
      answer(res, 500);
    });
  };
}

/** How long an HTTP request may stay unanswered before it gets 503: ACK_DEADLINE_MS (src/slack/ack-gate.ts, why 2.5 s). */
export const UNHANDLED_REQUEST_MS = ACK_DEADLINE_MS;

/**
 * Bolt's unhandledRequestHandler for HTTP mode: a request nobody acknowledged in time (an event left
 * unacknowledged on purpose because its turn could not be stored yet: src/slack/ack-gate.ts) gets
 * 503 with Retry-After, which Slack treats as a failed delivery to try again (retry reason
 * http_error), instead of Bolt's 404 (which reads like a wrong Request URL) and its developer hint at
 * error level. One warn line with the event id, unless the ack gate already wrote one for it.
 */
export function retryLaterHandler(logger: Logger, alreadyLogged: (eventId: string) => boolean = () => false) {
  return ({ request, response }: { request: IncomingMessage; response: ServerResponse }): void => {
    const id = payloadIdOf((request as IncomingMessage & { rawBody?: Buffer }).rawBody);
    const fields = { event_id: id, status: 503 };
    if (id && alreadyLogged(id)) logger.debug('unacknowledged request answered 503 (Slack retries it)', fields);
    else logger.warn('request not acknowledged in time: answered 503 so Slack retries it', fields);
    if (response.headersSent) return;
    response.writeHead(503, { 'retry-after': '1' });
    response.end();
  };
}

function payloadIdOf(raw: Buffer | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const text = raw.toString('utf8');
    const body: unknown = text.startsWith('{') ? JSON.parse(text) : HTTPModuleFunctions.parseHTTPRequestBody({ rawBody: raw, headers: { 'content-type': 'application/x-www-form-urlencoded' } } as never);
    return isObj(body) ? payloadId(body) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A listener acknowledged its payload after the ack deadline had already answered for it (Socket
 * Mode): it stops there, as in HTTP mode, where the late ack meets a request already answered 503.
 */
export class AckTooLate extends Error {
  constructor() {
    super('acknowledged after the ack deadline');
  }
}

/** A Bolt App whose every incoming payload is coerced at the edge and always acknowledged. */
export class EdgeApp extends App {
  private edgeLogger?: Logger;
  private ackDeadlineMs?: number;

  setEdgeLogger(logger: Logger): void {
    this.edgeLogger = logger;
  }

  /**
   * Socket Mode: the ack deadline HTTP mode has (ACK_DEADLINE_MS, src/slack/ack-gate.ts; there the
   * receiver answers 503). A slash command whose listener has not acknowledged it by then (a busy or
   * unavailable store held it up) is acknowledged with the polite failure text, EN and JA; a button,
   * modal or shortcut is left unacknowledged, so Slack shows the user it failed (as after a 503:
   * an empty ack would close a modal and lose what was typed, or make a press look done). Either
   * way the listener's own ack, when it comes, throws AckTooLate: nothing more is done for it, as the
   * text says. Events are not concerned: the ack gate leaves a slow one unacknowledged (Slack retries).
   */
  setAckDeadline(ms: number): void {
    this.ackDeadlineMs = ms;
  }

  override async processEvent(event: ReceiverEvent): Promise<void> {
    const logger = this.edgeLogger ?? this.logger;
    let acked = false;
    let late = false;
    const ack: AckFn<unknown> = async (response?: unknown) => {
      if (late) throw new AckTooLate();
      acked = true;
      return event.ack(response);
    };
    const c = coercePayload(event.body);
    if (!c.ok) {
      logger.warn('unusable payload acknowledged and ignored', { kind: c.kind, reason: c.reason });
      await ack(c.kind === 'command' ? { response_type: 'ephemeral', text: bilingual(TEXTS.en.unreadableRequest, TEXTS.ja.unreadableRequest) } : undefined);
      return;
    }
    let deadline: NodeJS.Timeout | undefined;
    if (this.ackDeadlineMs !== undefined && c.body.type !== 'event_callback') {
      deadline = setTimeout(() => {
        if (acked) return;
        late = true;
        acked = true;
        const fields = { event_id: payloadId(c.body), kind: c.kind, waitedMs: this.ackDeadlineMs };
        if (c.kind === 'command') {
          logger.warn('request not acknowledged in time: answered with the polite failure text (the store is slow or unavailable)', fields);
          event.ack({ response_type: 'ephemeral', text: bilingual(TEXTS.en.requestFailed, TEXTS.ja.requestFailed) }).catch((error: unknown) => logger.debug('deadline ack failed', { reason: (error as Error)?.message }));
        } else {
          logger.warn('request not acknowledged in time: left unacknowledged, Slack shows the user it failed (the store is slow or unavailable)', fields);
        }
      }, this.ackDeadlineMs);
      deadline.unref();
    }
    try {
      await withLogContext({ event_id: payloadId(c.body) }, () => super.processEvent({ ...event, body: c.body, ack }));
    } catch (error) {
      if (error instanceof AckTooLate) logger.debug('late ack refused', { kind: c.kind });
      else logger.error('payload processing failed', { kind: c.kind }, error);
    } finally {
      clearTimeout(deadline);
      if (!acked) {
        await ack(c.kind === 'command' ? { response_type: 'ephemeral', text: bilingual(TEXTS.en.requestFailed, TEXTS.ja.requestFailed) } : undefined).catch((error: unknown) =>
          logger.debug('late ack failed', { kind: c.kind, reason: (error as Error)?.message }),
        );
      }
    }
  }
}

/** The id a payload's log lines carry: the event id, else the trigger, view or action that made it. */
export function payloadId(body: Record<string, unknown>): string | undefined {
  if (typeof body.event_id === 'string') return body.event_id;
  if (typeof body.command === 'string' && typeof body.trigger_id === 'string') return `cmd:${body.trigger_id}`;
  const view = body.view as { id?: unknown } | undefined;
  if ((body.type === 'view_submission' || body.type === 'view_closed') && typeof view?.id === 'string') return `view:${view.id}`;
  const action = (body.actions as { action_ts?: unknown }[] | undefined)?.[0];
  if (body.type === 'block_actions' && typeof action?.action_ts === 'string') return `act:${action.action_ts}`;
  return typeof body.trigger_id === 'string' ? `trigger:${body.trigger_id}` : undefined;
}
