/**
 * Fleet probe: many targets, each probed exactly as a single probe (`runProbe`, same policy,
 * same timeouts), with bounded concurrency and a whole-job deadline. Targets are pulled from an
 * async iterable as workers free up and each result is handed to `onResult` as soon as it is
 * known, so memory does not grow with the list: the summary keeps counts and capped lists only.
 */
import { runProbe, type ProbeOptions, type ProbeOutcome } from './index';
import { checkWithoutLookup, type RefusalKind } from './policy';
import type { ProbeResult } from './types';
import type { TargetEntry } from './targets';
import type { LocalizedText } from '../domain/types';
import { probeErrorText } from './errors';
import { FLEET_VERDICT_LABEL } from './output-words';
import { noLevelNext } from './no-level-words';
import { endpointRefusesTls10, formatEndpoint, parseEndpoint } from '../domain/versions';

export const DEFAULT_CONCURRENCY = 32;
export const MAX_CONCURRENCY = 512;
/** How many systems each list in the summary names. */
export const SUMMARY_LIST_CAP = 50;

/**
 * One word per target for tables and counts:
 * - medium-fails: TLS 1.0 refused, TLS 1.1/1.2 accepted (Medium-High reaches it)
 * - medium-ok: TLS 1.0 accepted (TMS at Medium reaches it)
 * - no-level: TLS 1.0, 1.1 and 1.2 all refused (e.g. TLS 1.3 only): no TMS level reaches it
 * - not-tls: the port answers, but not in TLS (plain HTTP, other bytes)
 * - unreachable: port closed, host silent, connection failed
 * - unclear: connected, but no clear TLS answer in time
 * - not-probed: refused by the policy, malformed, duplicate, or the job's deadline came first
 */
export type FleetVerdict = 'medium-fails' | 'medium-ok' | 'no-level' | 'not-tls' | 'unreachable' | 'unclear' | 'not-probed';

export const FLEET_VERDICTS: FleetVerdict[] = ['medium-fails', 'medium-ok', 'no-level', 'not-tls', 'unreachable', 'unclear', 'not-probed'];

export const VERDICT_LABEL: Record<FleetVerdict, string> = FLEET_VERDICT_LABEL;

export type SkipKind = RefusalKind | 'duplicate' | 'deadline';

/** An earlier line of the list that gave the same address another system name or software version. */
export interface ClaimedBy {
  line: number;
  name: string | null;
  stated: string | null;
}

export interface FleetItem {
  /** Order in which the target was read (0-based). */
  index: number;
  line: number;
  input: string;
  name: string | null;
  stated: string | null;
  verdict: FleetVerdict;
  /** The single-probe result, when the target was probed. */
  result: ProbeResult | null;
  /** Why it was not probed. */
  skipped: { kind: SkipKind; reason: string; other?: ClaimedBy; firstRefused?: true } | null;
  /** The stated software version and the probe disagree (text), or null. */
  mismatch: string | null;
}

export interface FleetSystem {
  target: string;
  name: string | null;
  line: number;
  /** Why it is listed (the probe's error, the version disagreement, why it was not probed), in both languages. */
  note?: LocalizedText;
  /** Why a target was not probed (not-probed systems only). */
  skip?: SkipKind;
  /** A duplicate address that an earlier line gave to another system (name or version differs). */
  other?: ClaimedBy;
  /** A duplicate of a target the policy refused: the earlier line was not probed either. */
  firstRefused?: true;
  /** A no-level system: whether it accepted TLS 1.3 (absent: not known). */
  tls13?: boolean;
}

export interface FleetSummary {
  total: number;
  probed: number;
  counts: Record<FleetVerdict, number>;
  /** not-probed, split by why. */
  skipped: Partial<Record<SkipKind, number>>;
  /** TMS at Medium cannot reach these (TLS 1.0 refused, TLS 1.1/1.2 not refused too), first SUMMARY_LIST_CAP. */
  mediumCannotReach: FleetSystem[];
  mediumCannotReachCount: number;
  /** TLS 1.0, 1.1 and 1.2 all fail (TLS 1.3 may complete): not an upgrade, check what answers at the address, first SUMMARY_LIST_CAP. */
  noLevel: FleetSystem[];
  noLevelCount: number;
  /** Of the no-level systems, how many accepted TLS 1.3 and how many refused it too (absent in older summaries: none known). */
  noLevelTls13?: { accepted: number; refused: number };
  /** Addresses that two lines give to systems with different names or versions, first SUMMARY_LIST_CAP. */
  claimed: FleetSystem[];
  claimedCount: number;
  /** Closed, silent, not TLS, no clear TLS answer: look at them separately, first SUMMARY_LIST_CAP. */
  noAnswer: FleetSystem[];
  noAnswerCount: number;
  mismatches: FleetSystem[];
  mismatchCount: number;
  /** Refused by the policy, unreadable, duplicate or out of time, first SUMMARY_LIST_CAP, each with why (`skip`, `note`). */
  notProbed: FleetSystem[];
  notProbedCount: number;
  /** The job's deadline stopped it before every target was probed. */
  deadlineHit: boolean;
  /** The list was longer than the job's maximum: only this many entries were read. */
  truncatedAt: number | null;
  durationMs: number;
  concurrency: number;
}

