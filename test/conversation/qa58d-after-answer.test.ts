/**
 * QA58 (qa-report-58.md) #1, #2, #3, #6, #7: what the user says after the answer, read right (EN and JA).
 * Facts per /work/shared/knowledge.md (Cause 1+2, Fix 3-6, TMS before 15 workaround, Schannel defaults).
 */
import { last, rendered, runIn, talk } from './helpers';

const B1 = 'TMS 15.9, SX20 upgraded to TC7.3.21 -> No HTTPS response';
const B2 = 'Windows 2016, SQL 2016 remote, level Medium';
const J1 = 'TMS 15.2.1 で、エンドポイントを CE 9.15 にアップグレードしたら No HTTPS response になりました';
const J2 = 'Windows Server 2016、SQL 2016 は別サーバー、レベルは Medium';

describe('QA58 #1: a success report that names Medium-High closes the case', () => {
  it.each([
    'Medium-High fixed it, thanks',
    'Medium-High worked!',
    "we're on Medium-High now and the SX20 shows OK",
    'the Medium-High change fixed it',
    'Medium-High was the fix, cheers',
    'TMS is at Medium-High now, and the SX20 is green',
  ])('EN %s', (msg) => {
    const r = last(talk(B1, B2, msg));
    expect(r.route).toBe('closing');
    const out = rendered(r);
    expect(out).toMatch(/Good to hear it works now/);
    expect(out).not.toMatch(/Not settled yet|check the Windows side/);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.worksNow).toBe(true);
  });
  it.each(['Medium-High が効きました', '今は Medium-High で、SX20 は OK です', 'Medium-High への変更で問題が解消しました'])('JA %s', (msg) => {
    const r = runIn('ja', [J1, J2, msg]);
    expect(rendered(r)).toMatch(/直ってよかったです/);
    expect(r.state.facts.tlsClaims?.worksNow).toBe(true);
  });
  it.each([
    'Medium-High fixed it on node 1',
    'Medium-High worked in the lab',
    'In the lab, Medium-High fixed it',
    'Medium-High did not fix it',
    'did Medium-High work?',
    'Medium-High worked for the SX20s but not the HDX',
    "we're on Medium-High now and the web UI is fine",
    "we're on Medium-High now and the SX20 still shows No HTTPS response",
    'Medium-High should fix it',
    'I hope Medium-High fixed it',
    'the customer says Medium-High worked',
    'Medium-High fixed some of them',
  ])('not closed: %s', (msg) => {
    const r = last(talk(B1, B2, msg));
    expect(rendered(r)).not.toMatch(/Good to hear it works now/);
    expect(r.state.facts.tlsClaims?.worksNow).toBeUndefined();
  });
  it.each(['今は Medium-High で、SQL サーバーは正常です', '今は Medium-High で、SX20 はまだ NG です', 'Medium-High が効きましたか？', '検証環境では Medium-High で OK になりました', '今は Medium-High で、SX20 の一部は OK です'])(
    'not closed (JA): %s',
    (msg) => {
      const r = runIn('ja', [J1, J2, msg]);
      expect(rendered(r)).not.toMatch(/直ってよかったです/);
      expect(r.state.facts.tlsClaims?.worksNow).toBeUndefined();
    },
  );
});
