#!/usr/bin/env node
/**
 * Fleet bench (`npm run bench:fleet`, which builds first). Loopback only.
 *
 * Builds a local fleet in a child process (bench/fleet-sims.js): one look-alike per loopback
 * address 127.20.x.y, all on one port, of the lab's kinds (TLS 1.0 only, CE 8.1+ 1.1-1.2,
 * 1.2 only, 1.3 only, TC 7.3.3 1.0-1.2, plain HTTP, closed, silent). Then, in the same run, over
 * the same list:
 *   - tms-doctor probe --targets FILE --json
 *   - sslscan --targets FILE            (skipped with a note when not installed)
 *   - nmap --script ssl-enum-ciphers -iL (skipped with a note when not installed)
 * and prints targets/s, peak RSS (VmHWM of each process), the ratios, and per-version verdict
 * agreement. Finally tms-doctor alone over 5,000 targets for its peak RSS.
 *
 * Environment: BENCH_FLEET_SIZE (default 504), BENCH_FLEET_BIG (default 5000),
 * BENCH_SSLSCAN_SAMPLE (default 96: sslscan scans one host after another, so it gets a sample with
 * the same mix of kinds; 0 = the whole list), BENCH_TIMEOUT_MS (default 2000, every tool).
 */
'use strict';
const { spawn, execFile } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const SIZE = Number(process.env.BENCH_FLEET_SIZE || 504);
const BIG = Number(process.env.BENCH_FLEET_BIG || 5000);
const SSLSCAN_SAMPLE = Number(process.env.BENCH_SSLSCAN_SAMPLE ?? 96);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS || 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 64);
const VERSIONS = ['tls1.0', 'tls1.1', 'tls1.2', 'tls1.3'];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-fleet-'));

function assertLoopback(hosts) {
  for (const h of hosts) if (!/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)) throw new Error(`refusing to scan a non-loopback host: ${h}`);
}

function startFleet(count) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'fleet-sims.js'), String(count), '2048'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('the local fleet did not start in 180 s')), 180000);
    child.stdout.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        const info = JSON.parse(out.slice(0, nl));
        assertLoopback(info.targets.map((t) => t.host));
        resolve({ ...info, stop: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), child.stdin.end()))) });
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => code && reject(new Error(`fleet-sims exited with ${code}`)));
  });
}

function has(cmd, args) {
  return new Promise((resolve) => execFile(cmd, args, (err) => resolve(!err)));
}

/** Runs a command, samples its peak RSS (VmHWM) from /proc, returns { ms, peakRssMb, stdout, code }. */
function measure(cmd, args, env) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let hwm = 0;
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]));
      } catch {
        // exited
      }
    };
    const timer = setInterval(sample, 20);
    child.stdout.on('data', (d) => {
      stdout += d;
      sample();
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, peakRssMb: hwm / 1024, stdout, stderr, code });
    });
  });
}

async function runOurs(port, hosts, label) {
  const file = path.join(tmp, `${label}.txt`);
  fs.writeFileSync(file, hosts.map((h) => `${h}:${port}`).join('\n') + '\n');
  const r = await measure(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'probe', '--targets', file, '--json', '--timeout', String(TIMEOUT_MS), '--concurrency', String(CONCURRENCY)], {
    PROBE_ALLOW: '127.0.0.0/8',
    PROBE_PORTS: String(port),
  });
  const byHost = new Map();
  let summary = null;
  for (const line of r.stdout.split('\n')) {
    if (!line) continue;
    const o = JSON.parse(line);
    if (o.summary) summary = o.summary;
    else byHost.set(o.address ?? o.target, Object.fromEntries(VERSIONS.map((k) => [k, o.protocols ? o.protocols[k] === true : false])));
  }
  return { ...r, byHost, summary };
}

