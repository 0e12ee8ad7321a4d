/**
 * QA round 5a: the answer card (summarize) follows the same diagnosis as the full answer, in EN and JA:
 * the verdict, the level the user gave, the Windows release's registry/reboot rule (2008 R2, 2008 SP2
 * with KB4019276, 2025), a SQL Server that must come first, where SQL Server is brought back after
 * 26011, a known SQL on a TMS before 15, and pasted Schannel events.
 */
import type { Summary } from '../../src/conversation/summary';
import type { TurnResult } from '../../src/conversation/types';
import { talk } from './helpers';

const EVENT_26011 =
  '2026-12-01 10:15:22.31 Server      Error: 26011, Severity: 16, State: 1.\n2026-12-01 10:15:22.31 Server      The server was unable to initialize encryption because of a problem with a security library. The security library may be missing. Verify that security.dll exists on the system.';
const EVENT_36874 =
  'Error  12/1/2026 10:15:22 AM  Schannel  36874  None  An TLS 1.0 connection request was received from a remote client application, but none of the cipher suites supported by the client application are supported by the server. The SSL connection request has failed.';

function card(r: TurnResult): Summary {
  const s = r.replies.find((x) => x.summary)?.summary;
  expect(s).toBeDefined();
  return s!;
}

/** The full answer's heading (its first block). */
function heading(r: TurnResult): string {
  const reply = r.replies.find((x) => x.summary)!;
  const b = reply.blocks[0] as { text?: string };
  return b.text ?? '';
}

const en = (s: string) => `TMS ${s}`;

describe('the card verdict is the full answer\'s', () => {
  // Full-answer heading → card verdict, for the kinds of answer the grid meets.
  const kinds: [string, RegExp][] = [
    ['need-more', /^(Not settled yet|まだ判断できません)/],
    ['not-this', /^(This is not the TLS 1.0 problem|TLS 1\.0 の問題ではありません)/],
    ['upgrade-tms', /(cannot be fixed in place|そのままでは修正できません)/],
    // With no symptom said, the first full answer is hedged (QA59 #2): the card's verdict is still the fix.
    ['fix', /^(This is the TLS 1.0 problem: here|TLS 1\.0 の問題です（対処|Most likely the TLS 1\.0 problem, if TMS shows|TMS の表示が「No HTTPS response」なら)/],
  ];
  it.each([
    [en('15.2.1, endpoints on CE 8.1 show No HTTPS response. SQL Server 2016 is on a separate database server. Communication Security is Medium-High.'), 'need-more'],
    [en('15.2.1, endpoints on CE 9.15. SQL Server 2016 remote. Communication Security is High.'), 'need-more'],
    [en('15.2.1 で、CE 8.1 のエンドポイントが No HTTPS response になります。SQL Server 2016 は別の DB サーバにあります。Communication Security は Medium-High です。'), 'need-more'],
    [en('15.2.1, endpoints on CE 8.0 show No HTTPS response.'), 'not-this'],
    [en('14.6.2, endpoints on CE 8.1 show No HTTPS response.'), 'upgrade-tms'],
    [en('15.2.1, endpoints on CE 8.1. SQL Server 2016 remote. Communication Security is Low.'), 'fix'],
  ])('%s → %s', (msg, verdict) => {
    const r = talk(msg)[0];
    expect(card(r).verdict).toBe(verdict);
    const [, re] = kinds.find(([k]) => k === verdict)!;
    expect(heading(r)).toMatch(re);
  });
});

describe('the card names the level the user gave', () => {
  it.each(['Low', 'Medium-High', 'High'])('not this problem at %s: no "TMS at Medium" on the card', (level) => {
    const s = card(talk(`TMS 14.6.2, endpoints upgraded to CE 8.0 show No HTTPS response. Communication Security is ${level}.`)[0]);
    expect(s.verdict).toBe('not-this');
    expect(s.cause).not.toMatch(/TMS at Medium/);
    expect(s.cause).toMatch(/CE 8\.0 still accepts TLS 1\.0/);
  });

  it('not this problem with no level given: nothing assumed, no level stated as fact (EN and JA)', () => {
    expect(card(talk('TMS 15.2.1, endpoints upgraded to CE 8.0 show No HTTPS response.')[0]).cause).not.toMatch(/Medium/);
    expect(card(talk('TMS 15.2.1 で、CE 8.0 にアップグレードしたエンドポイントが No HTTPS response になります。')[0]).cause).not.toMatch(/Medium/);
  });

  it('at Medium the card still says TMS at Medium can reach it', () => {
    expect(card(talk('TMS 15.2.1, endpoints on CE 8.0 show No HTTPS response. Communication Security is Medium.')[0]).cause).toMatch(/TMS at Medium can reach it/);
  });

  it('at Low the cause is TMS at Low (EN and JA)', () => {
    const s = card(talk('TMS 15.2.1, endpoints on CE 8.1 show No HTTPS response. SQL Server 2016 is on a separate database server. Communication Security is Low.')[0]);
    expect(s.cause).toMatch(/TMS at Low/);
    expect(s.cause).not.toMatch(/TMS at Medium/);
    const j = card(talk('TMS 15.2.1 で、CE 8.1 のエンドポイントが No HTTPS response になります。SQL Server 2016 は別の DB サーバにあります。Communication Security は Low です。')[0]);
    expect(j.cause).toMatch(/Low の TMS/);
  });
});

