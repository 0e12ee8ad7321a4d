/**
 * QA round 21 F3: a quoted question that names another site or server is not ours ("> which TMS version do you run
 * at site B?" above "14.6" is site B's TMS, not this incident's). And "15.9 I think, maybe 15.10" under a quoted
 * "Which TMS version?" (or as the answer to our own question) names two values, neither for sure: ask, store none.
 */
import { last, questions, rendered, runIn, talk } from './helpers';

describe('a quoted question about another site', () => {
  it.each([
    ['> which TMS version do you run at site B?\n14.6', 'site A is 15.9, CE 9.15 everywhere'],
    ['> What TMS version is on the second node?\n14.6', 'CE 9.15 everywhere'],
  ])('EN %s', (a, b) => {
    expect(last(talk(a, b)).state.facts.tms).toBeUndefined();
  });
  it('JA', () => {
    expect(runIn('ja', ['> 拠点BのTMSのバージョンは？\n14.6です']).state.facts.tms).toBeUndefined();
  });
  it('a quoted question about this TMS is still answered', () => {
    expect(last(talk('> Which TMS version?\n15.9')).state.facts.tms?.raw).toBe('15.9');
  });
});

describe('two hedged values', () => {
  it.each([['> Which TMS version?\n15.9 I think, maybe 15.10'], ['CE 9.15, no https response', '15.9 I think, maybe 15.10'], ['TMS 15.9 I think, maybe 15.10']])('EN %s', (...msgs) => {
    const r = last(talk(...msgs));
    expect(r.state.facts.tms).toBeUndefined();
    expect(questions(r).join('\n') + rendered(r)).toMatch(/15\.9 or TMS 15\.10[^\n]*Which one is it/);
  });
  it('JA', () => {
    const r = runIn('ja', ['> TMSのバージョンは？\n15.9だと思います、たぶん15.10かも']);
    expect(r.state.facts.tms).toBeUndefined();
    expect(rendered(r)).toMatch(/15\.9 と TMS 15\.10[^\n]*どちらでしょうか/);
  });
  it('one value said for sure, another offered, same major: the first is kept as before', () => {
    expect(last(talk('TMS 15.9, or maybe 15.10')).state.facts.tms?.raw).toBe('15.9');
  });
});
