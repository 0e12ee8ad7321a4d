/**
 * FIX63B: claims beyond the evidence and small wordings (QA62 #17–#19).
 * #17 A test run against the TMS server itself (localhost, its name, "against itself") is the TMS server's own web server
 *     (IIS, the Schannel Server side), not "that endpoint": said so, with what it showed and the test to run instead.
 * #18 A TCP connect that worked shows the port open, no more (not "the failure is in TLS"); nmap without a TLSv1.3 section
 *     does not say "refuses TLS 1.3"; SecurityProtocol SystemDefault is not "as SystemDefaultTlsVersions = 1 makes it do";
 *     each .NET view governs its own (64-bit / 32-bit) code; a restart applying the .NET values is expected, not asserted.
 * #19 RoomOS shown as RoomOS (xStatus "ce11.9.1.3" with DisplayName "RoomOS 11.9.1.3"), registry DWORDs as written
 *     (0xffffffff, not 4294967295) with their meaning, pasted listings said as pasted (not "you say"), the Japanese .NET
 *     "transport stream" exception read.
 */
import { readPastedText } from '../../src/evidence/text';
import { findings, rendered, runIn } from './helpers';

const H = 'TMS 15.9 on 2016, SQL 2016 remote, level Medium, SX80 CE 9.15 shows No HTTPS response. ';
const J = 'TMS 15.9、Windows 2016、SQL 2016 は別サーバ、レベル Medium、SX80 (CE 9.15) が No HTTPS response です。';
const OK12 = 'CONNECTED(00000003)\nNew, TLSv1.2, Cipher is ECDHE-RSA-AES256-GCM-SHA384\nSSL-Session:\n    Protocol  : TLSv1.2\n';
const ALERT70 = 'CONNECTED(00000003)\n40C7B8E4F07F0000:error:0A00042E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version:../ssl/record/rec_layer_s3.c:1584:SSL alert number 70\n';
const codes = (text: string) => readPastedText(text).observations.map((o) => o.code);
const detail = (text: string, code: string) => readPastedText(text).observations.find((o) => o.code === code)?.detail;

