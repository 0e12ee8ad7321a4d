#!/usr/bin/env node
/**
 * Where one Slack turn's wall-clock time goes, from the signed event sent to the first chat.postMessage
 * recorded by the fake Web API (bench:slack's latency), as marks along the path, medians over many turns.
 * One conversation on SQLite (on PostgreSQL with DATABASE_URL: a database of its own on that server,
 * dropped at the end), after the warm-up, through bench:slack's harness. Loopback only.
 *
 *   npm run build && node bench/slack-timeline.js [dist]        # TIMELINE_WARM (3000), TIMELINE_TURNS (1200)
 *   scripts/with-postgres.sh node bench/slack-timeline.js       # PostgreSQL
 *
 * Marks (the first of each kind in a turn): app-req (the app's HTTP server has the request), serial (the
 * turn asks for its conversation's slot), tx-start / step-start / engine-start / engine-end / step-end /
 * tx-done (the store's transaction and the step inside it: before step-start the dedupe and state reads,
 * step-end - engine-end the Slack rendering, tx-done - step-end the writes and the commit), ack-release (the
 * gate lets Bolt's 200 go), drain (outbox delivery starts), undici-request (the post handed to undici),
 * ack-write / post-write (the 200's and the post's first socket writes), http-200 (the harness has the
 * 200), api-req (the fake Web API has the post's request), posted (its body read: the latency's end),
 * slot-free (the thread's serial slot is free again: the next turn of the thread could start; the harness
 * sends it then). On PostgreSQL also pg-turn-sent / pg-turn-back (the turn's statement handed to the pg
 * client and its answer), pg-done-sent / pg-done-back (the outbox "done"; after slot-free when it is off
 * the next turn's path), pg-other-sent / pg-other-back (any other statement, e.g. card metadata), and
 * the number of statements per turn.
 * Marks are wrapped around the app's parts from outside (no build of its own); their cost is in the figures.
 * Last, turns that edit the answer card against the others: the post's handover to undici to its write.
 */
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const undici = require('undici');
const { LogLevel } = require('@slack/bolt');
const H = require('./harness');

const DIST = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'dist'));
const WARM = Math.max(0, Number(process.env.TIMELINE_WARM ?? 3000));
const TURNS = Math.max(1, Number(process.env.TIMELINE_TURNS ?? 1200));
const ORDER = ['app-req', 'serial', 'tx-start', 'step-start', 'engine-start', 'engine-end', 'step-end', 'pg-turn-sent', 'pg-turn-back', 'tx-done', 'ack-release', 'drain', 'undici-request', 'ack-write', 'post-write', 'http-200', 'api-req', 'posted', 'pg-other-sent', 'pg-other-back', 'pg-done-sent', 'pg-done-back', 'slot-free'];
const PG_URL = process.env.DATABASE_URL && process.env.DATABASE_URL.trim();

let marks = null;
const mark = (k) => {
  if (marks && marks[k] === undefined) marks[k] = performance.now();
};
let apiServer = null;
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (ev, ...args) {
  if (ev === 'request') mark(this === apiServer ? 'api-req' : 'app-req');
  return emit.call(this, ev, ...args);
};
const writeGeneric = net.Socket.prototype._writeGeneric;
net.Socket.prototype._writeGeneric = function (...args) {
  // After the commit: the app's 200 (a socket of its server), the post (a client socket), the fake API's answer.
  if (marks && marks['tx-done'] !== undefined && this.server !== apiServer) mark(this.server ? 'ack-write' : 'post-write');
  return writeGeneric.apply(this, args);
};
const request = undici.request;
undici.request = function (...args) {
  if (marks && marks['tx-done'] !== undefined) {
    mark('undici-request');
    // Turns that edit the card: the edit's request is handed to undici too (it must come after the post's write).
    if (String(args[0]).endsWith('/chat.update')) mark('edit-request');
  }
  return request.apply(this, args);
};

/** Every statement the pg client sends in a marked turn: counted, and its hand-over and answer marked by kind. */
function markPg() {
  const { Client } = require('pg');
  const query = Client.prototype.query;
  Client.prototype.query = function (config, values, cb) {
    if (!marks) return query.call(this, config, values, cb);
    const name = typeof config === 'object' && config ? config.name ?? '' : '';
    const kind = name.startsWith('tmsd_turn') ? 'pg-turn' : name.startsWith('tmsd_done') ? 'pg-done' : 'pg-other';
    const own = marks;
    own.pg = (own.pg ?? 0) + 1;
    const at = (k) => {
      if (own[k] === undefined) own[k] = performance.now();
    };
    at(`${kind}-sent`);
    const back = () => at(`${kind}-back`);
    if (typeof cb === 'function') return query.call(this, config, values, (e, r) => (back(), cb(e, r)));
    if (typeof values === 'function') return query.call(this, config, (e, r) => (back(), values(e, r)));
    const p = query.call(this, config, values);
    if (p && typeof p.then === 'function') p.then(back, back);
    return p;
  };
}

