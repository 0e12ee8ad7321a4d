/**
 * Target lists for a fleet probe, read as a stream (memory does not grow with the list):
 *
 * - a plain list: `host[:port]` one per line, `[v6]:port` for IPv6, `#` starts a comment;
 * - a CSV with a header row (comma, semicolon or tab separated, quoted fields, a UTF-8 BOM), as
 *   exported from TMS Systems Navigator or an asset list: one column names the address
 *   (address, ip, host, hostname, "Network Address", "IP Address"; case-insensitive), optional
 *   columns give the system name and its software version, and an optional port column.
 *
 * Blank lines are skipped; a target seen before (same host and port) is reported once as a
 * duplicate and not probed again. Lines that cannot be read become entries with an `error`, so the
 * report accounts for every line. Nothing here touches the network: the policy check and the probe
 * happen in fleet.ts.
 */
import { parseTarget } from './policy';

export interface TargetEntry {
  /** 1-based line (of the first physical line of a CSV record). */
  line: number;
  /** The address as written (host, host:port, [v6]:port), clipped. */
  input: string;
  name: string | null;
  /** The software version the list states for this system, as written. */
  stated: string | null;
  /** Set when the line was not a target that can be probed (nothing is sent then). */
  error?: { kind: 'malformed' | 'duplicate'; reason: string; other?: { line: number; name: string | null; stated: string | null } };
}

export interface TargetListOptions {
  /** Longest accepted physical line or CSV record (characters). */
  maxLineLength?: number;
  /** How many distinct targets are remembered to spot duplicates (the memory bound). */
  maxRemembered?: number;
}

export interface TargetListInfo {
  format: 'list' | 'csv' | null;
  /** The header columns used, for the report ("Network Address", "System Name", ...). */
  columns: { address: string; name: string | null; version: string | null; port: string | null } | null;
  /** Duplicate detection stopped after this many distinct targets (null when it never did). */
  rememberedCap: number | null;
  /**
   * Set when reading stopped because the input does not look like a target list (binary data, or UTF-16 text): the
   * line where it stopped (QA55 #10). Absent otherwise.
   */
  notAList?: { line: number; unreadable: number };
}

export const MAX_LINE_LENGTH = 4096;
/** Unreadable (binary) lines, outnumbering the targets read, after which the input is not taken for a target list. */
export const MAX_UNREADABLE_LINES = 5;
/**
 * NUL and other control characters (tab, CR and form feed aside): binary data, or UTF-16. (Bytes that are not UTF-8 alone, as in
 * a list saved as Shift_JIS or Latin-1, only garble names: such lines are still read.)
 */
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
export const MAX_REMEMBERED = 200_000;
const MAX_FIELD = 300;

const norm = (h: string) => h.toLowerCase().replace(/[\s_\-.]+/g, '');

/** Header names, best first (TMS prefers its Network Address: that is what it connects to). */
const ADDRESS_COLUMNS = ['networkaddress', 'address', 'ipaddress', 'ip', 'ipv4address', 'ipv4', 'hostname', 'host', 'fqdn'];
const NAME_COLUMNS = ['systemname', 'name', 'displayname', 'devicename', 'system', 'device'];
const VERSION_COLUMNS = ['softwareversion', 'version', 'software', 'swversion', 'firmware', 'firmwareversion', 'softwarerelease'];
const PORT_COLUMNS = ['port', 'httpsport'];

function pick(header: string[], names: string[]): number {
  const n = header.map(norm);
  for (const want of names) {
    const i = n.indexOf(want);
    if (i >= 0) return i;
  }
  return -1;
}