describe('FIX63B #17: a test against the TMS server itself', () => {
  it.each([
    ['localhost, said to run on the TMS box', `${H}ran this on the TMS box:\n$ openssl s_client -connect localhost:443 -tls1_2\n${OK12}`, 'against the TMS server itself (localhost)'],
    ['127.0.0.1 refusing TLS 1.0', `${H}ran this on the TMS box:\n$ openssl s_client -connect 127.0.0.1:443 -tls1\n${ALERT70}`, 'against the TMS server itself (127.0.0.1)'],
    ['the TMS server by its name', `${H}checked the TMS web server itself:\n$ openssl s_client -connect tms01.corp.local:443 -tls1\n${ALERT70}`, 'against the TMS server itself (tms01.corp.local)'],
    ['a name alone', `${H}openssl s_client -connect tms01:443\nCONNECTED(00000003)\n40C7B8E4F07F0000:error:0A000102:SSL routines:ssl_choose_client_version:unsupported protocol:../ssl/statem/statem_lib.c:1983:\n`, 'By its name, tms01 is the TMS server'],
    ['Test-NetConnection localhost', `${H}PS C:\\> Test-NetConnection localhost -Port 443\n\nComputerName     : localhost\nRemoteAddress    : ::1\nRemotePort       : 443\nTcpTestSucceeded : True\n`, 'the machine it ran on'],
    ['curl to https://localhost/tms/', `${H}curl -vk https://localhost/tms/\n*   Trying 127.0.0.1:443...\n* Connected to localhost (127.0.0.1) port 443 (#0)\n* SSL connection using TLSv1.2 / ECDHE-RSA-AES256-GCM-SHA384\n> GET /tms/ HTTP/1.1\n< HTTP/1.1 302 Found\n`, 'the machine it ran on'],
    ['Invoke-WebRequest on the TMS server', `${H}on the TMS server:\nPS C:\\> Invoke-WebRequest https://localhost/tms -UseBasicParsing\nStatusCode        : 200\n`, 'against the TMS server itself (localhost)'],
  ])('%s: the TMS server\'s own web server, not "that endpoint"', (_name, msg, lead) => {
    const out = rendered(runIn('en', [msg]));
    expect(out).toContain(lead);
    expect(out).toContain("the TMS server's own web server (IIS)");
    expect(out).toContain('It does not show what TMS offers when it connects to the endpoints');
    expect(out).toContain('openssl s_client -connect ENDPOINT:443 -tls1');
    expect(out).not.toMatch(/That endpoint accepts|If that address is the endpoint itself|the endpoint did not accept|A client held to TLS 1\.0 was turned away|the failure is in TLS/);
  });

  it('what the test showed is kept, said of the TMS server', () => {
    const d = detail(`ran this on the TMS box:\n$ openssl s_client -connect 127.0.0.1:443 -tls1\n${ALERT70}`, 'tool-target-tms-server');
    expect(d?.en).toContain('What it showed (it turned away a client held to TLS 1.0) is about that inbound side.');
    expect(d?.ja).toContain('TLS 1.0 に制限したクライアントは拒否されました');
  });

  it('Japanese: 「TMS サーバ上で自分自身に対して」', () => {
    const out = rendered(runIn('ja', [`${J}TMS サーバ上で自分自身に対して実行しました：\n$ openssl s_client -connect localhost:443 -tls1_2\n${OK12}`]));
    expect(out).toContain('このテストの接続先は TMS サーバ自身（localhost）で、エンドポイントではありません。');
    expect(out).toContain('TMS サーバ自身の Web サーバ（IIS）');
    expect(out).not.toContain('このエンドポイントは TLS 1.2 を受け付けます');
  });

  it.each([
    ['an endpoint address', `${H}ran this on the TMS box:\n$ openssl s_client -connect 10.1.1.20:443 -tls1_2\n${OK12}`],
    ['an endpoint name', `${H}$ openssl s_client -connect sx80-lobby.corp.local:443 -tls1_2\n${OK12}`],
    ['"TMS server itself" where it ran, the target an endpoint', `${H}on the TMS server itself I ran:\n$ openssl s_client -connect 10.1.1.20:443 -tls1_2\n${OK12}`],
    ['the TMS server\'s registry checked, then an endpoint tested', `${H}I checked the TMS server's registry, then:\n$ openssl s_client -connect 10.1.1.20:443 -tls1_2\n${OK12}`],
    ['"the TMS web server" named, the test to an endpoint', `${H}the TMS web server shows the error for it:\n$ openssl s_client -connect 10.1.1.20:443 -tls1_2\n${OK12}`],
    ['"the TMS server itself is fine", the test to an endpoint', `${H}the TMS server itself is fine:\n$ openssl s_client -connect 10.1.1.20:443 -tls1_2\n${OK12}`],
    ['loopback at another port (a tunnel)', `${H}through the ssh tunnel:\n$ openssl s_client -connect 127.0.0.1:14443 -tls1_2\n${OK12}`],
  ])('%s: read as the endpoint, as before', (_name, msg) => {
    expect(codes(msg)).toContain('tool-tls-handshake-ok');
    expect(codes(msg)).not.toContain('tool-target-tms-server');
  });

  it('two tests, one of them to an endpoint: nothing is taken for the TMS server on words alone', () => {
    const msg = `${H}against itself and to the codec:\n$ openssl s_client -connect 10.1.1.5:443 -tls1_2\n${OK12}\n$ openssl s_client -connect 10.1.1.20:443 -tls1\n${ALERT70}`;
    expect(codes(msg)).not.toContain('tool-target-tms-server');
  });
});

