/**
 * The probe as the Slack app sees it: run one target under the environment's policy
 * (PROBE_ALLOW / PROBE_PORTS), and record every attempt (result or refusal) in the probe log.
 */
import type { Logger } from '@slack/logger';
import { policyFromEnv, runProbe, type ProbePolicy } from '../probe';
import { runFleet, type FleetItem, type FleetSummary } from '../probe/fleet';
import type { TargetEntry } from '../probe/targets';
import { addressRefusal, parseTarget, type RefusalKind } from '../probe/policy';
import type { ProbeResult } from '../probe/types';
import type { ProbeLogPort } from '../store/port';

export type ProbeOutcome = { ok: true; result: ProbeResult } | { ok: false; kind?: RefusalKind; reason: string };

export interface ProbeRecord {
  who: string;
  surface: string;
  target: string;
  result: ProbeResult | null;
  /** Why the probe was refused (policy, rate limit, bad input); null when it ran. */
  refused: string | null;
}

export interface FleetHooks {
  onResult: (item: FleetItem) => void | Promise<void>;
  onProgress?: (done: number) => void;
  /** Stops the job: no target starts after it (a shutdown). */
  signal?: AbortSignal;
}

export interface ProbeService {
  run(target: string): Promise<ProbeOutcome>;
  /** What the policy refuses without resolving a name (malformed, port, a literal address); null = go on. Optional. */
  precheck?(target: string): { kind: RefusalKind; reason: string } | null;
  /** Many targets under the same policy and timeouts as `run` (absent: no fleet probes). */
  fleet?(entries: AsyncIterable<TargetEntry>, hooks: FleetHooks): Promise<FleetSummary>;
  record(entry: ProbeRecord): void;
}

export interface ProbeServiceOptions {
  policy?: ProbePolicy;
  timeoutMs?: number;
  deadlineMs?: number;
  /** Fleet jobs: targets probed at once (default 32) and the whole job's deadline (default 10 min). */
  fleetConcurrency?: number;
  fleetDeadlineMs?: number;
}

/** The real probe; throws (a one-line message) when PROBE_ALLOW / PROBE_PORTS are malformed. */
export function probeServiceFromEnv(env: NodeJS.ProcessEnv, log: ProbeLogPort, logger: Logger, opts: ProbeServiceOptions = {}): ProbeService {
  const policy = opts.policy ?? policyFromEnv(env);
  const timeoutMs = opts.timeoutMs ?? 3000;
  const deadlineMs = opts.deadlineMs ?? 20000;
  return {
    run: (target) => runProbe(target, { policy, timeoutMs, deadlineMs }),
    precheck: (target) => {
      const t = parseTarget(target);
      if ('error' in t) return { kind: 'malformed', reason: t.error };
      if (!policy.ports.includes(t.port)) return { kind: 'port', reason: `Port ${t.port} is not one the probe may use.` };
      const refused = t.literal ? addressRefusal(t.literal, policy) : null;
      return refused ? { kind: 'address', reason: refused } : null;
    },
    fleet: (entries, hooks) =>
      runFleet(entries, {
        policy,
        timeoutMs,
        probeDeadlineMs: deadlineMs,
        concurrency: opts.fleetConcurrency,
        jobDeadlineMs: opts.fleetDeadlineMs ?? 10 * 60 * 1000,
        onResult: hooks.onResult,
        onProgress: hooks.onProgress,
        signal: hooks.signal,
      }),
    // The audit log must not hold up an answer: written in the background, failures logged.
    record: (entry) => {
      log.record(entry).catch((error: unknown) => logger.error('probe log write failed', { target: entry.target, who: entry.who }, error));
    },
  };
}
