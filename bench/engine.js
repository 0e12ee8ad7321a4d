#!/usr/bin/env node
/**
 * Conversation engine bench (run with `npm run bench:engine`, which builds first). Pure CPU.
 *
 * Replays 10,000 dialogues built from conversations/*.yaml (every user text, button and probe turn)
 * through the engine and prints, measured in this same process:
 *   - engine turns per second, and per-turn time as a RATIO against two baselines:
 *       a) diagnose(facts) on the same facts (the domain work a turn cannot avoid),
 *       b) a JSON round-trip of the same conversation state (what storing a turn costs anyway);
 *   - heap retained by the 10,000 final states, per state, as a RATIO against the size of their JSON;
 *   - per kind of turn (a full answer, a question asked, an update after a refinement, anything else,
 *     buttons, probes) and per turn of the bench:slack conversation: time per turn and its RATIO
 *     against one diagnose(facts) call on the same facts (measured in the same pass).
 * The bench:slack turns are timed hot (a tight loop) and with the CPU caches swept before each step
 * (as in the running app, where a step costs several times the tight-loop figure).
 * Never asserts timings; prints numbers only. Run with `node --expose-gc` for steadier heap numbers
 * (the npm script does).
 */
'use strict';
const path = require('node:path');
const { yamlDialogues } = require('./conversation');
const { step } = require(path.join(__dirname, '..', 'dist', 'conversation', 'engine'));
const { diagnose } = require(path.join(__dirname, '..', 'dist', 'domain', 'diagnose'));

const DIALOGUES = 10_000;
const scripts = yamlDialogues();

const gc = typeof global.gc === 'function' ? () => { global.gc(); global.gc(); } : () => {};
const now = () => process.hrtime.bigint();
const ms = (ns) => Number(ns) / 1e6;

function runEngine() {
  const finals = new Array(DIALOGUES);
  const seen = []; // (state before, facts after) samples for the baselines
  let turns = 0;
  const t0 = now();
  for (let i = 0; i < DIALOGUES; i++) {
    const script = scripts[i % scripts.length];
    let state = null;
    for (const m of script) {
      const out = step(state, m);
      state = out.state;
      turns++;
    }
    finals[i] = state;
  }
  const elapsed = now() - t0;
  for (let i = 0; i < scripts.length; i++) seen.push(finals[i]);
  return { finals, turns, elapsed, seen };
}

function runDiagnose(samples, turns) {
  // The same number of calls as engine turns, on the facts of the final states.
  const t0 = now();
  let sink = 0;
  for (let i = 0; i < turns; i++) sink += diagnose(samples[i % samples.length].facts).findings.length;
  return { elapsed: now() - t0, sink };
}

function runJson(samples, turns) {
  const t0 = now();
  let sink = 0;
  for (let i = 0; i < turns; i++) sink += JSON.parse(JSON.stringify(samples[i % samples.length])).turns;
  return { elapsed: now() - t0, sink };
}

// Warm up the JIT on one pass of every script.
for (const s of scripts) { let st = null; for (const m of s) st = step(st, m).state; }

const rounds = [];
for (let r = 0; r < 3; r++) {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const e = runEngine();
  gc();
  const heap1 = process.memoryUsage().heapUsed;
  const d = runDiagnose(e.seen, e.turns);
  const j = runJson(e.seen, e.turns);
  const jsonBytes = e.finals.reduce((n, s) => n + JSON.stringify(s).length, 0);
  rounds.push({ e, d, j, retained: heap1 - heap0, jsonBytes });
}
rounds.sort((a, b) => Number(a.e.elapsed - b.e.elapsed));
const m = rounds[1]; // median of 3
const perTurn = ms(m.e.elapsed) / m.e.turns;
const perDiag = ms(m.d.elapsed) / m.e.turns;
const perJson = ms(m.j.elapsed) / m.e.turns;

console.log(`engine bench: ${DIALOGUES} dialogues from ${scripts.length} conversation files, ${m.e.turns} turns (median of 3 runs)`);
console.log(`  engine turns/s:                         ${Math.round(m.e.turns / (ms(m.e.elapsed) / 1000)).toLocaleString('en')}`);
console.log(`  engine turn   / diagnose(facts) call:   ratio ${(perTurn / perDiag).toFixed(2)}`);
console.log(`  engine turn   / JSON round-trip state:  ratio ${(perTurn / perJson).toFixed(2)}`);
console.log(`  heap retained by ${DIALOGUES} final states: ${(m.retained / 1048576).toFixed(1)} MiB (${(m.retained / DIALOGUES / 1024).toFixed(1)} KiB/state), ratio to their JSON size ${(m.retained / m.jsonBytes).toFixed(2)}`);
console.log(`  heap used now: ${(process.memoryUsage().heapUsed / 1048576).toFixed(1)} MiB${typeof global.gc === 'function' ? '' : ' (run with --expose-gc for steadier numbers)'}`);

// ---------------------------------------------------------------------------------------------
// Per kind of turn. Each step is timed on its own (two clock reads per turn), then diagnose() on the
// turn's resulting facts the same way: the ratio says how many diagnoses one such turn costs.

/** What a turn produced: decided from its replies and state, not from its input. */
function kindOf(message, out) {
  if (message.kind !== 'text') return message.kind === 'action' ? 'button' : 'probe';
  const r = out.replies[0];
  if (!r) return 'other';
  if (r.summary) return r.blocks.some((b) => b.type === 'heading' && /^(?:Updated|更新)/.test(b.text)) ? 'refinement update' : 'full answer';
  return r.blocks.some((b) => b.type === 'question') ? 'question' : 'other';
}

