/**
 * FIX12A (QA37 A1/A2/A3/A6, B1, B7; REV7 #1): a wrongly stored "done" fact skips a needed reboot or turns "Enable TLS 1.2"
 * into "check"; not storing one is safe. These statements must store no such fact (or the change they say).
 */
import { readTlsClaims } from '../../src/domain/understand/tls-claims';
import { rendered, runIn } from './helpers';

const P = 'TMS 15.2 shows No HTTPS response for our SX20 after upgrading it to CE 9.15';
const PJ = 'TMS 15.2でSX20をCE 9.15にアップグレードしたらNo HTTPS responseになりました';
const REBOOT = { en: 'do I need to reboot?', ja: '再起動は必要ですか？' } as const;
const first = (lang: 'en' | 'ja') => (lang === 'en' ? P : PJ);
const YES = /Yes, once|はい、1 回必要です/;
const FLAT_NO = /No: you checked the TLS 1\.2 keys|いいえ、不要です。TLS 1\.2 のキーを確認|rebooted after the keys were changed|キーを変更したあとにサーバを再起動/;

describe('A1: keys changed AFTER the restart: the reboot is still due', () => {
  it.each([
    ['ja', '再起動もしましたが、そのあとTLS 1.2のキーを作成しました'],
    ['ja', '再起動もしました。そのあとキーを修正しました'],
    ['ja', '再起動もしましたが、その後にキーを変更しました'],
    ['en', 'we rebooted, then created the keys'],
    ['en', 'we rebooted and then created the keys'],
  ] as const)('%s: %s', (lang, msg) => {
    const r = runIn(lang, [first(lang), msg, REBOOT[lang]]);
    expect(r.state.facts.tlsClaims?.keysChanged).toBe(true);
    expect(r.state.facts.tlsClaims?.restarted).not.toBe(true);
    const t = rendered(r);
    expect(t).toMatch(YES);
    expect(t).not.toMatch(FLAT_NO);
  });
});

describe('A2: "nothing changed" about the symptom, or with a change verb, is not "keys unchanged"', () => {
  it.each([
    'keys checked and created, nothing changed',
    'keys checked and fixed, nothing changed',
    'keys checked, nothing changed, still No HTTPS response after creating them',
    'keys checked, nothing changed in TMS tools yet',
  ])('en: %s', (msg) => {
    const r = runIn('en', [P, msg, REBOOT.en]);
    expect(r.state.facts.tlsClaims?.keysChanged).not.toBe(false);
    expect(rendered(r)).not.toMatch(FLAT_NO);
  });

  it.each([
    ['en', 'keys checked and created, nothing changed'],
    ['ja', 'キーは確認済みで作成しました。状況は変更なし'],
  ] as const)('%s: checked and created is a change: reboot once (%s)', (lang, msg) => {
    const r = runIn(lang, [first(lang), msg, REBOOT[lang]]);
    expect(r.state.facts.tlsClaims?.keysChanged).toBe(true);
    expect(rendered(r)).toMatch(YES);
  });
});

describe('A3: not this server, or not firsthand: TLS 1.2 not stored as on', () => {
  it.each([
    'TLS 1.2 reg keys already set on the old server, but this is a new server',
    'the keys were checked by the previous engineer, not sure if anything changed',
    'tls 1.2 keys verified ok on the endpoint side, HTTPS MinimumTLSVersion is 1.2',
  ])('en: %s', (msg) => {
    expect(runIn('en', [P, msg]).state.facts.tlsClaims?.tls12).toBeUndefined();
  });

  it('en: old server, then 2008 R2: the registry step is required and the reboot is yes', () => {
    const t = rendered(runIn('en', [P, 'TLS 1.2 reg keys already set on the old server, but this is a new server', 'Windows 2008 R2', REBOOT.en]));
    expect(t).toMatch(/Yes, once: on Windows Server 2008 R2/);
  });
});

