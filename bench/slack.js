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
  [1, Number(process.env.BENCH_TURNS ?? 120)],
  [Number(process.env.BENCH_CONVERSATIONS ?? 8), Number(process.env.BENCH_TURNS ?? 40)],
];
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

async function doctorApp(apiUrl, store, engine) {
  const bot = createApp({ botToken: 'xoxb-bench', signingSecret: SECRET, apiUrl, port: 0, host: '127.0.0.1', store, logger: quietLogger(), logLevel: LogLevel.ERROR, engine, probe: null });
  const { port } = await bot.start();
  // resolves once every task queued so far for this conversation has finished
  return { port, stop: () => bot.stop(), idle: (key) => bot.deps.service.serial(key, () => undefined) };
}

function fmt(r) {
  return `${r.turns} turns, ${r.perSec.toFixed(1)} turns/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms`;
}

async function main() {
  const { step, real } = loadEngine();
  const api = fakeApi();
  const apiPort = await api.listen();
  const apiUrl = `http://127.0.0.1:${apiPort}/api/`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-bench-'));
  const stores = [['SQLite WAL file', sqliteStore(path.join(dir, 'bench.db'))]];
  const url = process.env.DATABASE_URL && process.env.DATABASE_URL.trim();
  if (url) stores.push(['PostgreSQL (DATABASE_URL)', await postgresStore(url)]);
  try {
    const echo = await echoApp(apiUrl);
    await drive(echo, api, 'we', 4, 20); // warm-up (JIT, connection pools)
    console.log('Slack bench: signed HTTP request -> recorded chat.postMessage, loopback');
    console.log(`engine: ${real ? 'the real conversation engine' : 'a trivial stand-in (the engine is not in this build)'}`);
    if (!url) console.log('PostgreSQL: not measured (set DATABASE_URL, e.g. scripts/with-postgres.sh npm run bench:slack)');
    for (const [s, [name, store]] of stores.entries()) {
      const doc = await doctorApp(apiUrl, store, step);
      await drive(doc, api, `wd${s}`, 4, 20);
      console.log(`\n== store: ${name}`);
      for (const [i, [conversations, turns]] of RUNS.entries()) {
        const base = await drive(echo, api, `e${s}${i}`, conversations, turns);
        const ours = await drive(doc, api, `d${s}${i}`, conversations, turns);
        console.log(`\n${conversations} concurrent DM conversation(s) x ${turns} turns`);
        console.log(`  bare Bolt echo : ${fmt(base)}`);
        console.log(`  tms-doctor     : ${fmt(ours)}`);
        console.log(`  ratio tms-doctor/echo: throughput ${(ours.perSec / base.perSec).toFixed(2)}x, p50 ${(ours.p50 / base.p50).toFixed(2)}x, p99 ${(ours.p99 / base.p99).toFixed(2)}x`);
      }
      await doc.stop();
    }
    await echo.stop();
  } finally {
    for (const [, store] of stores) await store.close();
    await api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
