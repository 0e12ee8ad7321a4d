/**
 * REV21-a #1: a request to a colleague to turn TLS 1.0 / SSL 3.0 off gets the hardening-plan warning where that change
 * is an outage (SQL 2008 R2 on the TMS server), in a shared thread too (step with unaddressed/othersMentioned, as
 * src/slack/listeners/events/message.ts sends thread lines); without the risk it stays theirs. Nothing is recorded.
 */
import type { TurnResult } from '../../src/conversation/types';
import { SQL2008R2_LOCAL, setupThenLine } from './helpers';

const B = SQL2008R2_LOCAL.en;
const B_JA = SQL2008R2_LOCAL.ja;
const SAFE = 'TMS 15.2, endpoints CE 9.15, SQL 2016 on a separate server, Windows 2012 R2, level Medium';
const SAFE_JA = 'TMS 15.2、エンドポイント CE 9.15、SQL 2016 は別サーバー、Windows 2012 R2、レベル Medium';

const run = setupThenLine;
const shown = (r: TurnResult): string => JSON.stringify(r.replies);
const WARN = /Please don't|実施しないでください/;

describe('REV21-a #1: a request to a colleague to turn TLS 1.0 / SSL 3.0 off', () => {
  const hits: Array<['en' | 'ja', string]> = [
    ['en', '@bob can you disable TLS 1.0 and SSL 3.0 tonight?'],
    ['en', '@bob please disable TLS 1.0 and SSL 3.0 on the TMS server tonight'],
    ['en', 'Mike, can you turn off TLS 1.0 on the TMS box after the fix?'],
    ['ja', '@田中さん 今夜 TLS 1.0 と SSL 3.0 を無効にしてもらえますか？'],
    ['ja', '田中さん、TLS 1.0 と SSL 3.0 の無効化をお願いします'],
  ];
  it.each(hits)('%s %s: warned in a shared thread and a DM, nothing recorded', (lang, line) => {
    for (const shared of [true, false]) {
      const { before, r } = run(lang, lang === 'ja' ? B_JA : B, line, shared);
      expect(r.route).toBe('hardening-plan');
      expect(shown(r)).toMatch(WARN);
      expect(r.state.facts).toEqual(before.facts);
    }
  });
  it.each(hits)('%s %s: without the outage risk (SQL 2016 remote) silent in a shared thread', (lang, line) => {
    const { before, r } = run(lang, lang === 'ja' ? SAFE_JA : SAFE, line, true);
    expect(r.route).toBe('chatter');
    expect(r.replies).toEqual([]);
    expect(r.state.facts).toEqual(before.facts);
  });
  it.each([
    ['en', '@bob can you check whether TLS 1.0 is disabled?'],
    ['en', '@bob can you confirm TLS 1.0 and SSL 3.0 are disabled?'],
    ['en', '@bob can you disable TLS 1.0 on the codecs?'],
    ['en', '@bob did you disable TLS 1.0?'],
    ['en', '@bob if you disable TLS 1.0, tell me'],
    ['ja', '田中さん、TLS 1.0 が無効になっているか確認してもらえますか？'],
    ['ja', '田中さん、TLS 1.0 は無効にしないでください'],
    ['ja', '田中さん、TLS 1.0 を無効にしても大丈夫ですか？'],
  ] as Array<['en' | 'ja', string]>)('%s %s: no request to turn it off, no warning (shared thread)', (lang, line) => {
    const { r } = run(lang, lang === 'ja' ? B_JA : B, line, true);
    expect(r.route).not.toBe('hardening-plan');
    expect(shown(r)).not.toMatch(WARN);
  });
  it('a request said to nobody is read as before (not taken as a plan)', () => {
    const { r } = run('en', B, 'please disable TLS 1.0 and SSL 3.0 tonight', false);
    expect(r.route).not.toBe('hardening-plan');
  });
});
