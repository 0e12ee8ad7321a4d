/**
 * The TLS probe: which protocol versions an endpoint accepts, what TMS at Medium / Medium-High
 * would see, the certificate, and optionally the HTTP->HTTPS redirect. Every target passes the
 * policy (src/probe/policy.ts) before any packet is sent.
 */
import type { ProbeResult, ProtocolKey, Tri } from './types';
import { checkTarget, type CheckedTarget, type ProbePolicy, type RefusalKind, type Resolver } from './policy';
import { checkProtocols, type CheckContext, type VersionVerdict } from './checks/protocols';
import { fetchCertificate } from './checks/certificate';
import { checkHttpRedirect } from './checks/http-redirect';
import { PROTOCOL_KEYS } from './wire/clienthello';
import { PROBE_ERROR } from './errors';
import type { ConnectFn } from './net';

export type { ProbePolicy, RefusalKind, Resolver, Cidr, CheckedTarget, CheckResult } from './policy';
export { refusalText } from './refusal';
export { policyFromEnv, checkTarget, parseCidr, DEFAULT_ALLOW, DEFAULT_PORTS } from './policy';
export type { ProbeResult, ProtocolKey, Tri, CertificateInfo } from './types';
export { conclusion, formatProbeText } from './report';

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_DEADLINE_MS = 15000;

export interface ProbeOptions {
  policy: ProbePolicy;
  /** Per attempt (connect + answer), default 5000 ms. */
  timeoutMs?: number;
  /** Whole probe, default 15000 ms. */
  deadlineMs?: number;
  /** Also check plain HTTP (port 80 unless httpPort) for a redirect to HTTPS. */
  http?: boolean;
  httpPort?: number;
  resolve?: Resolver;
  /** Skip the certificate handshake. */
  certificate?: boolean;
  /** For tests: the TCP connect function. */
  connect?: ConnectFn;
  /**
   * The target as checkTarget already allowed it under this policy (its name resolved once, before
   * anything was announced): probed as it is, without a second lookup that could answer otherwise.
   */
  checked?: CheckedTarget;
}

export type ProbeOutcome = { ok: true; result: ProbeResult } | { ok: false; kind: RefusalKind; reason: string };

function clampMs(v: number | undefined, dflt: number, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return dflt;
  return Math.min(max, Math.max(min, Math.round(v)));
}

export function tmsVerdicts(p: Record<ProtocolKey, Tri>): { medium: Tri; mediumHigh: Tri } {
  const mh: Tri[] = [p['tls1.0'], p['tls1.1'], p['tls1.2']];
  const mediumHigh: Tri = mh.some((v) => v === true) ? true : mh.every((v) => v === false) ? false : null;
  return { medium: p['tls1.0'], mediumHigh };
}

/** Turns per-version verdicts into the reachable / tls / error summary. */
export function summarise(verdicts: VersionVerdict[]): Pick<ProbeResult, 'reachable' | 'tls' | 'protocols' | 'detail' | 'error'> {
  const protocols = Object.fromEntries(PROTOCOL_KEYS.map((k) => [k, null])) as Record<ProtocolKey, Tri>;
  const detail: Partial<Record<ProtocolKey, string>> = {};
  for (const v of verdicts) {
    protocols[v.key] = v.accepted;
    detail[v.key] = v.detail;
  }
  const reachable = verdicts.some((v) => v.reachable);
  const tls: boolean | null = verdicts.some((v) => v.tls === true) ? true : verdicts.some((v) => v.tls === false) ? false : null;
  let error: string | null = null;
  if (!reachable) {
    if (verdicts.some((v) => v.connect === 'refused')) error = PROBE_ERROR.refused.en;
    else if (verdicts.some((v) => v.connect === 'timeout' && v.deadline)) error = PROBE_ERROR.deadline.en;
    else if (verdicts.some((v) => v.connect === 'timeout')) error = PROBE_ERROR.silent.en;
    else error = verdicts.find((v) => v.connect === 'error')?.detail ?? PROBE_ERROR.unreachable.en;
  } else if (tls === false) {
    error = verdicts.some((v) => v.http) ? PROBE_ERROR.plainHttp.en : PROBE_ERROR.notTls.en;
  } else if (tls === null) {
    if (verdicts.every((v) => !v.reachable || v.accepted === null)) {
      error = verdicts.some((v) => v.detail.startsWith('malformed'))
        ? PROBE_ERROR.malformed.en
        : verdicts.some((v) => v.deadline)
          ? PROBE_ERROR.deadline.en
          : PROBE_ERROR.noAnswer.en;
    } else if (verdicts.every((v) => !v.reachable || v.accepted === false)) {
      error = PROBE_ERROR.dropped.en;
    }
  }
  return { reachable, tls, protocols, detail, error };
}

/**
 * Checks the target against the policy, then probes it. Never throws, never rejects.
 * `{ ok: false }` only when the target was refused or malformed (nothing was sent then).
 */
export async function runProbe(input: string, opts: ProbeOptions): Promise<ProbeOutcome> {
  const started = Date.now();
  try {
    const checked = opts.checked ?? (await checkTarget(input, opts.policy, opts.resolve));
    if (!checked.ok) return checked;
    const timeoutMs = clampMs(opts.timeoutMs, DEFAULT_TIMEOUT_MS, 50, 120000);
    const deadlineMs = clampMs(opts.deadlineMs, Math.max(DEFAULT_DEADLINE_MS, timeoutMs + 1000), 50, 600000);
    const ac = new AbortController();
    const deadline = setTimeout(() => ac.abort(), Math.max(1, deadlineMs - (Date.now() - started)));
    try {
      const serverName = checked.host === checked.address || checked.host.includes(':') ? null : checked.host;
      const ctx: CheckContext = { address: checked.address, port: checked.port, serverName, timeoutMs, deadlineMs, signal: ac.signal, connect: opts.connect };
      const httpPort = opts.httpPort ?? 80;
      const httpAllowed = opts.http ? opts.policy.ports.includes(httpPort) : false;
      const [verdicts, cert, http] = await Promise.all([
        checkProtocols(ctx),
        opts.certificate === false ? Promise.resolve(null) : fetchCertificate(ctx),
        httpAllowed ? checkHttpRedirect({ ...ctx, port: httpPort }) : Promise.resolve(null),
      ]);
      const s = summarise(verdicts);
      const result: ProbeResult = {
        target: checked.host === checked.address ? `${checked.address.includes(':') ? `[${checked.address}]` : checked.address}:${checked.port}` : `${checked.host}:${checked.port}`,
        address: checked.address,
        port: checked.port,
        reachable: s.reachable,
        tls: s.tls,
        protocols: s.protocols,
        tms: tmsVerdicts(s.protocols),
        certificate: s.tls === false ? null : cert?.certificate ?? null,
        error: s.error,
        durationMs: Date.now() - started,
        detail: s.detail,
      };
      if (opts.http) {
        result.http = http
          ? { port: http.port, status: http.status, location: http.location, redirectsToHttps: http.redirectsToHttps }
          : { port: httpPort, status: null, location: null, redirectsToHttps: null };
      }
      return { ok: true, result };
    } finally {
      clearTimeout(deadline);
      ac.abort();
    }
  } catch (e) {
    return { ok: false, kind: 'error', reason: `The probe failed unexpectedly (${e instanceof Error ? e.message : String(e)}).` };
  }
}
