/**
 * The one registry of evidence readers: what a file (or a download, or a pasted text) is, decided
 * by its first bytes, and the reader that reads it. Gzip is unpacked first (bounded). Everything
 * is streamed; a file that cannot be read gets a reason in English and Japanese, never an exception.
 *
 * Readers: capture (pcap, pcapng) → ./capture; .reg (regedit export) → ../windows/reg + ./registry;
 * text (event log exports, reg query / check-tls.cmd output, command output, tshark text) → ./text.
 */
import { stat } from 'node:fs/promises';
import type { LocalizedText } from '../domain/types';
import { encodingSwitchProblem, evidenceRelevantKey, lineNotRead, looksUtf16le, MAX_REG_BYTES, MAX_REG_LINE, parseRegText, RegLineKeeper, utf16Switch, type RegModel } from '../windows/reg';
import { captureMagic, readCapture, type CaptureOptions } from './capture';
import { registryObservations } from './registry';
import { bufferChunks, fileChunks, gunzipChunks, LimitError, limitsFromEnv, mb, type EvidenceLimits } from './source';
import { eventKind, MAX_TEXT, readPastedText, TextScanner } from './text';
import type { EvidenceKind, EvidenceReading } from './types';

export type { EvidenceReading, Observation, EvidenceKind } from './types';
export { readPastedText } from './text';

export interface ReadOptions extends Partial<EvidenceLimits> {
  /** Extra TLS ports for captures (443 is always read). */
  tlsPorts?: number[];
  /** Where the reading is shown: a hint names that surface's command (default: the command line). */
  surface?: 'cli' | 'console' | 'slack';
}

export type EvidenceFileResult =
  | { file: string; ok: true; reading: EvidenceReading }
  | { file: string; ok: false; reason: LocalizedText };

function t(en: string, ja: string): LocalizedText {
  return { en, ja };
}

interface Reader {
  name: string;
  /** Does this reader take a file starting with `head` (up to 64 KB, after gunzip)? */
  accepts(head: Buffer): boolean;
  read(chunks: AsyncIterable<Buffer>, opts: CaptureOptions): Promise<EvidenceReading>;
}

const REG_HEAD = /^(?:\ufeff)?\s*(?:windows registry editor version 5\.00|regedit4)/i;

type TextEncoding = 'utf-16le' | 'utf-8' | 'shift_jis';

