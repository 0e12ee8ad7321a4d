/**
 * FIX10C (QA36 #4): a corrected SQL build ("build is actually 11.0.5352", "sorry, 11.0.5352 not 5343") replaces the one
 * held, so the KB3052404 warning for 11.0.5343 goes (11.0.5352 is 2012 SP2 GDR with TLS 1.2 support).
 */
import { rendered, runIn } from './helpers';

const FIRST_EN = 'TMS 15.2 SQL 2012 SP2 11.0.5343 local, W2012R2, SX20 TC7.3.6, no https response';
const FIRST_JA = 'TMS 15.2、SQL 2012 SP2 11.0.5343 同居、Windows 2012 R2、SX20 TC7.3.6 で No HTTPS response';

describe('QA36 #4: a corrected SQL build is applied', () => {
  it.each([
    ['en', FIRST_EN, 'build is actually 11.0.5352'],
    ['en', FIRST_EN, 'sorry, 11.0.5352 not 5343'],
    ['en', FIRST_EN, 'sorry, 11.0.5352 not 11.0.5343'],
    ['ja', FIRST_JA, 'すみません、ビルドは5343ではなく11.0.5352でした'],
    ['ja', FIRST_JA, 'ビルドは実は11.0.5352でした'],
  ] as const)('%s: %s → %s', (lang, first, fix) => {
    const r = runIn(lang, [first, fix]);
    expect(r.state.facts.sql?.build).toBe('11.0.5352');
    expect(rendered(r)).not.toMatch(/KB3052404/);
  });
});
