/**
 * Tool output about an ENDPOINT (sslscan, nmap ssl-enum-ciphers, curl -v, openssl s_client), real runs
 * against loopback servers (test/fixtures/tools): read as what that endpoint accepts or refuses, never as
 * the user's claims about the TMS server's registry, a SQL version ("dh 2048") or a CE version (hex bytes "ce 08").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stepTexts as run } from '../conversation/helpers';
import { readPastedText } from '../../src/evidence/text';
import { withoutTerminalCodes } from '../../src/evidence/terminal-codes';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/tools', name), 'utf8');
const obs = (name: string) => readPastedText(fixture(name)).observations;
/** A loopback run at port 443 with an endpoint's address instead: the readers' subject, not the TMS server itself (FIX63B #17). */
const atEndpoint = (text: string) => text.replace(/127\.0\.0\.1/g, '10.1.1.20');

describe('endpoint scans and probes pasted as text', () => {
  it('reads sslscan as what the endpoint accepts and refuses', () => {
    const a = obs('sslscan-a.txt').find((o) => o.code === 'endpoint-scan-versions');
    expect(a?.detail.en).toContain('127.0.0.1:14443');
    expect(a?.detail.en).toContain('accepts TLS 1.2, TLS 1.3; refuses SSL 3.0, TLS 1.0, TLS 1.1');
    expect(a?.detail.en).toContain('TMS at Medium (TLS 1.0 only) cannot connect to it');
    const b = obs('sslscan-b.txt').find((o) => o.code === 'endpoint-accepts-tls10');
    expect(b?.detail.en).toContain('It still accepts TLS 1.0');
    expect(b?.detail.ja).toContain('TLS 1.0 をまだ受け付けます');
  });

  it('reads nmap ssl-enum-ciphers per port: the versions it lists are accepted, the others refused', () => {
    const scans = obs('nmap.txt');
    expect(scans.map((o) => o.code)).toEqual(['endpoint-scan-versions', 'endpoint-accepts-tls10']);
    expect(scans.map((o) => o.detail.en.slice(0, 30))).toEqual(['nmap scan of 127.0.0.1:14443 (', 'nmap scan of 127.0.0.1:14444 (']);
    expect(scans[0].detail.en).toContain('accepts TLS 1.2, TLS 1.3; refuses TLS 1.0, TLS 1.1');
  });

  it('reads a completed s_client / curl handshake, and a curl refusal with the client held to TLS 1.0', () => {
    const ok12 = obs('sc-tls12-ok.txt');
    // (The self-signed certificate is its own observation since QA52 #1: what it means depends on the level.)
    expect(ok12.map((o) => o.code)).toEqual(['tool-tls-handshake-ok', 'endpoint-cert-untrusted']);
    expect(ok12[0].detail.en).toContain('completed a TLS 1.2 handshake');
    expect(ok12[1].detail.en).toContain('self-signed');
    const ok10 = obs('sc-tls1-ok.txt').filter((o) => o.code !== 'endpoint-cert-untrusted');
    expect(ok10.map((o) => o.code)).toEqual(['endpoint-accepts-tls10']);
    expect(ok10[0].detail.en).toContain('still accepts TLS 1.0');
    // "New, SSLv3, Cipher is AES128-SHA" names the cipher's version; the session's "Protocol  : TLSv1.2" is the one negotiated.
    const cbc = obs('sc-tls12-ok-sslv3-cipher.txt').filter((o) => o.code !== 'endpoint-cert-untrusted');
    expect(cbc.map((o) => o.code)).toEqual(['tool-tls-handshake-ok']);
    expect(cbc[0].detail.en).toContain('completed a TLS 1.2 handshake (cipher AES128-SHA)');
    // s_client -tls1_2 against a TLS 1.0-only server: the client refused the server's older version.
    const refused = obs('sc-tls12-refused.txt').filter((o) => o.code !== 'endpoint-cert-untrusted');
    expect(refused.map((o) => o.code)).toEqual(['tool-server-version-refused']);
    expect(refused[0].detail.en).toContain('held to TLS 1.2, refused the version the endpoint answered with');
    expect(refused[0].detail.ja).toContain('TLS 1.2 に制限した openssl s_client');
    const curl13 = obs('curl-tls12.txt').filter((o) => o.code !== 'endpoint-cert-untrusted');
    expect(curl13.map((o) => o.code)).toEqual(['tool-tls-handshake-ok']);
    expect(curl13[0].detail.en).toContain('TLS 1.3 handshake with 127.0.0.1:14443');
    expect(curl13[0].detail.en).toContain('--tls-max 1.2');
    // curl's hello offered TLS 1.3 ("TLSv1.3 (OUT), TLS handshake, Client hello") and was reset: not the TLS 1.0 refusal.
    // (The fixture ran against a loopback server on port 443, which reads as the TMS server itself (FIX63B #17): an endpoint's address here.)
    const rst = readPastedText(atEndpoint(fixture('curl-rst.txt'))).observations.filter((o) => o.code !== 'endpoint-cert-untrusted');
    expect(rst.map((o) => o.code)).toEqual(['tool-tls12-refused']);
    expect(rst[0].detail.en).toContain('with the client offering TLS 1.2 or later: "connection reset by peer"');
    // A curl -v line is not a capture row ("the text shows no answer from the server").
    expect(obs('curl-tls10.txt').map((o) => o.code)).toEqual(['tool-tls10-refused']);
  });

  it('keeps the answer and its language: no "(as you said)", no re-asked CE version', () => {
    const en = run(['TMS 15.2.1 level Medium, CE 9.15.3, Windows 2019, SQL 2016 on another server', fixture('sslscan-a.txt')]);
    expect(en.text).not.toContain('as you said');
    expect(en.state.facts.tlsClaims).toBeUndefined();
    expect(en.text).toContain('refuses SSL 3.0, TLS 1.0, TLS 1.1');
    const sc = run(['TMS 15.2.1 level Medium, CE 9.15.3, Windows 2019, SQL 2016 on another server', fixture('sc-tls12-ok.txt')]);
    expect(sc.text).not.toContain('as you said');
    expect(sc.text).not.toContain('CE 8.0.x or CE 8.1');
    const ja = run(['TMS 15.2.1、レベルは Medium、エンドポイントは CE 9.15.3、Windows 2019、SQL 2016 は別サーバです', fixture('nmap.txt')]);
    expect(ja.state.lang).toBe('ja');
    expect(ja.text).not.toContain('SQL Server 2048');
    expect(ja.text).toContain('nmap によるスキャン');
  });

  it('flags an endpoint that accepts TLS 1.0 against the version given, in EN and JA', () => {
    const en = run(['TMS 15.2.1 level Medium, CE 9.15.3, Windows 2019, SQL 2016 on another server', fixture('sslscan-b.txt')]);
    expect(en.text).toContain('You said the endpoints run CE 9.15.3, which refuses TLS 1.0, but what you pasted shows an endpoint that accepts it');
    const ja = run(['TMS 15.2.1、レベルは Medium、エンドポイントは CE 9.15.3、Windows 2019、SQL 2016 は別サーバです', fixture('sc-tls1-ok.txt')]);
    expect(ja.text).toContain('エンドポイントは CE 9.15.3 とのことで、このバージョンは TLS 1.0 を拒否しますが');
    const rst = run(['TMS 15.2.1 level Medium, CE 9.15.3, Windows 2019, SQL 2016 on another server', atEndpoint(fixture('curl-rst.txt'))]);
    expect(rst.text).toContain('refusing TLS 1.0 is not why this connection failed');
    expect(rst.text).not.toContain('no answer from the server');
    // CE 8.0.x accepts TLS 1.0: no mismatch, only what it means.
    const old = run(['TMS 15.2.1 level Medium, CE 8.0.1, Windows 2019, SQL 2016 on another server', fixture('sslscan-b.txt')]);
    expect(old.text).not.toContain('You said the endpoints run');
    expect(old.text).toContain('The endpoint you tested still accepts TLS 1.0');
  });
});

