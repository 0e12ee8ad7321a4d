#!/usr/bin/env node
/**
 * A/B of two builds' conversation engines, in one process, alternating rounds (the machines here are noisy:
 * only a same-run comparison means anything). Pure CPU, no I/O.
 *
 *   node bench/ab-engine.js /work/main/dist dist
 *
 * Two workloads per round, A first in even rounds and B first in odd ones:
 *   - slack: the bench:slack conversation (bench/conversation.js), AB_SLACK conversations (default 1500);
 *   - mix: every dialogue of conversations/*.yaml (bench:engine's mix), AB_MIX passes (default 2).
 * Prints B / A of the CPU time per turn, the median of AB_ROUNDS (default 7) rounds and its range.
 * Before the rounds, checks that both builds give the same replies and states on both workloads.
 */
'use strict';
const path = require('node:path');
const { SLACK_CONVERSATION, yamlDialogues } = require('./conversation');

const [A_DIST, B_DIST] = process.argv.slice(2).map((p) => path.resolve(p));
if (!A_DIST || !B_DIST) throw new Error('usage: node bench/ab-engine.js A_DIST B_DIST');
const ROUNDS = Math.max(1, Number(process.env.AB_ROUNDS ?? 7));
const SLACK = Math.max(1, Number(process.env.AB_SLACK ?? 1500));
const MIX = Math.max(1, Number(process.env.AB_MIX ?? 2));

const scripts = yamlDialogues();
const slack = SLACK_CONVERSATION.map((text) => ({ kind: 'text', text }));

const steps = [A_DIST, B_DIST].map((d) => require(path.join(d, 'conversation', 'engine')).step);

function run(step, convs, n) {
  let turns = 0;
  // (CPU time of this process, not wall time: other processes on a loaded machine take the CPU between rounds.)
  const t0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    for (const conv of convs) {
      let s = null;
      for (const m of conv) {
        s = step(s, m).state;
        turns++;
      }
    }
  }
  const d = process.cpuUsage(t0);
  return ((d.user + d.system) * 1e3) / turns;
}

// Same answers first (a faster build that answers differently measures nothing).
for (const convs of [[slack], scripts]) {
  for (const conv of convs) {
    const states = [null, null];
    for (const m of conv) {
      const outs = steps.map((step, i) => step(states[i], m));
      const [a, b] = outs.map((o) => JSON.stringify(o));
      if (a !== b) throw new Error(`builds differ on ${JSON.stringify(m).slice(0, 120)}`);
      outs.forEach((o, i) => (states[i] = o.state));
    }
  }
}

for (const step of steps) {
  run(step, [slack], 500);
  run(step, scripts, 2);
}
const ratios = { slack: [], mix: [] };
const us = { slack: [[], []], mix: [[], []] };
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 === 0 ? [0, 1] : [1, 0];
  for (const [name, convs, n] of [['slack', [slack], SLACK], ['mix', scripts, MIX]]) {
    const t = [0, 0];
    for (const i of order) t[i] = run(steps[i], convs, n);
    us[name][0].push(t[0] / 1e3);
    us[name][1].push(t[1] / 1e3);
    ratios[name].push(t[1] / t[0]);
  }
}
const med = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const name of ['slack', 'mix']) {
  const rs = ratios[name];
  console.log(`${name.padEnd(5)} A ${med(us[name][0]).toFixed(1)} us/turn  B ${med(us[name][1]).toFixed(1)} us/turn  B/A ${med(rs).toFixed(3)} (range ${Math.min(...rs).toFixed(3)}-${Math.max(...rs).toFixed(3)}, ${ROUNDS} rounds)`);
}
