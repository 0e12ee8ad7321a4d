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

describe('a version named inside a question is not the user\'s version', () => {
  const base = 'TMS 15.2.1, codecs on CE 9.15, SQL 2016';
  it.each([
    ['is TMS 14.6.2 affected?', 'tms', /TMS 14\.6\.2 cannot be fixed in place/],
    ['does it work with TMS 15.13?', 'tms', /TMS 15\.13/],
    ['would TC 7.3.3 still need this?', 'endpoint', /still accepts TLS 1\.0/],
    ['what if we upgrade TMS to 15.13, would that fix it?', 'tms', /TMS 15\.13/],
    ['TMS 14.6.2 でも影響はありますか？', 'tms', /TMS 14\.6\.2 はこのままでは修正できません/],
    ['もし CE 8.0 に戻したら直りますか？', 'endpoint', /TLS 1\.0 を受け付けます/],
  ] as const)('%j answers that case and keeps the stated facts', (q, field, answer) => {
    const [first, r] = talk(base, q);
    expect(r.state.facts[field]).toEqual(first.state.facts[field]);
    expect(r.state.facts.tms?.semver).toBe('15.2.1');
    expect(rendered(r)).toMatch(answer);
    expect(rendered(r)).not.toMatch(/Updated:|could not find|I don't know that one|読み取れません/);
    // the open question stays open
    expect(r.state.pending).toBe(first.state.pending);
  });

  it('a question about the version the user already gave answers for it', () => {
    const [, r] = talk(base, 'would CE 9.15 still need this?');
    expect(rendered(r)).toMatch(/CE 9\.15 is what you told me/);
    expect(rendered(r)).toMatch(/no longer accepts TLS 1\.0/);
  });

  it('a version stated before the question in the same message still counts', () => {
    const [r] = talk('We have TMS 15.2.1 and CE 9.15, why does it fail?');
    expect(r.state.facts.tms?.semver).toBe('15.2.1');
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
    const [j] = talk('TMS は 15.2.1 ですが、なぜ失敗するのでしょうか？');
    expect(j.state.facts.tms?.semver).toBe('15.2.1');
  });

  it('with no value yet, a question about a version is taken as the user\'s own; a hypothetical one is not', () => {
    expect(talk('is TMS 14.6.2 affected?')[0].state.facts.tms?.semver).toBe('14.6.2');
    const [r] = talk('would CE 8.0 be affected?');
    expect(r.state.facts.endpoint).toBeUndefined();
    expect(rendered(r)).toMatch(/CE 8\.0/);
  });
});
