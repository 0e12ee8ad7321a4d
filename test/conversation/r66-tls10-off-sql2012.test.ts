/**
 * QA36 #1: a pasted reg query with SSL 3.0 and TLS 1.0 (Server) both off, and a local SQL 2012 / 2014 build without TLS 1.2
 * support: this server is in Microsoft's failing case (knowledge.md, KB3135244 FAQ), so the answer is the one SQL 2008 R2
 * gets (re-enable TLS 1.0 on both sides, with the .reg), and the observation does not call that SQL a 2008 R2.
 */
import { findings, rendered, runIn } from './helpers';

const paste = (sql: string, ja = false) =>
  `${ja ? 'TMS 15.9、sx20 ce9.15、No HTTPS response。' : 'TMS 15.9, sx20 ce9.15, no https. '}SQL ${sql} local, w2012r2. reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols /s
HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 3.0\\Server
    Enabled    REG_DWORD    0x0
HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server
    Enabled    REG_DWORD    0x0
    DisabledByDefault    REG_DWORD    0x1`;

const REENABLE = /Protocols\\TLS 1\.0\\Client\]\s*"Enabled"=dword:00000001/;

describe('r66: TLS 1.0 and SSL 3.0 off with a local SQL 2012/2014 without TLS 1.2', () => {
  it.each([
    ['en', '2012 SP1 11.0.3128', /Re-enable TLS 1\.0 \(both sides\)/, /service-pack upgrade/],
    ['en', '2014 SP1 12.0.4100', /Re-enable TLS 1\.0 \(both sides\)/, /TLS 1\.2 update of its line/],
    ['ja', '2012 SP1 11.0.3128', /TLS 1\.0 を（両方の側で）再度有効/, /サービスパックの更新/],
  ] as const)('%s %s: the failing case, TLS 1.0 back on first, with the .reg', (lang, sql, reenable, later) => {
    const r = runIn(lang, [paste(sql, lang === 'ja')]);
    expect(findings(r)).toContain('evidence-tls10-off-sql2008r2');
    const out = rendered(r);
    expect(out).toMatch(reenable);
    expect(out).toMatch(later);
    expect(out).toMatch(REENABLE);
    // SSL 3.0 was read as off: not treated as unknown ("as soon as SSL 3.0 is off too").
    expect(out).not.toMatch(/as soon as SSL 3\.0 is off too|SSL 3\.0 も無効なら起動できなくなります/);
    // The SQL is not called a 2008 R2.
    expect(out).not.toMatch(/SQL Server 2008 R2/);
  });

  it('SQL 2012 with no build known: says to check the build, and what to do if it has no TLS 1.2, without asserting', () => {
    const r = runIn('en', [paste('2012')]);
    expect(findings(r)).not.toContain('evidence-tls10-off-sql2008r2');
    const out = rendered(r);
    expect(out).toMatch(/Check the build of SQL Server 2012 \(`SELECT @@VERSION`\)/);
    expect(out).toMatch(/SSL 3\.0 is off here too: if the build has no TLS 1\.2 support[^.]*re-enable TLS 1\.0/);
    expect(out).not.toMatch(/SQL Server 2012 on this server has no TLS 1\.2 support/);
  });

  it.each(['2014 SP1 12.0.4439.1', '2014 12.0.2300', '2016', '2019'])('SQL %s (TLS 1.2): not told to re-enable TLS 1.0', (sql) => {
    const r = runIn('en', [paste(sql)]);
    expect(findings(r)).not.toContain('evidence-tls10-off-sql2008r2');
    const out = rendered(r);
    expect(out).toMatch(/supports TLS 1\.2, so TLS 1\.0 off does not stop it/);
    expect(out).not.toMatch(/Re-enable TLS 1\.0|re-enable TLS 1\.0/);
    expect(out).not.toMatch(REENABLE);
  });

  it('SQL 2008 R2 SP2 keeps its answer', () => {
    const r = runIn('en', [paste('2008 R2 SP2')]);
    expect(findings(r)).toContain('evidence-tls10-off-sql2008r2');
    expect(rendered(r)).toMatch(/2008 R2 SP3 from build 10\.50\.6542\.0/);
  });
});
