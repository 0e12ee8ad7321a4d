/**
 * REV21: a request or advice about the level is not the level set. "please set it to Medium-High" was recorded as done ("Noted as
 * done: Communication Security is Medium-High") and "don't set Medium-High yet" / 「Medium-High にしてください」 as the level, so
 * the one step that fixes the problem left the plan. "Please confirm whether it is safe to set Medium-High" was recorded as done
 * too. Reports and answers ("we set Medium-High and rebooted", "it's Medium-High", "Medium-High") still record it.
 */
import { talk } from './helpers';

const EN = 'TMS 15.13, CE 9.15, SQL 2016 on the TMS server, level Medium, Windows 2016';
const JA = 'TMS 15.13、CE 9.15、SQL 2016 は TMS サーバ上、レベルは Medium、Windows 2016';

describe('REV21: requests and advice record no level', () => {
  it.each([
    [EN, 'please set it to Medium-High'],
    [EN, 'pls change the level to Medium-High'],
    [EN, "don't set Medium-High yet"],
    [EN, 'Bob, please set it to Medium-High'],
    [EN, 'Please confirm whether it is safe to set Medium-High.'],
    [JA, 'Medium-High にしてください'],
    [JA, 'Medium-High に変更してもらえますか'],
  ])('%s → %s: the level stays Medium, nothing noted as done', (setup, msg) => {
    const [, r] = talk(setup, msg);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
    const shown = JSON.stringify(r.replies);
    expect(shown).not.toMatch(/Noted as done|実施済みとして記録/);
  });

  it.each([
    [EN, 'we set Medium-High and rebooted'],
    [EN, "it's Medium-High"],
    [EN, 'Medium-High'],
    [EN, 'please note: we set Medium-High and rebooted'],
    [JA, 'Medium-High にして再起動しました'],
  ])('%s → %s: still recorded', (setup, msg) => {
    const [, r] = talk(setup, msg);
    expect(r.state.facts.level).toBe('medium-high');
  });
});
