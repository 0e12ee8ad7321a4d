#!/usr/bin/env node
/**
 * Probe bench (run with `npm run bench:probe`, which builds first).
 *
 * 1. Against sslscan (if installed): the same local look-alike endpoints, verdict per version must
 *    be equal; prints the time ratio sslscan / tms-doctor in this run.
 * 2. Throughput: 500 probes over local look-alikes at bounded concurrency; targets/second and the
 *    peak memory of this (probing) process. The endpoints run in a child process
 *    (`tms-doctor simulate`), so their memory and CPU are not counted as the prober's... except
 *    CPU, which the 2 cores share.
 * Loopback only.
 */
'use strict';
const { spawn, execFile } = require('node:child_process');
const path = require('node:path');
const { runProbe, policyFromEnv } = require('../dist/probe');

const ROOT = path.join(__dirname, '..');
const KEYS = ['ssl3', 'tls1.0', 'tls1.1', 'tls1.2', 'tls1.3'];
const TIMEOUT_MS = 3000;

function startSims(kinds, seconds) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'simulate', '--kinds', kinds.join(','), '--for', String(seconds)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error('simulate did not start in 20 s')), 20000);
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('Stopping by itself')) {
        clearTimeout(timer);
        const sims = [...out.matchAll(/^\s+(\d+)\s+(\S+)\s/gm)].map((m) => ({ port: Number(m[1]), kind: m[2] }));
        resolve({ sims, stop: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), child.kill('SIGTERM')))) });
      }
    });
    child.once('error', reject);
  });
}

function hasSslscan() {
  return new Promise((resolve) => execFile('sslscan', ['--version'], (err) => resolve(!err)));
}

function sslscan(port) {
  const args = [
    '--no-colour', '--xml=-', '--no-ciphersuites', '--no-fallback', '--no-renegotiation', '--no-compression',
    '--no-heartbleed', '--no-groups', '--no-check-certificate', `--connect-timeout=${Math.ceil(TIMEOUT_MS / 1000)}`, `127.0.0.1:${port}`,
  ];
  return new Promise((resolve) => {
    execFile('sslscan', args, { timeout: 60000, maxBuffer: 4 << 20 }, (err, stdout) => {
      const v = {};
      for (const m of String(stdout).matchAll(/<protocol type="(ssl|tls)" version="([\d.]+)" enabled="(\d)"/g)) {
        const key = m[1] === 'ssl' ? (m[2] === '3' ? 'ssl3' : null) : `tls${m[2]}`;
        if (key) v[key] = m[3] === '1';
      }
      resolve(err && Object.keys(v).length === 0 ? null : v);
    });
  });
}

async function timeIt(fn) {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

/** A loopback TCP proxy that delays every chunk by `delayMs` each way: emulates a WAN round trip. */
function delayProxy(targetPort, delayMs) {
  const net = require('node:net');
  const sockets = new Set();
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: '127.0.0.1', port: targetPort });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    const relay = (from, to) => {
      from.on('data', (d) => setTimeout(() => !to.destroyed && to.write(d), delayMs));
      from.on('end', () => setTimeout(() => to.end(), delayMs));
      from.on('close', () => setTimeout(() => to.destroy(), delayMs));
    };
    relay(client, upstream);
    relay(upstream, client);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: server.address().port,
        close: () => new Promise((r) => {
          for (const s of sockets) s.destroy();
          server.close(() => r());
        }),
      }),
    ),
  );
}

