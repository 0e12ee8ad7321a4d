/**
 * debt-d (REV28 #6, #7): word lists shared across readers. Behaviour is kept; where sharing one pattern changed a reading,
 * the change is a fix and is asserted here.
 */
import { releasesNotYet } from '../../src/domain/understand/release-not-yet';
import { runIn } from './helpers';

const BASE = {
  en: 'TMS 15.13, SQL 2016 on the TMS server, Windows 2016, Medium',
  ja: 'TMS 15.13、SQL 2016 は TMS サーバ上、Windows 2016、Medium',
} as const;

describe('REV28 #7: release-not-yet reads the endpoint release as endpoint-upgrade-plan does (one pattern)', () => {
  // Before, its own copy knew neither "Room OS" written in two words nor a release with its build hash: the release said
  // not to be run yet was recorded as the endpoints' current one.
  it.each([
    ['ja', 'Room OS 11.5 にはまだ上げません'],
    ['ja', 'CE 9.15.3.a1b2c3d4 にはまだ上げません'],
    ['ja', 'Room OS 11.5 へのアップグレードは来期です'],
    ['en', "the codecs are fine but we won't go to Room OS 11.5 yet"],
  ] as const)('%s %j records no endpoint release', (lang, msg) => {
    expect(runIn(lang, [BASE[lang], msg]).state.facts.endpoint).toBeUndefined();
  });
  it.each([
    ['en', 'we upgraded to Room OS 11.5, it did not help', '11.5.0'],
    ['ja', 'CE 9.15.3.a1b2c3d4 に上げましたが、直りません', '9.15.3'],
  ] as const)('%s %j still records the release', (lang, msg, semver) => {
    expect(runIn(lang, [BASE[lang], msg]).state.facts.endpoint?.semver).toBe(semver);
  });
  it('the span is the whole release, with its build hash', () => {
    const s = 'CE 9.15.3.a1b2c3d4 にはまだ上げません';
    expect(releasesNotYet(s).map(([a, b]) => s.slice(a, b))).toEqual(['CE 9.15.3.a1b2c3d4']);
  });
  it.each([
    'エンドポイントは CE 9.15 で、TMS は 15.13 です',
    'CE 9.15 は問題なく動いています',
  ])('a Japanese clause with a release and は but no negation or change noun is not read (%j)', (s) => {
    expect(releasesNotYet(s)).toEqual([]);
  });
});
