/**
 * QA51 #12: TMS's .NET log line "An unexpected error occurred on a send" is not presented as proof of the TLS 1.0 refusal
 * (knowledge.md says nothing of TMS's log lines): consistent with a failed handshake, with what to check to tell.
 */
import { talk, last, rendered } from './helpers';

const LOG =
  'log-TMSDatabaseScannerService.txt: System.Net.WebException: The underlying connection was closed: An unexpected error occurred on a send. ---> System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host.';

describe('QA51 #12: the .NET "error occurred on a send" line', () => {
  it('at Medium: consistent with, not proof of, the TLS 1.0 refusal; how to tell', () => {
    const t = rendered(last(talk(`TMS 15.13 Win 2016 SQL 2016 remote. ${LOG}`)));
    expect(t).not.toMatch(/are what TMS logs when an endpoint closes|they fit this problem/);
    expect(t).toMatch(/consistent with an endpoint refusing TMS's TLS 1\.0 ClientHello, but they are not proof/);
    expect(t).toMatch(/cipher-suite mismatch/);
    expect(t).toMatch(/probe the endpoint's HTTPS port, or take a capture/);
  });

  it('at Medium-High: .NET strong crypto is one check beside cipher suites and Schannel events', () => {
    const t = rendered(last(talk('TMS 15.13 Win 2016 SQL 2016 remote CE 9.15', `already Medium-High and rebooted. ${LOG}`)));
    expect(t).not.toMatch(/keeps offering TLS 1\.0, which the endpoints refuse, even at Medium-High/);
    expect(t).toMatch(/SchUseStrongCrypto/);
    expect(t).toMatch(/check these side by side[^\n]*cipher suites[^\n]*Schannel events/);
  });

  it('in Japanese too', () => {
    const t = rendered(last(talk(`TMS 15.13、Windows 2016、SQL 2016 は別サーバです。ログ: ${LOG}`)));
    expect(t).toMatch(/その証拠ではありません/);
  });
});
