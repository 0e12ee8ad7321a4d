/**
 * QA36 #6: "ok to apply IIS Crypto best practices?" with a local SQL 2008 R2 SP3 10.50.6560.0 (a build with TLS 1.2 support):
 * the start-up failure (event 26011) is Microsoft's case for builds WITHOUT TLS 1.2 support (knowledge.md), so it is not said
 * of this build; the template is still not part of the fix (the TechNote's keep-TLS-1.0 with SQL 2008 R2, Medium without TLS 1.0).
 * With the build unknown: "check the build", not the failure as a fact. Builds without TLS 1.2 keep the warning.
 */
import { say } from './helpers';

const ask = (sql: string) => say([], `TMS 15.11 on 2012 R2 with local ${sql}, SX20 ce9.15.3 no https response. ok to apply IIS Crypto best practices template?`).text;
const JA = 'TMS 15.11、Windows Server 2012 R2、SQL Server 2008 R2 SP3（10.50.6560.0）同居。エンドポイントはSX20 ce9.15.3。No HTTPS responseが出ています。IIS CryptoのBest Practicesを適用してもいいですか？';

describe('r66: IIS Crypto Best Practices and the SQL build', () => {
  it('2008 R2 SP3 10.50.6560.0 (TLS 1.2): no "stops and does not start again", still not part of the fix, with the right reasons', () => {
    const t = ask('SQL 2008 R2 SP3 10.50.6560.0');
    expect(t).not.toMatch(/stops and does not start again/);
    expect(t).toMatch(/^Not as part of this fix\./m);
    expect(t).toMatch(/has TLS 1\.2 support, so Microsoft's SQL start-up failure .* does not apply to it/);
    expect(t).toMatch(/TechNote still says to keep TLS 1\.0 and SSL 3\.0 enabled/);
    expect(t).toMatch(/sends no ClientHello at all/);
  });

  it('JA: the same, no 停止して再び起動しなくなります for the TLS 1.2 build', () => {
    const t = say([], JA).text;
    expect(t).not.toMatch(/停止して再び起動しなくなります/);
    expect(t).toMatch(/TLS 1\.2 に対応しているため、Microsoft が挙げている SQL の起動障害.*当てはまりません/);
    expect(t).toMatch(/今回の修正としては使わないでください/);
  });

  it('a first TLS 1.2 build (10.50.6537): KB3146034 named, no start-up failure asserted', () => {
    const t = ask('SQL 2008 R2 SP3 10.50.6537');
    expect(t).not.toMatch(/stops and does not start again/);
    expect(t).toMatch(/KB3146034/);
  });

  it.each(['SQL 2008 R2', 'SQL 2012'])('%s, build unknown: check the build, the failure only as a condition', (sql) => {
    const t = ask(sql);
    expect(t).toMatch(/Check the build first \(`SELECT @@VERSION`\)/);
    expect(t).toMatch(/if SQL Server 20\d\d( R2)? on the TMS server is a build without TLS 1\.2 support, it then stops/);
    expect(t).not.toMatch(/then stops and does not start again \(event 26011\): a build without/);
  });

  it.each(['SQL 2008 R2 SP2', 'SQL 2012 SP1 11.0.3128', 'SQL 2014 SP1 12.0.4100'])('%s (no TLS 1.2): the warning stays', (sql) => {
    const t = ask(sql);
    expect(t).toMatch(/^No, not the "Best Practices" template: .* then stops and does not start again \(event 26011\)/m);
  });
});
