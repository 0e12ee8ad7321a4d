#!/usr/bin/env node
/**
 * How far a cheaper engine could take bench:slack's one-conversation figures on SQLite (run after
 * `npm run build`: `node bench/engine-ceiling.js`; ENGINE_WAIT_US="0,150,250" by default).
 *
 * Beside the bare Bolt echo app and tms-doctor, it runs tms-doctor with its engine *replayed* (each
 * state and message stepped once by the real engine, then answered from a copy: the JSON round trip a
 * worker thread would also pay) plus a busy wait of N µs per turn: what the turn would cost if the
 * engine ran elsewhere (a worker thread, hot) and took N µs there, hand-offs included. Alternating
 * rounds, app / echo medians, one conversation (the case a worker thread cannot overlap). With DATABASE_URL
 * (scripts/with-postgres.sh) the same rows on PostgreSQL follow. Loopback only.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { sqliteStore } = require('../dist/store/sqlite');
const { postgresStore } = require('../dist/store/postgres');
const { step } = require('../dist/conversation/engine');
const { fakeApi, drive, doctorApp, echoApp, median } = require('./harness');

function replayedWithWait(waitUs) {
  const seen = new Map();
  return (state, message) => {
    const key = JSON.stringify([state, message]);
    const kept = seen.get(key);
    if (kept !== undefined) {
      const until = performance.now() + waitUs / 1000;
      while (performance.now() < until);
      return JSON.parse(kept);
    }
    const out = step(state, message);
    if (seen.size < 10_000) seen.set(key, JSON.stringify(out));
    return out;
  };
}

async function main() {
  const api = fakeApi();
  const port = await api.listen();
  const url = `http://127.0.0.1:${port}/api/`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-ceiling-'));
  const waits = (process.env.ENGINE_WAIT_US ?? '0,150,250').split(',').map(Number);
  const apps = [
    ['echo', await echoApp(url)],
    ['tms-doctor', await doctorApp(url, sqliteStore(path.join(dir, 'real.db')))],
  ];
  for (const w of waits) apps.push([`engine replayed + ${w} us`, await doctorApp(url, sqliteStore(path.join(dir, `w${w}.db`)), replayedWithWait(w))]);
  // With DATABASE_URL (scripts/with-postgres.sh), the same on PostgreSQL: how much of a PostgreSQL turn's gap is the engine.
  const pgUrl = process.env.DATABASE_URL && process.env.DATABASE_URL.trim();
  if (pgUrl) {
    apps.push(['tms-doctor, PostgreSQL', await doctorApp(url, await postgresStore(pgUrl))]);
    for (const w of waits) apps.push([`replayed + ${w} us, PostgreSQL`, await doctorApp(url, await postgresStore(pgUrl), replayedWithWait(w))]);
  }
  for (const [name, app] of apps) await drive(app, api, `w${name}`, 1, Number(process.env.BENCH_WARM ?? 2500));
  const res = new Map(apps.slice(1).map(([n]) => [n, { thr: [], p50: [] }]));
  for (let r = 0; r < Number(process.env.BENCH_ROUNDS ?? 5); r++) {
    let base;
    for (const [name, app] of apps) {
      const x = await drive(app, api, `m${name}${r}`, 1, 300);
      if (name === 'echo') base = x;
      else {
        res.get(name).thr.push(x.perSec / base.perSec);
        res.get(name).p50.push(x.p50 / base.p50);
      }
    }
  }
  console.log(`One conversation on SQLite${pgUrl ? ' (and PostgreSQL)' : ''}, app / echo (medians of alternating rounds):`);
  for (const [name, r] of res) console.log(`  ${name.padEnd(34)} throughput ${median(r.thr).toFixed(2)}x, p50 ${median(r.p50).toFixed(2)}x`);
  fs.rmSync(dir, { recursive: true, force: true });
  // The apps' servers and stores are not closed one by one: the process ends here.
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
