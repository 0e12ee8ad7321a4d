/**
 * A probe result as a reply (the document model), so it renders through the same Block Kit code.
 */
import type { Block, Reply } from '../conversation/document';
import type { Lang, TmsVersion } from '../domain/types';
import { formatTms, tmsCanBeFixedInPlace } from '../domain/versions';
import { probeErrorText } from '../probe/errors';
import { PROBE_CARD_WORDS } from '../probe/card-words';
import type { ProbeResult, ProtocolKey, Tri } from '../probe/types';

const PROTOCOLS: [ProtocolKey, string][] = [
  ['ssl3', 'SSL 3.0'],
  ['tls1.0', 'TLS 1.0'],
  ['tls1.1', 'TLS 1.1'],
  ['tls1.2', 'TLS 1.2'],
  ['tls1.3', 'TLS 1.3'],
];

// The card's words live with the probe's other fixed words, so a card pasted back is recognised (src/probe/output-read.ts).
const W = PROBE_CARD_WORDS;

function tri(v: Tri, lang: Lang): string {
  const w = W[lang];
  return v === true ? w.accepted : v === false ? w.refused : w.unknown;
}

const MARK = (v: Tri) => (v === true ? '✓' : v === false ? '✗' : '–');

/**
 * The TMS release on record when it is before 15 (knowledge.md "TMS before 15": no Communication Security levels, TLS 1.0
 * only whatever is set), else null: the result then speaks of that release, never of Medium-High (QA54 #3).
 */
function oldTms(tms: TmsVersion | undefined): string | null {
  return tms && !tmsCanBeFixedInPlace(tms) ? formatTms(tms) : null;
}

type TriKey = 'true' | 'false' | 'null';

/** Display width: East Asian wide characters count 2 (so the columns line up in Japanese too). */
function width(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

/**
 * The compact result: one row per protocol (accepted / refused), then what TMS would see at Medium
 * (TLS 1.0 only) and at Medium-High (TLS 1.0–1.2). Monospaced, so it reads as a table anywhere.
 */
export function table(r: ProbeResult, lang: Lang, tmsOnRecord?: TmsVersion): string {
  const w = W[lang];
  const rows: [string, string][] = PROTOCOLS.map(([k, name]) => {
    const v = r.protocols[k] ?? null;
    return [name, `${MARK(v)} ${tri(v, lang)}`];
  });
  const tms = (v: Tri) => `${MARK(v)} ${v === true ? w.connects : v === false ? w.cannot : w.unknown}`;
  // (A TMS before 15 sends TLS 1.0 only, as TMS at Medium does: its one row is the Medium verdict.)
  const old = oldTms(tmsOnRecord);
  if (old) rows.push([w.tmsOld(old), tms(r.tms.medium)]);
  else rows.push([w.tmsMedium, tms(r.tms.medium)], [w.tmsMediumHigh, tms(r.tms.mediumHigh)]);
  const col = Math.max(...rows.map(([a]) => width(a))) + 2;
  return rows.map(([a, b]) => `${a}${' '.repeat(col - width(a))}${b}`).join('\n');
}

/** The result in one line (what a diagnosis card carries in place of the table). `tmsOnRecord`: the conversation's TMS release. */
export function probeBrief(r: ProbeResult, lang: Lang, tmsOnRecord?: TmsVersion): string {
  const w = W[lang];
  if (!r.reachable) return w.briefUnreachable(r.target);
  if (r.tls === false) return w.briefNotTls(r.target);
  const sp = lang === 'ja' ? '' : ' ';
  const old = oldTms(tmsOnRecord);
  if (old) {
    const said = [w.briefProtocols(tri(r.protocols['tls1.0'] ?? null, lang), tri(r.protocols['tls1.2'] ?? null, lang)), w.briefOld[String(r.tms.medium) as TriKey](old)].filter(Boolean);
    return w.brief(r.target, said.join(sp));
  }
  const parts = [
    w.briefProtocols(tri(r.protocols['tls1.0'] ?? null, lang), tri(r.protocols['tls1.2'] ?? null, lang)),
    w.briefMedium[String(r.tms.medium) as 'true' | 'false' | 'null'],
    w.briefHigh[String(r.tms.mediumHigh) as 'true' | 'false' | 'null'],
    r.certificate && r.tms.mediumHigh === true && (r.certificate.selfSigned || r.certificate.expired) ? w.briefCert(r.certificate.selfSigned) : '',
  ].filter(Boolean);
  return w.brief(r.target, parts.join(sp));
}

/** `tmsOnRecord`: the conversation's TMS release, when known (before 15, the result speaks of it, not of the levels). */
export function probeReply(r: ProbeResult, lang: Lang, tmsOnRecord?: TmsVersion): Reply {
  const w = W[lang];
  const blocks: Block[] = [{ type: 'heading', text: w.title(r.target) }];
  if (!r.reachable) {
    blocks.push({ type: 'paragraph', text: w.unreachable(r.target, r.error) });
  } else if (r.tls === false) {
    blocks.push({ type: 'paragraph', text: w.notTls(r.target) });
    // what it answered instead (e.g. plain HTTP: the port given is probably not the HTTPS one)
    if (r.error) blocks.push({ type: 'context', text: probeErrorText(r.error, lang) });
  } else {
    blocks.push({ type: 'code', text: table(r, lang, tmsOnRecord) });
    const old = oldTms(tmsOnRecord);
    const medium = old ? w.old[String(r.tms.medium) as TriKey](old) : w.medium[String(r.tms.medium) as TriKey];
    const high = old ? (r.tms.medium === false && r.tms.mediumHigh === false ? w.oldTls12Failed : '') : w.mediumHigh[String(r.tms.mediumHigh) as TriKey];
    if (r.tms.medium === false) blocks.push({ type: 'warning', title: w.refusedTitle, text: `${medium}${high ? ` ${high}` : ''}` });
    else blocks.push({ type: 'paragraph', text: `${medium}${high ? ` ${high}` : ''}` });
    if (r.error) blocks.push({ type: 'context', text: probeErrorText(r.error, lang) });
    if (r.certificate) {
      const c = r.certificate;
      // (A TMS before 15 has no High level to check the certificate at.)
      const atHigh = !old && r.tms.mediumHigh === true && (c.selfSigned || c.expired) ? ` ${w.certAtHigh(c.selfSigned)}` : '';
      blocks.push({ type: 'paragraph', text: `${w.cert(c.subject, c.validTo.slice(0, 10), c.selfSigned, c.expired)}${atHigh}` });
    }
  }
  blocks.push({ type: 'context', text: w.took(Math.round(r.durationMs), r.address, r.port) });
  return { lang, blocks, brief: probeBrief(r, lang, tmsOnRecord) };
}
