/**
 * QA51 #10: a Japanese short correction led by 「いえ、」「いいえ、」 is read as the English "no, …" is: 「いえ、2012 SP4 です」 after
 * SQL 2012 makes it SQL Server 2012 SP4 (a release with a service pack is SQL's; Windows 2012 has none).
 */
import { talk, last, rendered } from './helpers';

const SETUP = ['TMS 15.13 で SX80 (TC7.3.6) が No HTTPS response です。OS は 2012 R2、SQL は 2014 SP2 で同じサーバです。', 'すみません、SQL は 2012 でした'];

describe('QA51 #10: 「いえ、2012 SP4 です」', () => {
  it.each(['いえ、2012 SP4 です', 'いいえ、SP4 です', 'いえ、SP4', 'no, 2012 SP4'])('%s → SQL Server 2012 SP4', (msg) => {
    const r = last(talk(...SETUP, msg));
    expect(r.understoodNothing).toBeFalsy();
    expect(r.state.facts.sql).toMatchObject({ year: 2012, sp: 4 });
    expect(r.state.facts.windows).toMatchObject({ year: 2012, r2: true });
    expect(rendered(r)).toContain('SQL Server 2012 SP4');
  });

  it('「いえ」 without a version changes nothing', () => {
    const r = last(talk(...SETUP, 'いえ、それはまだです'));
    expect(r.state.facts.sql).toMatchObject({ year: 2012, sp: null });
  });
});
