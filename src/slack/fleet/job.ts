/**
 * A fleet probe started from Slack (several targets in /tls-probe, or a target list file shared in
 * a thread): limits (targets per job, one running job per user, a per-user rate), a progress
 * message updated in place (throttled chat.update), then the summary card and the full CSV report
 * (files.uploadV2) in the thread. Every target, probed or refused, goes to the probe log.
 *
 * "One running job per user" and each job's progress live in the store (src/store/fleet-jobs.ts),
 * so they hold across replicas and restarts: a job is claimed there, kept alive by a heartbeat
 * while it runs, and ended when its report is out. A job whose replica died stops beating; once
 * its lease runs out its user is free again, and `sweep` (any replica) tells them it was cut short.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { WebClient } from '@slack/web-api';
import type { Lang } from '../../domain/types';
import type { FleetItem, FleetSummary } from '../../probe/fleet';
import { csvHeaderLine, csvRow } from '../../probe/fleet-report';
import { readTargets, type TargetEntry } from '../../probe/targets';
import type { RateDecision } from '../../store/port';
import { MemoryFleetJobStore, type FleetJob, type FleetJobStore } from '../../store/fleet-jobs';
import type { Logger } from '@slack/logger';
import type { AppDeps } from '../deps';
import type { SlackMessage } from '../blockkit';
import { errorCode } from '../service';
import { fleetCard } from './card';
import { fleetTexts } from './texts';
import { slackRefusal } from '../refusal';
import type { RefusalKind } from '../../probe/policy';

const POLICY_KINDS = new Set<string>(['malformed', 'port', 'address', 'resolve', 'error']);

export const DEFAULT_FLEET_MAX = 1000;
/** The most bytes of list text a job reads (a 1,000-row asset export is far below it). */
export const MAX_LIST_BYTES = 2 * 1024 * 1024;

export interface FleetJobsOptions {
  /** Targets per job (PROBE_FLEET_MAX, default 1,000). */
  max?: number;
  /** Per-user rate of fleet jobs (keyed "fleet:<user>"); null = none. */
  limiter?: { take(key: string): Promise<RateDecision> | RateDecision } | null;
  /** Least time between two progress updates (ms). */
  progressEveryMs?: number;
  now?: () => number;
  /** Where running jobs are kept (shared by every replica); default: this process's memory. */
  store?: FleetJobStore;
  /** How long a job holds its user without a heartbeat (ms, default 60 s). */
  leaseMs?: number;
  /** How often a running job renews its lease and records its progress (ms, default leaseMs / 4). */
  heartbeatMs?: number;
  /** This replica's name in the store (default: a random id). */
  owner?: string;
}

/** Reads PROBE_FLEET_MAX; a missing or bad value gives the default. */
export function fleetMaxFromEnv(env: NodeJS.ProcessEnv): number {
  const v = env.PROBE_FLEET_MAX?.trim();
  if (!v || !/^\d{1,7}$/.test(v) || Number(v) < 1) return DEFAULT_FLEET_MAX;
  return Number(v);
}

export interface FleetRequest {
  who: string;
  channel: string;
  /** The thread to answer in; without one, the progress message starts a thread. */
  threadTs?: string;
  lang: Lang;
  surface: 'slash' | 'file';
  /** The list: targets separated by spaces, commas or lines, or a file's text (plain or CSV). */
  text: string;
  /** A delivery id (a file share's event): the same one twice starts one job. */
  dedupe?: string;
  /** When the bot cannot post in the channel: deliver the summary card another way (e.g. response_url). */
  fallback?: (message: SlackMessage) => Promise<unknown>;
  /** Called once the job is done (e.g. to feed the summary into the thread's diagnosis). */
  onDone?: (summary: FleetSummary, where: { channel: string; threadTs: string | null }) => Promise<void> | void;
}

export type FleetStart = { ok: true; count: number; done: Promise<FleetSummary | null> } | { ok: false; message: string };

