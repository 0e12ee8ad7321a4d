/**
 * QA round 20 #10e: a vague "CE8" asked about precisely ("CE 8.0.x or 8.1+?") stays asked that way when the next turn
 * corrects something else (the TMS version), instead of the generic endpoint question, in EN and JA. The state keeps
 * the vague release (vagueEndpoint) only while that question is open; stored states without it, or with garbage, load.
 */
import { step } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { last, questions, rendered, runIn, talk } from './helpers';

const PRECISE_EN = /CE 8\.0\.x or CE 8\.1 or later/;
const PRECISE_JA = /CE 8\.0\.x と CE 8\.1 以降/;

describe('the precise CE8 question survives a correction of another value', () => {
  it('EN', () => {
    const rs = talk('TMS 14.6, endpoints CE8, SQL 2016 remote, Win2012R2', 'sorry, TMS is 15.2 not 14.6');
    expect(rendered(rs[0])).toMatch(PRECISE_EN);
    const r = last(rs);
    expect(rendered(r)).toMatch(/TMS 14\.6 → TMS 15\.2/);
    expect(rendered(r)).toMatch(PRECISE_EN);
    expect(questions(r)).toEqual(['need-endpoint-version']);
  });
  it('JA', () => {
    const r = runIn('ja', ['TMS 14.6、端末CE8、SQL 2016リモート、Win2012R2', 'ごめん、TMSは14.6じゃなく15.2だった']);
    expect(rendered(r)).toMatch(PRECISE_JA);
  });
  it('re-asked after a side question too, and forgotten once the release is given', () => {
    const rs = talk('TMS 15.2, endpoints CE8, SQL 2016 remote, Win2012R2', 'why?', 'CE 8.3');
    expect(rendered(rs[1])).toMatch(PRECISE_EN);
    expect(last(rs).state.facts.endpoint?.raw).toMatch(/8\.3/);
    expect(last(rs).state.vagueEndpoint).toBeUndefined();
  });
  it('a TC7.3 said vaguely gets its own precise question back', () => {
    const r = last(talk('TMS 14.6, endpoints TC7.3, SQL 2016 remote, Win2012R2', 'sorry, TMS is 15.2 not 14.6'));
    expect(rendered(r)).toMatch(/Which exact TC 7\.3\.x/);
  });
  it('a stored state: the field is read back when valid; old states without it, and garbage in it, are accepted', () => {
    const base = last(talk('TMS 15.2, SQL 2016 remote, Win2012R2')).state;
    expect(base.pending).toBe('need-endpoint-version');
    expect(rendered(step({ ...base, vagueEndpoint: 'CE8' }, { kind: 'text', text: 'why?' }))).toMatch(PRECISE_EN);
    const old = { ...base } as ConversationState;
    delete old.vagueEndpoint;
    expect(() => step(old, { kind: 'text', text: 'why?' })).not.toThrow();
    for (const junk of [42, { x: 1 }, 'x'.repeat(500), '', 'CE 9.15']) {
      const r = step({ ...base, vagueEndpoint: junk } as unknown as ConversationState, { kind: 'text', text: 'why?' });
      if (typeof junk !== 'string' || junk.length === 0 || junk.length > 40) expect(r.state.vagueEndpoint).toBeUndefined();
      expect(rendered(r)).not.toMatch(/not precise enough/);
    }
  });
});
