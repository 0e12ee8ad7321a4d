/**
 * The Windows registry as data: a model of regedit exports (.reg) and `reg query … /s` output,
 * readers for both, a writer of regedit 5.00 text (CRLF, UTF-16LE with BOM as regedit saves it),
 * and helpers that read the Schannel protocol keys and the .NET strong-crypto keys from a model.
 *
 * Windows artifacts cannot run here, so everything the bot generates (.reg files) is tested by
 * reading it back with these parsers. Every reader is bounded (input size, line length, number of
 * keys and values) and total: garbage in gives problems out, never an exception.
 */
import type { LocalizedText } from '../domain/types';

// ---------------------------------------------------------------------------------------------
// Model

/** Value data, typed like `reg query` names the types. JSON-serialisable (QWORD as a decimal string). */
export type RegData =
  | { type: 'REG_SZ'; value: string }
  | { type: 'REG_EXPAND_SZ'; value: string }
  | { type: 'REG_MULTI_SZ'; value: string[] }
  | { type: 'REG_DWORD'; value: number }
  | { type: 'REG_QWORD'; value: string }
  | { type: 'REG_BINARY'; hex: string }
  | { type: 'REG_NONE'; hex: string }
  /** Any other hex(N) type, kept as bytes. */
  | { type: 'REG_HEX'; kind: number; hex: string }
  /** `"Name"=-` in a .reg file: delete the value. */
  | { type: 'delete' };

export interface RegValue {
  /** '' = the key's default value (`@` in .reg, `(Default)` in reg query). */
  name: string;
  data: RegData;
}

export interface RegKey {
  /** Full path with the long root name: HKEY_LOCAL_MACHINE\SYSTEM\… */
  path: string;
  /** `[-HKEY…]`: delete the key and all its subkeys. */
  delete?: boolean;
  values: RegValue[];
}

export interface RegModel {
  /** 5 = "Windows Registry Editor Version 5.00" (Unicode), 4 = "REGEDIT4" (ANSI), null = no header. */
  format: 4 | 5 | null;
  keys: RegKey[];
}

export interface RegProblem {
  /** 1-based line number in the text, 0 = the file as a whole. */
  line: number;
  message: LocalizedText;
}

export interface RegParse {
  model: RegModel;
  problems: RegProblem[];
  /** How the bytes were decoded. */
  encoding?: 'utf16le' | 'utf8' | 'latin1';
  /** Lines read (the last line number seen). */
  lines?: number;
}

// ---------------------------------------------------------------------------------------------
// Limits

/** A .reg export of the Schannel and .NET keys is a few KB; a full HKLM export can be 100+ MB. */
export const MAX_REG_BYTES = 32 * 1024 * 1024;
export const MAX_REG_KEYS = 200_000;
export const MAX_REG_VALUES_PER_KEY = 10_000;
/** A logical line (a hex value joined over continuation lines) longer than this is cut. */
export const MAX_LOGICAL_LINE = 1024 * 1024;
export const MAX_PROBLEMS = 50;
/**
 * A physical line longer than this (characters, or bytes in an 8-bit file) is not read by the streaming
 * readers (src/evidence): they give lineNotRead(…) in its place and say so.
 */
export const MAX_REG_LINE = 1024 * 1024;

/**
 * What a streaming reader gives in place of a line too long to read: what kind of line it began as (a key
 * line, a hex value, anything else) and whether it ended in a backslash (hex data continued on the next line).
 * parseRegText and RegLineKeeper read it so that nothing is read wrong for it: the values under a key line
 * not read are not read either (they would land in the key before it); a hex value the line began, or
 * was part of, is not recorded (its bytes are not all known), its continuation lines included.
 */
const NOT_READ = '\u0000not-read:';

export function lineNotRead(start: string, continued: boolean): string {
  const t = start.trimStart();
  const kind = t.startsWith('[') ? 'key' : isHexValueLine(t) ? 'hex' : 'other';
  return `${NOT_READ}${kind}${continued ? '\\' : ''}`;
}

/** The kind of line a lineNotRead(…) marker stands for, or null for a line as read. */
function notRead(raw: string): { kind: string; continued: boolean } | null {
  if (raw.charCodeAt(0) !== 0 || !raw.startsWith(NOT_READ)) return null;
  const continued = raw.endsWith('\\');
  return { kind: raw.slice(NOT_READ.length, continued ? -1 : undefined), continued };
}

// ---------------------------------------------------------------------------------------------
// Paths

const ROOTS: Record<string, string> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKEY_LOCAL_MACHINE: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKEY_CURRENT_USER: 'HKEY_CURRENT_USER',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKEY_CLASSES_ROOT: 'HKEY_CLASSES_ROOT',
  HKU: 'HKEY_USERS',
  HKEY_USERS: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG',
  HKEY_CURRENT_CONFIG: 'HKEY_CURRENT_CONFIG',
};

/** HKLM\System\… → HKEY_LOCAL_MACHINE\System\…; trims and drops trailing backslashes. Null when the root is unknown. */
export function normalizeKeyPath(path: string): string | null {
  const t = path.trim().replace(/\\+$/, '');
  const i = t.indexOf('\\');
  const root = (i < 0 ? t : t.slice(0, i)).toUpperCase();
  const long = ROOTS[root];
  if (!long) return null;
  return i < 0 ? long : long + t.slice(i);
}

/** Registry paths compare case-insensitively. */
export function keyId(path: string): string {
  return (normalizeKeyPath(path) ?? path).toLowerCase();
}

export const SCHANNEL_PROTOCOLS_PATH = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
export const NETFX_PATHS = {
  '64-bit': 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319',
  '32-bit': 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319',
} as const;

export type SchannelProtocol = 'SSL 2.0' | 'SSL 3.0' | 'TLS 1.0' | 'TLS 1.1' | 'TLS 1.2' | 'TLS 1.3';
export const SCHANNEL_PROTOCOLS: readonly SchannelProtocol[] = ['SSL 2.0', 'SSL 3.0', 'TLS 1.0', 'TLS 1.1', 'TLS 1.2', 'TLS 1.3'];
export type SchannelSide = 'Client' | 'Server';