export interface FleetOptions extends Omit<ProbeOptions, 'deadlineMs'> {
  concurrency?: number;
  /** Per-target deadline (as a single probe's --deadline). */
  probeDeadlineMs?: number;
  /** Whole job: no target starts after it, and running ones get only the time left. */
  jobDeadlineMs?: number;
  /** Read at most this many entries; the rest of the list is left unread (summary.truncatedAt). */
  maxTargets?: number;
  /** Stops the job like the deadline (a user cancel, a shutdown). */
  signal?: AbortSignal;
  /** Called once per target, in completion order; awaited (backpressure). */
  onResult?: (item: FleetItem) => void | Promise<void>;
  /** Called after each target with the count done so far. */
  onProgress?: (done: number) => void;
  /** For tests: the probe to run (default runProbe). */
  probe?: (input: string, opts: ProbeOptions) => Promise<ProbeOutcome>;
}

/** The verdict word for a single probe's result. */
export function verdictOf(r: ProbeResult): FleetVerdict {
  if (!r.reachable) return 'unreachable';
  if (r.tls === false) return 'not-tls';
  const { medium, mediumHigh } = r.tms;
  if (medium === true) return 'medium-ok';
  if (medium === false && mediumHigh === true) return 'medium-fails';
  if (medium === false && mediumHigh === false) return 'no-level';
  return 'unclear';
}

/**
 * Compares the software version a list states with what the probe saw: an endpoint on TC 7.3.6+,
 * CE 8.1+ or RoomOS refuses TLS 1.0, older ones accept it. Null when they agree or either side is
 * unknown (a vague or unreadable version is not a disagreement).
 */
export function versionMismatch(stated: string | null, r: ProbeResult | null): string | null {
  return versionMismatchText(stated, r)?.en ?? null;
}

/** `versionMismatch` in both languages. */
export function versionMismatchText(stated: string | null, r: ProbeResult | null): LocalizedText | null {
  if (!stated || !r || r.tms.medium === null || !r.reachable || r.tls === false) return null;
  const p = parseEndpoint(stated);
  if (!p.ok) return null;
  const refuses = endpointRefusesTls10(p.value);
  const v = formatEndpoint(p.value);
  if (r.tms.medium === false && r.tms.mediumHigh === false) {
    // Every TC/CE release accepts TLS 1.2: neither an upgrade nor a TLS 1.0 change explains this port (as probeNoTmsProtocol says).
    // TLS 1.3 tells what to check first: the endpoint's MinimumTLSVersion (accepted), or not it (refused too) (QA55 #6).
    const next = noLevelNext(r.protocols['tls1.3']);
    if (next) {
      return {
        en: `${v} should accept TLS 1.2 (every TC/CE release does at its defaults), but TLS 1.0, 1.1 and 1.2 all failed here: ${next.en}.`,
        ja: `${v} は TLS 1.2 を受け付けるはずです（TC/CE はどのリリースも初期設定で受け付けます）が、ここでは TLS 1.0・1.1・1.2 のどれも成立しませんでした。${next.ja}。`,
      };
    }
    return {
      en: `${v} should accept TLS 1.2 (every TC/CE release does), but TLS 1.0, 1.1 and 1.2 all failed here: check that this address is the endpoint's HTTPS service (HTTP Mode / HTTPS Mode, a proxy or firewall in front).`,
      ja: `${v} は TLS 1.2 を受け付けるはずです（TC/CE はどのリリースも受け付けます）が、ここでは TLS 1.0・1.1・1.2 のどれも成立しませんでした。このアドレスがエンドポイントの HTTPS サービスか（HTTP Mode / HTTPS Mode、前段のプロキシやファイアウォール）を確認してください。`,
    };
  }
  if (refuses && r.tms.medium === true) {
    return {
      en: `${v} should refuse TLS 1.0, but the probe saw it accepted: check the software version (or a proxy in front).`,
      ja: `${v} は TLS 1.0 を拒否するはずですが、プローブでは受け付けました。ソフトウェア バージョン（または前段のプロキシ）を確認してください。`,
    };
  }
  if (!refuses && r.tms.medium === false) {
    return {
      en: `${v} should accept TLS 1.0, but the probe saw it refused: the system was probably upgraded, or HTTPS is hardened.`,
      ja: `${v} は TLS 1.0 を受け付けるはずですが、プローブでは拒否されました。アップグレード済みか、HTTPS の設定が強化されている可能性があります。`,
    };
  }
  return null;
}

