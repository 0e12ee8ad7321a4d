#!/usr/bin/env node
/**
 * Where a Slack turn's CPU goes outside the engine: tms-doctor alone (no echo app) through bench:slack's
 * harness, one conversation on SQLite, its engine replayed as bench/engine-ceiling.js does (each state and
 * message stepped once by the real engine, then answered from a JSON copy; PROFILE_ENGINE=real runs the
 * engine), then PROFILE_TURNS turns (default 2000) under the inspector's sampling profiler after
 * PROFILE_WARM turns (default 3000). Run after `npm run build`:
 *
 *   node bench/slack-profile.js [out.cpuprofile]     # default /tmp/tmsd-slack.cpuprofile
 *
 * Prints CPU per turn without and with the profiler (it inflates the figures: only shares mean much),
 * then µs per turn by self time per file or package and the inclusive time of the app's own functions
 * (dist/slack, dist/store). The replay's own JSON work is in the figures (bench/slack-profile.js lines).
 * The harness's requests (Node's fetch, its streams) and the fake Web API are in this process too.
 * Native time (better-sqlite3, syscalls) is poorly attributed by the inspector: `perf record -g -p <pid>`
 * of the same run is the better reading for that part. Loopback only.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const inspector = require('node:inspector');
const { sqliteStore } = require('../dist/store/sqlite');
const { step } = require('../dist/conversation/engine');
const { fakeApi, drive, doctorApp } = require('./harness');

const OUT = process.argv[2] ?? path.join(os.tmpdir(), 'tmsd-slack.cpuprofile');
const WARM = Math.max(0, Number(process.env.PROFILE_WARM ?? 3000));
const TURNS = Math.max(1, Number(process.env.PROFILE_TURNS ?? 2000));

function replayed() {
  const seen = new Map();
  return (state, message) => {
    const key = JSON.stringify([state, message]);
    const kept = seen.get(key);
    if (kept !== undefined) return JSON.parse(kept);
    const out = step(state, message);
    if (seen.size < 10_000) seen.set(key, JSON.stringify(out));
    return out;
  };
}

function summarise(profile, turns) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const short = (u) => u.replace(/^.*node_modules\//, 'nm/').replace(/^.*\/dist\//, 'dist/').replace(/^.*\/bench\//, 'bench/');
  const group = (cf) => {
    if (!cf.url) return cf.functionName || '(native)';
    const s = short(cf.url);
    if (s.startsWith('nm/')) return s.match(/^nm\/((?:@[^/]+\/)?[^/]+)/)[0];
    if (s.startsWith('dist/')) return s;
    return s.startsWith('node:internal') ? 'node:internal' : s;
  };
  const groups = new Map();
  const incl = new Map();
  for (const [id, us] of self) {
    const g = group(byId.get(id).callFrame);
    groups.set(g, (groups.get(g) ?? 0) + us);
    const counted = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const cf = byId.get(x).callFrame;
      if (!/\/dist\/(slack|store)\//.test(cf.url)) continue;
      const k = `${cf.functionName || '(anonymous)'} ${short(cf.url)}:${cf.lineNumber + 1}`;
      if (counted.has(k)) continue;
      counted.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
  }
  const show = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([k, us]) => console.log(`  ${(us / turns).toFixed(1).padStart(8)} us  ${k}`));
  console.log('\nself time per turn, by file or package (profiled):');
  show(groups, 30);
  console.log('\ninclusive time per turn of the app\'s own functions (dist/slack, dist/store; profiled):');
  show(incl, 40);
}

async function main() {
  const api = fakeApi();
  const port = await api.listen();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-profile-'));
  const store = sqliteStore(path.join(dir, 'bench.db'));
  const app = await doctorApp(`http://127.0.0.1:${port}/api/`, store, process.env.PROFILE_ENGINE === 'real' ? step : replayed());
  try {
    await drive(app, api, 'w', 1, WARM);
    const plain = await drive(app, api, 'p', 1, Math.min(TURNS, 1000));
    const session = new inspector.Session();
    session.connect();
    const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (e, v) => (e ? reject(e) : resolve(v))));
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 100 });
    await post('Profiler.start');
    const profiled = await drive(app, api, 'm', 1, TURNS);
    const { profile } = await post('Profiler.stop');
    session.disconnect();
    fs.writeFileSync(OUT, JSON.stringify(profile));
    console.log(`engine ${process.env.PROFILE_ENGINE === 'real' ? 'real' : 'replayed'}; CPU per turn ${plain.cpuUs.toFixed(0)} us without the profiler, ${profiled.cpuUs.toFixed(0)} us with it; profile: ${OUT}`);
    summarise(profile, TURNS);
  } finally {
    await app.stop();
    await store.close();
    await api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
