/**
 * Replays every dialogue in conversations/*.yaml through the engine: one test per file.
 * The schema is checked first, so a malformed file fails with a message that names the file,
 * the turn and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { step } from '../../src/conversation/engine';
import type { Reply } from '../../src/conversation/document';
import type { ConversationState, IncomingMessage } from '../../src/conversation/types';
import type { Facts } from '../../src/domain/types';
import { QUESTION_CODES } from '../../src/domain/knowledge';
import { renderReply } from '../../src/console/render';

const DIR = join(__dirname, '..', '..', 'conversations');

interface Expect {
  lang?: 'en' | 'ja';
  affected?: 'yes' | 'no' | 'unknown' | null;
  findings?: string[];
  no_findings?: string[];
  asks?: string | null;
  contains?: string[];
  not_contains?: string[];
  facts?: Record<string, string | number | boolean>;
  no_facts?: string[];
  state_unchanged?: boolean;
}
interface Turn {
  user?: string;
  repeat?: number;
  action?: { id: string; value?: string };
  probe?: Record<string, unknown>;
  /** A fleet probe's counts (src/domain/fleet.ts FleetFact). */
  fleet?: Record<string, unknown>;
  expect: Expect;
}
interface Dialogue {
  title: string;
  turns: Turn[];
}

const EXPECT_KEYS = ['lang', 'affected', 'findings', 'no_findings', 'asks', 'contains', 'not_contains', 'facts', 'no_facts', 'state_unchanged'];
const FACT_KEYS = ['tms', 'endpoint', 'endpointFamily', 'sql', 'sqlR2', 'sqlSp', 'sqlLocation', 'windows', 'windowsR2', 'level', 'https', 'probe', 'meetingServerRelease', 'endpointsFail'];

/** Validate the parsed YAML; return the dialogue or throw an Error naming the problem. */
export function validate(file: string, doc: unknown): Dialogue {
  const fail = (where: string, what: string): never => {
    throw new Error(`${file}: ${where} ${what}`);
  };
  const strList = (v: unknown, where: string) => {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(where, 'must be a list of strings');
  };
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) fail('the file', 'must be a mapping with "title" and "turns"');
  const d = doc as Record<string, unknown>;
  for (const k of Object.keys(d)) if (k !== 'title' && k !== 'turns') fail(`key "${k}"`, 'is not allowed (only title, turns)');
  if (typeof d.title !== 'string' || d.title.trim() === '') fail('title', 'must be a non-empty string');
  if (!Array.isArray(d.turns) || d.turns.length === 0) fail('turns', 'must be a non-empty list');
  (d.turns as unknown[]).forEach((t, i) => {
    const at = `turns[${i}]`;
    if (!t || typeof t !== 'object' || Array.isArray(t)) fail(at, 'must be a mapping');
    const turn = t as Record<string, unknown>;
    for (const k of Object.keys(turn)) if (!['user', 'repeat', 'action', 'probe', 'fleet', 'expect'].includes(k)) fail(`${at}.${k}`, 'is not allowed');
    const kinds = ['user', 'action', 'probe', 'fleet'].filter((k) => k in turn);
    if (kinds.length !== 1) fail(at, 'must have exactly one of user, action, probe, fleet');
    if ('user' in turn && typeof turn.user !== 'string') fail(`${at}.user`, 'must be a string');
    if ('repeat' in turn && (!('user' in turn) || !Number.isInteger(turn.repeat) || (turn.repeat as number) < 1)) fail(`${at}.repeat`, 'must be a positive integer next to user');
    if ('action' in turn) {
      const a = turn.action as Record<string, unknown>;
      if (!a || typeof a !== 'object' || typeof a.id !== 'string') fail(`${at}.action`, 'must be a mapping with a string id');
      if ('value' in a && typeof a.value !== 'string') fail(`${at}.action.value`, 'must be a string');
    }
    if ('probe' in turn && (!turn.probe || typeof turn.probe !== 'object' || Array.isArray(turn.probe))) fail(`${at}.probe`, 'must be a mapping (a probe result)');
    const e = turn.expect as Record<string, unknown>;
    if (!e || typeof e !== 'object' || Array.isArray(e)) fail(`${at}.expect`, 'must be a mapping');
    for (const k of Object.keys(e)) if (!EXPECT_KEYS.includes(k)) fail(`${at}.expect.${k}`, `is not a known expectation (${EXPECT_KEYS.join(', ')})`);
    if ('lang' in e && e.lang !== 'en' && e.lang !== 'ja') fail(`${at}.expect.lang`, 'must be en or ja');
    if ('affected' in e && ![null, 'yes', 'no', 'unknown'].includes(e.affected as string)) fail(`${at}.expect.affected`, 'must be "yes", "no", "unknown" or null');
    for (const k of ['findings', 'no_findings', 'contains', 'not_contains', 'no_facts']) if (k in e) strList(e[k], `${at}.expect.${k}`);
    if ('asks' in e && e.asks !== null && !(QUESTION_CODES as readonly string[]).includes(e.asks as string)) fail(`${at}.expect.asks`, `must be null or one of ${QUESTION_CODES.join(', ')}`);
    if ('facts' in e) {
      const f = e.facts as Record<string, unknown>;
      if (!f || typeof f !== 'object' || Array.isArray(f)) fail(`${at}.expect.facts`, 'must be a mapping');
      for (const [k, v] of Object.entries(f)) {
        if (!FACT_KEYS.includes(k)) fail(`${at}.expect.facts.${k}`, `is not one of ${FACT_KEYS.join(', ')}`);
        if (!['string', 'number', 'boolean'].includes(typeof v)) fail(`${at}.expect.facts.${k}`, 'must be a scalar');
      }
    }
    if ('no_facts' in e) for (const k of e.no_facts as string[]) if (!FACT_KEYS.includes(k)) fail(`${at}.expect.no_facts`, `names an unknown fact "${k}"`);
    if ('state_unchanged' in e && typeof e.state_unchanged !== 'boolean') fail(`${at}.expect.state_unchanged`, 'must be true or false');
  });
  return d as unknown as Dialogue;
}

