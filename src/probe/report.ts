/** Human-readable probe output: a version table, TMS verdicts, certificate and a conclusion. */
import type { ProbeResult, ProtocolKey, Tri } from './types';
import { PROTOCOL_KEYS } from './wire/clienthello';
import { noLevelNext } from './no-level-words';
import { CONCLUSION, PROBE_HEADING, PROTOCOL_LABEL, RESULT_WORD, TABLE_HEAD, TMS_AT } from './output-words';

function word(v: Tri): string {
  return v === true ? RESULT_WORD.accepted : v === false ? RESULT_WORD.refused : RESULT_WORD.unknown;
}

/** One sentence a support engineer can paste into a ticket. */
export function conclusion(r: ProbeResult): string {
  if (!r.reachable) return `${r.target} could not be reached (${r.error ?? 'unreachable'}); nothing can be said about TLS yet.`;
  if (r.tls === false) return `${r.target} does not speak TLS (${r.error ?? 'not TLS'}); TMS would report "No HTTPS response" here for a different reason than TLS versions.`;
  const { medium, mediumHigh } = r.tms;
  if (medium === false && mediumHigh === true) {
    return CONCLUSION.mediumFails;
  }
  if (medium === true) {
    return CONCLUSION.mediumOk;
  }
  if (medium === false && mediumHigh === false) {
    // What to check next follows from TLS 1.3: accepted, the endpoint's minimum; refused too, not the minimum (QA55 #6).
    const next = noLevelNext(r.protocols['tls1.3']);
    const head = r.protocols['tls1.3'] === true ? CONCLUSION.only13 : CONCLUSION.noLevel;
    return next ? `${head} Next: ${next.en}.` : head;
  }
  if (medium === false) return CONCLUSION.mediumFailsUnknown;
  if (mediumHigh === true) return CONCLUSION.mediumHighOnly;
  if (PROTOCOL_KEYS.some((k) => r.detail?.[k]?.startsWith('malformed'))) {
    // Waiting longer does not mend a broken answer: say what it is instead.
    return `${r.target} answers with malformed TLS (${r.error ?? 'malformed'}): it is not a TLS server TMS could manage over HTTPS; check that this is the endpoint's HTTPS port.`;
  }
  // The probe's deadline cut it (QA55 #8): that is the limit to raise, not the per-attempt --timeout.
  if (PROTOCOL_KEYS.some((k) => r.detail?.[k]?.includes("before the probe's deadline"))) return `No clear answer from ${r.target} before the probe's deadline; try again with a longer --deadline.`;
  return `No clear answer from ${r.target}${r.error ? ` (${r.error})` : ''}; try again with a longer --timeout.`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** The High line: TMS validates the certificate there, so a self-signed or expired one fails. */
function atHigh(c: ProbeResult['certificate']): string {
  if (!c) return 'unknown (no certificate was seen)';
  if (c.selfSigned && c.expired) return 'likely fails (self-signed and expired certificate)';
  if (c.selfSigned) return 'likely fails (self-signed certificate)';
  if (c.expired) return 'likely fails (expired certificate)';
  return 'works if the TMS server trusts the issuer';
}

export function formatProbeText(r: ProbeResult): string {
  const out: string[] = [];
  out.push(`${PROBE_HEADING}${r.target}${r.address && !r.target.startsWith(r.address) ? ` (${r.address})` : ''} — ${r.durationMs} ms`);
  if (r.error) out.push(`Note: ${r.error}`);
  out.push('');
  out.push(`  ${pad(TABLE_HEAD[0], 9)}  ${pad(TABLE_HEAD[1], 9)}  ${TABLE_HEAD[2]}`);
  out.push(`  ${'-'.repeat(9)}  ${'-'.repeat(9)}  ${'-'.repeat(30)}`);
  for (const k of PROTOCOL_KEYS as ProtocolKey[]) {
    out.push(`  ${pad(PROTOCOL_LABEL[k], 9)}  ${pad(word(r.protocols[k]), 9)}  ${r.detail?.[k] ?? ''}`);
  }
  out.push('');
  const tms = (v: Tri, what: string) => (v === true ? `works (${what} accepted)` : v === false ? `fails (${what} refused)` : 'unknown');
  out.push(`${pad(TMS_AT.medium, 40)}${tms(r.tms.medium, 'TLS 1.0')}`);
  out.push(`${pad(TMS_AT.mediumHigh, 40)}${tms(r.tms.mediumHigh, r.tms.mediumHigh === true ? 'TLS 1.x' : 'TLS 1.0-1.2')}`);
  // High = Medium-High + validation of the endpoint's certificate (TMS Administrator Guide): a check, not a verdict.
  if (r.tms.mediumHigh === true) out.push(`${pad(TMS_AT.high, 40)}${atHigh(r.certificate)}`);
  if (r.certificate) {
    const c = r.certificate;
    out.push('');
    out.push('Certificate:');
    out.push(`  Subject:   ${c.subject || '(empty)'}`);
    if (c.subjectAltNames.length) out.push(`  SANs:      ${c.subjectAltNames.join(', ')}`);
    out.push(`  Issuer:    ${c.issuer || '(empty)'}${c.selfSigned ? '  [self-signed]' : ''}`);
    out.push(`  Valid:     ${c.validFrom} to ${c.validTo}${c.expired ? '  [EXPIRED]' : ''}`);
    out.push(`  Key:       ${c.keyType}${c.keyBits ? ` ${c.keyBits} bits` : ''}; signature ${c.signatureAlgorithm ?? 'unknown'}`);
    out.push(`  SHA-256:   ${c.fingerprint256}`);
  }
  if (r.http) {
    const h = r.http;
    out.push('');
    out.push(
      h.status === null
        ? `HTTP (port ${h.port}): no HTTP answer`
        : `HTTP (port ${h.port}): ${h.status}${h.location ? ` -> ${h.location}` : ''}${h.redirectsToHttps ? ' (redirects to HTTPS)' : ''}`,
    );
  }
  out.push('');
  out.push(conclusion(r));
  return out.join('\n') + '\n';
}
