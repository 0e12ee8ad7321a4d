/**
 * QA round 14 #1, #21: a TLS test's result told in words is read clause by clause, each clause with its own
 * version and outcome ("with -tls1 it fails, with -tls1_2 it works" is TLS 1.0 refused and TLS 1.2 accepted).
 */
import { stepTexts as run } from '../conversation/helpers';
import { readPastedText } from '../../src/evidence/text';

const P = 'TMS 15.2 on Windows Server 2016, local SQL 2016. Endpoints upgraded to CE 9.15 show No HTTPS response.';
const PJ = 'TMS 15.2、Windows Server 2016、SQL 2016 はローカルです。CE 9.15 にアップグレードした端末が No HTTPS response になります。';

const codes = (text: string) => readPastedText(text).observations.map((o) => o.code);

describe('a TLS test told in words: each clause its own version and outcome (QA 14 #1, #21)', () => {
  it.each([
    // The QA inputs.
    'openssl で -tls1 だと切断され、-tls1_2 だと繋がります',
    'with -tls1 it fails, with -tls1_2 it works',
    '-tls1 fails but -tls1_2 works',
    'tried openssl: tls1 gets reset, tls1_2 connects fine',
    // Nearby wordings.
    '-tls1 だと繋がらず、-tls1_2 だと繋がります',
    '-tls1 だと接続できませんが、-tls1_2 だと接続できます',
    'TLS1.0 だと失敗し、TLS1.2 だと成功します',
    '-tls1 is reset and -tls1_2 works',
    'with -tls1, it fails; with -tls1_2, it works',
    'TLS 1.2 handshake works and TLS 1.0 handshake fails',
  ])('%j → TLS 1.0 refused and TLS 1.2 accepted, never "1.0 accepted"', (text) => {
    const c = codes(text);
    expect(c).toContain('tool-tls10-refused');
    expect(c).toContain('tool-tls-handshake-ok');
    expect(c).not.toContain('endpoint-accepts-tls10');
  });

  it.each([
    ['with -tls1 it works too', ['endpoint-accepts-tls10']],
    ['-tls1_2 だと繋がります', ['tool-tls-handshake-ok']],
    ['with -tls1 it fails', ['tool-tls10-refused']],
    ['TLS 1.2 handshake works', ['tool-tls-handshake-ok']],
  ])('%j → %j (a single clause keeps working)', (text, want) => {
    expect(codes(text)).toEqual(want);
  });

  it.each([
    // Unsure: a failure negated, one version said both ways, two versions in one clause, a version with no outcome.
    "-tls1 doesn't fail, -tls1_2 works",
    'with -tls1 it works, with -tls1 it fails',
    'with -tls1 and -tls1_2 it fails',
    '-tls1 でも -tls1_2 でも繋がりません',
    'tried -tls1, -tls1_2 works',
    // A failure at TLS 1.2 alone names no cause here.
    '-tls1_2 だと接続できない',
    'with -tls1_2 it still fails',
  ])('%j → nothing read about TLS 1.0 acceptance or a completed handshake', (text) => {
    const c = codes(text);
    expect(c).not.toContain('endpoint-accepts-tls10');
    expect(c).not.toContain('tool-tls-handshake-ok');
  });

  it.each([
    'An TLS 1.0 connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server. The SSL connection request has failed.',
    'Error  12/1/2026 10:15:22 AM  Schannel  36874  None  An TLS 1.0 connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server. The SSL connection request has failed.',
    'TLS 1.0 connection, the client sent a hello, it failed',
  ])('%j → not a test told in words (a failure far from the version is not its outcome)', (text) => {
    expect(codes(text)).not.toContain('tool-tls10-refused');
  });

  it('JA (QA j08): confirms the problem, no version conflict, no "not the TLS 1.0 refusal"', () => {
    const { text, state } = run([PJ, 'openssl で -tls1 だと切断され、-tls1_2 だと繋がります']);
    expect(text).toMatch(/確認できました：TLS 1\.0 は拒否、TLS 1\.2 は受け付け/);
    expect(text).not.toMatch(/食い違っています/);
    expect(text).not.toMatch(/原因は TLS 1\.0 の拒否ではありません/);
    expect(state.facts.evidence?.observations.map((o) => o.code)).not.toContain('endpoint-accepts-tls10');
  });

  it.each(['with -tls1 it fails, with -tls1_2 it works', '-tls1 fails but -tls1_2 works', 'tried openssl: tls1 gets reset, tls1_2 connects fine'])(
    'EN %j: confirms the problem (was "could not find a version or a request")',
    (msg) => {
      const { text } = run([P, msg]);
      expect(text).toMatch(/Confirmed: TLS 1\.0 refused, TLS 1\.2 accepted/);
      expect(text).not.toMatch(/could not find a version|Good to hear it works now/);
    },
  );
});

