/**
 * Round 44 (helper R44B), item 5: one other endpoint said to work ("The other endpoint is fine.", 「もう1台のエンドポイントは
 * 問題ありません」) means some endpoints fail (scope 'some'), not that the endpoints no longer fail.
 */
import { runIn } from './helpers';

describe('one other endpoint working: some fail', () => {
  it.each<['en' | 'ja', string, string]>([
    ['ja', 'TMS 15.9でCE 9.15にアップグレードしたエンドポイントがNo HTTPS responseになります', 'もう1台のエンドポイントは問題ありません'],
    ['en', 'TMS 15.9 shows No HTTPS response after endpoints went to CE 9.15', 'The other endpoint is fine.'],
    ['en', 'TMS 15.9 shows No HTTPS response after endpoints went to CE 9.15', 'Another codec works.'],
  ])('%s: %s / %s', (lang, first, msg) => {
    const f = runIn(lang, [first, msg]).state.facts;
    expect(f.endpointsFail).not.toBe(false);
    expect(f.scope).toBe('some');
  });

  it.each<['en' | 'ja', string, string]>([
    ['ja', 'TMS 15.9でCE 9.15にアップグレードしたエンドポイントがNo HTTPS responseになります', 'エンドポイントは問題ありません'],
    ['en', 'TMS 15.9 shows No HTTPS response after endpoints went to CE 9.15', 'The endpoints are fine.'],
  ])('the endpoints as a whole said fine still do not fail: %s: %s / %s', (lang, first, msg) => {
    expect(runIn(lang, [first, msg]).state.facts.endpointsFail).toBe(false);
  });
});
