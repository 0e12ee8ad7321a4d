/**
 * QA51 #13: on Windows Server 2025 (TLS 1.0 off by default) the verify step does not say the capture before the fix shows a
 * TLS 1.0 ClientHello answered by a RST: TMS at Medium sends no ClientHello there (knowledge.md, Symptom; Schannel defaults).
 */
import { talk, last, rendered, findings } from './helpers';

describe('QA51 #13: Windows Server 2025, the "before" capture', () => {
  it('the card\'s verify step (EN)', () => {
    const r = last(talk('TMS 15.2.1 on Windows Server 2025, SQL 2019 on a separate server. Desk Pro on RoomOS 11.14 says No HTTPS response'));
    expect(findings(r)).toContain('verify-tls12-clienthello');
    const t = rendered(r);
    expect(t).not.toMatch(/Before the fix you see Version TLS 1\.0 \(0x0301\) answered by a TCP RST/);
    expect(t).not.toMatch(/offering TLS 1\.2 \(0x0303\) instead of TLS 1\.0/);
    expect(t).toMatch(/Before the fix you see the TCP handshake to port 443 and no ClientHello at all/);
  });

  it('the card\'s verify step (JA)', () => {
    const t = rendered(last(talk('TMS 15.2.1、Windows Server 2025、SQL 2019 は別サーバ。Desk Pro (RoomOS 11.14) が No HTTPS response')));
    expect(t).not.toMatch(/修正前は Version が TLS 1\.0（0x0301）で、エンドポイントから TCP RST/);
    expect(t).toMatch(/修正前は、ポート 443 への TCP ハンドシェイクのあと ClientHello がまったくありません/);
  });

  it('"how do I verify the fix?" on 2025, and 2019 unchanged', () => {
    expect(rendered(last(talk('TMS 15.2.1 on Windows Server 2025, SQL 2019 remote, RoomOS 11.14, level Medium', 'how do I verify the fix?')))).toMatch(/no ClientHello at all; after it/);
    expect(rendered(last(talk('TMS 15.2.1 on Windows Server 2019, SQL 2019 remote, RoomOS 11.14, level Medium', 'how do I verify the fix?')))).toMatch(/answered by a TCP RST/);
  });
});
