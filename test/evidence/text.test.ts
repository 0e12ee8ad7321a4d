import { readPastedText } from '../../src/evidence/text';
import type { EvidenceReading } from '../../src/evidence/types';
import { stepTexts } from '../conversation/helpers';

const codes = (r: EvidenceReading) => r.observations.map((o) => o.code);
const JA = /[ぁ-んァ-ヶ一-龯]/;

function expectBilingual(r: EvidenceReading) {
  for (const o of r.observations) {
    expect(o.detail.en.length).toBeGreaterThan(10);
    expect(o.detail.ja).toMatch(JA);
  }
}

describe('readPastedText: event log lines', () => {
  it('reads the Event Viewer rows of a SQL 2008 R2 failure (tab-separated, escaped source) and the 26011 message', () => {
    const r = readPastedText(
      [
        'Level\tDate and Time\tSource\tEvent ID\tTask Category',
        'Error\t5/25/2016 9:31:16 PM\tMSSQL\\$SQLTMS\t26011\tServer',
        'Error\t5/25/2016 8:35:48 PM\tMSSQL$SQLTMS\t3999\tServer',
        'Error\t5/25/2016 7:09:29 PM\tMSSQLSERVER\t3999\tServer',
      ].join('\r\n'),
    );
    expect(r.kind).toBe('eventlog');
    expect(codes(r)).toEqual(['event-sql-encryption-init-failed']);
    expect(r.observations[0].count).toBe(3);
    expect(r.observations[0].detail.en).toContain('26011');
    expect(r.observations[0].detail.en).toContain('3999 ×2');
    expectBilingual(r);
  });

  it('recognises the messages alone, "Event ID:" blocks, CSV rows and Schannel events with alert codes', () => {
    const r = readPastedText(`Log Name:      System
Source:        Schannel
Event ID:      36888
Description:
A fatal alert was generated and sent to the remote endpoint. This may result in termination of the connection. The TLS protocol defined fatal alert code is 40. The internal error state is 1205.

"Error","12/1/2026 10:00:00 AM","Schannel","36871","None","A fatal error occurred while creating a TLS client credential. The internal error state is 10013."
The server was unable to initialize encryption because of a problem with a security library. The security library may be missing.
TDSSNIClient initialization failed with error 0x80092004, status code 0x80.`);
    expect(codes(r).sort()).toEqual(['event-schannel-error', 'event-sql-encryption-init-failed']);
    const sch = r.observations.find((o) => o.code === 'event-schannel-error')!;
    expect(sch.detail.en).toContain('36888');
    expect(sch.detail.en).toContain('alert 40');
    expect(sch.detail.en).toContain('36871');
    expect(sch.count).toBe(2);
    expect(r.observations.find((o) => o.code === 'event-sql-encryption-init-failed')!.detail.en).toMatch(/26011.*17182/);
  });

  it('a comma-separated export row needs four fields (three commas) to be read as one', () => {
    expect(codes(readPastedText('Error,12/1/2026 10:00,Schannel,36874'))).toEqual(['event-schannel-error']);
    expect(codes(readPastedText('Error,Schannel,36874'))).toEqual([]);
  });

  it('Event Viewer XML exports', () => {
    const r = readPastedText(`<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='MSSQL$SQLTMS'/><EventID Qualifiers='49152'>26011</EventID><Level>2</Level></System></Event>
<Event><System><Provider Name='Schannel' Guid='{1f678132-5938-4686-9fdc-c8ff68f15c85}'/><EventID>36871</EventID></System></Event>`);
    expect(codes(r).sort()).toEqual(['event-schannel-error', 'event-sql-encryption-init-failed']);
  });

  it('a bare number is not an event; an unrelated event ID is ignored', () => {
    expect(codes(readPastedText('we have 26011 users and 36888 tickets'))).toEqual([]);
    expect(codes(readPastedText('Event ID: 7036 The service entered the running state.'))).toEqual([]);
  });

  it('TMS messages', () => {
    const r = readPastedText('Polycom HDX 9002 Status: Security violation: Telnet communication is not allowed Address: 10.20.85.121\nSystem X: No HTTPS response');
    expect(codes(r)).toEqual(['tms-telnet-violation', 'tms-no-https-response']);
    expectBilingual(r);
  });
});