async function runSslscan(port, hosts) {
  const file = path.join(tmp, 'sslscan-targets.txt');
  const xml = path.join(tmp, 'sslscan.xml');
  fs.writeFileSync(file, hosts.map((h) => `${h}:${port}`).join('\n') + '\n');
  const secs = String(Math.ceil(TIMEOUT_MS / 1000));
  const r = await measure('sslscan', [
    '--no-colour', `--xml=${xml}`, '--no-ciphersuites', '--no-fallback', '--no-renegotiation', '--no-compression', '--no-heartbleed',
    '--no-groups', '--no-check-certificate', `--connect-timeout=${secs}`, `--timeout=${secs}`, `--targets=${file}`,
  ]);
  const byHost = new Map();
  const text = fs.existsSync(xml) ? fs.readFileSync(xml, 'utf8') : '';
  for (const m of text.matchAll(/<ssltest host="([^"]+)"[^>]*>([\s\S]*?)<\/ssltest>/g)) {
    const v = Object.fromEntries(VERSIONS.map((k) => [k, false]));
    for (const p of m[2].matchAll(/<protocol type="tls" version="([\d.]+)" enabled="(\d)"/g)) v[`tls${p[1]}`] = p[2] === '1';
    byHost.set(m[1], v);
  }
  for (const h of hosts) if (!byHost.has(h)) byHost.set(h, Object.fromEntries(VERSIONS.map((k) => [k, false]))); // could not connect
  return { ...r, byHost };
}

async function runNmap(port, hosts) {
  const file = path.join(tmp, 'nmap-hosts.txt');
  const xml = path.join(tmp, 'nmap.xml');
  fs.writeFileSync(file, hosts.join('\n') + '\n');
  const r = await measure('nmap', ['-Pn', '-n', '-sT', '-p', String(port), '--script', 'ssl-enum-ciphers', '--script-timeout', '180s', '-oX', xml, '-iL', file]);
  const byHost = new Map();
  const text = fs.existsSync(xml) ? fs.readFileSync(xml, 'utf8') : '';
  for (const m of text.matchAll(/<host [^>]*>([\s\S]*?)<\/host>/g)) {
    const addr = /<address addr="([^"]+)"/.exec(m[1]);
    if (!addr) continue;
    const v = Object.fromEntries(VERSIONS.map((k) => [k, false]));
    for (const t of m[1].matchAll(/<table key="TLSv(1\.[0-3])">/g)) v[`tls${t[1]}`] = true;
    byHost.set(addr[1], v);
  }
  return { ...r, byHost };
}

/**
 * Per-version agreement. `gaveUp` counts hosts where tms-doctor saw TLS versions accepted and the
 * other tool reported none at all (its script or scan gave up on the host), apart from real
 * disagreements (the tool saw some versions, but not the same ones).
 */
function agreement(ours, theirs, hosts) {
  let same = 0;
  let total = 0;
  let gaveUp = 0;
  const differs = [];
  for (const h of hosts) {
    const a = ours.get(h);
    const b = theirs.get(h);
    const anyA = a && VERSIONS.some((k) => a[k]);
    const anyB = b && VERSIONS.some((k) => b[k]);
    if (anyA && !anyB) gaveUp++;
    for (const k of VERSIONS) {
      total++;
      if (a && b && a[k] === b[k]) same++;
      else if (differs.length < 3 && (anyB || !anyA)) differs.push(`${h} ${k}: tms-doctor ${a ? a[k] : 'none'}, other ${b ? b[k] : 'none'}`);
    }
  }
  return { same, total, gaveUp, differs };
}

function agreementLine(ag) {
  const parts = [`  verdicts equal: ${ag.same}/${ag.total} (per TLS version)`];
  if (ag.gaveUp) parts.push(`${ag.gaveUp} TLS hosts where it reported no version at all (it gave up on them)`);
  if (ag.differs.length) parts.push(`other differences, e.g. ${ag.differs.join('; ')}`);
  return parts.join('; ');
}

/** A sample with the same mix of kinds: the first n/8 of each. */
function sample(targets, n) {
  if (!n || n >= targets.length) return targets;
  const byKind = new Map();
  for (const t of targets) byKind.set(t.kind, [...(byKind.get(t.kind) ?? []), t]);
  const per = Math.max(1, Math.floor(n / byKind.size));
  return [...byKind.values()].flatMap((l) => l.slice(0, per));
}

const fmt = (n, d = 1) => n.toFixed(d);