describe('MEND63A (rev63 #1, #2): words and names that do not make a test one against the TMS server', () => {
  const to = (host: string, msg: string) => `${msg}$ openssl s_client -connect ${host}:443 -tls1\n${ALERT70}`;
  it.each([
    ['「エンドポイント自身に対して」, an address', to('10.1.2.20', `${J}エンドポイント自身に対して openssl でテストしました：\n`)],
    ['「SX80 自身に対して」, an address', to('10.1.2.20', `${J}SX80 自身に対してテストした結果です：\n`)],
    ['"I checked the TMS server itself … From it I ran", an address', to('10.1.2.20', `${H}I checked the TMS server itself, registry looks fine. From it I ran:\n`)],
    ['"against the TMS server itself", a name not like TMS', to('sx80-lobby.corp.local', `${H}ran it against the TMS server itself:\n`)],
    ['tms-lobby-sx80', to('tms-lobby-sx80', H)],
    ['tmsroom-sx80.corp.local', to('tmsroom-sx80.corp.local', H)],
    ['TMSB-RoomKit3', to('TMSB-RoomKit3', H)],
    ['"tms02 is an endpoint" in the same message', to('tms02', `${H}tms02 is an endpoint, an SX80 in the lobby. Here is the test again:\n`)],
    ['「tms02 は SX80 です」', to('tms02', `${J}tms02 は SX80 です。\n`)],
  ])('%s: read as the endpoint', (_name, msg) => {
    expect(codes(msg)).toContain('tool-tls10-refused');
    expect(codes(msg)).not.toContain('tool-target-tms-server');
  });
  it.each([
    ['tms01', 'tms01'],
    ['tms-02.corp.local', 'tms-02.corp.local'],
    ['tmsserver01', 'tmsserver01'],
    ['tms-prod', 'tms-prod'],
    ['LAB-TMS01', 'LAB-TMS01'],
    ['cisco_tms.corp.local', 'cisco_tms.corp.local'],
  ])('%s is still the TMS server by its name', (_name, host) => {
    expect(codes(to(host, H))).toContain('tool-target-tms-server');
    expect(codes(to(host, H))).not.toContain('tool-tls10-refused');
  });
  it('"tms02 is the TMS server, not an endpoint" keeps it the TMS server', () => {
    expect(codes(to('tms02', `${H}tms02 is the TMS server, not an endpoint:\n`))).toContain('tool-target-tms-server');
  });
  it('the reproducer: "tms-lobby-sx80 is an endpoint" is never answered "By its name … is the TMS server"', () => {
    const out = rendered(runIn('en', ['TMS 15.9, SX80 CE 9.15, SQL 2016 remote, Windows 2016, level Medium', to('tms-lobby-sx80', ''), to('tms-lobby-sx80', 'tms-lobby-sx80 is an endpoint, an SX80 in the lobby. Here is the test again:\n')]));
    expect(out).not.toContain('is the TMS server, not an endpoint');
    expect(out).not.toContain('This test ran against the TMS server itself');
  });
});