describe('QA round 8 #14: PowerShell and plain-HTTP curl output, each one plain sentence', () => {
  it('Get-TlsCipherSuite with Protocols {771, …}: TLS 1.2 suites are present', () => {
    const o = obs('ps-tlsciphersuite.txt');
    // Four suites only: also the short-list check (QA round 16, r16-cipher-suites.test.ts).
    expect(o.map((x) => x.code)).toEqual(['windows-tls12-suites-present', 'windows-cipher-suites-few']);
    expect(o[0].detail.en).toBe('Get-TlsCipherSuite lists 4 cipher suites for TLS 1.2 (Protocols 771): Windows has TLS 1.2 suites to offer.');
    expect(o[0].detail.ja).toContain('TLS 1.2 用（Protocols 771）の暗号スイートが 4 個');
  });

  it('Get-TlsCipherSuite without 771: no TLS 1.2 suite, check the cipher-suite policy', () => {
    const o = readPastedText('Name                          Protocols\n----                          ---------\nTLS_RSA_WITH_AES_256_CBC_SHA  {770, 769}\n').observations;
    expect(o.map((x) => x.code)).toEqual(['windows-tls12-suites-absent']);
  });

  it('Test-NetConnection: True is the port open (no more, FIX63B #18); False is the network, not this problem', () => {
    const ok = readPastedText(atEndpoint(fixture('ps-testnetconnection.txt'))).observations;
    expect(ok.map((x) => x.code)).toEqual(['tcp-reachable']);
    expect(ok[0].detail.en).toContain('TCP to 10.1.1.20:443 succeeds (TcpTestSucceeded : True): the port is open');
    expect(ok[0].detail.en).not.toContain('the failure is in TLS');
    // As it ran, against 127.0.0.1:443: the machine it ran on, not an endpoint (FIX63B #17).
    expect(obs('ps-testnetconnection.txt').map((x) => x.code)).toEqual(['tool-target-tms-server']);
    const bad = obs('ps-testnetconnection-false.txt');
    expect(bad.map((x) => x.code)).toEqual(['tcp-unreachable']);
    expect(bad[0].detail.en).toContain('not the TLS problem');
    expect(bad[0].detail.ja).toContain('ファイアウォール');
  });

  it('curl -v http://…/tcs/systemunit.xml answered 301: the HTTP fallback is redirected, and the diagnosis says so', () => {
    const o = obs('curl-http-301.txt');
    expect(o.map((x) => x.code)).toEqual(['capture-http-301-fallback']);
    expect(o[0].detail.en).toContain('"GET /tcs/systemunit.xml" over plain HTTP was answered "301 Moved Permanently" → https://127.0.0.1/tcs/systemunit.xml: the HTTP fallback is redirected to HTTPS');
    const { text } = run(['TMS 15.2.1, CE 9.15.3, SQL 2016', fixture('curl-http-301.txt')]);
    expect(text).toContain('HTTP on port 80 is redirected to HTTPS');
  });
});

