/**
 * QA60 #9: Windows curl.exe (Schannel) output. "schannel: failed to receive handshake" with --tls-max 1.0: a client held to TLS 1.0
 * turned away after TCP connected. "AcquireCredentialsHandle failed: SEC_E_ALGORITHM_MISMATCH (0x80090331)" with --tls-max 1.0:
 * Schannel on that machine refuses a TLS 1.0 client before any hello, i.e. TLS 1.0 Client is off there (knowledge.md Symptom's
 * last bullet), with the SQL caveats when SQL without TLS 1.2 support is local.
 */
import { readPastedText } from '../../src/evidence/text';
import { findings, rendered, runIn } from './helpers';

const BASE = 'TMS 15.13 at Medium, Windows Server 2019, SQL 2019 on a separate server. After upgrading our SX80s to ce9.15.3 TMS shows No HTTPS response';
const HEAD = ['C:\\> curl -v --tlsv1.0 --tls-max 1.0 https://10.1.2.3/ -k', '*   Trying 10.1.2.3:443...', '* Connected to 10.1.2.3 (10.1.2.3) port 443 (#0)'];
const RECV = [...HEAD, '* schannel: failed to receive handshake, SSL/TLS connection failed', 'curl: (35) schannel: failed to receive handshake, SSL/TLS connection failed'].join('\n');
const MISMATCH_LINE =
  'schannel: AcquireCredentialsHandle failed: SEC_E_ALGORITHM_MISMATCH (0x80090331) - The client and server cannot communicate, because they do not possess a common algorithm.';
const MISMATCH = [...HEAD, `* ${MISMATCH_LINE}`, `curl: (35) ${MISMATCH_LINE}`].join('\n');
const codes = (s: string): string[] => readPastedText(s).observations.map((o) => o.code);

describe('QA60 #9: Windows curl.exe', () => {
  it('"failed to receive handshake" held to TLS 1.0: a TLS 1.0 client turned away', () => {
    expect(codes(RECV)).toEqual(['tool-tls10-refused']);
    const out = rendered(runIn('en', [BASE, RECV]));
    expect(out).toMatch(/A client held to TLS 1\.0 was turned away/);
    expect(out).not.toMatch(/I could not find a version or a request/);
  });

  it('SEC_E_ALGORITHM_MISMATCH held to TLS 1.0: TLS 1.0 Client off on that server, no ClientHello at Medium', () => {
    expect(codes(MISMATCH)).toEqual(['schannel-tls10-disabled']);
    const out = rendered(runIn('en', [BASE, MISMATCH]));
    // (FIX61A #5) An inference from the error, not a reading of the keys: likely, and what to check.
    // (FIX61F #3) The title names where, as the body does: the machine curl.exe ran on, not "this server".
    expect(out).toMatch(/TLS 1\.0 looks disabled on the machine where curl\.exe ran: check its Client key/);
    expect(out).not.toMatch(/looks disabled on this server/);
    expect(out).not.toMatch(/TLS 1\.0 is disabled on this server/);
    expect(out).toMatch(/likely turned off[^]*an inference, not a reading of the keys: check `HKLM\\SYSTEM\\[^`]*\\TLS 1\.0\\Client`/);
    expect(out).toMatch(/sends no ClientHello at all/);
  });

  it('JA', () => {
    const out = rendered(runIn('ja', ['TMS 15.13（Medium）、Windows Server 2019、SQL 2019 は別サーバーです。SX80 を ce9.15.3 に上げたら No HTTPS response です', MISMATCH]));
    expect(out).toMatch(/curl\.exe を実行したマシンでは TLS 1\.0 が無効になっているようです：そのマシンの Client キーを確認してください/);
    expect(out).not.toMatch(/このサーバでは TLS 1\.0 が無効になっているようです/);
    expect(out).not.toMatch(/このサーバでは TLS 1\.0 が無効です/);
    expect(out).toMatch(/無効になっている可能性が高いです[^]*推測なので/);
  });

  it('with SQL 2012 SP1 on the TMS server: the SQL caveat', () => {
    const r = runIn('en', ['TMS 15.13 at Medium, Windows Server 2016, SQL Server 2012 SP1 installed locally on the TMS server. After upgrading our SX80s to ce9.15.3 TMS shows No HTTPS response', MISMATCH]);
    expect(findings(r)).toContain('evidence-tls10-off-sql2008r2');
  });

  it('not without the TLS 1.0 limit (a mismatch of another kind), nor a handshake-time mismatch', () => {
    expect(codes(MISMATCH.replace(' --tlsv1.0 --tls-max 1.0', ''))).not.toContain('schannel-tls10-disabled');
    expect(codes(MISMATCH.replace(/AcquireCredentialsHandle failed/g, 'next InitializeSecurityContext failed'))).not.toContain('schannel-tls10-disabled');
  });
});
