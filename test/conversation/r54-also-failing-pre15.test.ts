/**
 * R54 §1: a second failing group ("endpoints on CE 9.15 fail too") on TMS before 15 must not promise "the same fix on
 * the TMS server": there is none; the note names the TMS upgrade (and the TC-only limit of the downgrade) instead.
 */
import { rendered, runIn } from './helpers';

describe('also-failing note for a second endpoint group', () => {
  it.each([
    ['en', 'TMS 14.6.2, endpoints TC 7.3.6', 'endpoints on CE 9.15 fail too'],
    ['ja', 'TMS 14.6.2、エンドポイントは TC 7.3.6', 'CE 9.15 のエンドポイントでも失敗しています'],
  ] as const)('%s: TMS before 15 gets the upgrade, not a fix on the server', (lang, first, second) => {
    const out = rendered(runIn(lang, [first, second]));
    if (lang === 'en') {
      expect(out).toMatch(/CE 9\.15 fail too/);
      expect(out).not.toMatch(/same fix on the TMS server/);
      expect(out).toMatch(/TMS 14\.6\.2 cannot be fixed in place, so upgrading TMS to 15\.x/);
    } else {
      expect(out).toMatch(/CE 9\.15 のエンドポイントでも失敗/);
      expect(out).not.toMatch(/TMS サーバでの同じ対処/);
      expect(out).toMatch(/TMS 14\.6\.2 はそのままでは修正できない/);
    }
  });

  it('TMS 15 keeps the same-fix wording', () => {
    expect(rendered(runIn('en', ['TMS 15.2.1 endpoints TC 7.3.6', 'endpoints on CE 9.15 fail too']))).toMatch(/same fix on the TMS server covers both groups/);
    expect(rendered(runIn('ja', ['TMS 15.2.1、エンドポイントは TC 7.3.6', 'CE 9.15 のエンドポイントでも失敗しています']))).toMatch(/TMS サーバでの同じ対処で両方/);
  });

  it('TMS unknown: no promise of a fix on the server', () => {
    const out = rendered(runIn('en', ['endpoints TC 7.3.6', 'endpoints on CE 9.15 fail too']));
    expect(out).toMatch(/CE 9\.15 fail too/);
    expect(out).not.toMatch(/same fix on the TMS server/);
  });
});