describe('QA round 10 #5: a 301 is the HTTP fallback only over plain HTTP (an http:// URL or port 80, no TLS line)', () => {
  const B = 'TMS 15.2.1, endpoints CE 9.15.3 show No HTTPS response, SQL 2016 local, Windows 2016';
  const HTTPS_301 = [
    'curl -vk https://10.1.2.3/',
    '*   Trying 10.1.2.3:443...',
    '* Connected to 10.1.2.3 (10.1.2.3) port 443',
    '* SSL connection using TLSv1.2 / ECDHE-RSA-AES256-GCM-SHA384',
    '> GET / HTTP/1.1',
    '< HTTP/1.1 301 Moved Permanently',
    '< Location: https://10.1.2.3/web',
  ].join('\n');
  const cases: [string, string, boolean][] = [
    ['QA paste: curl -vk https:// on 443 with a TLS 1.2 handshake', HTTPS_301, false],
    ['an https:// URL with no TLS line kept', 'curl -v https://10.1.2.3/\n> GET / HTTP/1.1\n< HTTP/1.1 301 Moved Permanently\n< Location: https://10.1.2.3/web', false],
    ['port 443 with curl handshake lines, no command line', '* Connected to 10.1.2.3 (10.1.2.3) port 443 (#0)\n* TLSv1.3 (OUT), TLS handshake, Client hello (1):\n> GET / HTTP/1.1\n< HTTP/1.1 301 Moved Permanently', false],
    ['a 301 with neither URL nor port: not enough to say plain HTTP', '> GET / HTTP/1.1\n< HTTP/1.1 301 Moved Permanently\n< Location: https://10.1.2.3/web', false],
    ['curl -v http://…/tcs/systemunit.xml (JA QA paste, no Connected line)', 'curl -v http://10.1.2.3/tcs/systemunit.xml\n> GET /tcs/systemunit.xml HTTP/1.1\n> Host: 10.1.2.3\n< HTTP/1.1 301 Moved Permanently\n< Location: https://10.1.2.3/tcs/systemunit.xml', true],
    ['port 80, no command line (the fixture)', fixture('curl-http-301.txt'), true],
    ['PS prompt, curl.exe -v "http://…"', 'PS C:\\> curl.exe -v "http://10.1.2.3/tcs/systemunit.xml"\n> GET /tcs/systemunit.xml HTTP/1.1\n< HTTP/1.1 301 Moved Permanently', true],
  ];
  it.each(cases)('%s', (_name, paste, fallback) => {
    const codes = readPastedText(paste).observations.map((o) => o.code);
    expect(codes.includes('capture-http-301-fallback')).toBe(fallback);
  });

  it('the QA conversation: only the TLS 1.2 handshake is reported, no "HTTP on port 80 is redirected"', () => {
    const { state, text } = run([B, HTTPS_301]);
    expect(text).toContain('curl completed a TLS 1.2 handshake with 10.1.2.3:443');
    expect(text).not.toContain('HTTP on port 80 is redirected to HTTPS');
    expect(text).not.toContain('over plain HTTP');
    expect(state.facts.evidence?.observations.map((o) => o.code)).toEqual(['tool-tls-handshake-ok']);
  });
});

