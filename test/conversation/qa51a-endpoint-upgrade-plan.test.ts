/**
 * QA51 #4: a planned endpoint upgrade ("We will upgrade our SX20s from TC7.3.3 to TC7.3.21 tomorrow. TMS is 15.13. Will they
 * break?") is a plan, answered as what it will do: TC 7.3.21 refuses TLS 1.0 (knowledge.md, Cause 1), so with TMS at Medium
 * they would show "No HTTPS response" after it; TMS is prepared first, nothing changes on the endpoints. Not "this is not the
 * TLS 1.0 problem, check reachability", nor a question for the release already given.
 */
import { endpointUpgradePlanIn } from '../../src/domain/understand/endpoint-upgrade-plan';
import { last, rendered, runIn, talk } from './helpers';

describe('QA51 #4: a planned endpoint upgrade', () => {
  it('EN: answered as a plan, the release upgraded from kept as the current one', () => {
    const r = last(talk('We will upgrade our SX20s from TC7.3.3 to TC7.3.21 tomorrow. TMS is 15.13. Will they break?'));
    const out = rendered(r);
    expect(out).toMatch(/TC 7\.3\.21 refuses TLS 1\.0/);
    expect(out).toMatch(/would show "No HTTPS response"/);
    expect(out).toMatch(/Nothing changes on the endpoints/);
    expect(out).toMatch(/Medium-High/);
    expect(out).toMatch(/Telnet and SNMP/);
    expect(out).not.toMatch(/not the TLS 1\.0 problem|Reachability/);
    expect(out).not.toMatch(/Which software version do the affected endpoints run/);
    expect(r.state.facts.endpoint?.semver).toBe('7.3.3');
    expect(r.state.facts.tms?.semver).toBe('15.13.0');
  });

  it('JA: the same', () => {
    const out = rendered(runIn('ja', ['明日 SX20 を TC7.3.3 から TC7.3.21 に上げる予定です。TMS は 15.13 です。問題ありますか？']));
    expect(out).toMatch(/TC 7\.3\.21 は TLS 1\.0 を受け付けず/);
    expect(out).toMatch(/エンドポイント側で変えるものはありません/);
    expect(out).toMatch(/Telnet と SNMP/);
    expect(out).not.toMatch(/TLS 1\.0 の問題ではありません/);
  });

  it('TMS before 15: do not upgrade them yet', () => {
    const out = rendered(last(talk('TMS 14.6.2. We will upgrade the SX80s to TC7.3.21 tomorrow. Will TMS lose them?')));
    expect(out).toMatch(/on TMS 14\.6\.2 they would be lost, so do not upgrade them yet/);
  });

  it.each([
    // A change said done, a supposition, a should-question, another question: left to the other readers.
    'We upgraded our SX20s to TC7.3.21 yesterday. TMS is 15.13. They show No HTTPS response',
    'What if we upgrade the SX20s to TC7.3.21 tomorrow?',
    'Should we upgrade the SX20s to TC7.3.21 tomorrow?',
    "We won't upgrade to CE 9.15 until TMS is fixed",
    'We will upgrade to TC7.3.21 tomorrow. Do we need a reboot?',
    '昨日 TC7.3.21 に上げました。TMS 15.13 で No HTTPS response',
    'TC7.3.21 に上げても大丈夫ですか？ TMS 15.13',
  ])('not a plan read here: %s', (msg) => {
    expect(endpointUpgradePlanIn(msg)).toBeNull();
  });

  it.each([
    ['We will upgrade our SX20s from TC7.3.3 to TC7.3.21 tomorrow. TMS is 15.13. Will they break?', 'TC7.3.21', 'TC7.3.3', true],
    ['The codecs will be upgraded to CE 9.15 tonight. Any issues?', 'CE 9.15', undefined, true],
    ['来週 CE 11.5 にアップグレードする予定です。TMS 15.13', 'CE 11.5', undefined, false],
  ])('read: %s', (msg, to, from, asks) => {
    const p = endpointUpgradePlanIn(msg);
    expect([p?.to, p?.from, p?.asks]).toEqual([to, from, asks]);
  });
});
