/**
 * QA round 22 M8: a service pack and a build in one short message ("SP1, build 11.0.3000", 「SP1です。ビルドは11.0.3000」)
 * after "local SQL 2012" is read (each half alone already was): SQL 2012 SP1 (11.0.3000), which needs a service-pack
 * upgrade before the TLS change. 「SP1です。」 is not a speaker's self-introduction (「田中です。」).
 */
import { rendered, runIn } from './helpers';

const EN = 'TMS 15.6, CE 9.8, Win 2012 R2, local SQL 2012';
const JA = 'TMS 15.6でCE9.8、SQL 2012同居';

describe('M8: service pack and build together', () => {
  it.each(['SP1, build 11.0.3000', 'SP1 build 11.0.3000', 'sorry, SP1, build 11.0.3000'])('EN %s', (msg) => {
    const r = runIn('en', [EN, msg]);
    expect(r.state.facts.sql).toMatchObject({ year: 2012, sp: 1 });
    expect(r.state.facts.sql?.build).toMatch(/^11\.0\.3000/);
    const out = rendered(r);
    expect(out).not.toMatch(/could not find a version/);
    expect(out).toMatch(/Updated: SQL Server 2012 → SQL Server 2012 SP1/);
    expect(out).toMatch(/upgrade to a service pack with TLS 1\.2 first/);
  });
  it.each(['SP1です。ビルドは11.0.3000', 'SP1でビルドは11.0.3000です'])('JA %s', (msg) => {
    const r = runIn('ja', [JA, msg]);
    expect(r.state.facts.sql).toMatchObject({ year: 2012, sp: 1 });
    const out = rendered(r);
    expect(out).toMatch(/更新：SQL Server 2012 → SQL Server 2012 SP1/);
    expect(out).not.toMatch(/値が 2 つ出ています/);
    expect(out).toMatch(/TLS 1\.2 対応のサービス パックにアップグレード/);
  });
  it('a self-introduction is still a speaker (two values kept apart)', () => {
    const out = rendered(runIn('ja', ['TMS 15.2.1でCE9.8、SQL 2016同居', '田中です。TMSは15.13です']));
    expect(out).toMatch(/値が 2 つ出ています/);
  });
  it('a service pack with something else after it is not a bare build', () => {
    const r = runIn('en', [EN, 'SP1, build 11.0.3000 and TMS is 15.9']);
    expect(r.state.facts.tms?.raw).toMatch(/15\.9/);
  });
});