describe('the Windows release on the card is the full answer\'s', () => {
  it('2008 R2 already at Medium-High: enable TLS 1.2 and reboot once, as the steps say (not a check and a service restart)', () => {
    const r = talk('TMS 15.2.1, endpoints on CE 8.1 show No HTTPS response. TMS server is Windows Server 2008 R2. SQL Server 2016 is on a separate database server. Communication Security is Medium-High.')[0];
    const s = card(r);
    expect(s.steps.map((x) => x.title)).toContain('Reboot the TMS server once');
    expect(s.next).toMatch(/^Enable TLS 1\.2/);
    expect(s.next).toMatch(/reboot the server once/);
    expect(s.next).not.toMatch(/restart the TMS services/);
  });

  it('2008 R2 at High keeps the level and reboots once', () => {
    const s = card(talk('TMS 15.2.1, endpoints on CE 8.1. TMS server is Windows Server 2008 R2. SQL Server 2016 remote. Communication Security is High.')[0]);
    expect(s.next).toMatch(/Keep the level at High/);
    expect(s.next).toMatch(/reboot the server once/);
  });

  it('2012 R2 already at Medium-High: still a check, no reboot on the card', () => {
    const s = card(talk('TMS 15.2.1, endpoints on CE 8.1. TMS server is Windows Server 2012 R2. SQL Server 2016 remote. Communication Security is Medium-High.')[0]);
    // A check, then the service restart; a reboot only if a key had to be created or changed (never unconditional).
    expect(s.next).toMatch(/^Make sure TLS 1\.2 is enabled/);
    expect(s.next).toMatch(/restart IIS and the TMS services \(reboot instead only if a key had to be created or changed\)/);
    expect(s.next).not.toMatch(/reboot the server once/i);
  });

  it('2008 SP2 (not R2): KB4019276 first, and never called 2008 R2 (EN and JA)', () => {
    const s = card(talk('TMS 15.2.1, endpoints upgraded to CE 8.1 show No HTTPS response. TMS server is Windows Server 2008 SP2. SQL Server 2016 is on a separate database server.')[0]);
    expect(s.next).toMatch(/KB4019276/);
    expect(s.next).not.toMatch(/2008 R2/);
    const j = card(talk('TMS 15.2.1 で、CE 8.1 のエンドポイントが No HTTPS response になります。TMS サーバは Windows Server 2008 SP2 です。SQL Server 2016 は別の DB サーバにあります。')[0]);
    expect(j.next).toMatch(/KB4019276/);
    const pre = card(talk('TMS 14.6.2, endpoints upgraded to CE 8.1 show No HTTPS response. TMS server is Windows Server 2008 SP2.')[0]);
    expect(pre.next).toMatch(/KB4019276/);
  });

  it('2025: no TLS 1.0 ClientHello at all, TLS 1.0/1.1 left off, support undocumented', () => {
    const s = card(talk('TMS 15.2.1, endpoints upgraded to CE 9.15 show No HTTPS response. TMS server is Windows Server 2025. SQL Server 2016 is on a separate database server.')[0]);
    expect(s.cause).toMatch(/sends no ClientHello at all/);
    expect(s.cause).not.toMatch(/offers nothing newer/);
    expect(s.next).toMatch(/leave TLS 1\.0\/1\.1 off/);
    expect(s.next).toMatch(/not documented/);
    const pre = card(talk('TMS 14.6.2, endpoints upgraded to CE 8.1 show No HTTPS response. TMS server is Windows Server 2025.')[0]);
    expect(pre.next).toMatch(/2025/);
  });
});

