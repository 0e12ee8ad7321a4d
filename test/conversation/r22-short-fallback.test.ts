/**
 * QA round 20 #10g: the ~900-character "I don't know that one" list is shown once per conversation; a later miss gets
 * one line (what "help" does, two example questions) and the open question. The flag (toldCannot) survives a stored
 * state and garbage in it is dropped.
 */
import { step } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { questions, rendered, runIn, talk } from './helpers';

const P = 'TMS 15.9, CE 9.15, win 2012 r2, sql 2016 remote';
const FULL_EN = /What I can do: tell whether/;
const FULL_JA = /お手伝いできるのは/;

describe('the "I don\'t know that one" list once, then one line', () => {
  it('EN: full, then short, the level question kept pending but not asked again', () => {
    const [, a, b, c] = talk(P, 'blorp?', 'frobnicate?', 'what is the airspeed of a swallow?');
    expect(rendered(a)).toMatch(FULL_EN);
    for (const r of [b, c]) {
      const out = rendered(r);
      expect(out).not.toMatch(FULL_EN);
      expect(out).toMatch(/I don't know that one\. Say "help"/);
      // (QA39 #11: the level the answer already assumed, Medium, is not asked again on a miss; it stays pending.)
      expect(questions(r)).toEqual([]);
      expect(r.state.pending).toBe('need-security-level');
      expect(out.length).toBeLessThan(rendered(a).length - 500);
    }
  });
  it('JA: full, then short', () => {
    const first = runIn('ja', ['TMS 15.9、CE 9.15、Win2012R2、SQL2016リモート', 'ほげほげって何？']);
    expect(rendered(first)).toMatch(FULL_JA);
    const again = step(first.state, { kind: 'text', text: 'ふがふがは？' });
    expect(rendered(again)).not.toMatch(FULL_JA);
    expect(rendered(again)).toMatch(/「ヘルプ」/);
  });
  it('a stored state keeps the flag; garbage in it is dropped; start over forgets it', () => {
    const [, a] = talk(P, 'blorp?');
    expect(a.state.toldCannot).toBe(true);
    const stored = JSON.parse(JSON.stringify(a.state)) as ConversationState;
    expect(rendered(step(stored, { kind: 'text', text: 'frobnicate?' }))).not.toMatch(FULL_EN);
    for (const junk of ['yes', 1, {}]) {
      const r = step({ ...a.state, toldCannot: junk } as unknown as ConversationState, { kind: 'text', text: 'frobnicate?' });
      expect(rendered(r)).toMatch(FULL_EN);
    }
    const fresh = step(step(a.state, { kind: 'text', text: 'start over' }).state, { kind: 'text', text: 'frobnicate?' });
    expect(rendered(fresh)).toMatch(FULL_EN);
  });
});
