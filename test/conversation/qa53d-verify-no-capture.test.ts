/**
 * QA53 #13: "how do I know it worked without Wireshark?", "we can't install Wireshark on the server, how else can we verify?",
 * 「Wireshark なしで確認する方法はありますか」 got the capture cards (Wireshark instructions). Without a capture: Systems >
 * Navigator, Force Refresh on the system (knowledge.md Fix 7), and the probe (what the endpoint accepts).
 */
import { rendered, runIn } from './helpers';

const OPENER = 'TMS 15.9 on Windows 2016, SQL 2016 remote, Room Kits on CE 9.12 show No HTTPS response, level Medium';

describe('QA53 #13: verifying the fix without Wireshark', () => {
  it.each([
    'how do I know it worked without Wireshark?',
    "we can't install Wireshark on the server, how else can we verify?",
    'is there a way to verify without a capture?',
    'we are not allowed to install Wireshark. How can we confirm the fix?',
  ])('EN: %s → Navigator and Force Refresh, no capture instructions', (q) => {
    const out = rendered(runIn('en', [OPENER, q]));
    expect(out).toMatch(/Systems > Navigator in TMS is the check that counts/);
    expect(out).toMatch(/Force Refresh/);
    expect(out).toMatch(/probe an endpoint's HTTPS port/);
    expect(out).not.toMatch(/tls\.handshake\.type|Wireshark 3\.0|How to take a capture/);
  });

  it.each(['Wireshark なしで確認する方法はありますか', 'Wireshark を使わずに確認できますか？', 'サーバに Wireshark を入れられません。どうやって確認すればいいですか？'])('JA: %s', (q) => {
    const out = rendered(runIn('ja', [OPENER, q]));
    expect(out).toMatch(/\[Systems\] > \[Navigator\] で確認するのが本来の確認方法です/);
    expect(out).toMatch(/プローブ/);
    expect(out).not.toMatch(/tls\.handshake\.type|Wireshark 3\.0/);
  });

  it.each(['how do I verify the fix?', '確認方法は？'])('the verify card keeps the capture when none is ruled out: %s', (q) => {
    expect(rendered(runIn(/[ぁ-ん]/.test(q) ? 'ja' : 'en', [OPENER, q]))).toMatch(/0x0303/);
  });

  it('how to take a capture stays the capture card', () => {
    expect(rendered(runIn('en', [OPENER, 'how do I take a capture?']))).toMatch(/How to take a capture that shows the problem/);
  });
});
