/**
 * FIX10C (QA36 #9): the Windows Server release in common forms ("Server is 2012 R2", "2016 server", "on a 2012R2 box",
 * "TMS box is 2012 R2", a bare "2012 R2": SQL Server has no 2012 R2) is read, so it is not asked again; SQL's stays SQL's.
 */
import { rendered, runIn } from './helpers';

describe('QA36 #9: Windows release forms', () => {
  it.each([
    ['TMS 15.9 shows No HTTPS response for our SX20 after upgrade to ce9.15.3.17. Server is 2012 R2, SQL 2008 R2 on the box', 2012, true],
    ['TMS 15.9 at medium, SX20 ce9.15 no https response, 2016 server, sql 2017 local', 2016, false],
    ['TMS 15.9 on a 2012R2 box, SX20 ce9.15 no https response, sql remote', 2012, true],
    ['TMS 15.9, SX20 ce9.15 no https response. TMS box is 2012 R2, sql remote', 2012, true],
    ['TMS 15.9, 2012 R2, SX20 ce9.15 no https response, sql remote', 2012, true],
  ])('en: %s', (msg, year, r2) => {
    const r = runIn('en', [msg]);
    expect(r.state.facts.windows).toMatchObject({ year, r2 });
    expect(rendered(r)).not.toMatch(/Which Windows Server release/);
  });

  it('en: "2016 server" stays off SQL\'s release, and SQL\'s own forms stay SQL\'s', () => {
    const a = runIn('en', ['TMS 15.9 at medium, SX20 ce9.15 no https response, 2016 server, sql 2017 local']);
    expect(a.state.facts.sql?.year).toBe(2017);
    const b = runIn('en', ['TMS 15.9, SX20 ce9.15 no https response, SQL Server 2016 local']);
    expect(b.state.facts.sql?.year).toBe(2016);
    expect(b.state.facts.windows).toBeUndefined();
    const c = runIn('en', ['TMS 15.9, SX20 ce9.15 no https response, SQL 2017, on a 2016 server']);
    expect(c.state.facts.sql?.year).toBe(2017);
    expect(c.state.facts.windows).toBeUndefined();
    const d = runIn('en', ['TMS 15.9, SX20 ce9.15 no https response, SQL on the TMS box is 2016']);
    expect(d.state.facts.sql?.year).toBe(2016);
    expect(d.state.facts.windows).toBeUndefined();
    const e = runIn('en', ['TMS 15.9, SX20 ce9.15 no https response, we plan to move to a 2019 server']);
    expect(e.state.facts.windows).toBeUndefined();
  });

  it('en: while the SQL question is open a bare "2012 R2" is asked about, not taken for Windows', () => {
    const r = runIn('en', ['TMS 15.1, CE 9.15 no https response', '2012 R2']);
    expect(rendered(r)).toMatch(/SQL Server has no 2012 R2/);
  });

  it('en: "same box as TMS, 2012 R2" gives both the SQL place and the Windows release', () => {
    const r = runIn('en', ['TMS 15.2.1, endpoints CE 9.15, no https response', 'the one bundled with TMS, I think 2012', 'same box as TMS, 2012 R2']);
    expect(r.state.facts.sqlLocation).toBe('local');
    expect(r.state.facts.windows).toMatchObject({ year: 2012, r2: true });
  });
});