async function compareWithSslscan() {
  if (!(await hasSslscan())) {
    console.log('sslscan not installed: skipping the comparison (apt-get install -y sslscan to run it).');
    return;
  }
  const kinds = ['tc733', 'ce81', 'roomos', 'tls12only', 'tls13hrr', 'ssl3'];
  const { sims, stop } = await startSims(kinds, 300);
  try {
    const policy = policyFromEnv({ PROBE_PORTS: sims.map((s) => s.port).join(',') }, ['127.0.0.0/8']);
    const ROUNDS = 5;
    let oursMs = 0;
    let oursProtocolsOnlyMs = 0;
    let theirsMs = 0;
    let mismatches = 0;
    console.log('\n== tms-doctor probe vs sslscan (protocol detection), same local endpoints, same run ==');
    console.log('kind        version  tms-doctor  sslscan');
    for (const s of sims) {
      const target = `127.0.0.1:${s.port}`;
      await runProbe(target, { policy, timeoutMs: TIMEOUT_MS }); // warm-up
      let ours;
      let theirs;
      for (let i = 0; i < ROUNDS; i++) {
        const a = await timeIt(() => runProbe(target, { policy, timeoutMs: TIMEOUT_MS }));
        const a2 = await timeIt(() => runProbe(target, { policy, timeoutMs: TIMEOUT_MS, certificate: false }));
        const b = await timeIt(() => sslscan(s.port));
        oursMs += a.ms;
        oursProtocolsOnlyMs += a2.ms;
        theirsMs += b.ms;
        ours = a.value.ok ? a.value.result.protocols : null;
        theirs = b.value;
      }
      for (const k of KEYS) {
        const o = ours ? ours[k] : undefined;
        const t = theirs ? theirs[k] : undefined;
        const same = o === t;
        if (!same) mismatches++;
        console.log(`${s.kind.padEnd(11)} ${k.padEnd(8)} ${String(o).padEnd(11)} ${String(t).padEnd(8)}${same ? '' : '  <-- differs'}`);
      }
    }
    const n = sims.length * ROUNDS;
    console.log(`verdicts: ${sims.length * KEYS.length - mismatches}/${sims.length * KEYS.length} equal`);
    console.log(`mean per endpoint: tms-doctor ${(oursMs / n).toFixed(1)} ms (with certificate), ${(oursProtocolsOnlyMs / n).toFixed(1)} ms (protocols only); sslscan ${(theirsMs / n).toFixed(1)} ms (protocols only)`);
    console.log(`ratio sslscan / tms-doctor: ${(theirsMs / oursMs).toFixed(2)}x (with certificate), ${(theirsMs / oursProtocolsOnlyMs).toFixed(2)}x (protocols only)`);

    // Same comparison over an emulated WAN: each version costs sslscan a round trip in sequence,
    // the probe sends all of them in parallel.
    const DELAY = 25;
    const proxies = await Promise.all(sims.map((s) => delayProxy(s.port, DELAY)));
    try {
      const p2 = policyFromEnv({ PROBE_PORTS: proxies.map((p) => p.port).join(',') }, ['127.0.0.1/32']);
      let o2 = 0;
      let o2p = 0;
      let t2 = 0;
      let eq = 0;
      for (const p of proxies) {
        const a = await timeIt(() => runProbe(`127.0.0.1:${p.port}`, { policy: p2, timeoutMs: TIMEOUT_MS }));
        const ap = await timeIt(() => runProbe(`127.0.0.1:${p.port}`, { policy: p2, timeoutMs: TIMEOUT_MS, certificate: false }));
        const b = await timeIt(() => sslscan(p.port));
        o2p += ap.ms;
        o2 += a.ms;
        t2 += b.ms;
        for (const k of KEYS) if (a.value.ok && b.value && a.value.result.protocols[k] === b.value[k]) eq++;
      }
      console.log(`\nwith ${DELAY} ms added each way (${2 * DELAY} ms round trip, delaying proxy): verdicts ${eq}/${proxies.length * KEYS.length} equal`);
      console.log(
        `mean per endpoint: tms-doctor ${(o2 / proxies.length).toFixed(0)} ms (with certificate), ${(o2p / proxies.length).toFixed(0)} ms (protocols only); ` +
          `sslscan ${(t2 / proxies.length).toFixed(0)} ms (protocols only); ratio ${(t2 / o2).toFixed(2)}x (with certificate), ${(t2 / o2p).toFixed(2)}x (protocols only)`,
      );
    } finally {
      await Promise.all(proxies.map((p) => p.close()));
    }
  } finally {
    await stop();
  }
}

async function throughput() {
  const TARGETS = 500;
  const CONCURRENCY = 20;
  const kinds = ['tc733', 'ce81', 'roomos', 'tls12only', 'ssl3', 'tc733', 'ce81', 'roomos', 'tls12only', 'tls13hrr'];
  const { sims, stop } = await startSims(kinds, 600);
  try {
    const policy = policyFromEnv({ PROBE_PORTS: sims.map((s) => s.port).join(',') }, ['127.0.0.0/8']);
    if (global.gc) global.gc();
    const base = process.memoryUsage();
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    const sample = () => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    };
    const sampler = setInterval(sample, 10);
    let next = 0;
    let ok = 0;
    let failed = 0;
    const t0 = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < TARGETS) {
          const s = sims[next++ % sims.length];
          const r = await runProbe(`127.0.0.1:${s.port}`, { policy, timeoutMs: TIMEOUT_MS });
          if (r.ok && r.result.tls === true) ok++;
          else failed++;
          sample();
        }
      }),
    );
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    clearInterval(sampler);
    const mb = (b) => (b / 1048576).toFixed(1);
    console.log(`\n== throughput: ${TARGETS} probes (5 versions + certificate each) over ${sims.length} local endpoints, concurrency ${CONCURRENCY} ==`);
    console.log(`${ok} completed with TLS verdicts, ${failed} not; ${secs.toFixed(2)} s; ${(TARGETS / secs).toFixed(1)} targets/s`);
    console.log(`memory: rss ${mb(base.rss)} -> peak ${mb(peakRss)} MB (+${mb(peakRss - base.rss)}); heapUsed ${mb(base.heapUsed)} -> peak ${mb(peakHeap)} MB`);
  } finally {
    await stop();
  }
}

(async () => {
  await compareWithSslscan();
  await throughput();
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