export function schannelKeyPath(protocol: SchannelProtocol, side?: SchannelSide): string {
  return `${SCHANNEL_PROTOCOLS_PATH}\\${protocol}${side ? `\\${side}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Decoding bytes

function msg(en: string, ja: string): LocalizedText {
  return { en, ja };
}

/**
 * Bytes → text the way regedit files come: UTF-16LE with BOM (regedit 5.00), UTF-8 with or without
 * BOM, or ANSI (REGEDIT4; read as Latin-1 when it is not valid UTF-8). UTF-16LE without a BOM is
 * recognised by its zero high bytes.
 */
export function decodeText(buf: Buffer): { text: string; encoding: 'utf16le' | 'utf8' | 'latin1' } {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: buf.subarray(2, buf.length - (buf.length % 2)).toString('utf16le'), encoding: 'utf16le' };
  }
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: buf.subarray(3).toString('utf8'), encoding: 'utf8' };
  }
  if (looksUtf16le(buf)) return { text: buf.subarray(0, buf.length - (buf.length % 2)).toString('utf16le'), encoding: 'utf16le' };
  const text = buf.toString('utf8');
  if (text.includes('\ufffd')) return { text: buf.toString('latin1'), encoding: 'latin1' };
  return { text, encoding: 'utf8' };
}

/**
 * Where a UTF-16LE file turns into 8-bit text (a UTF-8/ANSI block appended to a regedit export, e.g.
 * with `type a.reg >> b.reg`): the first 8-bit line end (CR LF or LF before "[" or '"', with no zero
 * bytes after it), taken back to the start of its run of non-zero bytes. -1 when there is none.
 */
export function utf16Switch(buf: Buffer, from: number): number {
  for (let i = buf.indexOf(0x0a, from + 1); i > 0 && i < buf.length - 1; i = buf.indexOf(0x0a, i + 1)) {
    const next = buf[i + 1];
    if (buf[i - 1] !== 0x0d && next !== 0x5b && next !== 0x22) continue;
    if (next === 0) continue;
    const end = Math.min(buf.length, i + 17);
    if (end - i < 3 || buf.subarray(i, end).includes(0)) continue;
    let start = i;
    while (start > from && buf[start - 1] !== 0) start--;
    // A UTF-16 code unit is two bytes: the 8-bit text starts after the last whole unit.
    if ((start - from) % 2 === 1) start++;
    return start;
  }
  return -1;
}

/** The note for a UTF-16 export that goes on in 8-bit text from `line` on. */
export function encodingSwitchProblem(line: number, after: 'UTF-8' | 'ANSI'): LocalizedText {
  return msg(
    `The file changes encoding at line ${line}: it is UTF-16 (as regedit writes) up to there and ${after} after, so two files were joined into one. I read each part in its own encoding, but regedit would not import the second part as it reads here: export the keys again with regedit (one export) to be sure of what the server has.`,
    `このファイルは ${line} 行目で文字コードが変わっています。そこまでは regedit が書き出す UTF-16、その後は ${after} で、2 つのファイルを 1 つにつないだものです。それぞれの部分をその文字コードで読みましたが、regedit は後半をこのとおりには取り込みません。サーバの実際の状態を確かめるには、regedit でキーをもう一度（1 回で）エクスポートしてください。`,
  );
}

export function looksUtf16le(buf: Buffer): boolean {
  const n = Math.min(buf.length, 512) & ~1;
  if (n < 8) return false;
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) zeroEven++;
    if (buf[i + 1] === 0) zeroOdd++;
  }
  return zeroOdd > n / 4 && zeroEven < n / 16;
}

// ---------------------------------------------------------------------------------------------
// .reg reader

const HEADER5 = /^windows registry editor version 5\.00\s*$/i;
const HEADER4 = /^regedit4\s*$/i;

/** Reads a regedit export from its bytes. Never throws. */
export interface RegParseOptions {
  /** Keys to keep in the model (by full path); the others are passed over, their values not read. Default: all. */
  keep?: (path: string) => boolean;
}

/**
 * The keys the evidence rules read: SCHANNEL\Protocols and the .NET 4 keys, their subkeys, and the keys
 * above them (a `[-…\SecurityProviders]` line deletes SCHANNEL too). A 70 MB export of the whole
 * registry then keeps a few keys, not hundreds of thousands.
 */
export function evidenceRelevantKey(path: string): boolean {
  const id = keyId(path);
  for (const root of [SCHANNEL_PROTOCOLS_PATH, ...Object.values(NETFX_PATHS)].map((r) => r.toLowerCase())) {
    if (id === root || id.startsWith(`${root}\\`) || root.startsWith(`${id}\\`)) return true;
  }
  // Schannel Protocols keys under HKLM\SYSTEM\ControlSet00N (offline or partial exports) or under HKEY_CURRENT_USER: kept so that the
  // reading can say where they are (evidence/registry.ts).
  return id.includes('\\schannel\\protocols') && /^hkey_(?:local_machine\\system\\controlset\d{3}|current_user)\\.*\\securityproviders\\schannel\\protocols(?:\\|$)/.test(id);
}

export function parseRegFile(buf: Buffer, opts: RegParseOptions = {}): RegParse {
  try {
    if (!Buffer.isBuffer(buf)) {
      return { model: { format: null, keys: [] }, problems: [{ line: 0, message: msg('This is not a file.', 'ファイルではありません。') }] };
    }
    const problems: RegProblem[] = [];
    let b = buf;
    if (b.length > MAX_REG_BYTES) {
      problems.push({
        line: 0,
        message: msg(
          `The file is larger than ${MAX_REG_BYTES / 1024 / 1024} MB; only the first part was read. Export just the key you need (for example SCHANNEL\\Protocols).`,
          `ファイルが ${MAX_REG_BYTES / 1024 / 1024} MB を超えるため、先頭部分だけを読みました。必要なキー（例：SCHANNEL\\Protocols）だけをエクスポートしてください。`,
        ),
      });
      b = b.subarray(0, MAX_REG_BYTES);
    }
    const decoded = decodeText(b);
    const encoding = decoded.encoding;
    let text = decoded.text;
    if (encoding === 'utf16le') {
      const from = b[0] === 0xff && b[1] === 0xfe ? 2 : 0;
      const at = utf16Switch(b, from);
      const tail = at > 0 ? b.subarray(at) : null;
      if (tail) {
        // Two exports joined: the UTF-16 part, then an 8-bit part. Each is read in its own encoding.
        const head = b.subarray(from, at - ((at - from) % 2)).toString('utf16le');
        const utf8 = tail.toString('utf8');
        const line = head.split('\n').length;
        text = `${head}\n${utf8.includes('\ufffd') ? tail.toString('latin1') : utf8}`;
        problems.push({ line: 0, message: encodingSwitchProblem(line, utf8.includes('\ufffd') ? 'ANSI' : 'UTF-8') });
      }
    }
    const r = parseRegText(text, opts);
    return { model: r.model, problems: [...problems, ...r.problems].slice(0, MAX_PROBLEMS), encoding, lines: r.lines };
  } catch (e) {
    return { model: { format: null, keys: [] }, problems: [{ line: 0, message: internalProblem(e) }] };
  }
}

