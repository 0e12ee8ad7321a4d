#!/usr/bin/env node
/**
 * Pathological repeats through the whole engine (run after `npm run build`: `node bench/pathological.js`). Pure CPU, no network.
 *
 * For a few seed phrases (EN/JA statements and questions) and every punctuation, whitespace and Japanese punctuation
 * character (ASCII and full-width forms), it times one step() on the seed with the character repeated N times after it,
 * before it and between two copies of it, and prints RATIOS measured in this process, never absolute claims:
 * - `vs prose`: the step's CPU time over that of the same seed with ordinary prose of the same length in place of the
 *   repeat (≈ 1: the repeat costs what any text of that length costs);
 * - `growth` (of the worst cases): the CPU time at 2N over that at N (≈ 2 linear; ≈ 4 a regex that backtracks
 *   quadratically on the repeat).
 * The worst cases by `vs prose` are listed; WORST=n lists n of them, N=… sets the repeat (5000 by default).
 * CPU time (process.cpuUsage), not wall time: other processes on the machine do not count.
 */
'use strict';
const path = require('node:path');
const { step } = require(path.join(__dirname, '..', 'dist', 'conversation', 'engine'));

const N = Number(process.env.N) || 5000;
const WORST = Number(process.env.WORST) || 12;
const CHARS = [...'、。・…ー ,.;:!?/-_~()[]"\'*#|=+', '\t', '\n', '\u3000', ...'，．；：！？／－＿～（）「」『』【】〜・ｰ･'];
const SEEDS = [
  'medium-highにしました',
  'TLS 1.0を無効にしました',
  '再起動は必要ですか',
  'Is it safe to go to Medium-High?',
  'we disabled TLS 1.0 yesterday and SQL is down',
  'TMS 15.13でエンドポイントをCE 9.15にしたらNo HTTPS responseになりました',
];
const PROSE = 'the quick brown fox jumps over the lazy dog ';

function cpuMs(text) {
  const t = process.cpuUsage();
  step(null, { kind: 'text', text });
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
}

const shapes = {
  after: (s, pad) => s + pad,
  before: (s, pad) => pad + s,
  between: (s, pad) => s + pad + s,
};

// Warm up (the regexes compile and tier up on first use, which is not what this bench measures).
for (let k = 0; k < 3; k++) for (const s of SEEDS) for (const shape of Object.values(shapes)) cpuMs(shape(s, '、?. '.repeat(50)));

const rows = [];
for (const seed of SEEDS) {
  for (const [where, shape] of Object.entries(shapes)) {
    const prose = cpuMs(shape(seed, PROSE.repeat(Math.ceil(N / PROSE.length)).slice(0, N))) || 0.001;
    for (const c of CHARS) {
      const once = cpuMs(shape(seed, c.repeat(N)));
      rows.push({ seed, where, c, shape, vsProse: once / prose, once });
    }
  }
}
rows.sort((a, b) => b.vsProse - a.vsProse);
// The growth of the worst cases only (the 2N runs are the bulk of the time otherwise).
for (const r of rows.slice(0, 3 * WORST)) {
  const once = cpuMs(r.shape(r.seed, r.c.repeat(N)));
  r.growth = cpuMs(r.shape(r.seed, r.c.repeat(2 * N))) / Math.max(once, 0.001);
}
console.log(`${rows.length} cases (${SEEDS.length} seeds × ${CHARS.length} characters × 3 places), repeat ${N}:`);
console.log('vs prose  growth(2N/N)  char  place    seed');
for (const r of rows.slice(0, WORST)) {
  console.log(`${r.vsProse.toFixed(1).padStart(8)}  ${r.growth.toFixed(1).padStart(12)}  ${JSON.stringify(r.c).padEnd(5)} ${r.where.padEnd(8)} ${r.seed}`);
}
const quadratic = rows.filter((r) => r.growth > 3 && r.once > 5);
console.log(`worst ${3 * WORST} cases re-run at ${N} and ${2 * N}:`);
console.log(`growth over 3 (quadratic-looking): ${quadratic.length} of ${rows.length}`);
for (const r of quadratic.slice(0, WORST)) console.log(`  ${r.growth.toFixed(1)}  ${JSON.stringify(r.c)} ${r.where} ${r.seed}`);
