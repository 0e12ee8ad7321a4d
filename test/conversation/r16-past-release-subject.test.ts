/**
 * A past release is the endpoints' only when the endpoints are said to have run it: "Before the upgrade we tested on TC 7.3.6
 * in the lab" or "Previously the SX80 was replaced, it had TC 7.3.3" is neither the current release nor a sign that the
 * endpoints' hardware runs TC, so a later downgrade question is not answered "yes, these endpoints can go back".
 */
import { rendered, runIn } from './helpers';

const OPEN = 'TMS 14.6.2, endpoints on CE 9.15 show No HTTPS response';
const OPEN_JA = 'TMS 14.6.2、CE 9.15のエンドポイントでNo HTTPS responseです';

describe('a past release whose subject is not the endpoints stores nothing', () => {
  it.each<['en' | 'ja', string, string]>([
    ['en', OPEN, 'Before the upgrade we tested on TC 7.3.6 in the lab'],
    ['en', OPEN, 'Previously the SX80 was replaced, it had TC 7.3.3'],
    ['ja', OPEN_JA, '以前はラボでTC 7.3.6をテストしました'],
    ['ja', OPEN_JA, '以前はTC 7.3.6で検証しました'],
  ])('%s: %s', (lang, first, msg) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    expect(r.state.facts.endpointsRanTc).toBeUndefined();
    expect(rendered(r)).not.toMatch(/ran before their upgrade|アップグレード前のバージョン/);
  });

  it('the downgrade question after the lab sentence is not told the endpoints can go back', () => {
    const out = rendered(runIn('en', [OPEN, 'Before the upgrade we tested on TC 7.3.6 in the lab', 'Can we downgrade them to TC 7.3.3?']));
    expect(out).not.toMatch(/Yes, these endpoints can go back/);
    expect(out).toMatch(/the model decides/);
  });
});

describe('the endpoints as subject are still read as their past release', () => {
  it.each<['en' | 'ja', string, string]>([
    ['en', OPEN, 'Before the upgrade they were on TC 7.3.3.'],
    ['en', OPEN, 'Originally our codecs ran TC 7.3.3'],
    ['en', OPEN, 'they were on TC 7.3.3 before the upgrade'],
    ['ja', OPEN_JA, 'アップグレード前はエンドポイントがTC 7.3.3だった'],
    ['ja', OPEN_JA, 'もともとTC 7.3.3でした'],
  ])('%s: %s', (lang, first, msg) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    expect(r.state.facts.endpointsRanTc).toBe(true);
    expect(rendered(r)).toMatch(/ran before their upgrade|アップグレード前のバージョン/);
  });
});