/** Several targets typed in one command ("10.0.0.1 10.0.0.2, codec:8443") as a plain list. */
export function listFromWords(text: string): string {
  return text
    .normalize('NFKC')
    .split(/[\s,;]+/)
    .map((w) => {
      const m = /^<([^|>]+)(?:\|([^>]+))?>$/.exec(w);
      return (m ? m[2] ?? m[1] : w).replace(/^https?:\/\//i, '').replace(/\/.*$/, '');
    })
    .filter((w) => w.length > 0)
    .join('\n');
}

async function collect(text: string, max: number): Promise<TargetEntry[] | { tooMany: number }> {
  const out: TargetEntry[] = [];
  let n = 0;
  for await (const e of readTargets(Readable.from([text]))) {
    n++;
    if (n <= max) out.push(e);
  }
  return n > max ? { tooMany: n } : out;
}

export class FleetJobs {
  /** Jobs in flight: stop() aborts them (a shutdown) and waits for their reports. */
  private readonly jobs = new Set<{ ac: AbortController; done: Promise<unknown> }>();
  readonly max: number;
  readonly store: FleetJobStore;
  readonly owner: string;
  private readonly leaseMs: number;
  private readonly heartbeatMs: number;
  private readonly limiter: { take(key: string): Promise<RateDecision> | RateDecision } | null;
  private readonly progressEveryMs: number;
  private readonly now: () => number;

  constructor(opts: FleetJobsOptions = {}) {
    this.max = opts.max ?? DEFAULT_FLEET_MAX;
    this.limiter = opts.limiter ?? null;
    this.progressEveryMs = opts.progressEveryMs ?? 3000;
    this.now = opts.now ?? Date.now;
    this.store = opts.store ?? new MemoryFleetJobStore();
    this.owner = opts.owner ?? `fleet:${randomUUID()}`;
    this.leaseMs = Math.max(50, opts.leaseMs ?? 60_000);
    this.heartbeatMs = Math.max(10, Math.min(opts.heartbeatMs ?? Math.floor(this.leaseMs / 4), Math.floor(this.leaseMs / 2)));
  }

  /** Does this user have a live job (on any replica)? */
  async isRunning(who: string): Promise<boolean> {
    return (await this.store.runningFor(who)) !== null;
  }

  /**
   * Jobs whose replica died (no heartbeat within the lease): marked expired in the store and their
   * users told, each once whichever replica sweeps. Never throws.
   */
  async sweep(client: WebClient, logger: Logger, onExpired?: (job: FleetJob) => void): Promise<number> {
    let lost: FleetJob[];
    try {
      lost = await this.store.reap();
    } catch (error) {
      logger.warn('fleet job sweep failed', { reason: errorCode(error) });
      return 0;
    }
    for (const job of lost) {
      const text = fleetTexts(job.lang).interrupted(job.done, job.total);
      logger.warn('fleet job expired (its replica stopped without finishing it)', { who: job.who, job: job.id, done: job.done, total: job.total });
      onExpired?.(job);
      try {
        if (job.progressTs) await client.chat.update({ channel: job.channel, ts: job.progressTs, text });
        else await client.chat.postMessage({ channel: job.channel, ...(job.threadTs ? { thread_ts: job.threadTs } : {}), text });
      } catch (error) {
        logger.warn('fleet interruption notice failed', { channel: job.channel, reason: errorCode(error) });
      }
    }
    return lost.length;
  }

  /** Checks the limits and starts the job; the answer says at once whether it started. */
  async start(deps: AppDeps, client: WebClient, req: FleetRequest): Promise<FleetStart> {
    const tx = fleetTexts(req.lang);
    const probe = deps.probe;
    if (!probe?.fleet) return { ok: false, message: tx.unavailable };
    const refuse = (why: string, message: string): FleetStart => {
      probe.record({ who: req.who, surface: `fleet-${req.surface}`, target: '(target list)', result: null, refused: why });
      return { ok: false, message };
    };
    const text = req.text.length > MAX_LIST_BYTES ? null : req.text;
    if (text === null) return refuse('list too large', tx.tooMany(Math.round(req.text.length / 20), this.max));
    const entries = await collect(text, this.max);
    if ('tooMany' in entries) return refuse(`too many targets (${entries.tooMany})`, tx.tooMany(entries.tooMany, this.max));
    if (entries.length === 0) return { ok: false, message: tx.empty };
    // The user's one running job, claimed in the store (atomic across replicas); a redelivered
    // file share (same delivery id) starts nothing.
    const id = `job:${randomUUID()}`;
    let claim;
    try {
      claim = await this.store.claim({ id, who: req.who, owner: this.owner, surface: req.surface, lang: req.lang, channel: req.channel, threadTs: req.threadTs ?? null, total: entries.length, dedupe: req.dedupe ?? null, leaseMs: this.leaseMs });
    } catch (error) {
      deps.logger.error('fleet job claim failed', { who: req.who }, error);
      return refuse('job store unavailable', tx.quotaUnavailable);
    }
    if (claim.status === 'duplicate') return { ok: true, count: 0, done: Promise.resolve(null) };
    if (claim.status === 'busy') return refuse('a fleet job is already running', tx.busy(claim.running.done, claim.running.total));
    const unclaim = () => this.store.release(id, this.owner).catch((error: unknown) => deps.logger.warn('fleet job release failed', { reason: errorCode(error) }));
    if (this.limiter) {
      let d;
      try {
        d = await this.limiter.take(`fleet:${req.who}`);
      } catch (error) {
        deps.logger.error('fleet rate limit check failed', { who: req.who }, error);
        await unclaim();
        return refuse('rate limit unavailable', tx.quotaUnavailable);
      }
      if (!d.allowed) {
        await unclaim();
        return refuse('fleet rate limit', tx.rate(Math.max(1, Math.ceil(d.retryAfterMs / 60000))));
      }
    }
    const ac = new AbortController();
    const life = new JobLife(this.store, id, this.owner, this.leaseMs, this.heartbeatMs, deps.logger, ac);
    const release = () => life.end(ac.signal.aborted ? 'stopped' : 'done');
    const job = { ac, done: Promise.resolve() as Promise<unknown> };
    const done = this.run(deps, client, req, entries, release, ac.signal, life).then(
      async (summary) => {
        await life.end(summary ? (ac.signal.aborted ? 'stopped' : 'done') : 'failed');
        return summary;
      },
      async (error: unknown) => {
        await life.end('failed');
        throw error;
      },
    ).finally(() => this.jobs.delete(job));
    job.done = done;
    this.jobs.add(job);
    return { ok: true, count: entries.length, done };
  }

  /** Shutdown: no new target starts in any job; resolves once every job has posted its report. */
  async stop(): Promise<void> {
    const all = [...this.jobs];
    for (const j of all) j.ac.abort();
    await Promise.all(all.map((j) => j.done.catch(() => undefined)));
  }

  private async run(deps: AppDeps, client: WebClient, req: FleetRequest, entries: TargetEntry[], release: () => unknown, signal: AbortSignal, life: JobLife): Promise<FleetSummary | null> {
    const tx = fleetTexts(req.lang);
    const { logger } = deps;
    const probe = deps.probe!;
    const total = entries.length;
    const started = this.now();
    let progressTs: string | null = null;
    try {
      const res = await client.chat.postMessage({ channel: req.channel, ...(req.threadTs ? { thread_ts: req.threadTs } : {}), text: tx.started(total) });
      progressTs = typeof res.ts === 'string' ? res.ts : null;
      life.progressTs = progressTs;
      if (progressTs) life.beat(); // a sweep after a crash can then edit this message
    } catch (error) {
      logger.warn('fleet progress message failed', { channel: req.channel, reason: errorCode(error) });
    }
    const threadTs = req.threadTs ?? progressTs;

    // Progress: at most one chat.update in flight and one per progressEveryMs.
    let lastUpdate = this.now();
    let inFlight: Promise<unknown> = Promise.resolve();
    let updating = false;
    const update = (text: string) => {
      if (!progressTs) return;
      updating = true;
      inFlight = client.chat
        .update({ channel: req.channel, ts: progressTs, text })
        .catch((error: unknown) => logger.warn('fleet progress update failed', { reason: errorCode(error) }))
        .finally(() => (updating = false));
    };
    const rows: string[] = [csvHeaderLine()];
    let summary: FleetSummary;
    try {
      summary = await probe.fleet!(
        (async function* () {
          yield* entries;
        })(),
        {
          onResult: (item: FleetItem) => {
            // The report is for users: a policy refusal in their words, without setting names.
            const sk = item.skipped;
            const shown = sk && POLICY_KINDS.has(sk.kind) ? { ...item, skipped: { kind: sk.kind, reason: slackRefusal({ kind: sk.kind as RefusalKind, reason: sk.reason }, req.lang) } } : item;
            rows.push(csvRow(shown));
            probe.record({
              who: req.who,
              surface: `fleet-${req.surface}`,
              target: item.result?.target ?? item.input,
              result: item.result,
              refused: item.skipped ? item.skipped.reason : null,
            });
          },
          signal,
          onProgress: (d: number) => {
            life.done = d;
            const now = this.now();
            if (updating || now - lastUpdate < this.progressEveryMs || d >= total) return;
            lastUpdate = now;
            const rate = d / Math.max(0.001, (now - started) / 1000);
            update(tx.progress(d, total, rate > 0 ? (total - d) / rate : null));
          },
        },
      );
    } catch (error) {
      logger.error('fleet job failed', { who: req.who }, error);
      await inFlight;
      update(tx.failed);
      await inFlight;
      return null;
    }
    await inFlight;
    update(tx.finished(summary.total, (this.now() - started) / 1000));
    logger.info('fleet job', { who: req.who, surface: req.surface, total: summary.total, probed: summary.probed, ms: summary.durationMs });

    const card = fleetCard(summary, req.lang);
    if (!progressTs && req.fallback) {
      // The channel is closed to the bot: the card through the fallback; no file can be shared there.
      try {
        await req.fallback(card);
      } catch (error) {
        logger.warn('fleet summary fallback failed', { reason: errorCode(error) });
      }
      life.done = summary.total;
      await release();
      try {
        await req.onDone?.(summary, { channel: req.channel, threadTs: null });
      } catch (error) {
        logger.warn('fleet follow-up failed', { reason: errorCode(error) });
      }
      return summary;
    }
    try {
      await client.chat.postMessage({ channel: req.channel, ...(threadTs ? { thread_ts: threadTs } : {}), text: card.text, blocks: card.blocks });
    } catch (error) {
      logger.warn('fleet summary post failed', { channel: req.channel, reason: errorCode(error) });
    }
    try {
      const stamp = new Date(this.now()).toISOString().replace(/[-:]/g, '').slice(0, 13);
      const file = { file: Buffer.from(rows.join(''), 'utf8'), filename: `tls-probe-${stamp}.csv`, title: tx.reportTitle, initial_comment: tx.reportComment };
      await client.files.uploadV2(threadTs ? { ...file, channel_id: req.channel, thread_ts: threadTs } : { ...file, channel_id: req.channel });
    } catch (error) {
      logger.warn('fleet report upload failed', { channel: req.channel, reason: errorCode(error) });
      try {
        await client.chat.postMessage({ channel: req.channel, ...(threadTs ? { thread_ts: threadTs } : {}), text: tx.reportFailed });
      } catch {
        // already logged
      }
    }
    await inFlight;
    life.done = summary.total;
    await release(); // the report is out: the user may start the next list while the diagnosis catches up
    try {
      await req.onDone?.(summary, { channel: req.channel, threadTs });
    } catch (error) {
      logger.warn('fleet follow-up failed', { reason: errorCode(error) });
    }
    return summary;
  }
}

/**
 * One job's life in the store: a heartbeat (renews the lease, records progress) until it ends.
 * A heartbeat that finds the job no longer this replica's (it expired: the event loop or the
 * database stalled past the lease, and a sweep told the user) stops the job, so one user never
 * has two running.
 */
class JobLife {
  done = 0;
  progressTs: string | null = null;
  private ended: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly store: FleetJobStore,
    private readonly id: string,
    private readonly owner: string,
    private readonly leaseMs: number,
    heartbeatMs: number,
    private readonly logger: Logger,
    private readonly ac: AbortController,
  ) {
    this.timer = setInterval(() => this.beat(), heartbeatMs);
    this.timer.unref();
  }

  private beating = false;
  private lastBeat = Date.now();

  /** Renew the lease now and record the progress (skipped while one is in flight). */
  beat(): void {
    if (this.beating || this.ended) return;
    this.beating = true;
    this.store
        .heartbeat(this.id, this.owner, { done: this.done, progressTs: this.progressTs }, this.leaseMs)
        .then((mine) => {
          this.lastBeat = Date.now();
          if (!mine && !this.ended) {
            this.logger.warn('fleet job lost its lease: stopping it', { job: this.id });
            this.ac.abort();
          }
        })
        .catch((error: unknown) => {
          this.logger.warn('fleet job heartbeat failed', { job: this.id, reason: errorCode(error) });
          // Unrecorded for a whole lease: another replica may have reaped it and let the user start again.
          if (Date.now() - this.lastBeat > this.leaseMs && !this.ended) this.ac.abort();
        })
        .finally(() => (this.beating = false));
  }

  /** The job is over (idempotent): no more heartbeats, and the user may start another. */
  end(state: 'done' | 'failed' | 'stopped'): Promise<void> {
    if (!this.ended) {
      clearInterval(this.timer);
      this.ended = this.store
        .finish(this.id, this.owner, state, this.done)
        .then(() => undefined)
        .catch((error: unknown) => this.logger.warn('fleet job end not recorded (its lease will run out)', { job: this.id, reason: errorCode(error) }));
    }
    return this.ended;
  }
}
