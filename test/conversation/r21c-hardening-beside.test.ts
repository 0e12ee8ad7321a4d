/**
 * REV21-a #8: 「直りました、SSL 3.0 も来月…予定です」 closes with the hardening-plan side line;
 * a SQL SP plan beside the speaker's TLS 1.0 plan gets both; 「来週 TLS 1.0 を切ります」 is a plan.
 */
import type { TurnResult } from '../../src/conversation/types';
import { SQL2008R2_LOCAL, setupThenLine } from './helpers';

const B_JA = SQL2008R2_LOCAL.ja;

const run = setupThenLine;
const shown = (r: TurnResult): string => JSON.stringify(r.replies);
const WARN = /Please don't|実施しないでください/;

describe('REV21-a #8: hardening reported or planned beside other text', () => {
  it('「直りました、SSL 3.0 も来月無効にする予定です」: closed, with the hardening-plan side line', () => {
    const { r } = run('ja', B_JA, '直りました、SSL 3.0 も来月無効にする予定です', false);
    expect(r.route).toBe('closing');
    expect(r.state.facts.tlsClaims?.worksNow).toBe(true);
    expect(r.state.facts.tlsClaims?.ssl3).toBeUndefined();
    expect(shown(r)).toMatch(/今回の修正には含めないでください/);
  });
  it('SQL 2014 SP1: the SP plan answer and the TLS 1.0 side line', () => {
    const S = 'TMS 15.2, endpoints CE 9.15, SQL 2014 SP1 on the TMS server, Windows 2012 R2, level Medium';
    const { before, r } = run('en', S, "DBA will patch SQL to SP3 on Thursday, and I'll disable TLS 1.0 the same day", false);
    expect(r.route).toBe('plan');
    expect(shown(r)).toMatch(/The plan \(TLS 1\.0 off\) is not recorded as done/);
    expect(shown(r)).toMatch(/I keep SQL Server 2014 SP1 until you tell me/);
    expect(r.state.facts).toEqual(before.facts);
    // Someone else's plan alone is not the speaker's hardening plan.
    const other = run('en', S, 'DBA will patch SQL to SP3 on Thursday', false).r;
    expect(shown(other)).not.toMatch(/The plan \(TLS 1\.0 off\)/);
  });
  it.each(['来週 TLS 1.0 を切ります', '監査対応で TLS 1.0 を止める予定です'])('%s: the plan warning, nothing recorded', (line) => {
    const { before, r } = run('ja', B_JA, line, false);
    expect(r.route).toBe('hardening-plan');
    expect(shown(r)).toMatch(WARN);
    expect(r.state.facts).toEqual(before.facts);
  });
  it.each(['TLS 1.2 に切り替えます', 'TLS 1.0 は止めません'])('%s: no hardening plan', (line) => {
    const { r } = run('ja', B_JA, line, false);
    expect(r.route).not.toBe('hardening-plan');
    expect(shown(r)).not.toMatch(WARN);
  });
});
