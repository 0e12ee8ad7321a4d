/**
 * QA58 (qa-report-58.md) #1, #2, #3, #6, #7: what the user says after the answer, read right (EN and JA).
 * Facts per /work/shared/knowledge.md (Cause 1+2, Fix 3-6, TMS before 15 workaround, Schannel defaults).
 */
import { last, rendered, runIn, talk } from './helpers';

const B1 = 'TMS 15.9, SX20 upgraded to TC7.3.21 -> No HTTPS response';
const B2 = 'Windows 2016, SQL 2016 remote, level Medium';
const J1 = 'TMS 15.2.1 で、エンドポイントを CE 9.15 にアップグレードしたら No HTTPS response になりました';
const J2 = 'Windows Server 2016、SQL 2016 は別サーバー、レベルは Medium';

describe('QA58 #1: a success report that names Medium-High closes the case', () => {
  it.each([
    'Medium-High fixed it, thanks',
    'Medium-High worked!',
    "we're on Medium-High now and the SX20 shows OK",
    'the Medium-High change fixed it',
    'Medium-High was the fix, cheers',
    'TMS is at Medium-High now, and the SX20 is green',
  ])('EN %s', (msg) => {
    const r = last(talk(B1, B2, msg));
    expect(r.route).toBe('closing');
    const out = rendered(r);
    expect(out).toMatch(/Good to hear it works now/);
    expect(out).not.toMatch(/Not settled yet|check the Windows side/);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.worksNow).toBe(true);
  });
  it.each(['Medium-High が効きました', '今は Medium-High で、SX20 は OK です', 'Medium-High への変更で問題が解消しました'])('JA %s', (msg) => {
    const r = runIn('ja', [J1, J2, msg]);
    expect(rendered(r)).toMatch(/直ってよかったです/);
    expect(r.state.facts.tlsClaims?.worksNow).toBe(true);
  });
  it.each([
    'Medium-High fixed it on node 1',
    'Medium-High worked in the lab',
    'In the lab, Medium-High fixed it',
    'Medium-High did not fix it',
    'did Medium-High work?',
    'Medium-High worked for the SX20s but not the HDX',
    "we're on Medium-High now and the web UI is fine",
    "we're on Medium-High now and the SX20 still shows No HTTPS response",
    'Medium-High should fix it',
    'I hope Medium-High fixed it',
    'the customer says Medium-High worked',
    'Medium-High fixed some of them',
  ])('not closed: %s', (msg) => {
    const r = last(talk(B1, B2, msg));
    expect(rendered(r)).not.toMatch(/Good to hear it works now/);
    expect(r.state.facts.tlsClaims?.worksNow).toBeUndefined();
  });
  it.each(['今は Medium-High で、SQL サーバーは正常です', '今は Medium-High で、SX20 はまだ NG です', 'Medium-High が効きましたか？', '検証環境では Medium-High で OK になりました', '今は Medium-High で、SX20 の一部は OK です'])(
    'not closed (JA): %s',
    (msg) => {
      const r = runIn('ja', [J1, J2, msg]);
      expect(rendered(r)).not.toMatch(/直ってよかったです/);
      expect(r.state.facts.tlsClaims?.worksNow).toBeUndefined();
    },
  );
});

describe('QA58 #2: "is the Medium-High change still needed?" is a question: answered, nothing recorded', () => {
  it.each(['is the Medium-High change still needed?', 'so do we still need the Medium-High change?', 'Medium-High still needed?', 'do we need the Medium-High change at all?'])('EN %s', (msg) => {
    const r = last(talk(B1, B2, msg));
    expect(r.route).toBe('follow-up');
    const out = rendered(r);
    expect(out).toMatch(/^Yes\. At Medium, TMS offers only TLS 1\.0 .*TC 7\.3\.21 refuses TLS 1\.0\. Medium-High is the setting that makes TMS offer TLS 1\.2/m);
    expect(out).not.toMatch(/Updated: level|already at Medium-High/);
    expect(r.state.facts.level).toBe('medium');
  });
  it.each(['Medium-High への変更はまだ必要ですか？', 'それでも Medium-High にする必要はありますか？'])('JA %s', (msg) => {
    const r = runIn('ja', [J1, J2, msg]);
    expect(rendered(r)).toMatch(/はい、必要です。Medium の TMS は.*CE 9\.15 は TLS 1\.0 を受け付けません/);
    expect(r.state.facts.level).toBe('medium');
  });
  it('already at Medium-High: keep it', () => {
    const r = last(talk(B1, 'Windows 2016, SQL 2016 remote, level Medium-High', 'is the Medium-High change still needed?'));
    expect(rendered(r)).toMatch(/Yes, keep it\. At Medium-High TMS offers TLS 1\.2/);
    expect(r.state.facts.level).toBe('medium-high');
  });
  it.each(['APACも Medium-High にする必要がありますか？', 'does node 2 also need Medium-High?', 'is the Medium-High change needed at the other site too?'])('another place or node: no yes for it (%s)', (msg) => {
    const r = /[ぁ-ん]/.test(msg) ? runIn('ja', [J1, J2, msg]) : last(talk(B1, B2, msg));
    expect(rendered(r)).not.toMatch(/^(?:Yes|はい)/m);
  });
  it('TMS before 15: no yes (the setting does not exist there)', () => {
    const out = rendered(last(talk('TMS 14.6.2, SX20 upgraded to TC7.3.21 -> No HTTPS response', 'Windows 2016, SQL 2016 remote', 'is the Medium-High change still needed?')));
    expect(out).not.toMatch(/^Yes/m);
  });
  it.each([
    ["we're at Medium-High now, why does it still fail?", 'medium-high'],
    ['we are still on Medium-High, why does it still fail?', 'medium-high'],
  ])('a level stated is still recorded: %s', (msg, level) => {
    expect(last(talk(B1, 'Windows 2016, SQL 2016 remote', msg)).state.facts.level).toBe(level);
  });
});

