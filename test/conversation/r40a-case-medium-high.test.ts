/**
 * Round 40 (helper R40A), item 4: "will TC 7.3.3 be OK at Medium-High?" asks about a case, it reports nothing: TC 7.3.3
 * is not recorded, and the question about Medium-High is answered (it accepts TLS 1.2 too, so yes as far as TLS goes).
 */
import { rendered, runIn } from './helpers';

describe('an endpoint that still accepts TLS 1.0, asked about at Medium-High', () => {
  it.each<['en' | 'ja', string[]]>([
    ['en', ['will TC 7.3.3 be OK at Medium-High?']],
    ['en', ['TMS 15.9, CE 9.15', 'will TC 7.3.3 be OK at Medium-High?']],
    ['ja', ['TC 7.3.3 は Medium-High で動きますか？']],
  ])('%s %j: answered about Medium-High, TC 7.3.3 not recorded', (lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.endpoint?.raw ?? '').not.toMatch(/7\.3\.3/);
    const out = rendered(r);
    if (lang === 'en') expect(out).toMatch(/At Medium-High, as far as TLS goes, yes: TC 7\.3\.3[^\n]*TLS 1\.2/);
    else expect(out).toMatch(/Medium-High でも、TLS に関しては問題ありません。TC 7\.3\.3/);
  });

  it('a release that refuses TLS 1.0 gets the TLS 1.2 reason (R44C); nothing with a TMS before 15 (no Medium-High there)', () => {
    expect(rendered(runIn('en', ['will CE 9.15 be OK at Medium-High?']))).toMatch(/refuses TLS 1\.0 but accepts TLS 1\.2/);
    expect(rendered(runIn('en', ['will CE 9.15 be OK at Medium-High?']))).not.toMatch(/still accepts TLS 1\.0/);
    expect(rendered(runIn('en', ['TMS 14.6, CE 9.15', 'will TC 7.3.3 be OK at Medium-High?']))).not.toMatch(/As far as TLS goes, yes/i);
  });
});
