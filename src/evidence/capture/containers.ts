/**
 * Push parsers for the two capture file formats: classic pcap (both byte orders, micro- and
 * nanosecond magic) and pcapng (SHB, IDB, EPB, SPB, the obsolete PB; several interfaces and
 * sections). Feed chunks of any size with push(); frames come out through onFrame. Lengths from
 * the file are never trusted: a record or block longer than the caps ends the reading with a
 * reason (`stopped`), it is never allocated.
 */
import type { LocalizedText } from '../../domain/types';
import { linktypeName, SUPPORTED_LINKTYPES } from './link';

/** Largest frame accepted (tcpdump's default snap length is 262144). */
export const MAX_FRAME = 262144;
/** Largest non-packet pcapng block buffered (options, name resolution, statistics). */
export const MAX_BLOCK = 1024 * 1024;

/** `time`: the packet's capture time in seconds since 1970 (NaN when the format has none). */
export type FrameSink = (frame: Buffer, linktype: number, time: number) => void;

export interface ContainerParser {
  readonly format: 'pcap' | 'pcapng';
  push(chunk: Buffer): void;
  /** Set when the reading cannot go on (lying length, bad block); later pushes are ignored. */
  stopped: LocalizedText | null;
  /** Frames handed out, and frames of link types we cannot read. */
  frames: number;
  /** Records of zero length (no packet data): not packets, not counted in `frames` (QA55 #9). */
  empty: number;
  unsupportedLinktypes: Set<number>;
  /** Bytes left over at the end that did not make a whole record (a truncated file). */
  pendingBytes(): number;
  /** Stops the reading between two frames; later pushes are ignored. */
  halt(reason: LocalizedText): void;
}

function t(en: string, ja: string): LocalizedText {
  return { en, ja };
}

/** Base: keeps the unconsumed tail between chunks (always less than one record). */
abstract class Base {
  stopped: LocalizedText | null = null;
  frames = 0;
  empty = 0;
  unsupportedLinktypes = new Set<number>();
  protected tail: Buffer = Buffer.alloc(0);
  protected skip = 0;

  constructor(protected readonly sink: FrameSink) {}

  push(chunk: Buffer): void {
    if (this.stopped) return;
    if (this.skip > 0) {
      const s = Math.min(this.skip, chunk.length);
      this.skip -= s;
      chunk = chunk.subarray(s);
      if (chunk.length === 0) return;
    }
    const buf = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
    const used = this.consume(buf);
    // Copy the tail so the (large) chunk it came from can be freed.
    this.tail = used >= buf.length ? Buffer.alloc(0) : Buffer.from(buf.subarray(used));
  }

  pendingBytes(): number {
    return this.tail.length + this.skip;
  }

  /** Stops the reading from inside a chunk (the time limit): the frames already handed out stand. */
  halt(reason: LocalizedText): void {
    if (!this.stopped) this.stopped = reason;
  }

  protected emit(frame: Buffer, lt: number, time: number): void {
    if (frame.length === 0) {
      this.empty++;
      return;
    }
    if (!SUPPORTED_LINKTYPES.has(lt)) {
      if (this.unsupportedLinktypes.size < 8) this.unsupportedLinktypes.add(lt);
      return;
    }
    this.frames++;
    this.sink(frame, lt, time);
  }

  /** Parses what it can; returns the number of bytes consumed. */
  protected abstract consume(buf: Buffer): number;
}

export class PcapParser extends Base implements ContainerParser {
  readonly format = 'pcap' as const;
  private le = true;
  private linktype = -1;
  private headerDone = false;
  nanoseconds = false;

  protected consume(buf: Buffer): number {
    let p = 0;
    if (!this.headerDone) {
      if (buf.length < 24) return 0;
      const m = buf.readUInt32LE(0);
      if (m === 0xa1b2c3d4 || m === 0xa1b23c4d) this.le = true;
      else if (buf.readUInt32BE(0) === 0xa1b2c3d4 || buf.readUInt32BE(0) === 0xa1b23c4d) this.le = false;
      else {
        this.stopped = t('This is not a pcap file (wrong magic number).', 'pcap ファイルではありません（マジックナンバーが違います）。');
        return buf.length;
      }
      this.nanoseconds = (this.le ? buf.readUInt32LE(0) : buf.readUInt32BE(0)) === 0xa1b23c4d;
      this.linktype = (this.le ? buf.readUInt32LE(20) : buf.readUInt32BE(20)) & 0x0fffffff & 0xffff;
      this.headerDone = true;
      p = 24;
    }
    const le = this.le;
    while (buf.length - p >= 16) {
      const incl = le ? buf.readUInt32LE(p + 8) : buf.readUInt32BE(p + 8);
      if (incl > MAX_FRAME) {
        this.stopped = t(
          `A packet record claims ${incl} bytes, more than any real packet: the file is damaged or not what it says. The packets before it were read.`,
          `パケットレコードが ${incl} バイトと主張しており、実際のパケットとしてあり得ません。ファイルが壊れているか、形式が違います。それより前のパケットは読みました。`,
        );
        return buf.length;
      }
      if (buf.length - p - 16 < incl) break;
      this.emit(buf.subarray(p + 16, p + 16 + incl), this.linktype, le ? buf.readUInt32LE(p) : buf.readUInt32BE(p));
      p += 16 + incl;
      if (this.stopped) return buf.length;
    }
    return p;
  }

  get linktypes(): number[] {
    return this.linktype >= 0 ? [this.linktype] : [];
  }
}

export class PcapngParser extends Base implements ContainerParser {
  readonly format = 'pcapng' as const;
  private le = true;
  private sawShb = false;
  private interfaces: { linktype: number; snaplen: number; tsUnit: number }[] = [];
  private allLinktypes = new Set<number>();
  sections = 0;

