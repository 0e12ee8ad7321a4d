/**
 * QA48 #4, #5 (and #16): the TLS 1.2 builds the kit names are those of the SQL Server release on the TMS server. The recovery
 * kit for SQL 2012 / 2014 named "SQL Server 2008 R2 SP3 10.50.6542.0" as what keeps TLS 1.0 off; SQL Server 2005 got the 2008 R2
 * build as its threshold in the SQL line and FIRST. Each .reg read back with parseRegFile, EN and JA.
 */
import { buildFixKit } from '../../src/fixkit';
import { expectTls10BackOn } from './tls10-back-on-kit';
import { state, ok, comments, expectTls12Only, SETUP } from './kit-helpers';

describe('QA48 #4 and #5: the TLS 1.2 builds named are those of the SQL release here', () => {
  it.each([
    ['en', '2014 SP1', "SQL won't start since we turned TLS 1.0 off", /SQL Server 2014 RTM GDR 12\.0\.2271\.0.*SP2 12\.0\.5000\.0/, ''],
    ['ja', '2012 SP1', 'TLS 1.0 を無効にしてから、SQL Server が起動しません', /SQL Server 2012 SP2 GDR 11\.0\.5352\.0.*SP4 11\.0\.7001\.0/, 'サービス パックへのアップグレード'],
    ['en', '2012 SP1', "SQL won't start since we turned TLS 1.0 off", /SQL Server 2012 SP2 GDR 11\.0\.5352\.0/, 'service-pack upgrade'],
  ] as const)('%s SQL %s on 2025, down after TLS 1.0 off: the recovery file names its own builds, no 2008 R2 build', (lang, sql, said, builds, sp) => {
    const s = state(lang, [`${SETUP[lang]('2025', sql)} ${said}`]);
    const k = ok(buildFixKit({ facts: s.facts, lang }));
    expect(k.kind).toBe('recovery');
    expectTls10BackOn(k.files[0].bytes);
    const text = comments(k, 'tls10-back-on.reg').join('\n');
    expect(text).toMatch(builds);
    expect(text).not.toMatch(/2008 R2|10\.50\./);
    if (sp) expect(text).toContain(sp);
  });

  it.each(['en', 'ja'] as const)('%s SQL 2005 SP4: no 2008 R2 threshold in the SQL line or FIRST; an upgrade is the way', (lang) => {
    const plain = ok(buildFixKit({ facts: state(lang, [SETUP[lang]('2008 R2', '2005 SP4')]).facts, lang }));
    expectTls12Only(plain);
    const c = comments(plain, 'enable-tls12.reg').join('\n');
    expect(c).not.toMatch(/TLS 1\.2 from 10\.50|TLS 1\.2 対応は 10\.50/);
    expect(c).toMatch(lang === 'en' ? /no SQL Server 2005 build has TLS 1\.2 support .*upgrading SQL Server/ : /SQL Server 2005 には TLS 1\.2 に対応したビルドがありません.*SQL Server のアップグレードが必要です/);
    const off = ok(buildFixKit({ facts: state(lang, [`${SETUP[lang]('2008 R2', '2005 SP4')} ${lang === 'en' ? 'TLS 1.0 is disabled on the server.' : 'サーバの TLS 1.0 は無効にしました。'}`]).facts, lang }));
    expect(off.warnings[0]).toMatch(lang === 'en' ? /^FIRST:/ : /^最初に：/);
    expect(off.warnings[0]).not.toMatch(/10\.50\.6542\.0 on|10\.50\.6542\.0 以降/);
    const back = comments(off, 'tls10-back-on.reg').join('\n');
    expect(back).not.toMatch(/TLS 1\.2 from 10\.50|TLS 1\.2 対応は 10\.50/);
  });
});

