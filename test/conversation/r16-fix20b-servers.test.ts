/**
 * FIX20B (servers): another site's TMS is not the case's.
 * 2. "the other TMS at site B works fine": another site's TMS said to work gets a reply that fits a server at another site
 *    (a comparison worth making; the redundant-pair caveat only as a condition).
 * 3. 「TMS 15.0 は別の拠点で動いています」, "TMS 15.0 runs at another site": another server, not the case's TMS (corrections and
 *    a move of this TMS still replace it).
 */
import { runIn, rendered } from './helpers';
import { sideStatementIn } from '../../src/domain/understand/side-statement';

const W16 = 'TMS 15.13 on Windows Server 2016, SQL is on a remote server. Endpoints upgraded to CE 9.15 show No HTTPS response. Level is Medium.';
const J16 = 'TMS 15.13、Windows Server 2016、SQL はリモートです。CE 9.15 にアップグレード後 No HTTPS response。レベルは Medium です。';

describe('2: another site\'s TMS said to work', () => {
  it.each([
    ['en', W16, 'the other TMS at site B works fine', /the TMS at the other site works/],
    ['en', W16, "the other site's TMS is OK", /the TMS at the other site works/],
    ['ja', J16, '拠点Bの別のTMSは正常です', /別の拠点の TMS は問題なく動いている/],
    ['ja', J16, '別拠点の TMS は正常です', /別の拠点の TMS は問題なく動いている/],
  ] as const)('%s %s', (lang, first, msg, line) => {
    const r = runIn(lang, [first, msg]);
    expect(r.route).toBe('side-statement');
    expect(r.state.facts.tms?.raw).toBe('15.13');
    const out = rendered(r);
    expect(out).toMatch(line);
    // A comparison worth making, the level named; the node caveat only as a condition.
    expect(out).toMatch(/Communication Security/);
    expect(out).toMatch(lang === 'ja' ? /冗長構成のもう一方のノードである場合に限り/ : /Only if it is in fact the other node/);
  });
  it('another TMS with no site keeps the redundant-pair note', () => {
    expect(sideStatementIn('the other TMS works fine')).toBe('other-tms-works');
    expect(sideStatementIn('もう一台の TMS は正常です')).toBe('other-tms-works');
  });
  it.each(['does the other TMS at site B work?', 'the other TMS at site B does not work either', 'the other TMS at site B works fine?'])('not a statement that it works: %s', (t) => {
    expect(sideStatementIn(t)).not.toBe('other-site-tms-works');
    expect(sideStatementIn(t)).not.toBe('other-tms-works');
  });
});

describe('3: a TMS release at another site is another server', () => {
  it.each([
    ['ja', J16, 'TMS 15.0 は別の拠点で動いています'],
    ['ja', J16, '別の拠点の TMS は 15.0 です'],
    ['ja', J16, 'TMS 15.0 は他のサイトにあります'],
    ['en', W16, 'TMS 15.0 runs at another site'],
    ['en', W16, 'TMS 15.0 is at another site'],
  ] as const)('%s %s', (lang, first, msg) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.tms?.raw).toBe('15.13');
    expect(r.state.facts.otherTms?.map((v) => v.raw)).toEqual(['15.0']);
    expect(rendered(r)).not.toMatch(/Updated: TMS 15\.13 →|更新：TMS 15\.13 →/);
  });
  it.each([
    ['ja', J16, 'TMS 15.0 は別の拠点に移設しました'],
    ['ja', J16, 'すみません、TMS は 15.0 です'],
    ['en', W16, 'TMS is 15.0, sorry'],
  ] as const)('this TMS, moved or corrected: %s %s', (lang, first, msg) => {
    expect(runIn(lang, [first, msg]).state.facts.tms?.raw).toBe('15.0');
  });
});