export function emptySummary(concurrency = DEFAULT_CONCURRENCY): FleetSummary {
  return {
    total: 0,
    probed: 0,
    counts: Object.fromEntries(FLEET_VERDICTS.map((v) => [v, 0])) as Record<FleetVerdict, number>,
    skipped: {},
    mediumCannotReach: [],
    mediumCannotReachCount: 0,
    noLevel: [],
    noLevelCount: 0,
    noLevelTls13: { accepted: 0, refused: 0 },
    claimed: [],
    claimedCount: 0,
    noAnswer: [],
    noAnswerCount: 0,
    mismatches: [],
    mismatchCount: 0,
    notProbed: [],
    notProbedCount: 0,
    deadlineHit: false,
    truncatedAt: null,
    durationMs: 0,
    concurrency,
  };
}

/** Adds one item to a summary (counts and capped lists). */
export function addToSummary(s: FleetSummary, item: FleetItem): void {
  s.total++;
  s.counts[item.verdict]++;
  if (item.result) s.probed++;
  if (item.skipped) s.skipped[item.skipped.kind] = (s.skipped[item.skipped.kind] ?? 0) + 1;
  const sys = (note?: LocalizedText | null): FleetSystem => ({ target: item.result?.target ?? item.input, name: item.name, line: item.line, ...(note ? { note } : {}) });
  // A port that refuses TLS 1.2 too is not one Medium-High would fix: listed on its own (noLevel).
  if (item.result?.tms.medium === false && item.result.tms.mediumHigh !== false) {
    s.mediumCannotReachCount++;
    if (s.mediumCannotReach.length < SUMMARY_LIST_CAP) s.mediumCannotReach.push(sys());
  }
  if (item.verdict === 'no-level') {
    s.noLevelCount++;
    // Each with what TLS 1.3 says to check next (the endpoint's MinimumTLSVersion, or not it: QA55 #6).
    const tls13 = item.result?.protocols['tls1.3'];
    if (tls13 === true || tls13 === false) {
      const c = (s.noLevelTls13 ??= { accepted: 0, refused: 0 });
      if (tls13) c.accepted++;
      else c.refused++;
    }
    if (s.noLevel.length < SUMMARY_LIST_CAP) s.noLevel.push({ ...sys(noLevelNext(tls13)), ...(tls13 === true || tls13 === false ? { tls13 } : {}) });
  }
  if (item.skipped?.other) {
    s.claimedCount++;
    const o = item.skipped.other;
    const who = (line: number, name: string | null, stated: string | null) => `${line}${name || stated ? ` (${[name, stated].filter(Boolean).join(', ')})` : ''}`;
    const en = `line ${who(o.line, o.name, o.stated)} and line ${who(item.line, item.name, item.stated)}`;
    const jaWho = (line: number, name: string | null, stated: string | null) => `${line} 行目${name || stated ? `（${[name, stated].filter(Boolean).join('、')}）` : ''}`;
    const ja = `${jaWho(o.line, o.name, o.stated)}と${jaWho(item.line, item.name, item.stated)}`;
    if (s.claimed.length < SUMMARY_LIST_CAP) s.claimed.push({ ...sys({ en, ja }), other: o });
  }
  if (item.verdict === 'unreachable' || item.verdict === 'not-tls' || item.verdict === 'unclear') {
    s.noAnswerCount++;
    if (s.noAnswer.length < SUMMARY_LIST_CAP) s.noAnswer.push(sys(item.result?.error ? { en: item.result.error, ja: probeErrorText(item.result.error, 'ja') } : null));
  }
  if (item.verdict === 'not-probed') {
    s.notProbedCount++;
    const why = item.skipped;
    if (s.notProbed.length < SUMMARY_LIST_CAP) {
      s.notProbed.push({ ...sys(why ? { en: why.reason, ja: why.reason } : null), ...(why ? { skip: why.kind } : {}), ...(why?.other ? { other: why.other } : {}), ...(why?.firstRefused ? { firstRefused: true as const } : {}) });
    }
  }
  if (item.mismatch) {
    s.mismatchCount++;
    if (s.mismatches.length < SUMMARY_LIST_CAP) s.mismatches.push(sys(versionMismatchText(item.stated, item.result) ?? { en: item.mismatch, ja: item.mismatch }));
  }
}

