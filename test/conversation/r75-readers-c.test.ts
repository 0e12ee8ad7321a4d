/**
 * readers-c: reader misses left from the last sessions (one describe per finding of BRIEF-readers-c).
 */
import { parseSql } from '../../src/domain/versions';
import { runIn } from './helpers';

describe('readers-c #8 (QA51 #18): typos in Windows and SQL releases', () => {
  it.each([
    ['tms15.13 windwos 2016 sql2014sp2 local, codec ce 9.15', 2016, false, 2014],
    ['TMS 15.13, Win 2k8 R2, SQL 2k8 R2 local, TC7.3.6', 2008, true, 2008],
    ['TMS 15.13, widows 2012 r2, sql 2k12 sp4 local, ce9.15', 2012, true, 2012],
    ['TMS 15.13, windoes server 2019, SQL 2k16 local, CE 9.15', 2019, false, 2016],
    ['TMS 15.13 on W2K16, SQL2k8R2 local, ce 9.15', 2016, false, 2008],
  ] as const)('%j reads Windows and SQL', (msg, win, r2, sql) => {
    const f = runIn('en', [msg]).state.facts;
    expect(f.windows).toMatchObject({ year: win, r2 });
    expect(f.sql?.year).toBe(sql);
    expect(f.tms?.semver).toBe('15.13.0');
  });
  it('SQL 2k8 R2 is 2008 R2, 2k14 sp2 is 2014 SP2', () => {
    expect(parseSql('2k8 R2')).toMatchObject({ ok: true, value: { year: 2008, r2: true } });
    expect(parseSql('2k14 sp2')).toMatchObject({ ok: true, value: { year: 2014, sp: 2 } });
    expect(parseSql('2k12 R2').ok).toBe(false);
  });
  it.each(['the widows of the old codecs, TMS 15.13', 'TMS 15.13, SQL 2k local, CE 9.15'])('%j reads no Windows nor SQL', (msg) => {
    const f = runIn('en', [msg]).state.facts;
    expect(f.windows).toBeUndefined();
    expect(f.sql).toBeUndefined();
  });
});
