/**
 * FIX11 item 1: "TLS 1.0 keys are set" was stored as TLS 1.2 on with keys changed (the bot could then skip the TLS 1.2 registry
 * step). Only TLS 1.2 key statements (or keys with no protocol named) set tls12 / keysChanged. "keys checked, they were wrong,
 * fixed them" is keys changed (a reboot may then be due). EN and JA.
 */
import { runIn } from './helpers';

describe('r69: key statements of other protocols are not TLS 1.2', () => {
  it.each([
    ['en', 'TLS 1.0 keys are set'],
    ['en', 'SSL 3.0 keys are set'],
    ['en', 'TLS 1.1 keys are set'],
    ['ja', 'TLS1.0のキーを設定しました'],
    ['ja', 'SSL 3.0のキーを作成しました'],
  ] as const)('%s: "%s" stores neither tls12 nor keysChanged', (lang, msg) => {
    const c = runIn(lang, [msg]).state.facts.tlsClaims;
    expect(c?.tls12).toBeUndefined();
    expect(c?.keysChanged).toBeUndefined();
  });

  it.each([
    ['en', 'TLS 1.2 keys are set'],
    ['ja', 'TLS1.2のキーを設定しました'],
  ] as const)('%s: TLS 1.2 keys said set still count', (lang, msg) => {
    const c = runIn(lang, [msg]).state.facts.tlsClaims;
    expect(c?.tls12).toBe('on');
    expect(c?.keysChanged).toBe(true);
  });

  it.each([
    ['en', 'keys checked, they were wrong, fixed them'],
    ['en', 'checked the TLS 1.2 keys and had to fix them'],
    ['ja', 'キーを確認したら間違っていたので修正しました'],
  ] as const)('%s: "%s": keys changed', (lang, msg) => {
    const c = runIn(lang, [msg]).state.facts.tlsClaims;
    expect(c?.tls12).toBe('on');
    expect(c?.keysChanged).toBe(true);
  });

  it.each([
    ['en', "keys checked, haven't fixed them yet"],
    ['en', 'keys checked, nothing changed'],
    ['ja', 'キーを確認しましたが、まだ修正していません'],
  ] as const)('%s: "%s": not keys changed', (lang, msg) => {
    expect(runIn(lang, [msg]).state.facts.tlsClaims?.keysChanged).not.toBe(true);
  });
});
