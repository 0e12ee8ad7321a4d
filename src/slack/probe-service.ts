/**
 * The probe as the Slack app sees it: run one target under the environment's policy, and record
 * every attempt (result or refusal) in the probe log. Built from src/probe (the probe helper's
 * module) unless a test passes its own.
 */
import type { Logger } from '@slack/logger';
import type { ProbeResult } from '../probe/types';
import type { Db } from '../store/db';

export type ProbeOutcome = { ok: true; result: ProbeResult } | { ok: false; reason: string };

export interface ProbeRecord {
  who: string;
  surface: string;
  target: string;
  result: ProbeResult | null;
  /** Why the probe was refused (policy, rate limit, bad input); null when it ran. */
  refused: string | null;
}

export interface ProbeService {
  run(target: string): Promise<ProbeOutcome>;
  record(entry: ProbeRecord): void;
}

interface ProbeModule {
  policyFromEnv(env: NodeJS.ProcessEnv, extraAllow?: string[]): unknown;
  runProbe(input: string, opts: { policy: unknown; timeoutMs?: number; deadlineMs?: number }): Promise<ProbeOutcome>;
}
interface ProbeLogModule {
  recordProbe(db: Db, entry: ProbeRecord): void;
}

function tryRequire<T>(id: string): T | null {
  try {
    return require(id) as T;
  } catch (err) {
    if ((err as { code?: string }).code === 'MODULE_NOT_FOUND' && String((err as Error).message).includes(id.replace(/^\.\.\//, ''))) return null;
    throw err;
  }
}

/**
 * The real probe with the policy from PROBE_ALLOW / PROBE_PORTS. Null when the probe module is
 * not part of this build.
 */
export function probeServiceFromEnv(env: NodeJS.ProcessEnv, db: Db, logger: Logger, opts: { timeoutMs?: number; deadlineMs?: number } = {}): ProbeService | null {
  const mod = tryRequire<ProbeModule>('../probe/index');
  if (!mod || typeof mod.runProbe !== 'function') return null;
  const log = tryRequire<ProbeLogModule>('../store/probe-log');
  const policy = mod.policyFromEnv(env);
  return {
    run: (target) => mod.runProbe(target, { policy, ...opts }),
    record: (entry) => {
      if (!log) return;
      try {
        log.recordProbe(db, entry);
      } catch (error) {
        logger.error('probe log write failed', { target: entry.target, who: entry.who }, error);
      }
    },
  };
}
