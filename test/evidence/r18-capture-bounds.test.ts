/**
 * QA round 18 F2: the capture reader's table of open connections. Behaviour only (what is reported
 * and noted); the speed past the limit is measured in bench/capture-scale.js, not here.
 */
import { readCapture, type CaptureOptions, type CaptureStats } from '../../src/evidence/capture';
import { bufferChunks } from '../../src/evidence/source';
import type { EvidenceReading } from '../../src/evidence/types';
import { buildClientHello } from '../../src/probe/wire/clienthello';
import { rawIpPcap } from './pcap-build';

const SYN = 0x02;
const ACK = 0x10;
const RST = 0x04;
const PSH = 0x08;

interface Pkt {
  /** Capture time in seconds. */
  t: number;
  frame: Buffer;
}

/** A raw IPv4 + TCP packet between 10.0.0.1:cport (the client) and 10.0.0.2:443. */
function pkt(t: number, cport: number, fromClient: boolean, flags: number, seq: number, payload: Buffer = Buffer.alloc(0)): Pkt {
  const h = Buffer.alloc(20);
  h[0] = 0x45;
  h.writeUInt16BE(40 + payload.length, 2);
  h[8] = 64;
  h[9] = 6;
  Buffer.from(fromClient ? [10, 0, 0, 1] : [10, 0, 0, 2]).copy(h, 12);
  Buffer.from(fromClient ? [10, 0, 0, 2] : [10, 0, 0, 1]).copy(h, 16);
  const tcp = Buffer.alloc(20);
  tcp.writeUInt16BE(fromClient ? cport : 443, 0);
  tcp.writeUInt16BE(fromClient ? 443 : cport, 2);
  tcp.writeUInt32BE(seq >>> 0, 4);
  tcp[12] = 5 << 4;
  tcp[13] = flags;
  tcp.writeUInt16BE(65535, 14);
  return { t, frame: Buffer.concat([h, tcp, payload]) };
}

const HELLO10: Buffer = buildClientHello('tls1.0');
const HELLO12: Buffer = buildClientHello('tls1.2');

/** SYN, SYN-ACK, ACK, ClientHello from cport at time t; with `reset`, the server then resets. */
function tlsConn(t: number, cport: number, hello: Buffer, reset: boolean): Pkt[] {
  const isn = cport * 1000;
  const out = [pkt(t, cport, true, SYN, isn), pkt(t + 0.001, cport, false, SYN | ACK, 7), pkt(t + 0.002, cport, true, ACK, isn + 1), pkt(t + 0.003, cport, true, PSH | ACK, isn + 1, hello)];
  if (reset) out.push(pkt(t + 0.004, cport, false, RST | ACK, 8));
  return out;
}

/** Classic pcap, link type 101 (raw IP). */
const pcap = (pkts: Pkt[]): Buffer => rawIpPcap(pkts);

/** pcapng with one raw-IP interface whose timestamps are in nanoseconds (if_tsresol = 9). */
function pcapngNs(pkts: Pkt[]): Buffer {
  const shb = Buffer.alloc(28);
  shb.writeUInt32LE(0x0a0d0d0a, 0);
  shb.writeUInt32LE(28, 4);
  shb.writeUInt32LE(0x1a2b3c4d, 8);
  shb.writeUInt16LE(1, 12);
  shb.writeBigInt64LE(-1n, 16);
  shb.writeUInt32LE(28, 24);
  const idb = Buffer.alloc(32);
  idb.writeUInt32LE(1, 0);
  idb.writeUInt32LE(32, 4);
  idb.writeUInt16LE(101, 8);
  idb.writeUInt32LE(65535, 12);
  idb.writeUInt16LE(9, 16); // if_tsresol
  idb.writeUInt16LE(1, 18);
  idb[20] = 9;
  // option end (code 0, length 0) at 24, then the trailing length
  idb.writeUInt32LE(32, 28);
  const epbs = pkts.map(({ t, frame }) => {
    const pad = (4 - (frame.length % 4)) % 4;
    const len = 32 + frame.length + pad;
    const b = Buffer.alloc(len);
    b.writeUInt32LE(6, 0);
    b.writeUInt32LE(len, 4);
    const ns = BigInt(Math.round(t * 1e6)) * 1000n;
    b.writeUInt32LE(Number(ns >> 32n), 12);
    b.writeUInt32LE(Number(ns & 0xffffffffn), 16);
    b.writeUInt32LE(frame.length, 20);
    b.writeUInt32LE(frame.length, 24);
    frame.copy(b, 28);
    b.writeUInt32LE(len, len - 4);
    return b;
  });
  return Buffer.concat([shb, idb, ...epbs]);
}

async function read(file: Buffer, opts: Partial<CaptureOptions>, stats?: CaptureStats): Promise<EvidenceReading> {
  return readCapture(bufferChunks(file), { maxBytes: 1e9, timeMs: 60_000, ...opts }, stats);
}

const notes = (r: EvidenceReading) => (r.problems ?? []).map((p) => p.en).join('\n');
const obs = (r: EvidenceReading, code: string) => r.observations.find((o) => o.code === code);
const T0 = 1_700_000_000;