function internalProblem(e: unknown): LocalizedText {
  const why = e instanceof Error ? e.message : 'error';
  return msg(`The registry data could not be read (${why.slice(0, 80)}).`, `レジストリのデータを読み取れませんでした（${why.slice(0, 80)}）。`);
}

/** Splits text into lines without building a huge array of regex matches. */
function* lines(text: string): Generator<[number, string]> {
  let start = 0;
  let n = 0;
  const len = text.length;
  while (start <= len) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = len;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    n++;
    // A lone CR (old Mac line ends) separates lines too.
    if (line.includes('\r')) {
      for (const part of line.split('\r')) yield [n, part];
    } else {
      yield [n, line];
    }
    start = end + 1;
  }
}

/** Reads regedit export text (already decoded). Never throws. */
export function parseRegText(text: string | Iterable<[number, string]>, opts: RegParseOptions = {}): RegParse {
  const model: RegModel = { format: null, keys: [] };
  const problems: RegProblem[] = [];
  let lastLine = 0;
  const problem = (line: number, en: string, ja: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, message: msg(en, ja) });
  };
  try {
    if (typeof text === 'string' && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    else if (typeof text !== 'string' && (text === null || typeof text !== 'object' || !(Symbol.iterator in text))) text = '';
    let current: RegKey | null = null;
    /** The current key is one `opts.keep` passes over: its values are not read. */
    let skipping = false;
    let sawHeader = false;
    let sawContent = false;
    /** `broken`: a line of it was not read (lineNotRead): the value is not recorded. */
    let pending: { line: number; parts: string[]; length: number; done: boolean; broken?: boolean } | null = null;
    let tooMany = false;

    const handle = (lineNo: number, raw: string) => {
      const line = raw.trim();
      if (line === '' || line.startsWith(';')) return;
      if (!sawHeader && !sawContent) {
        if (HEADER5.test(line)) {
          model.format = 5;
          sawHeader = true;
          return;
        }
        if (HEADER4.test(line)) {
          model.format = 4;
          sawHeader = true;
          return;
        }
        problem(lineNo, 'The first line is not a regedit header ("Windows Registry Editor Version 5.00" or "REGEDIT4"); reading the rest anyway.', '1 行目が regedit のヘッダー（「Windows Registry Editor Version 5.00」または「REGEDIT4」）ではありません。残りはそのまま読みます。');
      }
      sawContent = true;
      if (line.startsWith('[')) {
        const close = line.lastIndexOf(']');
        if (close < 0) {
          problem(lineNo, 'A key line has no closing "]".', 'キーの行に閉じ括弧「]」がありません。');
          current = null;
          skipping = false;
          return;
        }
        const del = line[1] === '-';
        const path = normalizeKeyPath(line.slice(del ? 2 : 1, close));
        if (!path) {
          problem(lineNo, `"${shorten(line)}" does not start with a registry root such as HKEY_LOCAL_MACHINE.`, `「${shorten(line)}」は HKEY_LOCAL_MACHINE などのルートで始まっていません。`);
          current = null;
          skipping = false;
          return;
        }
        skipping = !!opts.keep && !opts.keep(path);
        if (skipping) {
          current = null;
          return;
        }
        if (model.keys.length >= MAX_REG_KEYS) {
          if (!tooMany) problem(lineNo, `More than ${MAX_REG_KEYS} keys; the rest was not read.`, `キーが ${MAX_REG_KEYS} 個を超えたため、残りは読みませんでした。`);
          tooMany = true;
          current = null;
          return;
        }
        current = { path, values: [] };
        if (del) current.delete = true;
        model.keys.push(current);
        return;
      }
      if (line.startsWith('"') || line.startsWith('@')) {
        if (skipping) return;
        if (!current) {
          if (!tooMany) problem(lineNo, 'A value appears outside any key.', 'キーの外に値があります。');
          return;
        }
        if (current.delete) {
          problem(lineNo, 'A value under a key that is being deleted is ignored.', '削除するキーの下にある値は無視しました。');
          return;
        }
        const v = parseValueLine(line, model.format ?? 5);
        if ('error' in v) {
          problem(lineNo, v.error.en, v.error.ja);
          return;
        }
        if (current.values.length >= MAX_REG_VALUES_PER_KEY) return;
        current.values.push(v);
        return;
      }
      problem(lineNo, `Line not understood: "${shorten(line)}".`, `この行を理解できませんでした：「${shorten(line)}」。`);
    };

    // Hex data continues over lines ending in "\\"; pieces are collected in an array (linear time)
    // and the logical line is capped.
    const flush = () => {
      const p = pending!;
      pending = null;
      if (!p.broken) handle(p.line, p.parts.join(''));
    };
    for (const [lineNo, raw] of typeof text === 'string' ? lines(text) : text) {
      lastLine = lineNo;
      const skipped = notRead(raw);
      if (skipped) {
        // A line a streaming reader could not read (the reader says so): nothing is read in its place.
        if (pending) {
          (pending as { broken?: boolean }).broken = true;
          if (!skipped.continued) flush();
          continue;
        }
        sawContent = true;
        if (skipped.kind === 'key') {
          current = null;
          skipping = true;
        } else if (skipped.kind === 'hex' && skipped.continued) pending = { line: lineNo, parts: [], length: 0, done: true, broken: true };
        continue;
      }
      if (pending) {
        const p = pending as { line: number; parts: string[]; length: number; done: boolean };
        let piece = raw.trim();
        const more = piece.endsWith('\\');
        if (more) piece = piece.slice(0, -1);
        if (!p.done && p.length + piece.length <= MAX_LOGICAL_LINE) {
          p.parts.push(piece);
          p.length += piece.length;
        } else if (!p.done) {
          p.done = true;
          problem(p.line, 'A hex value is longer than the limit; it was cut.', '16 進の値が上限より長いため、途中で切りました。');
        }
        if (!more) flush();
        continue;
      }
      const t = raw.trimEnd();
      if (t.endsWith('\\') && isHexValueLine(t)) {
        pending = { line: lineNo, parts: [t.slice(0, -1)], length: t.length, done: false };
        continue;
      }
      handle(lineNo, raw);
    }
    if (pending) flush();
    if (!sawHeader && !sawContent) {
      problem(0, 'The registry data is empty.', 'レジストリのデータが空です。');
    }
  } catch (e) {
    problems.push({ line: 0, message: internalProblem(e) });
  }
  return { model, problems, lines: lastLine };
}

/**
 * Picks, line by line, the lines of a .reg text that parseRegText(…, { keep }) needs to give the
 * same model and problems as on the whole text: the lines of kept keys, what comes before the first
 * key or after a malformed key line (the header, values outside any key) and lines it would report
 * as not understood (at most MAX_PROBLEMS + 1 of those: more cannot add a problem). Values of keys
 * `keep` passes over are dropped (hex data continued over lines included). Lines are given as
 * lines() yields them (no line end; a lone CR already split). For a reader that streams a big export.
 */