/** Does `b` decode in `encoding` without an error (a character cut at the end is allowed)? */
function decodes(b: Buffer, encoding: TextEncoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(b, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * How a text file is encoded: UTF-16LE (PowerShell 5's `>`, regedit), UTF-8, or, when the bytes are
 * not UTF-8 but are valid Shift_JIS, the ANSI code page of Japanese Windows (CP932: cmd's `>` of
 * reg query, wevtutil, systeminfo, and Event Viewer's text export there).
 */
function textEncoding(head: Buffer): TextEncoding {
  const b = head.subarray(0, 64 * 1024);
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 4 && b[1] === 0 && b[3] === 0 && b[0] !== 0) return 'utf-16le';
  if (decodes(b, 'utf-8')) return 'utf-8';
  if (decodes(b, 'shift_jis')) return 'shift_jis';
  return 'utf-8';
}

function headText(head: Buffer): string {
  const b = head.subarray(0, 4096);
  const enc = textEncoding(head);
  if (enc === 'utf-16le') return b.subarray(b[0] === 0xff && b[1] === 0xfe ? 2 : 0, b.length & ~1).toString('utf16le');
  if (enc === 'shift_jis') return new TextDecoder('shift_jis').decode(b, { stream: true });
  return b.toString('utf8');
}

const captureReader: Reader = {
  name: 'capture',
  accepts: (head) => captureMagic(head) !== null,
  read: (chunks, opts) => readCapture(chunks, opts),
};

/**
 * The chunks of a .reg source up to MAX_REG_BYTES in all: the chunk that crosses the limit is cut there
 * and is the last; `cut.more` then says the file went on past it (both .reg readers stop on it).
 */
async function* upToRegLimit(chunks: AsyncIterable<Buffer>, cut: { more: boolean }): AsyncGenerator<Buffer> {
  let read = 0;
  for await (const c of chunks) {
    if (read + c.length > MAX_REG_BYTES) {
      cut.more = true;
      yield c.subarray(0, MAX_REG_BYTES - read);
      return;
    }
    read += c.length;
    yield c;
  }
}

/** Lines of a .reg too long to read (MAX_REG_LINE): the first one's number and how many. */
export interface LinesNotRead {
  first: number;
  count: number;
}

/**
 * A UTF-16LE .reg read chunk by chunk, decoded incrementally: only the lines the evidence rules can use
 * are kept (the first lines, and the key lines and values of SCHANNEL/.NET keys), so memory stays small
 * whatever the export holds. A switch to 8-bit text (a UTF-8 block appended) is followed. A line longer
 * than MAX_REG_LINE characters is not read: lineNotRead(…) stands in its place (as readAnsiReg's).
 * Stops at MAX_REG_BYTES, on a line end.
 */
export async function readUtf16Reg(chunks: AsyncIterable<Buffer>): Promise<{ kept: [number, string][]; lines: number; more: boolean; switched: { line: number; to: 'UTF-8' } | null; notRead: LinesNotRead | null }> {
  const kept: [number, string][] = [];
  let decoder = new TextDecoder('utf-16le');
  let switched: { line: number; to: 'UTF-8' } | null = null;
  let carry = '';
  /** The line in `carry` is longer than MAX_REG_LINE (`carry` holds its start); its last character other than a blank. */
  let over = false;
  let last = '';
  let notRead: LinesNotRead | null = null;
  let lineNo = 0;
  let relevant = false;
  let first = true;
  const take = (raw: string) => {
    if (over) {
      lineNo++;
      notRead = notRead ? { first: notRead.first, count: notRead.count + 1 } : { first: lineNo, count: 1 };
      const continued = last === '\\';
      const marker = lineNotRead(carry.slice(0, 65_536), continued);
      over = false;
      last = '';
      // Kept as the line would be (parseRegText reads the marker: a key line's values are then passed over, a hex
      // value it is part of is not recorded). `relevant` stays: the lines after it are kept or not as before, so a
      // value continued past it ends where the parser sees it end. Outside a kept key, one that would continue is not given.
      if (relevant || (lineNo < 5 && !continued)) kept.push([lineNo, marker]);
      return;
    }
    lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const tl = line.trimStart();
    if (tl.startsWith('[')) {
      const close = tl.lastIndexOf(']');
      relevant = close > 0 && evidenceRelevantKey(tl.slice(tl[1] === '-' ? 2 : 1, close));
      // Other keys are not kept at all (a kept slice would hold its whole decoded chunk in memory), but in the
      // first lines (kept whatever they hold) a key is: without it, its values there read as outside any key.
      if (relevant || close < 0 || lineNo < 5) kept.push([lineNo, line.slice(0, 2000)]);
    } else if (relevant || lineNo < 5) kept.push([lineNo, line]);
  };
  /** The last character of text[from, to) other than a blank (or CR), if any, for a line not read. */
  const end = (text: string, from: number, to: number) => {
    let j = to - 1;
    while (j >= from && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
    if (j >= from) last = text[j]!;
  };
  // One line cannot hold the reading hostage: a line longer than the limit is not read (its start is kept).
  const overflow = (text: string, from: number, to: number) => {
    if (!over && carry.length + to - from > MAX_REG_LINE) {
      over = true;
      end(carry, 0, carry.length);
      if (carry.length < 65_536) carry += text.slice(from, from + 65_536 - carry.length);
      else carry = carry.slice(0, 65_536);
    }
    if (over) end(text, from, to);
  };
  const feed = (text: string) => {
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      overflow(text, start, i);
      take(over ? '' : carry + text.slice(start, i));
      carry = '';
      start = i + 1;
    }
    overflow(text, start, text.length);
    if (!over) carry += text.slice(start);
  };
  const cut = { more: false };
  for await (let c of upToRegLimit(chunks, cut)) {
    if (first) {
      if (c[0] === 0xff && c[1] === 0xfe) c = c.subarray(2);
      first = false;
    }
    const at = switched ? -1 : utf16Switch(c, 0);
    if (at > 0) {
      feed(decoder.decode(c.subarray(0, at)));
      feed('\n');
      switched = { line: lineNo, to: 'UTF-8' };
      decoder = new TextDecoder('utf-8');
      feed(decoder.decode(c.subarray(at), { stream: true }));
    } else {
      feed(decoder.decode(c, { stream: true }));
    }
  }
  // Cut by the limit: the unfinished last line is not read (it is not the file's fault).
  if (!cut.more) {
    feed(decoder.decode());
    if (carry) take(carry);
  }
  return { kept, lines: lineNo, more: cut.more, switched, notRead };
}

/**
 * A UTF-8 or ANSI .reg read chunk by chunk, as parseRegFile reads the whole file (UTF-8, or Latin-1
 * when any byte is not UTF-8; a UTF-8 BOM dropped; LF, CR LF or a lone CR end a line) but keeping only
 * the lines RegLineKeeper picks. Which of the two encodings applies is known at the end only, so the
 * lines are picked for both (they differ only where a line holds non-ASCII bytes). A line longer than
 * MAX_REG_LINE bytes is not read: lineNotRead(…) stands in its place and `notRead` says where. Stops at
 * MAX_REG_BYTES, on a line end.
 */
export async function readAnsiReg(chunks: AsyncIterable<Buffer>): Promise<{ kept: [number, string][]; lines: number; more: boolean; notRead: LinesNotRead | null }> {
  const asUtf8 = new RegLineKeeper(evidenceRelevantKey);
  const asLatin1 = new RegLineKeeper(evidenceRelevantKey);
  let bom: boolean | null = null;
  let notUtf8 = false;
  let lineNo = 1;
  let part: Buffer[] = [];
  let partLength = 0;
  /** The line is longer than MAX_REG_LINE (its first MAX_REG_LINE bytes are in `part`); its last byte other than a blank so far. */
  let over = false;
  let lastByte = -1;
  let notRead: LinesNotRead | null = null;
  /** The part before a CR, given once what follows shows the CR is not the line's last byte. */
  let beforeCr: Buffer | string | null = null;
  const emit = (b: Buffer | string) => {
    if (typeof b === 'string') {
      // A line not read: its marker, for both readings.
      notRead = notRead ? { first: notRead.first, count: notRead.count + 1 } : { first: lineNo, count: 1 };
      asUtf8.take(lineNo, b);
      asLatin1.take(lineNo, b);
      return;
    }
    const u = b.toString('utf8');
    if (u.includes('\ufffd')) notUtf8 = true;
    asUtf8.take(lineNo, u);
    asLatin1.take(lineNo, b.toString('latin1'));
  };
  const add = (c: Buffer, from: number, to: number) => {
    if (to <= from) return;
    const room = MAX_REG_LINE - partLength;
    if (room > 0) {
      const piece = c.subarray(from, Math.min(to, from + room));
      part.push(piece);
      partLength += piece.length;
    }
    if (to - from > room) over = true;
    // The line's last byte other than a blank (a few steps back at most, as a rule): for a line not read,
    // whether hex data went on after it.
    let j = to - 1;
    while (j >= from && (c[j] === 0x20 || c[j] === 0x09)) j--;
    if (j >= from) lastByte = c[j]!;
  };
  // Copied: a kept subarray would hold its whole chunk. A line too long: its marker (from its start).
  const take = (): Buffer | string => {
    const b = over ? lineNotRead(Buffer.concat(part, Math.min(partLength, 65_536)).toString('latin1'), lastByte === 0x5c) : part.length === 1 ? Buffer.from(part[0]) : Buffer.concat(part, partLength);
    part = [];
    partLength = 0;
    over = false;
    lastByte = -1;
    return b;
  };
  const cut = { more: false };
  for await (const c of upToRegLimit(chunks, cut)) {
    if (bom === null && c.length) {
      bom = c.length >= 3 && c[0] === 0xef && c[1] === 0xbb && c[2] === 0xbf;
      // The BOM's bytes stay for the Latin-1 reading (as parseRegFile's): dropped below for UTF-8.
    }
    let from = 0;
    let lf = c.indexOf(0x0a);
    let cr = c.indexOf(0x0d);
    while (lf >= 0 || cr >= 0) {
      const i = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      const x = c[i];
      if (x === 0x0a) lf = c.indexOf(0x0a, i + 1);
      else cr = c.indexOf(0x0d, i + 1);
      add(c, from, i);
      from = i + 1;
      if (x === 0x0d) {
        if (beforeCr) emit(beforeCr);
        beforeCr = take();
        continue;
      }
      const rest = take();
      if (beforeCr) {
        emit(beforeCr);
        // "x\r\n": the CR before the line end is dropped, not a separator.
        if (rest.length) emit(rest);
        beforeCr = null;
      } else emit(rest);
      lineNo++;
    }
    if (cut.more) break;
    add(c, from, c.length);
  }
  const more = cut.more;
  if (more) {
    // Cut by the limit: the unfinished last line is not read (it is not the file's fault).
    part = [];
    partLength = 0;
    emit(Buffer.alloc(0));
  } else {
    const rest = take();
    if (beforeCr) emit(beforeCr);
    if (!beforeCr || rest.length) emit(rest);
  }
  if (bom) return { kept: asUtf8.kept.map(([n, l], i) => [n, i === 0 && n === 1 ? l.replace(/^\ufeff/, '') : l]), lines: lineNo, more, notRead };
  return { kept: notUtf8 ? asLatin1.kept : asUtf8.kept, lines: lineNo, more, notRead };
}

const regReader: Reader = {
  name: 'reg',
  accepts: (head) => REG_HEAD.test(headText(head)),
  async read(chunks) {
    const iter = chunks[Symbol.asyncIterator]();
    const firstChunk = await iter.next();
    const head: Buffer = firstChunk.done ? Buffer.alloc(0) : firstChunk.value;
    const rest: AsyncIterable<Buffer> = {
      async *[Symbol.asyncIterator]() {
        if (head.length) yield head;
        for (let r = await iter.next(); !r.done; r = await iter.next()) yield r.value;
      },
    };
    if ((head[0] === 0xff && head[1] === 0xfe) || looksUtf16le(head)) {
      const u = await readUtf16Reg(rest);
      const r = parseRegText(u.kept, { keep: evidenceRelevantKey });
      const problems = r.problems.slice(0, 5).map((p) => (p.line ? t(`Line ${p.line}: ${p.message.en}`, `${p.line} 行目：${p.message.ja}`) : p.message));
      if (u.switched) problems.unshift(encodingSwitchProblem(u.switched.line, u.switched.to));
      if (u.notRead) problems.unshift(longLineNote(u.notRead));
      if (u.more) problems.unshift(cutNote(u.lines));
      return regResult(r.model, problems);
    }
    // Cut by the limit, not by the file: the last line read is whole or not read at all, so the cut is
    // not reported as a broken line of the file ("A key line has no closing ]").
    const a = await readAnsiReg(rest);
    const r = parseRegText(a.kept, { keep: evidenceRelevantKey });
    const problems = r.problems.slice(0, 5).map((p) => (p.line ? t(`Line ${p.line}: ${p.message.en}`, `${p.line} 行目：${p.message.ja}`) : p.message));
    if (a.notRead) problems.unshift(longLineNote(a.notRead));
    if (a.more) problems.unshift(cutNote(a.lines));
    return regResult(r.model, problems);
  },
};

function cutNote(lines: number): LocalizedText {
  return t(
    `The file is larger than ${mb(MAX_REG_BYTES)}: I read it only up to there (line ${lines}), so keys after that point are not in this answer. Export just the keys you need (SCHANNEL\\Protocols, .NETFramework\\v4.0.30319).`,
    `ファイルが ${mb(MAX_REG_BYTES)} を超えているため、そこまで（${lines} 行目まで）しか読んでいません。それより後のキーはこの回答に含まれていません。必要なキー（SCHANNEL\\Protocols、.NETFramework\\v4.0.30319）だけをエクスポートしてください。`,
  );
}

/** Lines too long to read (MAX_REG_LINE): not read, the rest of the file read, and what that leaves out. */
export function longLineNote(n: LinesNotRead): LocalizedText {
  const size = mb(MAX_REG_LINE);
  return t(
    `${n.count === 1 ? `Line ${n.first} is longer than ${size}, so I skipped it` : `${n.count} lines (the first is line ${n.first}) are longer than ${size}, so I skipped them`} and read the rest of the file. Whatever was on ${n.count === 1 ? 'it' : 'them'} (a value, or a key and the values under it) is not in this answer. Schannel and .NET keys never need a line that long: if you expected them there, export just those keys again.`,
    `${n.count === 1 ? `${n.first} 行目が ${size} を超えているため、この行は読まずに` : `${size} を超える行が ${n.count} 行あるため（最初は ${n.first} 行目）、それらの行は読まずに`}残りを読みました。読まなかった行の内容（値、またはキーとその下の値）はこの回答に含まれていません。Schannel や .NET のキーにこれほど長い行は必要ないため、それらのキーを確認したい場合は、そのキーだけをもう一度エクスポートしてください。`,
  );
}

function regResult(model: RegModel, problems: LocalizedText[]): EvidenceReading {
    const observations = registryObservations(model);
    if (observations.length === 0) {
      observations.push({
        code: 'reg-nothing-relevant',
        detail: t('The .reg file has no Schannel Protocols or .NET strong-crypto keys. Export HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols.', 'この .reg ファイルには Schannel Protocols のキーも .NET の強力な暗号化のキーもありません。HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols をエクスポートしてください。'),
      });
    }
    return { kind: 'reg', observations, facts: {}, problems };
}

const NUL_NOTE = t('The file holds runs of NUL bytes (as a log can have after a crash, or where space was reserved for it): they were skipped and the rest was read.', 'ファイルに NUL バイトの並びが含まれていました（クラッシュ後や領域を予約したログによくあります）。その部分は飛ばして残りを読みました。');

/**
 * A text file's content as the line readers take it: NUL bytes dropped, and CR-only line ends (old Mac
 * style, some exports) turned into LF (CR CR LF and CR LF stay one line end).
 */
function fileText(text: string): string {
  let s = text.includes('\u0000') ? text.replace(/\u0000+/g, '') : text;
  if (/\r(?![\r\n])/.test(s)) s = s.replace(/\r+\n/g, '\n').replace(/\r/g, '\n');
  return s;
}

/** Text in UTF-16LE (with or without BOM) or UTF-8/ANSI. Small texts are read whole, big ones streamed line by line. */
const textReader: Reader = {
  name: 'text',
  accepts: (head) => {
    const s = headText(head).slice(0, 2048);
    if (s.length === 0) return false;
    // Mostly printable: control characters other than tab/CR/LF are rare in text. Runs of NUL bytes (a log preallocated
    // or cut by a crash) are not counted when the rest is clearly text: they are dropped when it is read.
    let bad = 0;
    let nul = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0) nul++;
      else if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
    }
    const rest = s.length - nul;
    return rest >= 32 ? bad <= rest / 50 : bad + nul <= s.length / 50;
  },
  async read(chunks, opts) {
    const iter = chunks[Symbol.asyncIterator]();
    const first: Buffer[] = [];
    let n = 0;
    let done = false;
    while (n <= MAX_TEXT) {
      const r = await iter.next();
      if (r.done) {
        done = true;
        break;
      }
      first.push(r.value);
      n += r.value.length;
    }
    const head = Buffer.concat(first, n);
    const encoding = textEncoding(head);
    const utf16 = encoding === 'utf-16le';
    if (done) {
      const text = utf16
        ? head.subarray(head[0] === 0xff ? 2 : 0, head.length & ~1).toString('utf16le')
        : encoding === 'shift_jis'
          ? new TextDecoder('shift_jis').decode(head)
          : head.toString('utf8').replace(/^\ufeff/, '');
      const clean = fileText(text);
      const reading = readPastedText(clean);
      return clean.length < text.length && text.includes('\u0000') ? { ...reading, problems: [...(reading.problems ?? []), NUL_NOTE] } : reading;
    }
    // A big text file: stream it through the line scanner (registry output is read from small files only).
    const decoder = new TextDecoder(encoding);
    const scanner = new TextScanner();
    let carry = '';
    let total = head.length;
    const deadline = Date.now() + opts.timeMs;
    const problems: LocalizedText[] = [];
    let nuls = false;
    // A line without its CR(s) at the end; a lone CR inside it also ends a line (CR-only line ends).
    const emit = (line: string) => {
      const l = line.replace(/\r+$/, '');
      if (l.includes('\r')) for (const part of l.split('\r')) scanner.line(part);
      else scanner.line(l);
    };
    const feed = (s: string) => {
      if (s.includes('\u0000')) {
        nuls = true;
        s = s.replace(/\u0000+/g, '');
      }
      const text = carry + s;
      let start = 0;
      for (;;) {
        const nl = text.indexOf('\n', start);
        if (nl < 0) break;
        emit(text.slice(start, nl));
        start = nl + 1;
      }
      carry = text.slice(start);
      if (carry.length > 100_000) {
        const cr = carry.lastIndexOf('\r');
        if (cr > 0) {
          emit(carry.slice(0, cr));
          carry = carry.slice(cr + 1);
        }
        if (carry.length > 100_000) {
          scanner.line(carry.slice(0, 2000));
          carry = '';
        }
      }
    };
    feed(decoder.decode(head, { stream: true }).replace(/^\ufeff/, ''));
    for (;;) {
      if (total > opts.maxBytes) {
        problems.push(t(`Only the first ${mb(opts.maxBytes)} of the text were read (the limit).`, `テキストは上限の先頭 ${mb(opts.maxBytes)} だけを読みました。`));
        break;
      }
      if (Date.now() > deadline) {
        problems.push(t(`Reading took longer than the time limit; only the first ${mb(total)} were read.`, `読み取りが制限時間を超えたため、先頭の ${mb(total)} だけを読みました。`));
        break;
      }
      const r = await iter.next();
      if (r.done) break;
      total += r.value.length;
      feed(decoder.decode(r.value, { stream: true }));
    }
    await iter.return?.();
    feed(`${decoder.decode()}\n`);
    const out = scanner.finish();
    if (nuls) problems.push(NUL_NOTE);
    const kind: EvidenceKind = eventKind(scanner);
    return { kind, observations: out.observations, facts: out.facts, problems: [...problems, ...out.problems] };
  },
};

/** The registry, in order of precedence. */
export const READERS: readonly Reader[] = [captureReader, regReader, textReader];

/** Formats we recognise but cannot read, with what to do instead. */
function knownUnreadable(head: Buffer): LocalizedText | null {
  const s = head.subarray(0, 8).toString('latin1');
  if (s.startsWith('ElfFile')) return t('This is a binary Windows event log (.evtx). In Event Viewer use "Save All Events As…" with "Text (Tab delimited)" or "CSV", and send that file.', 'これはバイナリ形式の Windows イベントログ（.evtx）です。イベント ビューアーの「すべてのイベントを名前をつけて保存」で「テキスト（タブ区切り）」または「CSV」を選び、そのファイルを送ってください。');
  if (s.startsWith('PK\u0003\u0004')) return t('This is a ZIP archive. Unpack it and send the capture, .reg or log file inside.', 'これは ZIP アーカイブです。展開して、中のキャプチャ、.reg、ログファイルを送ってください。');
  if (head.length >= 4 && head.readUInt32BE(0) === 0x0a0d0d0a) return null;
  if (s.startsWith('\u00d4\u00c3\u00b2\u00a1') || s.startsWith('\u00a1\u00b2\u00c3\u00d4')) return null;
  if (s.startsWith('XCP\u0000') || s.startsWith('\u0034\u00cd\u00b2\u00a1')) return t('This capture format is not supported. Save it from Wireshark as pcap or pcapng.', 'このキャプチャ形式には対応していません。Wireshark で pcap か pcapng 形式で保存してください。');
  return null;
}

/** Reads evidence from chunks (a file, a download). Never throws. */
export async function readEvidenceChunks(name: string, source: AsyncIterable<Buffer>, options: ReadOptions = {}): Promise<EvidenceFileResult> {
  const env = limitsFromEnv();
  const opts: CaptureOptions = { maxBytes: options.maxBytes ?? env.maxBytes, timeMs: options.timeMs ?? env.timeMs, tlsPorts: options.tlsPorts, surface: options.surface };
  const file = name;
  try {
    let iter = source[Symbol.asyncIterator]();
    // Peek at the first bytes.
    let first = await iter.next();
    if (first.done || first.value.length === 0) return { file, ok: false, reason: t('The file is empty.', 'ファイルが空です。') };
    if (first.value.length >= 2 && first.value[0] === 0x1f && first.value[1] === 0x8b) {
      const rest = iter;
      const firstChunk = first.value;
      const compressed = (async function* () {
        yield firstChunk;
        for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
      })();
      iter = gunzipChunks(compressed, opts.maxBytes)[Symbol.asyncIterator]();
      try {
        first = await iter.next();
      } catch {
        return { file, ok: false, reason: t('The file is gzip-compressed but damaged: it could not be unpacked.', 'gzip 形式のファイルですが壊れているため、展開できませんでした。') };
      }
      if (first.done || first.value.length === 0) return { file, ok: false, reason: t('The compressed file is empty.', '圧縮ファイルの中身が空です。') };
    }
    const head = first.value;
    const unreadable = knownUnreadable(head);
    if (unreadable) return { file, ok: false, reason: unreadable };
    const reader = READERS.find((r) => r.accepts(head));
    if (!reader) {
      return { file, ok: false, reason: t('I cannot tell what this file is: not a packet capture (pcap/pcapng), a .reg export or text. Send a capture, a .reg export, an event log saved as text/CSV, or command output.', 'このファイルの形式が分かりません（pcap/pcapng のキャプチャ、.reg エクスポート、テキストのいずれでもありません）。キャプチャ、.reg エクスポート、テキスト/CSV で保存したイベントログ、コマンドの出力のいずれかを送ってください。') };
    }
    const firstValue = head;
    const rest = iter;
    const all = (async function* () {
      yield firstValue;
      for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
    })();
    const reading = await reader.read(all, opts);
    return { file, ok: true, reading };
  } catch (e) {
    if (e instanceof LimitError) return { file, ok: false, reason: e.reason };
    return { file, ok: false, reason: t(`The file could not be read (${e instanceof Error ? e.message.slice(0, 100) : 'error'}).`, `ファイルを読み取れませんでした（${e instanceof Error ? e.message.slice(0, 100) : 'error'}）。`) };
  }
}

/** A file name that looks like a packet capture (its size advice is a capture filter; a log's is a shorter export). */
const CAPTURE_NAME = /\.(?:pcap|pcapng|cap|dmp|etl)(?:\.gz)?$/i;

/** Reads an evidence file from disk, streamed, after checking its size. Never throws. */
export async function readEvidenceFile(path: string, options: ReadOptions = {}): Promise<EvidenceFileResult> {
  const maxBytes = options.maxBytes ?? limitsFromEnv().maxBytes;
  try {
    const s = await stat(path);
    if (!s.isFile()) return { file: path, ok: false, reason: t('This is not a regular file.', '通常のファイルではありません。') };
    if (s.size > maxBytes) {
      return {
        file: path,
        ok: false,
        reason: t(
          CAPTURE_NAME.test(path)
            ? `The file is ${mb(s.size)}, more than the ${mb(maxBytes)} limit (EVIDENCE_MAX_BYTES). Filter the capture to the endpoint (for example "tcp port 443 or tcp port 80") or compress it.`
            : `The file is ${mb(s.size)}, more than the ${mb(maxBytes)} limit (EVIDENCE_MAX_BYTES). Send only the part that matters: the events around the failure (in Event Viewer, "Filter Current Log" by source Schannel or MSSQLSERVER, then "Save Filtered Log File As" text or CSV), or the lines of the log from that time. Or compress it.`,
          CAPTURE_NAME.test(path)
            ? `ファイルが ${mb(s.size)} あり、上限の ${mb(maxBytes)}（EVIDENCE_MAX_BYTES）を超えています。キャプチャをエンドポイントに絞り込む（例：「tcp port 443 or tcp port 80」）か、圧縮してください。`
            : `ファイルが ${mb(s.size)} あり、上限の ${mb(maxBytes)}（EVIDENCE_MAX_BYTES）を超えています。関係する部分だけを送ってください。障害の前後のイベント（イベント ビューアーの「現在のログをフィルター」でソース Schannel や MSSQLSERVER に絞り、「フィルターされたログ ファイルに名前を付けて保存」でテキストか CSV に保存）や、その時間帯のログの行です。または圧縮してください。`,
        ),
      };
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT') return { file: path, ok: false, reason: t('There is no such file.', 'そのファイルはありません。') };
    if (code === 'EACCES') return { file: path, ok: false, reason: t('I am not allowed to read this file.', 'このファイルを読む権限がありません。') };
    return { file: path, ok: false, reason: t('The file could not be opened.', 'ファイルを開けませんでした。') };
  }
  return readEvidenceChunks(path, fileChunks(path), { ...options, maxBytes });
}

/** Reads evidence held in memory (a Slack download). */
export function readEvidenceBuffer(name: string, buf: Buffer, options: ReadOptions = {}): Promise<EvidenceFileResult> {
  return readEvidenceChunks(name, bufferChunks(buf), options);
}
