/**
 * R54 §4: after a partial success that counts the systems left ("5 green, 3 still red", 「3台はまだ赤です」), "2 are green
 * now too" / 「2台も緑になりました」 covers only part of them: the case stays open with the count left, and closes when
 * the rest (or all) are said back. Without a count held, "those 2 are green now too" closes as before.
 */
import { rendered, runIn } from './helpers';

const EN = 'TMS 15.2.1, endpoints CE 9.15, SQL 2016 remote, Windows 2019, level Medium';
const EN_PART = 'Set Medium-High and restarted IIS. 5 are green now, 3 still red';
const JA = 'TMS 15.2.1、エンドポイントは CE 9.15、SQL 2016 は別サーバ、Windows 2019、レベル Medium';
const JA_PART = 'Medium-High にして IIS を再起動しました。5台は緑になりましたが3台はまだ赤です';
const closedEn = /Good to hear it works now/;
const closedJa = /直ってよかったです/;

describe('the rest said back after a counted partial success', () => {
  it('en: 2 of 3 back keeps the case open and says 1 is left', () => {
    const r = runIn('en', [EN, EN_PART, 'those 2 are green now too']);
    const out = rendered(r);
    expect(out).not.toMatch(closedEn);
    expect(out).toMatch(/1 of the 3/);
    expect(r.state.facts.tlsClaims?.stillFailing).toBe(1);
  });

  it('ja: 「2台も緑になりました」 after 3 left keeps it open', () => {
    const r = runIn('ja', [JA, JA_PART, '2台も緑になりました']);
    const out = rendered(r);
    expect(out).not.toMatch(closedJa);
    expect(out).toMatch(/3 台のうち[^。]*1 台/);
  });

  it('the last one back, or all of them, closes it', () => {
    expect(rendered(runIn('ja', [JA, JA_PART, '2台も緑になりました', '残りの1台も緑になりました']))).toMatch(closedJa);
    expect(rendered(runIn('en', [EN, EN_PART, 'those 2 are green now too', 'all are green']))).toMatch(closedEn);
    expect(rendered(runIn('en', [EN, EN_PART, 'those 3 are green now too']))).toMatch(closedEn);
    expect(rendered(runIn('ja', [JA, JA_PART, '3台とも緑になりました']))).toMatch(closedJa);
  });

  it('10台中7台 counts 3 left', () => {
    const r = runIn('ja', [JA, 'Medium-High にして IIS を再起動しました。10台中7台が復旧しました', '2台も緑になりました']);
    expect(rendered(r)).not.toMatch(closedJa);
  });

  it('no count held: closes as before', () => {
    expect(rendered(runIn('en', [EN, 'Set Medium-High and restarted IIS. some are green now, the HDX still red', 'those 2 are green now too']))).toMatch(closedEn);
  });
});
