/**
 * The diagnoses respond keeps by their input (src/conversation/kept-diagnosis.ts) and what it derives from them (the
 * context line, the summary): one input, one diagnosis; an input that is not exactly its JSON is never kept; and, with the
 * audit on, every hit over every conversation script (run twice, so the second pass hits what the first kept) is what
 * it was when kept and what a fresh diagnosis gives: nothing writes to a kept diagnosis.
 */
import { diagnose } from '../../src/domain/diagnose';
import type { Facts } from '../../src/domain/types';
import { step } from '../../src/conversation/engine';
import { keptDiagnosis, keptWith, setKeptAudit, type KeptCheck } from '../../src/conversation/kept-diagnosis';
import type { ConversationState, IncomingMessage } from '../../src/conversation/types';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SLACK_CONVERSATION, yamlDialogues } = require('../../bench/conversation.js') as {
  SLACK_CONVERSATION: readonly string[];
  yamlDialogues: () => IncomingMessage[][];
};

const FACTS: Facts = {
  tms: { product: 'TMS', raw: '15.2.1', semver: '15.2.1' },
  endpoint: { family: 'CE', raw: 'ce 9.15.3', semver: '9.15.3' },
  sql: { year: 2012, r2: false, sp: 4, cu: null, build: null, raw: '2012 SP4' },
  sqlLocation: 'local',
} as Facts;

afterEach(() => setKeptAudit(null));

describe('keptDiagnosis', () => {
  it('gives the one diagnosis kept for the same input, equal to a fresh one', () => {
    const a = keptDiagnosis(JSON.parse(JSON.stringify(FACTS)) as Facts, {});
    const b = keptDiagnosis(JSON.parse(JSON.stringify(FACTS)) as Facts, {});
    expect(b).toBe(a);
    expect(JSON.stringify(a)).toBe(JSON.stringify(diagnose(FACTS)));
    // Other assumptions, another input.
    const c = keptDiagnosis(FACTS, { level: true });
    expect(c).not.toBe(a);
    expect(JSON.stringify(c)).toBe(JSON.stringify(diagnose(FACTS, { level: true })));
  });

  it('keeps nothing for an input that is not exactly its JSON', () => {
    for (const odd of [
      { ...FACTS, level: undefined },
      { ...FACTS, otherProducts: [undefined] },
      // eslint-disable-next-line no-sparse-arrays
      { ...FACTS, endpointModels: [, 'SX20'] },
      { ...FACTS, sql: { ...FACTS.sql, sp: NaN } },
      { ...FACTS, sql: { ...FACTS.sql, sp: -0 } },
      { ...FACTS, tms: new Map() },
      { ...FACTS, tms: Object.assign(Object.create(null), FACTS.tms) },
    ] as unknown as Facts[]) {
      const a = keptDiagnosis(odd, {});
      const b = keptDiagnosis(odd, {});
      expect(b).not.toBe(a);
      expect(JSON.stringify(a)).toBe(JSON.stringify(diagnose(odd)));
    }
  });

  it('tells the same facts in another key order apart (the key is their JSON)', () => {
    const reordered = { sqlLocation: FACTS.sqlLocation, sql: FACTS.sql, endpoint: FACTS.endpoint, tms: FACTS.tms } as Facts;
    const a = keptDiagnosis(FACTS, {});
    const b = keptDiagnosis(reordered, {});
    expect(b).not.toBe(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(diagnose(reordered)));
  });

  it('derives from a kept diagnosis once per key, from any other afresh', () => {
    const d = keptDiagnosis(FACTS, {});
    let calls = 0;
    const derive = () => ({ n: ++calls });
    expect(keptWith(d, 'x', derive)).toBe(keptWith(d, 'x', derive));
    expect(calls).toBe(1);
    keptWith(d, 'y', derive);
    expect(calls).toBe(2);
    const fresh = diagnose(FACTS);
    keptWith(fresh, 'x', derive);
    keptWith(fresh, 'x', derive);
    expect(calls).toBe(4);
  });
});

describe('kept diagnoses over the conversation scripts (audit on)', () => {
  it('every hit is the diagnosis as kept and as worked out afresh, and so is every derived value', () => {
    const checks: KeptCheck[] = [];
    setKeptAudit((c) => checks.push(c));
    const texts = SLACK_CONVERSATION.map((text): IncomingMessage => ({ kind: 'text', text }));
    const dialogues = [texts, ...yamlDialogues()];
    for (let pass = 0; pass < 2; pass++) {
      for (const d of dialogues) {
        let s: ConversationState | null = null;
        for (const m of d) s = step(s, m).state;
      }
    }
    const bad = checks.filter((c) => !c.ok);
    expect(bad.slice(0, 3)).toEqual([]);
    // (The second pass meets every input the first kept: hits of both kinds were checked.)
    expect(checks.filter((c) => c.what === 'diagnosis').length).toBeGreaterThan(300);
    expect(checks.filter((c) => c.what === 'derived').length).toBeGreaterThan(300);
  });

  it('catches a write to a kept diagnosis (the audit can fail)', () => {
    const checks: KeptCheck[] = [];
    setKeptAudit((c) => checks.push(c));
    let r = step(null, { kind: 'text', text: SLACK_CONVERSATION[0]! });
    for (const text of SLACK_CONVERSATION.slice(1, 4)) r = step(r.state, { kind: 'text', text });
    const shown = r.replies.find((x) => x.diagnosis)!.diagnosis!;
    (shown.findings as unknown[]).pop();
    keptDiagnosis(r.state.facts, {});
    expect(checks.some((c) => c.what === 'diagnosis' && !c.ok)).toBe(true);
  });
});
