/**
 * rev31 #9: "another unit's release asked about" (endpoint-asides.ts) took the user's own endpoints when no models were on record:
 * "they are SX80s on CE 9.15, do they need anything?" kept CE 9.8 (or CE 8.0.1, a release that accepts TLS 1.0) for the case.
 * With no models held, or the unit named as "they / these / it", nothing says it is another unit: the message is read as usual and
 * the release recorded, as main did. Another model beside held ones is still answered as another unit (QA53 #17).
 */
import { runIn } from './helpers';

const NO_MODELS = {
  en: 'TMS 15.9 on Windows 2019, endpoints on CE 9.8 show No HTTPS response',
  ja: 'TMS 15.9、Windows 2019、エンドポイントは CE 9.8 で No HTTPS response',
};
const OLD_CE = {
  en: 'TMS 15.9 on Windows 2019, endpoints on CE 8.0.1 show No HTTPS response',
  ja: 'TMS 15.9、Windows 2019、エンドポイントは CE 8.0.1 で No HTTPS response',
};

describe('the case\'s own endpoints, no models on record: the release is recorded', () => {
  it.each([
    ['en', NO_MODELS.en, 'they are SX80s on CE 9.15, do they need anything?'],
    ['en', NO_MODELS.en, 'the SX80s are on CE 9.15, do they need anything?'],
    ['en', OLD_CE.en, 'they are SX80s on CE 9.15, do they need anything?'],
    ['ja', NO_MODELS.ja, 'SX80 は CE 9.15 ですが、何か必要ですか？'],
    ['ja', OLD_CE.ja, 'SX80 は CE 9.15 ですが、何か必要ですか？'],
  ] as const)('%s: %s / %s', (lang, setup, q) => {
    const r = runIn(lang, [setup, q]);
    expect(r.route).not.toBe('other-unit-asked');
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
  });

  it('models on record, the unit said as "they": not another unit', () => {
    const r = runIn('en', ['TMS 15.9 on Windows 2019, MX300 G2 on CE 9.8 show No HTTPS response', 'they are SX80s on CE 9.15, do they need anything?']);
    expect(r.route).not.toBe('other-unit-asked');
  });

  it('another model beside the held ones: still answered as another unit, the case kept', () => {
    const r = runIn('en', ['TMS 15.9 on Windows 2016, SQL 2016 remote, SX80s on CE 9.8 show No HTTPS response, level Medium', 'the MX300 G1 is on TC 7.3.21, does it need anything?']);
    expect(r.route).toBe('other-unit-asked');
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.8');
  });
});