/** A database of its own on DATABASE_URL's server; `drop` removes it. */
async function pgDatabase(url) {
  const { Client } = require('pg');
  const name = `tmsd_timeline_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (sql) => {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined) };
}

async function main() {
  const api = H.fakeApi();
  apiServer = api.server;
  const apiUrl = `http://127.0.0.1:${await api.listen()}/api/`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-timeline-'));
  const pgdb = PG_URL ? await pgDatabase(PG_URL) : null;
  if (pgdb) markPg();
  const store = pgdb ? await require(path.join(DIST, 'store/postgres')).postgresStore(pgdb.url) : require(path.join(DIST, 'store/sqlite')).sqliteStore(path.join(dir, 'timeline.db'));
  const turn = store.conversations.turn;
  store.conversations.turn = (req, stepFn) => {
    mark('tx-start');
    const out = turn(req, (prev, seed, meta) => {
      mark('step-start');
      const plan = stepFn(prev, seed, meta);
      mark('step-end');
      return plan;
    });
    out.then(() => mark('tx-done'), () => undefined);
    return out;
  };
  const { createApp } = require(path.join(DIST, 'slack/app'));
  const { step } = require(path.join(DIST, 'conversation/engine'));
  const engine = (state, message) => {
    mark('engine-start');
    const out = step(state, message);
    mark('engine-end');
    return out;
  };
  const bot = createApp({ botToken: 'xoxb-bench', signingSecret: H.SECRET, apiUrl, port: 0, host: '127.0.0.1', store, logger: H.quietLogger(), logLevel: LogLevel.ERROR, engine, probe: null });
  const { port } = await bot.start();
  const { service, outbox, acks } = bot.deps;
  const serial = service.serial.bind(service);
  service.serial = (key, fn) => (mark('serial'), serial(key, fn));
  const drain = outbox.drain.bind(outbox);
  outbox.drain = (...args) => (mark('drain'), drain(...args));
  const release = acks.release.bind(acks);
  acks.release = (...args) => (mark('ack-release'), release(...args));
  const expect = api.expect.bind(api);
  api.expect = (key) => expect(key).then((t) => (mark('posted'), t));
  const app = { port, idle: (key) => serial(key, () => undefined).then(() => mark('slot-free')) };
  try {
    await H.drive(app, api, 'w', 1, WARM);
    const all = [];
    const fetch0 = globalThis.fetch;
    globalThis.fetch = (...args) => {
      marks = { send: performance.now() };
      all.push(marks);
      return fetch0(...args).then((res) => (mark('http-200'), res));
    };
    try {
      await H.drive(app, api, 'm', 1, TURNS);
    } finally {
      globalThis.fetch = fetch0;
      marks = null;
    }
    const med = (xs) => {
      const a = xs.filter((x) => Number.isFinite(x)).sort((x, y) => x - y);
      return a.length ? a[a.length >> 1] : NaN;
    };
    console.log(`One conversation on ${pgdb ? 'PostgreSQL' : 'SQLite'}, ${TURNS} turns after ${WARM} warm-up turns: median µs after the event was sent, and since the previous mark`);
    // In the order they come (the 200 is written before the post on the usual path, but after it when reordered).
    const at = (k) => med(all.map((m) => m[k] - m.send));
    const kinds = ORDER.filter((k) => all.some((m) => m[k] !== undefined)).sort((a, b) => at(a) - at(b));
    let prev = 'send';
    for (const k of kinds) {
      const n = all.filter((m) => m[k] !== undefined).length;
      const since = med(all.map((m) => m[k] - m[prev])) * 1000;
      console.log(`  ${k.padEnd(15)} ${(at(k) * 1000).toFixed(0).padStart(6)}   ${since >= 0 ? '+' : ''}${since.toFixed(0).padStart(5)} since ${prev}${n < all.length ? ` (${n} of ${all.length} turns)` : ''}`);
      prev = k;
    }
    if (pgdb) {
      const counts = new Map();
      for (const m of all) counts.set(m.pg ?? 0, (counts.get(m.pg ?? 0) ?? 0) + 1);
      console.log(`  PostgreSQL statements per turn (turns): ${[...counts].sort((a, b) => a[0] - b[0]).map(([n, c]) => `${n} (${c})`).join(', ')}`);
    }
    // Turns that edit the card against the others: the post's dispatch to its write, and edits prepared before that write.
    for (const [name, set] of [['turns that edit the card', all.filter((m) => m['edit-request'] !== undefined)], ['other turns', all.filter((m) => m['edit-request'] === undefined)]]) {
      if (set.length === 0) continue;
      const gap = med(set.map((m) => m['post-write'] - m['undici-request'])) * 1000;
      const early = set.filter((m) => m['edit-request'] < m['post-write']).length;
      console.log(`  ${name} (${set.length}): post handed to undici -> written ${gap.toFixed(0)} us${name === 'other turns' ? '' : `; edit handed to undici before the post's write: ${early}`}`);
    }
  } finally {
    await bot.stop();
    await store.close();
    await api.close();
    fs.rmSync(dir, { recursive: true, force: true });
    if (pgdb) await pgdb.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
