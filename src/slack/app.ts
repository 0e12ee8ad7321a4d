/**
 * The Slack app: a real Bolt App in HTTP mode (signing secret) or Socket Mode (app-level token),
 * with the conversation engine, the store (src/store/port.ts: memory, SQLite or PostgreSQL, chosen
 * by the caller) and the probe wired in.
 */
import type { AddressInfo } from 'node:net';
import { HTTPReceiver, LogLevel, SocketModeReceiver, type Logger } from '@slack/bolt';
import type { RetryOptions } from '@slack/web-api';
import { step } from '../conversation/engine';
import type { Step } from '../conversation/types';
import { metaStoreFor, type MetaStore } from '../store/meta';
import { FLEET_JOB_TTL_MS, fleetJobStoreFor, type FleetJobStore } from '../store/fleet-jobs';
import { CONVERSATION_TTL_MS, type Store } from '../store/port';
import { ACK_DEADLINE_MS, ACK_GATE_LEAD_MS, AckGate } from './ack-gate';
import { recordCardPosted } from './answer';
import { UserLocales } from './locale';
import type { AppDeps } from './deps';
import { registerListeners } from './listeners';
import { DEFAULT_DELIVERY, Delivery, makeDeliveryClient, registerDelivery, type DeliveryOptions } from './delivery';
import { Sealer } from './edge';
import { opsHandlers, startOpsServer, type OpsState } from './health';
import { instrumentProbe, instrumentStore, Metrics } from './metrics';
import { JsonLogger } from './logger';
import { socketModeLogger } from './socket-logger';
import { ChannelLimiter, rateLimitedFetch } from './ratelimit';
import { webApiFetch } from './webfetch';
import { jsonApiCall } from './webjson';
import { probeServiceFromEnv, type ProbeService } from './probe-service';
import { OutboxDelivery } from './outbox';
import { FleetJobs, fleetMaxFromEnv } from './fleet/job';
import { KeyedQueue } from './queue';
import { AckTooLate, EdgeApp, gateReceiver, retryLaterHandler, UNHANDLED_REQUEST_MS } from './receiver';
import { guardSocketMode } from './socket-guard';
import { ConversationService, errorCode, jsonEdit } from './service';

export const EVENTS_PATH = '/slack/events';

/** auth.test errors that mean the bot token itself is refused: a settings error, not an outage. */
const TOKEN_REFUSED = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);
/**
 * apps.connections.open errors that mean the app-level token itself is refused. Socket Mode retries
 * some of them (not_allowed_token_type, token_revoked) for ever; they are settings errors too.
 */
const APP_TOKEN_REFUSED = new Set([...TOKEN_REFUSED, 'not_allowed_token_type', 'user_removed_from_team', 'team_disabled']);

/** start() gave up because stop() was called while it ran (a signal during start-up). */
export class StoppedDuringStart extends Error {
  constructor() {
    super('stopped during start-up');
  }
}
export const DEFAULT_PORT = 3000;

