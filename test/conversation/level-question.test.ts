/**
 * While the level question is open, a question ABOUT a level ("will Medium-High slow down TMS?") is
 * not the level that is set: it used to be recorded, and the answer said "TMS is already at
 * Medium-High". An unsure answer ("Medium-High?", 「Medium-High ですか？」) still answers.
 */
import { asksAboutLevel } from '../../src/domain/understand/level-question';
import { rendered, talk } from './helpers';

const EN = 'TMS 15.2.1, CE 9.15, SQL 2016 remote, Windows 2019';
const JA = 'TMS 15.2.1、CE 9.15、SQL 2016 別サーバ、Windows 2019';

describe('a question about a level is not the level that is set', () => {
  it.each([
    'will Medium-High slow down TMS?',
    'does Medium-High affect performance?',
    'does High need certificates?',
    'is it safe to go to medium-high?',
    'Medium-High にするとパフォーマンスは落ちますか？',
    'High にしたら証明書は必要ですか',
  ])('%j asks about a level', (q) => {
    expect(asksAboutLevel(q)).toBe(true);
  });
  it.each(['Medium-High?', 'medium-high I think', 'is it medium?', 'Medium-High ですか？', 'Medium-High です', 'we are at Medium-High'])('%j is no such question', (q) => {
    expect(asksAboutLevel(q)).toBe(false);
  });

  it('EN: the level stays unknown and the question is answered from the level topic', () => {
    const [, asked, r] = talk(EN, 'will Medium-High slow down TMS?', 'does Medium-High affect performance?');
    for (const x of [asked, r]) {
      expect(x.state.facts.level).toBeUndefined();
      expect(rendered(x)).not.toMatch(/already at Medium-High/);
      expect(rendered(x)).toMatch(/has four levels/);
    }
  });
  it('JA: the same', () => {
    const [, r] = talk(JA, 'Medium-High にするとパフォーマンスは落ちますか？');
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).not.toContain('すでに Medium-High');
  });
  it('an unsure answer still answers the level question', () => {
    expect(talk(EN, 'Medium-High?')[1].state.facts.level).toBe('medium-high');
    expect(talk(EN, 'is it medium?')[1].state.facts.level).toBe('medium');
    expect(talk(JA, 'Medium-High ですか？')[1].state.facts.level).toBe('medium-high');
  });
});
