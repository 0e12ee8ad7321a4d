/**
 * Prometheus metrics of one app (its own registry, so several apps in one process never mix):
 * turns by surface and outcome, turn latency, Web API calls by method and code, delivery retries,
 * probes by verdict and refusal kind, fleet jobs, store latency, and the default process metrics.
 * Labels are small fixed sets (a Slack error code, a method name), never free text.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RefusalKind } from '../probe/policy';
import type { ProbeResult } from '../probe/types';
import type { Store } from '../store/port';
import type { DeliveryObserver } from './delivery';
import type { ProbeService } from './probe-service';

export type TurnSurface = 'thread' | 'dm' | 'ephemeral';

/** Web API method names as labels: `chat.postMessage`; anything else is 'other'. */
const METHOD = /^[a-z]+(\.[a-zA-Z]+){1,2}$/;
/** Slack error codes as labels: `not_in_channel`; anything else is 'other'. */
const CODE = /^[a-z0-9_]{1,40}$/;

export class Metrics implements DeliveryObserver {
  readonly registry = new Registry();
  private readonly turns: Counter<'surface' | 'outcome'>;
  private readonly turnSeconds: Histogram<'surface'>;
  private readonly apiCalls: Counter<'method' | 'code'>;
  private readonly apiErrors: Counter<'method' | 'code'>;
  private readonly retries: Counter<'method' | 'reason'>;
  private readonly probes: Counter<'verdict' | 'refusal'>;
  private readonly fleetJobs: Counter<'outcome'>;
  private readonly storeSeconds: Histogram<'op' | 'outcome'>;

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
    this.apiCalls = new Counter({ name: 'tms_doctor_slack_api_calls_total', help: 'Slack Web API calls by method and result code (ok, a Slack error code, http_<status>, network).', labelNames: ['method', 'code'], registers });
    this.apiErrors = new Counter({ name: 'tms_doctor_slack_api_errors_total', help: 'Slack Web API calls that failed, by method and code.', labelNames: ['method', 'code'], registers });
    this.retries = new Counter({ name: 'tms_doctor_slack_retries_total', help: 'Posts tried again, by method and reason (rate_limited, slack_unavailable, …).', labelNames: ['method', 'reason'], registers });
    this.probes = new Counter({ name: 'tms_doctor_probes_total', help: 'Endpoint probes by verdict and refusal kind.', labelNames: ['verdict', 'refusal'], registers });
    this.fleetJobs = new Counter({ name: 'tms_doctor_fleet_jobs_total', help: 'Fleet probe jobs by outcome.', labelNames: ['outcome'], registers });
    this.storeSeconds = new Histogram({
      name: 'tms_doctor_store_seconds',
      help: 'Store (database) operation latency by operation and outcome.',
      labelNames: ['op', 'outcome'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    if (opts.processMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'tms_doctor_' });
  }

  turn(surface: TurnSurface, outcome: string, ms: number): void {
    this.turns.inc({ surface, outcome });
    if (outcome === 'delivered' || outcome === 'failed') this.turnSeconds.observe({ surface }, ms / 1000);
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

  fleetJob(outcome: 'done' | 'failed'): void {
    this.fleetJobs.inc({ outcome });
  }

  storeOp(op: string, ms: number, ok: boolean): void {
    this.storeSeconds.observe({ op, outcome: ok ? 'ok' : 'error' }, ms / 1000);
  }

  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  /**
   * A fetch for the Web API clients that counts every call by method and result: the HTTP status,
   * else Slack's `error` (read from a clone of the small JSON answer), else 'network'.
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
}

/** The store, with every operation of every port timed (same object shape, same behaviour). */
export function instrumentStore(store: Store, metrics: Metrics): Store {
  const time = <T>(op: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    return fn().then(
      (v) => {
        metrics.storeOp(op, performance.now() - t0, true);
        return v;
      },
      (e: unknown) => {
        metrics.storeOp(op, performance.now() - t0, false);
        throw e;
      },
    );
  };
  const wrap = <P extends object>(name: string, port: P): P =>
    new Proxy(port, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver) as unknown;
        if (typeof v !== 'function' || typeof prop !== 'string') return v;
        return (...args: unknown[]) => {
          const out = (v as (...a: unknown[]) => unknown).apply(target, args);
          return out instanceof Promise ? time(`${name}.${prop}`, () => out) : out;
        };
      },
    });
  const ports = new Map<string, object>();
  return new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (prop === 'conversations' || prop === 'outbox' || prop === 'quotas' || prop === 'probes') {
        let p = ports.get(prop);
        if (!p) ports.set(prop, (p = wrap(prop, v as object)));
        return p;
      }
      if (typeof v === 'function' && typeof prop === 'string') {
        return (...args: unknown[]) => {
          const out = (v as (...a: unknown[]) => unknown).apply(target, args);
          return out instanceof Promise ? time(prop, () => out) : out;
        };
      }
      return v;
    },
  });
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
        metrics.fleetJob('done');
        return summary;
      } catch (error) {
        metrics.fleetJob('failed');
        throw error;
      }
    },
  };
}
