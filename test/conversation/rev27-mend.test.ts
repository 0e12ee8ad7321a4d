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
