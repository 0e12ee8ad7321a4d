/**
 * QA58 #13: "how do I check the current level?", "how can I tell if we're on Medium?" get the where-to-find card (TMS Tools >
 * … > Communication Security), not the verify-the-fix capture card; JA 「確認手順を教えてください」 after an answer gets the
 * verification card, not the fix steps. Verify questions keep their card.
 */
import { rendered, runIn } from './helpers';

const B1 = 'TMS 15.9, SX20 upgraded to TC7.3.21 -> No HTTPS response';
const J1 = 'TMS 15.2.1 で、エンドポイントを CE 9.15 にアップグレードしたら No HTTPS response になりました';
const J2 = 'Windows Server 2016、SQL 2016 は別サーバー、レベルは Medium';

describe('QA58 #13: where the level is seen, and the JA verification procedure', () => {
  it.each(['how do I check the current level?', "how can I tell if we're on Medium?", 'how do I know whether TMS is at Medium-High?'])('EN: %s', (m) => {
    const out = rendered(runIn('en', [B1, 'Windows 2016, SQL 2016 remote', m]));
    expect(out).toMatch(/Where to find it/);
    expect(out).toMatch(/Transport Layer Security Options > Communication Security/);
    expect(out).not.toMatch(/How to verify the fix/);
  });

  it.each(['how do I check it worked?', 'how do I verify the fix?'])('EN verify keeps its card: %s', (m) => {
    expect(rendered(runIn('en', [B1, 'Windows 2016, SQL 2016 remote', m]))).toMatch(/How to verify the fix/);
  });

  it('JA: 確認手順を教えてください → the verification card', () => {
    const out = rendered(runIn('ja', [J1, J2, '確認手順を教えてください']));
    expect(out).toMatch(/修正の確認方法/);
  });

  it('JA: 手順を教えてください keeps the fix steps', () => {
    expect(rendered(runIn('ja', [J1, J2, '手順を教えてください']))).not.toMatch(/修正の確認方法/);
  });
});
