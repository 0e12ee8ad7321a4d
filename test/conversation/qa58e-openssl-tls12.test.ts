/**
 * QA58 #11: openssl s_client completing TLS 1.2 with the endpoint, pasted after "done (Medium-High, restarted), still failing":
 * say what it rules out (the path, the endpoint's HTTPS at TLS 1.2) and what it does not (openssl is not Schannel: TMS's own
 * hello, the Schannel events, the cipher suites Windows allows, the revocation check). At Medium the fix answer stays as it was.
 */
import { rendered, runIn } from './helpers';

const B1 = 'TMS 15.9, SX20 upgraded to TC7.3.21 -> No HTTPS response';
const B2 = 'Windows 2016, SQL 2016 remote, level Medium';
const OSSL = [
  'openssl s_client -connect 10.20.0.15:443 -tls1_2',
  'CONNECTED(00000003)',
  'depth=0 CN = sx20.example.local',
  'verify error:num=18:self signed certificate',
  'verify return:1',
  '---',
  'New, TLSv1.2, Cipher is ECDHE-RSA-AES256-GCM-SHA384',
  'SSL-Session:',
  '    Protocol  : TLSv1.2',
  '    Cipher    : ECDHE-RSA-AES256-GCM-SHA384',
  '    Verify return code: 18 (self signed certificate)',
].join('\n');

describe('QA58 #11: openssl TLS 1.2 success after the fix', () => {
  it('EN: what it rules out and what it does not', () => {
    const out = rendered(runIn('en', [B1, B2, 'done: keys were already right, set Medium-High, iisreset and restarted all TMS services. Still No HTTPS response on the SX20', OSSL]));
    expect(out).toMatch(/What this TLS 1\.2 test rules out, and what it does not/);
    expect(out).toMatch(/openssl and curl do not use Schannel/);
    expect(out).toMatch(/36871, 36874, 36888/);
    expect(out).toMatch(/alert 40/);
  });

  it('JA', () => {
    const out = rendered(
      runIn('ja', ['TMS 15.9 で SX20 を TC7.3.21 にしたら No HTTPS response です', 'Windows 2016、SQL 2016 は別サーバー、レベルは Medium-High、IIS と TMS のサービスも再起動済みです', OSSL]),
    );
    expect(out).toMatch(/この TLS 1\.2 のテストで除外できること、できないこと/);
    expect(out).toMatch(/Schannel を使わず/);
  });

  it('at Medium: not this note', () => {
    expect(rendered(runIn('en', [B1, B2, OSSL]))).not.toMatch(/What this TLS 1\.2 test rules out/);
  });
});

describe('QA58 #11: only a TLS 1.2 handshake', () => {
  it('an SSL 3.0 handshake is not this note', () => {
    expect(rendered(runIn('en', ['TMS 15.9, CE 8.3, SQL 2014 remote, Windows 2012 R2, level Medium-High', 'New, SSLv3, Cipher is AES128-SHA']))).not.toMatch(/What this TLS 1\.2 test rules out/);
  });
});
