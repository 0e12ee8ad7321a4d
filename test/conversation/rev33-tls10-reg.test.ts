/**
 * REV33 #2: the reboot step promises "tell me and I give you the .reg" for TLS 1.0; a request for it gets the tls10-back-on.reg keys
 * (TLS 1.0 Client and Server) with the check first, records nothing ("TLS 1.0 on" is no state a request reports), and never answers
 * "enabling TLS 1.0 does not help" while a SQL Server on the TMS server needs TLS 1.0.
 */
import { rendered, runIn } from './helpers';

const M_EN = 'TMS 15.2 shows No HTTPS response for our SX80 after upgrade to CE 9.15. Windows Server 2012 R2, SQL Server 2008 R2 SP2 on the TMS server, Communication Security is Medium.';
const M_JA = 'TMS 15.2 で CE 9.15 にした SX80 が No HTTPS response です。Windows Server 2012 R2、SQL Server 2008 R2 SP2 は TMS サーバ上、Communication Security は Medium です。';
const M_2012 = 'TMS 15.2 shows No HTTPS response for our SX80 after upgrade to CE 9.15. Windows Server 2012 R2, SQL Server 2012 SP1 on the TMS server, Communication Security is Medium.';
const REMOTE = 'TMS 15.2 shows No HTTPS response for our SX80 after upgrade to CE 9.15. Windows Server 2012 R2, SQL Server 2016 on a separate server, Communication Security is Medium.';
const REG = /TLS 1\.0\\Client\]\s+"Enabled"=dword:00000001\s+"DisabledByDefault"=dword:00000000\s+\[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1\.0\\Server\]/;

describe('REV33 #2: the .reg to turn TLS 1.0 back on, asked for', () => {
  it.each<['en' | 'ja', string, string]>([
    ['en', 'can I have the reg file to turn TLS 1.0 back on?', M_EN],
    ['en', 'give me the .reg to re-enable TLS 1.0', M_EN],
    ['en', 'please send the .reg for TLS 1.0', M_EN],
    ['en', 'where is the reg to turn TLS 1.0 back on?', M_EN],
    ['en', 'give me the .reg to re-enable TLS 1.0 ', M_2012],
    ['ja', 'TLS 1.0 を有効に戻す .reg をください', M_JA],
    ['ja', 'TLS 1.0 を戻すための .reg をお願いします', M_JA],
    ['ja', 'TLS1.0用のregファイルをください', M_JA],
  ])('%s: %s gets the keys, the check first, nothing recorded', (lang, ask, setup) => {
    const r = runIn(lang, [setup, ask]);
    const out = rendered(r);
    expect(r.route).toBe('tls10-reg');
    expect(out).toMatch(REG);
    expect(out).toMatch(lang === 'en' ? /Check first:.*`Enabled` is 0 or `DisabledByDefault` is 1/ : /まず確認してください。.*`Enabled` が 0、または `DisabledByDefault` が 1/);
    expect(out).not.toMatch(/No, it does not help|いいえ、それでは解決しません/);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(r.state.facts.sql).toBeDefined();
  });

  it('no SQL Server here needs TLS 1.0 (SQL 2016, remote): the why-not answer, no keys, nothing recorded', () => {
    const r = runIn('en', [REMOTE, 'give me the .reg to re-enable TLS 1.0']);
    expect(rendered(r)).toMatch(/No, it does not help/);
    expect(rendered(r)).not.toMatch(REG);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
  });

  it('SQL Server not known: the keys, said to matter only for a SQL Server that needs TLS 1.0, with the question', () => {
    const out = rendered(runIn('en', ['TMS 15.2 shows No HTTPS response for our SX80 after upgrade to CE 9.15', 'give me the .reg to re-enable TLS 1.0']));
    expect(out).toMatch(REG);
    expect(out).toMatch(/It matters only for a SQL Server on the TMS server that needs TLS 1\.0/);
    expect(out).toMatch(/If it is off and that SQL Server needs it/);
  });

  it.each<['en' | 'ja', string]>([
    ['en', 'TLS 1.0 was turned off by GPO, can I have the reg to turn it back on?'],
    ['ja', 'TLS 1.0 は無効になっていました。戻す .reg をください'],
  ])('%s: TLS 1.0 said off beside the request: read as off, its card with the keys', (lang, msg) => {
    const r = runIn(lang, [lang === 'en' ? M_EN : M_JA, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBe('off');
    expect(rendered(r)).toMatch(REG);
  });

  it.each<['en' | 'ja', string]>([
    ['en', 'please send the .reg to disable TLS 1.0'],
    ['en', 'give me a .reg that turns TLS 1.0 off'],
    ['ja', 'TLS 1.0 を無効にする .reg をください'],
  ])('%s: a .reg to turn TLS 1.0 off, asked: the disable answer (SQL needs it), nothing recorded', (lang, msg) => {
    const r = runIn(lang, [lang === 'en' ? M_EN : M_JA, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(rendered(r)).toMatch(lang === 'en' ? /No\. SQL Server 2008 R2 SP2 runs on the TMS server and needs TLS 1\.0/ : /いいえ。SQL Server 2008 R2 SP2 は TMS サーバ上で動いており、TLS 1\.0 を必要とします/);
  });

  it.each<['en' | 'ja', string]>([
    ['en', 'we imported the .reg to re-enable TLS 1.0'],
    ['en', 'is the reg to re-enable TLS 1.0 safe?'],
    ['en', 'could you check whether the .reg re-enables TLS 1.0?'],
    ['en', 'can I have the reg file for TLS 1.2?'],
    ['en', 'give me the reg file'],
    ['ja', 'TLS 1.0 を有効に戻す .reg を適用しました'],
    ['ja', 'TLS 1.0 を有効に戻す .reg は安全ですか？'],
    ['ja', 'reg ファイルをください'],
  ])('%s: not a request for that .reg: %s', (lang, msg) => {
    expect(runIn(lang, [lang === 'en' ? M_EN : M_JA, msg]).route).not.toBe('tls10-reg');
  });
});

/**
 * REV34 #5: the request itself records nothing, but a TLS 1.0 state said beside it is read as before (main read it; int2 dropped it
 * and gave the back-on .reg for a TLS 1.0 said on).
 */
describe('REV34 #5: a TLS 1.0 state said beside a .reg request is recorded', () => {
  it.each<['en' | 'ja', string]>([
    ['ja', 'TLS 1.0 が有効になっています。reg をください'],
    ['en', 'can I have the reg file? TLS 1.0 was re-enabled by someone'],
    ['en', 'after the reg TLS 1.0 was back on, can I have the log?'],
    ['en', 'TLS 1.0 is enabled. Can I have the reg file?'],
  ])('%s: %s records TLS 1.0 on, no back-on .reg', (lang, msg) => {
    const r = runIn(lang, [lang === 'en' ? M_EN : M_JA, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBe('on');
    expect(r.route).not.toBe('tls10-reg');
  });

  it.each<['en' | 'ja', string]>([
    ['en', 'can I have the reg file to turn TLS 1.0 back on?'],
    ['ja', 'TLS 1.0 を有効に戻す .reg をください'],
    // (A need or wish for TLS 1.0 back on is part of the request, no state.)
    ['en', 'we need TLS 1.0 back on, can you give me the reg?'],
    ['ja', 'TLS 1.0 を元に戻したいので reg ファイルをください'],
  ])('%s: %s alone still records nothing, the keys given', (lang, msg) => {
    const r = runIn(lang, [lang === 'en' ? M_EN : M_JA, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(r.route).toBe('tls10-reg');
    expect(rendered(r)).toMatch(REG);
  });
});
