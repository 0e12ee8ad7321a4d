/**
 * QA60 #10, #11, #12, #14, #15, #16 (fix60e): more pastes read, and replies that agree with themselves.
 * #10 Get-TlsCipherSuite as a table without Protocols; #11 [Net.ServicePointManager]::SecurityProtocol; #12 IIS Crypto's check
 * boxes; #14 the JA Event Viewer layout keeps 36887's alert code; #15 TLS 1.0\Client off at Medium: no reset/301 story;
 * #16 a cut-off reg query, the registry step "required" when the keys were shown off, no backup when nothing changes there.
 */
import { readPastedText } from '../../src/evidence/text';
import { readTlsClaims } from '../../src/domain/understand/tls-claims';
import { findings, rendered, runIn } from './helpers';

const EN = 'TMS 15.13 at Medium, Windows Server 2019, SQL 2019 on a separate server. After upgrading our SX80s to ce9.15.3 TMS shows No HTTPS response';
const JA = 'TMS 15.13（Medium）、Windows Server 2019、SQL 2019 は別サーバーです。SX80 を ce9.15.3 に上げたら TMS で No HTTPS response になりました';
const codes = (text: string) => readPastedText(text).observations.map((o) => o.code);
const KEY12 = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';
const KEY10 = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client';
const reg = (key: string, dbd: string, en: string) => `${key}\n    DisabledByDefault    REG_DWORD    ${dbd}\n    Enabled    REG_DWORD    ${en}`;
const out = (lang: 'en' | 'ja', ...msgs: string[]) => rendered(runIn(lang, [lang === 'ja' ? JA : EN, ...msgs]));

describe('#10 Get-TlsCipherSuite as a table without Protocols', () => {
  const ftName = 'PS C:\\> Get-TlsCipherSuite | Format-Table Name\n\nName\n----\nTLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384\nTLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256\nTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384';
  const cols =
    'PS C:\\> Get-TlsCipherSuite | ft Name, Exchange, Cipher, Hash\n\nName                                    Exchange Cipher Hash\n----                                    -------- ------ ----\nTLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384 ECDH     AES    \nTLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256   ECDH     AES    SHA256';
  it('Format-Table Name and ft Name, Exchange, Cipher, Hash: the names counted, a short list to check', () => {
    expect(codes(ftName)).toEqual(['windows-cipher-suites-listed', 'windows-cipher-suites-few']);
    expect(codes(cols)).toEqual(['windows-cipher-suites-listed', 'windows-cipher-suites-few']);
    const o = readPastedText(ftName).observations[0];
    expect(o.detail.en).toMatch(/lists 3 cipher suites by name/);
    expect(o.detail.en).toMatch(/Protocols/);
    expect(o.detail.ja).toMatch(/3 個/);
  });
  it('in a conversation, EN and JA: read, not "not understood"', () => {
    expect(out('en', ftName)).toMatch(/lists 3 cipher suites by name[\s\S]*alert 40 or a reset even at TLS 1\.2/);
    expect(out('ja', cols)).toMatch(/暗号スイートが名前で 2 個/);
  });
  it('a long Name table: no short-list note; bare TLS_ names with no command or header are not taken for Get-TlsCipherSuite', () => {
    const many = `Name\n----\n${Array.from({ length: 12 }, (_, i) => `TLS_ECDHE_RSA_WITH_AES_${i}_GCM_SHA384`).join('\n')}`;
    expect(codes(many)).toEqual(['windows-cipher-suites-listed']);
    expect(codes('TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\nTLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256')).not.toContain('windows-cipher-suites-listed');
  });
  it('the table with Protocols is still read as before', () => {
    expect(codes('Name                                    Protocols\n----                                    ---------\nTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384   {771}')).toEqual(['windows-tls12-suites-present', 'windows-cipher-suites-few']);
  });
});

