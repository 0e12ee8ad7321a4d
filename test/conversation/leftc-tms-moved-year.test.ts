/**
 * left-c #2: a year TMS was moved onto ("we moved the TMS server to 2019 last week", "TMS now runs on 2019", 「TMS サーバを 2019 に
 * 移行しました」) is the Windows release of the server TMS runs on now, recorded as "TMS on Windows 2019" is; never a TMS release
 * ("2019 does not look like a TMS release"), never the SQL answer, never where SQL runs. A plan, a negation or a question records
 * nothing. EN and JA.
 */
import { rendered, runIn } from './helpers';

const P = 'TMS 15.13 cannot reach the SX80 on CE 9.8, no HTTPS response';
const PJ = 'TMS 15.13 で CE 9.8 の SX80 が No HTTPS response になります';
const W16 = `${P}, Windows 2016`;
const W16J = `${PJ}。Windows 2016 です`;

describe('left-c #2: TMS moved onto a Windows release', () => {
  it.each([
    ['en', P, 'we moved the TMS server to 2019 last week'],
    ['en', W16, 'we moved the TMS server to 2019 last week'],
    ['en', W16, 'TMS was migrated to 2019 last week'],
    ['en', W16, 'TMS now runs on 2019'],
    ['en', W16, 'we moved TMS from 2016 to 2019'],
    ['ja', PJ, 'TMS サーバを 2019 に移行しました'],
    ['ja', W16J, 'TMS サーバを 2019 に移行しました'],
    ['ja', W16J, 'TMS を 2019 サーバへ移設済みです'],
  ] as const)('%s: %s → %s is Windows 2019', (lang, first, msg) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.windows?.year).toBe(2019);
    expect(r.state.facts.tms?.raw).toBe('15.13');
    expect(r.state.facts.sql).toBeUndefined();
    expect(r.state.facts.sqlLocation).toBeUndefined();
    expect(rendered(r)).not.toMatch(/does not look like a TMS release|TMS のリリース番号として見当たりません/);
  });
  it.each([
    ['en', W16, 'we will move TMS to 2019 next month'],
    ['en', W16, "we haven't moved TMS to 2019 yet"],
    ['en', W16, 'should we move TMS to 2019?'],
    ['ja', W16J, 'TMS サーバを 2019 に移行する予定です'],
    ['ja', W16J, 'TMS サーバを 2019 に移行しましたか？'],
  ] as const)('%s: %s → %s records nothing', (lang, first, msg) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.windows?.year).toBe(2016);
    expect(r.state.facts.sql).toBeUndefined();
    expect(r.state.facts.sqlLocation).toBeUndefined();
  });
  it('the SQL question still takes "on the TMS server" (JA)', () => {
    expect(runIn('ja', [W16J, 'TMS サーバ上です']).state.facts.sqlLocation).toBe('local');
  });
});
