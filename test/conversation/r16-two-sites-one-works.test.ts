import { TEXTS } from '../../src/conversation/texts';
import { rendered, runIn } from './helpers';

// Two sites, one said to work and nothing said of the other: the other is this incident's, and the working one is
// recorded as working (not dropped, not answered for).
describe('two sites, one said to work', () => {
  const cases: ['en' | 'ja', string][] = [
    ['en', 'Tokyo TMS 15.13 is working; Osaka TMS 15.9 with SX20 on TC 7.3.21'],
    ['en', 'Site Tokyo: TMS 15.13 works fine. Site Osaka: TMS 14.7 with SX20 on TC7.3.21.'],
    ['en', 'Osaka TMS 14.7 with SX20 on TC 7.3.21; Tokyo TMS 15.13 is working'],
    ['ja', '東京のTMS 15.13は正常、大阪はTMS 14.7でSX20（TC7.3.21）'],
    ['ja', '大阪はTMS 14.7でSX20（TC7.3.21）、東京のTMS 15.13は正常です'],
  ];
  it.each(cases)('%s: %s', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tms?.semver).not.toBe('15.13.0');
    expect(r.state.facts.workingTms?.map((v) => v.semver)).toEqual(['15.13.0']);
    expect(r.state.facts.endpoint?.semver).toBe('7.3.21');
    // An answer for the failing site, not "good to hear it works".
    expect(rendered(r)).not.toContain(TEXTS[lang].worksNow.slice(0, 12));
    expect(rendered(r)).toMatch(/TMS (?:15\.9|14\.7)/);
  });

  it.each([
    ['en', 'TMS 14.7 with SX20 on TC 7.3.21, the other TMS 15.13 works'],
    ['en', 'We run TMS 15.9 and CE 9.15. The other TMS 15.13 works fine.'],
    ['ja', 'TMS 15.9でCE 9.15です。別のTMS 15.13は正常です'],
  ] as ['en' | 'ja', string][])('the other TMS said to work is recorded as working (%s: %s)', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.workingTms?.map((v) => v.semver)).toEqual(['15.13.0']);
    expect(r.state.facts.tms?.semver).not.toBe('15.13.0');
  });

  it('both said to work, or neither: no site is made failing', () => {
    const r = runIn('en', ['Tokyo TMS 15.13 works, Osaka TMS 15.9 works too']);
    expect(r.state.facts.workingTms?.length ?? 0).toBeLessThan(2);
  });
});
