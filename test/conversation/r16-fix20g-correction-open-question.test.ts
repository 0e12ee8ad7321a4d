/**
 * FIX20G F13 (QA49): "no, it's 15.13 now, we upgraded in October" right after "TMS is 15.2.1", with the SQL question open:
 * the correction is of the field the last message set (TMS), not a failed SQL answer. Thread flags as in the Slack adapter.
 */
import type { IncomingMessage } from '../../src/conversation/types';
import { last, rendered, talk } from './helpers';

const root = (t: string): IncomingMessage => ({ kind: 'text', text: t, keepLang: true });
const line = (t: string): IncomingMessage => ({ kind: 'text', text: t, keepLang: true, unaddressed: true });
const thread = (first: string, ...rest: string[]) => talk(root(first), ...rest.map(line));

describe('F13: a TMS correction while the SQL question is open', () => {
  const first = "TMS shows No HTTPS response for all our SX80s since last night's upgrade to CE 9.15.3";
  it('EN: "no, it\'s 15.13 now, we upgraded in October" updates TMS', () => {
    const r = last(thread(first, 'TMS is 15.2.1 btw', "no, it's 15.13 now, we upgraded in October"));
    expect(r.state.facts.tms?.semver).toBe('15.13.0');
    expect(r.state.facts.endpoint?.semver).toBe('9.15.3');
    expect(rendered(r)).toMatch(/Updated: TMS 15\.2\.1 → TMS 15\.13/);
    expect(r.state.pending).toBe('need-sql-version');
  });
  it('JA: 「いや、今は 15.13 です」 right after the TMS release updates TMS', () => {
    const r = last(thread('SX80 を CE 9.15.3 に上げてから TMS で No HTTPS response になっています', 'TMS は 15.2.1 です', 'いや、今は 15.13 です'));
    expect(r.state.facts.tms?.semver).toBe('15.13.0');
    expect(r.state.facts.endpoint?.semver).toBe('9.15.3');
  });
  it('after a SQL answer, a bare release is not taken as TMS by that rule', () => {
    const r = last(thread(first, 'TMS is 15.2.1 btw', 'SQL 2016 on another server', "no, it's 15.13 now"));
    expect(r.state.facts.tms?.semver).toBe('15.2.1');
  });
});
