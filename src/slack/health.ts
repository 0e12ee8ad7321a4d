/**
 * Operations endpoints: `GET /healthz` (the process is up and its event loop answers),
 * `GET /readyz` (the store takes writes, Slack accepted the token and, in Socket Mode, the WebSocket
 * is open or was closed less than a grace ago (a routine reconnect), not shutting down; 503 with the failing check otherwise) and `GET /metrics` (Prometheus).
 * HEAD on each answers like GET without a body. In HTTP mode they are routes of the
 * app's own server; in Socket Mode (or whenever METRICS_PORT is set) a small side server serves them.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@slack/logger';
import type { Store } from '../store/port';
import type { Metrics } from './metrics';

/** The longest /readyz waits for the store's answer. */
export const READY_TIMEOUT_MS = 1000;

export interface OpsState {
  store: Store;
  metrics: Metrics;
  /** auth.test succeeded (set by start()). */
  slackReady: boolean;
  /** Socket Mode only: the WebSocket to Slack is open (undefined in HTTP mode). */
  socketOpen?: boolean;
  /** Socket Mode only: when the open WebSocket last closed (ms; undefined while open or before it first opened). */
  socketClosedAt?: number;
  /** Socket Mode only: how long a closed WebSocket still counts as ready (a routine reconnect), ms. */
  socketGraceMs?: number;
  /** Socket Mode only: Slack refused the app-level token (apps.connections.open's error), until a later open succeeds. */
  appTokenRefused?: string;
  /** A shutdown began: not ready, so a load balancer stops sending. */
  stopping: boolean;
}

export interface Readiness {
  ready: boolean;
  checks: { store: string; slack: string; shutdown: string };
}

/** A Socket Mode WebSocket that was open and closed less than the grace ago (reconnecting): still ready. */
function withinGrace(s: OpsState): boolean {
  return s.socketClosedAt !== undefined && Date.now() - s.socketClosedAt < (s.socketGraceMs ?? 0);
}

export async function readiness(s: OpsState): Promise<Readiness> {
  let store: string;
  try {
    const timeout = new Promise<{ ok: false; reason: string }>((resolve) => setTimeout(() => resolve({ ok: false, reason: `no answer within ${READY_TIMEOUT_MS} ms` }), READY_TIMEOUT_MS).unref());
    const c = await Promise.race([s.store.check(), timeout]);
    store = c.ok ? 'ok' : `failing: ${c.reason.split('\n')[0]!.slice(0, 200)}`;
  } catch (error) {
    store = `failing: ${String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 200)}`;
  }
  // Socket Mode: events arrive only while the WebSocket is open (Socket Mode retries for ever).
  const slack = s.appTokenRefused
    ? `app-level token refused (apps.connections.open: ${s.appTokenRefused})`
    : !s.slackReady
      ? 'not connected yet'
      : s.socketOpen === false && !withinGrace(s)
        ? 'Socket Mode connection not open'
        : 'ok';
  const shutdown = s.stopping ? 'stopping' : 'ok';
  return { ready: store === 'ok' && slack === 'ok' && shutdown === 'ok', checks: { store, slack, shutdown } };
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** The three handlers, by path. */
export function opsHandlers(s: OpsState, logger: Logger): Record<string, Handler> {
  const fail = (res: http.ServerResponse, error: unknown) => {
    logger.error('ops endpoint failed', error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('error\n');
  };
  return {
    '/healthz': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok\n');
    },
    '/readyz': (_req, res) => {
      readiness(s).then((r) => {
        res.writeHead(r.ready ? 200 : 503, { 'content-type': 'application/json' });
        res.end(`${JSON.stringify(r)}\n`);
      }, (e: unknown) => fail(res, e));
    },
    '/metrics': (_req, res) => {
      s.metrics.text().then((m) => {
        res.writeHead(200, { 'content-type': m.contentType });
        res.end(m.body);
      }, (e: unknown) => fail(res, e));
    },
  };
}

/** The side server for Socket Mode (METRICS_PORT). Resolves with the bound port. */
export async function startOpsServer(s: OpsState, logger: Logger, port: number, host?: string): Promise<{ server: http.Server; port: number }> {
  const handlers = opsHandlers(s, logger);
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const h = req.method === 'GET' || req.method === 'HEAD' ? handlers[path] : undefined;
    if (!h) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found\n');
      return;
    }
    h(req, res);
  });
  server.requestTimeout = 5000;
  server.headersTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  logger.info('operations endpoints listening', { port: bound, paths: Object.keys(handlers) });
  return { server, port: bound };
}
