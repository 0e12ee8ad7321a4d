/**
 * R42A #4: 「自動ではMedium-Highにならなかった」 alone says the level did NOT become Medium-High: Medium-High is not stored nor
 * the level step recorded as done (the level stays where TMS puts it, Medium, as for "it didn't switch to Medium-High by
 * itself"). The full form, 「…ならなかったので手動で設定しました」, still records Medium-High and the step.
 */
import { runIn } from './helpers';

const SETUP_EN = 'TMS 15.2.1, CE 9.15, SQL 2016';
const SETUP_JA = 'TMS 15.2.1、CE 9.15、SQL 2016';

describe('R42A: did not go to Medium-High by itself', () => {
  const en = runIn('en', [SETUP_EN, "it didn't switch to Medium-High by itself"]);

  it('EN: not Medium-High, nothing done', () => {
    expect(en.state.facts.level).not.toBe('medium-high');
    expect(en.state.facts.tlsClaims?.levelRaised).toBeUndefined();
  });

  it.each(['自動ではMedium-Highにならなかった', 'Medium-Highに自動では切り替わらなかった', '自動ではMedium-Highにはなりませんでした'])('JA %s: like the EN form', (msg) => {
    const r = runIn('ja', [SETUP_JA, msg]);
    expect(r.state.facts.level).not.toBe('medium-high');
    expect(r.state.facts.level).toBe(en.state.facts.level);
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
  });

  it.each(['自動ではMedium-Highにならなかったので手動で設定しました', 'Medium-Highに自動で切り替わらなかったため、手動で変更しました'])('JA %s: Medium-High set by hand', (msg) => {
    const r = runIn('ja', [SETUP_JA, msg]);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.levelRaised).toBe(true);
  });

  it('「問題にならない」 is no level said', () => {
    expect(runIn('ja', ['SQLは別サーバなので問題にならない']).state.facts.sqlLocation).toBe('remote');
  });
});