/** The value a `facts:` expectation compares against. */
function factValue(f: Facts, key: string): unknown {
  switch (key) {
    case 'tms':
      return f.tms?.semver;
    case 'endpoint':
      return f.endpoint?.semver;
    case 'endpointFamily':
      return f.endpoint?.family;
    case 'sql':
      return f.sql?.year;
    case 'sqlR2':
      return f.sql?.r2;
    case 'sqlSp':
      return f.sql?.sp;
    case 'windows':
      return f.windows?.year;
    case 'windowsR2':
      return f.windows?.r2;
    case 'probe':
      return f.probe?.target;
    default:
      return (f as Record<string, unknown>)[key];
  }
}

function questionCodes(replies: Reply[]): string[] {
  return replies.flatMap((r) => r.blocks).flatMap((b) => (b.type === 'question' ? [b.code] : []));
}

/** Replay one dialogue; returns the finding and question codes it saw (for the coverage check). */
export function replay(file: string, d: Dialogue): { findings: Set<string>; questions: Set<string> } {
  const seenF = new Set<string>();
  const seenQ = new Set<string>();
  let state: ConversationState | null = null;
  d.turns.forEach((turn, i) => {
    const at = `${file} turns[${i}]`;
    let msg: IncomingMessage;
    if (turn.user !== undefined) msg = { kind: 'text', text: turn.repeat ? turn.user.repeat(turn.repeat) : turn.user };
    else if (turn.action) msg = { kind: 'action', id: turn.action.id, ...(turn.action.value !== undefined ? { value: turn.action.value } : {}) };
    else if (turn.fleet) msg = { kind: 'fleet', fleet: turn.fleet as never };
    else msg = { kind: 'probe', result: turn.probe as never };
    const before = JSON.stringify(state);
    const out = step(state, msg);
    const e = turn.expect;
    const check = (ok: boolean, what: string) => {
      if (!ok) throw new Error(`${at}: ${what}\n--- reply ---\n${out.replies.map((r) => renderReply(r)).join('\n')}`);
    };
    check(out.replies.length > 0, 'expected at least one reply');
    const diag = out.replies.find((r) => r.diagnosis)?.diagnosis;
    const codes = diag ? diag.findings.map((f) => f.code) : [];
    const asked = questionCodes(out.replies);
    const text = out.replies.map((r) => renderReply(r)).join('\n');
    codes.forEach((c) => seenF.add(c));
    asked.forEach((c) => seenQ.add(c));
    if (e.lang) check(out.state.lang === e.lang && out.replies.every((r) => r.lang === e.lang), `lang should be ${e.lang}, got state ${out.state.lang} / replies ${out.replies.map((r) => r.lang).join(',')}`);
    if (e.affected !== undefined) check((diag?.affected ?? null) === e.affected, `affected should be ${e.affected}, got ${diag?.affected ?? 'no diagnosis'}`);
    for (const c of e.findings ?? []) check(codes.includes(c), `finding ${c} missing (got ${codes.join(', ') || 'none'})`);
    for (const c of e.no_findings ?? []) check(!codes.includes(c), `finding ${c} should not be there`);
    if (e.asks !== undefined) {
      if (e.asks === null) check(asked.length === 0 && out.state.pending === null, `should ask nothing, asks ${asked.join(',')} (pending ${out.state.pending})`);
      else check(asked.length === 1 && asked[0] === e.asks && out.state.pending === e.asks, `should ask ${e.asks}, asks ${asked.join(',') || 'nothing'} (pending ${out.state.pending})`);
    }
    for (const s of e.contains ?? []) check(text.includes(s), `reply should contain ${JSON.stringify(s)}`);
    for (const s of e.not_contains ?? []) check(!text.includes(s), `reply should not contain ${JSON.stringify(s)}`);
    for (const [k, v] of Object.entries(e.facts ?? {})) check(factValue(out.state.facts, k) === v, `fact ${k} should be ${JSON.stringify(v)}, got ${JSON.stringify(factValue(out.state.facts, k))}`);
    for (const k of e.no_facts ?? []) check(factValue(out.state.facts, k) === undefined, `fact ${k} should be absent, got ${JSON.stringify(factValue(out.state.facts, k))}`);
    if (e.state_unchanged === true) check(before === 'null' ? out.state.turns === 0 : JSON.stringify(out.state) === before, 'state should be unchanged');
    // Every state must stay storable.
    check(JSON.stringify(JSON.parse(JSON.stringify(out.state))) === JSON.stringify(out.state), 'state must round-trip through JSON');
    state = out.state;
  });
  return { findings: seenF, questions: seenQ };
}