describe('REV7 #1: keys checked and found missing or off store nothing as on', () => {
  it.each([
    'I checked the keys, they are missing',
    'registry keys checked, TLS 1.2 Client is missing',
    'keys are there but disabled',
    'レジストリは確認しましたが、TLS 1.2 のキーがありません',
    'キーは確認済みですが、Clientがありませんでした',
    'レジストリ設定済みですがEnabledが0でした',
  ])('%s', (msg) => {
    const c = readTlsClaims(msg);
    expect(c.tls12).not.toBe('on');
    expect(c.keysChanged).toBeUndefined();
  });

  it.each([
    ['en', 'TMS 15.2.1 on Windows Server 2008 R2, SX20 on CE 9.15, SQL is remote, level Medium', 'I checked the TLS 1.2 keys, they are missing'],
    ['ja', 'TMS 15.2.1、Windows Server 2008 R2、SX20 は CE 9.15、SQL は別サーバ、レベルは Medium です', 'レジストリは確認しましたが、TLS 1.2 のキーがありません'],
  ] as const)('%s: on 2008 R2 the keys step is not noted as done', (lang, a, b) => {
    const r = runIn(lang, [a, b]);
    expect(r.state.facts.tlsClaims?.tls12).toBeUndefined();
    expect(r.state.facts.tlsClaims?.keysChanged).toBeUndefined();
    expect(rendered(r)).not.toMatch(/Noted as done|実施済みとして記録/);
  });
});

describe('B7: a missing key then added is a change', () => {
  it.each([
    ['ja', 'キーは確認済みですが、TLS 1.2のClientがなかったので追加しました'],
    ['en', 'the TLS 1.2 Client key was missing, so we added it'],
  ] as const)('%s: %s', (lang, msg) => {
    const r = runIn(lang, [first(lang), msg, REBOOT[lang]]);
    expect(r.state.facts.tlsClaims?.keysChanged).toBe(true);
    expect(rendered(r)).toMatch(YES);
  });
});

describe('A6: "keys checked, nothing changed" on 2008 R2 is not a flat no', () => {
  it.each([
    ['en', 'keys checked, nothing changed', 'Windows 2008 R2'],
    ['ja', 'キーは確認済みで正しい（変更なし）', 'Windowsは2008 R2です'],
  ] as const)('%s', (lang, msg, win) => {
    const t = rendered(runIn(lang, [first(lang), msg, win, REBOOT[lang]]));
    expect(t).not.toMatch(FLAT_NO);
    expect(t).toMatch(/It depends on when the keys were created|キーがいつ作成されたか次第です/);
  });
});

describe('B1: TLS 1.0 taken out of the allowed protocols is off', () => {
  it.each([
    'we took TLS 1.0 out of the allowed protocols with IIS Crypto',
    'unticked TLS 1.0',
    'we unticked TLS 1.0 in IIS Crypto',
    'TLS1.0 を外しました',
    'TLS1.0のチェックを外しました',
  ])('%s', (msg) => {
    expect(readTlsClaims(msg).tls10).toBe('off');
  });

  it('en: with SQL 2008 R2 local, the SQL warning shows', () => {
    const r = runIn('en', [P, 'SQL Server 2008 R2 on the TMS server', 'we took TLS 1.0 out of the allowed protocols with IIS Crypto']);
    expect(r.state.facts.tlsClaims?.tls10).toBe('off');
    expect(rendered(r)).toMatch(/TLS 1\.0 is off, you say: check SQL Server now/);
  });
});

describe('unchanged (controls, pass before and after)', () => {
  it.each([
    ['en', 'checked the TLS 1.2 keys, they were already correct, nothing changed'],
    ['en', 'keys checked, nothing changed'],
    ['ja', 'TLS1.2のキーは確認済みで正しい（変更なし）'],
  ] as const)('%s: keys said unchanged: keysChanged false (%s)', (lang, msg) => {
    const c = runIn(lang, [first(lang), msg]).state.facts.tlsClaims;
    expect(c?.tls12).toBe('on');
    expect(c?.keysChanged).toBe(false);
  });

  it.each(['I created the keys and rebooted', 'keys created, rebooted'])('en: change then restart: restarted (%s)', (msg) => {
    expect(readTlsClaims(msg).restarted).toBe(true);
  });

  it.each(['we did not take TLS 1.0 out', 'removed TLS 1.0'])('%s', (msg) => {
    expect(readTlsClaims(msg).tls10).toBe(msg.startsWith('we did not') ? 'on' : 'off');
  });

  it('en: on 2019, "keys checked, nothing changed" stays a no', () => {
    expect(rendered(runIn('en', [P, 'keys checked, nothing changed', 'Windows 2019', REBOOT.en]))).toMatch(/No: you checked the TLS 1\.2 keys/);
  });
});
