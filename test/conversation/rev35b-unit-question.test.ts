/**
 * REV35 #5: 「TC 7.3.3 の MX300 は影響ありませんか？」 (whether a unit is affected, asked in the negative) replaced the case's release
 * (CE 9.15 → TC 7.3.3) and flipped the verdict to "not the TLS 1.0 problem". A question records nothing: another model is
 * answered as another unit (as "is the MX300 on TC 7.3.3 affected?" is), the case's own model as a case asked about.
 */
import { runIn } from './helpers';

const SETUP = 'TMS 15.2, SX80 on CE 9.15 shows No HTTPS response, Windows Server 2012 R2, SQL 2016 on a separate server';

describe('a question whether a unit is affected keeps the case\'s release', () => {
  it.each([
    ['ja', 'TC 7.3.3 の MX300 は影響ありませんか？'],
    ['ja', 'TC 7.3.3 の MX300 は影響を受けませんか'],
    ['ja', 'TC 7.3.3 の MX300 は影響はありませんか'],
    ['ja', 'TC 7.3.3 の MX300 も影響を受けますか？'],
    ['en', 'is the MX300 on TC 7.3.3 affected?'],
  ] as const)('%s: %s → answered as another unit', (lang, q) => {
    const r = runIn(lang, [SETUP, q]);
    expect(r.route).toBe('other-unit-asked');
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
  });

  it.each([
    ['ja', 'TC 7.3.3 の SX80 は影響ありませんか？'],
    ['ja', 'TC 7.3.3 は影響ありませんか？'],
  ] as const)('%s: %s → nothing recorded', (lang, q) => {
    const r = runIn(lang, [SETUP, q]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
  });

  it('the statement 「…は影響ありません」 is not taken for a question', () => {
    const r = runIn('ja', [SETUP, 'TC 7.3.3 の MX300 は影響ありません']);
    expect(r.route).not.toBe('other-unit-asked');
  });
});
