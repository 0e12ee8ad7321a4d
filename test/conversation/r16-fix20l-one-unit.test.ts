/**
 * REV20 #12: one unit named on a release that still accepts TLS 1.0 ("The C40 is on CE 8.0." after CE 9.15 failing) is not one
 * of the failing units: its model is not kept beside the failing release. oneUnitNamed has its own tense, plan and negation
 * guard (it no longer relies on its callers refusing those).
 */
import { runIn } from './helpers';
import { oneUnitNamed } from '../../src/domain/understand/one-unit';

const EN = 'TMS 15.13, endpoints on CE 9.15 show No HTTPS response, SQL 2016 on the TMS server, Windows 2016';
const JA = 'TMS 15.13、エンドポイントは CE 9.15 で No HTTPS response、SQL 2016 は TMS サーバー上、Windows 2016';

describe('the working unit is not kept with the failing group', () => {
  it.each([
    ['en', EN, 'The C40 is on CE 8.0.'],
    ['ja', JA, 'C40 は CE 8.0 です'],
  ] as const)('%s %s', (lang, first, msg) => {
    const f = runIn(lang, [first, msg]).state.facts;
    expect(f.endpoint?.raw).toBe('CE 9.15');
    expect(f.endpointModels ?? []).not.toContain('C40');
  });
  it('a model held before stays (Room Kits failing, then the SX20 on TC 7.3.3)', () => {
    const f = runIn('en', ['TMS 14.6, Room Kits on CE 9.15 show No HTTPS response, SQL 2016 on the TMS server, Windows 2016', 'The SX20 is on TC 7.3.3.']).state.facts;
    expect(f.endpoint?.raw).toBe('CE 9.15');
    expect(f.endpointModels).toEqual(['Room Kit']);
  });
  it('a model said failing with its release is still kept', () => {
    const f = runIn('en', [EN, 'We also have a C40 on CE 8.0, it fails too']).state.facts;
    expect(f.endpointModels ?? []).toContain('C40');
  });
});

describe('oneUnitNamed: the release now, stated', () => {
  it.each(['The C40 is on CE 8.0.', 'C40 は CE 8.0 です', '127.0.0.1:46051 is an old C40 on TC 7.3.3', 'one SX20 runs TC 7.3.3'])('yes: %s', (m) => {
    expect(oneUnitNamed(m)).toBe(true);
  });
  it.each([
    'The C40 was on CE 8.0 before the upgrade',
    'The C40 is going to CE 9.15 tomorrow',
    "We'll put the C40 on CE 8.0",
    'The C40 is not on CE 8.0',
    "The C40 isn't on CE 8.0",
    'C40 は CE 8.0 にします',
    'C40 は以前 CE 8.0 でした',
    'C40 は CE 8.0 ではありません',
  ])('no: %s', (m) => {
    expect(oneUnitNamed(m)).toBe(false);
  });
});