export interface AppConfig {
  botToken: string;
  /** HTTP mode: requests are verified with it. */
  signingSecret?: string;
  /** Socket Mode (xapp-…): no public URL needed. */
  appToken?: string;
  /** Replaces https://slack.com/api/ (SLACK_API_URL). */
  apiUrl?: string;
  /** HTTP mode port (0 = any free port). */
  port?: number;
  /** HTTP mode listen address; all interfaces when absent. */
  host?: string;
  /** Where conversations, the outbox, quotas and the probe log live. The caller opens and closes it. */
  store: Store;
  logger?: Logger;
  logLevel?: LogLevel;
  /** The conversation engine; src/conversation/engine's `step` unless a test passes another. */
  engine?: Step;
  /** The probe; defaults to src/probe under the PROBE_ALLOW / PROBE_PORTS policy of `env`. null = none. */
  probe?: ProbeService | null;
  env?: NodeJS.ProcessEnv;
  /** Web API retries (timeouts, 429, 5xx). */
  retryConfig?: RetryOptions;
  /** Web API request timeout, ms. */
  apiTimeoutMs?: number;
  /** Socket Mode (or any mode): serve /healthz, /readyz and /metrics on this port (0 = any free port). */
  metricsPort?: number;
  /**
   * Socket Mode: how long /readyz stays ready while the WebSocket is closed (Slack recycles
   * connections routinely and the client reconnects within seconds); 503 past it (ms;
   * DEFAULT_SOCKET_GRACE_MS, SOCKET_READY_GRACE_S). The tms_doctor_slack_socket_open gauge follows the socket itself.
   */
  socketGraceMs?: number;
  /**
   * Socket Mode: how long Slack may refuse the app-level token after start-up (a revoked token)
   * before `fatal` resolves and the process exits (ms; DEFAULT_APP_TOKEN_EXIT_MS,
   * APP_TOKEN_REFUSED_EXIT_S). A token accepted again within it cancels the exit.
   */
  appTokenExitMs?: number;
  /**
   * Socket Mode: how long the WebSocket may stay closed after start-up (Slack or the network down
   * through every reconnect try) before `fatal` resolves and the process exits 1 (ms;
   * DEFAULT_SOCKET_CLOSED_EXIT_MS, SOCKET_CLOSED_EXIT_S). Reconnected within it: no exit.
   */
  socketClosedExitMs?: number;
  /** Socket Mode: pauses between tries of apps.connections.open during a reconnect (ms; RECONNECT_BACKOFF). */
  reconnectBackoff?: { firstMs: number; maxMs: number };
  /**
   * Socket Mode: the library's own pause before it reconnects a closed socket, times the failures in a row (ms; by
   * default its clientPingTimeout, 5 s). Tests shorten it; the ping timeout itself (a pong later than it drops the
   * socket) stays the library's, so a slow machine does not close sockets.
   */
  socketReconnectPauseMs?: number;
  /** Listen address of the side server; all interfaces when absent. */
  metricsHost?: string;
  /** How long stop() waits, from its call, for the receiver to close and turns in flight to end (ms; DEFAULT_SHUTDOWN_GRACE_MS). */
  shutdownGraceMs?: number;
  /** Prometheus metrics (a fresh registry per app unless given). */
  metrics?: Metrics;
  /** Posting replies: tries, time budget and backoff per message (src/slack/delivery.ts). */
  delivery?: Partial<DeliveryOptions>;
  probeLimit?: { limit: number; windowMs: number };
  /** Fleet jobs per user in the probe window (default 3), and the least time between progress updates. */
  fleetLimit?: { limit?: number; progressEveryMs?: number; leaseMs?: number; heartbeatMs?: number; sweepMs?: number };
  /** Running fleet jobs (one per user across replicas); by default beside the store's own tables (src/store/fleet-jobs.ts). */
  fleetJobs?: FleetJobStore;
  /** How often expired conversations are purged (ms); also once at start. */
  purgeIntervalMs?: number;
  /** How long one outbox delivery may hold its lease before another replica may take over (ms). */
  outboxLeaseMs?: number;
  /**
   * How long after its turn a reply Slack could not be reached for is kept pending and tried again
   * (looked for first) before its user is told and it is given up (ms; 10 minutes, src/slack/outbox.ts).
   */
  outboxGiveUpMs?: number;
  /** Card positions and statuses; by default kept beside the store's own tables (src/store/meta.ts). */
  meta?: MetaStore;
  /** How often pending outbox items are swept (a replica that died holding a lease), ms. */
  outboxSweepMs?: number;
  /** How long stop() waits for the receiver (Socket Mode: the WebSocket close) before going on (ms). */
  receiverStopMs?: number;
  /** How long an event's ack waits for its turn to be stored (ms). */
  ackBudgetMs?: number;
}

export interface SlackBot {
  app: EdgeApp;
  mode: 'http' | 'socket';
  deps: AppDeps;
  /** Start receiving. HTTP mode resolves with the bound port; metricsPort = the side server's port. */
  start(): Promise<{ port: number | null; metricsPort?: number }>;
  /** Stop receiving, let queued turns finish (bounded), stop timers. The store stays open (caller's). */
  stop(): Promise<void>;
  /** Resolves when no turn is queued or running. */
  idle(): Promise<void>;
  /**
   * Resolves (never rejects) when the app can no longer work and the process should exit: in Socket
   * Mode, Slack refused the app-level token after start-up for longer than appTokenExitMs (a settings
   * error: `settings: true`, exit 2 in `tms-doctor start`), or the WebSocket stayed closed for longer
   * than socketClosedExitMs (`settings: false`, exit 1). Its message is one line without the token.
   */
  fatal: Promise<Error & { settings: boolean }>;
}

/** How long /readyz stays ready while the Socket Mode WebSocket is closed (a routine reconnect), ms. */
export const DEFAULT_SOCKET_GRACE_MS = 20_000;

/** How long Slack may refuse the app-level token after start-up before the process exits (ms). */
export const DEFAULT_APP_TOKEN_EXIT_MS = 60_000;

/** How long the Socket Mode WebSocket may stay closed after start-up before the process exits (ms). */
export const DEFAULT_SOCKET_CLOSED_EXIT_MS = 300_000;

/**
 * Pauses between our own tries of apps.connections.open when Socket Mode reconnects after start-up
 * (each try is itself the Web API client's call with its few quick retries): doubling from firstMs,
 * at most maxMs (a 429's Retry-After is waited out, up to RETRY_AFTER_MAX_MS).
 */
export const RECONNECT_BACKOFF = { firstMs: 1000, maxMs: 30_000 };
const RETRY_AFTER_MAX_MS = 120_000;

/** How long a shutdown waits, from the signal, for the receiver to close and the turns in flight to end (ms). */
const DEFAULT_SHUTDOWN_GRACE_MS = 8_000;

/** Production retry policy for calls other than posts: a few quick retries of timeouts and 5xx (429s are not waited out by the client). */
export const DEFAULT_RETRY: RetryOptions = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000, randomize: true };

