/**
 * FIX20B (units): other units' facts are not the case's.
 * 1. "The C40 is on CE 8.0. It works." after CE 9.15 failing: another unit on a release that still accepts TLS 1.0, said to
 *    work, is what the cause predicts; the case is not closed and CE 9.15 is not replaced. "The C40 is on CE 8.0." alone: one
 *    unit of a model not held, beside the failing ones, not a correction of the fleet's release.
 * 4. "127.0.0.1:46051 is an old C40 on TC 7.3.3": an address as the subject is a statement, not a question.
 * Corrections still correct ("sorry, the endpoints are CE 8.0, not 9.15").
 */
import { runIn, rendered } from './helpers';
import { oneUnitNamed } from '../../src/domain/understand/one-unit';
import { maskNoise } from '../../src/domain/understand/noise';

const S = 'TMS 15.2.1, SQL 2016 on the TMS server, CE 9.15 endpoints fail with No HTTPS response';
const W16 = 'TMS 15.13 on Windows Server 2016, SQL is on a remote server. Endpoints upgraded to CE 9.15 show No HTTPS response. Level is Medium.';
const J16 = 'TMS 15.13、Windows Server 2016、SQL はリモートです。CE 9.15 にアップグレード後 No HTTPS response。レベルは Medium です。';

const CLOSED_EN = /Good to hear it works now/;
const NOT_PROBLEM_EN = /not the TLS 1\.0 problem/;
const NOT_PROBLEM_JA = /TLS 1\.0 の問題ではありません/;

describe('1: another unit on CE 8.0 that works is not the case closed', () => {
  it.each([
    ['en', S, 'The C40 is on CE 8.0. It works.'],
    ['en', W16, 'The C40 is on CE 8.0. It works.'],
    ['en', W16, 'The C40 is on CE 8.0 and it works.'],
    ['en', W16, 'We also have a C40 on CE 8.0, it works.'],
    ['ja', J16, 'The C40 is on CE 8.0. It works.'],
  ] as const)('%s %s / %s', (lang, first, msg) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    expect(r.state.facts.endpointGroups?.map((g) => [g.endpoint.raw, g.fails])).toContainEqual(['CE 9.15', true]);
    const out = rendered(r);
    expect(out).not.toMatch(CLOSED_EN);
    expect(out).not.toMatch(/直ってよかったです/);
    expect(out).toMatch(/Those on CE 8\.0 still accept TLS 1\.0/);
  });
  it('the fix said to work still closes', () => {
    const out = rendered(runIn('en', [W16, 'Set Medium-High and restarted the services, works now']));
    expect(out).toMatch(CLOSED_EN);
  });
});

