/**
 * R40B #5: 「自動ではMedium-Highにならなかったので手動で設定しました」, the Japanese form of "It did not go to Medium-High
 * automatically, I set it manually": the level Medium-High and the step recorded as done, like the English form.
 */
import { runIn } from './helpers';

describe('R40B: Medium-High set by hand, said in Japanese', () => {
  const en = runIn('en', ['TMS 15.2.1, CE 9.15, SQL 2016', 'It did not go to Medium-High automatically, I set it manually']);

  it.each(['自動ではMedium-Highにならなかったので手動で設定しました', 'Medium-Highに自動で切り替わらなかったため、手動で変更しました'])('%s', (msg) => {
    const r = runIn('ja', ['TMS 15.2.1、CE 9.15、SQL 2016', msg]);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.levelRaised).toBe(true);
    expect(r.state.facts.tlsClaims?.levelRaised).toBe(en.state.facts.tlsClaims?.levelRaised);
  });

  it('a question about it records nothing done', () => {
    const r = runIn('ja', ['TMS 15.2.1、CE 9.15、SQL 2016', '自動ではMedium-Highにならなかったので手動で設定しますか？']);
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
  });
});