/** FIX63A (QA62 #12, #15): sslscan with a terminal's colour codes; OpenSSL's own "no protocols available". */
describe('sslscan with colour codes, and openssl refusing TLS 1.0 itself', () => {
  const E = '\u001b';
  const CASE = 'TMS 15.9 on 2012 R2, SQL 2016 remote, SX80 CE 9.15 No HTTPS response, level Medium.';
  const coloured = `sslscan 10.1.1.20\n  ${E}[1;34mSSL/TLS Protocols:${E}[0m\nSSLv2     ${E}[32mdisabled${E}[0m\nSSLv3     ${E}[32mdisabled${E}[0m\nTLSv1.0   ${E}[33menabled${E}[0m\nTLSv1.1   ${E}[33menabled${E}[0m\nTLSv1.2   enabled\nTLSv1.3   ${E}[31mdisabled${E}[0m`;

  it('reads the coloured rows as the plain ones (TLS 1.0 accepted is not lost)', () => {
    const plain = readPastedText(coloured.split(`${E}[`).join('\u0000').replace(/\u0000[0-9;]*m/g, '')).observations;
    const o = readPastedText(coloured).observations;
    expect(o.map((x) => x.code)).toEqual(['endpoint-accepts-tls10']);
    expect(o[0].detail.en).toContain('accepts TLS 1.0, TLS 1.1, TLS 1.2; refuses SSL 3.0, TLS 1.3');
    expect(o).toEqual(plain);
  });

  it('reads the codes whose ESC was lost in the copy ("[33menabled[0m"), and the ESC blanked to a space', () => {
    const lost = coloured.split(E).join('');
    expect(readPastedText(lost).observations[0].detail.en).toContain('accepts TLS 1.0, TLS 1.1, TLS 1.2');
    expect(readPastedText(coloured.split(E).join(' ')).observations[0].detail.en).toContain('accepts TLS 1.0, TLS 1.1, TLS 1.2');
    // No reset code anywhere: a bracketed "[5m]" in prose is left alone.
    expect(withoutTerminalCodes('the cable is [5m] long')).toBe('the cable is [5m] long');
  });

  it('in chat, EN and JA: the endpoint accepting TLS 1.0 is said against CE 9.15 (it was "accepts TLS 1.2" only)', () => {
    const en = run([`${CASE}\n${coloured}`]).text;
    expect(en).toContain('The endpoint you tested accepts TLS 1.0, which does not fit its version');
    const ja = run([`TMS 15.9、Windows 2012 R2、SQL 2016 は別サーバ、レベルは Medium、SX80 CE 9.15 で No HTTPS response です。sslscan の結果です：\n${coloured}`]).text;
    expect(ja).toContain('TLS 1.0、TLS 1.1、TLS 1.2');
    expect(ja).not.toContain('[33m');
  });

  const NO_PROTO = '$ openssl s_client -connect 10.1.1.20:443 -tls1\nCONNECTED(00000003)\n40C7B5F7F07F0000:error:0A0000BF:SSL routines:tls_setup_handshake:no protocols available:../ssl/statem/statem_lib.c:104:\n---\nno peer certificate available\n---\nSSL handshake has read 0 bytes and written 7 bytes';
  it('"no protocols available" is the client refusing TLS 1.0 itself, not the endpoint refusing it', () => {
    const o = readPastedText(NO_PROTO).observations;
    expect(o.map((x) => x.code)).toEqual(['tool-no-protocols-available']);
    expect(o[0].detail.en).toContain('your openssl refused to offer TLS 1.0 itself');
    expect(o[0].detail.en).toContain("-tls1 -cipher 'DEFAULT:@SECLEVEL=0'");
    expect(o[0].detail.ja).toContain('エンドポイントの TLS まで届いておらず');
    // OpenSSL 1.1.1's form, held to TLS 1.1.
    const o11 = readPastedText('openssl s_client -connect 10.1.1.20:443 -tls1_1\n140245:error:141E70BF:SSL routines:tls_construct_client_hello:no protocols available:../ssl/statem/statem_clnt.c:1112:').observations;
    expect(o11.map((x) => x.code)).toEqual(['tool-no-protocols-available']);
    expect(o11[0].detail.en).toContain('refused to offer TLS 1.1 itself');
  });

  it('in chat, EN and JA: the card says the test did not reach the endpoint and how to test again; no "TLS 1.0 refused"', () => {
    const en = run([`${CASE}\n${NO_PROTO}`]);
    expect(en.text).toContain('Your openssl test did not reach the endpoint');
    expect(en.text).toContain('@SECLEVEL=0');
    expect(en.text).not.toContain('A client held to TLS 1.0 was turned away');
    expect(en.state.facts.evidence?.observations.map((x) => x.code)).toEqual(['tool-no-protocols-available']);
    const ja = run([`TMS 15.9、レベルは Medium、SX80 CE 9.15 で No HTTPS response です。openssl の結果です：\n${NO_PROTO.replace('tls_setup_handshake', '')}`]).text;
    expect(ja).toContain('openssl のテストはエンドポイントまで届いていません');
    expect(ja).toContain('@SECLEVEL=0');
  });
});
