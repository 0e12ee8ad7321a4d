/**
 * Readings of real messages that went wrong after issue 7 (questions naming versions, "I don't
 * know" to a required question, echoes of invalid versions, product names in other senses).
 */
import { rendered, talk } from './helpers';

describe('an invalid version is echoed as its token only', () => {
  it.each([
    ['TMS 99.9 with CE 9.15', '"99.9"', /99\.9 with/],
    ['TMS 15.2.1, codecs on TC 8.4 now', '"TC 8.4"', /8\.4 now/],
    ['TMS 16.1 *urgent*, CE 9.15', '"16.1"', /urgent/],
    ['エンドポイントは CE 99.1 です、TMS 15.2', '「CE 99.1」', /99\.1 です」/],
  ])('%j', (msg, echoed, leaked) => {
    const out = rendered(talk(msg)[0]);
    expect(out).toContain(echoed);
    expect(out).not.toMatch(leaked);
  });
});

describe('a short product name in another sense is not another Cisco product', () => {
  it.each([
    ['the CMS team said the TLS change is fine. TMS 15.2.1, CE 9.15, SQL 2016', undefined],
    ['TPS report due; TMS 15.2.1, CE 9.15, SQL 2016', undefined],
    ['the conductor of the call says TMS 15.2.1, CE 9.15, SQL 2016', undefined],
    ['CMS の担当者いわく問題なし。TMS 15.2.1、CE 9.15、SQL 2016', undefined],
    ['TMS 15.2.1, CE 9.15, SQL 2016, and Cisco CMS 3.1 shows it too', ['meeting-server']],
    ['TMS 15.2.1、CE 9.15、SQL 2016。TPS サーバも No HTTPS response です', ['telepresence-server']],
  ])('%j', (msg, products) => {
    expect(talk(msg)[0].state.facts.otherProducts).toEqual(products);
  });
});
