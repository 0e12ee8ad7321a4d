/**
 * Round 44 (helper R44B), item 3: an endpoint release said as the past ("originally TC 7.3.3", 「もともとTC 7.3.3でした」)
 * does not replace the release the endpoints fail on now; "one of them is TC 7.3.3" and 「1台だけTC 7.3.3です」 are a
 * second group beside it (a side note on mixed versions), not a correction.
 */
import { rendered, runIn } from './helpers';

const P = 'TMS 15.9 shows No HTTPS response after endpoints went to CE 9.15';
const PJ = 'TMS 15.9、CE 9.15でNo HTTPS responseです。SQLは2016でTMSサーバ上、Windows Server 2016です';

describe('a past endpoint release is not the current one', () => {
  it.each<['en' | 'ja', string, string]>([
    ['en', P, 'The endpoints were originally TC 7.3.3, all along fine until upgraded.'],
    ['en', P, 'They used to run TC 7.3.3 without any problem.'],
    ['en', P, 'Before the upgrade they were on TC 7.3.3.'],
    ['ja', PJ, 'もともとTC 7.3.3でした'],
    ['ja', PJ, '以前はTC 7.3.3で問題ありませんでした'],
  ])('%s: %s / %s', (lang, first, msg) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    const out = rendered(r);
    expect(out).not.toMatch(/not the TLS 1\.0 problem|TLS 1\.0 の問題ではありません/);
    expect(out).not.toMatch(/CE 9\.15 → TC 7\.3\.3/);
    expect(out).toContain('TC 7.3.3');
  });

  it.each<['en' | 'ja', string, string]>([
    ['en', P, 'One of them is TC 7.3.3.'],
    ['ja', PJ, 'エンドポイントは1台だけTC 7.3.3です'],
  ])('one of them: %s: %s / %s', (lang, first, msg) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    expect(rendered(r)).not.toMatch(/CE 9\.15 → TC 7\.3\.3/);
  });

  it.each<['en' | 'ja', string]>([
    ['en', 'TMS 15.9 shows No HTTPS response. Before the upgrade to CE 9.15 everything worked.'],
    ['ja', 'TMS 15.9です。以前はCE 9.15にアップグレードする前は問題なかったのに、No HTTPS responseが出ます'],
  ])('the upgrade target is the current release: %s: %s', (lang, msg) => {
    expect(runIn(lang, [msg]).state.facts.endpoint?.raw).toBe('CE 9.15');
  });

  it('a correction still replaces, and a release said now is still read', () => {
    expect(runIn('en', [P, 'Sorry, they are on TC 7.3.3, not CE 9.15.']).state.facts.endpoint?.raw).toBe('TC 7.3.3');
    expect(runIn('en', ['TMS 15.9 shows No HTTPS response', 'The endpoints were originally TC 7.3.3 and are now CE 9.15.']).state.facts.endpoint?.raw).toBe('CE 9.15');
  });
});
