/**
 * FIX12B items 5 and 6 (QA37 B6, B4). A release said not to fail ("TC 7.3.3 units don't fail", 「TC7.3.3の機器は失敗して
 * いません」) does not replace the failing release. "sorry, I meant 2016" with only one of SQL/Windows held corrects that one
 * when the form fits it, else asks. EN and JA.
 */
import { rendered, runIn } from './helpers';

const P = 'TMS 15.2 shows No HTTPS response for our SX20 after upgrading it to CE 9.15';
const PJ = 'TMS 15.2でSX20をCE 9.15にアップグレードしたらNo HTTPS responseになりました';

describe('r71: a working release does not replace the failing one', () => {
  it.each([
    ['en', P, 'GPO hardening on the TMS server. TC 7.3.3 units don\'t fail'],
    ['en', P, 'TC 7.3.3 units do not fail'],
    ['ja', PJ, 'ハードニング後もTC7.3.3の機器は失敗していません'],
  ] as const)('%s: %s', (lang, first, msg) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    expect(rendered(r)).not.toMatch(/CE 9\.15 → TC 7\.3\.3/);
  });
});

describe('r71: correction with one field held', () => {
  it.each([
    ['en', 'Windows 2008 R2', 'sorry, I meant 2016', 'windows', 2016],
    ['en', 'SQL Server 2008 R2 on the TMS server', 'sorry I meant 2016', 'sql', 2016],
    ['en', 'SQL 2014 SP2', 'sorry, I meant 2016 SP1', 'sql', 2016],
    ['ja', 'Windowsは2008 R2です', 'すみません、2016でした', 'windows', 2016],
  ] as const)('%s: %s then %s', (lang, held, fix, field, year) => {
    const f = runIn(lang, [lang === 'en' ? P : PJ, held, fix]).state.facts;
    expect(f[field]?.year).toBe(year);
    expect(f[field === 'sql' ? 'windows' : 'sql']).toBeUndefined();
  });
  it('a SQL form with only Windows held: asked', () => {
    const r = runIn('en', [P, 'Windows 2008 R2', 'sorry, I meant 2016 SP1']);
    expect(r.state.facts.sql).toBeUndefined();
    expect(r.state.facts.windows?.year).toBe(2008);
    expect(rendered(r)).toMatch(/SQL Server or the Windows Server release/);
  });
});
