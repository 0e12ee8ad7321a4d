/**
 * Round 43 (helper R43A), item 3: 「15.9と15.12の2台」 (the releases before the count) is two TMS servers, read as
 * 「TMSは2台で、15.9と15.12です」 is: one release is this answer's TMS, the other another server, answered apart, with the
 * both-nodes note. Also as the answer to the TMS question without the word TMS. Not a count of endpoints.
 */
import { rendered, runIn } from './helpers';

describe('two TMS releases, then the count', () => {
  it.each<['en' | 'ja', string[]]>([
    ['ja', ['TMSは15.9と15.12の2台です。エンドポイントは CE 9.15']],
    ['ja', ['TMS 15.9と15.12の2台構成で、エンドポイントは CE 9.15']],
    ['ja', ['エンドポイントは CE 9.15 です', '15.9と15.12の2台']],
    ['en', ['TMS 15.9 and 15.12, two servers, endpoints CE 9.15']],
    ['en', ['endpoints are CE 9.15', 'two servers, 15.9 and 15.12']],
  ])('%s %j: TMS 15.9, the other server 15.12', (lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(r.state.facts.otherTms?.map((v) => v.semver)).toEqual(['15.12.0']);
    expect(rendered(r)).toMatch(lang === 'en' ? /separate TMS installations/ : /独立した TMS/);
  });

  it.each<['en' | 'ja', string[]]>([
    ['ja', ['TMSは15.9です。エンドポイントは RoomOS 10.15 と 11.2 の2台']],
    ['ja', ['TMSは15.9で、15.9と15.12の2台の端末']],
    ['en', ['TMS 15.9 or 15.12, two servers']],
  ])('%s %j: no second TMS server', (lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.otherTms).toBeUndefined();
    expect(rendered(r)).not.toMatch(/separate TMS installations|独立した TMS/);
  });
});
