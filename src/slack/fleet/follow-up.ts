/**
 * What a fleet job does once its report is out, as data: the thread's diagnosis takes the fleet's
 * counts (a turn with the fleet fact). Stored with the job's plan (src/store/fleet-jobs.ts), so a
 * job resumed by another replica or after a restart feeds the same thread, once (the turn's
 * delivery ids make a second run of it a duplicate).
 */
import type { WebClient } from '@slack/web-api';
import { fleetFactFrom } from '../../domain/fleet';
import type { Lang } from '../../domain/types';
import type { FleetSummary } from '../../probe/fleet';
import type { AppDeps } from '../deps';
import { postToThread } from '../delivery';
import { startedOverSince, threadTurn } from '../flows';
import type { ThreadTarget } from '../service';
import { fleetTexts } from './texts';

export interface FleetFollowUp {
  /** The conversation the counts join. */
  key: string;
  /** Delivery ids of the follow-up turn (a second run of it is a duplicate). */
  dedupe: string[];
  target: ThreadTarget;
  requireExisting?: boolean;
  seedFrom?: string;
  /**
   * The conversation's start-over count when the list was shared: when it has changed by the time the
   * job ends, the counts belong to a case that was started over and are not fed (absent in plans stored
   * before it existed: then fed as before).
   */
  gen?: number;
}

const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const optional = (v: unknown, max: number) => v === undefined || v === null || text(v, max);

/** A follow-up read back from the store, or null when it is not one (then the job runs without it). */
export function parseFollowUp(v: unknown): FleetFollowUp | null {
  if (!v || typeof v !== 'object') return null;
  const f = v as Record<string, unknown>;
  const t = f.target as Record<string, unknown> | undefined;
  if (!text(f.key, 400) || !Array.isArray(f.dedupe) || f.dedupe.length > 10 || !f.dedupe.every((d) => text(d, 400))) return null;
  if (!t || typeof t !== 'object' || !text(t.channel, 100) || !optional(t.threadTs, 40) || !optional(t.user, 100)) return null;
  if (!optional(f.seedFrom, 400) || (f.requireExisting !== undefined && typeof f.requireExisting !== 'boolean')) return null;
  return {
    key: f.key,
    dedupe: f.dedupe as string[],
    target: { channel: t.channel, ...(typeof t.threadTs === 'string' ? { threadTs: t.threadTs } : {}), ...(typeof t.user === 'string' ? { user: t.user } : {}) },
    ...(typeof f.requireExisting === 'boolean' ? { requireExisting: f.requireExisting } : {}),
    ...(typeof f.seedFrom === 'string' ? { seedFrom: f.seedFrom } : {}),
    ...(Number.isSafeInteger(f.gen) && (f.gen as number) >= 0 ? { gen: f.gen as number } : {}),
  };
}

/** True when the follow-up's conversation was started over since the list was shared (its counts are not fed). */
export async function followUpStartedOver(deps: AppDeps, f: FleetFollowUp | undefined): Promise<boolean> {
  if (!f || f.gen === undefined) return false;
  return (await startedOverSince(deps, f.key, f.gen)) !== null;
}

/**
 * The thread's diagnosis takes the fleet's counts (in the job's thread when the list had none). A start
 * over that lands after the summary was posted is still caught in the turn's order: then the counts are
 * not fed and the thread is told in one line. That line is looked for in the thread before it is
 * posted (by its delivery id, back to `since`, the job's start): a replica that takes the job over
 * after its first owner posted the line but died before recording the job's end says it once.
 */
export async function runFollowUp(deps: AppDeps, client: WebClient, f: FleetFollowUp, summary: FleetSummary, lang: Lang, threadTs: string | null, since?: number): Promise<void> {
  const target = { ...f.target, threadTs: f.target.threadTs ?? threadTs ?? undefined };
  await threadTurn(deps, client, {
    key: f.key,
    message: { kind: 'fleet', fleet: fleetFactFrom(summary) },
    dedupe: f.dedupe,
    target,
    langHint: lang,
    requireExisting: f.requireExisting,
    seedFrom: f.seedFrom,
    ...(f.gen !== undefined
      ? {
          stale: {
            gen: f.gen,
            // Through the delivery path: backoff on a 429, and one delivery id for the line, looked
            // for first (an earlier owner of the job may have posted it).
            refuse: (l: Lang) =>
              postToThread(client, deps.logger, target, [{ text: fleetTexts(l).startedOver, blocks: [] }], l, {
                deliveryId: `${f.dedupe[0]}/started-over`,
                mayExist: true,
                ...(since !== undefined ? { since } : {}),
              }),
          },
        }
      : {}),
  });
}
