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
 * Every app is warmed up first (JIT, pools), then the apps run in alternating rounds
 * (BENCH_ROUNDS, default 5) and the ratios are medians of the rounds' ratios with their range: a
 * single short run on a noisy 2-core machine says little. Beside tms-doctor, a "floor" app runs on
 * each store: the echo app that first commits one row to the store (a claim, as any exactly-once
 * design must before it posts) - how close to the echo app a turn that stores anything can get.
 */
'use strict';
const nodeCrypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { App, LogLevel } = require('@slack/bolt');
const { createApp } = require('../dist/slack/app');
const { sqliteStore } = require('../dist/store/sqlite');
const { postgresStore } = require('../dist/store/postgres');

const SECRET = 'bench-signing-secret';
/** Runs: [concurrent conversations, turns each]. One at a time (latency), then several (throughput). */
const RUNS = [
  [1, Number(process.env.BENCH_TURNS ?? 240)],
  [Number(process.env.BENCH_CONVERSATIONS ?? 8), Number(process.env.BENCH_TURNS ?? 60)],
];
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const { SLACK_CONVERSATION: MESSAGES } = require('./conversation');

function loadEngine() {
  try {
    return { step: require('../dist/conversation/engine').step, real: true };
  } catch {
    // The engine has not landed in this build: a trivial Step so the plumbing can still be measured.
    const step = (state, m) => {
      const s = state ?? { v: 1, lang: 'en', facts: {}, pending: null, turns: 0 };
      const next = { ...s, turns: s.turns + 1 };
      return { state: next, replies: [{ lang: 'en', blocks: [{ type: 'paragraph', text: m.kind === 'text' ? m.text : m.kind }] }] };
    };
    return { step, real: false };
  }
}

function quietLogger() {
  let level = LogLevel.ERROR;
  const noop = () => {};
  return { debug: noop, info: noop, warn: noop, error: (...a) => console.error(...a), setLevel: (l) => (level = l), getLevel: () => level, setName: noop };
}

/** Fake Web API: answers auth.test and chat.postMessage, resolving whoever waits for a thread. */
function fakeApi() {
  const waiting = new Map();
  let n = 0;
  let posts = 0;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const method = req.url.replace(/^\/api\//, '');
      const body = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString()));
      res.setHeader('content-type', 'application/json');
      if (method === 'auth.test') return res.end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }));
      if (method === 'chat.postMessage') {
        posts++;
        const key = `${body.channel}:${body.thread_ts}`;
        const q = waiting.get(key);
        if (q && q.length) q.shift()(performance.now());
        return res.end(JSON.stringify({ ok: true, channel: body.channel, ts: `1800000000.${String(++n).padStart(6, '0')}` }));
      }
      res.end(JSON.stringify({ ok: true }));
    });
  });
  return {
    server,
    get posts() {
      return posts;
    },
    /** Resolves at the first chat.postMessage into this thread after now. */
    expect(key) {
      return new Promise((resolve) => {
        if (!waiting.has(key)) waiting.set(key, []);
        waiting.get(key).push(resolve);
      });
    },
    listen: () => new Promise((r) => server.listen(0, '127.0.0.1', () => r(server.address().port))),
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))),
  };
}

function signed(body) {
  const ts = Math.floor(Date.now() / 1000);
  const sig = `v0=${nodeCrypto.createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig };
}

// Event ids and channels of this run only: a second run against the same DATABASE_URL is not a
// run of duplicates (which get no answer, so the bench would wait for ever).
const RUN = nodeCrypto.randomBytes(4).toString('hex').toUpperCase();
let seq = 0;
async function oneTurn(port, api, channel, threadTs, text) {
  const ts = `1700000000.${String(++seq).padStart(6, '0')}`;
  const body = JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: `EvB${RUN}${seq}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'message', channel, channel_type: 'im', user: 'UALICE', text, ts, thread_ts: threadTs, event_ts: ts },
  });
  const posted = api.expect(`${channel}:${threadTs}`);
  const t0 = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: signed(body), body });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  const t1 = await posted;
  return t1 - t0;
}

async function drive(app, api, label, conversations, turns) {
  const lat = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: conversations }, async (_, c) => {
      const channel = `D${label}${c}${RUN}`;
      for (let t = 0; t < turns; t++) {
        // a new DM thread every MESSAGES.length turns: a conversation from first message to diagnosis
        const threadTs = `1600000000.${String(c * 10000 + Math.floor(t / MESSAGES.length)).padStart(6, '0')}`;
        lat.push(await oneTurn(app.port, api, channel, threadTs, MESSAGES[t % MESSAGES.length]));
        // a turn is complete when every message of its answer is posted (latency counts to the first)
        await app.idle(`${channel}:${threadTs}`);
      }
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  const pct = (p) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))];
  return { turns: lat.length, perSec: lat.length / secs, p50: pct(50), p99: pct(99) };
}

async function echoApp(apiUrl) {
  const app = new App({ token: 'xoxb-bench', signingSecret: SECRET, logger: quietLogger(), logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: apiUrl }, convoStore: false });
  app.event('message', async ({ message, client }) => {
    await client.chat.postMessage({ channel: message.channel, thread_ts: message.thread_ts, text: message.text });
  });
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  return { port: server.address().port, stop: () => app.stop(), idle: async () => {} };
}