export class RegLineKeeper {
  readonly kept: [number, string][] = [];
  private section: 'open' | 'keep' | 'drop' = 'open';
  private pending: boolean | null = null;
  private problemLines = 0;
  private started = false;

  constructor(private readonly keep: (path: string) => boolean) {}

  take(lineNo: number, raw: string): void {
    const skipped = notRead(raw);
    if (skipped) {
      // As parseRegText reads it: within a value, that value's; a key line's, the values under it dropped.
      if (this.pending !== null) {
        if (this.pending) this.kept.push([lineNo, raw]);
        if (!skipped.continued) this.pending = null;
        return;
      }
      this.started = true;
      if (skipped.kind === 'key') this.section = 'drop';
      else if (skipped.kind === 'hex' && skipped.continued) this.pending = this.section !== 'drop';
      if (this.section !== 'drop' || skipped.kind === 'key') this.kept.push([lineNo, raw]);
      return;
    }
    if (this.pending !== null) {
      if (this.pending) this.kept.push([lineNo, raw]);
      if (!raw.trim().endsWith('\\')) this.pending = null;
      return;
    }
    const t = raw.trimEnd();
    const line = raw.trim();
    if (line === '' || line.startsWith(';')) return;
    // The first line with content is the header, or is reported as not being one.
    const first = !this.started;
    this.started = true;
    let keepIt: boolean;
    if (t.endsWith('\\') && isHexValueLine(t)) {
      keepIt = this.section === 'keep' || (this.section === 'open' && this.problemLine());
      this.pending = keepIt || first;
    } else if (line.startsWith('[')) {
      const close = line.lastIndexOf(']');
      const path = close < 0 ? null : normalizeKeyPath(line.slice(line[1] === '-' ? 2 : 1, close));
      this.section = path === null ? 'open' : this.keep(path) ? 'keep' : 'drop';
      // A malformed key line is a problem of its own; a kept key's line is needed whatever the count.
      keepIt = this.section === 'keep' || (this.section === 'open' && this.problemLine());
    } else if (this.section === 'keep') {
      keepIt = true;
    } else if (this.section === 'drop' && (line.startsWith('"') || line.startsWith('@'))) {
      keepIt = false;
    } else {
      keepIt = first || this.problemLine();
    }
    if (keepIt || first) this.kept.push([lineNo, raw]);
  }

  /** Another line kept only for the problem it reports: false once more cannot be reported. */
  private problemLine(): boolean {
    return ++this.problemLines <= MAX_PROBLEMS + 1;
  }
}

function shorten(s: string): string {
  const t = s.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}

/** `"Name"=hex…` or `@=hex…` (only hex data continues over lines). */
function isHexValueLine(line: string): boolean {
  const t = line.trimStart();
  let p: number;
  if (t.startsWith('@')) p = 1;
  else if (t.startsWith('"')) {
    const end = endOfQuoted(t, 0);
    if (end < 0) return false;
    p = end + 1;
  } else return false;
  while (t[p] === ' ' || t[p] === '\t') p++;
  if (t[p] !== '=') return false;
  p++;
  while (t[p] === ' ' || t[p] === '\t') p++;
  return t.slice(p, p + 3).toLowerCase() === 'hex';
}

/** Index of the closing quote of a quoted string starting at `start` (which holds the opening quote), -1 if none. */
function endOfQuoted(s: string, start: number): number {
  for (let i = start + 1; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '"') return i;
  }
  return -1;
}

function unescapeRegString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) {
      const n = s[i + 1];
      if (n === '\\' || n === '"') {
        out += n;
        i++;
        continue;
      }
      if (n === 'n') {
        out += '\n';
        i++;
        continue;
      }
      if (n === 'r') {
        out += '\r';
        i++;
        continue;
      }
      if (n === '0') {
        out += '\0';
        i++;
        continue;
      }
    }
    out += c;
  }
  return out;
}

function escapeRegString(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\0/g, '\\0');
}

type ValueResult = RegValue | { error: LocalizedText };

function parseValueLine(line: string, format: 4 | 5): ValueResult {
  let name: string;
  let p: number;
  if (line.startsWith('@')) {
    name = '';
    p = 1;
  } else {
    const end = endOfQuoted(line, 0);
    if (end < 0) return { error: msg('A value name has no closing quote.', '値の名前に閉じ引用符がありません。') };
    name = unescapeRegString(line.slice(1, end));
    p = end + 1;
  }
  const rest = line.slice(p).trimStart();
  if (!rest.startsWith('=')) return { error: msg(`No "=" after the value name "${shorten(name)}".`, `値の名前「${shorten(name)}」の後に「=」がありません。`) };
  const data = rest.slice(1).trim();
  const d = parseData(data, format);
  if ('error' in d) return { error: msg(`Value "${shorten(name) || '@'}": ${d.error.en}`, `値「${shorten(name) || '@'}」：${d.error.ja}`) };
  return { name, data: d };
}

function parseData(data: string, format: 4 | 5): RegData | { error: LocalizedText } {
  if (data === '-') return { type: 'delete' };
  if (data.startsWith('"')) {
    const end = endOfQuoted(data, 0);
    if (end < 0) return { error: msg('the string has no closing quote.', '文字列に閉じ引用符がありません。') };
    return { type: 'REG_SZ', value: unescapeRegString(data.slice(1, end)) };
  }
  const lower = data.toLowerCase();
  if (lower.startsWith('dword:')) {
    const h = data.slice(6).trim();
    if (!/^[0-9a-f]{1,8}$/i.test(h)) return { error: msg(`"${shorten(h)}" is not a DWORD (up to 8 hex digits).`, `「${shorten(h)}」は DWORD（16 進 8 桁まで）ではありません。`) };
    return { type: 'REG_DWORD', value: Number.parseInt(h, 16) };
  }
  const m = /^hex(?:\(([0-9a-f]{1,8})\))?:/i.exec(data);
  if (m) {
    const kind = m[1] === undefined ? 3 : Number.parseInt(m[1], 16);
    const bytes = parseHexBytes(data.slice(m[0].length));
    if (!bytes) return { error: msg('the hex data is not a list of bytes like 01,00,ff.', '16 進データが 01,00,ff のようなバイトの並びではありません。') };
    return fromBytes(kind, bytes, format);
  }
  return { error: msg(`data "${shorten(data)}" not understood (expected "text", dword:…, hex:… or -).`, `データ「${shorten(data)}」を理解できませんでした（"文字列"、dword:…、hex:…、- のいずれかのはずです）。`) };
}

