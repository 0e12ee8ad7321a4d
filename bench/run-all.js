#!/usr/bin/env node
/**
 * `npm run bench`: every bench/ script in turn, each in its own Node process (so one bench's heap
 * and JIT state do not colour the next), after `npm run build`. Each script prints its own ratios
 * against a baseline measured in the same run; this only sequences them and reports exit codes.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const BENCHES = [
  ['domain', []],
  ['engine', ['--expose-gc']],
  ['probe', []],
  ['fleet', []],
  ['slack', []],
  ['soak', ['--expose-gc']],
  ['fleet-resume', []],
  ['evidence', []],
  ['capture-scale', []],
  ['sqlite-checkpoint', []],
];

let failed = 0;
for (const [name, nodeArgs] of BENCHES) {
  process.stdout.write(`\n===== bench/${name}.js =====\n`);
  const r = spawnSync(process.execPath, [...nodeArgs, path.join(__dirname, `${name}.js`)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed += 1;
    process.stdout.write(`bench/${name}.js exited with ${r.status ?? r.signal}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
