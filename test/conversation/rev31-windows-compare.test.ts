/**
 * rev31 #3, #4: the Windows-release comparison (windows-compare.ts).
 * #3: with TMS before 15 on record, no Medium-High advice: TMS Tools has no such option and TLS 1.2 in the registry does not help
 *     (knowledge.md "TMS before 15"); the TMS release is what matters, the Windows release only after the upgrade.
 * #4: a move already done ("we migrated the TMS server to Windows Server 2019, does anything change?") is not this question: the
 *     usual reading takes it (and records the new release), so no reboot is prescribed for the old 2008 R2.
 */
import { runIn, runText } from './helpers';

const PRE15 = {
  en: 'TMS 14.6.2 on Windows 2016, endpoints SX80 on CE 9.8, No HTTPS response',
  ja: 'TMS 14.6.2、Windows 2016、エンドポイントは CE 9.8 の SX80 で No HTTPS response',
};
const OLD = {
  en: 'TMS 15.9, Windows 2008 R2, SQL 2016 remote, SX80 on CE 9.8 No HTTPS response',
  ja: 'TMS 15.9、Windows 2008 R2、SQL 2016 リモート、SX80 CE 9.8 で No HTTPS response',
};

describe('#3: TMS before 15 on record: the TMS release is what matters', () => {
  it.each([
    ['en', 'is Windows 2022 different from 2019?', /With TMS 14\.6\.2 the Windows release changes nothing[\s\S]*upgrade TMS to 15\.x first/],
    ['en', 'we are moving the TMS server to Windows 2022 next month, does the fix change?', /A move to another Windows release does not fix this by itself/],
    ['en', 'we are moving the TMS server to Windows 2025 next month, does the fix change?', /not documented/],
    ['ja', '2012 R2 と 2016 で違いはありますか？', /TMS 14\.6\.2 では Windows のリリースによって何も変わりません[\s\S]*まず TMS を 15\.x にアップグレード/],
    ['ja', '来月 TMS サーバを Windows 2022 に移行する予定ですが、手順は変わりますか？', /移行だけではこの問題は解決しません/],
  ] as const)('%s: %s -> no Medium-High advice', (lang, q, re) => {
    const r = runIn(lang, [PRE15[lang], q]);
    const { text } = runText(lang, [PRE15[lang], q]);
    expect(r.route).toBe('windows-compare');
    expect(text).toMatch(re);
    expect(text).not.toMatch(/Medium-High|Communication Security = |at Medium/);
    expect(text).not.toMatch(/TMS 側の作業はどのリリースでも同じ|TMS ツールのレベル/);
    expect(r.state.facts.windows?.year).toBe(2016);
  });

  it('TMS 15 on record: the TMS side (Medium-High) is still given', () => {
    const { text } = runText('en', [OLD.en, 'is Windows 2022 different from 2019?']);
    expect(text).toMatch(/Communication Security = Medium-High/);
    expect(text).not.toMatch(/the Windows release changes nothing/);
  });
});

describe('#4: a move already done is a report, read as usual', () => {
  it.each([
    ['en', 'we migrated the TMS server to Windows Server 2019, does anything change?', 2019],
    ['en', 'we moved TMS to Windows 2022 last week, is it different?', 2022],
    ['en', 'we upgraded to Windows Server 2019 yesterday, is anything different?', 2019],
    ['en', 'the server was rebuilt on Windows 2022, is anything different?', 2022],
    ['ja', '先週 TMS サーバを Windows 2019 に移行しましたが、何か変わりますか？', 2019],
    ['ja', 'TMS サーバを Windows 2022 に移しましたが、手順は変わりますか？', 2022],
    ['ja', 'Windows 2019 に入れ替えましたが、違いはありますか？', 2019],
  ] as const)('%s: %s -> not windows-compare', (lang, q, year) => {
    const r = runIn(lang, [OLD[lang], q]);
    expect(r.route).not.toBe('windows-compare');
    // (Recording the new release is the readers' work, not this route's; where they record it, 2008 R2's reboot goes.)
    if (r.state.facts.windows?.year === year) expect(runText(lang, [OLD[lang], q]).text).not.toMatch(/Windows Server 2008 R2: TLS 1\.1 and 1\.2 are off by default/);
  });

  it.each([
    ['en', 'we are moving the TMS server to Windows 2022 next month, does the fix change?'],
    ['en', 'is Windows 2022 different from 2019?'],
    ['ja', '来月 TMS サーバを Windows 2022 に移行する予定ですが、手順は変わりますか？'],
  ] as const)('%s: %s -> a plan or a comparison is still answered, nothing recorded', (lang, q) => {
    const r = runIn(lang, [OLD[lang], q]);
    expect(r.route).toBe('windows-compare');
    expect(r.state.facts.windows?.year).toBe(2008);
  });
});