function parseHexBytes(s: string): Buffer | null {
  const t = s.replace(/[\s\\]/g, '');
  if (t === '') return Buffer.alloc(0);
  const parts = t.split(',');
  if (parts[parts.length - 1] === '') parts.pop();
  const out = Buffer.alloc(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!/^[0-9a-f]{1,2}$/i.test(p)) return null;
    out[i] = Number.parseInt(p, 16);
  }
  return out;
}

function decodeRegString(bytes: Buffer, format: 4 | 5): string {
  const s = format === 5 ? bytes.subarray(0, bytes.length & ~1).toString('utf16le') : bytes.toString('latin1');
  return s;
}

function fromBytes(kind: number, bytes: Buffer, format: 4 | 5): RegData {
  switch (kind) {
    case 0:
      return { type: 'REG_NONE', hex: bytes.toString('hex') };
    case 1:
      return { type: 'REG_SZ', value: decodeRegString(bytes, format).replace(/\0+$/, '') };
    case 2:
      return { type: 'REG_EXPAND_SZ', value: decodeRegString(bytes, format).replace(/\0+$/, '') };
    case 3:
      return { type: 'REG_BINARY', hex: bytes.toString('hex') };
    case 4:
      if (bytes.length === 4) return { type: 'REG_DWORD', value: bytes.readUInt32LE(0) };
      break;
    case 7: {
      const s = decodeRegString(bytes, format);
      const parts = s.split('\0');
      while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
      return { type: 'REG_MULTI_SZ', value: parts };
    }
    case 11:
      if (bytes.length === 8) return { type: 'REG_QWORD', value: bytes.readBigUInt64LE(0).toString() };
      break;
  }
  return { type: 'REG_HEX', kind, hex: bytes.toString('hex') };
}

// ---------------------------------------------------------------------------------------------
// reg query reader

const REG_TYPES = new Set(['REG_SZ', 'REG_EXPAND_SZ', 'REG_MULTI_SZ', 'REG_DWORD', 'REG_QWORD', 'REG_BINARY', 'REG_NONE', 'REG_DWORD_BIG_ENDIAN', 'REG_LINK', 'REG_RESOURCE_LIST', 'REG_FULL_RESOURCE_DESCRIPTOR', 'REG_RESOURCE_REQUIREMENTS_LIST']);
const QUERY_VALUE = /^[ \t]+(.{0,1024}?)[ \t]+(REG_[A-Z_]{2,40})(?:[ \t]+(.*))?$/;
const QUERY_KEY = /^(HKEY_[A-Z_]+|HKLM|HKCU|HKCR|HKU|HKCC)(\\.*)?$/i;
/** The echoed command line: `C:\> reg query "HKLM\…\TLS 1.2\Client"` (quoted, or unquoted up to a space). */
const QUERY_COMMAND = /\breg(?:\.exe)?[ \t]{1,4}query[ \t]{1,4}(?:"((?:HKEY_[A-Z_]+|HKLM|HKCU|HKCR|HKU|HKCC)(?:\\[^"\r\n]{0,1000})?)"|((?:HKEY_[A-Z_]+|HKLM|HKCU|HKCR|HKU|HKCC)(?:\\[^\s"]{0,1000})?))/i;
const DEFAULT_NAMES = /^\((?:default|既定|standard|par défaut|predeterminado|predefinito)\)$|^\(既定\)$|^<no name>$|^<名前なし>$/i;

export interface RegQueryParse extends RegParse {
  /** Keys `reg query` said it could not find (from lines like "ERROR: … unable to find …"). */
  notFound: number;
  /** Lines that looked like `reg query` output (a key line or a value line). */
  recognised: number;
}

/**
 * Reads `reg query <key> /s` output (English or Japanese Windows; tabs from older reg.exe too).
 * Lines that are not part of reg query output (a prompt, the command, other text) are skipped.
 * Never throws.
 */
export function parseRegQuery(text: string): RegQueryParse {
  const model: RegModel = { format: null, keys: [] };
  const problems: RegProblem[] = [];
  let notFound = 0;
  let recognised = 0;
  try {
    if (typeof text !== 'string') text = '';
    if (text.length > MAX_REG_BYTES) text = text.slice(0, MAX_REG_BYTES);
    let current: RegKey | null = null;
    // The key the echoed command named: what values that come with no key line of their own belong to.
    let echoed: string | null = null;
    for (const [lineNo, raw] of lines(text)) {
      const line = raw.length > 4096 ? raw.slice(0, 4096) : raw;
      const trimmed = line.trim();
      if (trimmed === '') continue;
      // Cheap test first: only a line with "reg query" (not every REG_DWORD line) can be the echoed command.
      if (/reg(?:\.exe)?\s+query/i.test(line)) {
        const c = QUERY_COMMAND.exec(line);
        if (c) {
          echoed = normalizeKeyPath(c[1] ?? c[2]);
          current = null;
          continue;
        }
      }
      if (/^(?:error|エラー)\s*:/i.test(trimmed) && /(?:unable to find|見つかりません|見つけられません)/i.test(trimmed)) {
        notFound++;
        recognised++;
        continue;
      }
      if (!/^\s/.test(line)) {
        // A key line starts in column 0; strip a "C:\>reg query …" prompt line.
        const k = QUERY_KEY.exec(trimmed);
        if (k) {
          const path = normalizeKeyPath(trimmed);
          if (path) {
            recognised++;
            if (model.keys.length >= MAX_REG_KEYS) {
              current = null;
              continue;
            }
            current = { path, values: [] };
            model.keys.push(current);
            echoed = null;
            continue;
          }
        }
        current = trimmed.startsWith('End of search') || /^検索の終わり/.test(trimmed) ? null : current;
        continue;
      }
      const v = QUERY_VALUE.exec(line);
      if (v && REG_TYPES.has(v[2])) {
        recognised++;
        if (!current && echoed && model.keys.length < MAX_REG_KEYS) {
          // Output pasted without its key line (the command line above it names the key).
          current = { path: echoed, values: [] };
          model.keys.push(current);
          echoed = null;
        }
        if (!current) continue;
        const name = DEFAULT_NAMES.test(v[1].trim()) ? '' : v[1].trim();
        const data = queryData(v[2], (v[3] ?? '').trim());
        if ('error' in data) {
          if (problems.length < MAX_PROBLEMS) problems.push({ line: lineNo, message: msg(`Value "${shorten(name)}": ${data.error.en}`, `値「${shorten(name)}」：${data.error.ja}`) });
          continue;
        }
        if (current.values.length < MAX_REG_VALUES_PER_KEY) current.values.push({ name, data });
      }
    }
    // Keys listed by /s without values are still keys that exist.
  } catch (e) {
    problems.push({ line: 0, message: internalProblem(e) });
  }
  return { model, problems, notFound, recognised };
}