describe('QA58 #3: an endpoint downgrade that made it work again is the workaround, not "another cause"', () => {
  const JB1 = 'TMS 15.9 で SX20 を TC7.3.21 にアップグレードしたら No HTTPS response になりました';
  it.each([
    "we downgraded the SX20 back to TC7.3.3 this morning and it's green again",
    'downgraded to TC 7.3.3, No HTTPS response is gone',
    "rolled the SX20 back to tc7.3.3, it's OK again",
    'downgraded the SX20 to TC7.3.3, the error is gone',
  ])('EN %s', (msg) => {
    const r = last(talk(B1, B2, msg));
    const out = rendered(r);
    expect(out).toMatch(/the rollback is a workaround, not the fix: TC 7\.3\.3 still accepts TLS 1\.0.*On TC 7\.3\.21 or any later release they will fail the same way/s);
    expect(out).not.toMatch(/not the TLS 1\.0 problem|another cause|does not change my previous answer/);
    // The failing release stays held (the downgrade is history, not the release the case is about).
    expect(r.state.facts.endpoint?.semver).toBe('7.3.21');
    expect(r.state.facts.tlsClaims?.worksNow).toBeUndefined();
  });
  it('JA 「TC7.3.3 に戻したら No HTTPS response が消えました」', () => {
    const r = runIn('ja', [JB1, J2, 'TC7.3.3 に戻したら No HTTPS response が消えました']);
    expect(rendered(r)).toMatch(/戻したのは回避策で、修正ではありません。TC 7\.3\.3 はまだ TLS 1\.0 を受け付ける/);
    expect(r.state.facts.endpoint?.semver).toBe('7.3.21');
  });
  it('then "so do we still need the Medium-High change?": yes, and the level stays Medium', () => {
    const r = last(talk(B1, B2, "we downgraded the SX20 back to TC7.3.3 this morning and it's green again", 'so do we still need the Medium-High change?'));
    const out = rendered(r);
    expect(out).toMatch(/^Yes\. At Medium, TMS offers only TLS 1\.0/m);
    expect(out).not.toMatch(/another cause/);
    expect(r.state.facts.level).toBe('medium');
  });
  it.each([
    "we downgraded the SX20 back to TC7.3.3 but it's not green again",
    'we will downgrade the SX20 back to TC7.3.3 tomorrow, then it should be green again',
    "we downgraded the MX700 to TC7.3.3 and it's green again",
    "we downgraded the SX20 to TC 7.3.6 and it's green again",
    "we rolled back the registry change and it's green again",
  ])('not the workaround note: %s', (msg) => {
    expect(rendered(last(talk(B1, B2, msg)))).not.toMatch(/the rollback is a workaround/);
  });
});