describe('#11 [Net.ServicePointManager]::SecurityProtocol', () => {
  it('"Ssl3, Tls": the .NET strong crypto values to check, and not what TMS offers (EN, JA)', () => {
    const t = out('en', 'PS C:\\> [Net.ServicePointManager]::SecurityProtocol\nSsl3, Tls');
    expect(t).toMatch(/SecurityProtocol is SSL 3\.0, TLS 1\.0/);
    expect(t).toMatch(/SchUseStrongCrypto/);
    expect(t).toMatch(/not what TMS offers to the endpoints: that is set by Communication Security/);
    const j = out('ja', 'PS C:\\> [Net.ServicePointManager]::SecurityProtocol\nSsl3, Tls');
    expect(j).toMatch(/SecurityProtocol は SSL 3\.0, TLS 1\.0 です/);
    expect(j).toMatch(/TMS がエンドポイントに提示するものではありません/);
  });
  it('"SystemDefault" and "Tls12": each said for what it is', () => {
    expect(out('en', 'PS C:\\> [Net.ServicePointManager]::SecurityProtocol\nSystemDefault')).toMatch(/SystemDefault: \.NET in this PowerShell session leaves the protocol to Windows/);
    expect(out('en', '[Net.ServicePointManager]::SecurityProtocol\n\nTls12')).toMatch(/can use TLS 1\.2\. A script or a profile can set this/);
  });
  it('the question "SecurityProtocol says Ssl3, Tls - is that the problem?" is answered (EN), and so is 「SecurityProtocol は Ssl3, Tls でした」', () => {
    const r = runIn('en', [EN, 'SecurityProtocol says Ssl3, Tls - is that the problem?']);
    expect(r.route).not.toBe('follow-up');
    expect(rendered(r)).toMatch(/not what TMS offers to the endpoints/);
    expect(out('ja', 'SecurityProtocol は Ssl3, Tls でした')).toMatch(/SchUseStrongCrypto/);
  });
  it('a value being set, a plan or a condition is not read as the value shown', () => {
    for (const m of ['[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12', 'we will set SecurityProtocol = Tls12 tomorrow', 'if SecurityProtocol is Tls12, are we fine?']) {
      expect(codes(m)).not.toContain('netfx-security-protocol');
    }
  });
});

describe('#12 IIS Crypto check boxes', () => {
  const lines = 'Client Protocols\n[ ] SSL 2.0\n[ ] SSL 3.0\n[ ] TLS 1.0\n[ ] TLS 1.1\n[x] TLS 1.2';
  const rows =
    'IIS Crypto 3.3\nServer Protocols: SSL 2.0 [ ] SSL 3.0 [ ] TLS 1.0 [ ] TLS 1.1 [ ] TLS 1.2 [x] TLS 1.3 [x]\nClient Protocols: SSL 2.0 [ ] SSL 3.0 [ ] TLS 1.0 [ ] TLS 1.1 [ ] TLS 1.2 [x] TLS 1.3 [x]\nTemplate: Best Practices';
  it('read as the prose form is: TLS 1.0 off, TLS 1.2 on, SSL 3.0 off', () => {
    for (const m of [lines, rows]) expect(readTlsClaims(m)).toMatchObject({ tls10: 'off', tls12: 'on', ssl3: 'off' });
  });
  it('in a conversation (EN, JA): TLS 1.0 off is taken into account, not "not understood"', () => {
    const r = runIn('en', [EN, lines]);
    expect(r.route).not.toBe('not-understood');
    // (FIX62A #7: read from the paste, said so.)
    expect(rendered(r)).toMatch(/TLS 1\.0 off \(in what you pasted\)/);
    expect(rendered(r)).toMatch(/sends no ClientHello at all/);
    const j = runIn('ja', [JA, rows]);
    expect(j.route).not.toBe('not-understood');
  });
  it('the Client boxes decide TLS 1.0 and 1.2; the Server list alone says nothing of them; a to-do list is not a listing', () => {
    expect(readTlsClaims('Server Protocols\n[x] TLS 1.0\n[x] TLS 1.2\nClient Protocols\n[x] TLS 1.0\n[x] TLS 1.2')).toMatchObject({ tls10: 'on', tls12: 'on' });
    // (FIX62C #1) TLS 1.0 ticked for the Client and not for the Server is not "TLS 1.0 on": the Server side is an observation.
    const split = readTlsClaims('Server Protocols\n[ ] TLS 1.0\n[x] TLS 1.2\nClient Protocols\n[x] TLS 1.0\n[x] TLS 1.2');
    expect(split.tls10).toBeUndefined();
    expect(split.tls12).toBe('on');
    expect(readTlsClaims('Server Protocols\n[ ] TLS 1.0\n[x] TLS 1.2').tls10).toBeUndefined();
    expect(readTlsClaims('[x] TLS 1.2 keys created\n[ ] set Medium-High').tls12).not.toBe('off');
    expect(readTlsClaims('[ ] TLS 1.0').tls10).toBeUndefined();
  });
});

