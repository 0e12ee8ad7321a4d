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

const P = 'TMS 15.9, SQL 2016 on the TMS server, Windows Server 2016. SX20s on TC 7.3.7 show No HTTPS response';
const PJ = 'TMS 15.9、SQL 2016はTMSサーバ上、Windows Server 2016です。TC7.3.7のSX20でNo HTTPS responseが出ます';
const WORKS = /Good to hear it works now|直ってよかったです/;

describe('R34A #2: no trouble since Medium-High means fixed (QA 26 B1)', () => {
  it.each([
    ['en', P, "we haven't had problems since we set Medium-High"],
    ['en', P, "We haven't seen the error since we switched to Medium-High"],
    ['en', P, 'no issues since the change'],
    ['ja', PJ, 'Medium-Highにしてから問題は出ていません'],
    ['ja', PJ, 'Medium-Highにしてからエラーは出ていません'],
  ] as const)('%s %j: the closing, not "not settled yet"', (lang, first, msg) => {
    const r = runIn(lang, [first, msg]);
    const out = rendered(r);
    expect(out).toMatch(WORKS);
    expect(out).not.toMatch(/already at Medium-High|Not settled yet|すでに Medium-High/);
    if (/medium-high/i.test(msg)) expect(r.state.facts.level).toBe('medium-high');
  });
  it.each([
    ['en', P, "we haven't had problems since we set Medium-High, except the MXPs"],
    ['en', P, 'no errors since the reboot but the SX80s still fail'],
    ['en', P, "We haven't had problems since 2019"],
    ['ja', PJ, 'Medium-Highにしてから問題は出ていませんが、MXPだけエラー'],
    ['ja', PJ, 'Medium-Highにしてからまだ再起動していない'],
    ['ja', PJ, 'Medium-Highにしてから問題は出ていませんが、SX80は確認中です'],
  ] as const)('%s %j: not read as fixed', (lang, first, msg) => {
    expect(rendered(runIn(lang, [first, msg]))).not.toMatch(WORKS);
  });
});

describe('R34A #3: the release checked wins over the one noted or said before (QA 26 B2-B4)', () => {
  it.each([
    ['en', 'TMS 15.9 is what the About page shows, TMS 14.6 is what our notes say; SX20 TC 7.3.7 failing'],
    ['en', 'the About page shows 15.9, notes say 14.6. SX20 on TC 7.3.7 fail'],
    ['en', 'The About page shows TMS 15.9, but the ticket says 14.6. SX20 on TC 7.3.7 fail'],
    ['ja', 'TMS 15.9（昨年まではTMS 14.6）で、CE9.15の端末にエラーが出ています'],
    ['ja', 'TMS 14.6、いや15.9でした。TC7.3.7の端末でNo HTTPS response'],
  ] as const)('%s %j: TMS 15.9, not "cannot be fixed in place"', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(r.state.facts.otherTms).toBeUndefined();
    expect(rendered(r)).not.toMatch(/cannot be fixed in place|そのままでは修正できません/);
  });
  it.each([
    ['en', 'the About page shows TMS 15.9, notes say SQL 2014. SX20 on TC 7.3.7 fail', '15.9.0'],
    ['en', 'the notes say TMS 14.6 and the About page shows the same. SX20 on TC 7.3.7 fail', '14.6.0'],
    ['ja', 'TMS 14.6です。昨年までに15.9にする予定でした。TC7.3.7の端末でエラー', '14.6.0'],
  ] as const)('%s %j: not read as a noted/former TMS', (lang, msg, tms) => {
    expect(runIn(lang, [msg]).state.facts.tms?.semver).toBe(tms);
  });
});
