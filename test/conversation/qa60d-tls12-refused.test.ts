/**
 * QA60 #6, #13: TLS 1.2 or later offered and still refused (curl's default TLS 1.3 hello then a reset, a plain `openssl s_client`
 * reset, sslscan with every protocol disabled, nmap ssl-enum-ciphers "(no ciphers)"): every TC/CE release accepts TLS 1.2, so the
 * headline is "Not settled yet: the endpoint refuses TLS 1.2 too", never "This is the TLS 1.0 problem: here is the fix", and the
 * body says what to check (knowledge.md "What else"). `s_client -tls1_2` with alert 40 keeps "Not settled yet: check this first".
 */
import { findings, rendered, runIn } from './helpers';

const BASE = 'TMS 15.13 at Medium, Windows Server 2019, SQL 2019 on a separate server. After upgrading our SX80s to ce9.15.3 TMS shows No HTTPS response';
const BASE_JA = 'TMS 15.13（Medium）、Windows Server 2019、SQL 2019 は別サーバーです。SX80 を ce9.15.3 に上げたら TMS で No HTTPS response になりました';
const CURL13 = [
  '$ curl -vk https://10.1.2.3/',
  '*   Trying 10.1.2.3:443...',
  '* Connected to 10.1.2.3 (10.1.2.3) port 443 (#0)',
  '* TLSv1.3 (OUT), TLS handshake, Client hello (1):',
  '* Recv failure: Connection reset by peer',
  'curl: (35) Recv failure: Connection reset by peer',
].join('\n');
const SSLSCAN = ['Testing SSL server 10.1.2.3 on port 443 using SNI name 10.1.2.3', '', '  SSL/TLS Protocols:', 'SSLv2     disabled', 'SSLv3     disabled', 'TLSv1.0   disabled', 'TLSv1.1   disabled', 'TLSv1.2   disabled', 'TLSv1.3   disabled'].join('\n');
const PLAIN = ['$ openssl s_client -connect 10.1.2.3:443', 'CONNECTED(00000003)', 'write:errno=104', '---', 'no peer certificate available', '---', 'SSL handshake has read 0 bytes and written 293 bytes', '---', 'New, (NONE), Cipher is (NONE)'].join('\n');
const NMAP = ['Nmap scan report for 10.1.2.3', 'PORT    STATE SERVICE', '443/tcp open  https', '| ssl-enum-ciphers:', '|_  (no ciphers)'].join('\n');
const HEAD_EN = /^Not settled yet: the endpoint refuses TLS 1\.2 too$/m;

describe('QA60 #6, #13: TLS 1.2 or later refused is not "here is the fix"', () => {
  it.each([
    ['curl -v (TLS 1.3 hello, reset)', CURL13],
    ['sslscan, every protocol disabled', SSLSCAN],
    ['plain openssl s_client, reset', PLAIN],
    ['nmap ssl-enum-ciphers (no ciphers)', NMAP],
  ])('EN: %s', (_, paste) => {
    const r = runIn('en', [BASE, paste]);
    const out = rendered(r);
    expect(out).toMatch(HEAD_EN);
    expect(out).not.toMatch(/This is the TLS 1\.0 problem: here is the fix/);
    expect(findings(r)).toContain('evidence-endpoint-refuses-tls12');
    expect(out).toMatch(/MinimumTLSVersion/);
    expect(out).toMatch(/cipher suites/);
  });

  it('JA: curl and nmap', () => {
    for (const paste of [CURL13, NMAP]) {
      const out = rendered(runIn('ja', [BASE_JA, paste]));
      expect(out).toMatch(/まだ判断できません（エンドポイントは TLS 1\.2 も拒否しています）/);
      expect(out).not.toMatch(/TLS 1\.0 の問題です（対処方法は以下のとおり）/);
    }
  });

  it('a client held to TLS 1.0 and reset is still the TLS 1.0 problem (curl --tls-max 1.0, s_client -tls1)', () => {
    const curl10 = CURL13.replace('curl -vk', 'curl -vk --tlsv1.0 --tls-max 1.0').replace('TLSv1.3 (OUT)', 'TLSv1.0 (OUT)');
    const s10 = PLAIN.replace('10.1.2.3:443', '10.1.2.3:443 -tls1');
    for (const paste of [curl10, s10]) {
      const out = rendered(runIn('en', [BASE, paste]));
      expect(out).not.toMatch(HEAD_EN);
      expect(out).toMatch(/This is the TLS 1\.0 problem: here is the fix/);
    }
  });

  it('a sentence about s_client (not its command line) is not read as a client offering TLS 1.2', () => {
    const said = 'openssl s_client with "tlsv1 alert protocol version" and "Protocol : TLSv1": a TLS 1.0 hello refused';
    expect(findings(runIn('en', [BASE, said]))).not.toContain('evidence-endpoint-refuses-tls12');
  });

  it('sslscan accepting TLS 1.2 only is the fix, not this', () => {
    const ok = SSLSCAN.replace('TLSv1.2   disabled', 'TLSv1.2   enabled');
    expect(rendered(runIn('en', [BASE, ok]))).not.toMatch(HEAD_EN);
  });
});
