/**
 * Round 44 (helper R44B), item 2: a planned TMS upgrade from a release before 15 keeps the pre-15 facts in the plan
 * answer, in both languages: the current TMS cannot be fixed in place (CSCuz71542), the target's SQL Server
 * requirements are checked before the upgrade, and TC 7.3.3 is a stopgap only on TC hardware.
 */
import { rendered, runIn } from './helpers';

describe('plan from TMS 14 to 15: the pre-15 facts stay', () => {
  it.each<['en' | 'ja', string, RegExp, RegExp]>([
    ['ja', 'TMS 14.6.2で、15.12に上げる予定です。CE 9.15のエンドポイントでNo HTTPS responseが出ます', /SQL Server/, /TC 7\.3\.3/],
    ['en', 'We are on TMS 14.6 and plan to go to 15.12, CE 9.15 endpoints show No HTTPS response', /SQL Server releases/, /TC 7\.3\.3/],
  ])('%s: %s', (lang, msg, req, tc) => {
    const out = rendered(runIn(lang, [msg]));
    expect(out).toContain('CSCuz71542');
    expect(out).toMatch(req);
    expect(out).toMatch(tc);
    expect(out).toContain('15.12');
    expect(runIn(lang, [msg]).state.facts.tms?.raw).toMatch(/^14\.6/);
  });

  it('no pre-15 line when the TMS is already 15', () => {
    const out = rendered(runIn('en', ['TMS 15.9, CE 9.15 endpoints show No HTTPS response', "We'll upgrade TMS to 15.12 next week"]));
    expect(out).not.toContain('CSCuz71542');
  });
});
