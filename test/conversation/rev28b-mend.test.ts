/**
 * REV28 #3: "can we just skip the SQL part?" with the SQL build unknown leads with "check the build first" (knowledge.md,
 * SQL Server 2012 caveat: with the build unknown the action is "check the build", not "install first"), names the first
 * TLS 1.2 builds and the RTM / SP1 service-pack case; for a 2008 R2 build with TLS 1.2 support the reason given is the
 * TechNote's, not the start-up failure of a build without TLS 1.2 support.
 */
import { runIn, rendered } from './helpers';

/** The paragraphs of the skip answer (the heading's block onwards, up to the follow-up question). */
function skipAnswer(lang: 'en' | 'ja', setup: string, q: string): string {
  return rendered(runIn(lang, [setup, q])).split(/\n\?/)[0]!;
}

describe('REV28 #3: skip the SQL part, SQL 2012 on the TMS server with the build unknown', () => {
  it('EN: leads with checking the build, then the first builds and the RTM / SP1 case', () => {
    const t = skipAnswer('en', 'TMS 15.13, SQL 2012 on the TMS server', 'can we just skip the SQL part?');
    const body = t.slice(t.indexOf('Skipping the SQL part'));
    const firstPara = body.split('\n\n')[1]!;
    expect(firstPara).toMatch(/^Check the build first \(`SELECT @@VERSION`\)/);
    expect(t).not.toContain('Not safely');
    expect(t).toContain('SP2 GDR 11.0.5352');
    expect(t).toMatch(/2012 RTM \/ SP1[^.]*service-pack upgrade/);
    expect(t).not.toContain('TMS stops with its database');
  });

  it('JA: leads with checking the build, then the first builds and the RTM / SP1 case', () => {
    const t = skipAnswer('ja', 'TMS 15.13、TMS サーバ上に SQL 2012', 'SQL の作業は省略できますか');
    expect(t).toMatch(/まずビルドを確認してください（`SELECT @@VERSION`）/);
    expect(t).not.toContain('安全には省けません');
    expect(t).toContain('SP2 GDR 11.0.5352');
    expect(t).toMatch(/2012 RTM \/ SP1[^。]*サービス パックへのアップグレード/);
  });

  it('a known RTM build still says "not safely" with the service-pack upgrade', () => {
    const t = skipAnswer('en', 'TMS 15.13, SQL 2012 on the TMS server, build 11.0.2100', 'can we just skip the SQL part?');
    expect(t).toContain('Not safely');
    expect(t).toContain('service-pack upgrade');
    expect(t).not.toContain('Check the build first');
  });
});

describe('REV28 #3: skip the SQL part, SQL 2008 R2 with TLS 1.2 support on the TMS server', () => {
  it('EN: the TechNote\'s reason, not the failure of a build without TLS 1.2 support', () => {
    const t = skipAnswer('en', 'TMS 15.13, SQL 2008 R2 10.50.6560.0 on the TMS server', 'can we just skip the SQL part?');
    expect(t).toContain('keep TLS 1.0 enabled');
    expect(t).toMatch(/the TechNote says to keep TLS 1\.0 enabled with SQL Server 2008 R2 on the TMS server/i);
    expect(t).not.toContain('a build without TLS 1.2 support stops');
  });

  it('JA: the TechNote\'s reason', () => {
    const t = skipAnswer('ja', 'TMS 15.13、TMS サーバ上に SQL 2008 R2 10.50.6560.0', 'SQL の作業は省略できますか');
    expect(t).toContain('TechNote');
    expect(t).not.toContain('TLS 1.2 に対応していないビルドは停止して');
  });

  it('a 2008 R2 build without TLS 1.2 support keeps the start-up failure as the reason', () => {
    const t = skipAnswer('en', 'TMS 15.13, SQL 2008 R2 10.50.4000.0 on the TMS server', 'can we just skip the SQL part?');
    expect(t).toContain('26011');
    expect(t).not.toContain('TMS stops with its database');
  });
});
