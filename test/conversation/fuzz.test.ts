/**
 * Property tests: random and mutated inputs go through extractFacts, the parsers and the engine
 * (in chained turns). Nothing may throw, and every state must stay well-formed and storable.
 * Seeded, so a failure reproduces (override with FUZZ_SEED). FUZZ_SCALE multiplies the counts
 * (default 1: 10,000 + 32,500 inputs and 1,500 engine chains of ≈7,500 messages, ≈50,000 inputs,
 * ~25 s; FUZZ_SCALE=5 runs at least what every CI run used to before session 33, 32,500 + 32,500
 * inputs and 7,000 chains, ~2 min). With the same seed a smaller count runs the
 * first cases of a bigger one (fast-check draws each run in turn from the seeded generator).
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { extractFacts, detectLang } from '../../src/domain/extract';
import { parseEndpoint, parseLevel, parseSql, parseSqlLocation, parseTms, parseWindows } from '../../src/domain/versions';
import { step } from '../../src/conversation/engine';
import type { ConversationState, IncomingMessage } from '../../src/conversation/types';
import { renderReply } from '../../src/console/render';

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
if (!(SCALE > 0)) throw new Error(`FUZZ_SCALE must be a positive number, not ${process.env.FUZZ_SCALE}`);
/** A count of runs at the chosen scale. */
const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));

const EXAMPLES = [
  'TMS 15.2.1, codecs on ce9.15, SQL 2012 SP1',
  'TMS 14.6.2 with TC7.3.6 endpoints',
  'actually TMS is 14.6',
  'TMSは15.2.1、エンドポイントはCE 9.15.3、SQLは2008 R2です',
  'SQL Server 2014 SP2 on Windows Server 2012 R2',
  'security level is Medium-High',
  'endpoints run s52010tc7_3_5.pkg, managed over HTTP only',
  'RoomOS 11.5, TMS 15.13, SQL 10.50.6560.0, win2k12r2',
  'CE8', 'TC7.3', '2012', '15.2.1', 'medium high', 'ce 9.15', '別サーバ', '中高', 'start over', 'ヘルプ', 'help', 'thanks',
  "don't know", 'わかりません', 'Medium-High から Medium に変更すると Telnet と SNMP が無効', 'CSCuz7154',
];

/** A real message with random edits: insert, delete, replace, duplicate, case flip. */
const mutated = fc
  .tuple(
    fc.constantFrom(...EXAMPLES),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('ins', 'del', 'rep', 'dup', 'case'), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 6 }),
  )
  .map(([s, edits]) => {
    let t = s;
    for (const [pos, op, chunk] of edits) {
      const i = t.length ? pos % t.length : 0;
      if (op === 'ins') t = t.slice(0, i) + chunk + t.slice(i);
      else if (op === 'del') t = t.slice(0, i) + t.slice(i + 1 + (pos % 3));
      else if (op === 'rep') t = t.slice(0, i) + chunk + t.slice(i + chunk.length);
      else if (op === 'dup') t = t.slice(0, i) + t.slice(i, i + 8).repeat(1 + (pos % 4)) + t.slice(i);
      else t = i % 2 ? t.toUpperCase() : t.toLowerCase();
    }
    return t;
  });

const anyText = fc.oneof(
  { weight: 3, arbitrary: mutated },
  { weight: 2, arbitrary: fc.string({ maxLength: 120 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom(...EXAMPLES) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('TMS', 'SQL', 'CE', 'TC', 'Windows', '2012', 'R2', '15.2.1', '9.15', ' ', '、', '.', 'SP1', 'x', '0'), { maxLength: 20 }).map((a) => a.join(' ')) },
);

const tri = fc.constantFrom(true, false, null);
const probeLike = fc.oneof(
  fc.record({
    target: fc.oneof(fc.constant('127.0.0.1'), fc.string({ maxLength: 30 })),
    address: fc.option(fc.constant('127.0.0.1')),
    port: fc.oneof(fc.integer({ min: 0, max: 65535 }), fc.double()),
    reachable: fc.oneof(fc.boolean(), fc.constant(null)),
    tls: tri,
    protocols: fc.record({ ssl3: tri, 'tls1.0': tri, 'tls1.1': tri, 'tls1.2': tri, 'tls1.3': tri }),
    tms: fc.record({ medium: tri, mediumHigh: tri }),
    certificate: fc.constant(null),
    error: fc.option(fc.string({ maxLength: 40 })),
    durationMs: fc.nat(),
    http: fc.option(fc.record({ port: fc.nat(), status: fc.option(fc.nat()), location: fc.option(fc.string()), redirectsToHttps: tri })),
  }),
  fc.anything({ maxDepth: 3 }),
  fc.object({ maxDepth: 2 }),
);

const message: fc.Arbitrary<IncomingMessage> = fc.oneof(
  { weight: 6, arbitrary: anyText.map((text) => ({ kind: 'text' as const, text })) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('action' as const),
      id: fc.oneof(fc.constantFrom('answer', 'start-over', 'help', 'probe-endpoint', 'share', 'answer:2'), fc.string({ maxLength: 20 })),
      value: fc.option(anyText, { nil: undefined }),
    }),
  },
  { weight: 1, arbitrary: probeLike.map((result) => ({ kind: 'probe' as const, result: result as never })) },
  // Malformed messages a buggy caller could send.
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }).map((x) => x as unknown as IncomingMessage) },
);

