/**
 * The routes skipped on a message of version facts alone (src/conversation/route-gates.ts, engine.ts `needsMoreThanFacts`):
 * each skipped route is run all the same while the audit hook is set, and must not answer, on every such message of the
 * conversations (in the state each dialogue reaches there), on generated messages of the profile's words (every word and
 * every pair of words, and longer random ones) in the regression grid's six seed states, and in every state the
 * conversations reach. A route that answered one would have been skipped where it answers: the test fails and names it.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { auditSkippedRoutes, routeGates, step } from '../../src/conversation/engine';
import { factsOnlyMessage } from '../../src/conversation/route-gates';
import type { ConversationState, IncomingMessage } from '../../src/conversation/types';

// (bench:slack's conversation itself, bench/conversation.js: the messages this gate was measured on.)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SLACK_CONVERSATION: BENCH } = require('../../bench/conversation.js') as { SLACK_CONVERSATION: readonly string[] };

describe('factsOnlyMessage', () => {
  it('takes version facts said in the profile words', () => {
    expect(BENCH.map(factsOnlyMessage)).toEqual([false, true, true, true, true, true]);
    expect(factsOnlyMessage('tc7.3.6')).toBe(true);
    expect(factsOnlyMessage('SQL Server 2016 SP2')).toBe(true);
  });

  it('leaves any other word, punctuation, script or layout to the routes', () => {
    for (const t of [
      '',
      ' ',
      'is the TMS server on 2012',
      'are the endpoints on CE 9.15',
      'TMS 15.2.1?',
      'TMS 15.2.1, CE 9.15.3',
      'TMS 15.2.1.',
      'TMS 15.2.1 now',
      'the same TMS 15.2.1',
      'TMS\t15.2.1',
      'TMS 15.2.1\nCE 9.15.3',
      'TMS 15.2.1 です',
      'ＴＭＳ 15.2.1',
      '@bob TMS 15.2.1',
      'TMS 15.2.1 '.repeat(12),
      'option 2',
      'the second one',
      'TLS 1.2',
    ]) {
      expect([t, factsOnlyMessage(t)]).toEqual([t, false]);
    }
  });
});

type Turn = { user?: string; repeat?: number; action?: { id: string; value?: string }; probe?: unknown };

function dialogues(): IncomingMessage[][] {
  const dir = join(__dirname, '..', '..', 'conversations');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) =>
      ((parse(readFileSync(join(dir, f), 'utf8')) as { turns: Turn[] }).turns ?? []).map((t): IncomingMessage => {
        if (t.user !== undefined) return { kind: 'text', text: t.repeat ? t.user.repeat(t.repeat) : t.user };
        if (t.action) return { kind: 'action', id: t.action.id, value: t.action.value };
        return { kind: 'probe', result: t.probe } as IncomingMessage;
      }),
    );
}

const TOKENS = [
  'tms', 'TMS', 'sql', 'SQL', 'server', 'Server', 'windows', 'Windows', 'ce', 'CE', 'tc', 'TC', 'roomos', 'endpoint', 'endpoints',
  'codec', 'codecs', 'security', 'level', 'medium', 'Medium', 'is', 'are', 'on', 'the', '2008', '2012', '2016', '2019', '2022',
  'R2', 'SP2', 'SP4', '15.2.1', '14.6.2', '15.13', '9.15.3', 'ce9.15.3', 'tc7.3.6', '7.3.3', '11.0.7001', '13.0.5026.0', '1.0',
  '1.2', '15', 'v15.2', '0', '2', '3',
];

describe('routes skipped on a message of facts alone', () => {
  const answered = new Map<string, Set<string>>();
  let audited = 0;
  /**
   * A probe's step (its result unused) ends right after the routes' loop has run the last skipped route on the probe's own
   * text: what the test checks is done by then, the facts reading and the reply after it are not needed. Only the step's own
   * loop counts: a route that runs the routes again does so on a part of the text (a nested loop on the same text in the
   * same state would never end), so a nested loop reaching the last route never ends the step early.
   */
  const LAST = routeGates().filter((r) => r.needsMoreThanFacts).at(-1)!.name;
  const CUT = new Error('the routes of the probe were run');
  let cutAt: string | null = null;
  beforeAll(() => {
    auditSkippedRoutes((route, text, yes) => {
      audited++;
      if (yes) {
        if (!answered.has(route)) answered.set(route, new Set());
        answered.get(route)!.add(text);
      }
      if (route === LAST && text === cutAt) throw CUT;
    });
  });
  afterAll(() => auditSkippedRoutes(null));

  let seed = 62;
  const rnd = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  };
  const generated = (): string => {
    const words: string[] = [];
    for (let i = 1 + rnd(7); i > 0; i--) words.push(TOKENS[rnd(TOKENS.length)]!);
    return words.join(' ');
  };
  const copy = (s: ConversationState | null) => (s ? (JSON.parse(JSON.stringify(s)) as ConversationState) : null);
  const text = (t: string): IncomingMessage => ({ kind: 'text', text: t });
  /** `t` in (a copy of) state `s`, for its routes only (the result is not kept). */
  const probe = (s: ConversationState | null, t: string) => {
    cutAt = t;
    try {
      step(copy(s), text(t));
    } catch (e) {
      if (e !== CUT) throw e;
    } finally {
      cutAt = null;
    }
  };

  it('marks every route but the other-site line and the follow-up question readers', () => {
    // (other-site-line: after another site was named, "Medium server 2019" can be that site's line; this test found it.)
    expect(routeGates().filter((r) => !r.needsMoreThanFacts).map((r) => r.name)).toEqual(['other-site-line', 'follow-up']);
  });

  it('no skipped route answers, in every state the conversations reach and in the grid seeds', () => {
    const all = dialogues();
    const corpus = new Set<string>();
    // Every state a dialogue reaches, with two generated messages of the profile besides its own next turn.
    for (const d of all) {
      let st: ConversationState | null = null;
      for (const m of d) {
        if (m.kind === 'text' && typeof m.text === 'string' && factsOnlyMessage(m.text)) corpus.add(m.text);
        for (let k = 0; k < 2; k++) probe(st, generated());
        st = step(st, m).state;
      }
    }
    const run = (msgs: string[]) => msgs.reduce<ConversationState | null>((st, m) => step(st, text(m)).state, null);
    const seeds = [
      null,
      run([BENCH[0]!]),
      run(BENCH.slice(1, 3)),
      run(BENCH.slice(1)),
      run(['コーデックを更新したら TMS で No HTTPS response になりました']),
      run(['TMS 15.2.1 です', 'エンドポイントは CE 9.15.3', 'SQL Server 2016 は TMS サーバー上', 'Windows Server 2016', 'セキュリティレベルは Medium']),
    ];
    for (const a of TOKENS) {
      corpus.add(a);
      for (const b of TOKENS) corpus.add(`${a} ${b}`);
    }
    for (let i = 0; i < 300; i++) corpus.add(generated());
    const texts = [...corpus].filter(factsOnlyMessage);
    expect(texts.length).toBeGreaterThan(2000);
    for (const s of seeds) for (const t of texts) probe(s, t);
    expect(audited).toBeGreaterThan(100000);
    expect(Object.fromEntries([...answered].map(([r, ts]) => [r, [...ts].slice(0, 5)]))).toEqual({});
  }, 600_000);
});
