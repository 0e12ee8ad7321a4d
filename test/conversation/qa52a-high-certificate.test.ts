/**
 * QA52 #1: TMS at High with a self-signed / expired endpoint certificate in pasted tool output. knowledge.md "Levels other
 * than Medium and Medium-High": at High a self-signed or expired certificate fails even though TLS 1.2 is offered. So at High
 * the certificate is the likely cause (keep High, give the endpoint a certificate TMS trusts), and the TLS 1.0 test cards no
 * longer say "TMS at Medium … the fix is Medium-High". The fix kit for the same facts says to keep High: chat and kit agree.
 */
import type { TurnResult } from '../../src/conversation/types';
import { blocksText, kitAfter, last, rendered, runIn, talk } from './helpers';

const HIGH_EN = 'TMS 15.13 set to High, SX80 on CE 9.15 shows No HTTPS response. Win 2016, SQL 2016 remote';
const HIGH_JA = 'ＴＭＳ１５．１３ で Communication Security を High に設定しております。ＳＸ８０（ＣＥ９．１５）が No HTTPS response です。OS 2016、SQL 2016 別サーバ。';
const S_CLIENT_12 =
  '$ openssl s_client -connect 10.1.2.3:443 -tls1_2\nCONNECTED(00000003)\ndepth=0 CN = SX80-lab\nverify error:num=18:self-signed certificate\n---\nNew, TLSv1.2, Cipher is ECDHE-RSA-AES256-GCM-SHA384\nSSL-Session:\n    Protocol  : TLSv1.2\n    Cipher    : ECDHE-RSA-AES256-GCM-SHA384\n    Verify return code: 18 (self-signed certificate)\n---';
const S_CLIENT_10 =
  '$ openssl s_client -connect 10.1.2.3:443 -tls1\nCONNECTED(00000003)\n140736:error:1409442E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version:s3_pkt.c:1493:SSL alert number 70\n---\nno peer certificate available\n---\nNew, (NONE), Cipher is (NONE)\n---';
const S_CLIENT_EXPIRED =
  '$ openssl s_client -connect 10.1.2.3:443 -tls1_2\nCONNECTED(00000003)\ndepth=0 CN = sx80.example.com\nverify error:num=10:certificate has expired\n---\nNew, TLSv1.2, Cipher is ECDHE-RSA-AES256-GCM-SHA384\n---';
const SSLSCAN =
  'Testing SSL server 10.1.2.3 on port 443 using SNI name 10.1.2.3\n\n  SSL/TLS Protocols:\nSSLv2     disabled\nSSLv3     disabled\nTLSv1.0   disabled\nTLSv1.1   disabled\nTLSv1.2   enabled\nTLSv1.3   disabled\n\n  SSL Certificate:\nSubject:  SX80-lab\nIssuer:   SX80-lab\n\nNot valid before: Jan  1 00:00:00 2019 GMT\nNot valid after:  Jan  1 00:00:00 2024 GMT';

const codes = (r: TurnResult) => r.replies.flatMap((x) => x.diagnosis?.findings ?? []).map((f) => f.code);

describe('QA52 #1: at High a self-signed or expired endpoint certificate is the likely cause', () => {
  it.each([
    ['s_client self-signed', S_CLIENT_12],
    ['s_client expired', S_CLIENT_EXPIRED],
    ['sslscan Subject = Issuer', SSLSCAN],
  ])('EN %s', (_name, paste) => {
    const r = last(talk(HIGH_EN, paste));
    const out = rendered(r);
    expect(codes(r)).toContain('pasted-certificate-at-high');
    expect(out).toMatch(/At High this certificate is likely what fails/);
    expect(out).toMatch(/Keep High and give the endpoint a certificate TMS trusts/);
    expect(out).not.toMatch(/matters only at High/);
  });

  it('sslscan: the end of validity is given as printed, as a check', () => {
    expect(rendered(last(talk(HIGH_EN, SSLSCAN)))).toMatch(/valid until Jan 1 00:00:00 2024 GMT: if that date has passed, it has expired too/);
  });

  it('-tls1 then -tls1_2 at High: no "TMS at Medium … the fix is Medium-High"', () => {
    const out = rendered(last(talk(HIGH_EN, S_CLIENT_10, S_CLIENT_12)));
    expect(out).not.toMatch(/TMS at Medium offers only TLS 1\.0, so this is the problem/);
    expect(out).toMatch(/TMS is at High, where it offers TLS 1\.2/);
    expect(out).toMatch(/At High check the endpoint's certificate first/);
  });

  it('-tls1 alone at Medium-High: the refusal does not explain it there', () => {
    const out = rendered(last(talk('TMS 15.13 at Medium-High, rebooted, SX80 CE 9.15 No HTTPS response, Win 2016, SQL 2016 remote', S_CLIENT_10)));
    expect(out).not.toMatch(/TLS 1\.0 is all TMS offers at Medium: this fits the problem/);
    expect(out).toMatch(/TMS is at Medium-High, where it offers TLS 1\.2, not only TLS 1\.0/);
  });

  it('JA', () => {
    const r = runIn('ja', [HIGH_JA, S_CLIENT_12]);
    const out = blocksText(r.replies);
    expect(out).toMatch(/High ではこの証明書が失敗の原因である可能性が高いです/);
    expect(out).not.toMatch(/High でのみ問題になります/);
    expect(blocksText(runIn('ja', [HIGH_JA, S_CLIENT_10, S_CLIENT_12]).replies)).not.toMatch(/Medium の TMS は TLS 1.0 しか提示しないため、これがこの問題であり/);
  });

  it('at Medium nothing changes: the TLS 1.0 verdict stands and no certificate card', () => {
    const r = last(talk('TMS 15.13 at Medium, SX80 on CE 9.15 shows No HTTPS response. Win 2016, SQL 2016 remote', S_CLIENT_10, S_CLIENT_12));
    expect(codes(r)).not.toContain('pasted-certificate-at-high');
    expect(rendered(r)).toMatch(/TMS at Medium offers only TLS 1\.0, so this is the problem/);
  });

  it('the fix kit for the same facts keeps High too', () => {
    const kit = kitAfter('en', [HIGH_EN, S_CLIENT_12]);
    expect(JSON.stringify(kit)).toMatch(/Keep Communication Security at High: do not lower it/);
  });
});
