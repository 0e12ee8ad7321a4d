#!/usr/bin/env node
/**
 * Evidence bench (`npm run bench:evidence`, which builds first). Local files only, no network.
 *
 * Generates a ~1 GB pcap (BENCH_EVIDENCE_MB to change) in the temp directory: a few thousand TLS
 * connections to port 443 (TLS 1.0-only hellos reset like an upgraded endpoint does, TLS 1.2 hellos
 * answered by a ServerHello, some hellos split over two segments) among bulk TCP traffic. Then, in
 * this one run, prints RATIOS:
 * 1. tms-doctor's capture reader (a child process, so its peak RSS is its own) vs
 *    `tshark -r FILE -Y "tls.handshake.type == 1" -T fields -e tls.handshake.version`
 *    (skipped with a note when tshark is not installed); both must count the same hellos.
 * 2. the reader vs plainly reading the file from disk (the floor any reader pays).
 * 3. peak RSS of the reader against the 150 MB budget.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { buildClientHello } = require(path.join(__dirname, '..', 'dist', 'probe', 'wire', 'clienthello'));
const { buildServerHello } = require(path.join(__dirname, '..', 'dist', 'probe', 'sim'));

const TARGET_MB = Number(process.env.BENCH_EVIDENCE_MB || 1024);
const CONNECTIONS = Number(process.env.BENCH_EVIDENCE_CONNECTIONS || 4000);
const file = path.join(os.tmpdir(), `tms-doctor-bench-${process.pid}.pcap`);

// --- capture generator --------------------------------------------------------------------
function frame(src, dst, sport, dport, seq, ack, flags, payload) {
  const b = Buffer.alloc(14 + 20 + 20 + payload.length);
  b.writeUInt16BE(0x0800, 12);
  b[14] = 0x45;
  b.writeUInt16BE(40 + payload.length, 16);
  b[22] = 64;
  b[23] = 6;
  b.writeUInt32BE(src, 26);
  b.writeUInt32BE(dst, 30);
  b.writeUInt16BE(sport, 34);
  b.writeUInt16BE(dport, 36);
  b.writeUInt32BE(seq >>> 0, 38);
  b.writeUInt32BE(ack >>> 0, 42);
  b[46] = 5 << 4;
  b[47] = flags;
  b.writeUInt16BE(65535, 48);
  payload.copy(b, 54);
  return b;
}

class Writer {
  constructor(fd) {
    this.fd = fd;
    this.buf = Buffer.alloc(8 * 1024 * 1024);
    this.p = 0;
    this.total = 0;
    this.t = 1_700_000_000;
    const h = Buffer.alloc(24);
    h.writeUInt32LE(0xa1b2c3d4, 0);
    h.writeUInt16LE(2, 4);
    h.writeUInt16LE(4, 6);
    h.writeUInt32LE(262144, 16);
    h.writeUInt32LE(1, 20);
    this.raw(h);
  }
  raw(b) {
    if (this.p + b.length > this.buf.length) this.flush();
    b.copy(this.buf, this.p);
    this.p += b.length;
    this.total += b.length;
  }
  packet(f) {
    const r = Buffer.alloc(16);
    this.t += 0.0001;
    r.writeUInt32LE(Math.floor(this.t), 0);
    r.writeUInt32LE(Math.floor((this.t % 1) * 1e6), 4);
    r.writeUInt32LE(f.length, 8);
    r.writeUInt32LE(f.length, 12);
    this.raw(r);
    this.raw(f);
  }
  flush() {
    fs.writeSync(this.fd, this.buf, 0, this.p);
    this.p = 0;
  }
}

function generate() {
  const fd = fs.openSync(file, 'w');
  const w = new Writer(fd);
  const target = TARGET_MB * 1024 * 1024;
  const bulk = Buffer.alloc(1448, 0x5a);
  const hello10 = buildClientHello('tls1.0');
  const hello12 = buildClientHello('tls1.2');
  const server12 = buildServerHello(0x0303);
  const TMS = 0x0a010203;
  let bulkSeq = 1;
  const expected = { '0x0301': 0, '0x0303': 0 };
  // Bulk traffic between connections: big segments on another port, and some on 443 after handshakes.
  const perGap = Math.max(1, Math.floor(target / 1500 / CONNECTIONS));
  for (let c = 0; c < CONNECTIONS || w.total < target; c++) {
    if (c < CONNECTIONS) {
      const endpoint = 0x0a090000 + (c % 200);
      const cport = 20000 + (c % 40000);
      const isn = (c * 7919) >>> 0;
      const sisn = (c * 104729) >>> 0;
      const tls12 = c % 3 === 0;
      const hello = tls12 ? hello12 : hello10;
      expected[tls12 ? '0x0303' : '0x0301']++;
      w.packet(frame(TMS, endpoint, cport, 443, isn, 0, 0x02, Buffer.alloc(0)));
      w.packet(frame(endpoint, TMS, 443, cport, sisn, isn + 1, 0x12, Buffer.alloc(0)));
      w.packet(frame(TMS, endpoint, cport, 443, isn + 1, sisn + 1, 0x10, Buffer.alloc(0)));
      if (c % 10 === 5) {
        // split over two segments
        w.packet(frame(TMS, endpoint, cport, 443, isn + 1, sisn + 1, 0x18, hello.subarray(0, 40)));
        w.packet(frame(TMS, endpoint, cport, 443, isn + 41, sisn + 1, 0x18, hello.subarray(40)));
      } else {
        w.packet(frame(TMS, endpoint, cport, 443, isn + 1, sisn + 1, 0x18, hello));
      }
      if (tls12) {
        w.packet(frame(endpoint, TMS, 443, cport, sisn + 1, isn + 1 + hello.length, 0x18, server12));
        for (let i = 0; i < 5; i++) w.packet(frame(endpoint, TMS, 443, cport, sisn + 1 + server12.length + i * 1448, isn + 1 + hello.length, 0x18, bulk));
      } else {
        w.packet(frame(endpoint, TMS, 443, cport, sisn + 1, isn + 1 + hello.length, 0x14, Buffer.alloc(0)));
      }
    }
    for (let i = 0; i < perGap && (c < CONNECTIONS || w.total < target); i++) {
      w.packet(frame(0x0a000001, 0x0a000002, 5001, 40001, bulkSeq, 1, 0x10, bulk));
      bulkSeq = (bulkSeq + 1448) >>> 0;
    }
  }
  w.flush();
  fs.closeSync(fd);
  return { bytes: w.total, expected };
}

// --- measurements ---------------------------------------------------------------------------
// The reader as the CLI runs it (streamed file, the capture reader), with its statistics.
const CHILD = `
const { readCapture } = require(${JSON.stringify(path.join(__dirname, '..', 'dist', 'evidence', 'capture'))});
const { fileChunks } = require(${JSON.stringify(path.join(__dirname, '..', 'dist', 'evidence', 'source'))});
const t0 = process.hrtime.bigint();
const stats = {};
readCapture(fileChunks(process.argv[1]), { maxBytes: 1e12, timeMs: 3_600_000 }, stats).then((r) => {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024,
    tls10: stats.hellos['0x0301'] || 0, tls12: stats.hellos['0x0303'] || 0, frames: stats.frames,
    observations: r.observations.length, problems: r.problems }));
});`;

function readFloor() {
  const t0 = process.hrtime.bigint();
  const fd = fs.openSync(file, 'r');
  const b = Buffer.alloc(1024 * 1024);
  while (fs.readSync(fd, b, 0, b.length, null) > 0);
  fs.closeSync(fd);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function main() {
  console.log(`Generating a ${TARGET_MB} MB capture with ${CONNECTIONS} TLS connections in ${file} …`);
  const g = generate();
  console.log(`   ${(g.bytes / 1024 / 1024).toFixed(0)} MB written; expected hellos: TLS 1.0 ${g.expected['0x0301']}, TLS 1.2 ${g.expected['0x0303']}`);
  try {
    const floor = readFloor();
    const child = spawnSync(process.execPath, ['-e', CHILD, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`reader failed: ${child.stderr}`);
    const ours = JSON.parse(child.stdout);
    const fmt = (x) => x.toFixed(2).padStart(7);
    console.log(`\n1. tms-doctor evidence reader: ${(ours.ms / 1000).toFixed(1)} s for ${ours.frames} packets, peak RSS ${ours.maxRssMB.toFixed(0)} MB; hellos TLS 1.0 ${ours.tls10}, TLS 1.2 ${ours.tls12}`);
    const same = ours.tls10 === g.expected['0x0301'] && ours.tls12 === g.expected['0x0303'];
    console.log(`   hellos counted as generated: ${same ? 'yes' : 'NO'}`);
    const which = spawnSync('tshark', ['--version'], { encoding: 'utf8' });
    if (which.error || which.status !== 0) {
      console.log('\n2. tshark is not installed: comparison skipped (apt-get install tshark).');
    } else {
      const t0 = process.hrtime.bigint();
      const ts = spawnSync('tshark', ['-r', file, '-Y', 'tls.handshake.type == 1', '-T', 'fields', '-e', 'tls.handshake.version'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      const tsMs = Number(process.hrtime.bigint() - t0) / 1e6;
      const lines = ts.stdout.split('\n').filter(Boolean);
      const v10 = lines.filter((l) => l.trim() === '0x0301').length;
      const v12 = lines.filter((l) => l.trim() === '0x0303').length;
      console.log(`\n2. tshark: ${(tsMs / 1000).toFixed(1)} s; hellos TLS 1.0 ${v10}, TLS 1.2 ${v12} (same as ours: ${v10 === ours.tls10 && v12 === ours.tls12 ? 'yes' : 'NO'})`);
      console.log(`   speed ratio tshark / tms-doctor: ${fmt(tsMs / ours.ms)}  (issue 11 asks for at least 3)`);
    }
    console.log(`\n3. reader vs reading the file plainly: ratio ${fmt(ours.ms / floor)} (1 = as fast as the disk read)`);
    console.log(`4. peak RSS ${ours.maxRssMB.toFixed(0)} MB / budget 150 MB: ratio ${fmt(ours.maxRssMB / 150)} (must stay below 1)`);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

main();
