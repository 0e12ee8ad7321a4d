#!/usr/bin/env node
/**
 * The SQLite store's part of a Slack turn alone: `conversations.turn` as a thread turn calls it (its
 * dedupe ids, the card metadata read and written, the outbox items stored leased) and "done" for each
 * item, with the states of bench:slack's conversation (stepped once by the real engine), a new key
 * every six turns, a ~4.6 KB card on one turn in six and a short note on the others. No HTTP, no
 * rendering: statements, commit, WAL and the checkpoint worker (its CPU is in the process's). One or
 * two builds (alternating rounds, B / A), after `npm run build`:
 *
 *   node bench/store-turn.js [dist]              # default ./dist
 *   node bench/store-turn.js <distA> <distB>     # STORE_WARM (3000), STORE_TURNS (600 a round), STORE_ROUNDS (5)
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { SLACK_CONVERSATION: MESSAGES } = require('./conversation');

const dists = (process.argv.length > 2 ? process.argv.slice(2) : [path.join(__dirname, '..', 'dist')]).map((p) => path.resolve(p));
const WARM = Math.max(0, Number(process.env.STORE_WARM ?? 3000));
const TURNS = Math.max(1, Number(process.env.STORE_TURNS ?? 600));
const ROUNDS = Math.max(1, Number(process.env.STORE_ROUNDS ?? 5));

const card = {
  text: 'TMS cannot reach the endpoints over HTTPS: what to check and change',
  blocks: Array.from({ length: 12 }, (_, i) => ({ type: 'section', block_id: `c${i}`, text: { type: 'mrkdwn', text: 'word '.repeat(70) } })),
};
const note = { text: 'Updated: the answer now rests on SQL Server 2012', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'changed '.repeat(20) } }] };

function build(dist, dir, tag) {
  const { sqliteStore } = require(path.join(dist, 'store/sqlite'));
  const { step } = require(path.join(dist, 'conversation/engine'));
  const states = [];
  let s = null;
  for (const text of MESSAGES) states.push((s = step(s, { kind: 'text', text }).state));
  const store = sqliteStore(path.join(dir, `${tag}.db`));
  let n = 0;
  const one = async () => {
    const t = n++;
    const key = `D${tag}:${Math.floor(t / MESSAGES.length)}`;
    const res = await store.conversations.turn({ key, dedupe: [`ev:E${tag}${t}`, `msg:D${tag}:${t}`], withMeta: true, lease: { owner: `bench-${tag}`, ms: 30_000 } }, () => ({
      state: states[t % MESSAGES.length],
      replies: [],
      keepReplies: false,
      meta: { json: JSON.stringify({ status: 'open', user: 'UALICE', lang: 'en', cardHash: String(t), shown: 'x'.repeat(300) }), user: 'UALICE' },
      outbox: { target: { channel: `D${tag}`, threadTs: '1600000000.000001', user: 'UALICE' }, messages: [t % MESSAGES.length === 3 ? card : note] },
    }));
    if (res.status !== 'ok') throw new Error(`turn ${t}: ${res.status}`);
    for (const o of res.outbox) await store.outbox.done(o.id);
  };
  return { store, one };
}

async function run(b, turns) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < turns; i++) await b.one();
  const c = process.cpuUsage(c0);
  return { cpuUs: (c.user + c.system) / turns, wallUs: ((performance.now() - t0) * 1000) / turns };
}

const median = (xs) => {
  const a = [...xs].sort((x, y) => x - y);
  return a.length % 2 ? a[a.length >> 1] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
};

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-store-turn-'));
  const builds = dists.map((d, i) => build(d, dir, String.fromCharCode(65 + i)));
  try {
    for (const b of builds) await run(b, WARM);
    const res = builds.map(() => ({ cpu: [], wall: [] }));
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 ? [...builds.keys()].reverse() : [...builds.keys()];
      for (const i of order) {
        const x = await run(builds[i], TURNS);
        res[i].cpu.push(x.cpuUs);
        res[i].wall.push(x.wallUs);
      }
    }
    console.log(`SQLite store turn + done, ${TURNS} turns x ${ROUNDS} rounds after ${WARM}: medians (range), µs per turn`);
    for (const [i, d] of dists.entries()) {
      const { cpu, wall } = res[i];
      console.log(`  ${String.fromCharCode(65 + i)} ${d}: CPU ${median(cpu).toFixed(1)} (${Math.min(...cpu).toFixed(1)}-${Math.max(...cpu).toFixed(1)}), wall ${median(wall).toFixed(1)}`);
    }
    if (dists.length === 2) {
      const ratios = res[0].cpu.map((a, k) => res[1].cpu[k] / a);
      console.log(`  B / A CPU per turn: ${median(ratios).toFixed(3)}x (${Math.min(...ratios).toFixed(3)}-${Math.max(...ratios).toFixed(3)})`);
    }
  } finally {
    for (const b of builds) await b.store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
