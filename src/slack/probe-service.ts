/**
 * The probe as the Slack app sees it: run one target under the environment's policy
 * (PROBE_ALLOW / PROBE_PORTS), and record every attempt (result or refusal) in the probe log.
 */
import type { Logger } from '@slack/logger';
import { checkTarget, policyFromEnv, runProbe, type CheckedTarget, type CheckResult, type ProbePolicy, type Resolver } from '../probe';
import { runFleet, type FleetItem, type FleetSummary } from '../probe/fleet';
import type { TargetEntry } from '../probe/targets';
import { checkWithoutLookup, type RefusalKind } from '../probe/policy';
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

/** How long the policy check may wait for a name to resolve: it runs before Slack's 3 s ack. */
export const CHECK_RESOLVE_MS = 2000;

export interface ProbeService {
  /** Probe a target; `checked`: as `check` allowed it (probed as it is, its name not resolved again). */
  run(target: string, checked?: CheckedTarget): Promise<ProbeOutcome>;
  /**
   * The whole policy check, a name's lookup included, without sending anything to the target:
   * what it refuses is refused before a "Probing…" is shown. Optional (precheck is the fallback).
   */
  check?(target: string): Promise<CheckResult>;
  /** What the policy refuses without resolving a name (malformed, port, a literal address, a name not allowed); null = go on. Optional. */
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
  /** Name resolution (default: the system resolver). */
  resolve?: Resolver;
}

/** The real probe; throws (a one-line message) when PROBE_ALLOW / PROBE_PORTS are malformed. */
export function probeServiceFromEnv(env: NodeJS.ProcessEnv, log: ProbeLogPort, logger: Logger, opts: ProbeServiceOptions = {}): ProbeService {
  const policy = opts.policy ?? policyFromEnv(env);
  const timeoutMs = opts.timeoutMs ?? 3000;
  const deadlineMs = opts.deadlineMs ?? 20000;
  return {
    run: (target, checked) => runProbe(target, { policy, timeoutMs, deadlineMs, resolve: opts.resolve, checked }),
    check: (target) => checkTarget(target, policy, opts.resolve, { resolveTimeoutMs: CHECK_RESOLVE_MS }),
    precheck: (target) => {
      const t = checkWithoutLookup(target, policy);
      return t.ok === false ? { kind: t.kind, reason: t.reason } : null;
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