describe('FIX63B #18: claims beyond the evidence', () => {
  it.each([
    ['Test-NetConnection', `${H}PS C:\\> Test-NetConnection 10.1.1.20 -Port 443\n\nComputerName     : 10.1.1.20\nRemoteAddress    : 10.1.1.20\nRemotePort       : 443\nTcpTestSucceeded : True\n`, 'Test-NetConnection: TCP to 10.1.1.20:443 succeeds (TcpTestSucceeded : True)'],
    ['nc', `${H}nc -vz 10.1.1.20 443\nConnection to 10.1.1.20 443 port [tcp/https] succeeded!\n`, 'nc: the TCP connection to 10.1.1.20:443 succeeds ("succeeded")'],
    ['ncat', `${H}ncat -v 10.1.1.20 443\nNcat: Version 7.94 ( https://nmap.org/ncat )\nNcat: Connected to 10.1.1.20:443.\n`, 'nc: the TCP connection to 10.1.1.20:443 succeeds'],
    ['telnet', `${H}\ntelnet 10.1.1.20 443\nTrying 10.1.1.20...\nConnected to 10.1.1.20.\nEscape character is '^]'.\n`, 'telnet: the TCP connection to 10.1.1.20:443 succeeds ("Connected to")'],
  ])('%s: the port is open, and that is all it shows', (_name, msg, lead) => {
    const d = detail(msg, 'tcp-reachable');
    expect(d?.en).toContain(lead);
    expect(d?.en).toContain('the port is open');
    expect(d?.en).toContain('the TLS handshake (the versions and cipher suites both sides accept), the certificate and HTTPS itself come after it and are not tested');
    expect(d?.en).not.toMatch(/failure is in TLS|not what fails/);
    expect(d?.ja).toContain('TCP のテストで分かるのはここまでです');
    expect(d?.ja).not.toContain('ネットワークではなく TLS の段階で失敗しています');
  });

  it('telnet said without its "Connected" lines is no TCP reading', () => {
    expect(codes(`${H}telnet 10.1.1.20 443\nTrying 10.1.1.20...\n`)).not.toContain('tcp-reachable');
  });

  it('"telnet to 443 works" in words: the port open, not "It is TLS, not the network"', () => {
    const en = rendered(runIn('en', ['TMS 15.9, CE 9.15, I can telnet to 443 from the TMS server']));
    expect(en).toContain('It shows only that the port is open');
    expect(en).not.toContain('It is TLS, not the network');
    const ja = rendered(runIn('ja', ['TMS 15.9、CE 9.15、443にtelnetで接続できます']));
    expect(ja).toContain('分かるのはポートが開いていることだけです');
    expect(ja).not.toContain('原因はネットワークではなく TLS です');
  });

  it('nmap ssl-enum-ciphers without TLSv1.3: "not listed", never "refuses TLS 1.3" (EN, JA)', () => {
    const scan = 'Nmap scan report for 10.1.1.20\nPORT    STATE SERVICE\n443/tcp open  https\n| ssl-enum-ciphers: \n|   TLSv1.2: \n|     ciphers: \n|       TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 (secp256r1) - A\n|_  least strength: A\n';
    const d = detail(`${H}${scan}`, 'endpoint-scan-versions');
    expect(d?.en).toContain('accepts TLS 1.2; refuses TLS 1.0, TLS 1.1.');
    expect(d?.en).toContain('TLS 1.3 is not listed, which says nothing either way: older nmap releases do not test TLS 1.3.');
    expect(d?.en).not.toMatch(/refuses[^.]*TLS 1\.3/);
    expect(d?.ja).toContain('拒否するもの TLS 1.0、TLS 1.1。');
    expect(d?.ja).toContain('古い nmap は TLS 1.3 を検査しないためです');
  });

  it('nmap listing TLSv1.3: accepted, and no "not listed" note', () => {
    const scan = 'Nmap scan report for 10.1.1.20\n443/tcp open  https\n| ssl-enum-ciphers: \n|   TLSv1.2: \n|     ciphers: \n|   TLSv1.3: \n|     ciphers: \n|_  least strength: A\n';
    const d = detail(`${H}${scan}`, 'endpoint-scan-versions');
    expect(d?.en).toContain('accepts TLS 1.2, TLS 1.3; refuses TLS 1.0, TLS 1.1.');
    expect(d?.en).not.toContain('not listed');
  });

  it('SecurityProtocol SystemDefault is not read as the registry value', () => {
    const d = detail('PS C:\\> [Net.ServicePointManager]::SecurityProtocol\nSystemDefault\n', 'netfx-security-protocol');
    expect(d?.en).not.toContain('as `SystemDefaultTlsVersions` = 1 makes it do');
    expect(d?.en).toContain('not a reading of the registry: it does not show that `SystemDefaultTlsVersions` is set');
    expect(d?.ja).toContain('レジストリを読んだ結果ではありません');
    expect(d?.ja).not.toContain('のときと同じく');
  });

  it('SecurityProtocol "Ssl3, Tls": other .NET code may stay on TLS 1.0 (not "then stays"), each view for its own code', () => {
    const d = detail('PS C:\\> [Net.ServicePointManager]::SecurityProtocol\nSsl3, Tls\n', 'netfx-security-protocol');
    expect(d?.en).toContain('may stay on TLS 1.0 too');
    expect(d?.en).toContain('64-bit code the 64-bit key, 32-bit code the Wow6432Node one');
    expect(d?.en).not.toContain('then stays on TLS 1.0 too');
  });

  it('a .NET view with both values 1 speaks for its own code only', () => {
    const msg = 'reg query:\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\n    SchUseStrongCrypto    REG_DWORD    0x1\n    SystemDefaultTlsVersions    REG_DWORD    0x1\n\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319\n    SchUseStrongCrypto    REG_DWORD    0x0\n';
    const obs = readPastedText(msg).observations;
    expect(obs.find((o) => o.code === 'netfx-strong-crypto-on')?.detail.en).toBe('.NET 4 (64-bit): SchUseStrongCrypto=1, SystemDefaultTlsVersions=1: 64-bit .NET 4 code uses the TLS versions Windows allows.');
    expect(obs.find((o) => o.code === 'netfx-strong-crypto-off')?.detail.en).toContain('32-bit .NET 4 code outside Communication Security may stay on TLS 1.0');
  });

  it('the .NET values: a restart is expected to apply them, a reboot is the sure way (not "a restart applies them")', () => {
    const out = rendered(runIn('en', ['TMS 15.9 on 2016, SQL 2016 remote, level Medium-High, SX80 CE 9.15 still No HTTPS response.', 'What about .NET strong crypto?']));
    expect(out).toContain('A restart of IIS and the TMS services is expected to apply them; a reboot is the sure way.');
    expect(out).not.toMatch(/A restart of the TMS services applies (?:them|it)/);
    const ja = rendered(runIn('ja', ['TMS 15.9、Windows 2016、SQL 2016 は別サーバ、レベル Medium-High、SX80 (CE 9.15) がまだ No HTTPS response です。', '.NET の強力な暗号化は？']));
    expect(ja).toContain('IIS と TMS サービスを再起動すれば適用されると見込まれますが、確実なのはサーバの再起動です。');
  });
});

