/**
 * FIX10C (QA36 #3): a bare year that corrects a version ("sorry, I meant 2016") is applied to the one field that can be
 * meant (SQL already at 2016: Windows), and asked about when both SQL Server and Windows could be meant.
 */
import { rendered, runIn } from './helpers';

const FIRST_EN = 'TMS 15.6 on windows 2008 R2, SX80 ce9.4 no https response, SQL 2016 local';
const FIRST_JA = 'TMS 15.6、Windows 2008 R2、SQL 2016 同居、SX80 ce9.4 で No HTTPS response';

describe('QA36 #3: "sorry, I meant 2016"', () => {
  it.each([
    ['en', FIRST_EN, 'sorry, I meant 2016'],
    ['ja', FIRST_JA, 'すみません、2016でした'],
  ] as const)('%s: only Windows can be meant: applied', (lang, first, fix) => {
    const r = runIn(lang, [first, fix]);
    expect(r.state.facts.windows?.year).toBe(2016);
    expect(r.state.facts.sql?.year).toBe(2016);
    const text = rendered(r);
    expect(text).not.toMatch(/could not find a version|見つかりません/);
  });

  it.each([
    ['en', 'TMS 15.6 on windows 2012 R2, sql 2014 SP2 local, SX80 ce9.4 no https response', 'sorry, I meant 2016', /SQL Server or the Windows Server release/],
    ['ja', 'TMS 15.6、Windows 2012 R2、SQL 2014 SP2 同居、SX80 ce9.4 で No HTTPS response', 'すみません、2016でした', /SQL Server と Windows Server のどちら/],
  ] as const)('%s: either could be meant: asked which', (lang, first, fix, ask) => {
    const r = runIn(lang, [first, fix]);
    const text = rendered(r);
    expect(text).toMatch(ask);
    expect(text).not.toMatch(/could not find a version/);
    expect(r.state.facts.windows?.year).toBe(2012);
    expect(r.state.facts.sql?.year).toBe(2014);
  });
});
