/**
 * REV27 #1: the SQL release a planned change starts from is the current one only while none is on record. "we're moving from
 * SQL 2008 R2 to 2019 next month" after "SQL 2016" keeps 2016 (main kept it; the planned-from reader replaced it); with no SQL
 * known, "We plan to upgrade SQL 2008 R2 to 2016 next month, it's local" still records 2008 R2, local (QA51 #15).
 */
import { last, runIn, talk } from './helpers';

const CASE = 'TMS 15.13 No HTTPS response after CE 9.15 upgrade, Windows 2012 R2, SQL 2016';

describe('REV27 #1: a planned change does not replace the SQL on record', () => {
  it.each([
    "we're moving from SQL 2008 R2 to 2019 next month",
    'we plan to migrate from SQL 2008 R2 next quarter',
  ])('EN %s', (msg) => {
    const sql = last(talk(CASE, msg)).state.facts.sql;
    expect(sql).toMatchObject({ year: 2016 });
  });
  it('JA', () => {
    const r = runIn('ja', ['TMS 15.13 で CE 9.15 にしてから No HTTPS response、Windows 2012 R2、SQL 2016', 'SQL 2008 R2 から 2019 に移行予定です']);
    expect(r.state.facts.sql).toMatchObject({ year: 2016 });
  });
  it('with no SQL on record the release left is still the current one, with its place', () => {
    const r = last(talk('TMS 15.13, CE 9.15 failing.', "We plan to upgrade SQL 2008 R2 to 2016 next month, it's local"));
    expect(r.state.facts.sql).toMatchObject({ year: 2008, r2: true });
    expect(r.state.facts.sqlLocation).toBe('local');
  });
});

describe('REV27 #2: a release migrated off is the one left behind', () => {
  it.each(['last year we migrated off SQL 2008 R2', 'we moved off of Windows 2008 R2 in 2020'])('%s records nothing', (msg) => {
    const f = last(talk('TMS 15.13 No HTTPS response after CE 9.15 upgrade', msg)).state.facts;
    expect(f.sql).toBeUndefined();
    expect(f.windows).toBeUndefined();
  });
  it('with a target, the target is the release', () => {
    expect(last(talk('TMS 15.13 No HTTPS response after CE 9.15 upgrade', 'we migrated off SQL 2008 R2 to 2016')).state.facts.sql).toMatchObject({ year: 2016 });
  });
});

describe("REV27 #4: \"I'd go straight to High\" is a proposal, like \"let's\"", () => {
  const CASE_M = 'TMS 15.13 No HTTPS response after CE 9.15 upgrade, Windows 2016, SQL 2016 remote, Medium';
  it.each(["I'd go straight to High", 'we would just set it to High'])('%s keeps Medium and carries the Telnet/SNMP caveat', (msg) => {
    const r = last(talk(CASE_M, msg));
    expect(r.state.facts.level).toBe('medium');
    expect(JSON.stringify(r.replies)).toMatch(/Telnet/);
  });
  it('a level said set is still recorded', () => {
    expect(last(talk(CASE_M, 'we set it to High yesterday')).state.facts.level).toBe('high');
  });
});
