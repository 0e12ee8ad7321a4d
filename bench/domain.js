#!/usr/bin/env node
/**
 * Domain bench (run with `npm run bench:domain`, which builds first). Pure CPU, no network.
 *
 * Prints RATIOS measured in this process, never absolute claims:
 * 1. Linearity of extractFacts: cost per character at 10k and 50k characters relative to 1k
 *    (≈ 1 means linear; a catastrophic regex would show up as a ratio growing with the size).
 * 2. Hostile inputs (repeated keywords, separators, digits, version fragments) relative to ordinary
 *    prose of the same length.
 * 3. Per-call cost of diagnose / parse* / extractFacts on a chat message relative to a baseline
 *    of JSON round-tripping the same facts (what storing a conversation state costs anyway).
 */
'use strict';
const path = require('node:path');
const D = require(path.join(__dirname, '..', 'dist', 'domain'));

function time(fn, minMs = 200) {
  // Repeat until minMs elapsed; return ns per call (median of 5 rounds).
  const rounds = [];
  for (let r = 0; r < 5; r++) {
    let n = 0;
    const start = process.hrtime.bigint();
    let elapsed;
    do {
      fn(n++);
      elapsed = process.hrtime.bigint() - start;
    } while (elapsed < BigInt(minMs / 5) * 1_000_000n);
    rounds.push(Number(elapsed) / n);
  }
  rounds.sort((a, b) => a - b);
  return rounds[2];
}

const PROSE =
  'After the upgrade the codecs show No HTTPS response in Navigator and we are not sure why, the network team says nothing changed. ';
function sized(unit, n) {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

const fmt = (x) => x.toFixed(2).padStart(7);

console.log('1. extractFacts linearity (ns per char, relative to 1k chars)');
const base1k = time(() => D.extractFacts(sized(PROSE, 1000))) / 1000;
for (const n of [10_000, 50_000]) {
  const perChar = time(() => D.extractFacts(sized(PROSE, n))) / n;
  console.log(`   prose ${String(n).padStart(6)} chars: ratio ${fmt(perChar / base1k)}`);
}

console.log('\n2. hostile input vs prose of the same length (10k chars)');
const prose10k = time(() => D.extractFacts(sized(PROSE, 10_000)));
const hostile = {
  'tc7. repeated': 'tc7.',
  'TMS keyword': 'TMS ',
  'a, separators': 'a,',
  '1. digits': '1.',
  'ce 8 vague': 'ce 8 ',
  'SQL 2012 R2': 'SQL 2012 R2 ',
  'kanji 中': '中',
  'over http': 'over http ',
  'medium': 'medium ',
  'IP addresses': '10.0.0.1 ',
  'sorry, corrections': 'TMS 15.2.1, sorry, ',
};
for (const [name, unit] of Object.entries(hostile)) {
  const s = sized(unit, 10_000);
  console.log(`   ${name.padEnd(22)} ratio ${fmt(time(() => D.extractFacts(s)) / prose10k)}`);
}

console.log('\n3. per-call cost relative to JSON round-trip of the facts');
const msg = 'TMS is 15.2.1, endpoints TC7.3.6, SQL 2008 R2 on the TMS box, Windows 2012 R2, security Medium';
const facts = D.extractFacts(msg).facts;
const baseline = time(() => JSON.parse(JSON.stringify(facts)));
const rows = {
  'diagnose(full facts)': () => D.diagnose(facts),
  'diagnose({})': () => D.diagnose({}),
  'extractFacts(chat message)': () => D.extractFacts(msg),
  'parseEndpoint': () => D.parseEndpoint('tc7.3.6.4c7b8e7'),
  'parseSql': () => D.parseSql('SQL 2012 SP2 CU10'),
  'parseTms': () => D.parseTms('TMS 15.13'),
  'parseWindows': () => D.parseWindows('win2k12r2'),
  'parseLevel': () => D.parseLevel('ミディアムハイ'),
};
for (const [name, fn] of Object.entries(rows)) console.log(`   ${name.padEnd(28)} ratio ${fmt(time(fn) / baseline)}`);
