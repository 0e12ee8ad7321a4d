/**
 * Classic pcap files built in memory for tests: link type 101 (raw IP), microsecond timestamps.
 * (The fixture captures in test/fixtures/evidence/ are real; these are for sizes and shapes no real
 * run makes cheaply: tens of thousands of connections, endless records.)
 */
export interface RawIpPacket {
  /** Capture time in seconds (fractions kept to the microsecond); 0 when not given. */
  t?: number;
  /** The IP packet. */
  frame: Buffer;
}

export function rawIpPcap(pkts: readonly RawIpPacket[]): Buffer {
  const head = Buffer.alloc(24);
  head.writeUInt32LE(0xa1b2c3d4, 0);
  head.writeUInt16LE(2, 4);
  head.writeUInt16LE(4, 6);
  head.writeUInt32LE(65535, 16);
  head.writeUInt32LE(101, 20);
  const recs = pkts.map(({ t = 0, frame }) => {
    const r = Buffer.alloc(16);
    r.writeUInt32LE(Math.floor(t), 0);
    r.writeUInt32LE(Math.round((t % 1) * 1e6), 4);
    r.writeUInt32LE(frame.length, 8);
    r.writeUInt32LE(frame.length, 12);
    return Buffer.concat([r, frame]);
  });
  return Buffer.concat([head, ...recs]);
}
