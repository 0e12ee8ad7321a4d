#!/usr/bin/env node
/**
 * What making fleet jobs resumable costs the store (`npm run bench:fleet-resume`, which builds first).
 * No network: store operations only, on a real SQLite file (and PostgreSQL when DATABASE_URL is
 * set, e.g. `scripts/with-postgres.sh npm run bench:fleet-resume`).
 *
 * Per job of BENCH_RESUME_TARGETS targets (default 1,000), in the same run:
 *   baseline: claim, one heartbeat per 64 finished targets (progress only), finish   (before resumption)
 *   resumable: claim with the plan, the same heartbeats carrying the 64 results each, finish
 *   takeover: the resumable job's owner dies halfway; adopt reads back the plan and results
 * and prints the median ms per job, the ratio to the baseline, and the bytes stored per job.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const dist = path.join(__dirname, '..', 'dist');
const { sqliteStore } = require(path.join(dist, 'store/sqlite.js'));
const { fleetJobStoreFor } = require(path.join(dist, 'store/fleet-jobs.js'));

const TARGETS = Number(process.env.BENCH_RESUME_TARGETS || 1000);
const JOBS = Number(process.env.BENCH_RESUME_JOBS || 20);
const BATCH = 64;

function plan() {
  return JSON.stringify(Array.from({ length: TARGETS }, (_, i) => ({ line: i + 2, input: `10.20.${i >> 8}.${i & 255}:443`, name: `codec-${i}`, stated: 'ce9.15.3.17' })));
}
function item(i) {
  const tri = (v) => v;
  return JSON.stringify({
    index: i, line: i + 2, input: `10.20.${i >> 8}.${i & 255}:443`, name: `codec-${i}`, stated: 'ce9.15.3.17', verdict: 'medium-fails', skipped: null, mismatch: null,
    result: { target: `10.20.${i >> 8}.${i & 255}:443`, address: `10.20.${i >> 8}.${i & 255}`, port: 443, reachable: true, tls: true,
      protocols: { ssl3: tri(false), 'tls1.0': false, 'tls1.1': true, 'tls1.2': true, 'tls1.3': null }, tms: { medium: false, mediumHigh: true }, certificate: null, error: null, durationMs: 41 },
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function run(name, jobs) {
  const p = plan();
  const items = Array.from({ length: TARGETS }, (_, i) => item(i));
  const claim = (id, withPlan) => jobs.claim({ id, who: `U${id}`, owner: 'bench-A', surface: 'file', lang: 'en', channel: 'C1', total: TARGETS, leaseMs: 60_000, ...(withPlan ? { plan: p } : {}) });
  const timed = async (fn) => { const t = process.hrtime.bigint(); await fn(); return Number(process.hrtime.bigint() - t) / 1e6; };
  const base = [];
  const resumable = [];
  const takeover = [];
  let n = 0;
  for (let j = 0; j < JOBS; j++) {
    base.push(await timed(async () => {
      const id = `b${n++}`;
      await claim(id, false);
      for (let d = BATCH; d < TARGETS + BATCH; d += BATCH) await jobs.heartbeat(id, 'bench-A', { done: Math.min(d, TARGETS) }, 60_000);
      await jobs.finish(id, 'bench-A', 'done', TARGETS);
    }));
    resumable.push(await timed(async () => {
      const id = `r${n++}`;
      await claim(id, true);
      for (let d = 0; d < TARGETS; d += BATCH) {
        const results = items.slice(d, d + BATCH).map((x, k) => ({ index: d + k, item: x }));
        await jobs.heartbeat(id, 'bench-A', { done: Math.min(d + BATCH, TARGETS), results }, 60_000);
      }
      await jobs.finish(id, 'bench-A', 'done', TARGETS);
    }));
    const id = `t${n++}`;
    await claim(id, true);
    for (let d = 0; d < TARGETS / 2; d += BATCH) await jobs.heartbeat(id, 'bench-A', { done: d + BATCH, results: items.slice(d, d + BATCH).map((x, k) => ({ index: d + k, item: x })) }, 60_000);
    await jobs.pause(id, 'bench-A', { done: TARGETS / 2 });
    let got;
    takeover.push(await timed(async () => { got = await jobs.adopt('bench-B', 60_000, 3, 1); }));
    if (got.length !== 1 || got[0].results.length < TARGETS / 2) throw new Error('adopt did not return the job and its results');
    await jobs.finish(id, 'bench-B', 'done', TARGETS);
  }
  const b = median(base);
  const r = median(resumable);
  const bytes = Buffer.byteLength(p) + items.reduce((s, x) => s + Buffer.byteLength(x), 0);
  console.log(`${name.padEnd(10)} baseline ${b.toFixed(2)} ms/job   resumable ${r.toFixed(2)} ms/job (x${(r / b).toFixed(2)})   takeover read ${median(takeover).toFixed(2)} ms (${TARGETS / 2} results)   stored while running ${(bytes / 1024).toFixed(0)} KiB/job`);
}

(async () => {
  console.log(`fleet job store, ${TARGETS} targets per job, results in batches of ${BATCH}, median of ${JOBS} jobs`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-resume-'));
  try {
    const s = sqliteStore(path.join(dir, 'bench.db'));
    await run('sqlite', fleetJobStoreFor(s));
    await s.close();
    if (process.env.DATABASE_URL) {
      const { postgresStore } = require(path.join(dist, 'store/postgres.js'));
      const pg = await postgresStore(process.env.DATABASE_URL);
      await run('postgres', fleetJobStoreFor(pg));
      await pg.close();
    } else {
      console.log('postgres   skipped (DATABASE_URL not set; run under scripts/with-postgres.sh)');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
