/**
 * REV29 (review of the twenty-sixth session's integration): a report of the level raised with one system back is a partial
 * success (the level took effect), not the missing-restart reading (raised-no-restart.ts).
 */
import { runIn } from './helpers';

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
