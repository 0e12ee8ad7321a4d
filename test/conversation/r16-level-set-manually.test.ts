import { runIn } from './helpers';

const SETUP = 'TMS 15.9, CE 9.15, SQL 2016 remote, Windows 2019';

describe('"It did not go to Medium-High automatically, I set it manually": the level step is done', () => {
  it.each([
    'It did not go to Medium-High automatically, I set it manually yesterday',
    "It didn't go to Medium-High automatically, so I set it myself",
  ])('%s: Medium-High recorded as raised, as "I set Medium-High yesterday" is', (msg) => {
    const r = runIn('en', [SETUP, msg]);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.levelRaised).toBe(true);
  });

  it('the same reading as "I set Medium-High yesterday"', () => {
    const r = runIn('en', [SETUP, 'I set Medium-High yesterday']);
    expect(r.state.facts.tlsClaims?.levelRaised).toBe(true);
  });

  it.each([
    'It did not go to Medium-High automatically',
    'It did not go to Medium-High automatically, should I set it manually?',
    'It did not go to Medium-High automatically, I set it manually yesterday but it still fails',
  ])('%s: no step recorded done', (msg) => {
    const r = runIn('en', [SETUP, msg]);
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
  });
});