describe('QA58 #6: "done, set Medium-High, still failing" records only the level; on 2008 R2 the keys are asked for', () => {
  const R1 = 'No HTTPS response on all our Room Kits after upgrading to RoomOS 11.5, TMS 15.13';
  const W8 = 'Windows Server 2008 R2, SQL is on a separate server (SQL 2019), level Medium';
  const W8_JA = 'Windows Server 2008 R2、SQL 2019 は別サーバー、レベルは Medium';
  const W19 = 'Windows Server 2019, SQL is on a separate server (SQL 2019), level Medium';
  it.each(['done, set Medium-High, still failing', 'done, we set Medium-High. still failing'])('EN 2008 R2: %s', (msg) => {
    const r = last(talk(R1, W8, msg));
    const out = rendered(r);
    expect(out).toMatch(/Noted as done, as you say the steps were carried out: Communication Security is Medium-High\./);
    expect(out).not.toMatch(/keys are created/);
    expect(out).toMatch(/on Windows Server 2008 R2 TLS 1\.2 is off by default\. Did you create the TLS 1\.2 Client keys/);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.tls12).toBeUndefined();
    expect(r.state.facts.tlsClaims?.keysChanged).toBeUndefined();
  });
  it('JA 2008 R2', () => {
    const r = runIn('ja', [R1, W8_JA, '完了しました。Medium-High に設定しましたが、まだ失敗しています']);
    const out = rendered(r);
    expect(out).toMatch(/次のとおり記録しました：\[Communication Security\] は Medium-High。/);
    expect(out).not.toMatch(/キーを作成済み/);
    expect(out).toMatch(/TLS 1\.2 の Client キー.*は作成しましたか/);
    expect(r.state.facts.tlsClaims?.keysChanged).toBeUndefined();
  });
  it('2019: the level recorded, no key created noted; the restart asked for', () => {
    const r = last(talk(R1, W19, 'done, set Medium-High, still failing'));
    const out = rendered(r);
    expect(out).not.toMatch(/keys are created|keys you created/);
    expect(out).toMatch(/With no key created, you need not wait for the reboot/);
    expect(r.state.facts.tlsClaims?.keysChanged).toBeUndefined();
  });
  it.each([
    'done, set Medium-High and imported the reg, still failing',
    'done, rebooted, still 3 failing',
    'done, still failing',
  ])('the keys step still recorded when named or the steps are done as a whole: %s', (msg) => {
    expect(last(talk(R1, W19, msg)).state.facts.tlsClaims?.tls12).toBe('on');
  });
  it('2019: the level alone records no TLS 1.2 state', () => {
    expect(last(talk(R1, W19, 'done, set Medium-High, still failing')).state.facts.tlsClaims?.tls12).toBeUndefined();
  });
});

describe('QA58 #7: a pasted reg query showing TLS 1.2\\Client off overrides "the keys are fine"', () => {
  const R1 = 'No HTTPS response on all our Room Kits after upgrading to RoomOS 11.5, TMS 15.13';
  const W19 = 'Windows Server 2019, SQL is on a separate server (SQL 2019), level Medium';
  const PASTE = [
    'C:\\>reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols" /s',
    '',
    'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2',
    '',
    'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
    '    DisabledByDefault    REG_DWORD    0x1',
    '    Enabled    REG_DWORD    0x0',
    '',
    'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server',
    '    DisabledByDefault    REG_DWORD    0x0',
    '    Enabled    REG_DWORD    0x1',
  ].join('\n');
  it('EN: said once, no "as you said" TLS 1.2, no "on by default, what is left"', () => {
    const r = last(talk(R1, W19, 'done: keys are fine, set Medium-High and rebooted the server. still failing', PASTE));
    const out = rendered(r);
    expect(out.match(/You said the TLS 1\.2 keys were in place, but this output shows TLS 1\.2 off for the Client side/g)).toHaveLength(1);
    expect(out).toMatch(/The registry keeps TLS 1\.2 off for TMS/);
    expect(out).toMatch(/The registry values you pasted show TLS 1\.2 off for the Client side in Schannel, so that is what is left to fix/);
    expect(out).not.toMatch(/TLS 1\.2 on \(as you said\)|already enabled, you say|what is left is to see what TMS actually offers/);
    expect(r.state.facts.tlsClaims?.tls12).toBeUndefined();
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
  });
  it('JA: the same', () => {
    const r = runIn('ja', ['TMS 15.13 で Room Kit を RoomOS 11.5 に上げたら No HTTPS response になりました', 'Windows Server 2019、SQL 2019 は別サーバー、レベルは Medium', '完了：キーは問題なし、Medium-High に設定してサーバを再起動しました。まだ失敗しています', PASTE]);
    const out = rendered(r);
    expect(out).toMatch(/TLS 1\.2 のキーは設定済みとのことでしたが、この出力では.*Client 側で TLS 1\.2 が無効/);
    expect(out).not.toMatch(/有効化済みとのこと|残るのは、TMS が実際に何を提示し/);
    expect(r.state.facts.tlsClaims?.tls12).toBeUndefined();
  });
  it('no claim before: no "you said" line', () => {
    const out = rendered(last(talk(R1, W19, PASTE)));
    expect(out).toMatch(/The registry keeps TLS 1\.2 off for TMS/);
    expect(out).not.toMatch(/You said the TLS 1\.2 keys/);
  });
});
