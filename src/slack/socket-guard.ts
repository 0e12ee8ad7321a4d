/**
 * The Socket Mode edge. @slack/socket-mode parses each WebSocket message and reads `event.type`
 * and, for Events API envelopes, `payload.event.type` without checking them: a `null` message, or
 * an envelope whose payload is null or has no event, throws inside the client's message handler,
 * escapes as a rejected promise, and the envelope is never acknowledged (Slack redelivers it).
 * This guard sits in front of that handler: a message that is not a JSON object, or an envelope
 * without a usable payload, is logged and dropped, and acknowledged when it has an envelope id.
 * Usable envelopes pass on unchanged; what a payload holds is coerced later, for both modes, by
 * EdgeApp (src/slack/receiver.ts).
 */
import type { Logger } from '@slack/logger';

/** The largest Socket Mode message inspected (Slack's payloads stay far below it). */
export const SOCKET_MESSAGE_LIMIT = 2 * 1024 * 1024;

export type SocketVerdict = { ok: true } | { ok: false; reason: string; envelopeId: string | null };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Is this Socket Mode message safe to hand to the client? (Text only; binary is the client's to ignore.) */
export function checkSocketMessage(text: string): SocketVerdict {
  if (text.length > SOCKET_MESSAGE_LIMIT) return { ok: false, reason: 'message too large', envelopeId: null };
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON', envelopeId: null };
  }
  if (!isObj(m)) return { ok: false, reason: `not an object (${m === null ? 'null' : Array.isArray(m) ? 'list' : typeof m})`, envelopeId: null };
  const envelopeId = typeof m.envelope_id === 'string' && m.envelope_id !== '' ? m.envelope_id.slice(0, 200) : null;
  if (typeof m.type !== 'string' || m.type === '') return { ok: false, reason: 'no type', envelopeId };
  if (m.type === 'hello' || m.type === 'disconnect') return { ok: true };
  if (!envelopeId) return { ok: false, reason: `${m.type} without an envelope id`, envelopeId: null };
  if (!isObj(m.payload)) return { ok: false, reason: `${m.type} without a payload object`, envelopeId };
  if (m.type === 'events_api' && !(isObj(m.payload.event) && typeof m.payload.event.type === 'string')) {
    return { ok: false, reason: 'events_api envelope without an event', envelopeId };
  }
  return { ok: true };
}

/** What the guard needs of @slack/socket-mode's SocketModeClient (an eventemitter3 emitter). */
interface SocketClient {
  listeners(event: 'ws_message'): unknown[];
  removeAllListeners(event: 'ws_message'): unknown;
  on(event: 'ws_message', fn: (data: unknown, isBinary: boolean) => void): unknown;
}

/**
 * Put the check in front of the client's own `ws_message` handler (registered in its constructor).
 * A handler that still throws or rejects is logged, never left to crash the process.
 */
export function guardSocketMode(client: SocketClient, logger: Logger): void {
  // The client acks with its own send(envelope_id) (declared private in its types, public in JS).
  const send = (client as unknown as { send?: unknown }).send;
  const ack = (id: string): Promise<void> =>
    typeof send === 'function' ? Promise.resolve((send as (id: string) => unknown).call(client, id)).then(() => undefined) : Promise.reject(new Error('no send() on the Socket Mode client'));
  const handlers = client.listeners('ws_message') as ((data: unknown, isBinary: boolean) => unknown)[];
  client.removeAllListeners('ws_message');
  client.on('ws_message', (data: unknown, isBinary: boolean) => {
    if (!isBinary) {
      const text = typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString('utf8') : Array.isArray(data) ? Buffer.concat(data as Buffer[]).toString('utf8') : data instanceof ArrayBuffer ? Buffer.from(data).toString('utf8') : null;
      const verdict = text === null ? ({ ok: false, reason: 'unreadable frame', envelopeId: null } as const) : checkSocketMessage(text);
      if (!verdict.ok) {
        logger.warn('unusable Socket Mode message ignored', { reason: verdict.reason, envelope_id: verdict.envelopeId ?? undefined });
        if (verdict.envelopeId) ack(verdict.envelopeId).catch((error: unknown) => logger.debug('ack of an unusable envelope failed', { reason: (error as Error)?.message }));
        return;
      }
    }
    for (const h of handlers) {
      try {
        const out = h.call(client, data, isBinary);
        if (out instanceof Promise) out.catch((error: unknown) => logger.error('Socket Mode message handling failed', error));
      } catch (error) {
        logger.error('Socket Mode message handling failed', error);
      }
    }
  });
}