describe('QA18 F2: a full connection table', () => {
  it('a connection not followed is counted once, however many packets it sends (was: one per packet)', async () => {
    // Four connections still waiting for the server's answer fill a table of four; three more come, five packets each.
    const pkts = [...[1, 2, 3, 4].flatMap((i) => tlsConn(T0 + i, 40000 + i, HELLO12, false)), ...[5, 6, 7].flatMap((i) => tlsConn(T0 + i, 40000 + i, HELLO10, true))];
    const r = await read(pcap(pkts), { maxLive: 4 });
    expect(notes(r)).toMatch(/^3 connections were not followed: 4 others were still open at the time \(the limit\)\.$/m);
    expect(r.problems?.find((p) => p.en.includes('not followed'))?.ja).toContain('3 件の接続は追跡しませんでした');
    // The four that were followed are reported; the three that were not are not made up.
    expect(obs(r, 'capture-clienthello-tls12')?.count).toBe(4);
    expect(obs(r, 'capture-clienthello-tls10-only')).toBeUndefined();
  });

  it('finished connections make room for new ones: all are reported, none is a "not followed"', async () => {
    const pkts = [1, 2, 3, 4, 5, 6].flatMap((i) => tlsConn(T0 + i, 41000 + i, HELLO10, true));
    // A late packet of the first connection (already evicted) is no new connection.
    pkts.push(pkt(T0 + 7, 41001, true, ACK, 41001 * 1000 + 1 + HELLO10.length));
    const r = await read(pcap(pkts), { maxLive: 2 });
    expect(obs(r, 'capture-clienthello-tls10-only')?.count).toBe(6);
    expect(obs(r, 'capture-reset-after-clienthello')?.count).toBe(6);
    expect(notes(r)).not.toMatch(/not followed/);
  });

  it.each([
    ['pcap', pcap],
    ['pcapng (nanosecond timestamps)', pcapngNs],
  ])('%s: connections that only sent a SYN, unanswered for long, make room; their retransmitted SYN is not a new connection', async (_name, make) => {
    const pkts = [1, 2, 3].map((i) => pkt(T0, 42000 + i, true, SYN, 42000 * 1000 + i));
    // 40 s later the table (3) is full of SYN-only connections; a new TLS connection still gets followed.
    pkts.push(...tlsConn(T0 + 40, 42010, HELLO10, true));
    // A retransmission of the first SYN (same sequence number) after it was evicted.
    pkts.push(pkt(T0 + 41, 42001, true, SYN, 42000 * 1000 + 1));
    const stats = {} as CaptureStats;
    const r = await read(make(pkts), { maxLive: 3 }, stats);
    expect(obs(r, 'capture-reset-after-clienthello')?.count ?? 1).toBe(1);
    expect(obs(r, 'capture-clienthello-tls10-only')).toBeDefined();
    expect(obs(r, 'capture-tcp-not-completed')?.count).toBe(3);
    expect(notes(r)).not.toMatch(/not followed/);
    expect(stats.evictedSynOnly).toBe(1);
  });

  it('a SYN-only connection that is still young is not evicted (its SYN-ACK may be on the way): the new one is not followed instead', async () => {
    const pkts = [1, 2, 3].map((i) => pkt(T0, 43000 + i, true, SYN, 43000 * 1000 + i));
    pkts.push(...tlsConn(T0 + 0.5, 43010, HELLO12, true));
    // The three get their answers a second later and go on to a TLS 1.0 hello that is reset.
    for (const i of [1, 2, 3]) {
      const isn = 43000 * 1000 + i;
      pkts.push(pkt(T0 + 1, 43000 + i, false, SYN | ACK, 7), pkt(T0 + 1.001, 43000 + i, true, ACK, isn + 1));
      pkts.push(pkt(T0 + 1.002, 43000 + i, true, PSH | ACK, isn + 1, HELLO10), pkt(T0 + 1.003, 43000 + i, false, RST | ACK, 8));
    }
    const r = await read(pcap(pkts), { maxLive: 3 });
    expect(obs(r, 'capture-reset-after-clienthello')?.count).toBe(3);
    expect(obs(r, 'capture-tcp-not-completed')).toBeUndefined();
    expect(obs(r, 'capture-clienthello-tls12')).toBeUndefined();
    expect(notes(r)).toMatch(/^1 connection was not followed: 3 others were still open/m);
  });
});

describe('QA18 F2: the time limit holds inside a chunk', () => {
  it('stops between packets at the limit, says after how many, and reports what was read', async () => {
    // 3000 SYN-only connections in one chunk; a clock that moves 5 ms each time it is read; a 50 ms limit.
    const pkts = Array.from({ length: 3000 }, (_, i) => pkt(T0 + i / 1000, 20000 + i, true, SYN, i));
    let ms = 0;
    const stats = {} as CaptureStats;
    const r = await read(pcap(pkts), { timeMs: 50, now: () => (ms += 5) }, stats);
    expect(stats.frames).toBeGreaterThan(0);
    expect(stats.frames).toBeLessThan(3000);
    const note = r.problems?.find((p) => p.en.includes('time limit'));
    expect(note?.en).toMatch(/^Reading took longer than the time limit \(50 ms\), so I stopped after [\d,]+ packets \(about the first \d+ KB\); what follows comes from those packets only\.$/);
    expect(note?.en).toContain(`after ${stats.frames.toLocaleString('en-US')} packets`);
    expect(note?.ja).toContain('制限時間');
    // What was read before the limit is reported, and the cut is not taken for a damaged file.
    expect(obs(r, 'capture-tcp-not-completed')?.count).toBe(stats.frames);
    expect(notes(r)).not.toMatch(/ends in the middle of a packet/);
  });
});
