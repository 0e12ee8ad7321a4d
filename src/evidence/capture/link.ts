/**
 * From a captured frame to the TCP segment inside it: link layers (Ethernet with VLAN tags, Linux
 * cooked SLL and SLL2, raw IP, BSD null/loopback), IPv4 and IPv6 (extension headers, first
 * fragments only), TCP. Bounds-checked; a frame that does not parse is skipped (returns false).
 */

export const LINKTYPE = {
  NULL: 0,
  ETHERNET: 1,
  RAW_12: 12,
  RAW_14: 14,
  RAW: 101,
  LOOP: 108,
  LINUX_SLL: 113,
  IPV4: 228,
  IPV6: 229,
  LINUX_SLL2: 276,
} as const;

export const SUPPORTED_LINKTYPES = new Set<number>(Object.values(LINKTYPE));

export function linktypeName(lt: number): string {
  switch (lt) {
    case LINKTYPE.NULL:
      return 'BSD loopback';
    case LINKTYPE.ETHERNET:
      return 'Ethernet';
    case LINKTYPE.RAW:
    case LINKTYPE.RAW_12:
    case LINKTYPE.RAW_14:
    case LINKTYPE.IPV4:
    case LINKTYPE.IPV6:
      return 'raw IP';
    case LINKTYPE.LOOP:
      return 'OpenBSD loopback';
    case LINKTYPE.LINUX_SLL:
      return 'Linux cooked (SLL)';
    case LINKTYPE.LINUX_SLL2:
      return 'Linux cooked (SLL2)';
    default:
      return `link type ${lt}`;
  }
}

/** A decoded TCP segment; offsets point into the frame. Reused between packets (no allocation). */
export interface Segment {
  ipv: 4 | 6;
  srcOff: number;
  dstOff: number;
  sport: number;
  dport: number;
  seq: number;
  ack: number;
  flags: number;
  payloadOff: number;
  payloadLen: number;
  /** Bytes the IP header says the packet carried beyond what was captured (a snap length cut it); 0 when whole. */
  cutBytes: number;
}

export const FIN = 0x01;
export const SYN = 0x02;
export const RST = 0x04;
export const ACK = 0x10;

export function newSegment(): Segment {
  return { ipv: 4, srcOff: 0, dstOff: 0, sport: 0, dport: 0, seq: 0, ack: 0, flags: 0, payloadOff: 0, payloadLen: 0, cutBytes: 0 };
}

/** Decodes `frame` of link type `lt` into `out`; false when it is not a TCP segment we can read. */
export function decodeFrame(frame: Buffer, lt: number, out: Segment): boolean {
  let p = 0;
  let etherType: number;
  const n = frame.length;
  switch (lt) {
    case LINKTYPE.ETHERNET: {
      if (n < 14) return false;
      etherType = frame.readUInt16BE(12);
      p = 14;
      for (let i = 0; i < 3 && (etherType === 0x8100 || etherType === 0x88a8 || etherType === 0x9100); i++) {
        if (p + 4 > n) return false;
        etherType = frame.readUInt16BE(p + 2);
        p += 4;
      }
      break;
    }
    case LINKTYPE.LINUX_SLL:
      if (n < 16) return false;
      etherType = frame.readUInt16BE(14);
      p = 16;
      break;
    case LINKTYPE.LINUX_SLL2:
      if (n < 20) return false;
      etherType = frame.readUInt16BE(0);
      p = 20;
      break;
    case LINKTYPE.NULL:
    case LINKTYPE.LOOP: {
      if (n < 4) return false;
      const le = frame.readUInt32LE(0);
      const be = frame.readUInt32BE(0);
      const af = lt === LINKTYPE.LOOP ? be : le < 256 ? le : be;
      if (af === 2) etherType = 0x0800;
      else if (af === 24 || af === 28 || af === 30 || af === 10) etherType = 0x86dd;
      else return false;
      p = 4;
      break;
    }
    case LINKTYPE.RAW:
    case LINKTYPE.RAW_12:
    case LINKTYPE.RAW_14:
    case LINKTYPE.IPV4:
    case LINKTYPE.IPV6: {
      if (n < 1) return false;
      const v = frame[0] >> 4;
      etherType = v === 4 ? 0x0800 : v === 6 ? 0x86dd : -1;
      break;
    }
    default:
      return false;
  }
  let end = n;
  /** Where the IP header says the packet ends (beyond n when the capture cut it). */
  let wireEnd = n;
  let proto: number;
  if (etherType === 0x0800) {
    if (p + 20 > n || frame[p] >> 4 !== 4) return false;
    const ihl = (frame[p] & 0x0f) * 4;
    if (ihl < 20 || p + ihl > n) return false;
    const total = frame.readUInt16BE(p + 2);
    // Total length 0 happens with TCP segmentation offload: then the frame decides.
    if (total >= ihl && p + total < n) end = p + total;
    if (total >= ihl) wireEnd = p + total;
    if ((frame.readUInt16BE(p + 6) & 0x1fff) !== 0) return false; // not the first fragment
    proto = frame[p + 9];
    out.ipv = 4;
    out.srcOff = p + 12;
    out.dstOff = p + 16;
    p += ihl;
  } else if (etherType === 0x86dd) {
    if (p + 40 > n || frame[p] >> 4 !== 6) return false;
    const plen = frame.readUInt16BE(p + 4);
    if (plen > 0 && p + 40 + plen < n) end = p + 40 + plen;
    if (plen > 0) wireEnd = p + 40 + plen;
    proto = frame[p + 6];
    out.ipv = 6;
    out.srcOff = p + 8;
    out.dstOff = p + 24;
    p += 40;
    for (let i = 0; i < 8; i++) {
      if (proto === 0 || proto === 43 || proto === 60) {
        if (p + 2 > end) return false;
        const next = frame[p];
        p += (frame[p + 1] + 1) * 8;
        proto = next;
      } else if (proto === 44) {
        if (p + 8 > end) return false;
        if ((frame.readUInt16BE(p + 2) & 0xfff8) !== 0) return false;
        proto = frame[p];
        p += 8;
      } else if (proto === 51) {
        if (p + 2 > end) return false;
        const next = frame[p];
        p += (frame[p + 1] + 2) * 4;
        proto = next;
      } else break;
    }
  } else return false;
  if (proto !== 6 || p + 20 > end) return false;
  const off = (frame[p + 12] >> 4) * 4;
  if (off < 20 || p + off > end) return false;
  out.sport = frame.readUInt16BE(p);
  out.dport = frame.readUInt16BE(p + 2);
  out.seq = frame.readUInt32BE(p + 4);
  out.ack = frame.readUInt32BE(p + 8);
  out.flags = frame[p + 13];
  out.payloadOff = p + off;
  out.payloadLen = end - (p + off);
  out.cutBytes = Math.max(0, wireEnd - end);
  return true;
}

export function addressText(frame: Buffer, off: number, ipv: 4 | 6): string {
  if (ipv === 4) return `${frame[off]}.${frame[off + 1]}.${frame[off + 2]}.${frame[off + 3]}`;
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(frame.readUInt16BE(off + i).toString(16));
  // Compress the longest run of zero groups (RFC 5952).
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen && j - i > 1) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}
