#!/usr/bin/env node
/**
 * Slack bench (run with `npm run bench:slack`, which builds first).
 *
 * Full turns through the real HTTP receiver: signed event request -> Bolt -> dedupe + state +
 * outbox in the store (SQLite; and PostgreSQL too when DATABASE_URL is set, e.g. under
 * scripts/with-postgres.sh) -> engine -> Block Kit -> chat.postMessage recorded by a local fake Web API. Measures
 * turns/second and p50/p99 latency from sending the request to the recorded chat.postMessage, for
 * tms-doctor and for a bare Bolt echo app (same receiver, posts the text back) in the same run,
 * and prints the ratios. Loopback only.
 *
 * Every app is warmed up first (JIT, pools: BENCH_WARM turns, default 3000, then 8 x 40), then the apps run in alternating rounds
 * (BENCH_ROUNDS, default 5) and the ratios are medians of the rounds' ratios with their range: a
 * single short run on a noisy 2-core machine says little. Beside tms-doctor, a "floor" app runs on
 * each store: the echo app that first commits one row to the store (a claim, as any exactly-once
 * design must before it posts) - how close to the echo app a turn that stores anything can get.
 * The CPU time of this process per turn (app and harness; the PostgreSQL server's is not in it) is
 * printed too: throughput on a busy machine follows it, and it hardly moves with other load.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { sqliteStore } = require('../dist/store/sqlite');
const { postgresStore } = require('../dist/store/postgres');

const { fakeApi, drive, echoApp, floorApp, doctorApp, median, spread, benchSettings } = require('./harness');

const { runs: RUNS, rounds: ROUNDS, warm: WARM } = benchSettings();

/** Rounds of echo then each app, alternating; per app the medians of its per-round ratios to echo. */
async function compare(api, tag, echo, apps, conversations, turns) {
  const series = () => ({ thr: [], p50: [], p99: [], cpu: [] });
  const add = (to, r) => {
    to.thr.push(r.perSec);
    to.p50.push(r.p50);
    to.p99.push(r.p99);
    to.cpu.push(r.cpuUs);
  };
  const ratios = apps.map(series);
  const abs = [series(), ...apps.map(series)];
  for (let r = 0; r < ROUNDS; r++) {
    const base = await drive(echo, api, `e${tag}${r}`, conversations, turns);
    add(abs[0], base);
    for (const [i, [, app]] of apps.entries()) {
      const ours = await drive(app, api, `a${tag}${i}r${r}`, conversations, turns);
      add(abs[i + 1], ours);
      add(ratios[i], { perSec: ours.perSec / base.perSec, p50: ours.p50 / base.p50, p99: ours.p99 / base.p99, cpuUs: ours.cpuUs / base.cpuUs });
    }
  }
  console.log(`\n${conversations} concurrent DM conversation(s) x ${turns} turns, ${ROUNDS} alternating rounds (medians)`);
  const line = (name, a) => `  ${name.padEnd(34)}: ${median(a.thr).toFixed(0)} turns/s, p50 ${median(a.p50).toFixed(2)} ms, p99 ${median(a.p99).toFixed(2)} ms, CPU ${median(a.cpu).toFixed(0)} us/turn`;
  console.log(line('bare Bolt echo', abs[0]));
  for (const [i, [name]] of apps.entries()) console.log(line(name, abs[i + 1]));
  for (const [i, [name]] of apps.entries()) {
    const x = ratios[i];
    console.log(`  ${`${name} / echo`.padEnd(34)}: throughput ${spread(x.thr)}, p50 ${spread(x.p50)}, p99 ${spread(x.p99)}, CPU per turn ${spread(x.cpu)}`);
  }
}

async function main() {
  const api = fakeApi();
  const apiPort = await api.listen();
  const apiUrl = `http://127.0.0.1:${apiPort}/api/`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-bench-'));
  const stores = [['SQLite WAL file', 'sqlite', sqliteStore(path.join(dir, 'bench.db')), path.join(dir, 'floor.db')]];
  const url = process.env.DATABASE_URL && process.env.DATABASE_URL.trim();
  if (url) stores.push(['PostgreSQL (DATABASE_URL)', 'pg', await postgresStore(url), url]);
  const warm = async (app, tag) => {
    // JIT, connection pools, caches. 300 turns were too few: V8 was still compiling tms-doctor's
    // code (~450 compilations over the next 2,000 turns, their CPU counted in this process's), so the
    // rounds measured part of its warm-up. Every app gets the same (BENCH_WARM, default 3000).
    await drive(app, api, `w${tag}a`, 1, WARM);
    await drive(app, api, `w${tag}b`, 8, 40);
  };
  try {
    const echo = await echoApp(apiUrl);
    await warm(echo, 'e');
    console.log('Slack bench: signed HTTP request -> recorded chat.postMessage, loopback');
    if (!url) console.log('PostgreSQL: not measured (set DATABASE_URL, e.g. scripts/with-postgres.sh npm run bench:slack)');
    for (const [s, [name, kind, store, where]] of stores.entries()) {
      const doc = await doctorApp(apiUrl, store);
      const floor = await floorApp(apiUrl, kind, where);
      await warm(doc, `d${s}`);
      await warm(floor, `f${s}`);
      console.log(`\n== store: ${name}`);
      const apps = [
        ['tms-doctor', doc],
        ['floor: echo + one committed row', floor],
      ];
      for (const [i, [conversations, turns]] of RUNS.entries()) await compare(api, `${s}${i}`, echo, apps, conversations, turns);
      await doc.stop();
      await floor.stop();
    }
    await echo.stop();
  } finally {
    for (const [, , store] of stores) await store.close();
    await api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