  get linktypes(): number[] {
    return [...this.allLinktypes];
  }

  private u32(b: Buffer, o: number): number {
    return this.le ? b.readUInt32LE(o) : b.readUInt32BE(o);
  }
  private u16(b: Buffer, o: number): number {
    return this.le ? b.readUInt16LE(o) : b.readUInt16BE(o);
  }

  protected consume(buf: Buffer): number {
    let p = 0;
    while (buf.length - p >= 12) {
      const rawType = buf.readUInt32LE(p);
      if (rawType === 0x0a0d0d0a) {
        // Section header: the byte-order magic decides the endianness of this section.
        const bom = buf.readUInt32LE(p + 8);
        if (bom === 0x1a2b3c4d) this.le = true;
        else if (bom === 0x4d3c2b1a) this.le = false;
        else {
          this.stopped = t('A pcapng section header has a bad byte-order mark: the file is damaged.', 'pcapng のセクションヘッダーのバイト順マークが不正です。ファイルが壊れています。');
          return buf.length;
        }
        this.sawShb = true;
        this.sections++;
        this.interfaces = [];
      } else if (!this.sawShb) {
        this.stopped = t('This is not a pcapng file (no section header block).', 'pcapng ファイルではありません（セクションヘッダーブロックがありません）。');
        return buf.length;
      }
      const type = this.u32(buf, p);
      const len = this.u32(buf, p + 4);
      if (len < 12 || len % 4 !== 0) {
        this.stopped = t(`A pcapng block has an impossible length (${len}): the file is damaged. The packets before it were read.`, `pcapng のブロック長（${len}）があり得ない値です。ファイルが壊れています。それより前のパケットは読みました。`);
        return buf.length;
      }
      const isPacket = type === 6 || type === 3 || type === 2;
      if (isPacket && len > MAX_FRAME + 1024) {
        this.stopped = t(`A packet block claims ${len} bytes, more than any real packet: the file is damaged. The packets before it were read.`, `パケットブロックが ${len} バイトと主張しており、実際のパケットとしてあり得ません。ファイルが壊れています。それより前のパケットは読みました。`);
        return buf.length;
      }
      if (!isPacket && type !== 1 && type !== 0x0a0d0d0a && len > MAX_BLOCK) {
        // A big block we do not need (statistics, comments…): skip it without buffering.
        const here = buf.length - p;
        if (here >= len) p += len;
        else {
          this.skip = len - here;
          return buf.length;
        }
        continue;
      }
      if ((type === 1 || type === 0x0a0d0d0a) && len > MAX_BLOCK) {
        this.stopped = t(`A pcapng header block claims ${len} bytes: the file is damaged.`, `pcapng のヘッダーブロックが ${len} バイトと主張しています。ファイルが壊れています。`);
        return buf.length;
      }
      if (buf.length - p < len) break;
      if (this.u32(buf, p + len - 4) !== len) {
        this.stopped = t('A pcapng block\'s trailing length does not match its leading length: the file is damaged. The packets before it were read.', 'pcapng ブロックの末尾の長さが先頭の長さと一致しません。ファイルが壊れています。それより前のパケットは読みました。');
        return buf.length;
      }
      this.block(buf, p, type, len);
      if (this.stopped) return buf.length;
      p += len;
    }
    return p;
  }

  /** Seconds per timestamp unit of an interface: its if_tsresol option (9), default microseconds. */
  private tsUnit(b: Buffer, p: number, len: number): number {
    const end = p + len - 4;
    for (let o = p + 16; o + 4 <= end; ) {
      const code = this.u16(b, o);
      const olen = this.u16(b, o + 2);
      if (code === 0) break;
      if (code === 9 && olen >= 1 && o + 5 <= end) {
        const v = b[o + 4];
        return v & 0x80 ? 2 ** -(v & 0x7f) : 10 ** -v;
      }
      o += 4 + ((olen + 3) & ~3);
    }
    return 1e-6;
  }

  private block(b: Buffer, p: number, type: number, len: number): void {
    switch (type) {
      case 1: {
        // Interface description
        if (len < 20) return;
        if (this.interfaces.length < 1024) {
          const linktype = this.u16(b, p + 8);
          this.interfaces.push({ linktype, snaplen: this.u32(b, p + 12), tsUnit: this.tsUnit(b, p, len) });
          this.allLinktypes.add(linktype);
        }
        return;
      }
      case 6:
      case 2: {
        // Enhanced packet (6), or the obsolete packet block (2) with a 16-bit interface id.
        if (len < 32) return;
        const iface = this.interfaces[type === 6 ? this.u32(b, p + 8) : this.u16(b, p + 8)];
        const cap = this.u32(b, p + 20);
        if (!iface || cap > len - 32) return;
        const time = (this.u32(b, p + 12) * 4294967296 + this.u32(b, p + 16)) * iface.tsUnit;
        this.emit(b.subarray(p + 28, p + 28 + cap), iface.linktype, time);
        return;
      }
      case 3: {
        // Simple packet: interface 0, captured length from the block length and snap length.
        if (len < 16) return;
        const iface = this.interfaces[0];
        if (!iface) return;
        const orig = this.u32(b, p + 8);
        let cap = Math.min(orig, len - 16);
        if (iface.snaplen > 0) cap = Math.min(cap, iface.snaplen);
        this.emit(b.subarray(p + 12, p + 12 + cap), iface.linktype, NaN);
        return;
      }
      default:
    }
  }
}

export function describeLinktypes(lts: Iterable<number>): string {
  return [...lts].map(linktypeName).join(', ');
}
