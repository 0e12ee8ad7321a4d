/**
 * FIX10C (QA36 #10): what the user says was already done to the TLS 1.2 keys and the server is stored as the existing facts
 * (tls12 'on', restarted, keysChanged false for "checked, nothing changed"), so it is not asked again.
 */
import { rendered, runIn } from './helpers';

describe('QA36 #10: already-done statements', () => {
  it.each([
    ['en', 'TMS 15.2, Codec Pro RoomOS 10.19 no https response. TLS 1.2 reg keys already set, and we rebooted too.'],
    ['ja', 'TMSのバージョンは15.2です。Codec Pro（RoomOS 10.19）がNo HTTPS responseです。TLS1.2のレジストリは設定済み、再起動もしました。'],
  ] as const)('%s: keys set and rebooted: both stored', (lang, msg) => {
    const c = runIn(lang, [msg]).state.facts.tlsClaims;
    expect(c?.tls12).toBe('on');
    expect(c?.restarted).toBe(true);
  });

  it.each([
    ['en', 'TMS 15.8, Win Server 2019, SQL 2017 local, SX80 ce9.15 no https response. keys checked, nothing changed'],
    ['en', 'TMS 15.8, Win Server 2019, SQL 2017 local, SX80 ce9.15 no https response. checked the TLS 1.2 keys, they were already correct, nothing changed'],
    ['ja', 'TMS 15.8、Win Server 2019、SQL 2017 同一サーバ、SX80 ce9.15 No HTTPS response。TLS1.2のキーは確認済みで正しい（変更なし）'],
  ] as const)('%s: checked and unchanged: stored, and the reboot answer says no', (lang, msg) => {
    const r = runIn(lang, [msg, lang === 'en' ? 'I set Medium-High. is a server reboot needed?' : 'Medium-Highにしました。サーバ再起動は必要ですか？']);
    expect(r.state.facts.tlsClaims?.tls12).toBe('on');
    expect(r.state.facts.tlsClaims?.keysChanged).toBe(false);
    const text = rendered(r);
    expect(text).toMatch(lang === 'en' ? /No: you checked the TLS 1\.2 keys and changed nothing/ : /TLS 1\.2 のキーを確認して何も変更していない/);
    expect(text).not.toMatch(/まずキーを確認してください|check them first/);
  });

  it('en: "tls 1.2 keys verified ok" is TLS 1.2 on', () => {
    expect(runIn('en', ['TMS 15.8, SX80 ce9.15 no https response, tls 1.2 keys verified ok']).state.facts.tlsClaims?.tls12).toBe('on');
  });

  it.each([
    ['en', 'TMS 15.8, SX80 ce9.15 no https response. are the TLS 1.2 keys correct?'],
    ['en', 'TMS 15.8, SX80 ce9.15 no https response. TLS 1.2 keys are not set'],
    ['en', 'TMS 15.8, SX80 ce9.15 no https response. we need to check the keys'],
    ['ja', 'TMS 15.8、SX80 ce9.15 No HTTPS response。再起動もしていません'],
  ] as const)('%s: nothing stored as done: %s', (lang, msg) => {
    const c = runIn(lang, [msg]).state.facts.tlsClaims;
    expect(c?.tls12).toBeUndefined();
    expect(c?.keysChanged).toBeUndefined();
    expect(c?.restarted).not.toBe(true);
  });
});
