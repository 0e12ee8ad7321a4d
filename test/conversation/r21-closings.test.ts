/**
 * QA round 20 #10d: closings typed after a full answer ("ok thx", "we're good", "ok will try tonight", 「おけ、ありがとう」,
 * 「クローズします」, 「今夜やってみます」, 「あざす」) are closings, not "could not find a version or a request"; closing the
 * ticket says nothing about the fix having worked: noted, with the way back, not "good to hear it works".
 */
import { rendered, runIn } from './helpers';

const EN = 'TMS 15.9, CE 9.15, win 2012 r2, sql 2016 remote, level medium';
const JA = 'TMS 15.9、CE 9.15、Win2012R2、SQL2016リモート、レベルはMedium';
const NOT_READ = /could not find a version|バージョンもご依頼も読み取れませんでした|I don't know that one|お答えできません/;

describe('closings', () => {
  it.each<['en' | 'ja', string, RegExp]>([
    ['en', 'ok thx', /You are welcome/],
    ['en', "we're good", /All right/],
    ['en', 'ok will try tonight', /All right/],
    ['en', 'will do it tonight and report back', /All right/],
    ['ja', 'おけ、ありがとう', /どういたしまして/],
    ['ja', 'あざす', /どういたしまして/],
    ['ja', '今夜やってみます', /承知しました/],
    ['ja', 'クローズします', /承知しました。ありがとうございました/],
  ])('%s: %s', (lang, msg, want) => {
    const text = rendered(runIn(lang, [lang === 'ja' ? JA : EN, msg]));
    expect(text).toMatch(want);
    expect(text).not.toMatch(NOT_READ);
  });

  it.each<['en' | 'ja', string]>([
    ['en', 'closing the ticket'],
    ['en', 'closing the case, thx'],
    ['ja', 'ケースをクローズします'],
  ])('%s: %s is noted, not "it works now"', (lang, msg) => {
    const r = runIn(lang, [lang === 'ja' ? JA : EN, msg]);
    const text = rendered(r);
    expect(text).not.toMatch(/Good to hear it works now|直ってよかったです/);
    expect(text).toMatch(/If "No HTTPS response" shows up again|再び表示された場合/);
    expect(r.state.pending).toBeNull();
  });

  it('"it works now, closing the ticket" still says it works', () => {
    expect(rendered(runIn('en', [EN, 'it works now, closing the ticket']))).toMatch(/Good to hear it works now/);
  });

  it('not a closing: "ok will try tonight, but what about the MXPs?" and "we cannot close the ticket yet"', () => {
    expect(rendered(runIn('en', [EN, 'ok will try tonight, but what about the MXPs?']))).not.toMatch(/^All right\. Tell me if anything changes/);
    expect(rendered(runIn('en', [EN, 'we cannot close the ticket yet']))).not.toMatch(/Noted, thanks/);
  });
});
