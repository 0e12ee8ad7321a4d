#!/usr/bin/env node
/**
 * Capture reader past its connection table (`npm run bench:capture-scale`, which builds first).
 * In memory only, no network, no files. QA round 18 F2: past 50,000 open connections every packet
 * used to scan the whole table, so the time per packet grew with the capture.
 *
 * Builds captures (raw IPv4 pcap) and prints the time per packet of each as a RATIO against a
 * small capture read in this same run (so the machine's speed and load cancel out); a ratio that
 * stays near 1 as the capture grows means linear. No assertion: read the ratios.
 *   small     2,000 connections that only send a SYN (well under the table)
 *   syn-aged  120,000 SYN-only connections, 1 ms apart (old unanswered SYNs are evicted)
 *   syn-burst 120,000 SYN-only connections with one timestamp (nothing may be evicted: counted, not followed)
 *   saturated 50,000 connections waiting for the server's answer, then 20,000 more of 5 packets each
 * BENCH_DIST=/path/to/dist compares another build (e.g. /work/main/dist: expect minutes there).
 */
'use strict';
const path = require('node:path');

const DIST = process.env.BENCH_DIST || path.join(__dirname, '..', 'dist');
const { readCapture } = require(path.join(DIST, 'evidence', 'capture'));
const { bufferChunks } = require(path.join(DIST, 'evidence', 'source'));
const { buildClientHello } = require(path.join(DIST, 'probe', 'wire', 'clienthello'));

const SYN = 0x02;
const ACK = 0x10;
const RST = 0x04;
const PSH = 0x08;
const HELLO = buildClientHello('tls1.0');

class Pcap {
  constructor() {
    this.parts = [];
    const h = Buffer.alloc(24);
    h.writeUInt32LE(0xa1b2c3d4, 0);
    h.writeUInt16LE(2, 4);
    h.writeUInt16LE(4, 6);
    h.writeUInt32LE(65535, 16);
    h.writeUInt32LE(101, 20); // raw IP
    this.parts.push(h);
    this.packets = 0;
  }
  /** Client n (10.1.x.y:port) to or from 10.0.0.2:443 at time t (s). */
  add(t, n, fromClient, flags, seq, payload = Buffer.alloc(0)) {
    const b = Buffer.alloc(16 + 40 + payload.length);
    b.writeUInt32LE(Math.floor(t), 0);
    b.writeUInt32LE(Math.round((t % 1) * 1e6) % 1000000, 4);
    b.writeUInt32LE(40 + payload.length, 8);
    b.writeUInt32LE(40 + payload.length, 12);
    const ip = 16;
    b[ip] = 0x45;
    b.writeUInt16BE(40 + payload.length, ip + 2);
    b[ip + 8] = 64;
    b[ip + 9] = 6;
    const client = 0x0a010000 + Math.floor(n / 50000);
    const port = 10000 + (n % 50000);
    b.writeUInt32BE(fromClient ? client : 0x0a000002, ip + 12);
    b.writeUInt32BE(fromClient ? 0x0a000002 : client, ip + 16);
    const tcp = ip + 20;
    b.writeUInt16BE(fromClient ? port : 443, tcp);
    b.writeUInt16BE(fromClient ? 443 : port, tcp + 2);
    b.writeUInt32BE(seq >>> 0, tcp + 4);
    b[tcp + 12] = 5 << 4;
    b[tcp + 13] = flags;
    b.writeUInt16BE(65535, tcp + 14);
    payload.copy(b, tcp + 20);
    this.parts.push(b);
    this.packets++;
  }
  buffer() {
    return Buffer.concat(this.parts);
  }
}

const T0 = 1_700_000_000;

function synOnly(n, spacing) {
  const p = new Pcap();
  for (let i = 0; i < n; i++) p.add(T0 + i * spacing, i, true, SYN, i * 7919);
  return p;
}

function saturated() {
  const p = new Pcap();
  const conn = (i, t, reset) => {
    const isn = i * 7919;
    p.add(t, i, true, SYN, isn);
    p.add(t, i, false, SYN | ACK, 1);
    p.add(t, i, true, ACK, isn + 1);
    p.add(t, i, true, PSH | ACK, isn + 1, HELLO);
    if (reset) p.add(t, i, false, RST | ACK, 2);
  };
  for (let i = 0; i < 50_000; i++) conn(i, T0 + i / 1000, false);
  for (let i = 50_000; i < 70_000; i++) conn(i, T0 + 50 + i / 1000, true);
  return p;
}

async function measure(name, p) {
  const buf = p.buffer();
  const stats = {};
  const t0 = process.hrtime.bigint();
  const r = await readCapture(bufferChunks(buf), { maxBytes: 1e12, timeMs: 3_600_000 }, stats);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const notes = (r.problems || []).map((x) => x.en);
  return { name, packets: p.packets, ms, usPerPacket: (ms * 1000) / p.packets, stats, notes };
}

async function main() {
  console.log(`capture reader: ${DIST}`);
  // Warm up the JIT on the small capture, then measure it as the baseline.
  await measure('warm-up', synOnly(2000, 0.001));
  const base = await measure('small', synOnly(2000, 0.001));
  const rows = [base];
  rows.push(await measure('syn-aged', synOnly(120_000, 0.001)));
  rows.push(await measure('syn-burst', synOnly(120_000, 0)));
  rows.push(await measure('saturated', saturated()));
  for (const r of rows) {
    const extra = `not followed ${r.stats.notFollowed ?? '?'}, SYN-only evicted ${r.stats.evictedSynOnly ?? '?'}`;
    console.log(
      `${r.name.padEnd(10)} ${String(r.packets).padStart(7)} packets ${(r.ms / 1000).toFixed(2).padStart(6)} s  ${r.usPerPacket.toFixed(1).padStart(6)} µs/packet  ratio vs small ${(r.usPerPacket / base.usPerPacket).toFixed(2).padStart(5)}  (${extra})`,
    );
    for (const n of r.notes) console.log(`           note: ${n}`);
  }
  console.log('\nA ratio near 1 (well under 10) for the big captures means the cost per packet does not grow with the capture.');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
