/**
 * REV29 (review of the twenty-sixth session's integration): a report of the level raised with one system back is a partial
 * success (the level took effect), not the missing-restart reading (raised-no-restart.ts).
 */
import { rendered, runIn } from './helpers';

const CASE = {
  en: 'TMS 15.13, SQL 2016 on the TMS server, CE 9.15, Windows 2016, Medium',
  ja: 'TMS 15.13、SQL 2016 は TMS サーバ上、CE 9.15、Windows 2016、Medium',
};

describe('raised with one system back (REV29)', () => {
  it.each([
    ['en', 'Set Medium-High. Some endpoints still fail. The error went away on one.'],
    ['ja', 'Medium-High に変更しました。1台は直りましたが、他はまだ失敗します'],
  ] as const)('%s: %s is a partial success', (lang, line) => {
    expect(runIn(lang, [CASE[lang], line]).route).toBe('partial-success');
  });

  it.each([
    ['en', 'changed it to Medium-High 5 minutes ago, nothing else. still red'],
    ['ja', 'Medium-High に変更しましたが、まだ No HTTPS response のままです'],
  ] as const)('%s: %s (nothing back) still leads with the restart', (lang, line) => {
    expect(runIn(lang, [CASE[lang], line]).route).toBe('raised-no-restart');
  });
});

describe('a bare rollback with no fix reported (REV30 #1)', () => {
  const OPEN = {
    en: 'TMS 15.2.1, we upgraded the SX80 to CE 9.15 last night and now it shows No HTTPS response, level Medium, Windows 2016, SQL 2016 on the TMS server',
    ja: 'TMS 15.2.1、昨夜 SX80 を CE 9.15 にアップグレードしたら No HTTPS response になりました。レベルは Medium、Windows 2016、SQL 2016 は TMS サーバ上',
  };
  it.each([
    ['en', 'we rolled it back', /If what you rolled back was the endpoints' upgrade instead[\s\S]*Force Refresh[\s\S]*CE 9\.15 on record/],
    ['ja', '全部元に戻しました', /エンドポイントのアップグレード[\s\S]*\[Force Refresh\]/],
  ] as const)('%s: %s says how an undone endpoint upgrade differs and asks which', (lang, line, want) => {
    const r = runIn(lang, [OPEN[lang], line]);
    expect(r.route).toBe('fix-rollback');
    expect(rendered(r)).toMatch(want);
    expect(rendered(r)).not.toMatch(/you rolled the fix back/);
  });
  it('after a fix reported, a rollback is the fix\'s: no such question', () => {
    const r = runIn('en', [OPEN.en, 'set Medium-High and restarted IIS and the TMS services, it works', 'we rolled it back']);
    expect(r.route).toBe('fix-rollback');
    expect(rendered(r)).not.toMatch(/endpoints' upgrade instead/);
  });
});