/**
 * A Web API call that never got an answer (WebAPIRequestError: a refused or timed-out connection, a
 * name that does not resolve, a proxy refusal): its cause (ECONNREFUSED, ETIMEDOUT, …; fetch puts it
 * on the TypeError's cause), on one short
 * line, instead of the client's generic slack_webapi_request_error. Undefined for any other error.
 */
export function networkCause(error: unknown): string | undefined {
  type Cause = { code?: unknown; name?: unknown; cause?: { code?: unknown; name?: unknown } };
  const e = error as { code?: unknown; original?: Cause } | null;
  if (e?.code !== 'slack_webapi_request_error') return undefined;
  // fetch (undici) fails with a TypeError "fetch failed" whose cause carries the system code.
  const o = e.original;
  const cause = o?.code ?? o?.cause?.code ?? (o?.cause?.name !== undefined && o.cause.name !== 'Error' ? o.cause.name : undefined) ?? o?.name;
  if (typeof cause !== 'string' || !cause.trim()) return undefined;
  const one = cause.replace(/\s+/g, ' ').trim();
  return one.length > 120 ? `${one.slice(0, 119)}…` : one;
}

export function normaliseApiUrl(url: string): string {
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`SLACK_API_URL must be an http(s) URL, got "${url}"`);
  return u.toString().endsWith('/') ? u.toString() : `${u.toString()}/`;
}

/**
 * The Socket Mode client waits clientPingTimeoutMS times its failures in a row before it reconnects (delayReconnectAttempt
 * reads it once, at its start); this makes that one read see `pauseMs`. The WebSocket it makes next still gets the client's
 * ping timeout. Throws when the client has no such method (another library version): the setting would do nothing.
 */
function shortenReconnectPause(client: unknown, pauseMs: number): void {
  const c = client as { delayReconnectAttempt?: (cb: unknown) => Promise<unknown>; clientPingTimeoutMS?: number };
  const delay = c.delayReconnectAttempt;
  if (typeof delay !== 'function' || typeof c.clientPingTimeoutMS !== 'number') throw new Error('socketReconnectPauseMs: this Socket Mode client has no reconnect pause to set');
  c.delayReconnectAttempt = function (this: typeof c, cb: unknown) {
    const ping = this.clientPingTimeoutMS;
    this.clientPingTimeoutMS = pauseMs;
    try {
      return delay.call(this, cb);
    } finally {
      this.clientPingTimeoutMS = ping;
    }
  };
}

