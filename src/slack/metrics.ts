/**
 * Prometheus metrics of one app (its own registry, so several apps in one process never mix):
 * turns by surface and outcome, turn latency, Web API calls by method and code, delivery retries,
 * probes by verdict and refusal kind, fleet jobs, store latency, and the default process metrics.
 * Labels are small fixed sets (a Slack error code, a method name), never free text.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RefusalKind } from '../probe/policy';
import type { ProbeResult } from '../probe/types';
import type { Store } from '../store/port';
import type { DeliveryObserver } from './delivery';
import type { ProbeService } from './probe-service';
import { WebApiResponse } from './webfetch';

export type TurnSurface = 'thread' | 'dm' | 'ephemeral';
/** Why a fleet job ended without a run finishing it (src/slack/fleet/job.ts). */
export type FleetEndReason = 'replica_stopped' | 'gave_up' | 'unacknowledged' | 'plan_unreadable';

/** Web API method names as labels: `chat.postMessage`; anything else is 'other'. */
const METHOD = /^[a-z]+(\.[a-zA-Z]+){1,2}$/;
/** Engine route names as labels: `still-failing`, `facts`; anything else is 'other'. */
const ROUTE = /^[a-z][a-z0-9-]{0,39}$/;
/** Slack error codes as labels: `not_in_channel`; anything else is 'other'. */
const CODE = /^[a-z0-9_]{1,40}$/;

export class Metrics implements DeliveryObserver {
  readonly registry = new Registry();
  private readonly turns: Counter<'surface' | 'outcome'>;
  private readonly turnSeconds: Histogram<'surface'>;
  private readonly routes: Counter<'route'>;
  private readonly apiCalls: Counter<'method' | 'code'>;
  private readonly apiErrors: Counter<'method' | 'code'>;
  private readonly retries: Counter<'method' | 'reason'>;
  private readonly probes: Counter<'verdict' | 'refusal'>;
  private readonly fleetJobs: Counter<'outcome' | 'reason'>;
  private readonly storeSeconds: Histogram<'op' | 'outcome'>;
  private readonly socketOpen: Gauge;
  private readonly appTokenRefused: Gauge;