// ---------------------------------------------------------------------------------------------
// PowerShell registry output reader

export interface PsRegistryParse {
  model: RegModel;
  /** Keys PowerShell said do not exist ("Cannot find path 'HKLM:\…' because it does not exist."), long form. */
  missing: string[];
  /** Lines that looked like this output (a PSPath, a Hive line, a value under a key, an error). */
  recognised: number;
}

const PS_PATH = /^\s{0,8}PSPath\s{0,30}:\s{0,4}Microsoft\.PowerShell\.Core\\Registry::(.{1,1000})$/i;
const PS_META = /^(?:PSPath|PSParentPath|PSChildName|PSDrive|PSProvider|PSIsContainer)$/i;
const PS_PROPERTY = /^\s{0,8}([^\s:][^:]{0,100}?)\s{0,40}:\s?(.{0,1000})$/;
const PS_HIVE = /^\s{0,12}Hive:\s{0,4}(.{1,1000})$/i;
/** The command line of Get-ItemProperty (its key: what the values name when `| fl` shows no PSPath lines). */
const PS_GET_ITEM_PROPERTY = /^\s{0,8}(?:PS\s[^>]{1,300}>\s{0,4})?Get-ItemProperty\s{1,8}(?!:)(?:-(?:Literal)?Path\s{1,8})?(?:'([^']{1,1000})'|"([^"]{1,1000})"|([^\s'"|]{1,1000}))/i;
const PS_MISSING = /Cannot find path '([^']{1,1000})' because it does not exist|パス '([^']{1,1000})' が存在しないため/i;

/** "HKLM:\SYSTEM\…" (a PowerShell drive path) → HKEY_LOCAL_MACHINE\SYSTEM\…; null when not a registry path. */
function psKeyPath(p: string): string | null {
  const t = p.trim().replace(/^Microsoft\.PowerShell\.Core\\Registry::/i, '').replace(/^(HKLM|HKCU):/i, '$1');
  return normalizeKeyPath(t);
}

/** A value as PowerShell prints it: REG_DWORD as a signed 32-bit number (0xffffffff shows as -1), strings as they are. */
function psValue(raw: string): RegData {
  const v = raw.trim();
  if (/^-?\d{1,10}$/.test(v)) {
    const n = Number(v);
    if (n >= -0x80000000 && n <= 0xffffffff) return { type: 'REG_DWORD', value: n < 0 ? n + 0x100000000 : n };
  }
  return { type: 'REG_SZ', value: v };
}

/**
 * Reads PowerShell's registry output: `Get-ItemProperty <key>` (Format-List: the values, then PSPath
 * naming the key), `Get-ChildItem <key> -Recurse` (a "Hive:" line, then a Name/Property table with the
 * values as "Name : value"), and the error for a key that does not exist (English and Japanese).
 * Lines that are not part of it are skipped. Bounded like the other readers; never throws.
 */
export function parsePowerShellRegistry(text: string): PsRegistryParse {
  const model: RegModel = { format: null, keys: [] };
  const missing: string[] = [];
  let recognised = 0;
  try {
    if (typeof text !== 'string') text = '';
    if (text.length > MAX_REG_BYTES) text = text.slice(0, MAX_REG_BYTES);
    const byId = new Map<string, RegKey>();
    const keyFor = (path: string): RegKey | null => {
      const id = keyId(path);
      let k = byId.get(id);
      if (!k) {
        if (model.keys.length >= MAX_REG_KEYS) return null;
        k = { path, values: [] };
        byId.set(id, k);
        model.keys.push(k);
      }
      return k;
    };
    const add = (k: RegKey | null, name: string, raw: string) => {
      if (!k || PS_META.test(name) || k.values.length >= MAX_REG_VALUES_PER_KEY) return;
      k.values = k.values.filter((v) => v.name.toLowerCase() !== name.toLowerCase());
      k.values.push({ name, data: psValue(raw) });
    };
    // Get-ItemProperty: values come before the PSPath that names their key.
    let block: [string, string][] = [];
    // Get-ChildItem: the hive, the column where Property starts, the key of the current row.
    let hive: string | null = null;
    let propCol = -1;
    let rowKey: RegKey | null = null;
    let psPath: string | null = null;
    /** The key on the last Get-ItemProperty command line (null: none, or not a registry path). */
    let cmdPath: string | null = null;
    /** Values with no PSPath after them (Format-List without the PS* lines): they belong to the command's key. */
    const endBlock = () => {
      if (cmdPath && block.some(([n]) => !PS_META.test(n))) {
        // "…\TLS 1.2\*": each block is one subkey, named by its PSChildName (not shown: not known).
        const parent = cmdPath.replace(/\\[^\\]*$/, '');
        const child = block.find(([n]) => /^PSChildName$/i.test(n))?.[1].trim() ?? '';
        const path = !/[*?]/.test(cmdPath) ? cmdPath : /^[^*?\\]+$/.test(child) && !/[*?]/.test(parent) ? `${parent}\\${child}` : null;
        if (path) {
          recognised++;
          const k = keyFor(path);
          for (const [n, v] of block) add(k, n, v);
        }
      }
      block = [];
    };
    const endPath = () => {
      const path = psKeyPath(psPath ?? '');
      psPath = null;
      if (path) {
        recognised++;
        const k = keyFor(path);
        for (const [n, v] of block) add(k, n, v);
      }
      block = [];
    };
    for (const [, raw] of lines(text)) {
      const line = raw.length > 4096 ? raw.slice(0, 4096) : raw;
      if (line.trim() === '') {
        if (psPath !== null) endPath();
        endBlock();
        continue;
      }
      const cmd = PS_GET_ITEM_PROPERTY.exec(line);
      if (cmd) {
        if (psPath !== null) endPath();
        endBlock();
        cmdPath = psKeyPath(cmd[1] ?? cmd[2] ?? cmd[3]);
        continue;
      }
      const miss = PS_MISSING.exec(line);
      if (miss) {
        const path = psKeyPath(miss[1] ?? miss[2]);
        if (path && missing.length < 100) missing.push(path);
        // What follows is the error's text, not the key's values.
        cmdPath = null;
        block = [];
        recognised++;
        continue;
      }
      // A PSPath longer than the console is wrapped onto indented lines.
      if (psPath !== null) {
        if (/^\s{8,}\S/.test(line) && !line.includes(' : ') && psPath.length < 4096) {
          psPath += line.trim();
          continue;
        }
        endPath();
      }
      const pp = PS_PATH.exec(line);
      if (pp) {
        psPath = pp[1].trim();
        continue;
      }
      const hv = PS_HIVE.exec(line);
      if (hv) {
        hive = psKeyPath(hv[1]);
        propCol = -1;
        rowKey = null;
        if (hive) recognised++;
        continue;
      }
      if (hive && /^Name\s+Property\s*$/.test(line)) {
        propCol = line.indexOf('Property');
        continue;
      }
      if (hive && propCol > 0) {
        if (/^-{2,}\s+-{2,}\s*$/.test(line)) continue;
        // A continuation line (the key's next value, indented to the Property column) belongs to the row above.
        let rest = line.trimStart();
        if (line[0] !== ' ' && line[0] !== '\t') {
          const name = line.slice(0, propCol).trim();
          rowKey = name ? keyFor(`${hive}\\${name}`) : null;
          rest = line.slice(propCol);
          recognised++;
        }
        const m = PS_PROPERTY.exec(rest);
        if (m && rowKey) add(rowKey, m[1].trim(), m[2]);
        continue;
      }
      const m = PS_PROPERTY.exec(line);
      if (m && block.length < 1000) block.push([m[1].trim(), m[2]]);
    }
    if (psPath !== null) endPath();
    endBlock();
  } catch {
    /* what was read so far stands */
  }
  return { model, missing, recognised };
}

function queryData(type: string, s: string): RegData | { error: LocalizedText } {
  switch (type) {
    case 'REG_SZ':
      return { type: 'REG_SZ', value: s };
    case 'REG_EXPAND_SZ':
      return { type: 'REG_EXPAND_SZ', value: s };
    case 'REG_MULTI_SZ':
      return { type: 'REG_MULTI_SZ', value: s === '' ? [] : s.split('\\0').filter((x) => x !== '') };
    case 'REG_DWORD': {
      const m = /^0x([0-9a-f]{1,8})(?:\s{0,4}\(\d{1,10}\))?$/i.exec(s) ?? /^()(\d{1,10})$/.exec(s);
      if (!m) return { error: msg(`"${shorten(s)}" is not a DWORD such as 0x1.`, `「${shorten(s)}」は 0x1 のような DWORD ではありません。`) };
      const n = m[1] !== '' ? Number.parseInt(m[1], 16) : Number.parseInt(m[2], 10);
      if (n > 0xffffffff) return { error: msg(`"${shorten(s)}" is larger than a DWORD.`, `「${shorten(s)}」は DWORD の範囲を超えています。`) };
      return { type: 'REG_DWORD', value: n };
    }
    case 'REG_QWORD': {
      const m = /^0x([0-9a-f]{1,16})$/i.exec(s);
      if (!m) return { error: msg(`"${shorten(s)}" is not a QWORD such as 0x1.`, `「${shorten(s)}」は 0x1 のような QWORD ではありません。`) };
      return { type: 'REG_QWORD', value: BigInt(`0x${m[1]}`).toString() };
    }
    case 'REG_BINARY':
    case 'REG_NONE': {
      if (!/^(?:[0-9a-f]{2})*$/i.test(s)) return { error: msg('the binary data is not hex.', 'バイナリデータが 16 進ではありません。') };
      return { type, hex: s.toLowerCase() };
    }
    default:
      return { type: 'REG_HEX', kind: -1, hex: Buffer.from(s, 'latin1').toString('hex').slice(0, 2048) };
  }
}

// ---------------------------------------------------------------------------------------------
// Writer

/** regedit wraps hex data so that lines stay within 80 columns. */
const WRAP = 80;

function hexData(prefix: string, bytes: Buffer): string {
  const head = `${prefix}`;
  if (bytes.length === 0) return head;
  let out = head;
  let col = head.length;
  for (let i = 0; i < bytes.length; i++) {
    const piece = bytes[i].toString(16).padStart(2, '0') + (i < bytes.length - 1 ? ',' : '');
    if (col + piece.length > WRAP - 2 && i < bytes.length) {
      out += '\\\r\n  ';
      col = 2;
    }
    out += piece;
    col += piece.length;
  }
  return out;
}

function dataText(nameText: string, d: RegData): string | null {
  const lead = `${nameText}=`;
  switch (d.type) {
    case 'delete':
      return `${lead}-`;
    case 'REG_SZ':
      return `${lead}"${escapeRegString(d.value)}"`;
    case 'REG_DWORD':
      return `${lead}dword:${(d.value >>> 0).toString(16).padStart(8, '0')}`;
    case 'REG_QWORD': {
      const b = Buffer.alloc(8);
      let v: bigint;
      try {
        v = BigInt(d.value);
      } catch {
        return null;
      }
      b.writeBigUInt64LE(BigInt.asUintN(64, v));
      return hexData(`${lead}hex(b):`, b);
    }
    case 'REG_EXPAND_SZ':
      return hexData(`${lead}hex(2):`, Buffer.from(`${d.value}\0`, 'utf16le'));
    case 'REG_MULTI_SZ':
      return hexData(`${lead}hex(7):`, Buffer.from(`${d.value.map((s) => `${s}\0`).join('')}\0`, 'utf16le'));
    case 'REG_BINARY':
      return hexData(`${lead}hex:`, Buffer.from(d.hex, 'hex'));
    case 'REG_NONE':
      return hexData(`${lead}hex(0):`, Buffer.from(d.hex, 'hex'));
    case 'REG_HEX':
      if (d.kind < 0) return null;
      return hexData(`${lead}hex(${d.kind.toString(16)}):`, Buffer.from(d.hex, 'hex'));
  }
  return null;
}

/**
 * The model as regedit 5.00 text: header, a blank line, then each key followed by its values and a
 * blank line; CRLF line endings; ends with a blank line. Encode with `encodeRegUtf16` to get what
 * regedit itself writes.
 */
export function serializeReg(model: RegModel): string {
  const out: string[] = ['Windows Registry Editor Version 5.00', ''];
  for (const key of model.keys) {
    const path = normalizeKeyPath(key.path) ?? key.path;
    if (key.delete) {
      out.push(`[-${path}]`, '');
      continue;
    }
    out.push(`[${path}]`);
    for (const v of key.values) {
      const nameText = v.name === '' ? '@' : `"${escapeRegString(v.name)}"`;
      const line = dataText(nameText, v.data);
      if (line !== null) out.push(line);
    }
    out.push('');
  }
  return `${out.join('\r\n')}\r\n`;
}

/** Text → bytes as regedit saves them: UTF-16LE with a byte-order mark. */
export function encodeRegUtf16(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

// ---------------------------------------------------------------------------------------------
// The registry after applying a model (deletions included)

export interface RegTree {
  /** keyId → key with its current values (by lower-cased name). */
  keys: Map<string, { path: string; values: Map<string, RegValue> }>;
}

/** Applies the model's keys in order: later keys override, `[-key]` removes the key and its subkeys, `=-` removes a value. */
export function applyReg(model: RegModel, into: RegTree = { keys: new Map() }): RegTree {
  for (const key of model?.keys ?? []) {
    const id = keyId(key.path);
    if (key.delete) {
      for (const k of [...into.keys.keys()]) if (k === id || k.startsWith(`${id}\\`)) into.keys.delete(k);
      continue;
    }
    let entry = into.keys.get(id);
    if (!entry) {
      entry = { path: normalizeKeyPath(key.path) ?? key.path, values: new Map() };
      into.keys.set(id, entry);
    }
    for (const v of key.values) {
      if (v.data.type === 'delete') entry.values.delete(v.name.toLowerCase());
      else entry.values.set(v.name.toLowerCase(), v);
    }
  }
  return into;
}

function dword(tree: RegTree, path: string, name: string): number | null {
  const k = tree.keys.get(keyId(path));
  const v = k?.values.get(name.toLowerCase());
  if (!v) return null;
  if (v.data.type === 'REG_DWORD') return v.data.value;
  if (v.data.type === 'REG_QWORD') return Number(v.data.value);
  return null;
}

// ---------------------------------------------------------------------------------------------
// Schannel protocol state

/**
 * What the keys say about one protocol side:
 * - 'enabled': Enabled ≠ 0 and DisabledByDefault = 0
 * - 'disabled': Enabled = 0
 * - 'disabled-by-default': DisabledByDefault ≠ 0 (only applications that ask for it explicitly get it)
 * - 'partly-set': Enabled ≠ 0 but no DisabledByDefault, or DisabledByDefault = 0 without Enabled: the OS default fills the gap
 * - 'absent': neither value is set: the OS default applies
 */
export type SchannelVerdict = 'enabled' | 'disabled' | 'disabled-by-default' | 'partly-set' | 'absent';

export interface SchannelSideState {
  keyPresent: boolean;
  enabled: number | null;
  disabledByDefault: number | null;
  verdict: SchannelVerdict;
}

export type SchannelState = Record<SchannelProtocol, Record<SchannelSide, SchannelSideState>>;

export function schannelVerdict(enabled: number | null, disabledByDefault: number | null): SchannelVerdict {
  if (enabled === 0) return 'disabled';
  if (disabledByDefault !== null && disabledByDefault !== 0) return 'disabled-by-default';
  if (enabled !== null && disabledByDefault === 0) return 'enabled';
  if (enabled === null && disabledByDefault === null) return 'absent';
  return 'partly-set';
}

/**
 * Is the side usable, given the OS default for that protocol (true = on by default, null = unknown)?
 * true/false, or null when the keys leave it to an OS default that is not known.
 */
export function schannelEffective(s: SchannelSideState, osDefault: boolean | null): boolean | null {
  switch (s.verdict) {
    case 'enabled':
      return true;
    case 'disabled':
    case 'disabled-by-default':
      return false;
    case 'partly-set':
      // Enabled=1 alone on a release where the protocol is off by default is not enough.
      if (s.enabled !== null) return osDefault === true ? true : osDefault === false ? false : null;
      return osDefault;
    default:
      return osDefault;
  }
}

/** The Schannel Protocols state per protocol and side, from a model (or several, applied in order). */
export function schannelState(models: RegModel | RegModel[]): SchannelState {
  const tree: RegTree = { keys: new Map() };
  for (const m of Array.isArray(models) ? models : [models]) applyReg(m, tree);
  const state = {} as SchannelState;
  for (const p of SCHANNEL_PROTOCOLS) {
    state[p] = {} as Record<SchannelSide, SchannelSideState>;
    for (const side of ['Client', 'Server'] as const) {
      const path = schannelKeyPath(p, side);
      const keyPresent = tree.keys.has(keyId(path));
      const enabled = dword(tree, path, 'Enabled');
      const disabledByDefault = dword(tree, path, 'DisabledByDefault');
      state[p][side] = { keyPresent, enabled, disabledByDefault, verdict: schannelVerdict(enabled, disabledByDefault) };
    }
  }
  return state;
}

/** Does the model mention the Schannel Protocols keys at all (so "absent" means something)? */
export function mentionsSchannel(model: RegModel): boolean {
  const root = keyId(SCHANNEL_PROTOCOLS_PATH);
  return (model?.keys ?? []).some((k) => {
    const id = keyId(k.path);
    return id === root || id.startsWith(`${root}\\`) || root.startsWith(`${id}\\`);
  });
}

/**
 * Does the model show the whole Schannel Protocols tree (what a rollback may be built from)? It must
 * hold the Protocols key itself, and, when it has subkeys, some below the protocol level
 * (…\TLS 1.2\Client): `reg query … /s` and a regedit export of the key do; a paste of one subkey, or
 * `reg query` without /s (the protocol names only), does not, and keys it never saw would look absent.
 */
export function showsSchannelTree(model: RegModel): boolean {
  const root = keyId(SCHANNEL_PROTOCOLS_PATH);
  const ids = (model?.keys ?? []).map((k) => keyId(k.path));
  if (!ids.includes(root)) return false;
  const below = ids.filter((id) => id.startsWith(`${root}\\`)).map((id) => id.slice(root.length + 1).split('\\').length);
  return below.length === 0 || below.some((depth) => depth >= 2);
}

// ---------------------------------------------------------------------------------------------
// .NET strong crypto

export type NetFxView = keyof typeof NETFX_PATHS;

export interface NetFxState {
  view: NetFxView;
  keyPresent: boolean;
  schUseStrongCrypto: number | null;
  systemDefaultTlsVersions: number | null;
  /** Both values are 1: .NET 4 code uses the OS's TLS versions (TLS 1.2). */
  strong: boolean;
}

export function netFxState(models: RegModel | RegModel[]): Record<NetFxView, NetFxState> {
  const tree: RegTree = { keys: new Map() };
  for (const m of Array.isArray(models) ? models : [models]) applyReg(m, tree);
  const out = {} as Record<NetFxView, NetFxState>;
  for (const view of Object.keys(NETFX_PATHS) as NetFxView[]) {
    const path = NETFX_PATHS[view];
    const schUseStrongCrypto = dword(tree, path, 'SchUseStrongCrypto');
    const systemDefaultTlsVersions = dword(tree, path, 'SystemDefaultTlsVersions');
    out[view] = {
      view,
      keyPresent: tree.keys.has(keyId(path)),
      schUseStrongCrypto,
      systemDefaultTlsVersions,
      strong: schUseStrongCrypto === 1 && systemDefaultTlsVersions === 1,
    };
  }
  return out;
}

export function mentionsNetFx(model: RegModel): boolean {
  const ids = Object.values(NETFX_PATHS).map(keyId);
  return (model?.keys ?? []).some((k) => ids.includes(keyId(k.path)));
}
