/**
 * A fleet probe started from Slack (several targets in /tls-probe, or a target list file shared in
 * a thread): limits (targets per job, one running job per user, a per-user rate), a progress
 * message updated in place (throttled chat.update), then the summary card and the full CSV report
 * (files.uploadV2, its last step under the job's lease: uploadReport) in the thread. Every target,
 * probed or refused, goes to the probe log.
 *
 * "One running job per user" and each job's progress live in the store (src/store/fleet-jobs.ts),
 * so they hold across replicas and restarts: a job is claimed there, kept alive by a heartbeat
 * while it runs, and ended when its report is out. A job whose replica died stops beating; once
 * its lease runs out its user is free again, and `sweep` (any replica) tells them it was cut short.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FilesUploadV2Arguments, WebClient } from '@slack/web-api';
import type { Lang } from '../../domain/types';
import { addToSummary, emptySummary, FLEET_VERDICTS, type FleetItem, type FleetSummary } from '../../probe/fleet';
import { csvHeaderLine, csvRow } from '../../probe/fleet-report';
import { readTargets, type TargetEntry } from '../../probe/targets';
import type { RateDecision } from '../../store/port';
import { MemoryFleetJobStore, type FleetJob, type FleetJobPost, type FleetJobResult, type FleetJobResume, type FleetJobStore, type FleetPostClaim } from '../../store/fleet-jobs';
import { deliveryFor, type CompleteResult, type Delivery } from '../delivery';
import type { Logger } from '@slack/logger';
import type { AppDeps } from '../deps';
import type { FleetEndReason } from '../metrics';
import type { SlackMessage } from '../blockkit';
import type { Sealer } from '../edge';
import { errorCode } from '../service';
import { fleetCard } from './card';
import { fleetTexts } from './texts';
import { followUpStartedOver, parseFollowUp, runFollowUp, type FleetFollowUp } from './follow-up';
import { slackRefusal } from '../refusal';
import type { RefusalKind } from '../../probe/policy';

const POLICY_KINDS = new Set<string>(['malformed', 'port', 'address', 'name', 'resolve', 'error']);

export const DEFAULT_FLEET_MAX = 1000;
/** The most bytes of list text a job reads (a 1,000-row asset export is far below it). */
export const MAX_LIST_BYTES = 2 * 1024 * 1024;

/** The per-user rate of fleet jobs; `giveBack` returns a unit taken for a job that never started. */
/** A sweep ended a job without a run finishing it (counted in the metrics: once, by the replica that ended it). */
export type FleetJobEnded = (job: FleetJob, outcome: 'expired' | 'failed', reason: FleetEndReason) => void;

export interface FleetLimiter {
  take(key: string): Promise<RateDecision> | RateDecision;
  giveBack?(key: string, at: number): Promise<void>;
}

export interface FleetJobsOptions {
  /** Targets per job (PROBE_FLEET_MAX, default 1,000). */
  max?: number;
  /** Per-user rate of fleet jobs (keyed "fleet:<user>"); null = none. */
  limiter?: FleetLimiter | null;
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
  /** How many times a job is taken over after its owner stopped before it is given up (default 3). */
  maxTakeovers?: number;
  /**
   * The time limit of one post (the Web API time limit of the app's Delivery, ms; default: 10 s, at
   * most 0.4 × leaseMs). A run that finds the summary card claimed by another run and not yet in the
   * thread waits at least twice this (that post's time limit, then as long again to settle) before it
   * looks again, whatever settle time the Delivery it gets has (the fallback Delivery's is 0). A run
   * that finds the report claimed and not in the thread waits as long too, at least (reportWaitMs).
   */
  postTimeoutMs?: number;
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
  /**
   * Said to the user once the job is claimed and its quota taken, right before it starts (a slash
   * command's ack: "started, N targets"). When it throws (the ack came after the ack deadline, which
   * told the user nothing was done) the job does not start: the claim is released, the quota unit
   * given back, and start() rethrows it.
   */
  acknowledge?: (count: number) => Promise<unknown>;
  /** When the bot cannot post in the channel: deliver the summary card another way (e.g. response_url). */
  fallback?: (message: SlackMessage) => Promise<unknown>;
  /** Run once the job is done, also by another replica that resumes it (the thread's diagnosis takes the counts). */
  followUp?: FleetFollowUp;
  /** A private job: the channel its summary may be shared into, by the user's choice (a button on the summary). */
  shareTo?: string;
  /** Called once the job is done, by this process only (e.g. an ephemeral follow-up through response_url). */
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

/** A user id as a job's channel: the job runs in the app's direct message with that user. */
function isUserId(channel: string): boolean {
  return /^[UW][A-Z0-9]{2,}$/.test(channel);
}

/** A notice about a job that stopped: its progress message edited, or (a private job, addressed by user id) a reply under it. */
async function jobNotice(client: WebClient, job: Pick<FleetJob, 'channel' | 'progressTs' | 'threadTs'>, text: string): Promise<void> {
  if (job.progressTs && !isUserId(job.channel)) await client.chat.update({ channel: job.channel, ts: job.progressTs, text });
  else await client.chat.postMessage({ channel: job.channel, ...(job.progressTs ? { thread_ts: job.progressTs } : job.threadTs ? { thread_ts: job.threadTs } : {}), text });
}

/** How many times a job is taken over after its owner stopped beating before it is given up. */
export const DEFAULT_MAX_TAKEOVERS = 3;

/** What a job needs to run, whether it was just started or taken over. */
interface JobRun {
  id: string;
  who: string;
  channel: string;
  threadTs: string | null;
  lang: Lang;
  surface: string;
  startedAt: number;
  /** The progress message, when already posted (a resumed job edits the same one). */
  progressTs: string | null;
  /** The checked target list; a result's index is its place here. */
  entries: TargetEntry[];
  /** Results recorded before (a resumed job): these targets are not probed again. */
  prior: Map<number, FleetItem>;
  fallback?: FleetRequest['fallback'];
  onDone?: FleetRequest['onDone'];
  followUp?: FleetFollowUp;
  shareTo?: string;
  /** Taken over from an earlier run (which may have posted the summary or the report before it stopped). */
  takenOver?: boolean;
  /** Taken over: the lease its adoption granted runs from no earlier than this (this replica's clock, ms). */
  leaseFrom?: number;
}

/** The stored plan: the checked target list and the follow-up, both needed to finish the job elsewhere. */
interface StoredPlan {
  entries: TargetEntry[];
  followUp?: FleetFollowUp;
  shareTo?: string;
}

/** The stored plan, as the claim wrote it (a bare target list: stored before follow-ups were). Null when it is not one. */
function parsePlan(plan: string, max: number): StoredPlan | null {
  try {
    const raw = JSON.parse(plan) as unknown;
    const wrapped = raw !== null && typeof raw === 'object' && !Array.isArray(raw);
    const v = wrapped ? (raw as { entries?: unknown }).entries : raw;
    if (!Array.isArray(v) || v.length === 0 || v.length > max) return null;
    const str = (x: unknown) => typeof x === 'string' || x === null;
    for (const e of v as Partial<TargetEntry>[]) {
      if (!e || typeof e !== 'object' || typeof e.input !== 'string' || typeof e.line !== 'number' || !str(e.name) || !str(e.stated)) return null;
    }
    const followUp = wrapped ? parseFollowUp((raw as { followUp?: unknown }).followUp) : null;
    const shareTo = wrapped ? (raw as { shareTo?: unknown }).shareTo : undefined;
    return { entries: v as TargetEntry[], ...(followUp ? { followUp } : {}), ...(typeof shareTo === 'string' && /^[CG][A-Z0-9]{2,}$/.test(shareTo) ? { shareTo } : {}) };
  } catch {
    return null;
  }
}

/** One finished target as stored: what the summary card and the CSV row need (no certificate, no per-version detail). */
function storedItem(item: FleetItem): string {
  const r = item.result;
  return JSON.stringify(r ? { ...item, result: { ...r, certificate: null, detail: undefined, http: undefined } } : item);
}

function parseItem(text: string, index: number): FleetItem | null {
  try {
    const v = JSON.parse(text) as FleetItem;
    if (!v || typeof v !== 'object' || !FLEET_VERDICTS.includes(v.verdict) || typeof v.input !== 'string') return null;
    if (v.result !== null && (typeof v.result !== 'object' || typeof v.result.target !== 'string' || typeof v.result.tms !== 'object' || typeof v.result.protocols !== 'object')) return null;
    return { ...v, index };
  } catch {
    return null;
  }
}

export class FleetJobs {
  /** Jobs in flight: stop() aborts them (a shutdown) and waits until each has reported or paused. */
  private readonly jobs = new Set<{ id: string; ac: AbortController; life: JobLife; done: Promise<unknown> }>();
  readonly max: number;
  readonly store: FleetJobStore;
  readonly owner: string;
  readonly maxTakeovers: number;
  private readonly leaseMs: number;
  private readonly heartbeatMs: number;
  private readonly postTimeoutMs: number;
  private readonly limiter: FleetLimiter | null;
  private readonly progressEveryMs: number;
  private readonly now: () => number;
  /** The sweep running now, if any: stop() waits for it, so none outlives the store. */
  private sweepRun: Promise<number> | null = null;
  private stopping = false;

