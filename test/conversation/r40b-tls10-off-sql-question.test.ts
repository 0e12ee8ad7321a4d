/**
 * R40B #1: "If we turn TLS 1.0 off, SQL won't start, right?" asks what turning TLS 1.0 off would do to SQL Server: it is
 * answered per the SQL Server known (knowledge.md, SQL caveats), with no SQL recovery steps and nothing stored as down.
 */
import { say } from './helpers';

const RECOVERY = /turn TLS 1\.0 back on|TLS 1\.0 の Client と Server の両方を有効に戻す/;

describe('R40B: TLS 1.0 off and SQL, asked', () => {
  it.each([
    ['en', "If we turn TLS 1.0 off, SQL won't start, right?"],
    ['en', 'will SQL stop if we disable TLS 1.0?'],
    ['ja', 'TLS1.0を無効にしたらSQLが起動しないですよね？'],
    ['ja', 'TLS1.0を無効にしたらSQLが起動しませんか？'],
  ] as const)('%s %s: answered per SQL version, no outage', (lang, q) => {
    const { text, state } = say(lang === 'ja' ? ['日本語で'] : [], q);
    expect(state.facts.tlsClaims?.sqlDown).toBeUndefined();
    expect(text).not.toMatch(RECOVERY);
    // Every case knowledge.md names: 2008 R2 keeps TLS 1.0, 2012/2014 need a TLS 1.2 build first, 2016+ nothing.
    expect(text).toMatch(/2008 R2/);
    expect(text).toMatch(/2012/);
    expect(text).toMatch(/2016/);
  });

  it('with SQL 2008 R2 on the TMS server: yes, keep TLS 1.0', () => {
    const { text, state } = say(['SQL 2008 R2 on the TMS server'], "If we turn TLS 1.0 off, SQL won't start, right?");
    expect(text).toMatch(/^Yes/m);
    expect(text).toMatch(/Keep TLS 1\.0 enabled/);
    expect(state.facts.tlsClaims?.sqlDown).toBeUndefined();
  });

  it('with SQL 2014 SP1: a TLS 1.2 build first, not "it does not depend on TLS 1.0"', () => {
    const { text } = say(['SQL 2014 SP1'], 'will SQL stop if we disable TLS 1.0?');
    expect(text).toMatch(/build with TLS 1\.2 support/);
    expect(text).not.toMatch(RECOVERY);
  });

  it('with SQL on another server: not touched', () => {
    const { text } = say(['SQL 2008 R2 on a separate server'], "If we turn TLS 1.0 off, SQL won't start, right?");
    expect(text).toMatch(/not touch/);
  });

  it('the report with a way back asked is still the recovery', () => {
    const { text } = say([], "if we turn TLS 1.0 back on, will SQL start?");
    expect(text).toMatch(RECOVERY);
  });
});
