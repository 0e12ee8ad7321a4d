#!/usr/bin/env node
/**
 * A/B of two builds of tms-doctor through the bench:slack harness, in one process, alternating
 * rounds (machines here are noisy: only a same-run comparison means anything):
 *
 *   git worktree add /tmp/base <rev> && (cd /tmp/base && npm ci && npm run build)
 *   npm run build && node bench/ab-slack.js /tmp/base/dist dist
 *   scripts/with-postgres.sh node bench/ab-slack.js /tmp/base/dist dist   # PostgreSQL too
 *
 * Each build gets its own store (SQLite file; a database of its own on DATABASE_URL's server), both
 * are warmed up (AB_WARM turns of one conversation, default 3000, then 8 x 40), then AB_ROUNDS
 * (default 5) rounds of one conversation (240 turns) and of 8 at once (60 turns each) alternate
 * between them, A first in even rounds and B first in odd ones. Prints B / A: throughput, p50, p99
 * and this process's CPU per turn, medians with their range. AB_STORES (default "sqlite,postgres") picks the
 * stores (PostgreSQL only with DATABASE_URL), AB_CONVERSATIONS (default "1,8") the runs. Loopback only. The same build on both
 * sides (A/A) measured CPU per turn 0.91-0.98x for one conversation with a 300-turn warm-up and A
 * always first; 1.00-1.01x with these defaults.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { LogLevel } = require('@slack/bolt');
const H = require('./harness');

const [A_DIST, B_DIST] = process.argv.slice(2).map((p) => path.resolve(p));
const ROUNDS = Math.max(1, Number(process.env.AB_ROUNDS ?? 5));
/**
 * Warm-up turns of one conversation per build before the rounds. V8 keeps compiling tms-doctor's
 * code for thousands of turns (300 left it compiling in the background all through the rounds:
 * CPU per turn ~2,400 us after 300 turns, ~1,700 us after 4,000), so a short warm-up measures the
 * JIT as much as the builds.
 */
const WARM = Math.max(0, Number(process.env.AB_WARM ?? 3000));

async function doctor(dist, apiUrl, store) {
  const { createApp } = require(path.join(dist, 'slack/app'));
  const { step } = require(path.join(dist, 'conversation/engine'));
  const bot = createApp({ botToken: 'xoxb-bench', signingSecret: H.SECRET, apiUrl, port: 0, host: '127.0.0.1', store, logger: H.quietLogger(), logLevel: LogLevel.ERROR, engine: step, probe: null });
  const { port } = await bot.start();
  return { port, stop: () => bot.stop(), idle: (key) => bot.deps.service.serial(key, () => undefined) };
}

/** A new database on the server at `url` (dropped at the end). */
async function pgDatabase(url, name, made) {
  const { Client } = require('pg');
  const c = new Client({ connectionString: url });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  made.push(name);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function main() {
  if (!A_DIST || !B_DIST || !fs.existsSync(path.join(A_DIST, 'slack/app.js')) || !fs.existsSync(path.join(B_DIST, 'slack/app.js'))) {
    console.error('usage: node bench/ab-slack.js <dist of build A> <dist of build B>   (each a built dist/ folder)');
    process.exitCode = 2;
    return;
  }
  const api = H.fakeApi();
  const apiUrl = `http://127.0.0.1:${await api.listen()}/api/`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-ab-'));
  const made = [];
  const url = process.env.DATABASE_URL && process.env.DATABASE_URL.trim();
  const run = `${process.pid}_${Date.now().toString(36)}`;
  const kinds = [['SQLite', async (dist, n) => require(path.join(dist, 'store/sqlite')).sqliteStore(path.join(dir, `${n}.db`))]];
  if (url) kinds.push(['PostgreSQL', async (dist, n) => require(path.join(dist, 'store/postgres')).postgresStore(await pgDatabase(url, `tmsd_ab_${n}_${run}`, made))]);
  const stores = String(process.env.AB_STORES ?? 'sqlite,postgres').toLowerCase().split(',');
  const convs = String(process.env.AB_CONVERSATIONS ?? '1,8').split(',').map(Number);
  for (let i = kinds.length - 1; i >= 0; i--) if (!stores.some((s) => kinds[i][0].toLowerCase().startsWith(s.trim()))) kinds.splice(i, 1);
  console.log(`A/B through bench:slack's harness: A = ${A_DIST}, B = ${B_DIST}; ${ROUNDS} alternating rounds, B / A medians (range)`);
  try {
    for (const [kind, open] of kinds) {
      const sa = await open(A_DIST, 'a');
      const sb = await open(B_DIST, 'b');
      const a = await doctor(A_DIST, apiUrl, sa);
      const b = await doctor(B_DIST, apiUrl, sb);
      for (const [i, app] of [a, b].entries()) {
        await H.drive(app, api, `w${kind}${i}a`, 1, WARM);
        await H.drive(app, api, `w${kind}${i}b`, 8, 40);
      }
      for (const [conv, turns] of [[1, 240], [8, 60]].filter(([c]) => convs.includes(c))) {
        const r = { thr: [], p50: [], p99: [], cpu: [] };
        for (let i = 0; i < ROUNDS; i++) {
          // A first in even rounds, B first in odd ones: neither build always runs right after the other.
          let x, y;
          if (i % 2 === 0) {
            x = await H.drive(a, api, `a${kind}${conv}r${i}`, conv, turns);
            y = await H.drive(b, api, `b${kind}${conv}r${i}`, conv, turns);
          } else {
            y = await H.drive(b, api, `b${kind}${conv}r${i}`, conv, turns);
            x = await H.drive(a, api, `a${kind}${conv}r${i}`, conv, turns);
          }
          r.thr.push(y.perSec / x.perSec);
          r.p50.push(y.p50 / x.p50);
          r.p99.push(y.p99 / x.p99);
          r.cpu.push(y.cpuUs / x.cpuUs);
        }
        const f = (xs) => `${H.median(xs).toFixed(2)}x (${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)})`;
        console.log(`${kind}, ${conv} conversation(s): throughput ${f(r.thr)}, p50 ${f(r.p50)}, p99 ${f(r.p99)}, CPU per turn ${f(r.cpu)}`);
      }
      await a.stop();
      await b.stop();
      await sa.close();
      await sb.close();
    }
  } finally {
    await api.close();
    fs.rmSync(dir, { recursive: true, force: true });
    if (made.length) {
      const { Client } = require('pg');
      const c = new Client({ connectionString: url });
      await c.connect();
      for (const name of made) await c.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
      await c.end();
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