  constructor(opts: FleetJobsOptions = {}) {
    this.max = opts.max ?? DEFAULT_FLEET_MAX;
    this.limiter = opts.limiter ?? null;
    this.progressEveryMs = opts.progressEveryMs ?? 3000;
    this.now = opts.now ?? Date.now;
    this.store = opts.store ?? new MemoryFleetJobStore();
    this.owner = opts.owner ?? `fleet:${randomUUID()}`;
    this.leaseMs = Math.max(50, opts.leaseMs ?? 60_000);
    this.heartbeatMs = Math.max(10, Math.min(opts.heartbeatMs ?? Math.floor(this.leaseMs / 4), Math.floor(this.leaseMs / 2)));
    this.maxTakeovers = Math.max(0, Math.floor(opts.maxTakeovers ?? DEFAULT_MAX_TAKEOVERS));
    this.postTimeoutMs = Math.max(1, opts.postTimeoutMs ?? Math.min(10_000, Math.floor(this.leaseMs * 0.4)));
  }

  /**
   * How long a run waits for another run's summary post to land before it looks again: that post's
   * time limit and its settle, never less than twice the post time limit (a Delivery with no settle
   * time, the fallback's or a configured 0, would otherwise not wait at all), and a settle longer
   * than that counted only up to one lease (the report path's wait). The wait ends early on a stop.
   */
  private summaryWaitMs(settleMs: number): number {
    const floor = 2 * this.postTimeoutMs;
    return Math.max(floor, Math.min(2 * Math.max(0, settleMs), this.leaseMs));
  }

  /**
   * How long a run that finds the report claimed by another run and not in the thread waits before
   * it looks again: one lease (that run may still be uploading), and never less than twice the post
   * time limit. That run completes the upload (the step that shares the file) only under a lease
   * renewed right then, and that call ends within one post time limit (Delivery.completeUpload).
   * This run took the job over only once that lease had run out, so a share of that run's was
   * started before then: it has landed by the look after this wait (given as long again to settle
   * when it got no answer), or it was never made.
   */
  private reportWaitMs(): number {
    return Math.max(this.leaseMs, 2 * this.postTimeoutMs);
  }

  /**
   * Upload the report (uploadReport) and share it at most once, across runs and replicas (fix62b).
   * Its share (files.completeUploadExternal, the step that puts the file in the thread) is made only
   * right after a heartbeat renewed the lease (`stillMine`) and the job's `share` claim was recorded
   * for this run (`claimShare`): one run of the job holds that claim, and it makes the share once. A
   * share Slack may have carried out all the same (a 5xx, no answer in time) is never made again:
   * the run waits a settle time (one post time limit, or the Delivery's settle when longer), asks
   * whether the job is still its own and looks in the thread (`look`), twice (REPORT_LOOKS).
   * 'shared': it is in the thread. 'unsure': the share got no clear answer and the file is not seen
   * there (it may still come): the caller says so. 'taken': another run of the job holds the share's
   * claim (it made the share, or is making it): nothing was shared here; the caller waits for that
   * share and looks. 'lost': not shared here (or shared, its outcome unknown, and the run stopped or
   * lost the job while it looked), and the job may no longer be this run's, the claim could not be
   * recorded, or it was stopped: the caller says nothing and stops or hands the job over; the run that
   * takes it over finds the share claimed and looks. 'failed': not shared (Slack refused it for good,
   * or the tries ran out on failures that share nothing): the caller tells the user. Never throws.
   */
  private async shareReport(client: WebClient, delivery: Delivery, args: FilesUploadV2Arguments, life: JobLife, claimShare: () => Promise<FleetPostClaim | 'unknown'>, look: () => Promise<ReportSeen>, signal: AbortSignal, logger: Logger): Promise<'shared' | 'lost' | 'failed' | 'unsure' | 'taken'> {
    const settleMs = Math.max(this.postTimeoutMs, delivery.opts.settleMs);
    // Asked before each try of the share (Delivery.completeUpload): the tries after the first follow
    // failures that shared nothing (a 429, a refused connection), and the claim is this run's again.
    const got: { claim: FleetPostClaim | 'unknown' | null } = { claim: null };
    const mayShare = async (): Promise<boolean> => {
      if (!(await life.stillMine())) return false;
      got.claim = await claimShare();
      if (got.claim === 'lost') life.lost = true;
      return got.claim === 'claimed';
    };
    const res = await uploadReport(client, delivery, args, mayShare, logger);
    if (res === 'lost') {
      if (got.claim === 'taken') logger.info('fleet report not shared here: another run of the job holds its share', { channel: args.channel_id });
      return got.claim === 'taken' ? 'taken' : 'lost';
    }
    if (res !== 'maybe') return res;
    // Looked for twice, a settle time apart (each after the lease was renewed). Not seen: it is not
    // shared again (fix62b: a share Slack carried out later than the looks gave a second CSV before).
    let seen: ReportSeen = 'absent';
    for (let round = 0; round < REPORT_LOOKS && seen !== 'there'; round++) {
      if (!(await pauseUnlessAborted(settleMs, signal)) || !(await life.stillMine())) return 'lost';
      seen = await look();
      if ((seen === 'unknown' || seen === 'refused') && (await pauseUnlessAborted(delivery.opts.backoffMs, signal))) seen = await look();
    }
    if (seen === 'there') {
      logger.info('fleet report shared after all: not uploaded again', { channel: args.channel_id });
      return 'shared';
    }
    logger.warn('fleet report share got no clear answer and the file is not in the thread: not shared a second time (the user is told it may still come)', { channel: args.channel_id, seen });
    return 'unsure';
  }

  /** Does this user have a live job (on any replica)? */
  async isRunning(who: string): Promise<boolean> {
    return (await this.store.runningFor(who)) !== null;
  }

  /**
   * Jobs whose owner stopped (no heartbeat within the lease, or a graceful stop that paused them).
   * With `deps` (a probe that can run fleets), a job that can be resumed is taken over by this
   * replica (exactly one replica wins), re-checked target by target under this replica's probe
   * policy, and finished: the same progress message, then the summary and the report, once. The
   * others (stored without a plan, taken over too often, or no probe here) are marked expired and
   * their users told, each once whichever replica sweeps. `onEnded` is called once for each job it ends
   * without a run finishing it (the metrics). Never throws; returns how many it reported.
   */
  async sweep(client: WebClient, logger: Logger, onEnded?: FleetJobEnded, deps?: AppDeps): Promise<number> {
    if (this.sweepRun !== null || this.stopping) return 0;
    const run = this.sweepOnce(client, logger, onEnded, deps?.probe?.fleet ? deps : undefined);
    this.sweepRun = run;
    try {
      return await run;
    } finally {
      this.sweepRun = null;
    }
  }

