'use strict';
/**
 * What the Slack benches share (bench:slack, bench:soak): a local fake Web API that records posts,
 * signed Events API requests, a driver that runs DM conversations turn by turn and measures the
 * time from sending an event to its first recorded chat.postMessage, the bare Bolt echo app, the
 * "floor" app (echo after one committed row) and tms-doctor itself. Loopback only. `drive` also
 * reports this process's CPU time per turn, which other load on the machine hardly changes.
 */
const nodeCrypto = require('node:crypto');
const http = require('node:http');
const { App, LogLevel } = require('@slack/bolt');
const { createApp } = require('../dist/slack/app');
const { step } = require('../dist/conversation/engine');
const { SLACK_CONVERSATION: MESSAGES } = require('./conversation');

const SECRET = 'bench-signing-secret';

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
      const raw = Buffer.concat(chunks).toString();
      // the Web API takes form or JSON bodies (tms-doctor posts its replies as JSON)
      const body = String(req.headers['content-type'] ?? '').includes('json') ? JSON.parse(raw) : Object.fromEntries(new URLSearchParams(raw));
      res.setHeader('content-type', 'application/json');
      if (method === 'auth.test') return res.end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }));
      if (method === 'chat.postMessage') {
        posts++;
        const key = `${body.channel}:${body.thread_ts}`;
        const q = waiting.get(key);
        if (q && q.length) q.shift()(performance.now());
        if (q && q.length === 0) waiting.delete(key); // a soak run makes many thousands of threads
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
  const cpu0 = process.cpuUsage();
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
  const cpu = process.cpuUsage(cpu0);
  lat.sort((a, b) => a - b);
  const pct = (p) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))];
  // CPU of this process per turn (app and harness, user + system, µs): unlike the wall-clock
  // figures it hardly moves when other jobs share the machine; the database server's is not in it.
  return { turns: lat.length, perSec: lat.length / secs, p50: pct(50), p99: pct(99), cpuUs: (cpu.user + cpu.system) / lat.length };
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

async function doctorApp(apiUrl, store, engine = step) {
  const bot = createApp({ botToken: 'xoxb-bench', signingSecret: SECRET, apiUrl, port: 0, host: '127.0.0.1', store, logger: quietLogger(), logLevel: LogLevel.ERROR, engine, probe: null });
  const { port } = await bot.start();
  // resolves once every task queued so far for this conversation has finished
  return { port, stop: () => bot.stop(), idle: (key) => bot.deps.service.serial(key, () => undefined) };
}

/**
 * What bench:slack and bench:slack-bounds share: the runs ([concurrent conversations, turns each]: one
 * at a time for latency, then several for throughput), the alternating rounds and the warm-up turns.
 */
function benchSettings(env = process.env) {
  return {
    runs: [
      [1, Number(env.BENCH_TURNS ?? 240)],
      [Number(env.BENCH_CONVERSATIONS ?? 8), Number(env.BENCH_TURNS ?? 60)],
    ],
    rounds: Math.max(1, Number(env.BENCH_ROUNDS ?? 5)),
    warm: Math.max(0, Number(env.BENCH_WARM ?? 3000)),
  };
}

/** A ratio series as "median (min-max)". */
const spread = (xs) => `${median(xs).toFixed(2)}x (${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)})`;

const median = (xs) => {
  const a = [...xs].sort((x, y) => x - y);
  return a.length % 2 ? a[a.length >> 1] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
};

module.exports = { SECRET, quietLogger, fakeApi, signed, drive, echoApp, floorApp, doctorApp, median, spread, benchSettings };