describe('SQL Server on the card', () => {
  it('local SQL 2012 SP1: the service-pack upgrade is the first action, before any TLS change (EN and JA)', () => {
    const s = card(talk('TMS 15.2.1, endpoints upgraded to CE 8.1 show No HTTPS response. SQL Server 2012 SP1 is on the TMS server itself.')[0]);
    expect(s.next).toMatch(/^SQL Server 2012 SP1: upgrade to a service pack/);
    expect(s.next.indexOf('service pack')).toBeLessThan(s.next.indexOf('TLS 1.2 is enabled'));
    // The Windows release's own step stays after it (2008 SP2: KB4019276).
    const w = card(talk('TMS 15.2.1, endpoints upgraded to CE 8.1 show No HTTPS response. TMS server is Windows Server 2008 SP2. SQL Server 2012 SP1 is on the TMS server itself.')[0]);
    expect(w.next).toMatch(/^SQL Server 2012 SP1: upgrade.*Only then: install Microsoft's KB4019276/);
    const j = card(talk('TMS 15.2.1 で、CE 8.1 のエンドポイントが No HTTPS response になります。SQL Server 2012 SP1 は TMS サーバ上にあります。')[0]);
    expect(j.next).toMatch(/^SQL Server 2012 SP1：先に/);
  });

  it('TMS 14 with a local SQL 2012 SP1 / 2008 R2: the trap of the fix after the upgrade is on the card; a remote one is not', () => {
    const a = card(talk('TMS 14.6.2, endpoints upgraded to CE 8.1 show No HTTPS response. SQL Server 2012 SP1 is on the TMS server itself.')[0]);
    expect(a.caveats.map((c) => c.code)).toContain('caveat-sql2012-kb3052404');
    const b = card(talk('TMS 14.6.2, endpoints upgraded to CE 8.1 show No HTTPS response. SQL Server 2008 R2 SP2 is on the TMS server itself.')[0]);
    expect(b.caveats.map((c) => c.code)).toContain('caveat-sql2008r2-keep-tls10-ssl3');
    const c = card(talk('TMS 14.6.2, endpoints upgraded to CE 8.1 show No HTTPS response. SQL Server 2008 R2 SP2 is on a separate database server.')[0]);
    expect(c.caveats.filter((x) => /sql/.test(x.code))).toEqual([]);
  });

  it('10.50.6537 (an early TLS 1.2 build) is named on the card', () => {
    const s = card(talk('TMS 15.2.1, endpoints on CE 9.15. TMS server is Windows Server 2016. SQL Server 10.50.6537 is on the TMS server itself. Communication Security is Medium.')[0]);
    expect(s.caveats.map((c) => c.text).join(' ')).toMatch(/keep TLS 1\.0 enabled \(and move this build to 10\.50\.6542\.0 or later, KB3146034\)/);
  });

  it('26011 with a remote SQL: SQL is brought back on the database server, not the TMS server', () => {
    const [, r] = talk('TMS 15.2.1, endpoints upgraded to CE 9.15 show No HTTPS response. SQL Server 2012 SP1 is on a separate database server.', EVENT_26011);
    const s = card(r);
    expect(s.next).toMatch(/on the database server where it runs, not on the TMS server/);
  });

  it('26011 with a local SQL 2008 R2: TLS 1.0 back on, on the server where it runs', () => {
    const [, r] = talk('TMS 15.2.1, endpoints upgraded to CE 9.15 show No HTTPS response. SQL Server 2008 R2 SP2 is on the TMS server itself.', EVENT_26011);
    expect(card(r).next).toMatch(/on the server where it runs, turn TLS 1\.0 back on/);
  });
});

describe('a pasted Schannel 36874 line reaches the card', () => {
  it('at Medium-High: a caveat about cipher suites', () => {
    const [, r] = talk('TMS 15.2.1, endpoints upgraded to CE 9.15 show No HTTPS response. SQL Server 2016 is on a separate database server. Communication Security is Medium-High.', EVENT_36874);
    expect(card(r).caveats.map((c) => c.text).join(' ')).toMatch(/cipher-suite mismatch \(alert 40\)[^]*36874 is a client connecting TO this server/);
  });

  it('not this problem: the next step starts with the Schannel events (no caveat on a not-this card)', () => {
    const [, r] = talk('TMS 15.2.1, endpoints upgraded to CE 8.0 show No HTTPS response. SQL Server 2016 is on a separate database server.', EVENT_36874);
    const s = card(r);
    expect(s.verdict).toBe('not-this');
    expect(s.next).toMatch(/Schannel events you pasted/);
    expect(s.caveats).toEqual([]);
  });
});

describe('SQL Server 2008 R2 on Windows Server 2025: the card says what the caveat says', () => {
  // 2025 has TLS 1.0 and SSL 3.0 off by default: Microsoft's failing case for a build without TLS 1.2.
  it.each([
    ['en', 'TMS 15.13 on Windows Server 2025, SQL Server 2008 R2 on the same server, endpoints CE 9.15 show No HTTPS response', /^First check that SQL Server 2008 R2 on this server runs/, /leave TLS 1\.0\/1\.1 off|keep TLS 1\.0 enabled/],
    ['ja', 'TMS 15.13、Windows Server 2025、同じサーバに SQL Server 2008 R2、エンドポイントは CE 9.15 で No HTTPS response が出ます', /^まず、このサーバの SQL Server 2008 R2 が動いているか確認します/, /TLS 1\.0\/1\.1 は無効のままにします|TLS 1\.0 は有効のままにする/],
  ])('%s: Next checks that SQL runs and names the TLS 1.2 build, no "keep TLS 1.0 enabled" / "leave TLS 1.0 off"', (_l, msg, next, never) => {
    const s = card(talk(msg).at(-1)!);
    expect(s.next).toMatch(next);
    expect(s.next).toContain('10.50.6542.0');
    const sqlCaveat = s.caveats.find((c) => c.code === 'caveat-sql2008r2-keep-tls10-ssl3')!;
    expect(sqlCaveat.text).toContain('Windows Server 2025');
    expect([s.next, sqlCaveat.text, ...sqlCaveat.detail].join(' ')).not.toMatch(never);
  });

  it('a TLS 1.2 build (10.50.6560.0) on 2025: not the failing case, the usual Next line (no "TLS 1.0 can stay off": QA56 #5)', () => {
    const s = card(talk('TMS 15.13 on Windows Server 2025, SQL Server 2008 R2 build 10.50.6560.0 on the same server, endpoints CE 9.15').at(-1)!);
    expect(s.next).toMatch(/^Check that TLS 1\.2 is enabled/);
    const detail = s.caveats.find((c) => c.code === 'caveat-sql2008r2-keep-tls10-ssl3')!.detail.join(' ');
    expect(detail).toContain("Microsoft's failing case (TLS 1.0 and SSL 3.0 both disabled on a build without TLS 1.2 support) does not apply to it");
    expect(detail).not.toContain('TLS 1.0 can stay off');
  });

  it('on 2022 the caveat still says keep TLS 1.0 enabled', () => {
    const s = card(talk('TMS 15.13 on Windows Server 2022, SQL Server 2008 R2 on the same server, endpoints CE 9.15').at(-1)!);
    expect(s.caveats.find((c) => c.code === 'caveat-sql2008r2-keep-tls10-ssl3')!.text).toBe('SQL Server 2008 R2: keep TLS 1.0 enabled');
    expect(s.next).not.toMatch(/First check that SQL/);
  });
});

describe('a product probed as accepting TLS 1.0 while TLS 1.0 is off on the TMS server (Windows Server 2025, Medium)', () => {
  const probe = { target: '127.0.0.7', address: '127.0.0.7', port: 443, reachable: true, tls: true, protocols: { ssl3: false, 'tls1.0': true, 'tls1.1': true, 'tls1.2': true, 'tls1.3': null }, tms: { medium: true, mediumHigh: true }, certificate: null, error: null, durationMs: 20 };
  it.each([
    ['our Expressway-C shows No HTTPS response in TMS. TMS 15.13 on Windows Server 2025, SQL 2019 on a separate server, level Medium', /^Expressway \/ VCS still accepts TLS 1\.0, but TLS 1\.0 is off on the TMS server \(the Windows Server 2025 default\)/],
    ['Expressway-C が TMS で No HTTPS response になります。TMS 15.13、Windows Server 2025、SQL 2019 は別サーバ、レベルは Medium', /^Expressway \/ VCS はまだ TLS 1\.0 を受け付けますが、TMS サーバで TLS 1\.0 が無効なため/],
  ])('%s: the fix, with the product named in the cause', (msg, cause) => {
    const s = card(talk(msg, { kind: 'probe', result: probe as never }).at(-1)!);
    expect(s.verdict).toBe('fix');
    expect(s.cause).toMatch(cause);
  });
});