const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const seenFindings = new Set<string>();
const seenQuestions = new Set<string>();

describe('conversations/', () => {
  it('holds at least 25 dialogues, in English and Japanese', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files.some((f) => f.startsWith('ja-'))).toBe(true);
    expect(files.some((f) => f.startsWith('en-'))).toBe(true);
  });

  describe.each(files)('%s', (file) => {
    it('replays', () => {
      const d = validate(file, parse(readFileSync(join(DIR, file), 'utf8')));
      const seen = replay(file, d);
      seen.findings.forEach((c) => seenFindings.add(c));
      seen.questions.forEach((c) => seenQuestions.add(c));
    });
  });

  it('cover every finding code and every question code', () => {
    const types = readFileSync(join(__dirname, '..', '..', 'src', 'domain', 'types.ts'), 'utf8');
    const union = /export type FindingCode =([\s\S]*?);/.exec(types)![1];
    const all = [...union.matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]);
    expect(all.length).toBeGreaterThan(15);
    expect(all.filter((c) => !seenFindings.has(c))).toEqual([]);
    expect(QUESTION_CODES.filter((c) => !seenQuestions.has(c))).toEqual([]);
  });
});

describe('the schema check fails clearly', () => {
  it.each([
    [null, /must be a mapping/],
    [{ title: 'x' }, /turns must be a non-empty list/],
    [{ title: 'x', turns: [{ expect: {} }] }, /exactly one of user, action, probe/],
    [{ title: 'x', turns: [{ user: 'hi', expect: { finding: ['a'] } }] }, /expect\.finding is not a known expectation/],
    [{ title: 'x', turns: [{ user: 'hi', expect: { asks: 'need-coffee' } }] }, /asks must be null or one of/],
    [{ title: 'x', turns: [{ user: 'hi', expect: { affected: 'maybe' } }] }, /affected must be/],
    [{ title: 'x', turns: [{ user: 3, expect: {} }] }, /user must be a string/],
    [{ title: 'x', turns: [{ user: 'hi', expect: { facts: { colour: 'red' } } }] }, /facts\.colour is not one of/],
  ])('%j', (doc, msg) => {
    expect(() => validate('bad.yaml', doc)).toThrow(msg);
    expect(() => validate('bad.yaml', doc)).toThrow(/^bad\.yaml: /);
  });

  it('a wrong expectation fails with the file, the turn and the reply', () => {
    const d = validate('x.yaml', { title: 'x', turns: [{ user: 'TMS 15.2.1', expect: { asks: 'need-sql-version' } }] });
    expect(() => replay('x.yaml', d)).toThrow(/x\.yaml turns\[0\]: should ask need-sql-version, asks need-endpoint-version/);
  });
});
