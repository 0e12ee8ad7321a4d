/**
 * FIX21E (QA50 #3, #4): a case never said to work where the TLS fix is out of play (TMS before 15, or not the TLS 1.0 problem)
 * is not "Reopened", and its partial success does not say "the TMS side of the fix took effect" nor "Medium-High has turned that off".
 */
import { rendered, runIn } from './helpers';

const NOT_TLS_EN = [
  'Ticket 77120 - Globex: 4 MX300 G2 in Systems > Navigator show No HTTPS response since Friday. TMS 14.6.2 on Windows 2016, SQL 2014 SP2 on a separate DB server',
  'endpoints are TC7.3.3.c84180a, nobody upgraded them',
];
const NOT_TLS_JA = ['4 台の MX300 G2 が No HTTPS response です。TMS 14.6.2、Windows Server 2016、SQL 2014 SP2 は別サーバーです', 'エンドポイントは TC7.3.3 で、誰もアップグレードしていません'];

describe('#3 #4: a case never fixed, not TLS, TMS 14', () => {
  it.each([
    'firewall team opened 443 again. 3 of 4 are back, one still says No HTTPS response',
    'the firewall rule was put back again, one codec still shows No HTTPS response',
  ])('EN %s', (m) => {
    const r = runIn('en', [...NOT_TLS_EN, m]);
    const t = rendered(r);
    expect(r.route).not.toBe('reopen');
    expect(t).not.toContain('Reopened');
    expect(t).not.toMatch(/Medium-High has turned|TMS side of the fix took effect|back at Medium/);
    expect(t).toContain('not the TLS 1.0 problem');
    expect(t).toContain('Test-NetConnection');
  });
  it('JA 4 台中 3 台が復旧', () => {
    const r = runIn('ja', [...NOT_TLS_JA, 'ファイアウォールのルールを戻したら 4 台中 3 台が復旧しました。1 台はまだ No HTTPS response です']);
    const t = rendered(r);
    expect(t).not.toContain('再発');
    expect(t).not.toMatch(/Medium-High でそれが無効|TMS 側の対処は効いています/);
    expect(t).toContain('TLS 1.0 の問題ではない');
  });
  it('after it was said to work, a relapse is a reopen, without level or key talk', () => {
    const t = rendered(runIn('en', [...NOT_TLS_EN, 'fixed the DNS record, all 4 green now', 'reopening: No HTTPS response again on all 4 since this morning']));
    expect(t).toContain('Reopened');
    expect(t).toContain('not the TLS 1.0 problem');
    expect(t).not.toMatch(/back at Medium|Medium-High/);
  });
  it('JA relapse after it worked', () => {
    const t = rendered(runIn('ja', [...NOT_TLS_JA, '全部直りました', '再発しました。4 台とも No HTTPS response です']));
    expect(t).toContain('再発');
    expect(t).toContain('TLS 1.0 の問題ではない');
    expect(t).not.toContain('Medium に戻っています');
  });
  it('TMS 14 with TC 7.3.6: partial success speaks of the upgrade, not of Medium-High', () => {
    const t = rendered(runIn('en', ['TMS 14.6.2, endpoints on TC 7.3.6, SQL 2014 SP2 remote', '3 of 4 are back, one still fails']));
    expect(t).not.toMatch(/Medium-High has turned|TMS side of the fix took effect/);
    expect(t).toContain('no Communication Security setting');
  });
  it('near miss: the TLS case on TMS 15 keeps the fix texts', () => {
    const t = rendered(runIn('en', ['TMS 15.2.1, CE 9.15, SQL 2016 remote, Windows 2019', 'Medium-High set and IIS restarted', '3 of 4 are back, one still says No HTTPS response']));
    expect(t).toContain('TMS side of the fix took effect');
    const re = runIn('en', ['TMS 15.2.1, CE 9.15, SQL 2016 remote, Windows 2019', 'Medium-High set and IIS restarted', 'all green now', 'reopening: No HTTPS response again after the failover to tms02']);
    expect(re.route).toBe('reopen');
    expect(rendered(re)).toContain('both nodes');
  });
});

