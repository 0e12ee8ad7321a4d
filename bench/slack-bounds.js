#!/usr/bin/env node
/**
 * Upper bounds for bench:slack (run with `npm run bench:slack-bounds`, which builds first).
 *
 * How close to the bare Bolt echo app could a tms-doctor turn get if one of its parts cost nothing?
 * The same harness and method as bench:slack (warm-up, alternating rounds, medians of the rounds'
 * ratios to echo), with these apps beside the real one, all in this process:
 *   - "engine replayed": the conversation engine's answers are looked up, not computed. Each
 *     (state, message) pair is stepped once by the real engine and its output kept as JSON; later
 *     turns with the same pair (the bench repeats one conversation) get a copy of it. What is left is
 *     a lookup and a JSON parse: near what a free engine would cost. The hit rate is printed.
 *   - "memory store": the in-memory store of the contract suite instead of SQLite (no file, no
 *     WAL, no checkpoint): near what a free store would cost.
 *   - both at once: only Slack plumbing left (receiver, Bolt, ack gate, outbox, Block Kit, Web API).
 * A part whose bound stays far from the targets cannot reach them by being made faster. Never
 * asserts anything; prints numbers. Loopback only.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { sqliteStore } = require('../dist/store/sqlite');
const { memoryStore } = require('../dist/store/memory');
const { step } = require('../dist/conversation/engine');
const { fakeApi, drive, echoApp, doctorApp, spread, benchSettings } = require('./harness');

const { runs: RUNS, rounds: ROUNDS, warm: WARM } = benchSettings();

/** The engine, answering from what it answered before for the same state and message. */
function replayedEngine() {
  const seen = new Map();
  const stats = { hits: 0, misses: 0 };
  const engine = (state, message) => {
    const key = JSON.stringify([state, message]);
    const kept = seen.get(key);
    if (kept !== undefined) {
      stats.hits++;
      return JSON.parse(kept);
    }
    stats.misses++;
    const out = step(state, message);
    if (seen.size < 10_000) seen.set(key, JSON.stringify(out));
    return out;
  };
  return { engine, stats };
}

async function main() {
  const api = fakeApi();
  const apiUrl = `http://127.0.0.1:${await api.listen()}/api/`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-bounds-'));
  const stores = [];
  const replays = [];
  const sqlite = (name) => {
    const s = sqliteStore(path.join(dir, `${name}.db`));
    stores.push(s);
    return s;
  };
  const replayed = () => {
    const r = replayedEngine();
    replays.push(r);
    return r.engine;
  };
  try {
    const apps = [
      ['bare Bolt echo', await echoApp(apiUrl)],
      ['tms-doctor (SQLite)', await doctorApp(apiUrl, sqlite('doctor'))],
      ['engine replayed (SQLite)', await doctorApp(apiUrl, sqlite('replayed'), replayed())],
      ['memory store', await doctorApp(apiUrl, memoryStore())],
      ['memory store + engine replayed', await doctorApp(apiUrl, memoryStore(), replayed())],
    ];
    for (const [i, [, app]] of apps.entries()) {
      await drive(app, api, `w${i}a`, 1, WARM);
      await drive(app, api, `w${i}b`, 8, 40);
    }
    for (const r of replays) r.stats.hits = r.stats.misses = 0;
    console.log('Slack bench bounds: signed HTTP request -> recorded chat.postMessage, loopback');
    for (const [k, [conversations, turns]] of RUNS.entries()) {
      const ratios = apps.map(() => ({ thr: [], p50: [], cpu: [] }));
      for (let r = 0; r < ROUNDS; r++) {
        const base = await drive(apps[0][1], api, `e${k}${r}`, conversations, turns);
        for (const [i, [, app]] of apps.entries()) {
          if (i === 0) continue;
          const x = await drive(app, api, `a${k}${i}r${r}`, conversations, turns);
          ratios[i].thr.push(x.perSec / base.perSec);
          ratios[i].p50.push(x.p50 / base.p50);
          ratios[i].cpu.push(x.cpuUs / base.cpuUs);
        }
      }
      console.log(`\n${conversations} concurrent DM conversation(s) x ${turns} turns, ${ROUNDS} alternating rounds; app / echo (targets: throughput >= 0.7x, p50 <= 1.5x)`);
      for (const [i, [name]] of apps.entries()) {
        if (i === 0) continue;
        const x = ratios[i];
        console.log(`  ${name.padEnd(32)}: throughput ${spread(x.thr)}, p50 ${spread(x.p50)}, CPU per turn ${spread(x.cpu)}`);
      }
    }
    for (const [i, r] of replays.entries()) {
      const all = r.stats.hits + r.stats.misses;
      console.log(`replayed engine ${i + 1}: ${all ? ((100 * r.stats.hits) / all).toFixed(1) : '0'}% of measured turns looked up`);
    }
    for (const [, app] of apps) await app.stop();
  } finally {
    for (const s of stores) await s.close();
    await api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