  private async sweepOnce(client: WebClient, logger: Logger, onEnded: FleetJobEnded | undefined, deps: AppDeps | undefined): Promise<number> {
    if (deps) {
      let adopted: FleetJobResume[] = [];
      // The leases adopt grants run from no earlier than this (by this replica's clock).
      const adoptedAt = Date.now();
      try {
        // Not the jobs this replica still runs (their lease ran out while the store did not answer
        // their heartbeats): taking them over here would launch nothing (resume) yet count a takeover,
        // and a job that counts too many is given up.
        adopted = await this.store.adopt(this.owner, this.leaseMs, this.maxTakeovers, undefined, [...this.jobs].map((j) => j.id));
      } catch (error) {
        logger.warn('fleet job takeover failed', { reason: errorCode(error) });
      }
      for (const r of adopted) await this.resume(deps, client, r, adoptedAt, onEnded);
    }
    let lost: FleetJob[];
    try {
      lost = await this.store.reap(100, deps ? this.maxTakeovers : undefined);
    } catch (error) {
      logger.warn('fleet job sweep failed', { reason: errorCode(error) });
      return 0;
    }
    for (const job of lost) {
      if (!job.acked) {
        // Claimed, and its start never recorded as acknowledged: its ack was refused as too late (the
        // user was told nothing was done) and its release failed, or its replica stopped between the
        // claim and the ack; or the ack went through ("Probing N endpoints…"), every try to record it
        // failed and its replica stopped before a heartbeat got through (it may have run in part).
        // The store cannot tell these apart. It is not run again (a job the user was told did not
        // start must never run), and its user is told, in words true of each case, that no report
        // will come and that it can be started again: never left waiting in silence.
        logger.warn('fleet job ended unacknowledged: its start was never recorded as acknowledged (a refused ack, or every record of it failed before its replica stopped); not run again, its user is told no report will come', { who: job.who, job: job.id, total: job.total });
        onEnded?.(job, 'expired', 'unacknowledged');
        try {
          await jobNotice(client, job, fleetTexts(job.lang).unconfirmed(job.total));
        } catch (error) {
          logger.warn('fleet interruption notice failed', { channel: job.channel, reason: errorCode(error) });
        }
        continue;
      }
      const tx = fleetTexts(job.lang);
      const gaveUp = deps !== undefined && job.takeovers >= this.maxTakeovers && job.takeovers > 0;
      const text = gaveUp ? tx.gaveUp(job.done, job.total, job.takeovers) : tx.interrupted(job.done, job.total);
      logger.warn(gaveUp ? 'fleet job given up (its runs kept stopping)' : 'fleet job expired (its replica stopped without finishing it)', { who: job.who, job: job.id, done: job.done, total: job.total, takeovers: job.takeovers });
      onEnded?.(job, 'expired', gaveUp ? 'gave_up' : 'replica_stopped');
      try {
        await jobNotice(client, job, text);
      } catch (error) {
        logger.warn('fleet interruption notice failed', { channel: job.channel, reason: errorCode(error) });
      }
    }
    return lost.length;
  }

  /** A job taken over from an owner that stopped: finish what is left of it. */
  private async resume(deps: AppDeps, client: WebClient, r: FleetJobResume, adoptedAt: number, onEnded?: FleetJobEnded): Promise<void> {
    const { job } = r;
    if ([...this.jobs].some((j) => j.id === job.id)) {
      // This replica still runs the job itself: its lease ran out while the store did not answer its
      // heartbeats (for less than a whole lease since the last one answered, or the run would have
      // stopped), and the store came back. The sweep's adopt leaves such jobs out (`except`: nothing
      // taken, no takeover counted); this check stays as a backstop should one get through. Such an
      // adopt is made under this replica's owner, the same as that run's, so that run's heartbeats
      // and claims go through again: a second run here would probe the targets again and could share
      // the CSV beside that run's. Not launched: that run carries on under the lease the adopt
      // renewed. A run that is ending writes its end (finish or hand-over) under that owner as
      // before; if that write does not land, the lease runs out and a later sweep takes the job over
      // once that run is gone.
      deps.logger.warn('fleet job taken over by the replica that still runs it (its heartbeats went unanswered for a while): not run a second time, its run carries on', { job: job.id });
      return;
    }
    const plan = parsePlan(r.plan, Math.max(this.max, job.total));
    if (!plan) {
      // Nothing this replica can run: end it and say it was cut short (counted once: by the replica whose finish ended it).
      deps.logger.warn('fleet job plan unreadable: not resumed', { job: job.id });
      if ((await this.store.finish(job.id, this.owner, 'failed', job.done).catch(() => false)) === true) onEnded?.(job, 'failed', 'plan_unreadable');
      try {
        await jobNotice(client, job, fleetTexts(job.lang).interrupted(job.done, job.total));
      } catch (error) {
        deps.logger.warn('fleet interruption notice failed', { channel: job.channel, reason: errorCode(error) });
      }
      return;
    }
    const { entries, followUp, shareTo } = plan;
    const prior = new Map<number, FleetItem>();
    for (const x of r.results) {
      const item = x.index < entries.length ? parseItem(x.item, x.index) : null;
      if (item) prior.set(x.index, item); // an unreadable result: that target is probed again
    }
    deps.logger.info('fleet job resumed', { who: job.who, job: job.id, done: prior.size, total: entries.length, takeovers: job.takeovers });
    if (this.stopping) {
      // Taken over while this replica is stopping: hand it on at once.
      await this.store.pause(job.id, this.owner, { done: prior.size }).catch(() => undefined);
      return;
    }
    const run: JobRun = { id: job.id, who: job.who, channel: job.channel, threadTs: job.threadTs, lang: job.lang, surface: job.surface, startedAt: job.startedAt, progressTs: job.progressTs, entries, prior, followUp, shareTo, takenOver: true, leaseFrom: adoptedAt };
    this.launch(deps, client, run, new AbortController()).catch(() => undefined);
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
    // file share (same delivery id) starts nothing. The plan lets another replica finish it.
    const id = `job:${randomUUID()}`;
    let claim;
    try {
      claim = await this.store.claim({ id, who: req.who, owner: this.owner, surface: req.surface, lang: req.lang, channel: req.channel, threadTs: req.threadTs ?? null, total: entries.length, dedupe: req.dedupe ?? null, leaseMs: this.leaseMs, plan: JSON.stringify({ entries, followUp: req.followUp, shareTo: req.shareTo }), awaitingAck: req.acknowledge !== undefined });
    } catch (error) {
      deps.logger.error('fleet job claim failed', { who: req.who }, error);
      return refuse('job store unavailable', tx.quotaUnavailable);
    }
    if (claim.status === 'duplicate') return { ok: true, count: 0, done: Promise.resolve(null) };
    if (claim.status === 'busy') return refuse('a fleet job is already running', tx.busy(claim.running.done, claim.running.total));
    const unclaim = () => this.store.release(id, this.owner).catch((error: unknown) => deps.logger.warn('fleet job release failed', { reason: errorCode(error) }));
    let taken: number | undefined;
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
      taken = d.at;
    }
    if (req.acknowledge) {
      try {
        await req.acknowledge(entries.length);
      } catch (error) {
        // Too late: the user was told nothing was done, so nothing is. The claim goes (tried again),
        // the unit comes back. A claim left behind (every release failed) holds the user until its
        // lease runs out, then is ended by a sweep without running (its user told no report will
        // come): it was stored unacknowledged, and no replica takes over such a job.
        for (let attempt = 1; ; attempt++) {
          try {
            await this.store.release(id, this.owner);
            break;
          } catch (e) {
            if (attempt >= 3) {
              deps.logger.warn('fleet job release failed after a late acknowledgement: the claim holds the user until its lease runs out, then ends without running (it was never acknowledged)', { who: req.who, job: id, reason: errorCode(e) });
              break;
            }
            await new Promise((r) => setTimeout(r, 500 * attempt));
          }
        }
        if (taken !== undefined && this.limiter?.giveBack) {
          await this.limiter.giveBack(`fleet:${req.who}`, taken).catch((e: unknown) => deps.logger.warn('fleet quota unit not given back', { who: req.who, reason: errorCode(e) }));
        }
        deps.logger.info('fleet job not started: its acknowledgement came after the ack deadline (claim released)', { who: req.who, job: id });
        throw error;
      }
      // The user was told it started: record that before it runs (retried, like the release), so
      // that if this replica stops from here on another one takes the job over or tells the user it
      // was cut short; never ended silently as an unacknowledged claim. The run's heartbeats record
      // it too (a backstop when every try here fails).
      if ((await this.recordAck(deps, req, id, entries.length)) === 'gone') {
        // It never ran: its quota unit comes back, as after a refused ack ("you can start it again").
        if (taken !== undefined && this.limiter?.giveBack) {
          await this.limiter.giveBack(`fleet:${req.who}`, taken).catch((e: unknown) => deps.logger.warn('fleet quota unit not given back', { who: req.who, reason: errorCode(e) }));
        }
        await jobNotice(client, { channel: req.channel, progressTs: null, threadTs: req.threadTs ?? null }, tx.interrupted(0, entries.length)).catch((e: unknown) =>
          deps.logger.warn('fleet interruption notice failed', { channel: req.channel, reason: errorCode(e) }),
        );
        return { ok: true, count: entries.length, done: Promise.resolve(null) };
      }
    }
    const run: JobRun = {
      id,
      who: req.who,
      channel: req.channel,
      threadTs: req.threadTs ?? null,
      lang: req.lang,
      surface: req.surface,
      startedAt: this.now(),
      progressTs: null,
      entries,
      prior: new Map(),
      fallback: req.fallback,
      onDone: req.onDone,
      followUp: req.followUp,
      shareTo: req.shareTo,
    };
    const done = this.launch(deps, client, run, new AbortController(), req.acknowledge !== undefined);
    return { ok: true, count: entries.length, done };
  }

