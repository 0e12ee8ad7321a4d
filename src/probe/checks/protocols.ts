/**
 * Check: which protocol versions the endpoint accepts. One connection per version, all in
 * parallel, each with its own hand-built ClientHello that offers only that version; the verdict
 * comes from the first thing the server answers (ServerHello / alert / reset / close / silence).
 */
import type { ProtocolKey, Tri } from '../types';
import { PROTOCOL_KEYS, PROTOCOL_LABEL, WIRE_VERSION, buildClientHello, versionName } from '../wire/clienthello';
import { ServerResponseReader, type ServerResponse } from '../wire/records';
import { exchange, type ConnectFn, type Consumer } from '../net';

export interface CheckContext {
  /** The checked IP address to connect to. */
  address: string;
  port: number;
  /** DNS name for SNI / Host (null for IP literals). */
  serverName: string | null;
  timeoutMs: number;
  /** The whole probe's deadline (ms), when it is what aborts `signal`: named when it cut an attempt (QA55 #8). */
  deadlineMs?: number;
  signal?: AbortSignal;
  connect?: ConnectFn;
}

export interface VersionVerdict {
  key: ProtocolKey;
  /** true accepted, false refused, null unknown. */
  accepted: Tri;
  /** Could we open a TCP connection? null when the attempt was cut before connecting. */
  reachable: boolean;
  /** Did the answer look like TLS (true), something else (false), or nothing conclusive (null)? */
  tls: boolean | null;
  /** The answer was HTTP. */
  http: boolean;
  /** What the connection did, for `detail` and the summary. */
  connect: 'ok' | 'refused' | 'timeout' | 'error';
  detail: string;
  ms: number;
  /** Cut by the whole probe's deadline, not by the attempt's own --timeout. */
  deadline?: true;
}

function deadlineText(ctx: CheckContext): string {
  return ctx.deadlineMs ? ` (${ctx.deadlineMs} ms)` : '';
}

function readerConsumer(): Consumer<ServerResponse> {
  const reader = new ServerResponseReader();
  return {
    feed: (chunk) => {
      const r = reader.push(chunk);
      return r.kind === 'incomplete' ? null : r;
    },
    end: () => {
      const r = reader.end();
      return r.kind === 'incomplete' ? null : r;
    },
  };
}

export async function testVersion(ctx: CheckContext, key: ProtocolKey): Promise<VersionVerdict> {
  const label = PROTOCOL_LABEL[key];
  const base = { key, http: false };
  let hello: Buffer;
  try {
    hello = buildClientHello(key, { serverName: ctx.serverName });
  } catch (e) {
    return { ...base, accepted: null, reachable: false, tls: null, connect: 'error', detail: `could not build the ${label} ClientHello`, ms: 0 };
  }
  const o = await exchange({ host: ctx.address, port: ctx.port }, hello, readerConsumer(), {
    timeoutMs: ctx.timeoutMs,
    signal: ctx.signal,
    connect: ctx.connect,
  });
  const ms = o.ms;
  switch (o.kind) {
    case 'connectRefused':
      return { ...base, accepted: null, reachable: false, tls: null, connect: 'refused', detail: 'TCP connection refused (port closed)', ms };
    case 'connectTimeout':
      if (o.deadline) return { ...base, accepted: null, reachable: false, tls: null, connect: 'timeout', detail: `no answer to the TCP connection before the probe's deadline${deadlineText(ctx)}`, ms, deadline: true };
      return { ...base, accepted: null, reachable: false, tls: null, connect: 'timeout', detail: 'no answer to the TCP connection (host silent or filtered)', ms };
    case 'connectError':
      return { ...base, accepted: null, reachable: false, tls: null, connect: 'error', detail: `TCP connection failed (${o.code})`, ms };
    case 'reset':
      return { ...base, accepted: false, reachable: true, tls: null, connect: 'ok', detail: `connection reset after the ${label} ClientHello`, ms };
    case 'closed':
      return { ...base, accepted: false, reachable: true, tls: null, connect: 'ok', detail: `connection closed without an answer to the ${label} ClientHello`, ms };
    case 'timeout':
      return {
        ...base,
        accepted: null,
        reachable: true,
        tls: null,
        connect: 'ok',
        // Cut by the probe's deadline: that is the limit to name (and to raise), not the --timeout (QA55 #8).
        detail: o.deadline
          ? `${o.bytes > 0 ? 'no complete answer' : 'no answer'} before the probe's deadline${deadlineText(ctx)}${o.bytes > 0 ? ` (${o.bytes} ${o.bytes === 1 ? 'byte' : 'bytes'} received)` : ''}`
          : o.bytes > 0 ? `no complete answer within ${ctx.timeoutMs} ms (${o.bytes} ${o.bytes === 1 ? 'byte' : 'bytes'} received)` : `no answer within ${ctx.timeoutMs} ms`,
        ms,
        ...(o.deadline ? { deadline: true as const } : {}),
      };
    case 'done':
      break;
  }
  const r = o.value;
  const ok = { ...base, reachable: true, connect: 'ok' as const, ms };
  switch (r.kind) {
    case 'serverHello': {
      const h = r.hello;
      if (h.version === WIRE_VERSION[key]) {
        const how = h.helloRetryRequest ? 'HelloRetryRequest' : 'ServerHello';
        return { ...ok, accepted: true, tls: true, detail: `${how} ${versionName(h.version)}, cipher 0x${h.cipherSuite.toString(16).padStart(4, '0')}` };
      }
      return { ...ok, accepted: false, tls: true, detail: `the server answered with ${versionName(h.version)} instead of ${label}` };
    }
    case 'alert':
      return { ...ok, accepted: false, tls: true, detail: `alert ${r.name}${r.level === 2 ? ' (fatal)' : ''}` };
    case 'notTls':
      return { ...ok, accepted: null, tls: false, http: r.http, detail: r.reason };
    case 'protocolError':
      return { ...ok, accepted: null, tls: null, detail: `malformed answer: ${r.reason}` };
    default:
      return { ...ok, accepted: null, tls: null, detail: 'no conclusive answer' };
  }
}

export async function checkProtocols(ctx: CheckContext, keys: readonly ProtocolKey[] = PROTOCOL_KEYS): Promise<VersionVerdict[]> {
  return Promise.all(keys.map((k) => testVersion(ctx, k)));
}
