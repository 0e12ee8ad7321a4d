/**
 * QA round 21 F1: after SQL Server 2008 R2 SP2 (no TLS 1.2) stopped with TLS 1.0 and SSL 3.0 taken as off, a negated
 * or conditional "running again" ("SQL is not running again", "once SQL is running again, what next?",
 * 「SQL はまだ動いていません」「SQL が復旧したら次は？」) is not "SQL is back": the off-claims and the outage card stay.
 * A real "SQL is running again" / 「SQL は復旧しました」 still is.
 */
import { saysSqlDown } from '../../src/domain/understand/sql-down';
import { rendered, runIn } from './helpers';

const EN = ['TMS 15.9, CE 9.15, SQL 2008 R2 SP2 local, win 2008 r2', 'we applied IIS Crypto best practices and SQL stopped'];
const JA = ['TMS 15.9、CE9.15、SQL 2008 R2 SP2 同居、Win2008R2', 'IIS Crypto のベストプラクティスを適用したら SQL が停止しました'];
const BACK_EN = /^Good\. .*one of them is on again/m;
const BACK_JA = /復旧してよかったです/;

describe('SQL not running again, or only a condition, keeps the outage', () => {
  it.each([
    'SQL is not running again',
    "SQL isn't running again",
    "SQL service never came back, it's not running again",
    'once SQL is running again, what next?',
    'when SQL is back up, what next?',
  ])('EN %s', (msg) => {
    const r = runIn('en', [...EN, msg]);
    expect(rendered(r)).not.toMatch(BACK_EN);
    expect(rendered(r)).not.toMatch(/No longer applies/);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
    expect(r.state.facts.tlsClaims?.tls10).not.toBe('on');
  });
  it.each(['SQL はまだ動いていません', 'SQL が復旧したら次は？', 'SQL が起動しましたら次は？'])('JA %s', (msg) => {
    const r = runIn('ja', [...JA, msg]);
    expect(rendered(r)).not.toMatch(BACK_JA);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
  });
  it('a real recovery is still read as one', () => {
    expect(rendered(runIn('en', [...EN, 'SQL is running again']))).toMatch(BACK_EN);
    expect(rendered(runIn('en', [...EN, 'ok false alarm, it came back']))).toMatch(BACK_EN);
    expect(rendered(runIn('ja', [...JA, 'SQL は復旧しました']))).toMatch(BACK_JA);
  });
  it('the reader: negated "back" is down or nothing, a past "after … came back" still back', () => {
    expect(saysSqlDown('SQL is not running again')).toBe(true);
    expect(saysSqlDown('SQL never came back')).toBe(true);
    expect(saysSqlDown('SQL はまだ動いていません')).toBe(true);
    expect(saysSqlDown('once SQL is running again, what next?')).toBeUndefined();
    expect(saysSqlDown('after SQL came back, TMS works')).toBe(false);
  });
});