describe('#14 JA Event Viewer layout keeps 36887 alert code (アラート wording)', () => {
  const paste = 'ソース: Schannel\nイベント ID: 36887\nリモート エンドポイントから致命的なアラートを受信しました。TLS プロトコルで定義されている致命的なアラート コードは 70 です。';
  it('the alert number is kept, as on one line', () => {
    const d = readPastedText(paste).observations.find((o) => o.code === 'event-schannel-error');
    expect(d?.detail.ja).toMatch(/アラート 70/);
    expect(out('ja', paste)).toMatch(/アラート 70（protocol_version）/);
  });
});

describe('#15 TLS 1.0\\Client off at Medium: no ClientHello, not the reset story', () => {
  it('EN and JA: "never receives a hello", and no RST/port 80/301 in that reply', () => {
    const t = out('en', reg(KEY10, '0x1', '0x0'));
    expect(t).toMatch(/never receives a hello/);
    expect(t).not.toMatch(/resets the connection|port 80|301/);
    const j = out('ja', reg(KEY10, '0x1', '0x0'));
    expect(j).toMatch(/hello が届かず/);
    expect(j).not.toMatch(/ポート 80 の HTTP|301/);
  });
  it('with nothing said of TLS 1.0 on the server, the reset story stays', () => {
    expect(rendered(runIn('en', [EN]))).toMatch(/resets the connection/);
  });
});

describe('#16 registry pastes: cut off, required, no backup for nothing', () => {
  it('a cut-off reg query says it looks cut off and asks for the rest (EN, JA), and does not call TLS 1.2 off', () => {
    const cut = `${KEY12}\n    DisabledByDefault    REG_DWORD    0x0\n    Enabled    REG_DW`;
    expect(codes(cut)).toContain('schannel-query-cut-off');
    const r = runIn('en', [EN, cut]);
    expect(rendered(r)).toMatch(/looks cut off[\s\S]*Paste the rest/);
    expect(findings(r)).not.toContain('evidence-schannel-tls12-client-off');
    expect(out('ja', cut)).toMatch(/途中で切れているようです/);
    // Not cut: the partial reading stays.
    expect(codes(`${KEY12}\n    DisabledByDefault    REG_DWORD    0x0\n`)).toContain('schannel-tls12-client-partial');
  });
  it('TLS 1.2\\Client shown off on 2019: the registry step is required, not "a check" (EN, JA)', () => {
    const t = out('en', reg(KEY12, '0x1', '0x0'));
    expect(t).toMatch(/Enable TLS 1\.2 in the Schannel registry/);
    expect(t).toMatch(/Required here, not a check/);
    expect(t).not.toMatch(/so this is a check: look at the TLS 1\.2 keys/);
    const j = out('ja', reg(KEY12, '0x1', '0x0'));
    expect(j).toMatch(/確認ではなく必須です。貼り付けていただいた/);
  });
  it('TLS 1.2\\Client shown right on 2019: no "Back up the registry first"; with the .NET values off, the backup stays', () => {
    const r = runIn('en', [EN, reg(KEY12, '0x0', '0x1')]);
    expect(findings(r)).not.toContain('backup-registry-first');
    expect(findings(r)).toContain('tms-tools-medium-high');
    const j = runIn('ja', [JA, reg(KEY12, '0x0', '0x1')]);
    expect(findings(j)).not.toContain('backup-registry-first');
    const netfx = `${reg(KEY12, '0x0', '0x1')}\n\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\n    SchUseStrongCrypto    REG_DWORD    0x0\n    SystemDefaultTlsVersions    REG_DWORD    0x0`;
    expect(findings(runIn('en', [EN, netfx]))).toContain('backup-registry-first');
  });
});