function clip(s: string, n = MAX_FIELD): string {
  const t = s.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** Splits a stream of text chunks into lines; a line longer than `max` is cut and flagged. */
export async function* lines(source: AsyncIterable<string | Buffer>, max = MAX_LINE_LENGTH): AsyncGenerator<{ text: string; tooLong: boolean }> {
  let buf = '';
  let dropping = false; // inside an over-long line: skip to its end
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source) {
    buf += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const text = buf.slice(0, nl).replace(/\r$/, '');
      buf = buf.slice(nl + 1);
      if (dropping) {
        dropping = false;
        continue;
      }
      yield text.length > max ? { text: text.slice(0, max), tooLong: true } : { text, tooLong: false };
    }
    if (buf.length > max) {
      if (!dropping) yield { text: buf.slice(0, max), tooLong: true };
      dropping = true;
      buf = '';
    }
  }
  buf += decoder.decode();
  if (buf.length > 0 && !dropping) yield buf.length > max ? { text: buf.slice(0, max), tooLong: true } : { text: buf.replace(/\r$/, ''), tooLong: false };
}

/** Parses one CSV record; returns null when a quoted field is still open (the record continues). */
export function splitCsv(record: string, sep: string): string[] | null {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < record.length) {
    const c = record[i];
    if (quoted) {
      if (c === '"') {
        if (record[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === sep) {
      out.push(field);
      field = '';
    } else field += c;
    i++;
  }
  if (quoted) return null;
  out.push(field);
  return out;
}

function detectSeparator(header: string): string | null {
  const counts = [',', ';', '\t'].map((s) => [s, splitCsv(header, s)?.length ?? 0] as const);
  const best = counts.sort((a, b) => b[1] - a[1])[0];
  return best[1] > 1 ? best[0] : null;
}

/** A header row: it names an address column (with or without other columns). */
export function csvHeader(text: string): { sep: string; cols: string[]; address: number } | null {
  const sep = detectSeparator(text) ?? ',';
  const cols = splitCsv(text, sep);
  if (!cols) return null;
  const address = pick(cols, ADDRESS_COLUMNS);
  if (address < 0) return null;
  // A single-column "header" must be exactly a known name: a bare host called "host" stays a target.
  if (cols.length === 1 && !['address', 'ip', 'ipaddress', 'networkaddress', 'hostname'].includes(norm(cols[0]))) return null;
  return { sep, cols, address };
}

const same = (a: string | null, b: string | null) => a === null || b === null || a.trim().toLowerCase() === b.trim().toLowerCase();

/** Two lines with one address name different systems (another name or another version, both stated). */
function claimsOther(first: { name: string | null; stated: string | null }, e: TargetEntry): boolean {
  return !same(first.name, e.name === null ? null : clip(e.name, 60)) || !same(first.stated, e.stated === null ? null : clip(e.stated, 60));
}

/** The key duplicates are found by: the normalised host and port. */
function targetKey(input: string): string {
  const t = parseTarget(input);
  return 'error' in t ? input.toLowerCase() : `${t.host}|${t.port}`;
}

/**
 * Reads a target list (plain or CSV, detected from the first non-blank, non-comment line) and
 * yields one entry per target line. `info` is filled in as the list is read.
 */
export async function* readTargets(source: AsyncIterable<string | Buffer>, opts: TargetListOptions = {}, info?: TargetListInfo): AsyncGenerator<TargetEntry> {
  const max = opts.maxLineLength ?? MAX_LINE_LENGTH;
  const cap = opts.maxRemembered ?? MAX_REMEMBERED;
  // Each distinct target: where it was first listed, under which name and version (clipped: the memory bound).
  const seen = new Map<string, { line: number; name: string | null; stated: string | null }>();
  const state: TargetListInfo = info ?? { format: null, columns: null, rememberedCap: null };
  let header: { sep: string; cols: string[]; address: number; name: number; version: number; port: number } | null = null;
  let lineNo = 0;
  let pending: { start: number; text: string } | null = null; // a CSV record with an open quote

  const dedupe = (e: TargetEntry): TargetEntry => {
    if (e.error) return e;
    const key = targetKey(e.input);
    const first = seen.get(key);
    if (first) {
      if (!claimsOther(first, e)) return { ...e, error: { kind: 'duplicate', reason: 'listed before: probed once' } };
      const who = [first.name, first.stated].filter(Boolean).join(', ');
      return {
        ...e,
        error: {
          kind: 'duplicate',
          reason: `line ${first.line}${who ? ` (${who})` : ''} gives this address to another system: the address was probed once, for line ${first.line}; check which system is really at this address`,
          other: first,
        },
      };
    }
    if (seen.size < cap) seen.set(key, { line: e.line, name: e.name === null ? null : clip(e.name, 60), stated: e.stated === null ? null : clip(e.stated, 60) });
    else state.rememberedCap = cap;
    return e;
  };

  let unreadable = 0;
  let read = 0;
  for await (const { text: raw, tooLong } of lines(source, max)) {
    lineNo++;
    let text = lineNo === 1 ? raw.replace(/^\ufeff/, '') : raw;
    // Binary data (or UTF-16) is not a list: each such line is reported unreadable, and after a few of
    // them, more than the targets read, reading stops (a 3 MB binary file is not 11,000 rows of "unreadable": QA55 #10).
    if (BINARY.test(text)) {
      unreadable++;
      pending = null;
      yield { line: lineNo, input: clip(text, 60).replace(/\ufffd/g, '?'), name: null, stated: null, error: { kind: 'malformed', reason: 'unreadable: binary data (control characters), not a line of text' } };
      if (unreadable >= MAX_UNREADABLE_LINES && unreadable > read) {
        state.notAList = { line: lineNo, unreadable };
        return;
      }
      continue;
    }
    if (tooLong) {
      pending = null;
      yield { line: lineNo, input: clip(text, 60), name: null, stated: null, error: { kind: 'malformed', reason: `the line is longer than ${max} characters` } };
      continue;
    }
    if (state.format === null) {
      const t = text.trim();
      if (t === '' || t.startsWith('#')) continue;
      const h = csvHeader(t);
      if (h) {
        const name = pick(h.cols, NAME_COLUMNS);
        const version = pick(h.cols, VERSION_COLUMNS);
        const port = pick(h.cols, PORT_COLUMNS);
        header = { ...h, name, version, port };
        state.format = 'csv';
        const col = (i: number) => (i >= 0 ? clip(h.cols[i], 60) : null);
        state.columns = { address: clip(h.cols[h.address], 60), name: col(name), version: col(version), port: col(port) };
        continue;
      }
      state.format = 'list';
    }
    if (state.format === 'list') {
      const t = text.replace(/(^|\s)#.*$/, '').trim();
      if (t === '') continue;
      const first = t.split(/[\s,;]+/)[0];
      read++;
      yield dedupe({ line: lineNo, input: clip(first), name: null, stated: null });
      continue;
    }
    // CSV
    const h = header!;
    let start = lineNo;
    if (pending) {
      start = pending.start;
      text = `${pending.text}\n${text}`;
      pending = null;
      if (text.length > max) {
        yield { line: start, input: clip(text, 60), name: null, stated: null, error: { kind: 'malformed', reason: `the record is longer than ${max} characters` } };
        continue;
      }
    }
    if (text.trim() === '') continue;
    const fields = splitCsv(text, h.sep);
    if (!fields) {
      pending = { start, text };
      continue;
    }
    const get = (i: number) => (i >= 0 && i < fields.length ? clip(fields[i]) : '');
    const address = get(h.address);
    const name = get(h.name) || null;
    const stated = get(h.version) || null;
    if (address === '') {
      if (fields.every((f) => f.trim() === '')) continue; // a row of empty cells
      yield { line: start, input: '', name, stated, error: { kind: 'malformed', reason: `no address in the "${clip(h.cols[h.address], 40)}" column` } };
      continue;
    }
    let input = address;
    const port = get(h.port);
    if (port !== '') {
      const t = parseTarget(address);
      if (!('error' in t) && !/\]:\d+$|^[^:]*:\d+$/.test(address)) input = t.host.includes(':') ? `[${t.host}]:${port}` : `${t.host}:${port}`;
    }
    read++;
    yield dedupe({ line: start, input, name, stated });
  }
  if (pending) {
    yield { line: pending.start, input: clip(pending.text, 60), name: null, stated: null, error: { kind: 'malformed', reason: 'a quoted field is never closed' } };
  }
}

/** Entries from targets given one by one (CLI arguments, a Slack command). */
export async function* targetsFromList(items: Iterable<string>): AsyncGenerator<string> {
  for (const i of items) yield `${i}\n`;
}
