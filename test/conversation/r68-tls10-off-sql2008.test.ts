/**
 * FIX10D item 4: SQL Server 2008 (not R2) on the TMS server, at a build without TLS 1.2 support (SP3 and older), with TLS 1.0
 * and SSL 3.0 pasted off: Microsoft's failing case (knowledge.md, KB3135244), so the same critical "re-enable TLS 1.0" finding
 * as 2008 R2, naming 2008 SP4 10.0.6547.0 as the TLS 1.2 build. 2008 SP4 (TLS 1.2) and 2008 with no build unchanged. EN, JA.
 */
import { findings, rendered, runIn } from './helpers';

const PASTE = [
  'reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols /s',
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 3.0\\Server',
  '    Enabled    REG_DWORD    0x0',
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server',
  '    Enabled    REG_DWORD    0x0',
  '    DisabledByDefault    REG_DWORD    0x1',
].join('\n');
const en = (sql: string) => runIn('en', [`TMS 15.9, sx20 ce9.15, no https. ${sql} local, w2008r2. ${PASTE}`]);

describe('r68: TLS 1.0 and SSL 3.0 off with a local SQL 2008 (not R2) build without TLS 1.2', () => {
  it.each(['SQL 2008 SP3', 'SQL 2008 SP2 10.0.4000.0'])('EN %s: the critical re-enable-TLS 1.0 finding, with 2008 SP4 as the TLS 1.2 build', (sql) => {
    const r = en(sql);
    expect(findings(r)).toContain('evidence-tls10-off-sql2008r2');
    const out = rendered(r);
    expect(out).toMatch(/TLS 1\.0 is off, and SQL Server 2008 needs it/);
    expect(out).toMatch(/Re-enable TLS 1\.0 \(both sides\)/);
    expect(out).toMatch(/2008 SP4 from build 10\.0\.6547\.0/);
    expect(out).not.toMatch(/2008 R2 SP3 from build/);
  });

  it('JA', () => {
    const r = runIn('ja', [`TMS 15.9、SX20 ce9.15 で No HTTPS response。SQL Server 2008 SP3 は TMS サーバ上、Windows Server 2008 R2。\n${PASTE}`]);
    expect(findings(r)).toContain('evidence-tls10-off-sql2008r2');
    expect(rendered(r)).toMatch(/TLS 1\.0 が無効ですが、SQL Server 2008 はそれを必要としています/);
  });

  it.each(['SQL 2008 SP4 10.0.6556.0', 'SQL 2008', 'SQL 2008 R2 SP2'])('%s: as before (TLS 1.2 build, build to check, 2008 R2)', (sql) => {
    const codes = findings(en(sql));
    expect(codes.includes('evidence-tls10-off-sql2008r2')).toBe(sql.includes('R2'));
  });
});