(async () => {
  const needed = Math.max(SIZE, BIG);
  console.log(`Starting a local fleet of ${needed} loopback look-alikes (127.20.x.y) for ${SIZE} compared targets and ${BIG} for memory...`);
  const fleet = await startFleet(needed);
  try {
    const { port } = fleet;
    const targets = fleet.targets.slice(0, SIZE);
    const hosts = targets.map((t) => t.host);
    const kinds = new Map(targets.map((t) => [t.host, t.kind]));
    console.log(`port ${port}; kinds: ${[...new Set(targets.map((t) => t.kind))].join(', ')}; per-target timeout ${TIMEOUT_MS} ms for every tool\n`);

    const ours = await runOurs(port, hosts, 'ours');
    const oursRate = hosts.length / (ours.ms / 1000);
    console.log(`tms-doctor probe --targets (${hosts.length}, concurrency ${CONCURRENCY}): ${fmt(ours.ms / 1000, 2)} s, ${fmt(oursRate)} targets/s, peak RSS ${fmt(ours.peakRssMb)} MB`);
    if (ours.summary) console.log(`  verdicts: ${Object.entries(ours.summary.counts).filter(([, n]) => n).map(([k, n]) => `${k} ${n}`).join(', ')}`);

    const rows = [['tms-doctor', hosts.length, ours.ms, oursRate, ours.peakRssMb, '']];
    if (await has('sslscan', ['--version'])) {
      const subset = sample(targets, SSLSCAN_SAMPLE).map((t) => t.host);
      const s = await runSslscan(port, subset);
      const rate = subset.length / (s.ms / 1000);
      const ag = agreement(ours.byHost, s.byHost, subset);
      console.log(`sslscan --targets (${subset.length}${subset.length < hosts.length ? ', same mix of kinds' : ''}): ${fmt(s.ms / 1000, 2)} s, ${fmt(rate, 2)} targets/s, peak RSS ${fmt(s.peakRssMb)} MB`);
      console.log(agreementLine(ag));
      rows.push(['sslscan', subset.length, s.ms, rate, s.peakRssMb, `${ag.same}/${ag.total}`]);
    } else console.log('sslscan not installed: skipped (apt-get install -y sslscan to compare).');
    if (await has('nmap', ['--version'])) {
      const n = await runNmap(port, hosts);
      const rate = hosts.length / (n.ms / 1000);
      const ag = agreement(ours.byHost, n.byHost, hosts);
      console.log(`nmap --script ssl-enum-ciphers -iL (${hosts.length}): ${fmt(n.ms / 1000, 2)} s, ${fmt(rate, 2)} targets/s, peak RSS ${fmt(n.peakRssMb)} MB`);
      console.log(agreementLine(ag));
      rows.push(['nmap', hosts.length, n.ms, rate, n.peakRssMb, `${ag.same}/${ag.total}`]);
    } else console.log('nmap not installed: skipped (apt-get install -y nmap to compare).');

    console.log('\ntool         targets  seconds  targets/s  peak RSS MB  verdicts equal  tms-doctor speed-up');
    for (const [name, n, ms, rate, rss, eq] of rows) {
      const ratio = name === 'tms-doctor' ? '' : `${fmt(oursRate / rate)}x`;
      console.log(`${name.padEnd(12)} ${String(n).padStart(7)}  ${fmt(ms / 1000, 2).padStart(7)}  ${fmt(rate, 2).padStart(9)}  ${fmt(rss).padStart(11)}  ${String(eq).padStart(14)}  ${ratio}`);
    }

    // per kind: what each tool saw for TLS 1.0 (the question TMS at Medium asks)
    console.log('\nTLS 1.0 accepted, per kind (tms-doctor):');
    const perKind = new Map();
    for (const h of hosts) {
      const k = kinds.get(h);
      const v = ours.byHost.get(h);
      const e = perKind.get(k) ?? { n: 0, t10: 0 };
      e.n++;
      if (v && v['tls1.0']) e.t10++;
      perKind.set(k, e);
    }
    for (const [k, e] of perKind) console.log(`  ${k.padEnd(10)} ${e.t10}/${e.n}`);

    if (BIG > 0) {
      const big = fleet.targets.slice(0, BIG).map((t) => t.host);
      const b = await runOurs(port, big, 'big');
      const issues = b.summary ? b.summary.total : 0;
      console.log(`\ntms-doctor over ${big.length} targets: ${fmt(b.ms / 1000, 2)} s, ${fmt(big.length / (b.ms / 1000))} targets/s, peak RSS ${fmt(b.peakRssMb)} MB (target < 150 MB); ${issues} reported`);
    }
  } finally {
    await fleet.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