function clampConcurrency(n: number | undefined): number {
  if (typeof n !== 'number' || !Number.isFinite(n)) return DEFAULT_CONCURRENCY;
  return Math.min(MAX_CONCURRENCY, Math.max(1, Math.floor(n)));
}

/**
 * Probes every entry. Never throws for a target: refusals, malformed lines and duplicates become
 * `not-probed` items with their reason. Resolves with the summary once every entry is accounted
 * for (after the deadline, the entries left are drained and reported as not probed, unprobed).
 */
export async function runFleet(entries: AsyncIterable<TargetEntry>, opts: FleetOptions): Promise<FleetSummary> {
  const started = Date.now();
  const concurrency = clampConcurrency(opts.concurrency);
  const summary = emptySummary(concurrency);
  const probe = opts.probe ?? runProbe;
  const jobEnd = typeof opts.jobDeadlineMs === 'number' && Number.isFinite(opts.jobDeadlineMs) ? started + Math.max(1, opts.jobDeadlineMs) : Infinity;
  const it = entries[Symbol.asyncIterator]();
  let index = 0;
  let done = 0;
  let sink: Promise<void> = Promise.resolve();
  const stopped = () => opts.signal?.aborted === true || Date.now() >= jobEnd;

  const emit = (item: FleetItem): Promise<void> => {
    addToSummary(summary, item);
    done++;
    // Results are handed over one at a time, in completion order.
    sink = sink.then(async () => {
      try {
        await opts.onResult?.(item);
      } catch {
        // a failing sink must not stop the job; the summary still counts the target
      }
    });
    opts.onProgress?.(done);
    return sink;
  };

  const max = typeof opts.maxTargets === 'number' && opts.maxTargets >= 0 ? Math.floor(opts.maxTargets) : Infinity;
  let taken = 0;
  const next = async (): Promise<TargetEntry | null> => {
    if (taken >= max) {
      if (summary.truncatedAt === null) {
        const more = await it.next();
        if (!more.done) summary.truncatedAt = max;
      }
      return null;
    }
    taken++;
    const r = await it.next();
    return r.done ? null : r.value;
  };

  // A duplicate of a target the policy refuses (settled without a lookup: the same address and port, the same policy):
  // the earlier line was refused too, so nothing was "probed once" (QA43 #9). Names needing a lookup keep the reason.
  const duplicateOfRefused = (e: TargetEntry): { reason: string } | null => {
    if (e.error?.kind !== 'duplicate' || !opts.policy || checkWithoutLookup(e.input, opts.policy).ok !== false) return null;
    return { reason: e.error.other ? e.error.reason.replace(/: the address was probed once, for line \d+;/, ': not probed there either (refused);') : 'listed before (refused there too, not probed)' };
  };

  const worker = async (): Promise<void> => {
    for (;;) {
      const e = await next();
      if (e === null) return;
      const base = { index: index++, line: e.line, input: e.input, name: e.name, stated: e.stated, result: null, mismatch: null };
      if (e.error) {
        const refused = duplicateOfRefused(e);
        await emit({ ...base, verdict: 'not-probed', skipped: { kind: e.error.kind, reason: refused?.reason ?? e.error.reason, ...(e.error.other ? { other: e.error.other } : {}), ...(refused ? { firstRefused: true as const } : {}) } });
        continue;
      }
      if (stopped()) {
        summary.deadlineHit = true;
        const why = opts.signal?.aborted ? 'the job was stopped before this target was probed' : "the job's deadline passed before this target was probed";
        await emit({ ...base, verdict: 'not-probed', skipped: { kind: 'deadline', reason: why } });
        continue;
      }
      const left = jobEnd - Date.now();
      const probeOpts: ProbeOptions = {
        policy: opts.policy,
        timeoutMs: opts.timeoutMs,
        http: opts.http,
        httpPort: opts.httpPort,
        resolve: opts.resolve,
        certificate: opts.certificate,
        connect: opts.connect,
      };
      const deadlineMs = Math.min(opts.probeDeadlineMs ?? Infinity, left);
      if (Number.isFinite(deadlineMs)) probeOpts.deadlineMs = deadlineMs;
      let out: ProbeOutcome;
      try {
        out = await probe(e.input, probeOpts);
      } catch (err) {
        out = { ok: false, kind: 'error', reason: `The probe failed unexpectedly (${err instanceof Error ? err.message : String(err)}).` };
      }
      if (!out.ok) {
        await emit({ ...base, verdict: 'not-probed', skipped: { kind: out.kind, reason: out.reason } });
        continue;
      }
      await emit({ ...base, skipped: null, result: out.result, verdict: verdictOf(out.result), mismatch: versionMismatch(e.stated, out.result) });
    }
  };

  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await it.return?.(undefined);
  }
  await sink;
  summary.durationMs = Date.now() - started;
  return summary;
}
