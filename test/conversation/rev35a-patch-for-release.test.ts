/**
 * REV35 #3: "patch/update/fix for <N.N>" is read as a TMS release before 15 only when TMS is named or the number is shaped like
 * one ("14.6", "14.6.2", "14.x"), not for a SQL Server build ("11.0.2100", "12.0.2000") nor "11.x": those are left to the SQL
 * reading (with SQL Server 2012 SP1 on the TMS server, "any fix for 11.x?" gets the service-pack-first answer, as before).
 */
import { rendered, runIn } from './helpers';

const F = 'TMS 15.2, SX20 on TC 7.3.21 shows No HTTPS response, Windows Server 2012 R2, SQL Server 2012 SP1 on the TMS server';
const JF = 'TMS 15.2 で SX20（TC 7.3.21）が No HTTPS response になります。Windows Server 2012 R2、SQL Server 2012 SP1 は TMS サーバ上にあります';
const P14 = 'TMS 14.6.2, SX20 on TC 7.3.21 shows No HTTPS response, Windows Server 2012 R2, SQL 2016 on a separate server';

describe('REV35 #3: patch for a number that is not a TMS release', () => {
  it.each(['is there an update for 11.0.2100 that adds TLS 1.2?', 'is there a patch for 11.0.2100?', 'is there a patch for 12.0.2000?', 'any fix for 11.x?'])(
    'EN SQL build, no TMS-upgrade card: %s',
    (m) => {
      expect(rendered(runIn('en', [F, m]))).not.toMatch(/Does TMS need an upgrade|needs no upgrade/);
    },
  );

  it('EN "any fix for 11.x?" with SQL 2012 SP1 held: the service pack first', () => {
    expect(rendered(runIn('en', [F, 'any fix for 11.x?']))).toMatch(/SQL Server 2012 SP1: upgrade to a service pack with TLS 1.2 first/);
  });

  it('JA SQL build, no TMS-upgrade card', () => {
    expect(rendered(runIn('ja', [JF, '11.0.2100 向けのパッチはありますか']))).not.toMatch(/TMS のアップグレードは必要か|アップグレード不要/);
  });

  it.each(['is there a patch for 14.6?', 'any hotfix for TMS 14.6.2?', 'is there a fix for 14.x?'])('EN TMS release still read: %s', (m) => {
    expect(rendered(runIn('en', [P14, m]))).toMatch(/Does TMS need an upgrade\?[\s\S]*Upgrading TMS to 15.x is the fix/);
  });

  it.each(['14.6 のパッチはありますか', 'TMS 14.6.2 向けの修正プログラムはありますか'])('JA TMS release still read: %s', (m) => {
    expect(rendered(runIn('ja', [P14, m]))).toMatch(/TMS 15 より前のバージョン向けのパッチは載っていません/);
  });
});
