/**
 * Round 40 (helper R40A), item 5: 「もともとHigh」, "originally High", "it was High from the start": the level is High now
 * (no change said after it), and the answer is High's (the endpoints' certificates checked first).
 */
import { rendered, runIn } from './helpers';

const EN_SETUP = 'TMS 15.9, CE 9.15, SQL 2016 on the TMS server, Windows 2016';
const JA_SETUP = 'TMS 15.9、CE 9.15、SQL 2016 はTMSサーバ上、Windows 2016';

describe('a level set from the start is the level now', () => {
  it.each<['en' | 'ja', string]>([
    ['en', 'originally High'],
    ['en', 'it was High from the start'],
    ['en', "it's been High all along"],
    ['ja', 'もともとHigh'],
    ['ja', '最初からHighです'],
  ])('%s %j: level High, answered with the certificate check first', (lang, msg) => {
    const r = runIn(lang, [lang === 'en' ? EN_SETUP : JA_SETUP, msg]);
    expect(r.state.facts.level).toBe('high');
    expect(rendered(r)).toMatch(lang === 'en' ? /check the endpoints' certificates first/ : /証明書/);
  });

  it('a change said after it still wins', () => {
    expect(runIn('en', [EN_SETUP, 'it was originally High, then we changed it to Medium']).state.facts.level).toBe('medium');
  });

  it('a question is no level', () => {
    expect(runIn('en', [EN_SETUP, 'was it High from the start?']).state.facts.level).toBeUndefined();
  });
});
