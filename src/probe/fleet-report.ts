/**
 * Fleet output, one target at a time (so nothing waits for the whole list): table rows, CSV rows,
 * JSON lines, and the closing summary.
 */
import type { FleetItem, FleetSummary, FleetSystem, FleetVerdict } from './fleet';
import { FLEET_VERDICTS, VERDICT_LABEL } from './fleet';
import type { ProtocolKey, Tri } from './types';
import { CSV_HEADER, FLEET_SHORT, FLEET_SUMMARY, FLEET_TABLE_HEAD } from './output-words';
import { MIN_TLS_SETTING } from './no-level-words';

const SHORT: Record<FleetVerdict, string> = FLEET_SHORT;

function cut(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function pad(s: string, n: number): string {
  const t = cut(s, n);
  return t + ' '.repeat(n - t.length);
}

function mark(v: Tri | undefined): string {
  return v === true ? 'yes' : v === false ? 'no' : '?';
}

const VERSIONS: [ProtocolKey, string][] = [
  ['tls1.0', '1.0'],
  ['tls1.1', '1.1'],
  ['tls1.2', '1.2'],
  ['tls1.3', '1.3'],
];

/** What the note column says: why not probed, the error, or the disagreement. */
export function itemNote(i: FleetItem): string {
  if (i.skipped) return i.skipped.reason;
  if (i.mismatch) return `stated ${i.stated}: ${i.mismatch}`;
  return i.result?.error ?? '';
}

export function tableHeader(): string {
  const [L, T, N, S, V] = FLEET_TABLE_HEAD;
  return `${pad(L, 6)}${pad(T, 24)}${pad(N, 18)}${pad(S, 14)}${pad(V, 14)}${VERSIONS.map(([, l]) => pad(l, 5)).join('')}NOTE\n`;
}

export function tableRow(i: FleetItem): string {
  const target = i.result?.target ?? (i.input || '(empty)');
  const vs = VERSIONS.map(([k]) => pad(i.result ? mark(i.result.protocols[k]) : '-', 5)).join('');
  return `${pad(String(i.line), 6)}${pad(target, 23)} ${pad(i.name ?? '', 17)} ${pad(i.stated ?? '', 13)} ${pad(SHORT[i.verdict], 14)}${vs}${cut(itemNote(i), 160)}\n`;
}

/** A CSV cell: quoted when needed; a leading = + - @ is defused so a spreadsheet shows it as text. */
export function csvCell(v: string | number | boolean | null | undefined): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export { CSV_HEADER };

export function csvHeaderLine(): string {
  return CSV_HEADER.join(',') + '\r\n';
}

export function csvRow(i: FleetItem): string {
  const r = i.result;
  const tri = (v: Tri | undefined) => (r ? (v === null || v === undefined ? 'unknown' : v ? 'accepted' : 'refused') : '');
  const tms = (v: Tri | undefined) => (r ? (v === null || v === undefined ? 'unknown' : v ? 'works' : 'fails') : '');
  return (
    [
      i.line,
      r?.target ?? i.input,
      r?.address ?? '',
      i.name,
      i.stated,
      i.verdict,
      tri(r?.protocols.ssl3),
      tri(r?.protocols['tls1.0']),
      tri(r?.protocols['tls1.1']),
      tri(r?.protocols['tls1.2']),
      tri(r?.protocols['tls1.3']),
      tms(r?.tms.medium),
      tms(r?.tms.mediumHigh),
      itemNote(i),
      r?.durationMs ?? '',
    ]
      .map(csvCell)
      .join(',') + '\r\n'
  );
}

/** One JSON object per target: the single-probe shape plus where it came from. */
export function jsonItem(i: FleetItem): Record<string, unknown> {
  const from = { line: i.line, name: i.name, stated: i.stated, verdict: i.verdict, mismatch: i.mismatch };
  if (i.result) return { ...i.result, ...from };
  return { target: i.input, ...from, refused: i.skipped };
}

function systems(list: FleetSystem[], count: number, indent = '  '): string[] {
  const out = list.map((s) => `${indent}${s.target}${s.name ? ` (${s.name})` : ''}${s.note ? `: ${s.note.en}` : ''}`);
  if (count > list.length) out.push(`${indent}… and ${count - list.length} more (see the full report)`);
  return out;
}

export function summaryText(s: FleetSummary): string {
  const out: string[] = [];
  const rate = s.durationMs > 0 ? (s.probed / (s.durationMs / 1000)).toFixed(1) : '-';
  out.push(`${FLEET_SUMMARY.head}${s.total} ${s.total === 1 ? 'target' : 'targets'}, ${s.probed} probed in ${(s.durationMs / 1000).toFixed(1)} s (${rate}/s, concurrency ${s.concurrency})`);
  for (const v of FLEET_VERDICTS) {
    if (s.counts[v] === 0) continue;
    let extra = '';
    if (v === 'not-probed') {
      extra = ` (${Object.entries(s.skipped)
        .map(([k, n]) => `${n} ${k === 'duplicate' ? 'duplicate' : k === 'deadline' ? 'after the deadline' : k === 'malformed' ? 'unreadable' : `refused (${k})`}`)
        .join(', ')})`;
    }
    out.push(`  ${String(s.counts[v]).padStart(6)}  ${VERDICT_LABEL[v]}${extra}`);
  }
  if (s.deadlineHit) out.push("The job's deadline stopped it before every target was probed.");
  if (s.truncatedAt !== null) out.push(`The list is longer than ${s.truncatedAt} targets: only the first ${s.truncatedAt} were read.`);
  if (s.mediumCannotReachCount > 0) {
    out.push('');
    out.push(FLEET_SUMMARY.mediumCannotReach(s.mediumCannotReachCount, s.probed));
    out.push(...systems(s.mediumCannotReach, s.mediumCannotReachCount));
  }
  if ((s.noLevelCount ?? 0) > 0) {
    out.push('');
    // Every one of them accepted TLS 1.3 (left-e #3): the heading says what their rows say (the endpoint's minimum TLS version),
    // not the general advice. A mix (or TLS 1.3 not known for some): the general heading, each row saying its own.
    const n = s.noLevelCount ?? 0;
    const only13 = (s.noLevelTls13?.accepted ?? 0) === n;
    out.push(
      only13
        ? `${n} ${n === 1 ? 'accepts' : 'accept'} only TLS 1.3 (TLS 1.0, 1.1 and 1.2 refused), as an endpoint answers when its minimum TLS version is above what TMS offers (TLS 1.2, at Medium-High), so Medium-High would not fix it: check ${MIN_TLS_SETTING} on ${n === 1 ? 'it' : 'each'}; TMS reaches ${n === 1 ? 'it' : 'them'} only once that allows TLS 1.2 (agree any change with whoever raised it):`
        : `${n} ${n === 1 ? 'refuses' : 'refuse'} TLS 1.0, 1.1 and 1.2: an upgrade does not explain it and Medium-High would not fix it (every TC/CE release accepts TLS 1.2). Check that the address is the endpoint's HTTPS service (HTTP Mode / HTTPS Mode, a proxy or firewall in front):`,
    );
    // (Under that heading each row is tagged, not given the same sentence again.)
    out.push(...systems(only13 ? s.noLevel.map((x) => ({ ...x, note: { en: 'only TLS 1.3 accepted', ja: 'TLS 1.3 だけ受け付け' } })) : s.noLevel, s.noLevelCount));
  }
  if (s.noAnswerCount > 0) {
    out.push('');
    out.push(`${s.noAnswerCount} gave no TLS answer (closed, silent, another protocol, or no clear answer in time): look at them separately:`);
    out.push(...systems(s.noAnswer, s.noAnswerCount));
  }
  if (s.mismatchCount > 0) {
    out.push('');
    out.push(`${s.mismatchCount} where the stated software version and the probe disagree:`);
    out.push(...systems(s.mismatches, s.mismatchCount));
  }
  if ((s.claimedCount ?? 0) > 0) {
    out.push('');
    // (Not "listed for two systems … (probed once)": which line the one probe was for, and that it cannot tell which system answers, FIX20D #5.)
    out.push(
      `${s.claimedCount} ${s.claimedCount === 1 ? 'address appears' : 'addresses appear'} on two lines of the list as different systems (another name or version). An address is probed at most once, for its first line, and a probe cannot tell which system answers there: check which one is really at ${s.claimedCount === 1 ? 'that address' : 'each address'}:`,
    );
    out.push(...systems(s.claimed, s.claimedCount));
  }
  return out.join('\n') + '\n';
}
