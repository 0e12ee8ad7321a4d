/**
 * REV20 #9: with the TLS 1.2 keys said removed, a state said in the same message wins ("…, TLS 1.2 is off now"); keys made
 * again after the removal are on ("deleted and recreated", 「その後 Enabled=1 で作成しました」); another server's removal says
 * nothing of this one.
 */
import { runIn } from './helpers';

const W16 = 'TMS 15.13, CE 9.15, Windows 2016, SQL 2008 R2 on the TMS server';
const W16_JA = 'TMS 15.13、CE 9.15、Windows 2016、SQL 2008 R2 は TMS サーバー上';

const claims = (lang: 'en' | 'ja', msg: string) => runIn(lang, [lang === 'en' ? W16 : W16_JA, msg]).state.facts.tlsClaims ?? {};

describe('an explicit state in the same message wins', () => {
  it.each([
    ['en', 'we removed the TLS 1.2 keys by mistake, TLS 1.2 is off now', 'off'],
    ['en', 'we removed the TLS 1.2 keys, TLS 1.2 is on again', 'on'],
    ['ja', 'TLS 1.2 のキーを削除しましたが、TLS 1.2 は無効になっています', 'off'],
  ] as const)('%s %s', (lang, msg, state) => {
    const c = claims(lang, msg);
    expect(c.tls12).toBe(state);
    expect(c.tls12KeysRemoved).toBeUndefined();
  });
});

describe('made again after the removal: on', () => {
  it.each([
    ['en', 'the TLS 1.2 keys were deleted and recreated'],
    ['en', 'we deleted the TLS 1.2 keys and then created them again with Enabled=1'],
    ['ja', 'TLS 1.2 のキーを削除しました。その後 Enabled=1 で作成しました'],
  ] as const)('%s %s', (lang, msg) => {
    const c = claims(lang, msg);
    expect(c.tls12).toBe('on');
    expect(c.tls12KeysRemoved).toBeUndefined();
  });
});

describe('another server: nothing recorded for this one', () => {
  it.each([
    ['en', 'we removed the TLS 1.2 keys on the lab TMS'],
    ['ja', '検証用の TMS で TLS 1.2 のキーを削除しました'],
  ] as const)('%s %s', (lang, msg) => {
    const c = claims(lang, msg);
    expect(c.tls12).toBeUndefined();
    expect(c.tls12KeysRemoved).toBeUndefined();
  });
});

describe('still removed', () => {
  it.each([
    ['en', 'we removed the TLS 1.2 keys'],
    ['ja', 'TLS 1.2 のキーを削除しました'],
  ] as const)('%s %s', (lang, msg) => {
    const c = claims(lang, msg);
    expect(c.tls12).toBeUndefined();
    expect(c.tls12KeysRemoved).toBe(true);
  });
});
