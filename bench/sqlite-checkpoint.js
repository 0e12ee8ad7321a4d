#!/usr/bin/env node
/**
 * SQLite WAL checkpoints on the event loop vs in a worker thread (src/store/sqlite-checkpoint.ts).
 * Run with `npm run bench:sqlite-checkpoint` (builds first).
 *
 * Each round runs the same store work twice, on a fresh file each time: a turn (a claim, the
 * conversation, one ~2 KB outbox message) and its outbox.done, over 200 conversations, once with
 * SQLite's own automatic checkpoint (on the main connection: `checkpoint: false`) and once with the
 * checkpoint worker. After every BENCH_PACE turns (default 5) the loop pauses 1 ms, about a Slack
 * bench's pace (BENCH_PACE=0: flat out, yielding every 20 turns). Prints per round and as medians of the rounds: the time one turn held the event loop
 * (p50, p99, p99.9, max) and this thread's CPU per turn, and worker / main-connection ratios. The
 * numbers that matter are the tail ones: a checkpoint on the main connection stalls every request
 * waiting behind it. Machines here are noisy: only same-run ratios mean anything.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { sqliteStore } = require('../dist/store/sqlite');

const TURNS = Number(process.env.BENCH_TURNS ?? 4000);
/** Pause 1 ms after every PACE turns (0: never; the default 5 is about a Slack bench's pace). */
const PACE = Number(process.env.BENCH_PACE ?? 5);
/** The worker's settings, to try others (default: the store's). */
const OPTS = JSON.parse(process.env.BENCH_CHECKPOINT ?? '{}');
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const state = { v: 1, lang: 'en', facts: { tms: { product: 'TMS', raw: '15.2.1', semver: '15.2.1' } }, turns: 3, pending: null };
const message = { text: 'x'.repeat(1900), blocks: [] };
const plan = () => ({ state, replies: [], keepReplies: false, outbox: { target: { channel: 'D1', threadTs: '1.1' }, messages: [message] } });

let seq = 0;
async function run(dir, worker) {
  const file = path.join(dir, `${worker ? 'w' : 'm'}${++seq}.db`);
  const store = sqliteStore(file, worker ? { checkpoint: OPTS } : { checkpoint: false });
  const lat = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < TURNS; i++) {
    const t0 = performance.now();
    const r = await store.conversations.turn({ key: `k${i % 200}`, dedupe: [`ev:${seq}:${i}`] }, plan);
    await store.outbox.done(r.outbox[0].id);
    lat.push(performance.now() - t0);
    if (PACE > 0 && i % PACE === PACE - 1) await new Promise((res) => setTimeout(res, 1));
    else if (i % 20 === 19) await new Promise((res) => setImmediate(res));
  }
  const cpu = process.cpuUsage(cpu0);
  const stats = store.checkpointer ? await store.checkpointer.refresh() : null;
  await store.close();
  lat.sort((a, b) => a - b);
  const q = (p) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))];
  return { p50: q(0.5), p99: q(0.99), p999: q(0.999), max: lat[lat.length - 1], cpuUs: (cpu.user + cpu.system) / TURNS, copied: stats ? stats.copied : 0 };
}

const median = (xs) => {
  const a = [...xs].sort((x, y) => x - y);
  return a.length % 2 ? a[a.length >> 1] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
};

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-ckpt-bench-'));
  const keys = ['p50', 'p99', 'p999', 'max', 'cpuUs'];
  const ratios = Object.fromEntries(keys.map((k) => [k, []]));
  const fmt = (r) => `p50 ${r.p50.toFixed(3)} ms, p99 ${r.p99.toFixed(3)}, p99.9 ${r.p999.toFixed(2)}, max ${r.max.toFixed(2)}, CPU ${r.cpuUs.toFixed(0)} us/turn`;
  console.log(`SQLite store turn + outbox.done, ${TURNS} turns per run, ${ROUNDS} rounds: checkpoints on the main connection vs in a worker`);
  try {
    await run(dir, false); // warm-up (JIT)
    await run(dir, true);
    for (let r = 0; r < ROUNDS; r++) {
      const main = await run(dir, false);
      const worker = await run(dir, true);
      console.log(`round ${r + 1}\n  main connection : ${fmt(main)}\n  worker          : ${fmt(worker)} (worker copied ${worker.copied} frames)`);
      for (const k of keys) ratios[k].push(worker[k] / main[k]);
    }
    const spread = (xs) => `${median(xs).toFixed(2)}x (${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)})`;
    console.log(`worker / main connection, medians (range): p50 ${spread(ratios.p50)}, p99 ${spread(ratios.p99)}, p99.9 ${spread(ratios.p999)}, max ${spread(ratios.max)}, CPU per turn ${spread(ratios.cpuUs)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
