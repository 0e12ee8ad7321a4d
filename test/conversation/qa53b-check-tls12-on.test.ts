/**
 * QA53 #9: "how do I check TLS 1.2 is on?" got the capture card (Wireshark); JA 「TLS 1.2 が有効か確認する方法は？」 and
 * 「TLS 1.2 のキーがそもそもありません」 were not understood. Whether TLS 1.2 is enabled is read in the registry (knowledge.md,
 * Schannel defaults: "A protocol is enabled when…", Client subkey): the registry-check card; the missing-keys card for the JA
 * statement. Whether TLS 1.2 is used on the wire stays the verify card.
 */
import { rendered, runIn } from './helpers';

const OPENER = 'TMS 15.9 on Windows 2016, SQL 2016 remote, Room Kits on CE 9.12 show No HTTPS response, level Medium';

describe('QA53 #9: checking that TLS 1.2 is on', () => {
  it.each(['how do I check TLS 1.2 is on?', 'how do I check that TLS 1.2 is enabled on the server?', 'how can we tell if TLS 1.2 is enabled?'])('EN: %s → registry check', (q) => {
    const out = rendered(runIn('en', [OPENER, q]));
    expect(out).toMatch(/How to check the Schannel registry keys/);
    expect(out).not.toMatch(/How to verify the fix/);
  });

  it.each(['TLS 1.2 が有効か確認する方法は？', 'TLS 1.2 が有効かどうかはどう確認しますか'])('JA: %s → registry check', (q) => {
    expect(rendered(runIn('ja', [OPENER, q]))).toMatch(/Schannel のレジストリ キーの確認方法/);
  });

  it('JA: 「TLS 1.2 のキーがそもそもありません」 → the missing-keys card', () => {
    expect(rendered(runIn('ja', [OPENER, 'TLS 1.2 のキーがそもそもありません']))).toMatch(/TLS 1\.2 のキーがない/);
  });

  it.each(['how do I verify TLS 1.2 is used?', 'how do I verify the fix?'])('on the wire stays the verify card: %s', (q) => {
    expect(rendered(runIn('en', [OPENER, q]))).toMatch(/How to verify the fix/);
  });
});
