/**
 * R34A: readers' leftovers from QA round 26 (B1, B2-B5, B8, A3).
 */
import { rendered, runIn } from './helpers';

describe('R34A #1: another site whose result was never said (QA 26 B8)', () => {
  it.each([
    ['ja', '東京拠点はTMS 15.9、大阪拠点はTMS 14.6です。大阪の端末(CE9.15)でNo HTTPS responseが出ています', /TMS 15\.9：こちらのサーバでエラーが出ているとは伺っていません/],
    ['en', "Site Tokyo runs TMS 15.9, site Osaka runs TMS 14.6. Osaka's CE 9.15 endpoints show No HTTPS response", /TMS 15\.9: you did not say that this one fails/],
  ] as const)('%s: the 15.9 server is not told the fix applies; check it first', (lang, msg, checkFirst) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tms?.semver).toBe('14.6.0');
    const out = rendered(r);
    expect(out).toMatch(checkFirst);
    expect(out).not.toMatch(/TMS 15\.9(?::|：)\s?(?:also 15 or later|こちらも 15 以降)/);
    // (asked about it later: the same)
    const again = rendered(runIn(lang, [msg, lang === 'ja' ? 'もう一方のTMSは？' : 'the other site?']));
    expect(again).toMatch(checkFirst);
  });
  it.each([
    ['en', 'Two customers: Customer A runs TMS 15.9 with CE 9.15, customer B runs TMS 15.2 with TC 7.3.6. Both see No HTTPS response.', 'SQL 2016 on the TMS server, Windows Server 2016, level Medium'],
    ['ja', 'A社：TMS 15.9／CE9.15、B社：TMS 15.2／TC7.3.6、両方ともNo HTTPS response', 'SQL 2016はTMSサーバ上、Windows Server 2016、レベルはMediumです'],
  ] as const)('%s: both said to fail keeps "the same fix applies there"', (lang, msg, more) => {
    const r = runIn(lang, [msg, more]);
    expect(r.state.facts.otherTmsUnsaid).toBeUndefined();
    expect(rendered(r)).toMatch(/TMS 15\.2(?::|：)\s?(?:also 15 or later|こちらも 15 以降)/);
  });
});
