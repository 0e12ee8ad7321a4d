#!/usr/bin/env node
/**
 * Soak bench (`npm run bench:soak`, which builds first): does a turn get slower, or the process
 * bigger, as the stores fill up? Long runs of full Slack turns (the bench:slack harness: signed
 * event -> Bolt -> store -> engine -> Block Kit -> recorded chat.postMessage), 8 DM conversations at
 * once, in windows of SOAK_WINDOW turns (default 2,000) up to SOAK_TURNS (default 16,000), on SQLite
 * and, when DATABASE_URL is set (scripts/with-postgres.sh npm run bench:soak), on PostgreSQL. Every
 * window starts new threads, so conversations, delivery ids and card metadata keep piling up as
 * they would over hours of incidents.
 *
 * After each window (the throughput, 8 at once) the latency is sampled with one conversation at a
 * time (a slower database shows in full there; with 8 at once it hides behind the app's own CPU),
 * paired with the bare Bolt echo app in the same process because the machine is noisy: the numbers
 * to read are tms-doctor / echo p50 per window and the last window's against the first. A turn whose
 * cost grows with the tables (a scan where an index should be used) shows as a ratio that climbs
 * window after window; memory as heap or RSS that keeps growing after GC.
 * Loopback only.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { sqliteStore } = require('../dist/store/sqlite');
const { postgresStore } = require('../dist/store/postgres');
const { fakeApi, drive, echoApp, doctorApp } = require('./harness');

const WINDOW = Math.max(200, Number(process.env.SOAK_WINDOW ?? 2000));
const TOTAL = Math.max(WINDOW * 2, Number(process.env.SOAK_TURNS ?? 16_000));
const CONVERSATIONS = 8;
/** Turns of each latency sample (one conversation at a time, so a slower store shows in full). */
const PROBE_TURNS = 240;

const mb = (n) => (n / 1024 / 1024).toFixed(1);

async function soak(api, apiUrl, echo, name, store, size) {
  const app = await doctorApp(apiUrl, store);
  await drive(app, api, `sw${name}`, CONVERSATIONS, 60);
  console.log(`\n== store: ${name} (${TOTAL} turns in windows of ${WINDOW}, ${CONVERSATIONS} conversations at once)`);
  console.log('window  turns/s (8 at once)  p50 ms (1 at a time)  p50 / echo  heap MB   RSS MB  store MB');
  const rows = [];
  for (let w = 0; w * WINDOW < TOTAL; w++) {
    const r = await drive(app, api, `sd${name}${w}`, CONVERSATIONS, WINDOW / CONVERSATIONS);
    const base = await drive(echo, api, `se${name}${w}`, 1, PROBE_TURNS);
    const one = await drive(app, api, `sl${name}${w}`, 1, PROBE_TURNS);
    if (global.gc) global.gc();
    const mem = process.memoryUsage();
    const row = { w: w + 1, perSec: r.perSec, p50: one.p50, lat: one.p50 / base.p50, heap: mem.heapUsed, rss: mem.rss, size: await size() };
    rows.push(row);
    console.log(
      [
        String(row.w).padStart(6),
        row.perSec.toFixed(0).padStart(20),
        row.p50.toFixed(2).padStart(21),
        `${row.lat.toFixed(2)}x`.padStart(11),
        mb(row.heap).padStart(8),
        mb(row.rss).padStart(8),
        (row.size === null ? '-' : mb(row.size)).padStart(9),
      ].join(' '),
    );
  }
  await app.stop();
  const first = rows[0];
  const last = rows[rows.length - 1];
  console.log(
    `last window / first: p50 against echo ${(last.lat / first.lat).toFixed(2)}x, turns/s ${(last.perSec / first.perSec).toFixed(2)}x; ` +
      `heap ${mb(first.heap)} -> ${mb(last.heap)} MB, RSS ${mb(first.rss)} -> ${mb(last.rss)} MB`,
  );
}

async function main() {
  const api = fakeApi();
  const apiPort = await api.listen();
  const apiUrl = `http://127.0.0.1:${apiPort}/api/`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-soak-'));
  const echo = await echoApp(apiUrl);
  await drive(echo, api, 'swe', CONVERSATIONS, 60);
  console.log(`Soak bench: ${global.gc ? 'heap measured after a full GC' : 'run with --expose-gc for heap after GC'}; loopback only`);
  try {
    const file = path.join(dir, 'soak.db');
    const sqlite = sqliteStore(file);
    const fileSize = async () => ['', '-wal'].reduce((n, s) => n + (fs.existsSync(file + s) ? fs.statSync(file + s).size : 0), 0);
    await soak(api, apiUrl, echo, 'SQLite', sqlite, fileSize);
    await sqlite.close();
    const url = process.env.DATABASE_URL && process.env.DATABASE_URL.trim();
    if (url) {
      const pg = await postgresStore(url);
      const { Client } = require('pg');
      const admin = new Client({ connectionString: url });
      await admin.connect();
      const dbSize = async () => Number((await admin.query('SELECT pg_database_size(current_database()) AS n')).rows[0].n);
      await soak(api, apiUrl, echo, 'PostgreSQL', pg, dbSize);
      await admin.end();
      await pg.close();
    } else {
      console.log('\nPostgreSQL: not measured (scripts/with-postgres.sh npm run bench:soak)');
    }
  } finally {
    await echo.stop();
    await api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
