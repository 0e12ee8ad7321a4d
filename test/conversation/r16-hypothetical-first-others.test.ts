/**
 * R34B item 4: a supposed release answered apart in the first message was only tested for TMS (r16-hypothetical-first).
 * The same for an endpoint, SQL Server and Windows (EN/JA): the supposed case is answered, the user's own value is kept.
 * (These pass on main: no behaviour changed; they guard it.)
 */
import { rendered, runIn } from './helpers';

describe('first message: own release stated, another supposed (endpoint, SQL, Windows)', () => {
  it.each([
    ['en', 'we run CE 9.15; what if we were on TC 7.3.3?', /You asked about TC 7\.3\.3[^\n]*stays CE 9\.15/, 'endpoint', '9.15.0'],
    ['ja', 'CE 9.15を使っていますが、もしTC 7.3.3だったら？', /TC 7\.3\.3 の場合[^\n]*引き続き CE 9\.15/, 'endpoint', '9.15.0'],
    ['en', 'We use SQL 2016. What if it were SQL 2008 R2?', /You asked about SQL Server 2008 R2[^\n]*stays SQL Server 2016/, 'sql', 2016],
    ['ja', 'SQLは2016です。もしSQL 2008 R2だったら？', /SQL Server 2008 R2 の場合[^\n]*引き続き SQL Server 2016/, 'sql', 2016],
    ['en', "We're on Windows 2016; what if it were Windows 2008 R2?", /You asked about Windows Server 2008 R2[^\n]*stays Windows Server 2016/, 'windows', 2016],
    ['ja', 'Windowsは2016です。もしWindows 2008 R2だったら？', /Windows Server 2008 R2 の場合[^\n]*引き続き Windows Server 2016/, 'windows', 2016],
  ] as const)('%s %j', (lang, msg, said, field, own) => {
    const r = runIn(lang, [msg]);
    expect(rendered(r)).toMatch(said);
    const f = r.state.facts as Record<string, { semver?: string; year?: number } | undefined>;
    expect(field === 'endpoint' ? f.endpoint?.semver : f[field]?.year).toBe(own);
  });

  it('TC 7.3.3 supposed: that case is "not this problem", while the own CE 9.15 is not said to accept TLS 1.0', () => {
    const out = rendered(runIn('en', ['we run CE 9.15; what if we were on TC 7.3.3?']));
    expect(out).toMatch(/Not this problem: the endpoint still accepts TLS 1\.0/);
    expect(out).toMatch(/Understood so far: CE 9\.15/);
  });
});
