/**
 * Round 40 (helper R40A), item 1: a current TMS release and a planned one in one sentence ("We're on TMS 14.6 and plan
 * to go to 15.9", 「今はTMS 14.6で、15.9に上げる予定」): 14.6 is the TMS release, 15.9 a plan acknowledged as such.
 */
import { rendered, runIn } from './helpers';

describe('current TMS and a planned upgrade in one sentence', () => {
  it.each<['en' | 'ja', string]>([
    ['en', "We're on TMS 14.6 and plan to go to 15.9"],
    ['en', "We're on TMS 14.6 and plan to upgrade TMS to 15.9"],
    ['en', "We're on TMS 14.6 and we'll move to 15.9 next month"],
    ['ja', '今はTMS 14.6で、15.9に上げる予定'],
    ['ja', '今はTMS 14.6で、来月15.9に上げます'],
  ])('%s %j: TMS 14.6 is recorded, 15.9 is answered as the plan', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tms?.raw).toBe('14.6');
    // The plan is acknowledged with its target (not recorded as the release).
    expect(rendered(r)).toMatch(/TMS 14\.6[^\n]*15\.9|15\.9[^\n]*TMS 14\.6/);
  });

  it('a statement joined to a plan by "and" keeps the statement, not the plan', () => {
    expect(runIn('en', ['TMS 15.9 and we plan to upgrade the codecs to CE 11']).state.facts).toMatchObject({ tms: { raw: '15.9' } });
    expect(runIn('en', ['TMS 15.9 and we plan to upgrade the codecs to CE 11']).state.facts.endpoint).toBeUndefined();
    expect(runIn('en', ['We upgraded the codecs to CE 9.15 and will set Medium-High tonight']).state.facts.level).toBeUndefined();
  });

  it('a plan alone still records nothing', () => {
    expect(runIn('en', ['we plan to go to 15.9 next month']).state.facts.tms).toBeUndefined();
    expect(runIn('en', ["we'll upgrade SQL to 2016 and will go to 15.0 later"]).state.facts).toEqual({});
  });
});