export function createApp(config: AppConfig): SlackBot {
  const logLevel = config.logLevel ?? LogLevel.INFO;
  const logger = config.logger ?? new JsonLogger(process.stderr, logLevel);
  logger.setLevel(logLevel);
  // Tokens of every shape are masked by the logger; the signing secret has no shape: name it.
  if (logger instanceof JsonLogger) logger.addSecrets(config.botToken, config.appToken, config.signingSecret);
  const socket = Boolean(config.appToken);
  if (!socket && !config.signingSecret) throw new Error('HTTP mode needs a signing secret (or give an app-level token for Socket Mode).');

  const metrics = config.metrics ?? new Metrics();
  // One limiter for the app: a 429 rests only that method in that channel (src/slack/ratelimit.ts).
  const rateLimits = new ChannelLimiter();
  const apiTimeoutMs = config.apiTimeoutMs ?? 10000;
  // Every Web API call is counted by method and result (tms_doctor_slack_api_calls_total); edits,
  // ephemerals, reactions, view updates and uploads wait out a 429 for their channel only; the
  // transport under it is undici's request() behind the fetch interface, which also keeps each
  // call's time limit (src/slack/webfetch.ts: the clients themselves run with timeout 0).
  const apiFetch = (timeoutMs: number, passThrough = false) => rateLimitedFetch(rateLimits, metrics.fetch(webApiFetch()), { logger, observer: metrics, timeoutMs, passThrough });
  const clientOptions = {
    fetch: apiFetch(apiTimeoutMs),
    ...(config.apiUrl ? { slackApiUrl: normaliseApiUrl(config.apiUrl) } : {}),
    retryConfig: config.retryConfig ?? DEFAULT_RETRY,
    timeout: 0,
    // A 429 must not pause the client's shared queue (every channel would wait): the client rejects
    // it and the waiting is per channel (the fetch above; replies in src/slack/delivery.ts).
    rejectRateLimitedCalls: true,
  };

  const store = instrumentStore(config.store, metrics);
  const ops: OpsState = { store, metrics, slackReady: false, stopping: false };
  let fatalNow: (error: Error & { settings: boolean }) => void = () => undefined;
  const fatal = new Promise<Error & { settings: boolean }>((resolve) => (fatalNow = resolve));
  /** Running while Slack refuses the app-level token after start-up: the exit when it stays refused. */
  let appTokenExit: NodeJS.Timeout | undefined;
  const appTokenExitMs = Math.max(0, config.appTokenExitMs ?? DEFAULT_APP_TOKEN_EXIT_MS);
  /** True once Socket Mode connected at start-up: from then on a failed reconnect is retried here, never given up. */
  let socketStarted = false;
  /**
   * A Socket Mode reconnect after start-up is in progress: from the socket's close (or the library's line it disconnects
   * right after) until Slack's hello on the new connection. The library's WebSocket error lines are warn lines only then.
   */
  let socketReconnecting = false;
  /** Running while the WebSocket is closed after start-up: the exit when it stays closed. */
  let socketClosedExit: NodeJS.Timeout | undefined;
  const socketClosedExitMs = Math.max(0, config.socketClosedExitMs ?? DEFAULT_SOCKET_CLOSED_EXIT_MS);
  const backoff = config.reconnectBackoff ?? RECONNECT_BACKOFF;
  /** Why the last apps.connections.open failed during the current outage (for the exit line). */
  let reconnectFailure: string | undefined;
  /** Pauses between reconnect tries in progress: stop() ends them at once. */
  const pauses = new Set<() => void>();
  /** Wait ms; false when the app is stopping (then or since). */
  const pause = (ms: number) =>
    new Promise<boolean>((resolve) => {
      const wake = () => {
        clearTimeout(t);
        pauses.delete(wake);
        resolve(!ops.stopping);
      };
      const t = setTimeout(wake, ms);
      pauses.add(wake);
    });

  const socketReceiver = socket
    ? // Built here (not socketMode: true) so apps.connections.open also honours SLACK_API_URL.
      // Its own WebSocket error lines are warn lines while a reconnect after start-up is in progress (socket-logger.ts).
      new SocketModeReceiver({
        appToken: config.appToken!,
        logger: socketModeLogger(logger, {
          reconnecting: () => socketReconnecting && !ops.stopping,
          begin: () => (socketStarted && !ops.stopping ? (socketReconnecting = true) : false),
        }),
        logLevel,
        installerOptions: { clientOptions },
      })
    : null;
  // Messages the Socket Mode client would throw on (null, no payload, no event) stop at our edge.
  if (socketReceiver) guardSocketMode(socketReceiver.client, logger);
  if (socketReceiver && config.socketReconnectPauseMs !== undefined) shortenReconnectPause(socketReceiver.client, Math.max(0, config.socketReconnectPauseMs));
  if (socketReceiver) {
    // Readiness and the tms_doctor_slack_socket_open gauge follow the WebSocket: open from Slack's
    // hello until the socket closes (Socket Mode then retries, possibly for ever).
    ops.socketOpen = false;
    const client = socketReceiver.client;
    ops.socketGraceMs = Math.max(0, config.socketGraceMs ?? DEFAULT_SOCKET_GRACE_MS);
    const set = (open: boolean) => () => {
      // When an open socket closes: /readyz stays ready through a reconnect shorter than the grace.
      // Closed (or closing, or connecting again) after start-up: a reconnect is in progress until 'connected'.
      if (!open && socketStarted && !ops.stopping) socketReconnecting = true;
      if (open) socketReconnecting = false;
      if (!open && ops.socketOpen) {
        ops.socketClosedAt = Date.now();
        // After start-up the socket must come back: past socketClosedExitMs the process exits (1), so
        // the orchestrator restarts it, whatever keeps it closed (Slack, the network, a proxy).
        if (socketStarted && !ops.stopping && !socketClosedExit) {
          socketClosedExit = setTimeout(() => {
            socketClosedExit = undefined;
            if (ops.stopping || ops.socketOpen) return;
            const s = Math.round(socketClosedExitMs / 1000);
            if (ops.appTokenRefused) {
              // Closed because Slack refuses the app-level token: a settings error (exit 2), whichever
              // of the two graces ends first, as the token exit would say it.
              if (appTokenExit) clearTimeout(appTokenExit);
              appTokenExit = undefined;
              logger.error(`Socket Mode connection to Slack closed for ${s} s: Slack does not accept the app-level token (SLACK_APP_TOKEN); exiting`, { closedForS: s, reason: ops.appTokenRefused });
              fatalNow(Object.assign(new Error(`Slack did not accept the app-level token (apps.connections.open: ${ops.appTokenRefused}); the Socket Mode connection stayed closed for ${s} s after start-up.`), { settings: true as const }));
              return;
            }
            const last = reconnectFailure ? ` (last failure: apps.connections.open: ${reconnectFailure})` : '';
            logger.error(`Socket Mode connection to Slack closed for ${s} s and not reconnected: no events can arrive; exiting so that the process is restarted`, { closedForS: s, ...(reconnectFailure ? { reason: reconnectFailure } : {}) });
            fatalNow(Object.assign(new Error(`the Socket Mode connection to Slack stayed closed for ${s} s after start-up${last}.`), { settings: false }));
          }, socketClosedExitMs);
        }
      }
      if (open) {
        ops.socketClosedAt = undefined;
        if (socketClosedExit) clearTimeout(socketClosedExit);
        socketClosedExit = undefined;
        reconnectFailure = undefined;
      }
      ops.socketOpen = open;
      metrics.socket(open);
    };
    client.on('connected', set(true));
    for (const state of ['connecting', 'reconnecting', 'disconnecting', 'disconnected', 'close']) client.on(state, set(false));
    // After start-up, each reconnect is the client's start() called by its own timer, which nobody
    // awaits: a reconnect that ends in a rejection (the client disconnected by stop() while it waited
    // for Slack's hello: it rejects with nothing) must not become an unhandled rejection. At start-up
    // the caller gets the rejection, as before.
    const clientStart = client.start;
    client.start = () => {
      const p = clientStart.call(client);
      if (!socketStarted) return p;
      return p.catch((error: unknown) => {
        if (ops.stopping) logger.debug('Socket Mode reconnect ended by the stop', { reason: error === undefined ? 'disconnected' : errorCode(error) });
        else logger.warn('Socket Mode reconnect failed; the process exits if the connection stays closed', { reason: error === undefined ? 'disconnected' : errorCode(error), exitInS: Math.round(socketClosedExitMs / 1000) });
        return undefined as never;
      });
    };
    // An app-level token Slack refuses: said once, shown by /readyz, and (at start-up) a settings error.
    const web = (client as unknown as { webClient?: { apps?: { connections?: { open?: (args?: unknown) => Promise<unknown> } } } }).webClient;
    const open = web?.apps?.connections?.open;
    if (web?.apps?.connections && typeof open === 'function') {
      web.apps.connections.open = async (args?: unknown) => {
        for (let attempt = 1; ; attempt++) {
          try {
            const res = await open.call(web, args);
            if (attempt > 1) logger.info('Slack answers apps.connections.open again; Socket Mode reconnects', { method: 'apps.connections.open', attempts: attempt });
            if (appTokenExit) {
              // Refused after start-up, accepted again within the grace: no exit.
              clearTimeout(appTokenExit);
              appTokenExit = undefined;
              metrics.appToken(false);
              logger.info('Slack accepts the app-level token (SLACK_APP_TOKEN) again; Socket Mode reconnects', { method: 'apps.connections.open' });
            }
            ops.appTokenRefused = undefined;
            return res;
          } catch (error) {
            const why = errorCode(error);
            // Only Slack's answer that the token itself is refused counts; a network error, a timeout
            // or a 5xx is an outage: retried below, and the closed-socket exit bounds it.
            if (APP_TOKEN_REFUSED.has(why)) {
              // At start-up the start's own error says it (tms-doctor start: one line, exit 2). After
              // it (a revoked token): one error line, /readyz 503, the gauge, and an exit past the grace.
              const afterStart = !appTokenRefused && !ops.stopping;
              if (afterStart && !appTokenExit) {
                metrics.appToken(true);
                appTokenExit = setTimeout(() => {
                  appTokenExit = undefined;
                  if (ops.stopping || !ops.appTokenRefused) return;
                  fatalNow(Object.assign(new Error(`Slack did not accept the app-level token (apps.connections.open: ${ops.appTokenRefused}) for ${Math.round(appTokenExitMs / 1000)} s after start-up.`), { settings: true as const }));
                }, appTokenExitMs);
                appTokenExit.unref();
              }
              if (ops.appTokenRefused !== why && afterStart) {
                logger.error(`Slack did not accept the app-level token (SLACK_APP_TOKEN): Socket Mode cannot connect; exiting in ${Math.round(appTokenExitMs / 1000)} s unless it is accepted again`, { method: 'apps.connections.open', reason: why, exitInS: Math.round(appTokenExitMs / 1000) });
              }
              ops.appTokenRefused = why;
              appTokenRefused?.(why);
            }
            // At start-up the caller gets the error, as before (exit 1 or 2). After start-up,
            // Socket Mode would give up for good on some answers (invalid_auth, not_authed, …) and on
            // any HTTP or network error that outlasts the client's few retries, leaving the socket
            // closed for ever (and its promise rejected with nobody to catch it): so it is tried again
            // here, with a growing pause, until Slack answers, the app stops, or an exit grace ends.
            if (!socketStarted) throw error;
            // Stopping: this reconnect just ends (never settles) while the client disconnects; an
            // error here would be Socket Mode's unhandled rejection again.
            if (ops.stopping) return new Promise<never>(() => undefined);
            reconnectFailure = networkCause(error) ?? why;
            const retryAfterMs = Number((error as { retryAfter?: unknown })?.retryAfter) * 1000;
            const base = Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.min(attempt - 1, 20));
            const waitMs = Math.round(Math.min(Number.isFinite(retryAfterMs) && retryAfterMs > base ? Math.min(retryAfterMs, RETRY_AFTER_MAX_MS) : base * (0.8 + 0.4 * Math.random()), RETRY_AFTER_MAX_MS));
            const fields = { method: 'apps.connections.open', reason: why, attempt, retryInMs: waitMs };
            if (attempt === 1 && !APP_TOKEN_REFUSED.has(why)) logger.warn('Socket Mode cannot reconnect yet (apps.connections.open failed); trying again with a growing pause', fields);
            else logger.debug('Socket Mode reconnect: apps.connections.open failed again', fields);
            if (!(await pause(waitMs))) return new Promise<never>(() => undefined);
          }
        }
      };
    }
  }
  /** Start-up waits on this as well as on the connection: the app-level token was refused. */
  let appTokenRefused: ((why: string) => void) | undefined;

  const httpReceiver = socket
    ? null
    : new HTTPReceiver({
        signingSecret: config.signingSecret!,
        // The gate below checks every request's signature (once); Bolt would check it a second time.
        signatureVerification: false,
        port: config.port ?? DEFAULT_PORT,
        endpoints: EVENTS_PATH,
        logger,
        logLevel,
        // An event left unacknowledged gets 503 (Slack retries it), not Bolt's 404 and developer hint.
        unhandledRequestTimeoutMillis: Math.max(UNHANDLED_REQUEST_MS, (config.ackBudgetMs ?? 0) + ACK_GATE_LEAD_MS),
        unhandledRequestHandler: retryLaterHandler(logger, (id) => acks.takeLogged(id)),
        customRoutes: Object.entries(opsHandlers(ops, logger)).map(([path, handler]) => ({ path, method: ['GET', 'HEAD'], handler })),
      });
  // Timestamps in the future, oversized or unreadable bodies, bodies that are not an object: refused
  // before Bolt sees them.
  if (httpReceiver) gateReceiver(httpReceiver, { signingSecret: config.signingSecret!, path: EVENTS_PATH, logger });

  const app = new EdgeApp({
    token: config.botToken,
    logger,
    logLevel,
    convoStore: false,
    clientOptions,
    // auth.test runs in start() (app.init), so a bad token or an unreachable Slack is a clear
    // start-up error instead of a rejected promise that every later event would inherit.
    deferInitialization: true,
    receiver: (socketReceiver ?? httpReceiver)!,
  });
  app.setEdgeLogger(logger);
  // Socket Mode has no receiver timeout: the same ack deadline as HTTP mode, in the app (src/slack/receiver.ts).
  if (socket) app.setAckDeadline(Math.max(ACK_DEADLINE_MS, (config.ackBudgetMs ?? 0) + ACK_GATE_LEAD_MS));
  // A single post attempt times out well inside the outbox lease: past the lease another deliverer
  // may take the item over, and only a post Slack has carried out can be found by its metadata. The
  // deliverer renews its lease before every further try (src/slack/outbox.ts), so one message's
  // delivery (waits included) may take longer than one lease: up to two leases (at most the default
  // 60 s), room for a post that got no answer, the wait for it to settle, the look and a retry.
  const leaseMs = config.outboxLeaseMs ?? 30_000;
  const postTimeoutMs = Math.max(1, Math.min(apiTimeoutMs, Math.floor(leaseMs * 0.4)));
  // Delivery waits out its 429s itself (per channel, under the caller's lease): its fetch never does.
  const postClientFetch = apiFetch(postTimeoutMs, true);
  const postClient = makeDeliveryClient(config.botToken, { ...clientOptions, fetch: postClientFetch, logger, logLevel });

  const quota = { limit: config.probeLimit?.limit ?? 5, windowMs: config.probeLimit?.windowMs ?? 10 * 60 * 1000 };
  const limiter = { take: (user: string) => store.quotas.take(user, quota.limit, quota.windowMs), giveBack: (user: string, at: number) => store.quotas.giveBack(user, at) };
  const queue = new KeyedQueue();
  const engine = config.engine ?? step;
  const probe = instrumentProbe(config.probe === undefined ? probeServiceFromEnv(config.env ?? process.env, store.probes, logger) : config.probe, metrics);
  const service = new ConversationService({ store, engine, logger, queue });
  const meta = config.meta ?? metaStoreFor(store);
  // Replies are posted with a JSON body through the post client's fetch (src/slack/webjson.ts).
  const postJson = jsonApiCall(postClientFetch, postClient.slackApiUrl, config.botToken);
  // Every post (outbox replies, notices, probe and fleet posts, Share) looks for a post that got no
  // answer only once it has had as long again as its own time limit to land, and within the same
  // budget: one post per message, in at most the budget plus the last try (a look and a post), its
  // settle wait and the last look.
  const delivery = new Delivery(() => postClient, logger, { budgetMs: Math.min(DEFAULT_DELIVERY.budgetMs, leaseMs * 2), settleMs: postTimeoutMs, ...config.delivery }, metrics, rateLimits, postJson);
  const unregister = registerDelivery(config.botToken, postClient.slackApiUrl, delivery);
  const outbox = new OutboxDelivery(store.outbox, delivery, () => app.client, logger, {
    leaseMs: config.outboxLeaseMs,
    giveUpMs: config.outboxGiveUpMs,
    // An answer card, once posted, is edited in place: remember where it is.
    onPosted: (item, ts) => recordCardPosted(meta, logger, item, ts),
  });
  const acks = new AckGate(logger, config.ackBudgetMs);
  acks.install(app);
  const sealer = new Sealer(config.signingSecret ?? config.botToken);
  const fleet = new FleetJobs({
    max: fleetMaxFromEnv(config.env ?? process.env),
    limiter: { take: (user: string) => store.quotas.take(user, config.fleetLimit?.limit ?? 3, quota.windowMs), giveBack: (user: string, at: number) => store.quotas.giveBack(user, at) },
    progressEveryMs: config.fleetLimit?.progressEveryMs,
    store: config.fleetJobs ?? fleetJobStoreFor(store),
    leaseMs: config.fleetLimit?.leaseMs,
    heartbeatMs: config.fleetLimit?.heartbeatMs,
    // A run waiting for another run's summary post gives it this post time limit and as long to settle.
    postTimeoutMs,
  });
  // Card edits (chat.update) go as JSON too, through the app client's fetch (its 429 waits per channel, metrics, time limit).
  const edit = jsonEdit(jsonApiCall(clientOptions.fetch, postClient.slackApiUrl, config.botToken));
  const deps: AppDeps = { service, store, logger, probe, limiter, outbox, acks, sealer, meta, fleet, metrics, locales: new UserLocales(logger), edit };

  registerListeners(app, deps);

  app.error(async (error) => {
    // Never crash on a listener error: log it with what Bolt knows.
    const e = error as Error & { code?: string; original?: unknown };
    // A listener's ack after the Socket Mode ack deadline answered for it: logged once already (warn).
    if (e.original instanceof AckTooLate || e instanceof AckTooLate) return logger.debug('listener stopped: its ack came after the ack deadline', { code: e.code });
    logger.error('unhandled listener error', { code: e.code }, e.original instanceof Error ? e.original : e);
  });

  let opsServer: { server: import('node:http').Server; port: number } | undefined;
  let timer: NodeJS.Timeout | undefined;
  let sweeper: NodeJS.Timeout | undefined;
  let fleetSweeper: NodeJS.Timeout | undefined;
  const purge = async () => {
    try {
      const n = await store.purge(quota.windowMs);
      await meta.purge(Date.now() - CONVERSATION_TTL_MS);
      await fleet.store.purge(Date.now() - FLEET_JOB_TTL_MS);
      if (n.conversations || n.events || n.outbox) logger.info('purged expired state', { ...n });
    } catch (error) {
      logger.error('purge failed', error);
    }
  };

  const bot: SlackBot = {
    app,
    mode: socket ? 'socket' : 'http',
    deps,
    async start() {
      try {
        await app.init();
      } catch (error) {
        const e = error as Error & { original?: unknown; code?: string };
        const why = e.original ? errorCode(e.original) : errorCode(e);
        if (e.code === 'slack_webapi_request_error' || e.code === 'slack_webapi_http_error') {
          throw new Error(`could not reach the Slack Web API at ${clientOptions.slackApiUrl ?? 'https://slack.com/api/'} (auth.test: ${why}).`, { cause: error });
        }
        // A token Slack refuses is a settings error (exit 2 in `tms-doctor start`); other refusals are not.
        throw Object.assign(new Error(`Slack did not accept the bot token (auth.test: ${why}).`, { cause: error }), { settings: TOKEN_REFUSED.has(why) });
      }
      // A stop (a signal) during start-up: start nothing more.
      if (ops.stopping) throw new StoppedDuringStart();
      ops.slackReady = true;
      await purge();
      timer = setInterval(() => void purge(), config.purgeIntervalMs ?? 60 * 60 * 1000);
      timer.unref();
      // Replies a crash left undelivered go out now; later sweeps pick up what a replica that
      // died holding a lease left behind.
      void outbox.sweep(0);
      sweeper = setInterval(() => void outbox.sweep(), config.outboxSweepMs ?? 10_000);
      sweeper.unref();
      // Fleet jobs whose replica died or stopped (no heartbeat within the lease): resumed here when
      // they can be (src/slack/fleet/job.ts), else their users are told.
      const sweepFleet = () => void fleet.sweep(app.client, logger, (_job, outcome, reason) => metrics.fleetJob(outcome, reason), deps);
      // SQLite: jobs a previous run of this process left running are its to resume now (PostgreSQL: leases decide).
      await fleet.store.takeOver().catch((error: unknown) => logger.warn('fleet job take-over failed', { reason: errorCode(error) }));
      sweepFleet();
      fleetSweeper = setInterval(sweepFleet, config.fleetLimit?.sweepMs ?? 15_000);
      fleetSweeper.unref();
      let metricsPort: number | undefined;
      if (ops.stopping) throw new StoppedDuringStart();
      if (config.metricsPort !== undefined) {
        try {
          opsServer = await startOpsServer(ops, logger, config.metricsPort, config.metricsHost);
        } catch (error) {
          throw new Error(`the operations port (METRICS_PORT=${config.metricsPort}: /healthz, /readyz, /metrics) cannot listen: ${String((error as Error)?.message ?? error).split("\n")[0]}`, { cause: error });
        }
        metricsPort = opsServer.port;
      }
      if (socket) {
        // Socket Mode keeps retrying some refusals of the app-level token for ever: stop at the first.
        const refused = new Promise<string>((resolve) => (appTokenRefused = resolve));
        const why = await Promise.race([
          app.start().then(
            () => null,
            (error: unknown) => {
              if (ops.appTokenRefused) return ops.appTokenRefused;
              throw error;
            },
          ),
          refused,
        ]);
        appTokenRefused = undefined;
        if (why === null && !ops.stopping) socketStarted = true;
        if (why !== null) {
          await bot.stop().catch(() => undefined); // no more retries, timers or side server
          throw Object.assign(new Error(`Slack did not accept the app-level token (apps.connections.open: ${why}).`), { settings: true });
        }
        if (ops.stopping) throw new StoppedDuringStart();
        logger.info('connected to Slack (Socket Mode)');
        return { port: null, metricsPort };
      }
      const listen = config.host ? { port: config.port ?? DEFAULT_PORT, host: config.host } : config.port ?? DEFAULT_PORT;
      let server: import('node:http').Server;
      try {
        server = await app.start(listen as never);
      } catch (error) {
        throw new Error(`the Slack request port (PORT=${config.port ?? DEFAULT_PORT}: ${EVENTS_PATH}) cannot listen: ${String((error as Error)?.message ?? error).split("\n")[0]}`, { cause: error });
      }
      const addr = server.address() as AddressInfo | null;
      const port = addr && typeof addr === 'object' ? addr.port : null;
      logger.info('listening for Slack requests', { port, path: EVENTS_PATH, ops: Object.keys(opsHandlers(ops, logger)) });
      return { port, metricsPort };
    },
    async stop() {
      // The grace period starts now, at the signal: closing the receiver (HTTP mode waits there
      // for the event requests still open, up to Bolt's 3 s), the turns in flight, fleet jobs and
      // the outbox all share it, so the whole shutdown stays within it (plus the store's close).
      const grace = config.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
      const graceOver = new Promise<false>((r) => setTimeout(() => r(false), grace).unref());
      // Not ready from now on (a load balancer stops sending); no new events are taken once the
      // receiver stops; turns in flight finish (bounded), then the side server closes.
      ops.stopping = true;
      if (appTokenExit) clearTimeout(appTokenExit);
      appTokenExit = undefined;
      if (socketClosedExit) clearTimeout(socketClosedExit);
      socketClosedExit = undefined;
      for (const wake of [...pauses]) wake();
      if (timer) clearInterval(timer);
      if (sweeper) clearInterval(sweeper);
      if (fleetSweeper) clearInterval(fleetSweeper);
      // Socket Mode: app.stop() returns before the close handshake ends; wait for it (bounded).
      const closed = socketReceiver
        ? new Promise<void>((resolve) => {
            const t = setTimeout(resolve, 2000);
            t.unref();
            socketReceiver.client.once('disconnected', () => {
              clearTimeout(t);
              resolve();
            });
          })
        : Promise.resolve();
      const receiverStopped = (async () => {
        try {
          await app.stop();
          await closed;
          return true;
        } catch (error) {
          logger.debug('app.stop', error);
          return true;
        }
      })();
      // The receiver's close is bounded on its own too (a Socket Mode peer that never completes the
      // close): past it the shutdown goes on, within the grace that started at the signal.
      const receiverMs = config.receiverStopMs ?? 5000;
      const receiverDone = Promise.race([receiverStopped, new Promise<boolean>((r) => setTimeout(() => r(false), receiverMs).unref())]).then((ok) => {
        if (!ok) logger.warn('the Slack connection did not close in time; going on with the shutdown', { waitedMs: receiverMs });
      });
      // Fleet jobs start no new target and hand themselves over to be resumed (src/slack/fleet/job.ts).
      const drained = receiverDone.then(() => Promise.all([queue.idle(), outbox.idle(), fleet.stop()])).then(() => true as const);
      const finished = await Promise.race([drained, graceOver]);
      if (!finished) {
        // Turns still retrying try no more: each logs one line (abandoned, not stored: Slack retries
        // its event); a turn already stored keeps its replies in the outbox for the next start.
        service.abandon();
        logger.warn('stopped with turns still in flight: replies already stored stay in the outbox for the next start', { graceMs: grace });
      }
      unregister();
      if (opsServer) {
        const srv = opsServer.server;
        srv.closeAllConnections();
        await new Promise<void>((r) => srv.close(() => r()));
        opsServer = undefined;
      }
    },
    idle: async () => {
      await queue.idle();
      await outbox.idle();
    },
    fatal,
  };
  return bot;
}
