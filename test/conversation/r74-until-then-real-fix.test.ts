/**
 * REV24 #9: before TMS 15, "until then?" gives the endpoint stop-gap and still says that upgrading TMS (then Medium-High)
 * is the real fix, which the one stop-gap text alone no longer said (knowledge.md, "TMS before 15").
 */
import { rendered, runIn } from './helpers';

describe('REV24 #9: "until then?" before TMS 15 ends with the real fix', () => {
  it.each([
    ['en', 'Still on TMS 14.6.2. TC7.3.6 endpoints show No HTTPS response', 'until then?', /the only stop-gap is on the endpoints[\s\S]*Upgrading TMS to 15\.x and then raising it to Medium-High is the real fix/],
    ['ja', 'TMS 14.6.2 のままです。TC7.3.6 のエンドポイントで No HTTPS response が出ています', 'それまではどうすれば？', /暫定策[\s\S]*本当の解決策は、TMS を 15\.x にアップグレードしてから Medium-High に上げることです/],
  ] as const)('%s', (lang, setup, ask, want) => {
    const r = runIn(lang, [setup, ask]);
    expect(r.route).toBe('catalogue');
    expect(rendered(r)).toMatch(want);
  });
  it('on TMS 15 there is no stop-gap to end with', () => {
    expect(rendered(runIn('en', ['TMS 15.13, CE 9.15 endpoints show No HTTPS response', 'until then?']))).not.toMatch(/the real fix; the stop-gap only buys time/);
  });
});
