/**
 * Helper R20C: TLS on a port that was not named (QA round 18 F10), and the connection table with
 * many connections that only sent a SYN (a scan or a flood must not crowd out the real TLS connection,
 * nor the list of finished connections). Behaviour only; speed is in bench/capture-scale.js.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runConsoleChat } from '../../src/console/chat';
import { readCapture, type CaptureOptions, type CaptureStats } from '../../src/evidence/capture';
import { bufferChunks } from '../../src/evidence/source';
import type { EvidenceReading } from '../../src/evidence/types';
import { buildClientHello } from '../../src/probe/wire/clienthello';
import { makeIO } from '../cli/helpers';
import { rawIpPcap, type RawIpPacket } from './pcap-build';

const SYN = 0x02;
const ACK = 0x10;
const RST = 0x04;
const PSH = 0x08;
const T0 = 1_700_000_000;
const HELLO10: Buffer = buildClientHello('tls1.0');

/** Raw IPv4 + TCP from 10.0.c.c (c: 1..250 from `client`) to 10.0.0.2 `sport`→`dport` (or back). */
function pkt(t: number, client: number, cport: number, sport: number, fromClient: boolean, flags: number, seq: number, payload: Buffer = Buffer.alloc(0)): RawIpPacket {
  const h = Buffer.alloc(20);
  h[0] = 0x45;
  h.writeUInt16BE(40 + payload.length, 2);
  h[8] = 64;
  h[9] = 6;
  const c = [10, 1, (client >> 8) & 0xff, client & 0xff];
  Buffer.from(fromClient ? c : [10, 0, 0, 2]).copy(h, 12);
  Buffer.from(fromClient ? [10, 0, 0, 2] : c).copy(h, 16);
  const tcp = Buffer.alloc(20);
  tcp.writeUInt16BE(fromClient ? cport : sport, 0);
  tcp.writeUInt16BE(fromClient ? sport : cport, 2);
  tcp.writeUInt32BE(seq >>> 0, 4);
  tcp[12] = 5 << 4;
  tcp[13] = flags;
  tcp.writeUInt16BE(65535, 14);
  return { t, frame: Buffer.concat([h, tcp, payload]) };
}

/** A whole TLS 1.0 connection to `port` that the server resets after the ClientHello. */
function resetConn(t: number, cport: number, port: number, client = 9): RawIpPacket[] {
  const isn = cport * 1000;
  return [
    pkt(t, client, cport, port, true, SYN, isn),
    pkt(t + 0.001, client, cport, port, false, SYN | ACK, 7),
    pkt(t + 0.002, client, cport, port, true, ACK, isn + 1),
    pkt(t + 0.003, client, cport, port, true, PSH | ACK, isn + 1, HELLO10),
    pkt(t + 0.004, client, cport, port, false, RST | ACK, 8),
  ];
}

async function read(file: Buffer, opts: Partial<CaptureOptions> = {}, stats?: CaptureStats): Promise<EvidenceReading> {
  return readCapture(bufferChunks(file), { maxBytes: 1e9, timeMs: 60_000, ...opts }, stats);
}
const notes = (r: EvidenceReading, l: 'en' | 'ja' = 'en') => (r.problems ?? []).map((p) => p[l]).join('\n');
const obs = (r: EvidenceReading, code: string) => r.observations.find((o) => o.code === code);