  /**
   * Records that a claimed job's start was acknowledged (`FleetJobStore.acknowledged`), tried three
   * times. 'gone': the claim is no longer this replica's running job (its lease ran out while the ack
   * was pending and a sweep ended it), so it must not run. 'unrecorded': every try failed; the job
   * runs and its first heartbeat that gets through records it.
   */
  private async recordAck(deps: AppDeps, req: FleetRequest, id: string, total: number): Promise<'recorded' | 'gone' | 'unrecorded'> {
    for (let attempt = 1; ; attempt++) {
      try {
        if (await this.store.acknowledged(id, this.owner, this.leaseMs)) return 'recorded';
        deps.logger.warn('fleet job not started: its claim ended before its acknowledgement was recorded (the user is told it was cut short)', { who: req.who, job: id, total });
        return 'gone';
      } catch (e) {
        if (attempt >= 3) {
          deps.logger.warn('fleet job acknowledgement not recorded: its heartbeat will record it (until then, if this replica stops, the job is ended by a sweep and its user told no report will come)', { who: req.who, job: id, reason: errorCode(e) });
          return 'unrecorded';
        }
        await new Promise((r) => setTimeout(r, 500 * attempt));
      }
    }
  }

  /**
   * Runs a claimed (or taken over) job with its heartbeat until it has reported, failed or handed over.
   * `acked`: its start was just acknowledged (it was claimed awaiting that, and `recordAck` stored
   * it): the first heartbeat goes at once as well, a backstop for when that record failed.
   */
  private launch(deps: AppDeps, client: WebClient, run: JobRun, ac: AbortController, acked = false): Promise<FleetSummary | null> {
    const life = new JobLife(this.store, run.id, this.owner, this.leaseMs, this.heartbeatMs, deps.logger, ac);
    life.done = run.prior.size;
    life.progressTs = run.progressTs;
    life.recordedPts = run.progressTs; // taken over: read from the store
    life.leaseFrom = run.leaseFrom ?? null;
    if (acked) life.beat();
    const release = () => life.end(ac.signal.aborted ? 'stopped' : 'done');
    const job = { id: run.id, ac, life, done: Promise.resolve() as Promise<unknown> };
    const done = this.run(deps, client, run, release, ac.signal, life).then(
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
    return done;
  }

  /**
   * Shutdown: no new target starts in any job. Where jobs outlive the process (SQLite, PostgreSQL)
   * each records what it has finished and hands itself over (another replica, or this one's next
   * start, finishes it); in memory each posts the report of what it has. Resolves once every job
   * has done so.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    const all = [...this.jobs];
    for (const j of all) {
      if (this.store.durable) j.life.pausing = true;
      j.ac.abort();
    }
    await Promise.all([...all.map((j) => j.done.catch(() => undefined)), this.sweepRun?.catch(() => 0)]);
  }

  private async run(deps: AppDeps, client: WebClient, job: JobRun, release: () => unknown, signal: AbortSignal, life: JobLife): Promise<FleetSummary | null> {
    const tx = fleetTexts(job.lang);
    const { logger } = deps;
    const probe = deps.probe!;
    const total = job.entries.length;
    const started = this.now();
    const resumed = job.prior.size > 0 || job.progressTs !== null;
    let progressTs: string | null = job.progressTs;
    // A private job (a user id as its channel) runs in the app's direct message with that user:
    // Slack names that channel in the answer to the first post, and every later call uses it.
    let channel = job.channel;
    if (progressTs && isUserId(channel)) {
      // Taken over: a message cannot be edited by user id. A reply under it says the job goes on
      // and names the direct message; then the progress message is edited there as usual.
      try {
        const res = await client.chat.postMessage({ channel, thread_ts: progressTs, text: tx.resumed(job.prior.size, total) });
        if (typeof res.channel === 'string') channel = res.channel;
      } catch (error) {
        logger.warn('fleet progress message failed', { reason: errorCode(error) });
      }
    }
    if (progressTs && !isUserId(channel)) {
      // A job taken over: its message says it goes on.
      try {
        await client.chat.update({ channel, ts: progressTs, text: tx.resumed(job.prior.size, total) });
      } catch (error) {
        logger.warn('fleet progress update failed', { reason: errorCode(error) });
      }
    } else {
      try {
        const res = await client.chat.postMessage({ channel, ...(job.threadTs ? { thread_ts: job.threadTs } : {}), text: resumed ? tx.resumed(job.prior.size, total) : tx.started(total) });
        if (typeof res.channel === 'string' && isUserId(channel)) channel = res.channel;
        progressTs = typeof res.ts === 'string' ? res.ts : null;
        life.progressTs = progressTs;
        if (progressTs) life.beat(); // a sweep after a crash can then edit this message
      } catch (error) {
        logger.warn('fleet progress message failed', { channel, reason: errorCode(error) });
      }
    }
    const threadTs = job.threadTs ?? progressTs;

    // Progress: at most one chat.update in flight and one per progressEveryMs.
    let lastUpdate = this.now();
    let inFlight: Promise<unknown> = Promise.resolve();
    let updating = false;
    const update = (text: string) => {
      if (!progressTs) return;
      updating = true;
      inFlight = client.chat
        .update({ channel, ts: progressTs, text })
        .catch((error: unknown) => logger.warn('fleet progress update failed', { reason: errorCode(error) }))
        .finally(() => (updating = false));
    };
    // Only what is left is probed; each target goes through this replica's probe policy first.
    const left: number[] = [];
    for (let i = 0; i < total; i++) if (!job.prior.has(i)) left.push(i);
    const items = new Map(job.prior);
    let run: FleetSummary;
    try {
      run = await probe.fleet!(
        (async function* () {
          for (const i of left) yield job.entries[i]!;
        })(),
        {
          onResult: (raw: FleetItem) => {
            const index = left[raw.index] ?? -1;
            // Not probed because this run hands the job over: left for the one that resumes it.
            if (index < 0 || (life.handingOver && raw.skipped?.kind === 'deadline')) return;
            // The report is for users: a policy refusal in their words, without setting names.
            const sk = raw.skipped;
            const item = sk && POLICY_KINDS.has(sk.kind) ? { ...raw, index, skipped: { kind: sk.kind, reason: slackRefusal({ kind: sk.kind as RefusalKind, reason: sk.reason }, job.lang) } } : { ...raw, index };
            items.set(index, item);
            life.done = items.size; // recorded with these results, in the same heartbeat
            life.add({ index, item: storedItem(item) });
            probe.record({
              who: job.who,
              surface: `fleet-${job.surface}`,
              target: raw.result?.target ?? raw.input,
              result: raw.result,
              refused: raw.skipped ? raw.skipped.reason : null,
            });
          },
          signal,
          onProgress: (n: number) => {
            const d = job.prior.size + n;
            const now = this.now();
            if (life.handingOver || updating || now - lastUpdate < this.progressEveryMs || d >= total) return;
            lastUpdate = now;
            const rate = n / Math.max(0.001, (now - started) / 1000);
            update(tx.progress(d, total, rate > 0 ? (total - d) / rate : null));
          },
        },
      );
    } catch (error) {
      logger.error('fleet job failed', { who: job.who }, error);
      await inFlight;
      update(tx.failed);
      await inFlight;
      return null;
    }
    await inFlight;
    if (life.handingOver) {
      // Stopping (or no longer ours): another run finishes the job and posts its report.
      life.done = items.size;
      await life.handOver();
      logger.info('fleet job handed over', { who: job.who, job: job.id, done: items.size, total });
      return null;
    }
    // The summary and the report over every target in list order, whichever run probed it.
    const summary = emptySummary(run.concurrency);
    for (const item of [...items.values()].sort((a, b) => a.index - b.index)) addToSummary(summary, item);
    summary.deadlineHit = run.deadlineHit;
    summary.truncatedAt = run.truncatedAt;
    summary.durationMs = this.now() - job.startedAt;
    const rows: string[] = [csvHeaderLine()];
    for (const item of [...items.values()].sort((a, b) => a.index - b.index)) rows.push(csvRow(item));
    update(tx.finished(summary.total, summary.durationMs / 1000));
    logger.info('fleet job', { who: job.who, surface: job.surface, total: summary.total, probed: summary.probed, ms: summary.durationMs, resumed });
    // Handed over, not finished: once this run's last write is in, the run that takes the job over goes on from here.
    const handOverJob = async (): Promise<null> => {
      await inFlight;
      life.done = summary.total;
      if (this.stopping && !this.store.durable) {
        // Stopping, and the store does not outlive this process (memory): no run will take the job
        // over, so a hand-over would leave the user with no CSV (or no card) and no word (fleet60: the
        // app's Delivery is gone once the shutdown grace is over, and an upload then shares nothing).
        // The job ends here, stopped, and the user is told what may be missing and how to get it.
        await life.end('stopped');
        logger.warn('fleet job stopped while posting its summary and report, and its store does not outlive this process (no run takes it over): the user is told to run it again', { job: job.id });
        try {
          await client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), text: tx.stoppedPosting(job.surface) });
        } catch (error) {
          logger.warn('fleet report notice failed', { channel, reason: errorCode(error) });
        }
        return null;
      }
      await life.handOver();
      return null;
    };

    // A private summary can be shared into the channel the command was run in (the report file stays private).
    const shareTo = job.shareTo && isUserId(job.channel) ? job.shareTo : null;
    // A list shared in a thread that has since been started over: the summary says its counts stay out of the new case.
    const startedOver = await followUpStartedOver(deps, job.followUp);
    const card = fleetCard(summary, job.lang, { ...(shareTo ? { share: fleetShareValue(deps.sealer, shareTo, job.who, job.lang) } : {}), ...(startedOver ? { startedOver } : {}) });
    if (!progressTs && job.fallback) {
      // The channel is closed to the bot: the card through the fallback; no file can be shared there.
      // A private job's summary keeps its Share in channel: a press on that (ephemeral) message does
      // not bring its blocks back, so the summary is kept under the job's id for the button.
      let fallbackCard = fleetCard(summary, job.lang, startedOver ? { startedOver } : {});
      if (shareTo) {
        const kept = fleetCardKey(job.id);
        try {
          await deps.meta.set(kept, { status: 'open', lang: job.lang, fleetCard: { text: fallbackCard.text, blocks: fallbackCard.blocks } });
          fallbackCard = fleetCard(summary, job.lang, { share: fleetShareValue(deps.sealer, shareTo, job.who, job.lang, kept), ...(startedOver ? { startedOver } : {}) });
        } catch (error) {
          logger.warn('fleet summary not kept for sharing', { reason: errorCode(error) });
        }
      }
      try {
        await job.fallback(fallbackCard);
      } catch (error) {
        logger.warn('fleet summary fallback failed', { reason: errorCode(error) });
      }
      life.done = summary.total;
      await release();
      await this.followUps(deps, client, job, summary, null, startedOver);
      return summary;
    }
    // The thread the summary and the report go in must be in the store before anything is posted
    // there: a run that takes the job over posts and looks in the thread the store names (none named:
    // it starts a new progress message and would not find this run's posts in the new thread). The
    // progress message's ts reaches the store with a heartbeat; when none got through since it was
    // posted (tried again here), nothing is posted and the job is handed over.
    if (!job.threadTs && progressTs && !(await life.threadRecorded())) {
      if (life.lost) return null; // no longer this run's: the run that has it reports
      logger.warn('fleet job handed over: the thread of its progress message could not be recorded, so its summary and report are not posted here (the run that takes it over posts them)', { job: job.id });
      return await handOverJob();
    }
    // Each post is claimed in the store first, so a run that takes the job over (its first owner
    // posted, then died before recording the job's end) does not post it again.
    const postRun = randomUUID();
    const summaryClaim = await this.claimPost(job, 'summary', postRun, logger);
    if (summaryClaim === 'lost') {
      // Taken over meanwhile (this run stalled past its lease): the run that has it reports.
      life.lost = true;
      return null;
    }
    const summaryId = `fleet:${job.id}/summary`;
    const target = { channel, ...(threadTs ? { threadTs } : {}) };
    const delivery = deliveryFor(client, logger);
    // Posted with its id in the metadata. Looked for in the thread first (by its id, back to the
    // job's start) when another run may have posted it: it claimed it, the store cannot say, or this
    // run took the job over (an earlier run may have posted it while its own claim went unrecorded).
    const mayExist = summaryClaim !== 'claimed' || job.takenOver === true;
    // A job with no thread of its own taken over: an earlier run whose progress message could not be
    // posted (the store named none) put its card and report at the top of the channel or DM, not in
    // the thread of this run's new progress message, so they are looked for there as well.
    const topLevel = job.takenOver === true && !job.threadTs && threadTs !== null ? { channel } : null;
    // A look there that Slack refuses or cannot answer (missing_scope or not_in_channel for
    // conversations.history without the history scopes, a failed call) is 'unknown', as a look in
    // the thread is: the card is not posted a second time on a guess. (Before, 'unknown' came
    // through only because it is a string. REV35 fleet, a70de30.)
    const lookTopLevel = async (): Promise<string | null | 'unknown'> => (topLevel ? delivery.find(topLevel, summaryId, job.startedAt) : null);
    let found: string | null | 'unknown' = null;
    // The top of the channel or DM could not be read before the wait: it is looked at again after it.
    let topUnknown = false;
    if (summaryClaim === 'taken' || (summaryClaim === 'unknown' && job.takenOver === true)) {
      // An earlier run claimed it (or may have): that run may still be alive, its lease run out while
      // its post was on the way (its heartbeats late), and Slack shows a post only once it is carried
      // out. Not there yet: that post gets one post time limit and its settle (the app's Delivery
      // settles as long as a post's time limit; never less than that, whatever Delivery this run
      // got: summaryWaitMs) before the thread is looked at again; an earlier run
      // starts each try only under a lease renewed right then (stillMine below), so a post of its
      // started later than this look is never made. Posted here only when it is still not there.
      found = await delivery.find(target, summaryId, job.startedAt);
      if (found === null) {
        found = await lookTopLevel();
        topUnknown = found === 'unknown';
      }
      if (found === null || found === 'unknown') {
        const waited = await pauseUnlessAborted(this.summaryWaitMs(delivery.opts.settleMs), signal);
        if (life.lost) return null; // no longer this run's: the run that has it reports
        if (!waited) {
          logger.info('fleet job stopped while waiting for an earlier run\'s summary: handed over (the run that takes it over looks again)', { job: job.id });
          return await handOverJob();
        }
      }
    }
    if (mayExist && (found === null || topUnknown)) found = await lookTopLevel();
    // Slack cannot say whether an earlier run posted it: not posted (never two cards).
    if (found === 'unknown') logger.warn('fleet summary not posted: Slack could not say whether an earlier run of the job posted it (never two cards)', { job: job.id });
    // Each try (the first too) only while the job is still this run's, its lease renewed right then.
    const res =
      found === 'unknown'
        ? ({ ok: true, ts: null, already: true } as const)
        : found !== null
        ? ({ ok: true, ts: found, already: true } as const)
        : await delivery.post(target, { text: card.text, blocks: card.blocks }, summaryId, { mayExist, since: job.startedAt, stillMine: () => life.stillMine(), askFirst: true });
    if (!res.ok && res.lost) {
      if (life.lost) {
        logger.warn('fleet summary not posted: this run lost the job (the run that has it posts it)', { job: job.id });
        return null;
      }
      // The store could not say whether the job is still this run's: handed over, not posted (the
      // run that takes it over looks for it, waits for a post of this run's, and posts it).
      logger.warn('fleet summary not posted: the job\'s lease could not be renewed (the job is handed over; the run that takes it over posts it)', { job: job.id });
      return await handOverJob();
    }
    if (!res.ok) logger.warn('fleet summary post failed', { channel, reason: res.kind });
    else if (res.already && found !== 'unknown') logger.info('fleet summary already posted by an earlier run of the job', { job: job.id });
    const reportClaim = await this.claimPost(job, 'report', postRun, logger);
    if (reportClaim === 'lost') {
      // Taken over meanwhile, as for the summary above: the run that has the job now uploads the
      // report (or says it is missing) and runs the steps after it (the thread's diagnosis taking the
      // counts); this run ends nothing and feeds nothing.
      life.lost = true;
      return null;
    }
    // What the thread is told when the CSV is not there: 'failed', it could not be attached;
    // 'unconfirmed', its share got no clear answer (or an earlier run's share is not seen) and it is
    // not shared again, so it may still come (fix62b); 'refused', an earlier run claimed it and Slack
    // refused the look for it (a history scope the install lacks, a conversation the app cannot read:
    // it may be there; REV35 fleet, a70de30).
    const reportMissing = async (kind: 'failed' | 'unconfirmed' | 'refused') => {
      try {
        await client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), text: kind === 'refused' ? tx.reportUnsure(job.surface) : kind === 'unconfirmed' ? tx.reportUnconfirmed(job.surface) : tx.reportFailed(job.surface) });
      } catch (error) {
        logger.warn('fleet report notice failed', { channel, reason: errorCode(error) });
      }
    };
    const reportArgs = (): FilesUploadV2Arguments => {
      const file = { file: Buffer.from(rows.join(''), 'utf8'), filename: reportFilename(job.id, this.now()), title: tx.reportTitle, initial_comment: tx.reportComment };
      return threadTs ? { ...file, channel_id: channel, thread_ts: threadTs } : { ...file, channel_id: channel };
    };
    // An upload of this run's was not shared because the job may no longer be this run's (or its
    // share's claim could not be recorded): it says nothing; the run that takes the job over looks
    // for the CSV and shares it itself only when no run holds the share's claim.
    const lostDuringUpload = async (): Promise<null> => {
      if (life.lost) {
        logger.warn('fleet report not shared: this run lost the job during the upload (the run that has it uploads it)', { job: job.id });
        return null;
      }
      logger.warn('fleet report not shared: the job\'s lease could not be renewed or its share claimed before its upload was completed (the job is handed over; the run that takes it over uploads it)', { job: job.id });
      return await handOverJob();
    };
    if (reportClaim === 'unknown') {
      // Not uploaded here (another run may hold its claim): the job is handed over, not finished,
      // so the run that takes it over claims the report again and uploads it.
      logger.warn('fleet report not uploaded: its claim could not be recorded (the job is handed over; the run that takes it over uploads it, unless this claim was recorded after all)', { job: job.id });
      return await handOverJob();
    }
    if (reportClaim === 'claimed' && life.lost) {
      // This run lost the job (its lease ran out while it was still alive): the run that took it
      // over says what became of the report. Not uploaded here: never two copies.
      logger.warn('fleet report not uploaded: this run lost the job before the upload (the run that has it reports)', { job: job.id });
      return null;
    }
    const reportThere = () => lookForReport(client, channel, threadTs, topLevel !== null, job, logger);
    // Claimed by an earlier run, which no longer holds the job: usually that run uploaded it and
    // died before recording the job's end, so the thread is looked at first (found: no notice).
    let earlier: ReportSeen | null = null;
    if (reportClaim === 'taken') {
      logger.info('fleet report already claimed by an earlier run of the job: looking for it in the thread', { job: job.id });
      earlier = await reportThere();
      if (earlier === 'there') logger.info('fleet report uploaded by an earlier run of the job: no notice', { job: job.id });
    }
    if (earlier !== 'there') {
      // The CSV is shared by the one run whose `share` claim is recorded, right before its share (fix62b):
      // a run that claimed the report (this one, or an earlier one that stopped before its share)
      // shares it only when no run made or is making that share; a share that got no clear answer is
      // looked for and never made again.
      const shared = await this.shareReport(client, delivery, reportArgs(), life, () => this.claimPost(job, 'share', postRun, logger), reportThere, signal, logger);
      if (shared === 'lost') return await lostDuringUpload();
      let missing: 'failed' | 'unconfirmed' | 'refused' | null = shared === 'failed' ? 'failed' : shared === 'unsure' ? 'unconfirmed' : null;
      if (shared === 'taken') {
        // Another run made the share, or is making it (it may have lost its lease while still alive,
        // its share on the way). It shares only under a lease renewed right then, within one post
        // time limit, and this run has the job only since that lease ran out: a share of that run's
        // has landed by the look after this wait (reportWaitMs: given as long again to settle), or
        // Slack carries it out later still, or never. It is not shared here in any case; when it is
        // not seen, the user is told it may still come. The wait ends at once when this run is
        // stopped: the job is handed over, and the run that takes it over waits and looks again.
        const waited = await pauseUnlessAborted(this.reportWaitMs(), signal);
        if (life.lost) return null; // no longer this run's: the run that has it reports
        const seen = waited ? await reportThere() : 'absent';
        if (!waited || (seen !== 'there' && signal.aborted)) {
          logger.info('fleet job stopped while waiting for an earlier run\'s report: handed over (the run that takes it over looks again)', { job: job.id });
          return await handOverJob();
        }
        if (seen === 'there') logger.info('fleet report shared by another run of the job: no notice', { job: job.id });
        else {
          missing = earlier === 'refused' || seen === 'refused' ? 'refused' : 'unconfirmed';
          logger.warn('fleet report shared by another run of the job and not seen in the thread: not shared again (the user is told it may still come)', { job: job.id, seen });
        }
      }
      // The report's fate is claimed first, then the user is told, by this run while the job is still
      // its own: once, whatever the takeovers. No longer its own: the run that has it now looks for
      // the CSV (or says what became of it) and feeds the diagnosis. A claim the store could not
      // record: the line is said all the same (silence would be worse if the claim did land).
      const settled = await this.claimPost(job, 'settled', postRun, logger);
      if (settled === 'lost' || life.lost) {
        life.lost = true;
        logger.warn('fleet report: the job is no longer this run\'s after its upload (the run that has it looks for the CSV and ends the job)', { job: job.id, shared });
        return null;
      }
      if (missing && settled !== 'taken') await reportMissing(missing);
    }
    await inFlight;
    life.done = summary.total;
    await release(); // the report is out: the user may start the next list while the diagnosis catches up
    await this.followUps(deps, client, { ...job, channel }, summary, threadTs, startedOver);
    return summary;
  }

  /**
   * Claim a post of the job in the store (a failed call is tried again a few times). 'unknown' when
   * the store cannot say: another run may post it too (this one's lease may run out), so the
   * summary is looked for in the thread first and the report is not uploaded here (a second copy
   * is worse than a check): the job is handed over, and the run that takes it over uploads it, unless
   * this claim was in fact recorded (then that run finds it taken and nobody uploads: at most once).
   */
  private async claimPost(job: JobRun, post: FleetJobPost, run: string, logger: Logger): Promise<FleetPostClaim | 'unknown'> {
    for (let attempt = 0; ; attempt++) {
      try {
        const claim = await this.store.claimPost(job.id, this.owner, post, run);
        if (claim === 'lost') logger.warn('fleet job no longer this run\'s: its summary and report are left to the run that has it', { job: job.id, post });
        return claim;
      } catch (error) {
        // The same run asking again gets its own claim back (a claim whose answer was lost).
        if (attempt < CLAIM_RETRIES_MS.length) {
          await new Promise((r) => setTimeout(r, CLAIM_RETRIES_MS[attempt]));
          continue;
        }
        logger.warn('fleet post claim not recorded', { job: job.id, post, reason: errorCode(error) });
        return 'unknown';
      }
    }
  }

  /** `startedOver`: the summary already said the counts stay out of the case, so none are fed. */
  private async followUps(deps: AppDeps, client: WebClient, job: JobRun, summary: FleetSummary, threadTs: string | null, startedOver: boolean): Promise<void> {
    try {
      if (job.followUp && !startedOver) await runFollowUp(deps, client, job.followUp, summary, job.lang, threadTs, job.startedAt);
      await job.onDone?.(summary, { channel: job.channel, threadTs });
    } catch (error) {
      deps.logger.warn('fleet follow-up failed', { reason: errorCode(error) });
    }
  }
}

/** Waits ms unless the signal aborts first (then at once): true when the whole wait ran. */
function pauseUnlessAborted(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(t);
      resolve(false);
    };
    const t = setTimeout(() => {
      signal.removeEventListener('abort', done);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** How many looks, one settle time apart, a run makes for its own share that got no clear answer before it tells the user it may still come (shareReport). */
const REPORT_LOOKS = 2;


/** Waits before a post's claim is tried again after a failed call (ms). */
const CLAIM_RETRIES_MS = [200, 1000];

/** Results recorded at once when this many are waiting (else with the next heartbeat). */
const RESULT_BATCH = 64;

/**
 * One job's life in the store: a heartbeat (renews the lease, records progress and the results
 * finished since the last one) until it ends. A heartbeat that finds the job no longer this
 * replica's (it was taken over or expired: the event loop or the database stalled past the lease)
 * stops the job without a report, so one user never has two running and no report comes twice.
 */
class JobLife {
  done = 0;
  progressTs: string | null = null;
  /** A graceful stop: the job records what it has and hands itself over instead of reporting. */
  pausing = false;
  /** The store says the job is no longer this owner's. */
  lost = false;
  private ended: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;
  private pending: FleetJobResult[] = [];
  private inFlight: Promise<void> = Promise.resolve();

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
  /** The progress message's ts the store is known to hold (a heartbeat that got through carried it, or it was read from the store). */
  recordedPts: string | null = null;
  /** How many heartbeats got through and found the job still this owner's (each renewed its lease). */
  private renewed = 0;
  /**
   * When the lease the store last granted this run (a heartbeat that got through, or the adoption) runs
   * from, by this replica's clock: sent no earlier than this. Null: none known yet.
   */
  leaseFrom: number | null = null;

  get handingOver(): boolean {
    return this.pausing || this.lost;
  }

  /** A finished target, recorded with the next heartbeat (at once when many are waiting). */
  add(r: FleetJobResult): void {
    this.pending.push(r);
    if (this.pending.length >= RESULT_BATCH) this.beat();
  }

  /** Renew the lease now and record the progress (skipped while one is in flight). */
  beat(): void {
    if (this.beating || this.ended) return;
    this.beating = true;
    const batch = this.pending;
    this.pending = [];
    const pts = this.progressTs;
    const sentAt = Date.now();
    this.inFlight = this.store
      .heartbeat(this.id, this.owner, { done: this.done, progressTs: pts, results: batch }, this.leaseMs)
      .then((mine) => {
        this.lastBeat = Date.now();
        if (mine) {
          this.renewed++;
          this.leaseFrom = Math.max(this.leaseFrom ?? 0, sentAt);
        }
        if (mine && pts !== null) this.recordedPts = pts;
        if (!mine && !this.ended) {
          this.logger.warn('fleet job lost its lease: stopping it', { job: this.id });
          this.lost = true;
          this.ac.abort();
        }
      })
      .catch((error: unknown) => {
        this.pending = batch.concat(this.pending); // recorded with the next heartbeat
        this.logger.warn('fleet job heartbeat failed', { job: this.id, reason: errorCode(error) });
        // Unrecorded for a whole lease: another replica may have taken it over or reaped it.
        if (Date.now() - this.lastBeat > this.leaseMs && !this.ended) {
          this.lost = true;
          this.ac.abort();
        }
      })
      .finally(() => (this.beating = false));
  }

  /**
   * Whether the store holds the progress message's ts (true when there is none): a heartbeat under
   * way may carry it; else one is sent now, tried again as a post's claim is. False when none got
   * through, or the job is no longer this run's (`lost`).
   */
  async threadRecorded(): Promise<boolean> {
    const recorded = () => this.progressTs === null || this.recordedPts === this.progressTs;
    for (let attempt = 0; attempt <= CLAIM_RETRIES_MS.length; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, CLAIM_RETRIES_MS[attempt - 1]));
      await this.inFlight;
      if (recorded()) return true;
      if (this.lost || this.ended) return false;
      this.beat();
      await this.inFlight;
      if (recorded()) return true;
    }
    return false;
  }

  /**
   * Whether the job is still this run's and its lease still runs: a heartbeat sent now (after any
   * under way) got through and the store said so (the lease renewed right now); when it got no
   * answer, whether the lease last granted (`leaseFrom`) still has a quarter of it left by this
   * replica's clock (room for a clock apart). Asked before each try of a post (Delivery's
   * `stillMine`): another replica takes the job over only once that lease has run out, so no post is
   * started by a run that may have lost the job, and the run that took it over, looking for the post
   * again one post time limit and its settle after it first looked, finds one started before. False
   * when the job is no longer this run's (`lost`), or the store cannot say and the lease may have run
   * out (the caller hands the job over).
   */
  async stillMine(): Promise<boolean> {
    await this.inFlight;
    if (this.lost || this.ended) return false;
    const before = this.renewed;
    this.beat();
    await this.inFlight;
    if (this.renewed > before) return true;
    if (this.lost) return false;
    return this.leaseFrom !== null && Date.now() < this.leaseFrom + Math.floor((this.leaseMs * 3) / 4);
  }

  /** Stopping: record what is finished and end the lease now, so the job is resumed at once. */
  handOver(): Promise<void> {
    if (!this.ended) {
      clearInterval(this.timer);
      this.ended = this.inFlight.then(async () => {
        if (this.lost) return;
        try {
          await this.store.pause(this.id, this.owner, { done: this.done, progressTs: this.progressTs, results: this.pending });
        } catch (error) {
          this.logger.warn('fleet job hand-over not recorded (its lease will run out)', { job: this.id, reason: errorCode(error) });
        }
      });
    }
    return this.ended;
  }

  /**
   * The job is over (idempotent): no more heartbeats, and the user may start another. A run that lost
   * the job records no end: the job is no longer its own, and when this replica took it over again
   * (the same owner) that end would end the job under the run that has it, or with nothing reported.
   */
  end(state: 'done' | 'failed' | 'stopped'): Promise<void> {
    if (!this.ended && this.lost) {
      clearInterval(this.timer);
      this.ended = Promise.resolve();
    }
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

/** The error `uploadReport` stops files.uploadV2 with at its last step (its own; never Slack's). */
class NotShared extends Error {
  constructor(readonly result: Exclude<CompleteResult, { ok: true }>) {
    super('fleet report not shared');
  }
}

/**
 * The report, uploaded with files.uploadV2's three steps: files.getUploadURLExternal and the bytes to
 * the upload URL through `client` as usual (nothing is shared yet: a retry of either is harmless),
 * then files.completeUploadExternal, which shares the file, through the Delivery
 * (Delivery.completeUpload): only while the job is still this run's, its lease renewed right before
 * (`stillMine`: in shareReport also the job's `share` claim, recorded for this run), with no retry that could share it
 * twice and within one post time limit. So an
 * upload that outlasts the lease is not shared at all ('lost'), rather than landing after the run
 * that took the job over has looked for it and uploaded it itself. 'maybe': Slack may have shared it
 * (a 5xx, a time-out, a reset: shareReport looks for it and never shares it again). 'failed': not shared
 * (refused for good, or the tries ran out on failures that share nothing). Never throws.
 */
async function uploadReport(client: WebClient, delivery: Delivery, args: FilesUploadV2Arguments, stillMine: () => Promise<boolean>, logger: Logger): Promise<'shared' | 'lost' | 'failed' | 'maybe'> {
  // The client's own files.uploadV2 (its step 3 calls this.files.completeUploadExternal), on a view
  // of the client whose completeUploadExternal is the Delivery's (fix58f-fleet-upload-lease.test.ts
  // fails should a client version share the file some other way).
  const complete = async (a: Record<string, unknown>) => {
    const res = await delivery.completeUpload(a, stillMine);
    if (!res.ok) throw new NotShared(res);
    return res.result;
  };
  const view = Object.create(client) as WebClient;
  Object.defineProperty(view, 'files', { value: { ...client.files, completeUploadExternal: complete } });
  try {
    await view.filesUploadV2(args);
    return 'shared';
  } catch (error) {
    if (error instanceof NotShared && error.result.lost) return 'lost';
    const reason = error instanceof NotShared ? error.result.kind : errorCode(error);
    const maybe = error instanceof NotShared && error.result.maybeShared === true;
    logger.warn('fleet report upload failed', { channel: args.channel_id, reason, ...(maybe ? { maybeShared: true } : {}) });
    return maybe ? 'maybe' : 'failed';
  }
}

/** The report's file name: when it was made and the job's id (how a later run of the job finds it in the thread). */
export function reportFilename(jobId: string, at: number | null): string {
  const tag = jobId.replace(/^job:/, '').replace(/[^\w-]/g, '').slice(0, 12);
  if (at === null) return `-${tag}.csv`;
  const stamp = new Date(at).toISOString().replace(/[-:]/g, '').slice(0, 13);
  return `tls-probe-${stamp}-${tag}.csv`;
}

/**
 * What a look in the thread for the report found: its CSV, none, or Slack could not say: 'refused'
 * when Slack refused the look (a history scope the install lacks, a conversation the app cannot
 * read: no retry mends it), 'unknown' for any other failure. Both are "cannot tell": nobody uploads
 * the report again on their word.
 */
type ReportSeen = 'there' | 'absent' | 'unknown' | 'refused';

/** Slack's refusals of a history look that no retry mends (REV35 fleet, a70de30). */
const REFUSED_LOOK = new Set(['missing_scope', 'not_in_channel', 'channel_not_found', 'not_allowed_token_type', 'no_permission', 'access_denied']);

/**
 * Whether the job's report (a file named with its id) is in the thread `threadTs` of `channel` (or at
 * the top of it when there is no thread), and with `topLevel` at the top of the channel / DM as well
 * (a job taken over with no thread of its own: an earlier run may have put it there).
 */
async function lookForReport(client: WebClient, channel: string, threadTs: string | null, topLevel: boolean, job: JobRun, logger: Logger): Promise<ReportSeen> {
  const suffix = reportFilename(job.id, null);
  const inThread = await reportInThread(client, channel, threadTs, suffix, job.startedAt, logger);
  if (inThread === 'there' || !topLevel) return inThread;
  const top = await reportInThread(client, channel, null, suffix, job.startedAt, logger);
  if (top === 'there') return 'there';
  // Not found: a place Slack refused to show may hold it (refused), a failed look may (unknown).
  if (inThread === 'refused' || top === 'refused') return 'refused';
  return inThread === 'unknown' || top === 'unknown' ? 'unknown' : 'absent';
}

/**
 * Whether a file whose name ends with `suffix` was shared in the thread (or the channel / DM) since
 * `since` (conversations.replies / history). 'unknown' when Slack cannot say (a failed call, or more
 * pages than it reads), 'refused' when Slack refused the look (REFUSED_LOOK): then nobody uploads
 * the report again on its word.
 */
async function reportInThread(client: WebClient, channel: string, threadTs: string | null, suffix: string, since: number, logger: Logger): Promise<ReportSeen> {
  const oldest = String(Math.floor(since / 1000) - 120);
  try {
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const res = threadTs
        ? await client.conversations.replies({ channel, ts: threadTs, limit: 200, oldest, ...(cursor ? { cursor } : {}) })
        : await client.conversations.history({ channel, limit: 200, oldest, ...(cursor ? { cursor } : {}) });
      const messages = (res.messages ?? []) as { files?: { name?: unknown }[] }[];
      if (messages.some((m) => (m.files ?? []).some((f) => typeof f.name === 'string' && f.name.endsWith(suffix)))) return 'there';
      cursor = (res as { response_metadata?: { next_cursor?: string } }).response_metadata?.next_cursor || undefined;
      if (!cursor) return 'absent';
    }
    return 'unknown';
  } catch (error) {
    const reason = errorCode(error);
    logger.warn('could not check whether the fleet report reached the thread', { channel, reason });
    return REFUSED_LOOK.has(reason) ? 'refused' : 'unknown';
  }
}

/**
 * The sealed value of a private summary's Share in channel button: where to post, who may, and a
 * nonce (one button posts once; a failed post offers a new button).
 */
export function fleetShareValue(sealer: Sealer, channel: string, user: string, lang: Lang, kept?: string): string {
  return sealer.seal(JSON.stringify({ c: channel, u: user, l: lang, n: randomUUID(), ...(kept ? { k: kept } : {}) }));
}

/** Where a summary shown without a message of its own (through the response_url) is kept for its Share in channel. */
export function fleetCardKey(jobId: string): string {
  return `fleet-card:${jobId}`;
}

/** A Share in channel button's sealed value, opened; null when it is not ours or was changed. */
export function openFleetShare(sealer: Sealer, value: string | undefined): { channel: string; user: string; lang: Lang; nonce: string; kept?: string } | null {
  const text = sealer.open(value);
  if (!text) return null;
  try {
    const v = JSON.parse(text) as { c?: unknown; u?: unknown; l?: unknown; n?: unknown; k?: unknown };
    if (typeof v.c !== 'string' || !/^[CG][A-Z0-9]{2,}$/.test(v.c) || typeof v.u !== 'string' || typeof v.n !== 'string') return null;
    const kept = typeof v.k === 'string' && /^fleet-card:[\w:-]{1,80}$/.test(v.k) ? { kept: v.k } : {};
    return { channel: v.c, user: v.u, lang: v.l === 'ja' ? 'ja' : 'en', nonce: v.n, ...kept };
  } catch {
    return null;
  }
}
