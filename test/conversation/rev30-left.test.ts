/**
 * Readers left by the twenty-seventh session (helper left-a): REV30 #2 the negation in a Medium-High report is read in the level
 * change's own clause only.
 */
import { rendered, runIn } from './helpers';

const S = {
  en: 'TMS 15.2.1, we upgraded the SX80 to CE 9.15 last night and now it shows No HTTPS response, level Medium, Windows 2016, SQL 2016 on the TMS server',
  ja: 'TMS 15.2.1、昨夜 SX80 を CE 9.15 にアップグレードしたら No HTTPS response になりました。レベルは Medium、Windows 2016、SQL 2016 は TMS サーバ上',
};

describe('REV30 #2: a "not" outside the level change\'s clause does not negate the change', () => {
  it.each([
    ['en', 'set Medium-High, nothing else, still red, the SX80 is not reachable by ping either'],
    ['en', "We set Medium-High, still failing, the SX80 isn't reachable by ping either"],
    ['en', "We set Medium-High, didn't change anything else, still red"],
    ['ja', 'Medium-High に変更しましたが、まだ赤いです。SX80 は ping も通りません'],
    ['ja', 'Medium-High に変更しました。他は何も変えていません。まだ失敗します'],
  ] as const)('%s: %s leads with the restart', (lang, line) => {
    const r = runIn(lang, [S[lang], line]);
    expect(r.route).toBe('raised-no-restart');
    expect(rendered(r)).toMatch(lang === 'en' ? /First the restart/ : /まず再起動です/);
    expect(r.state.facts.tlsClaims?.levelRaised).toBe(true);
  });

  it.each([
    ['en', 'we did NOT set Medium-High yet, still red'],
    ['en', "We haven't set Medium-High, still failing"],
    ['en', 'We did not change anything, still red, Medium-High is set'],
    ['en', 'The customer set Medium-High, still failing'],
    ['en', 'We set Medium-High, and the SX80 is still failing, but the MX700 is not'],
    ['en', "We set Medium-High, the SX80 still fails, the MX700 isn't failing anymore"],
    ['ja', 'Medium-High に変更していません。まだ失敗します'],
    ['ja', '設定は何も変えていませんが、Medium-High に変更しました、まだ失敗します'],
    ['ja', 'お客様が Medium-High に変更しましたが、まだ失敗します'],
  ] as const)('%s: %s (negated, another party\'s, or one system fine) is not that report', (lang, line) => {
    const r = runIn(lang, [S[lang], line]);
    expect(r.route).not.toBe('raised-no-restart');
    expect(r.state.facts.tlsClaims?.levelRaised).toBeFalsy();
  });
});