/** Plain checks: jest's expect() is too slow for 100,000 iterations. */
function ok(cond: unknown, what: string): void {
  if (!cond) throw new Error(what);
}
const roundTrips = (v: unknown) => isDeepStrictEqual(JSON.parse(JSON.stringify(v)), v);

const PENDING = [null, 'need-tms-version', 'need-endpoint-version', 'need-sql-version', 'need-windows-version', 'need-security-level'];
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

function checkTurn(state: ConversationState | null, msg: IncomingMessage): ConversationState {
  const out = step(state, msg);
  const s = out.state;
  if (s.v !== 1) throw new Error('v must be 1');
  if (s.lang !== 'en' && s.lang !== 'ja') throw new Error(`bad lang ${String(s.lang)}`);
  if (!PENDING.includes(s.pending)) throw new Error(`bad pending ${String(s.pending)}`);
  if (!Number.isSafeInteger(s.turns) || s.turns < 0) throw new Error('bad turns');
  ok(roundTrips(s), `state does not round-trip through JSON: ${JSON.stringify(s).slice(0, 300)}`);
  if (out.replies.length === 0) throw new Error('no reply');
  for (const r of out.replies) {
    if (r.lang !== s.lang) throw new Error('reply language differs from state');
    if (!Array.isArray(r.blocks) || r.blocks.length === 0) throw new Error('empty reply');
    const text = renderReply(r);
    if (text.trim() === '') throw new Error('reply renders empty');
    if (CONTROL.test(text)) throw new Error(`control character in rendered reply: ${JSON.stringify(text.slice(0, 200))}`);
    ok(typeof JSON.stringify(r) === 'string', 'reply must serialise');
  }
  return s;
}

describe(`fuzz (seeded, scale ${SCALE})`, () => {
  it(`extractFacts and detectLang never throw and return facts that survive JSON (${runs(10_000)} inputs)`, () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const ex = extractFacts(t);
        ok(ex.lang === 'en' || ex.lang === 'ja', 'extract lang');
        const l = detectLang(t);
        ok(l === 'en' || l === 'ja', 'detectLang');
        ok(roundTrips(ex.facts), 'facts must round-trip through JSON');
        for (const p of ex.problems) ok(typeof p.message.en === 'string' && typeof p.message.ja === 'string', 'problem message');
      }),
      { numRuns: runs(10_000), seed: SEED },
    );
  });

  it(`every parser is total (${runs(32_500)} inputs × 6 parsers)`, () => {
    fc.assert(
      fc.property(anyText, (t) => {
        for (const r of [parseTms(t), parseEndpoint(t), parseSql(t), parseWindows(t), parseLevel(t)]) {
          if (r.ok) ok(r.value && typeof r.value === 'object' ? roundTrips(r.value) : typeof r.value === 'string', 'parsed value');
          else ok(r.problem.message.en.length > 0 && r.problem.message.ja.length > 0, 'problem message');
        }
        const loc = parseSqlLocation(t);
        ok(loc === null || loc === 'local' || loc === 'remote', 'sql location');
      }),
      { numRuns: runs(32_500), seed: SEED + 1 },
    );
  });

  it(`the engine, in chained turns from null or a random state, keeps a well-formed state (${runs(1_500)} chains of 1–9 messages, ≈${runs(7_500)} messages)`, () => {
    const startState = fc.oneof(
      fc.constant(null),
      fc.record({
        v: fc.constant(1 as const),
        lang: fc.constantFrom('en' as const, 'ja' as const),
        facts: fc.oneof(
          fc.constant({}),
          fc.dictionary(fc.constantFrom('tms', 'endpoint', 'sql', 'windows', 'level', 'sqlLocation', 'https', 'probe', 'junk'), fc.anything({ maxDepth: 2 }), { maxKeys: 5 }),
        ),
        pending: fc.constantFrom(...PENDING),
        turns: fc.nat(),
      }),
      fc.anything({ maxDepth: 2 }).map((x) => x as unknown as ConversationState),
    );
    fc.assert(
      fc.property(startState, fc.array(message, { minLength: 1, maxLength: 9 }), (start, msgs) => {
        let s: ConversationState | null = start;
        for (const m of msgs) s = checkTurn(s, m);
      }),
      { numRuns: runs(1_500), seed: SEED + 2 },
    );
  });
});