function perKind(rounds) {
  const kinds = new Map();
  for (let r = 0; r < rounds; r++) {
    for (const script of scripts) {
      let state = null;
      for (const m of script) {
        const a = now();
        const out = step(state, m);
        const b = now();
        const facts = out.state.facts;
        const c = now();
        diagnose(facts);
        const d = now();
        const k = kindOf(m, out);
        const e = kinds.get(k) ?? { n: 0, step: 0n, diag: 0n };
        e.n++;
        e.step += b - a;
        e.diag += d - c;
        kinds.set(k, e);
        state = out.state;
      }
    }
  }
  return kinds;
}

const { SLACK_CONVERSATION } = require('./conversation');

function perSlackTurn(conversations) {
  const stepNs = SLACK_CONVERSATION.map(() => 0n);
  const diagNs = SLACK_CONVERSATION.map(() => 0n);
  for (let i = 0; i < conversations; i++) {
    let state = null;
    SLACK_CONVERSATION.forEach((text, k) => {
      const a = now();
      state = step(state, { kind: 'text', text }).state;
      const b = now();
      diagnose(state.facts);
      stepNs[k] += b - a;
      diagNs[k] += now() - b;
    });
  }
  return { stepNs, diagNs };
}

perKind(1);
perSlackTurn(200);
const kindRuns = [perKind(12), perKind(12), perKind(12)];
const slackRuns = [perSlackTurn(3000), perSlackTurn(3000), perSlackTurn(3000)];
const median3 = (xs) => xs.slice().sort((a, b) => a - b)[1];
console.log('  per kind of turn (replayed dialogues; median of 3 passes):');
for (const k of ['full answer', 'refinement update', 'question', 'other', 'button', 'probe']) {
  const es = kindRuns.map((m) => m.get(k)).filter(Boolean);
  if (es.length < 3) continue;
  const us = median3(es.map((e) => ms(e.step) * 1000 / e.n));
  const ratio = median3(es.map((e) => Number(e.step) / Number(e.diag)));
  console.log(`    ${k.padEnd(18)} ${String(es[0].n / 12).padStart(4)} turns/pass  ${us.toFixed(1).padStart(7)} us/turn  ratio to diagnose(facts) ${ratio.toFixed(1)}`);
}
console.log('  bench:slack conversation, per turn (median of 3 passes of 3,000 conversations):');
SLACK_CONVERSATION.forEach((text, k) => {
  const us = median3(slackRuns.map((r) => ms(r.stepNs[k]) * 1000 / 3000));
  const ratio = median3(slackRuns.map((r) => Number(r.stepNs[k]) / Number(r.diagNs[k])));
  console.log(`    ${JSON.stringify(text).padEnd(60)} ${us.toFixed(1).padStart(7)} us  ratio to diagnose(facts) ${ratio.toFixed(1)}`);
});

// ---------------------------------------------------------------------------------------------
// The same turns with the CPU caches cold. In the running app a turn's engine step does not run in
// a tight loop: HTTP parsing, Bolt, the store and the Web API client run between two steps and push
// the engine's code and data out of the caches, so a step there costs several times what the loop
// above shows (measured in the app: ~150-220 us per turn of this conversation). Before each timed
// step (and before each diagnose() of the ratio) this pass sweeps 8 MiB of memory, more than the
// machine's caches hold, as the rest of a turn does; the ratio to the hot figure is what to expect
// between this bench and the app, and a change that makes the engine touch less memory shows here.
const SWEEP = new Float64Array((8 * 1024 * 1024) / 8);
let sweepSink = 0;
function sweep() {
  for (let i = 0; i < SWEEP.length; i += 8) sweepSink += SWEEP[i]++;
}

function perSlackTurnCold(conversations) {
  const stepNs = SLACK_CONVERSATION.map(() => 0n);
  const diagNs = SLACK_CONVERSATION.map(() => 0n);
  for (let i = 0; i < conversations; i++) {
    let state = null;
    SLACK_CONVERSATION.forEach((text, k) => {
      sweep();
      const a = now();
      state = step(state, { kind: 'text', text }).state;
      const b = now();
      sweep();
      const c = now();
      diagnose(state.facts);
      stepNs[k] += b - a;
      diagNs[k] += now() - c;
    });
  }
  return { stepNs, diagNs };
}

perSlackTurnCold(50);
const coldRuns = [perSlackTurnCold(300), perSlackTurnCold(300), perSlackTurnCold(300)];
console.log('  the same turns with the CPU caches swept before each (as in the running app; median of 3 passes of 300 conversations):');
SLACK_CONVERSATION.forEach((text, k) => {
  const us = median3(coldRuns.map((r) => ms(r.stepNs[k]) * 1000 / 300));
  const hot = median3(slackRuns.map((r) => ms(r.stepNs[k]) * 1000 / 3000));
  const ratio = median3(coldRuns.map((r) => Number(r.stepNs[k]) / Number(r.diagNs[k])));
  console.log(`    ${JSON.stringify(text).padEnd(60)} ${us.toFixed(1).padStart(7)} us  cold / hot ${(us / hot).toFixed(1)}  ratio to a cold diagnose(facts) ${ratio.toFixed(1)}`);
});
if (sweepSink === -1) console.log(''); // keeps the sweep from being optimised away