  constructor(opts: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.turns = new Counter({ name: 'tms_doctor_turns_total', help: 'Conversation turns by surface and outcome (delivered, failed, duplicate, ignored).', labelNames: ['surface', 'outcome'], registers });
    this.turnSeconds = new Histogram({
      name: 'tms_doctor_turn_seconds',
      help: 'Time from a turn starting to its replies delivered (or given up).',
      labelNames: ['surface'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.routes = new Counter({
      name: 'tms_doctor_turn_routes_total',
      help: "Turns taken in by which reader of the engine answered them (facts, not-understood, still-failing, …; a button, probe or file: its kind).",
      labelNames: ['route'],
      registers,
    });
    this.apiCalls = new Counter({ name: 'tms_doctor_slack_api_calls_total', help: 'Slack Web API calls by method and result code (ok, a Slack error code, http_<status>, network).', labelNames: ['method', 'code'], registers });
    this.apiErrors = new Counter({ name: 'tms_doctor_slack_api_errors_total', help: 'Slack Web API calls that failed, by method and code.', labelNames: ['method', 'code'], registers });
    this.retries = new Counter({ name: 'tms_doctor_slack_retries_total', help: 'Second and later attempts of a Web API call (a post tried again, a call sent again after a 429), by method and the reason of the failure before it (rate_limited, slack_unavailable, …); the first attempt is not counted.', labelNames: ['method', 'reason'], registers });
    this.probes = new Counter({ name: 'tms_doctor_probes_total', help: 'Endpoint probes by verdict and refusal kind.', labelNames: ['verdict', 'refusal'], registers });
    this.fleetJobs = new Counter({
      name: 'tms_doctor_fleet_jobs_total',
      help: 'Fleet probe jobs by outcome (a run: done, failed, stopped; ended by a sweep: expired), and, for a job ended without its run finishing it, by reason (replica_stopped, gave_up, unacknowledged; plan_unreadable on failed).',
      labelNames: ['outcome', 'reason'],
      registers,
    });
    this.storeSeconds = new Histogram({
      name: 'tms_doctor_store_seconds',
      help: 'Store (database) operation latency by operation and outcome.',
      labelNames: ['op', 'outcome'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.socketOpen = new Gauge({ name: 'tms_doctor_slack_socket_open', help: 'Socket Mode: 1 while the WebSocket to Slack is open (events can arrive), 0 otherwise (connecting, retrying, closed; always 0 in HTTP mode).', registers });
    this.appTokenRefused = new Gauge({ name: 'tms_doctor_slack_app_token_refused', help: 'Socket Mode: 1 while Slack refuses the app-level token after start-up (apps.connections.open: invalid_auth, token_revoked, …; the process exits 2 once it stays refused past APP_TOKEN_REFUSED_EXIT_S), 0 otherwise.', registers });
    if (opts.processMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'tms_doctor_' });
  }

  turn(surface: TurnSurface, outcome: string, ms: number): void {
    this.turns.inc({ surface, outcome });
    if (outcome === 'delivered' || outcome === 'failed') this.turnSeconds.observe({ surface }, ms / 1000);
  }

  /** A turn taken in, by the engine's route (TurnResult.route): how often each reader answers, and how often none understood. */
  route(name: string): void {
    this.routes.inc({ route: ROUTE.test(name) ? name : 'other' });
  }

  /** Socket Mode: the WebSocket to Slack opened (true) or closed (false). */
  socket(open: boolean): void {
    this.socketOpen.set(open ? 1 : 0);
  }

  /** Socket Mode: Slack refuses the app-level token after start-up (true) or accepted it again (false). */
  appToken(refused: boolean): void {
    this.appTokenRefused.set(refused ? 1 : 0);
  }

  call(method: string, code: string): void {
    const m = METHOD.test(method) ? method : 'other';
    const c = CODE.test(code) ? code : 'other';
    this.apiCalls.inc({ method: m, code: c });
    if (c !== 'ok') this.apiErrors.inc({ method: m, code: c });
  }

  retry(method: string, reason: string): void {
    this.retries.inc({ method: METHOD.test(method) ? method : 'other', reason: CODE.test(reason) ? reason : 'other' });
  }

  probe(out: { ok: true; result: ProbeResult } | { ok: false; kind?: RefusalKind | string }): void {
    if (!out.ok) return void this.probes.inc({ verdict: 'refused', refusal: CODE.test(out.kind ?? '') ? out.kind! : 'other' });
    const r = out.result;
    const verdict = !r.reachable ? 'unreachable' : r.tms.medium ? 'medium_connects' : r.tms.mediumHigh ? 'needs_medium_high' : 'no_tms_level_connects';
    this.probes.inc({ verdict, refusal: 'none' });
  }

  /**
   * One run of a fleet job (no reason label): done, failed, or stopped (it ended early: a shutdown,
   * or its job was taken over by another replica, which then counts its own run). A job ended
   * without a run finishing it carries a reason: outcome expired (a sweep found its lease run out
   * and did not resume it) with replica_stopped (its replica stopped without finishing it; nothing
   * here could resume it), gave_up (taken over too often) or unacknowledged (its start was never
   * recorded as acknowledged, so it is never run again); outcome failed with plan_unreadable (taken
   * over, but its stored plan could not be read).
   */
  fleetJob(outcome: 'done' | 'failed' | 'stopped' | 'expired', reason?: FleetEndReason): void {
    this.fleetJobs.inc(reason ? { outcome, reason } : { outcome });
  }

  storeOp(op: string, ms: number, ok: boolean): void {
    this.storeSeconds.observe({ op, outcome: ok ? 'ok' : 'error' }, ms / 1000);
  }

  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  /**
   * A fetch for the Web API clients that counts every call by method and result: the HTTP status,
   * else Slack's `error` in the small JSON answer, else 'network'. A Web API method's answer is read
   * where the client reads it (its body is not copied); anything else the clients fetch (a
   * response_url, an upload URL) is counted from a clone, since its caller may never read it.
   */
  fetch(inner: typeof fetch = globalThis.fetch): typeof fetch {
    return (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const method = url.slice(url.lastIndexOf('/') + 1).split('?')[0] ?? 'other';
      let res: Response;
      try {
        res = await inner(input, init);
      } catch (error) {
        this.call(method, (error as Error)?.name === 'TimeoutError' ? 'timeout' : 'network');
        throw error;
      }
      if (res.status !== 200) {
        this.call(method, res.status === 429 ? 'ratelimited' : `http_${res.status}`);
        return res;
      }
      if (METHOD.test(method)) {
        // Our own transport's answer (src/slack/webfetch.ts) tells its reader itself.
        if (res instanceof WebApiResponse) {
          res.onRead = (text) => this.call(method, text === null ? 'ok' : resultCode(text));
          return res as unknown as Response;
        }
        return this.countedOnRead(res, method);
      }
      res
        .clone()
        .json()
        .then(
          (b: unknown) => {
            const body = b as { ok?: boolean; error?: string } | null;
            this.call(method, body?.ok === false ? String(body.error ?? 'error') : 'ok');
          },
          () => this.call(method, 'ok'),
        );
      return res;
    }) as typeof fetch;
  }

  /** `res`, counted once when its body is read (text, json or arrayBuffer: the Web API client reads every answer). */
  private countedOnRead(res: Response, method: string): Response {
    let counted = false;
    const count = (text: string | null) => {
      if (counted) return;
      counted = true;
      this.call(method, text === null ? 'ok' : resultCode(text));
    };
    const text = res.text.bind(res);
    const arrayBuffer = res.arrayBuffer.bind(res);
    Object.defineProperties(res, {
      text: {
        value: async () => {
          const t = await text();
          count(t);
          return t;
        },
      },
      json: {
        value: async () => {
          const t = await text();
          count(t);
          return JSON.parse(t) as unknown;
        },
      },
      arrayBuffer: {
        value: async () => {
          const b = await arrayBuffer();
          count(b.byteLength <= 65536 ? new TextDecoder().decode(b) : null);
          return b;
        },
      },
    });
    return res;
  }
}

/** A Web API answer's result: 'ok', else its `error` (`{"ok":false,"error":"not_in_channel"}`). */
export function resultCode(text: string): string {
  if (/^\s*\{\s*"ok"\s*:\s*true\b/.test(text)) return 'ok';
  try {
    const body = JSON.parse(text) as { ok?: boolean; error?: unknown } | null;
    return body?.ok === false ? String(body.error ?? 'error') : 'ok';
  } catch {
    return 'ok';
  }
}

/**
 * The store, with every operation of every port timed (same object shape, same behaviour: a method
 * is looked up on the store at each access, so one replaced later is the one called and timed).
 * The timed wrapper of a method is made once, not per call.
 */
export function instrumentStore(store: Store, metrics: Metrics): Store {
  const timed = (op: string, out: unknown): unknown => {
    if (!(out instanceof Promise)) return out;
    const t0 = performance.now();
    return out.then(
      (v: unknown) => {
        metrics.storeOp(op, performance.now() - t0, true);
        return v;
      },
      (e: unknown) => {
        metrics.storeOp(op, performance.now() - t0, false);
        throw e;
      },
    );
  };
  /** A Proxy over `target` whose methods are timed as `${prefix}${name}`; `ports` are wrapped the same way. */
  const wrap = <P extends object>(target: P, prefix: string, ports: readonly string[] = []): P => {
    const made = new Map<string | symbol, { fn: unknown; wrapped: unknown }>();
    return new Proxy(target, {
      get(t, prop, receiver) {
        const v = Reflect.get(t, prop, receiver) as unknown;
        const hit = made.get(prop);
        if (hit && hit.fn === v) return hit.wrapped;
        let wrapped: unknown;
        if (typeof prop === 'string' && ports.includes(prop) && typeof v === 'object' && v !== null) wrapped = wrap(v, `${prop}.`);
        else if (typeof v === 'function' && typeof prop === 'string') {
          const op = `${prefix}${prop}`;
          wrapped = (...args: unknown[]) => timed(op, (v as (...a: unknown[]) => unknown).apply(t, args));
        } else return v;
        made.set(prop, { fn: v, wrapped });
        return wrapped;
      },
    });
  };
  return wrap(store, '', ['conversations', 'outbox', 'quotas', 'probes']);
}

/** The probe service, counting fleet jobs (probes are counted where their outcome is known). */
export function instrumentProbe(probe: ProbeService | null, metrics: Metrics): ProbeService | null {
  if (!probe?.fleet) return probe;
  const fleet = probe.fleet.bind(probe);
  return {
    ...probe,
    run: probe.run.bind(probe),
    record: probe.record.bind(probe),
    fleet: async (entries, hooks) => {
      try {
        const summary = await fleet(entries, hooks);
        metrics.fleetJob(hooks.signal?.aborted ? 'stopped' : 'done');
        return summary;
      } catch (error) {
        metrics.fleetJob('failed');
        throw error;
      }
    },
  };
}
