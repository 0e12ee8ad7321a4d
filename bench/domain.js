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

console.log('\n4. noise and clause cues: hostile input vs prose of the same length (10k chars)');
const cueHostile = {
  'IPs and ports': '10.20.30.40:443 ',
  'dates and times': '2016-05-25 14:32:10 ',
  'ticket numbers': 'case 2016 INC0012345 ',
  'MACs': '00:50:56:ab:cd:ef ',
  'hex hashes': '4c7b8e7 ',
  'what if / planned': 'what if we set Medium-High, planned for Q1? ',
  'arrows and changes': 'TMS went 14.5 → ',
  'corrections': 'hang on, scratch that, ',
  'quotes': '"Medium-High to Medium turns Telnet off" ',
};
for (const [name, unit] of Object.entries(cueHostile)) {
  const s = sized(unit, 10_000);
  console.log(`   ${name.padEnd(22)} ratio ${fmt(time(() => D.extractFacts(s)) / prose10k)}`);
}

console.log('\n5. a whole chat turn (step) on pasted text up to Slack\'s 40,000 characters (ns per char, relative to 1k)');
const { step } = require(path.join(__dirname, '..', 'dist', 'conversation', 'engine'));
const TICKET =
  'Ticket INC0012345 opened 5/25/2016 14:32 by jdoe: TMS 15.2.1 (10.20.30.40) shows No HTTPS response for codec at 10.20.30.41 port 443 on CE 9.15.3, frame 1234 [RST, ACK], SQL 2016.\n';
const state = { v: 1, lang: 'en', facts: {}, pending: null, turns: 0 };
const turn1k = time(() => step(state, { kind: 'text', text: sized(TICKET, 1000) })) / 1000;
for (const n of [4_000, 40_000]) {
  const text = sized(TICKET, n);
  const perChar = time(() => step(state, { kind: 'text', text })) / n;
  console.log(`   pasted ticket ${String(n).padStart(6)} chars: ratio ${fmt(perChar / turn1k)}`);
}