describe('1: one unit named on an older release is another unit, not a correction', () => {
  it.each([
    ['en', S, 'The C40 is on CE 8.0.', /Those on CE 8\.0 still accept TLS 1\.0/],
    ['en', W16, 'The C40 is on CE 8.0.', /Those on CE 8\.0 still accept TLS 1\.0/],
    ['en', W16, 'our old SX20 runs TC 7.3.3', /Those on TC 7\.3\.3 still accept TLS 1\.0/],
    ['ja', J16, 'C40 は CE 8.0 です', /CE 8\.0 はまだ TLS 1\.0 を受け付ける/],
    ['ja', J16, '古い SX20 は TC 7.3.3 です', /TC 7\.3\.3 はまだ TLS 1\.0 を受け付ける/],
  ] as const)('%s %s / %s', (lang, first, msg, note) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    const out = rendered(r);
    expect(out).not.toMatch(/Updated: CE 9\.15 →|更新：CE 9\.15 →/);
    expect(out).not.toMatch(lang === 'ja' ? NOT_PROBLEM_JA : NOT_PROBLEM_EN);
    expect(out).toMatch(note);
  });
  it.each([
    ['en', W16, ['sorry, the endpoints are CE 8.0, not 9.15'], 'CE 8.0'],
    ['en', S, ['sorry, the endpoints are CE 8.0, not 9.15'], 'CE 8.0'],
    ['en', W16, ['Sorry, the C40 is on CE 8.0'], 'CE 8.0'],
    ['en', W16, ['Actually they are on CE 8.0'], 'CE 8.0'],
    ['en', W16, ['the C40s are on CE 8.0'], 'CE 8.0'],
    // (The C40 held as one of the failing units: its release said again corrects it.)
    ['en', W16, ['Our C40 on CE 9.15 fails too', 'The C40 is on CE 8.0.'], 'CE 8.0'],
    ['ja', J16, ['すみません、C40 は CE 8.0 でした'], 'CE 8.0'],
    ['ja', J16, ['端末は全部 CE 8.0 です'], 'CE 8.0'],
  ] as const)('a correction still replaces: %s %s / %j', (lang, first, msgs, want) => {
    expect(runIn(lang, [first, ...msgs]).state.facts.endpoint?.raw).toBe(want);
  });
  it.each([
    'The C40 is on CE 8.0',
    'an old C40 on TC 7.3.3',
    'one SX20 runs TC 7.3.3',
    '127.0.0.1:46051 is on TC 7.3.3',
    'C40 は CE 8.0 です',
    '127.0.0.1:46051 は古い C40 で TC 7.3.3 です',
  ])('the reader: one unit in %s', (t) => expect(oneUnitNamed(t)).toBe(true));
  it.each([
    'the C40s are on CE 8.0',
    'all endpoints are on CE 8.0',
    'they are on CE 8.0',
    'is the C40 on CE 8.0?',
    'if the C40 were on CE 8.0, would it work?',
    'the C40 and the SX20 are on CE 8.0',
    'C40 が CE 8.0 なら動きますか',
    '端末は全部 CE 8.0 です',
    'TMS 15.13 with CE 8.0',
  ])('the reader: not one unit in %s', (t) => expect(oneUnitNamed(t)).toBe(false));
});

describe('4: an address as the subject states, it does not ask', () => {
  it.each([
    ['en', S, '127.0.0.1:46051 is an old C40 on TC 7.3.3', /Those on TC 7\.3\.3 still accept TLS 1\.0/],
    ['en', W16, '127.0.0.1:46051 is an old C40 on TC 7.3.3', /Those on TC 7\.3\.3 still accept TLS 1\.0/],
    ['ja', J16, '127.0.0.1:46051 は古い C40 で TC 7.3.3 です', /TC 7\.3\.3 はまだ TLS 1\.0 を受け付ける/],
  ] as const)('%s %s', (lang, first, msg, note) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    const out = rendered(r);
    expect(out).not.toMatch(/You asked about|についてのご質問/);
    expect(out).not.toMatch(/Updated: CE 9\.15 →|更新：CE 9\.15 →/);
    expect(out).toMatch(note);
  });
  it.each([
    ['en', 'is 127.0.0.1:46051 on TC 7.3.3?', /You asked about TC 7\.3\.3/],
    ['ja', '127.0.0.1:46051 は TC 7.3.3 ですか？', /TC 7\.3\.3 の場合についてのご質問/],
  ] as const)('a question still asks: %s %s', (lang, msg, said) => {
    const r = runIn(lang, [lang === 'ja' ? J16 : W16, msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    expect(rendered(r)).toMatch(said);
  });
  it('the mask leaves the subject', () => {
    expect(maskNoise('127.0.0.1:46051 is an old C40 on TC 7.3.3')).toBe(' it is an old C40 on TC 7.3.3');
    expect(maskNoise('TC 7.3.3. 10.1.2.3 runs it')).toBe('TC 7.3.3. it runs it');
    expect(maskNoise('the codec at 10.1.2.3 is on TC 7.3.3')).toBe('the codec at is on TC 7.3.3');
  });
});
