/**
 * REV32 #1: a move of someone else's TMS, or of a server that is not the one TMS runs on now ("the customer moved their TMS to
 * 2019", "the old one moved to 2019 was decommissioned", 「お客様が TMS を 2019 に移行しました」) records nothing for our TMS
 * server's Windows; our own move ("we moved TMS to a new 2019 server") still does. REV32 #5: the openssl -tls1_2 warning on a
 * TMS before 15 names the release once ("TMS 14.6.2", not "TMS TMS 14.6.2").
 */
import { rendered, runIn } from './helpers';

const B = 'TMS 15.2 No HTTPS response, SX80 on CE 9.8, SQL 2016 remote, Windows 2016, level Medium';
const BJ = 'TMS 15.2 で No HTTPS response。SX80 は CE 9.8、SQL 2016 は別サーバ、Windows 2016、レベルは Medium です';

describe('REV32 #1: another owner\'s or an old server\'s move is not ours', () => {
  it.each([
    ['en', B, 'the customer moved their TMS to 2019, ours is still on 2016'],
    ['en', B, 'the customer moved their TMS to 2019'],
    ['en', B, 'the old one moved to 2019 was decommissioned'],
    ['en', B, 'our partner migrated their TMS server to 2019 last month'],
    ['ja', BJ, 'お客様が TMS サーバを 2019 に移行しました'],
    ['ja', BJ, '旧 TMS サーバを 2019 に移行しました'],
  ] as const)('%s: %s → %s keeps Windows 2016', (lang, first, msg) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.windows?.year).toBe(2016);
  });
  it.each([
    ['en', B, 'we moved the TMS server to 2019 last week'],
    ['en', B, 'we moved TMS to a new 2019 server last week'],
    ['ja', BJ, 'TMS サーバを 2019 に移行しました'],
  ] as const)('%s: %s → %s is ours: Windows 2019', (lang, first, msg) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.windows?.year).toBe(2019);
  });
});

describe('REV32 #5: the release named once', () => {
  it.each([
    ['en', 'TMS 14.6.2, endpoints ce9.15.3, SQL 2016 on the TMS server, Windows 2016, level Medium'],
    ['ja', 'TMS 14.6.2、エンドポイントは CE 9.15.3、SQL 2016 は TMS サーバ上、Windows 2016、レベルは Medium です'],
  ] as const)('%s: openssl -tls1_2 refused without alert 70 on TMS 14.6.2', (lang, first) => {
    const r = runIn(lang, [first, '$ openssl s_client -connect 10.1.1.5:443 -tls1_2\nwrite:errno=104']);
    const out = rendered(r);
    expect(out).toContain('TMS 14.6.2');
    expect(out).not.toMatch(/TMS TMS/);
  });
});