describe('readPastedText: capture text', () => {
  it('tshark rows: TLS 1.0 hello reset by the endpoint, then the HTTP 301 fallback', () => {
    const r = readPastedText(`    1   0.000000    10.1.2.3 → 10.9.8.7     TCP 74 50123 → 443 [SYN] Seq=0 Win=64240 Len=0
    2   0.000100    10.9.8.7 → 10.1.2.3     TCP 74 443 → 50123 [SYN, ACK] Seq=0 Ack=1 Win=65160 Len=0
    3   0.000200    10.1.2.3 → 10.9.8.7     TCP 66 50123 → 443 [ACK] Seq=1 Ack=1 Win=64256 Len=0
    4   0.000300    10.1.2.3 → 10.9.8.7     TLSv1 583 Client Hello
    5   0.000400    10.9.8.7 → 10.1.2.3     TCP 66 443 → 50123 [RST, ACK] Seq=1 Ack=518 Win=0 Len=0
    6   0.100000    10.1.2.3 → 10.9.8.7     HTTP 140 GET /tcs/systemunit.xml HTTP/1.1
    7   0.100500    10.9.8.7 → 10.1.2.3     HTTP 300 HTTP/1.1 301 Moved Permanently`);
    // The protocol column of a Client Hello row is the record layer: TLS 1.0-only or not cannot be told.
    expect(codes(r)).toEqual(['capture-clienthello-record-tls10', 'capture-reset-after-clienthello', 'capture-http-301-fallback']);
    expect(r.observations[0].detail.en).toMatch(/^10\.1\.2\.3 → 10\.9\.8\.7:443: a ClientHello row labelled TLSv1, .*The server reset the connection \(RST\)\. Open the packet's Handshake Protocol/);
    expect(r.observations[2].detail.en).toContain('GET /tcs/systemunit.xml');
    expectBilingual(r);
  });

  it('rows without the Length column (a custom column set): the reset still answers the hello, ports still read', () => {
    const r = readPastedText(`12  0.003  10.1.1.5 → 10.2.2.9  TCP  51234 → 443 [SYN] Seq=0
13  0.003  10.2.2.9 → 10.1.1.5  TCP  443 → 51234 [SYN, ACK] Seq=0 Ack=1
14  0.003  10.1.1.5 → 10.2.2.9  TLSv1  Client Hello
15  0.004  10.2.2.9 → 10.1.1.5  TCP  443 → 51234 [RST, ACK] Seq=1 Ack=518 Win=0 Len=0`);
    expect(codes(r)).toEqual(['capture-clienthello-record-tls10', 'capture-reset-after-clienthello']);
    expect(r.observations[0].detail.en).toMatch(/^10\.1\.1\.5 → 10\.2\.2\.9:443: /);
    expect(r.observations.map((o) => o.detail.en).join(' ')).not.toMatch(/no answer from the server/);
  });

  it('a TLS 1.2 hello answered by a ServerHello; several connections are merged with a count', () => {
    const rows = [];
    for (let i = 0; i < 3; i++) {
      rows.push(`${i * 2 + 1} 0.${i} 10.1.2.3 10.9.8.7 TLSv1.2 300 Client Hello`, `${i * 2 + 2} 0.${i}5 10.9.8.7 10.1.2.3 TLSv1.2 1200 Server Hello, Certificate, Server Hello Done`);
    }
    const r = readPastedText(rows.join('\n'));
    expect(codes(r)).toEqual(['capture-clienthello-tls12', 'capture-serverhello']);
    expect(r.observations[0].count).toBe(3);
    expect(r.observations[0].detail.en).toContain('accepted TLS 1.2');
    expect(r.observations[0].detail.en).toContain('(3 connections)');
  });

  it('packet details: the handshake version and supported_versions decide, not the record layer', () => {
    const details = (hs: string, sv: string[]) => `Transport Layer Security
    TLSv1.2 Record Layer: Handshake Protocol: Client Hello
        Content Type: Handshake (22)
        Version: TLS 1.0 (0x0301)
        Length: 512
        Handshake Protocol: Client Hello
            Handshake Type: Client Hello (1)
            Length: 508
            Version: ${hs}
            Extension: supported_versions (len=5)
${sv.map((v) => `                Supported Version: ${v}`).join('\n')}`;
    expect(codes(readPastedText(details('TLS 1.2 (0x0303)', [])))).toEqual(['capture-clienthello-tls12', 'capture-silence-after-clienthello']);
    expect(codes(readPastedText(details('TLS 1.0 (0x0301)', [])))[0]).toBe('capture-clienthello-tls10-only');
    const r13 = readPastedText(details('TLS 1.2 (0x0303)', ['Reserved (GREASE) (0x7a7a)', 'TLS 1.3 (0x0304)', 'TLS 1.2 (0x0303)']));
    expect(r13.observations[0].detail.en).toContain('up to TLS 1.3 (supported_versions)');
  });

  it('a lone "Version: TLS 1.0 (0x0301)" line is called ambiguous, not a TLS 1.0 hello', () => {
    const r = readPastedText('Version: TLS 1.0 (0x0301)');
    expect(codes(r)).toEqual(['capture-version-line-ambiguous']);
    expectBilingual(r);
  });

  it('bare lines: "TLSv1 Client Hello" followed by "[RST, ACK]"; a TLSv1 row answered by a TLS 1.2 ServerHello offered TLS 1.2', () => {
    const r = readPastedText('TLSv1 Client Hello\n443 → 50123 [RST, ACK] Seq=1 Ack=518 Win=0 Len=0');
    expect(codes(r)).toEqual(['capture-clienthello-record-tls10', 'capture-reset-after-clienthello']);
    const ok = readPastedText('1 0.0 10.1.2.3 10.9.8.7 TLSv1 282 Client Hello\n2 0.1 10.9.8.7 10.1.2.3 TLSv1.2 1254 Server Hello, Certificate');
    expect(codes(ok)).toEqual(['capture-clienthello-tls12', 'capture-serverhello']);
  });

  it('tshark output of the real symptom capture (scripts/make-captures.sh)', () => {
    const text = require('node:fs').readFileSync(`${__dirname}/../fixtures/evidence/tls10-reset-http301.tshark.txt`, 'utf8') as string;
    const r = readPastedText(text);
    expect(codes(r)).toEqual(['capture-clienthello-record-tls10', 'capture-reset-after-clienthello', 'capture-http-301-fallback']);
    expect(r.observations[0].subject).toBe('127.0.0.1 → 127.77.0.1:443');
    expect(r.observations[2].detail.en).toContain('"GET /tcs/systemunit.xml" over plain HTTP was answered "301 Moved Permanently"');
  });
});

describe('readPastedText: versions from command output', () => {
  it('SELECT @@VERSION of SQL 2008 R2 on Windows NT 6.1 → SQL with build and Windows 2008 R2', () => {
    const r = readPastedText(`Microsoft SQL Server 2008 R2 (SP2) - 10.50.4000.0 (X64)
\tJun 28 2012 08:36:30
\tCopyright (c) Microsoft Corporation
\tStandard Edition (64-bit) on Windows NT 6.1 <X64> (Build 7601: Service Pack 1) (Hypervisor)`);
    expect(r.facts.sql).toMatchObject({ year: 2008, r2: true, sp: 2, build: '10.50.4000.0' });
    expect(r.facts.windows).toMatchObject({ year: 2008, r2: true });
    expect(codes(r)).toEqual(['fact-sql-version', 'fact-windows-version']);
    expectBilingual(r);
  });

  it('NT 6.3 with build 14393 is Windows Server 2016 (old SQL reports 6.3); NT 10.0 builds name 2019/2022/2025', () => {
    expect(readPastedText('Microsoft SQL Server 2014 (SP2) - 12.0.5000.0 (X64) Standard Edition on Windows NT 6.3 <X64> (Build 14393: )').facts.windows).toMatchObject({ year: 2016, r2: false });
    expect(readPastedText('Microsoft SQL Server 2012 - 11.0.2100.60 (X64) on Windows NT 6.3 <X64> (Build 9600: )').facts).toMatchObject({ windows: { year: 2012, r2: true }, sql: { year: 2012, sp: 0 } });
    for (const [build, year] of [[17763, 2019], [20348, 2022], [26100, 2025]]) {
      const r = readPastedText(`Microsoft SQL Server 2019 (RTM-CU22) (KB5027702) - 15.0.4322.2 (X64) Standard Edition (64-bit) on Windows Server 2019 Standard 10.0 <X64> (Build ${build}: ) (Hypervisor)`);
      expect(r.facts.windows?.year).toBe(year);
      expect(r.facts.sql).toMatchObject({ year: 2019, build: '15.0.4322.2' });
    }
    const unknown = readPastedText('Microsoft SQL Server 2019 (RTM) - 15.0.2000.5 (X64) Developer Edition on Windows Server 2019 Standard 10.0 <X64> (Build 18363: )');
    expect(unknown.facts.windows).toBeUndefined();
    expect(codes(unknown)).toContain('windows-build-unknown');
  });

  it('systeminfo (English and Japanese), ver and winver', () => {
    expect(readPastedText('Host Name:                 TMS01\nOS Name:                   Microsoft Windows Server 2012 R2 Standard\nOS Version:                6.3.9600 N/A Build 9600').facts.windows).toMatchObject({ year: 2012, r2: true });
    expect(readPastedText('OS 名:                     Microsoft Windows Server 2022 Standard').facts.windows).toMatchObject({ year: 2022 });
    expect(readPastedText('Microsoft Windows [Version 10.0.17763.5576]').facts.windows).toMatchObject({ year: 2019 });
    expect(readPastedText('Microsoft Windows Server\nVersion 1607 (OS Build 14393.6796)').facts.windows).toMatchObject({ year: 2016 });
    expect(codes(readPastedText('OS Name: Microsoft Windows 10 Pro'))).toEqual(['windows-build-unknown']);
  });

  it('xStatus SystemUnit Software Version', () => {
    const r = readPastedText('xStatus SystemUnit Software Version\n*s SystemUnit Software Version: "ce9.15.3.17 2b4a7a4a5ba 2022-10-04"\n** end');
    expect(r.facts.endpoint).toMatchObject({ family: 'CE', semver: '9.15.3' });
    expect(readPastedText('*s SystemUnit Software Version: "TC7.3.6.4c7b8e7"').facts.endpoint).toMatchObject({ family: 'TC', semver: '7.3.6' });
  });
});

describe('readPastedText: registry text', () => {
  it('reg query of the Schannel keys', () => {
    const r = readPastedText(`HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client
    Enabled    REG_DWORD    0x0

HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client
    DisabledByDefault    REG_DWORD    0x0
    Enabled    REG_DWORD    0x1
`);
    expect(r.kind).toBe('reg-query');
    expect(codes(r)).toEqual(['schannel-tls12-client-enabled', 'schannel-tls10-disabled']);
    expectBilingual(r);
  });

  it('reg query that found nothing under SCHANNEL\\Protocols → keys absent', () => {
    const r = readPastedText('C:\\>reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2" /s\nERROR: The system was unable to find the specified registry key or value.');
    expect(codes(r)).toEqual(['schannel-keys-absent']);
  });

  it('pasted .reg text, with a disabled TLS 1.2 client and the .NET keys', () => {
    const r = readPastedText(`Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]
"DisabledByDefault"=dword:00000001
"Enabled"=dword:00000000

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319]
"SchUseStrongCrypto"=dword:00000000
`);
    expect(r.kind).toBe('reg');
    expect(codes(r)).toEqual(['schannel-tls12-client-disabled', 'netfx-strong-crypto-off']);
  });

  it('a .reg export after a line of chat is still read as the export (the chat lines as text)', () => {
    const reg = `Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]
"Enabled"=dword:00000000
"DisabledByDefault"=dword:00000001
`;
    const r = readPastedText(`TMS 15.2.1 at Medium-High, still failing. Here is the export:\n${reg}`);
    expect(r.kind).toBe('reg');
    expect(codes(r)).toEqual(['schannel-tls12-client-disabled']);
    // the lines before it are read as text too (an event line there is kept)
    const withEvent = readPastedText(`System log: Schannel 36874 none of the cipher suites supported by the client application are supported by the server.\n${reg}`);
    expect(codes(withEvent)).toEqual(expect.arrayContaining(['schannel-tls12-client-disabled']));
    expect(withEvent.observations.length).toBeGreaterThan(1);
  });
});

describe('readPastedText: the output of check-tls.cmd (src/fixkit)', () => {
  it('reads the Schannel reg query, the .NET views (one missing) and the sc query states', () => {
    const out = `===== Schannel protocols =====

HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client
    DisabledByDefault    REG_DWORD    0x1
    Enabled    REG_DWORD    0x0

===== .NET strong crypto, 64-bit view =====

HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319
    SchUseStrongCrypto    REG_DWORD    0x1
    SystemDefaultTlsVersions    REG_DWORD    0x1

===== .NET strong crypto, 32-bit view =====
ERROR: The system was unable to find the specified registry key or value.
===== TMS services and IIS =====

SERVICE_NAME: W3SVC
        TYPE               : 20  WIN32_SHARE_PROCESS
        STATE              : 4  RUNNING
                                (STOPPABLE, PAUSABLE, ACCEPTS_SHUTDOWN)

SERVICE_NAME: TMSPLCMDirectoryService
        TYPE               : 10  WIN32_OWN_PROCESS
        STATE              : 1  STOPPED
===== end of check-tls.cmd =====
`;
    const r = readPastedText(out);
    expect(r.kind).toBe('reg-query');
    // The 32-bit view's "unable to find" is the missing Wow6432Node key, reported too.
    expect(codes(r)).toEqual(['schannel-tls12-client-disabled', 'netfx-key-missing', 'netfx-strong-crypto-on', 'service-not-running']);
    expect(r.observations[1].detail.en).toContain('(32-bit)');
    expect(r.observations[3].detail.en).toContain('TMSPLCMDirectoryService (STOPPED)');
    expect(r.observations[3].detail.en).not.toContain('W3SVC');
    expectBilingual(r);
  });
});

describe('readPastedText: totality', () => {
  it('never throws and stays quick on hostile input', () => {
    const inputs = ['', '\u0000'.repeat(10000), 'Version: '.repeat(100000), `${'9 '.repeat(50000)}\n`, 'Client Hello\n'.repeat(20000), `HKEY_LOCAL_MACHINE\\${'a'.repeat(100000)}`, undefined as unknown as string];
    for (const s of inputs) {
      const r = readPastedText(s);
      expect(Array.isArray(r.observations)).toBe(true);
      expect(r.observations.length).toBeLessThanOrEqual(60);
    }
  });
  it('plain chat text gives no observations', () => {
    const r = readPastedText('Hi, TMS shows an error after we upgraded the codecs yesterday, any idea?');
    expect(r).toEqual({ kind: 'text', observations: [], facts: {}, problems: [] });
  });
});

describe('readPastedText: .NET TLS errors from TMS\'s logs', () => {
  const codes = (r: ReturnType<typeof readPastedText>) => r.observations.map((o) => o.code);
  it('the three .NET messages, English and Japanese Windows, counted by line', () => {
    const r = readPastedText(
      [
        '2026-12-01 10:22:31,120 [12] ERROR - System.Net.WebException: The underlying connection was closed: An unexpected error occurred on a send. ---> System.IO.IOException: Authentication failed because the remote party has closed the transport stream.',
        '2026-12-01 10:23:01,500 [14] ERROR - System.Net.WebException: The request was aborted: Could not create SSL/TLS secure channel.',
      ].join('\n'),
    );
    expect(codes(r)).toContain('dotnet-tls-failed');
    const o = r.observations.find((x) => x.code === 'dotnet-tls-failed')!;
    expect(o.count).toBe(2);
    expect(o.detail.en).toMatch(/transport stream/);
    expect(o.detail.en).toMatch(/secure channel/);
    const ja = readPastedText('System.Net.WebException: 要求は中止されました: SSL/TLS のセキュリティで保護されているチャネルを作成できませんでした。');
    expect(codes(ja)).toContain('dotnet-tls-failed');
  });
  it('other .NET errors and ordinary lines are not TLS failures', () => {
    expect(codes(readPastedText('System.Net.WebException: The remote server returned an error: (401) Unauthorized.\nSSL is fine here'))).not.toContain('dotnet-tls-failed');
  });
  it.each([
    ['Connection reset by peer', 'reset by peer'],
    ['curl: (35) OpenSSL SSL_connect: Connection reset by peer in connection to 10.1.1.5:443', 'reset by peer'],
    ['Error: read ECONNRESET', 'reset by peer'],
    ['Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host.', 'forcibly closed'],
    ['既存の接続はリモート ホストに強制的に切断されました。', 'forcibly closed'],
    ['140291:error:1409442E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version:ssl/record/rec_layer_s3.c:1543:SSL alert number 70', 'alert 70'],
    ['error:0A000410:SSL routines::sslv3 alert handshake failure:ssl/record/rec_layer_s3.c:1584:SSL alert number 40', 'alert 40'],
    ['TLS handshake failed', 'no reason given'],
    ['SSLハンドシェイクに失敗しました', 'no reason given'],
  ])('a TLS client line: %j', (line, said) => {
    const r = readPastedText(line);
    expect(codes(r)).toEqual(['tool-tls-failed']);
    expect(r.observations[0].detail.en).toContain(said);
    expect(r.observations[0].detail.ja.length).toBeGreaterThan(5);
  });
  it('a client held to TLS 1.0 and reset (openssl s_client -tls1, curl --tls-max 1.0) is read as TLS 1.0 refused; a client not held to it is not', () => {
    const openssl = ['$ openssl s_client -connect 10.1.1.5:443 -tls1', 'CONNECTED(00000003)', 'write:errno=104'].join('\n');
    expect(codes(readPastedText(openssl))).toEqual(['tool-tls10-refused']);
    const curl = 'curl -v --tlsv1.0 --tls-max 1.0 https://10.1.1.5/ \n* Recv failure: Connection reset by peer';
    expect(codes(readPastedText(curl))).toEqual(['tool-tls10-refused']);
    // held to TLS 1.2 and reset: a client offering TLS 1.2 refused (QA55 #5)
    expect(codes(readPastedText('$ openssl s_client -connect 10.1.1.5:443 -tls1_2\nwrite:errno=104'))).toEqual(['tool-tls12-refused']);
    // no version option: OpenSSL 1.0.1 and later offer TLS 1.2 or later, read like curl's default hello (QA60 #6)
    expect(codes(readPastedText('$ openssl s_client -connect 10.1.1.5:443\nwrite:errno=104'))).toEqual(['tool-tls12-refused']);
    // a reset with no command line: which version was offered is not known
    expect(codes(readPastedText('CONNECTED(00000003)\nwrite:errno=104'))).toEqual(['tool-tls-failed']);
    // held to TLS 1.0, but the failure is alert 40 (cipher suites): not "TLS 1.0 refused"
    expect(codes(readPastedText('openssl s_client -connect h:443 -tls1\nSSL alert number 40'))).toEqual(['tool-tls-failed']);
  });
  it('alert and reset lines inside a capture are left to the capture reader', () => {
    const v = ['Transport Layer Security', '    TLSv1.2 Record Layer: Alert (Level: Fatal, Description: Handshake Failure)', '        Content Type: Alert (21)', '            Description: Handshake Failure (40)'].join('\n');
    const rows = '  6   0.001 10.9.8.7 → 10.1.2.3 TCP 54 443 → 50000 [RST, ACK] Seq=1 Ack=1 Win=0 Len=0\n  7   0.002 10.1.2.3 → 10.9.8.7 TLSv1 Alert (Level: Fatal, Description: Handshake Failure)';
    for (const text of [v, rows]) expect(codes(readPastedText(text))).not.toContain('tool-tls-failed');
  });
  it('ordinary lines with the same words are not TLS failures', () => {
    for (const line of ['we reset the codec to factory defaults', 'the TCP handshake failed twice, then worked', 'handshake with the customer tomorrow', 'alert raised in TMS']) {
      expect(codes(readPastedText(line))).not.toContain('tool-tls-failed');
    }
    // .NET's own TLS words stay one .NET observation, not also a client's
    expect(codes(readPastedText('System.Net.WebException: The underlying connection was closed: An unexpected error occurred on a send.'))).toEqual(['dotnet-tls-failed']);
  });
});

describe('readPastedText: an event named by its source and number in a sentence', () => {
  const codes = (t: string) => readPastedText(t).observations.map((o) => o.code);
  it.each([
    ['we see Schannel 36874 in the System log', 'event-schannel-error'],
    ['Schannel 36874 が出ています', 'event-schannel-error'],
    ['MSSQLSERVER 26011 after the change', 'event-sql-encryption-init-failed'],
    // SQL Server's own error numbers said in a sentence (QA #3).
    ['SQLが落ちました（26011）。SQL 2008 R2 SP2 です。今すぐ復旧するにはどうすればいいですか？', 'event-sql-encryption-init-failed'],
    ["after the change SQL won't start: Error: 26011, Severity: 16, State: 1.", 'event-sql-encryption-init-failed'],
    ['SQL が起動しません。エラー 17182 です', 'event-sql-encryption-init-failed'],
  ])('%s', (text, code) => {
    expect(codes(text)).toContain(code);
  });
  it.each(['Schannel のエラー 36871 が出ています', 'Schannel error 36874 in the System log', 'Schannel でイベント ID 36888 が記録されています'])('words between the source and the id: %s', (text) => {
    expect(codes(text)).toEqual(['event-schannel-error']);
  });
  it('the state of a 36871 said in Japanese is kept', () => {
    const r = readPastedText('システムログに Schannel のエラー 36871 が出ています: 致命的なエラーが発生しました。TLS クライアントの資格情報を作成しています。内部エラーの状態は 10013 です。');
    expect(r.observations.map((o) => o.code)).toEqual(['event-schannel-error']);
    expect(r.observations[0].detail.en).toMatch(/36871.*state 10013/);
  });
  it.each([
    // Event Viewer's text export on Japanese Windows: the message says 「TLS クライアントの資格情報」 and 「内部エラー状態は」 (QA round 2 #12).
    'ログの名前: System\nソース: Schannel\nイベント ID: 36871\nコンピューター: TMS14.corp.example.com\n説明:\nTLS クライアントの資格情報の作成中に致命的なエラーが発生しました。内部エラー状態は 10013 です。',
    // The state on a line of its own, after a message worded otherwise.
    'ログの名前: System\nソース: Schannel\nイベント ID: 36871\n説明:\n致命的なエラーが発生しました。\n内部エラー状態は 10013 です。',
  ])('the state of a 36871 in a Japanese Event Viewer export is kept: %s', (t) => {
    const r = readPastedText(t);
    expect(r.observations.map((o) => o.code)).toEqual(['event-schannel-error']);
    expect(r.observations[0].detail.en).toMatch(/36871.*state 10013/);
  });
  it('a state line outside an event record adds no state', () => {
    const r = readPastedText('Schannel 36874 が出ています\nログの名前: System\n内部エラー状態は 10013 です。');
    expect(r.observations[0].detail.en).not.toMatch(/state 10013/);
  });
  it('a SQL Server release or an unknown number is no event', () => {
    expect(codes('SQL Server 2016 on the box')).toEqual([]);
    expect(codes('schannel 12345')).toEqual([]);
    expect(codes('Schannel is fine. SQL Server 2016 runs elsewhere')).toEqual([]);
  });
});

describe('readPastedText: a capture described in words', () => {
  it.each([
    ['capture now shows Client Hello Version: TLS 1.2 (0x0303) but endpoint answers Alert (Level: Fatal, Description: Handshake Failure)', 'handshake_failure, 40'],
    ['キャプチャでは ClientHello は TLS 1.2 (0x0303) ですが、エンドポイントから Alert (Fatal, Handshake Failure) が返ります', 'handshake_failure, 40'],
    ['the ClientHello is TLSv1.2 and the endpoint sends alert 70', 'protocol_version, 70'],
  ])('%s', (text, alert) => {
    const r = readPastedText(text);
    expect(codes(r)).toEqual(['capture-clienthello-tls12', 'capture-alert-after-clienthello']);
    expect(r.observations[0].detail.en).toContain(alert);
    // the line names the version: it is not "a TLS client's failed handshake, no version given"
    expect(codes(r)).not.toContain('tool-tls-failed');
  });
  it('a TLS 1.2 hello reset; a TLS 1.0 one said in words stays a maybe-record-layer reading', () => {
    expect(codes(readPastedText('Client Hello version 0x0303, then the endpoint resets the connection'))).toEqual(['capture-clienthello-tls12', 'capture-reset-after-clienthello']);
    expect(codes(readPastedText('the Client Hello says TLS 1.0 (0x0301) and the endpoint sends RST'))).toEqual(['capture-clienthello-record-tls10', 'capture-reset-after-clienthello']);
  });
  it.each([
    'capture shows TMS completes the TCP handshake to 443 and then sends no Client Hello at all.',
    'TMS does not send a ClientHello after the TCP handshake',
    'キャプチャを見ると、TMS は 443 に TCP 接続したあと ClientHello を送っていません。',
    'ClientHello が送信されません',
    // QA round 11 #2: the plain negative forms read as the same evidence as English.
    '変更後、TMS が ClientHello を送りません',
    'Medium-High にして再起動したあと、TMS が ClientHello をまったく送りません',
    'TMS から ClientHello が一度も送られてきません',
    'after the change TMS sends no ClientHello at all',
  ])('no ClientHello: %s', (text) => {
    const r = readPastedText(text);
    expect(codes(r)).toEqual(['capture-no-clienthello']);
    expectBilingual(r);
  });
  it('a condition or a plain mention is not a described capture', () => {
    expect(codes(readPastedText('If TMS now opens the TCP connection but sends no ClientHello at all, recheck the keys'))).toEqual([]);
    expect(codes(readPastedText('ClientHello が出ない場合はどうすればいいですか'))).toEqual([]);
    expect(codes(readPastedText('ClientHello を送らない場合はどうすればいいですか'))).toEqual([]);
    expect(codes(readPastedText('TMS が ClientHello を送らないときは何を見ればいいですか'))).toEqual([]);
    expect(codes(readPastedText('if the ClientHello is TLS 1.0 (0x0301), what then'))).toEqual([]);
    expect(codes(readPastedText('how do I read the Client Hello version?'))).toEqual([]);
  });
  it('a hello version said without its answer is the offer alone (no answer is made up)', () => {
    expect(codes(readPastedText('the ClientHello is TLS 1.2 (0x0303) now'))).toEqual(['capture-clienthello-tls12']);
    expect(codes(readPastedText('in Wireshark the Client Hello version is still TLS 1.0 (0x0301)'))).toEqual(['capture-clienthello-tls10-only']);
    expect(codes(readPastedText('ClientHello の Version が TLS 1.0 (0x0301) のままです'))).toEqual(['capture-clienthello-tls10-only']);
    // said to be the record layer's: the ambiguous row, not a TLS 1.0-only offer
    expect(codes(readPastedText('the Client Hello version is 0x0301 in the record layer'))).toEqual(['capture-clienthello-record-tls10']);
  });
});

describe('readPastedText: older tshark rows and -T fields under their command line', () => {
  it('rows with the ASCII arrow, "443 > 51234" ports and a label before the first row are read like the Unicode ones', () => {
    const r = readPastedText('tshark: 12 0.0031 10.1.1.5 -> 10.1.2.20 TLSv1 Client Hello\n13 0.0042 10.1.2.20 -> 10.1.1.5 TCP 443 > 51234 [RST, ACK] Seq=1 Ack=151');
    expect(codes(r)).toEqual(['capture-clienthello-record-tls10', 'capture-reset-after-clienthello']);
    expect(r.observations[0].subject).toBe('10.1.1.5 → 10.1.2.20');
  });
  it('the -e fields of a pasted command line name the columns of the rows under it', () => {
    const r = readPastedText("tshark -Y 'tls.handshake.type==1' -T fields -e ip.dst -e tls.handshake.version\n10.1.2.20\t0x0301");
    expect(codes(r)).toEqual(['capture-clienthello-tls10-only', 'capture-silence-after-clienthello']);
    expect(r.observations[0].detail.en).toMatch(/client_version 0x0301/);
    // the same rows with Slack's spaces, with addresses and the type column, and with -E header=y
    expect(codes(readPastedText("tshark -Y 'tls.handshake.type==1' -T fields -e ip.dst -e tls.handshake.version\n10.1.2.20   0x0303"))).toEqual(['capture-clienthello-tls12', 'capture-silence-after-clienthello']);
    expect(codes(readPastedText('tshark -r a.pcap -T fields -e ip.src -e ip.dst -e tls.handshake.type -e tls.handshake.version\n10.1.1.5\t10.1.2.20\t1\t0x0301'))).toContain('capture-clienthello-tls10-only');
    expect(codes(readPastedText("tshark -Y 'tls.handshake.type == 1' -T fields -E header=y -e ip.dst -e tls.handshake.version\nip.dst\ttls.handshake.version\n10.1.2.20\t0x0303"))).toContain('capture-clienthello-tls12');
  });
  it('without a type column or a ClientHello-only filter, which packet a version belongs to is still not told', () => {
    expect(codes(readPastedText('tshark -T fields -e ip.dst -e tls.handshake.version\n10.1.2.20\t0x0301'))).toEqual(['capture-fields-no-header']);
  });
  it('a question about an error number reports no event; nor does a SQL build number', () => {
    expect(codes(readPastedText('will SQL 2008 R2 fail with 26011?'))).toEqual([]);
    expect(codes(readPastedText('SQL 2008 R2 で 26011 は出ますか？'))).toEqual([]);
    expect(codes(readPastedText('SQL Server 2008 R2 SP3 10.50.26011.0 on the TMS server'))).toEqual([]);
  });
});

/** FIX63A (QA62 #11): the SQL client's "SSL Provider" / pre-login errors are TMS's connection to its database failing at TLS. */
describe('the SQL client\'s pre-login TLS errors', () => {
  const sqlTls = (s: string) => readPastedText(s).observations.filter((o) => o.code === 'sql-client-tls-failed');
  const codesOf = (s: string) => readPastedText(s).observations.map((o) => o.code);
  const PRE = 'A connection was successfully established with the server, but then an error occurred during the pre-login handshake.';

  it('"no common algorithm" (EN, JA, the .NET exception with -2146893007) is read, and no endpoint handshake', () => {
    const en = sqlTls(`TMS Tools says: ${PRE} (provider: SSL Provider, error: 0 - The client and server cannot communicate, because they do not possess a common algorithm.)`);
    expect(en).toHaveLength(1);
    expect(en[0].detail.en).toContain("TMS's connection to its database, not an endpoint");
    expect(en[0].detail.en).toContain('found no TLS version (or cipher suite) that both allow');
    const ja = sqlTls('ログイン前のハンドシェイク中にエラーが発生しました。 (provider: SSL Provider, error: 0 - クライアントとサーバーは共通のアルゴリズムを保有していないため、通信できません。)');
    expect(ja[0].detail.ja).toContain('共通のアルゴリズム');
    const ex = sqlTls(`System.Data.SqlClient.SqlException (0x80131904): ${PRE} (provider: SSL Provider, error: 0 - The client and server cannot communicate, because they do not possess a common algorithm.) ---> System.ComponentModel.Win32Exception (0x80004005): The client and server cannot communicate, because they do not possess a common algorithm\nError Number:-2146893007,State:0,Class:20`);
    expect(ex).toHaveLength(1);
  });

  it('the reset forms (SSL Provider 10054, sqlcmd\'s TCP Provider) are the SQL connection, not "a TLS client\'s failed handshake"', () => {
    for (const s of [
      `${PRE} (provider: SSL Provider, error: 0 - An existing connection was forcibly closed by the remote host.) (Microsoft SQL Server, Error: 10054)`,
      'sqlcmd -S sqlsrv01 -E\nSqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : TCP Provider: An existing connection was forcibly closed by the remote host.',
      'Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : SSL Provider: An existing connection was forcibly closed by the remote host.',
    ]) {
      expect(codesOf(s)).toEqual(['sql-client-tls-failed']);
      expect(sqlTls(s)[0].detail.en).toContain('a TLS version mismatch shows this way, but so can other causes');
    }
  });

  it('a certificate error is said to be no TLS version question; curl\'s SEC_E_ALGORITHM_MISMATCH and prose are not read as SQL\'s', () => {
    const cert = sqlTls('A connection was successfully established with the server, but then an error occurred during the login process. (provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.)');
    expect(cert[0].detail.en).toContain('not the TLS versions');
    expect(codesOf('curl: (35) schannel: AcquireCredentialsHandle failed: SEC_E_ALGORITHM_MISMATCH (0x80090331)')).not.toContain('sql-client-tls-failed');
    expect(codesOf('we worry the SQL provider might not support TLS 1.2')).not.toContain('sql-client-tls-failed');
  });
});

describe('the SQL client\'s pre-login TLS errors in chat (FIX63A, QA62 #11)', () => {
  const ERR = 'A connection was successfully established with the server, but then an error occurred during the pre-login handshake. (provider: SSL Provider, error: 0 - The client and server cannot communicate, because they do not possess a common algorithm.)';
  it('EN: what it means and what to check; with SQL 2008 R2 SP2 on the TMS server, TLS 1.0 back before any restart', () => {
    const a = stepTexts([`TMS 15.9, level Medium, SX80 CE 9.15 No HTTPS response. TMS Tools says: ${ERR}`]).text;
    expect(a).toContain('TMS cannot set up TLS with its SQL Server');
    expect(a).toContain('What you pasted does not say which side changed');
    expect(a).toContain('`SELECT @@VERSION`');
    expect(a).toContain('`SchUseStrongCrypto`');
    expect(a).toContain('if it runs on the TMS server, do not reboot before you have checked');
    const b = stepTexts([`TMS 15.9 on 2012 R2, SQL 2008 R2 SP2 on the TMS server, level Medium, SX80 CE 9.15 No HTTPS response. TMS Tools says: ${ERR}`]).text;
    expect(b).toContain('SQL Server 2008 R2 SP2 has no TLS 1.2 support');
    expect(b).toContain('do not restart it or reboot before TLS 1.0 is on again');
  });
  it('MEND63A (rev63 #4): a build without TLS 1.2, where SQL runs not known: the restart warning, "if it runs on the TMS server" (EN, JA)', () => {
    const a = stepTexts([`TMS 15.9 on 2012 R2, SQL 2008 R2 SP2, level Medium, SX80 CE 9.15 No HTTPS response. TMS Tools says: ${ERR}`]).text;
    expect(a).toContain('SQL Server 2008 R2 SP2 has no TLS 1.2 support');
    expect(a).toContain('If it runs on the TMS server: do not restart it or reboot before TLS 1.0 is on again');
    const ja = stepTexts([`TMS 15.9、Windows 2012 R2、SQL 2008 R2 SP2、レベルは Medium、SX80 CE 9.15 で No HTTPS response です。TMS Tools のエラーです：${ERR}`]).text;
    expect(ja).toContain('この SQL Server が TMS サーバ上で動いている場合は、TLS 1.0 を有効に戻すまで');
    const remote = stepTexts([`TMS 15.9 on 2012 R2, SQL 2008 R2 SP2 on a separate server, level Medium, SX80 CE 9.15 No HTTPS response. TMS Tools says: ${ERR}`]).text;
    expect(remote).toContain('SQL Server 2008 R2 SP2 has no TLS 1.2 support');
    expect(remote).not.toContain('do not restart it or reboot before TLS 1.0 is on again');
  });
  it('MEND63A (rev63 #4): a first TLS 1.2 build (10.50.6537) carries the KB3146034 note', () => {
    const a = stepTexts([`TMS 15.9 on 2012 R2, SQL 2008 R2 10.50.6537.0 on a separate server, level Medium, SX80 CE 9.15 No HTTPS response. TMS Tools says: ${ERR}`]).text;
    expect(a).toContain('supports TLS 1.2, so look at the client side first');
    expect(a).toContain('one of the first builds with TLS 1.2 support, which can terminate intermittently (Microsoft KB3146034)');
    const later = stepTexts([`TMS 15.9 on 2012 R2, SQL 2008 R2 10.50.6542.0 on a separate server, level Medium, SX80 CE 9.15 No HTTPS response. TMS Tools says: ${ERR}`]).text;
    expect(later).toContain('supports TLS 1.2, so look at the client side first');
    expect(later).not.toContain('one of the first builds with TLS 1.2 support, which can terminate intermittently');
  });
  it('JA: the same, and SQL 2016 elsewhere points at the client side first', () => {
    const ja = stepTexts(['TMS 15.9、Windows 2016、SQL 2016 は別サーバ、レベルは Medium、SX80 CE 9.15 で No HTTPS response です。TMS Tools のエラーです：ログイン前のハンドシェイク中にエラーが発生しました。 (provider: SSL Provider, error: 0 - クライアントとサーバーは共通のアルゴリズムを保有していないため、通信できません。)']).text;
    expect(ja).toContain('TMS と SQL Server の間で TLS を確立できません');
    expect(ja).toContain('TLS 1.2 に対応しているため、まずクライアント側を確認してください');
    expect(ja).not.toContain('TLS クライアントのハンドシェイク失敗');
  });
});