/**
 * The echo app that first commits one row (the message's event id and text) to the store: the
 * least a turn that is stored before it is answered costs. SQLite: a prepared INSERT in WAL mode
 * with synchronous=NORMAL; PostgreSQL: one INSERT through a pool.
 */
async function floorApp(apiUrl, kind, where) {
  let commit;
  let close;
  if (kind === 'sqlite') {
    const Database = require('better-sqlite3');
    const db = new Database(where);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE IF NOT EXISTS floor_claims (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
    const ins = db.prepare('INSERT INTO floor_claims (id, body) VALUES (?, ?)');
    commit = async (id, body) => ins.run(id, body);
    close = async () => db.close();
  } else {
    const { Pool } = require('pg');
    const pool = new Pool({ connectionString: where, max: 10 });
    await pool.query('CREATE TABLE IF NOT EXISTS floor_claims (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
    commit = (id, body) => pool.query('INSERT INTO floor_claims (id, body) VALUES ($1, $2)', [id, body]);
    close = async () => {
      await pool.query('DROP TABLE IF EXISTS floor_claims');
      await pool.end();
    };
  }
  const app = new App({ token: 'xoxb-bench', signingSecret: SECRET, logger: quietLogger(), logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: apiUrl }, convoStore: false });
  app.event('message', async ({ message, body, client }) => {
    await commit(body.event_id, message.text);
    await client.chat.postMessage({ channel: message.channel, thread_ts: message.thread_ts, text: message.text });
  });
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  return {
    port: server.address().port,
    stop: async () => {
      await app.stop();
      await close();
    },
    idle: async () => {},
  };
}

async function doctorApp(apiUrl, store, engine) {
  const bot = createApp({ botToken: 'xoxb-bench', signingSecret: SECRET, apiUrl, port: 0, host: '127.0.0.1', store, logger: quietLogger(), logLevel: LogLevel.ERROR, engine, probe: null });
  const { port } = await bot.start();
  // resolves once every task queued so far for this conversation has finished
  return { port, stop: () => bot.stop(), idle: (key) => bot.deps.service.serial(key, () => undefined) };
}

const median = (xs) => {
  const a = [...xs].sort((x, y) => x - y);
  return a.length % 2 ? a[a.length >> 1] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
};
const spread = (xs) => `${median(xs).toFixed(2)}x (${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)})`;

/** Rounds of echo then each app, alternating; per app the medians of its per-round ratios to echo. */
async function compare(api, tag, echo, apps, conversations, turns) {
  const series = () => ({ thr: [], p50: [], p99: [] });
  const add = (to, r) => {
    to.thr.push(r.perSec);
    to.p50.push(r.p50);
    to.p99.push(r.p99);
  };
  const ratios = apps.map(series);
  const abs = [series(), ...apps.map(series)];
  for (let r = 0; r < ROUNDS; r++) {
    const base = await drive(echo, api, `e${tag}${r}`, conversations, turns);
    add(abs[0], base);
    for (const [i, [, app]] of apps.entries()) {
      const ours = await drive(app, api, `a${tag}${i}r${r}`, conversations, turns);
      add(abs[i + 1], ours);
      add(ratios[i], { perSec: ours.perSec / base.perSec, p50: ours.p50 / base.p50, p99: ours.p99 / base.p99 });
    }
  }
  console.log(`\n${conversations} concurrent DM conversation(s) x ${turns} turns, ${ROUNDS} alternating rounds (medians)`);
  const line = (name, a) => `  ${name.padEnd(34)}: ${median(a.thr).toFixed(0)} turns/s, p50 ${median(a.p50).toFixed(2)} ms, p99 ${median(a.p99).toFixed(2)} ms`;
  console.log(line('bare Bolt echo', abs[0]));
  for (const [i, [name]] of apps.entries()) console.log(line(name, abs[i + 1]));
  for (const [i, [name]] of apps.entries()) {
    const x = ratios[i];
    console.log(`  ${`${name} / echo`.padEnd(34)}: throughput ${spread(x.thr)}, p50 ${spread(x.p50)}, p99 ${spread(x.p99)}`);
  }
}

async function main() {
  const { step, real } = loadEngine();
  const api = fakeApi();
  const apiPort = await api.listen();
  const apiUrl = `http://127.0.0.1:${apiPort}/api/`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-bench-'));
  const stores = [['SQLite WAL file', 'sqlite', sqliteStore(path.join(dir, 'bench.db')), path.join(dir, 'floor.db')]];
  const url = process.env.DATABASE_URL && process.env.DATABASE_URL.trim();
  if (url) stores.push(['PostgreSQL (DATABASE_URL)', 'pg', await postgresStore(url), url]);
  const warm = async (app, tag) => {
    await drive(app, api, `w${tag}a`, 1, 300); // JIT, connection pools, caches
    await drive(app, api, `w${tag}b`, 8, 40);
  };
  try {
    const echo = await echoApp(apiUrl);
    await warm(echo, 'e');
    console.log('Slack bench: signed HTTP request -> recorded chat.postMessage, loopback');
    console.log(`engine: ${real ? 'the real conversation engine' : 'a trivial stand-in (the engine is not in this build)'}`);
    if (!url) console.log('PostgreSQL: not measured (set DATABASE_URL, e.g. scripts/with-postgres.sh npm run bench:slack)');
    for (const [s, [name, kind, store, where]] of stores.entries()) {
      const doc = await doctorApp(apiUrl, store, step);
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
