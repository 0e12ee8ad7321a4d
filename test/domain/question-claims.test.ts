/**
 * A question never states a claim (QA round 9 #10): a colleague's 「SSL 3.0 を無効にしたからでは？
 * SSL 3.0 を有効に戻せばいいですよね？」 or "should we just re-enable SSL 3.0?" sets nothing, while the
 * statement in front of a question ("We already disabled TLS 1.0, should we…?") still counts.
 */
import { readTlsClaims } from '../../src/domain/understand/tls-claims';
import { asksAboutLevel } from '../../src/domain/understand/level-question';

describe('questions are not claims', () => {
  it.each([
    '佐藤です。SSL 3.0 を無効にしたからでは？SSL 3.0 を有効に戻せばいいですよね？',
    'SSL 3.0 を有効に戻せばいいですよね',
    'TLS 1.0 は無効にしてありますよね？',
    'TLS 1.2 は有効でしょうか',
    'should we just re-enable SSL 3.0 then?',
    'can we turn TLS 1.0 off',
    'is TLS 1.2 enabled?',
  ])('%s → no protocol claim', (t) => {
    const c = readTlsClaims(t);
    expect(c.ssl3).toBeUndefined();
    expect(c.tls10).toBeUndefined();
    expect(c.tls12).toBeUndefined();
  });

  it.each([
    ['We already disabled TLS 1.0, should we turn it back on?', { tls10: 'off' }],
    ['TLS 1.2 is enabled, why does it still fail?', { tls12: 'on' }],
    ['we disabled SSL 3.0 and TLS 1.0 last week', { ssl3: 'off', tls10: 'off' }],
    ['TLS1.2は既にレジストリで有効化済みです', { tls12: 'on' }],
    ['TLS 1.0 を無効にしましたが、大丈夫でしょうか？', { tls10: 'off' }],
  ])('%s → still read as said', (t, want) => {
    expect(readTlsClaims(t)).toMatchObject(want);
  });
});

describe('「なぜ Medium-High なんですか？」 asks about the level', () => {
  it.each(['なぜ Medium-High なんですか？', 'どうして Medium-High にするんですか？'])('%s', (t) => expect(asksAboutLevel(t)).toBe(true));
  it.each(['Medium-High です', 'Medium-High?'])('%s is an answer', (t) => expect(asksAboutLevel(t)).toBe(false));
});
