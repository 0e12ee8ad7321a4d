/**
 * QA round 33 F7: "endpoints are actually CE 9.15.3 and TC 7.3.6", 「エンドポイントは実は CE 9.15.3 と TC 7.3.6 です」 state a
 * mixed fleet: both releases are kept (as a ticket naming both with their failure keeps them), not TC replacing CE.
 * A correction inside the list ("CE 9.15.3, sorry TC 7.3.6") still replaces.
 */
import { rendered, runIn } from './helpers';
import { endpointListIn } from '../../src/domain/understand/endpoint-list';

const EN = 'TMS 15.2.1, endpoints CE 9.15.3 show No HTTPS response, level Medium, Windows 2019, SQL 2016 remote';
const JA = 'TMS 15.2.1、エンドポイントは CE 9.15.3 で No HTTPS response、レベルは Medium、Windows 2019、SQL 2016 は別サーバ';
const releases = (groups: { endpoint: { family: string; semver: string } }[] | undefined) => (groups ?? []).map((g) => `${g.endpoint.family} ${g.endpoint.semver}`).sort();

describe('a mixed fleet restated keeps both releases', () => {
  it.each([
    ['en', EN, 'endpoints are actually CE 9.15.3 and TC 7.3.6'],
    ['en', EN, 'actually the endpoints are TC 7.3.6 and CE 9.15.3'],
    ['ja', JA, 'エンドポイントは実は CE 9.15.3 と TC 7.3.6 です'],
  ] as const)('%s: %s', (lang, ticket, restate) => {
    const r = runIn(lang, [ticket, restate]);
    expect(releases(r.state.facts.endpointGroups)).toEqual(['CE 9.15.3', 'TC 7.3.6']);
    // The release held stays the one answered for; no "Updated: CE → TC".
    expect(r.state.facts.endpoint?.family).toBe('CE');
    const out = rendered(r);
    expect(out).not.toMatch(/CE 9\.15\.3 → TC 7\.3\.6|TC 7\.3\.6 \(was CE 9\.15\.3\)/);
    expect(out).toMatch(lang === 'en' ? /endpoints run CE 9\.15\.3 and TC 7\.3\.6|endpoints run TC 7\.3\.6 and CE 9\.15\.3/ : /CE 9\.15\.3、TC 7\.3\.6 が混在/);
  });

  it('a release that accepts TLS 1.0 in the restated list: the mixed-fleet note, the refusing one answered for', () => {
    const r = runIn('en', [EN, 'endpoints are actually TC 7.3.3 and CE 9.15.3']);
    expect(rendered(r)).toMatch(/TC 7\.3\.3 still accept TLS 1\.0/);
    expect(r.state.facts.endpoint?.family).toBe('CE');
    const j = runIn('ja', [JA, 'エンドポイントは実は TC 7.3.3 と CE 9.15.3 です']);
    expect(rendered(j)).toMatch(/TC 7\.3\.3 はまだ TLS 1\.0 を受け付ける/);
  });

  it('a correction inside the list still replaces', () => {
    const r = runIn('en', [EN, 'CE 9.15.3, sorry TC 7.3.6']);
    expect(r.state.facts.endpoint?.family).toBe('TC');
    expect(r.state.facts.endpointGroups).toBeUndefined();
  });

  it('endpointListIn: lists and non-lists', () => {
    expect(endpointListIn('CE 9.15.3, TC 7.3.6 and RoomOS 11.5')?.length).toBe(3);
    expect(endpointListIn('ce9.15.3.17 and tc7.3.6')?.length).toBe(2);
    for (const t of ['CE 9.15.3, sorry TC 7.3.6', 'from TC 7.3.3 to CE 9.15', 'CE 9.15.3 not TC 7.3.6', 'CE 9.15.3 or TC 7.3.6?', 'CE 9.15.3/TC 7.3.6', 'TC 7.3.6', 'CE 9.15.3 and CE 9.15.3']) {
      expect(endpointListIn(t)).toBeNull();
    }
  });

  it('a release said to be past after the list: no mixed fleet (review of R51B)', () => {
    for (const t of ['actually the endpoints are TC 7.3.3, and CE 9.15.3 was before the downgrade', 'エンドポイントは TC 7.3.3 と CE 9.15.3 でした', 'TC 7.3.3 and CE 9.15.3 previously']) {
      expect(endpointListIn(t)).toBeNull();
    }
    const r = runIn('en', [EN, 'actually the endpoints are TC 7.3.3, and CE 9.15.3 was before the downgrade']);
    expect(rendered(r)).not.toMatch(/several versions|TC 7\.3\.3 still accept TLS 1\.0/);
    expect(r.state.facts.endpointGroups).toBeUndefined();
  });
});