describe('FIX63B #19: smaller wordings', () => {
  const ROOMOS = '*s SystemUnit Software DisplayName: "RoomOS 11.9.1.3 5e6d3a9b1c2"\n*s SystemUnit Software Version: "ce11.9.1.3"\n';
  it.each([
    ['en', `TMS 15.9 on 2016, SQL 2016 remote, level Medium, Room Kit shows No HTTPS response. ${ROOMOS}`, 'xStatus: the endpoint runs RoomOS 11.9.1.'],
    ['ja', `${J.replace('SX80 (CE 9.15)', 'Room Kit')}\n${ROOMOS}`, 'xStatus: エンドポイントは RoomOS 11.9.1 です。'],
  ] as const)('%s: an xStatus RoomOS release is RoomOS, not "CE 11.9.1", and still refuses TLS 1.0', (lang, msg, line) => {
    const r = runIn(lang, [msg]);
    const out = rendered(r);
    expect(out).toContain(line);
    expect(out).not.toContain('CE 11.9.1');
    expect(r.state.facts.endpoint?.family).toBe('RoomOS');
    expect(findings(r)).toContain('endpoint-no-tls10');
  });

  it('"ce9.15.3.17" stays CE', () => {
    expect(detail('*s SystemUnit Software Version: "ce9.15.3.17"\n', 'fact-endpoint-version')?.en).toBe('xStatus: the endpoint runs CE 9.15.3.');
  });

  it.each([
    ['reg query', '    Enabled    REG_DWORD    0xffffffff\n    DisabledByDefault    REG_DWORD    0x0\n', (k: string) => `reg query "${k}"\n${k}\n`],
    ['.reg', '"Enabled"=dword:ffffffff\n"DisabledByDefault"=dword:00000000\n', (k: string) => `Windows Registry Editor Version 5.00\n\n[${k}]\n`],
  ])('%s: Enabled 0xffffffff is shown as written, with its meaning (EN, JA)', (_name, values, head) => {
    const k = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';
    const d = detail(head(k) + values, 'schannel-tls12-client-enabled');
    expect(d?.en).toContain('Enabled=0xffffffff (any non-zero value means enabled), DisabledByDefault=0');
    expect(d?.ja).toContain('Enabled=0xffffffff（0 以外の値は有効の意味）');
    expect(`${d?.en} ${d?.ja}`).not.toContain('4294967295');
  });

  it('TLS 1.0 off with DisabledByDefault 0xffffffff keeps its "Enabled not set" reading', () => {
    const k = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client';
    const d = detail(`reg query "${k}"\n${k}\n    DisabledByDefault    REG_DWORD    0xffffffff\n`, 'schannel-tls10-not-default');
    expect(d?.en).toContain('(Enabled not set, DisabledByDefault=0xffffffff)');
    expect(d?.ja).toContain('（Enabled なし、DisabledByDefault=0xffffffff）');
  });

  const IIS = 'IIS Crypto:\nServer Protocols\n[x] TLS 1.0\n[x] TLS 1.2\nClient Protocols\n[ ] TLS 1.0\n[ ] TLS 1.1\n[x] TLS 1.2\n';
  it('an IIS Crypto listing: its protocols said as pasted in the cards, not "you say" (EN)', () => {
    const out = rendered(runIn('en', [`TMS 15.9 on 2012 R2, SQL 2016 remote, level Medium, SX80 CE 9.15 No HTTPS response. ${IIS}`]));
    expect(out).toContain('TLS 1.0 is off in what you pasted: what that changes and what to confirm');
    expect(out).toContain('What you pasted shows TLS 1.0 disabled on the TMS server.');
    expect(out).toContain('TLS 1.2 is enabled in what you pasted: what to confirm');
    expect(out).toContain('What you pasted shows TLS 1.2 enabled, so this step is a check');
    expect(out).not.toMatch(/You say TLS 1\.[02]|you say: what|I have not seen the registry|You say these keys|Since you say the keys/);
  });

  it('the same in Japanese: 「貼り付けていただいた内容では」, not 「とのこと」', () => {
    const out = rendered(runIn('ja', [`TMS 15.9、Windows 2012 R2、SQL 2016 は別サーバ、レベル Medium、SX80 (CE 9.15) が No HTTPS response です。${IIS}`]));
    expect(out).toContain('TLS 1.0 は無効（貼り付けられた内容より）：その影響と確認すべき点');
    expect(out).toContain('TLS 1.2 は有効（貼り付けられた内容より）：確認すべき点');
    expect(out).not.toMatch(/無効化済みとのこと|有効化済みとのこと|設定済みとのこと/);
  });

  it('said in words, the cards still say "you say"', () => {
    const out = rendered(runIn('en', ['TMS 15.9 on 2012 R2, SQL 2016 remote, level Medium, SX80 CE 9.15 No HTTPS response. TLS 1.2 is already enabled in the registry.']));
    expect(out).toContain('TLS 1.2 is already enabled, you say: what to confirm');
  });

  it('the Japanese .NET log: both exception texts are read', () => {
    const d = detail('2026-12-06 03:14:07,120 [12] ERROR System.Net.WebException: 基になる接続が閉じられました: 送信時に、予期しないエラーが発生しました。 ---> System.IO.IOException: リモート側でトランスポート ストリームが閉じられたため、認証に失敗しました。\n', 'dotnet-tls-failed');
    expect(d?.ja).toContain('「リモート側がトランスポート ストリームを閉じた」');
    expect(d?.ja).toContain('「基になる接続が閉じられました: 送信時に、予期しないエラーが発生しました」');
  });
});