describe('TLS on a port that was not named (QA18 F10)', () => {
  it('one other port: not read unasked (it may be another service), the note names the port and how to name it', async () => {
    const r = await read(rawIpPcap(resetConn(T0, 40001, 18443)));
    expect(obs(r, 'capture-clienthello-tls10-only')).toBeUndefined();
    expect(obs(r, 'capture-reset-after-clienthello')).toBeUndefined();
    expect(obs(r, 'capture-no-tls-traffic')).toBeDefined();
    expect(notes(r)).toMatch(/No TLS connection to port 443 was in the capture, but TLS ClientHellos were on port 18443\b.*another service/);
    expect(notes(r)).toContain('evidence FILE --port 18443');
    expect(notes(r, 'ja')).toContain('ポート 18443');
    expect(notes(r, 'ja')).toContain('--port 18443');
  });

  it('named with --port, the same connections are read from the TCP handshake, with no note', async () => {
    const r = await read(rawIpPcap(resetConn(T0, 40001, 18443)), { tlsPorts: [18443] });
    expect(obs(r, 'capture-clienthello-tls10-only')).toBeDefined();
    expect(notes(r)).not.toMatch(/ClientHellos were on port/);
  });

  it('two other ports: none is guessed; the note lists both', async () => {
    const r = await read(rawIpPcap([...resetConn(T0, 40001, 18443), ...resetConn(T0 + 1, 40002, 8443)]));
    expect(obs(r, 'capture-clienthello-tls10-only')).toBeUndefined();
    expect(obs(r, 'capture-no-tls-traffic')).toBeDefined();
    expect(notes(r)).toMatch(/TLS ClientHellos were on ports 18443, 8443\b.*--port N/);
  });

  it('with a TLS connection on 443, another port is left alone', async () => {
    const r = await read(rawIpPcap([...resetConn(T0, 40001, 443), ...resetConn(T0 + 1, 40002, 8443)]));
    expect(r.observations.every((o) => !o.subject || o.subject.endsWith(':443'))).toBe(true);
    expect(obs(r, 'capture-clienthello-tls10-only')?.count ?? 1).toBe(1);
    expect(notes(r)).not.toMatch(/8443/);
  });

  it('a port seen with no ClientHello (plain TCP on 8080) gives no note', async () => {
    const r = await read(rawIpPcap([pkt(T0, 9, 40001, 8080, true, SYN, 1), pkt(T0, 9, 40001, 8080, true, PSH | ACK, 2, Buffer.from('GET / HTTP/1.1\r\n\r\n'))]));
    expect(obs(r, 'capture-no-tls-traffic')).toBeDefined();
    expect(notes(r)).toBe('');
  });
});

describe('console chat: evidence FILE --port N', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-r20-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads the capture with that port (no "TLS was on port" note); the path may hold spaces', async () => {
    const file = path.join(dir, 'my capture.pcap');
    fs.writeFileSync(file, rawIpPcap([...resetConn(T0, 40001, 18443), ...resetConn(T0 + 1, 40002, 8443)]));
    const io = makeIO(`evidence ${file} --port 18443\n`);
    expect(await runConsoleChat(io, {})).toBe(0);
    const text = io.out();
    expect(text).toContain('10.1.0.9 → 10.0.0.2:18443');
    expect(text).not.toContain(':8443');
    expect(text).not.toMatch(/Could not read/);
  });
});

describe('many connections that only sent a SYN', () => {
  it('a flood of young SYNs filling the table does not keep out the TLS connection that comes a second later', async () => {
    // 1,500 SYN-only connections at one instant fill a table of 1,500; the real connection comes 1 s later.
    const pkts = Array.from({ length: 1500 }, (_, i) => pkt(T0, 1 + (i % 200), 20000 + i, 443, true, SYN, i * 7919));
    pkts.push(...resetConn(T0 + 1, 55555, 443, 999));
    const stats = {} as CaptureStats;
    const r = await read(rawIpPcap(pkts), { maxLive: 1500 }, stats);
    expect(obs(r, 'capture-clienthello-tls10-only')?.subject).toBe('10.1.3.231 → 10.0.0.2:443');
    expect(obs(r, 'capture-reset-after-clienthello')).toBeDefined();
    expect(notes(r)).not.toMatch(/not followed/);
    expect(notes(r)).toMatch(/^1 connection that had only sent a SYN was set aside unreported to make room/m);
    expect(stats.droppedYoungSyn).toBe(1);
  });

  it('more SYN-only connections than the report holds (100,000) do not push the TLS connection out of it', async () => {
    // 100,500 SYN-only connections 1 ms apart (old ones are evicted and reported), then the real one.
    const n = 100_500;
    const pkts: RawIpPacket[] = new Array(n);
    for (let i = 0; i < n; i++) pkts[i] = pkt(T0 + i / 1000, 1 + Math.floor(i / 50_000), 10000 + (i % 50_000), 443, true, SYN, i);
    pkts.push(...resetConn(T0 + n / 1000 + 1, 55555, 443, 999));
    const stats = {} as CaptureStats;
    const r = await read(rawIpPcap(pkts), {}, stats);
    expect(obs(r, 'capture-clienthello-tls10-only')).toBeDefined();
    expect(obs(r, 'capture-reset-after-clienthello')).toBeDefined();
    expect(notes(r)).not.toMatch(/left out of the report/);
    // Every SYN-only connection is still counted, merged per client → server:port.
    const syn = r.observations.filter((o) => o.code === 'capture-tcp-not-completed');
    expect(syn.reduce((s, o) => s + (o.count ?? 1), 0)).toBe(n);
    expect(stats.connections).toBe(n + 1);
  });
});
