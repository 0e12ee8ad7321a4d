/**
 * QA59 (fix59a): verdicts that depend on WHICH units fail.
 * #1 "One SX80 shows No HTTPS response, the remaining 29 are fine" (and JA) reports a current failure: never "good to hear it works".
 * #4 Units on the SAME release as the failing one said to work (whole fleet upgraded to one release, or the working ones counted on
 *    the failing unit's release): TMS already speaks a TLS they accept, so the failing unit is where to look (same-release-works),
 *    and working units managed over plain HTTP would prove nothing (said as a check).
 * #6 A corrected symptom ("my mistake, it says No SNMP response", 「訂正です。表示は No SNMP response でした」) re-judges the case, as the
 *    explicit "…, not No HTTPS response" form does; another symptom added beside it ("… too") does not.
 * #9 "after going from TC7.3.5 to TC7.3.6", "after the TC7.3.5 to TC7.3.6 upgrade": an upgrade path, not two fleets.
 */
import { findings, rendered, runIn } from './helpers';
import { sameReleaseWorksIn } from '../../src/domain/understand/same-release-works';

const WORKS_NOW = /Good to hear it works now|直ってよかったです/;

describe('QA59 #1: a failure said beside "the rest are fine" is no closing', () => {
  it.each([
    ['en', 'One SX80 shows No HTTPS response, the remaining 29 are fine'],
    ['en', 'Two SX80s show No HTTPS response, the other 28 are fine'],
    ['en', 'only one of them is showing No HTTPS response, the remaining 29 are fine'],
    ['ja', 'No HTTPS response になっているのは 1 台だけで、残り 29 台は正常です'],
    ['ja', '1 台だけ No HTTPS response で、残りの 29 台は正常です'],
    ['ja', 'TMS 15.13、Windows 2019、SQL 2019 は別サーバー。昨夜 SX80 を 30 台すべて ce9.15.3 に上げました。No HTTPS response になっているのは 1 台だけで、残り 29 台は正常です'],
  ] as const)('%s %s', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(rendered(r)).not.toMatch(WORKS_NOW);
    expect(r.state.facts.tlsClaims?.worksNow).toBeUndefined();
    expect(r.state.facts.scope).toBe('some');
  });
  it.each([
    ['en', 'No HTTPS response is gone now, all 30 are fine'],
    ['en', 'the remaining 29 are fine'],
    ['ja', 'No HTTPS response が出ていましたが、直りました'],
  ] as const)('still a closing: %s %s', (lang, msg) => {
    expect(rendered(runIn(lang, [msg]))).toMatch(WORKS_NOW);
  });
});

describe('QA59 #4: the same release works elsewhere, one unit fails', () => {
  const en1 = 'TMS 15.13, Win 2019, SQL 2019 remote. We upgraded all 30 SX80s to ce9.15.3 last night; only one of them shows No HTTPS response, the other 29 are fine';
  const en2 = 'TMS 15.13 at Medium, Win 2019, SQL 2019 remote. We just added a new Room Kit Pro on ce9.15.3 and it has never worked in TMS, it shows No HTTPS response from day one. Our other 40 Room Kits on CE 9.15 are fine';
  const en3 = 'TMS 15.13 at Medium-High since 2021, Win 2019, SQL 2019 remote. 50 Room Kits on RoomOS 11.9 are fine, one Room Kit on RoomOS 11.9 shows No HTTPS response';
  const ja1 = 'TMS 15.13、Windows 2019、SQL 2019 は別サーバー。昨夜 SX80 を 30 台すべて ce9.15.3 に上げました。No HTTPS response になっているのは 1 台だけで、残り 29 台は正常です';
  const ja2 = 'TMS 15.13（Medium）、Windows 2019、SQL 2019 は別サーバー。CE 9.15 の Room Kit 40 台は正常ですが、CE 9.15.3 の新しい 1 台が No HTTPS response です';
  it.each([
    ['en', en1],
    ['en', en2],
    ['en', en3],
    ['ja', ja1],
    ['ja', ja2],
  ] as const)('%s %s', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.sameReleaseWorks).toBe(true);
    expect(findings(r)).toContain('same-release-works');
    const out = rendered(r);
    expect(out).not.toMatch(/This is the TLS 1\.0 problem: here is the fix|TLS 1\.0 の問題です/);
    expect(out).not.toMatch(/that fits this problem|この問題と一致します/);
    // Working units managed over plain HTTP prove nothing: said as a check.
    expect(out).toMatch(lang === 'ja' ? /HTTP で管理している正常なシステム/ : /manages over plain HTTP/);
  });
  it('at Medium-High: look at the failing unit, not the Windows side', () => {
    const out = rendered(runIn('en', [en3]));
    expect(out).toMatch(/look at the failing ones, not the server/);
    expect(out).not.toMatch(/likely gap is Windows/);
  });
  it.each([
    // a plan, a negation, an exception, another site, a browser, the working ones on another release, the failing release unknown
    'We will upgrade all 30 SX80s to ce9.15.3 tomorrow; one already shows No HTTPS response, the other 29 are fine',
    "We haven't upgraded all SX80s to ce9.15.3 yet; one shows No HTTPS response, the other 29 are fine",
    'We upgraded all SX80s except the C40s to ce9.15.3; one shows No HTTPS response, the other 29 are fine',
    'We upgraded all 30 SX80s to ce9.15.3 last night and all of them show No HTTPS response',
    'At the other site 50 Room Kits on RoomOS 11.9 are fine, one Room Kit on RoomOS 11.9 shows No HTTPS response',
    '50 Room Kits on RoomOS 11.9 are fine in the browser, one Room Kit on RoomOS 11.9 shows No HTTPS response',
    '50 Room Kits on RoomOS 11.9 are fine, one Room Kit on RoomOS 10.20 shows No HTTPS response',
    'Our other 40 Room Kits on TC 7.3.5 are fine, the new one on ce9.15.3 shows No HTTPS response',
    'One Room Kit shows No HTTPS response. Our other 40 Room Kits on CE 9.15 are fine',
    '50 Room Kits on RoomOS 11.9 are fine; we plan to upgrade to RoomOS 11.14 next week',
    'SX80 を 30 台すべて ce9.15.3 に上げる予定です。No HTTPS response になっているのは 1 台だけで、残り 29 台は正常です',
    'TC 7.3.5 の C40 40 台は正常ですが、CE 9.15.3 の新しい 1 台が No HTTPS response です',
  ])('not a same-release report: %s', (msg) => {
    expect(sameReleaseWorksIn(msg)).toBe(false);
  });
});

describe('QA59 #6: a corrected symptom re-judges the case', () => {
  const B = 'TMS 15.13 at Medium, Win 2019, SQL 2019 remote. SX80s on ce9.15.3 show No HTTPS response';
  const BJ = 'TMS 15.13（Medium）、Windows 2019、SQL 2019 は別サーバー。ce9.15.3 の SX80 が No HTTPS response です';
  it.each([
    ['en', B, 'my mistake, it says No SNMP response'],
    ['en', B, 'looked again: it is No SNMP response'],
    ['en', B, "actually it's No HTTP response, without the S"],
    ['ja', BJ, 'すみません、よく見たら Navigator の表示は No SNMP response でした'],
    ['ja', BJ, '訂正です。表示は No SNMP response でした'],
    ['ja', BJ, '見間違いでした。No HTTP response です（S なし）'],
  ] as const)('%s %s', (lang, base, msg) => {
    const r = runIn(lang, [base, msg]);
    const out = rendered(r);
    expect(out).toMatch(lang === 'ja' ? /TLS 1\.0 の問題とは言えません/ : /Not shown to be the TLS 1\.0 problem/);
    expect(out).not.toMatch(/still the TLS 1\.0 problem|TLS 1\.0 の問題です。/);
    expect(r.state.facts.otherSymptom).toBeDefined();
  });
  it.each([
    ['en', B, 'the C40 shows No SNMP response too'],
    ['en', B, 'some of them also show No SNMP response'],
    ['ja', BJ, 'C40 では No SNMP response も出ています'],
  ] as const)('another symptom added is no correction: %s %s', (lang, base, msg) => {
    expect(rendered(runIn(lang, [base, msg]))).toMatch(/still the TLS 1\.0 problem|TLS 1\.0 の問題です/);
  });
});

describe('QA59 #9: "from TC7.3.5 to TC7.3.6" is the upgrade path', () => {
  it.each([
    'TMS 15.13 at Medium: No HTTPS response on our C90s after going from TC7.3.5 to TC7.3.6',
    'TMS 15.13 at Medium. after the TC7.3.5 to TC7.3.6 upgrade our C90s show No HTTPS response',
  ])('%s', (msg) => {
    const r = runIn('en', [msg, 'Windows Server 2019, SQL 2019 on a separate server']);
    expect(r.state.facts.endpoint?.raw).toMatch(/7\.3\.6/);
    expect(r.state.facts.endpointGroups).toBeUndefined();
    const out = rendered(r);
    expect(out).not.toMatch(/several versions|TC 7\.3\.5 fail too|Those on TC 7\.3\.5/);
  });
});

describe('QA59 #7: a timeline that rules the upgrade out is no flat verdict', () => {
  const M = 'TMS 15.13 at Medium, Win 2019, SQL 2019 remote.';
  const MJ = 'TMS 15.13（Medium）、Windows 2019、SQL 2019 は別サーバーです。';
  const FIX = /This is the TLS 1\.0 problem: here is the fix|TLS 1\.0 の問題です（TMS が TLS 1\.2/;
  it.each([
    ['en', [`${M} One SX80 on ce9.15.3 shows No HTTPS response, but it already showed it before the upgrade last week`], /showed the error before the upgrade too/],
    ['en', [`${M} One Room Kit shows No HTTPS response. It was like that already before we upgraded it to CE 9.15, it was on CE 8.0.1 then`], /showed the error before the upgrade too/],
    ['en', [`${M} One SX80 shows No HTTPS response. We have not upgraded anything, it started on Monday`, 'ce9.15.3, it has been on that for a year'], /Nothing was upgraded and it started lately/],
    ['ja', [`${MJ}ce9.15.3 の SX80 1 台が No HTTPS response です。アップグレード前から No HTTPS response が出ていました`], /アップグレード前からエラーが出ていた/],
    ['ja', [`${MJ}SX80 1 台が No HTTPS response です。何もアップグレードしていませんが、月曜から出ています`, 'ce9.15.3 です。1 年前からこのバージョンです'], /何もアップグレードしていないのに最近始まった/],
  ] as const)('%s %j', (lang, msgs, card) => {
    const r = runIn(lang, msgs);
    const out = rendered(r);
    expect(out).toMatch(card);
    expect(out).not.toMatch(FIX);
    expect(findings(r)).toContain('upgrade-timeline');
    // The previous release is no second fleet.
    expect(out).not.toMatch(/several versions|複数のバージョン/);
    expect(r.state.facts.endpoint?.family).toBe('CE');
    expect(r.state.facts.endpoint?.raw).not.toMatch(/8\.0/);
  });
  it.each([
    ['en', `${M} SX80s on ce9.15.3 show No HTTPS response. It worked fine before the upgrade`],
    ['en', `${M} SX80s on ce9.15.3 show No HTTPS response. It never showed it before the upgrade`],
    ['en', `${M} SX80s on ce9.15.3 show No HTTPS response. We have not upgraded TMS, only the endpoints`],
    ['en', `${M} SX80s on ce9.15.3 show No HTTPS response. We already set the registry keys before the upgrade`],
    ['ja', `${MJ}ce9.15.3 の SX80 が No HTTPS response です。アップグレード前は出ていませんでした`],
    ['ja', `${MJ}ce9.15.3 の SX80 が No HTTPS response です。TMS は何もアップグレードしていません`],
  ] as const)('no timeline card: %s %s', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.upgradeTimeline).toBeUndefined();
    expect(rendered(r)).not.toMatch(/before the upgrade too|started lately|アップグレード前からエラーが出ていた|最近始まった/);
  });
});

describe('QA59 #7: "nothing changed" about the keys is no timeline', () => {
  it.each([
    ['ja', 'TLS 1.2 のキーは確認済みで、すでに正しく設定されていて、何も変更していません。'],
    ['en', 'We have not changed anything on the server, the TLS 1.2 keys are right'],
  ] as const)('%s %s', (lang, msg) => {
    const r = runIn(lang, ['TMS 15.13, Windows 2016, SQL 2016 on the TMS server, level Medium, CE 9.15 endpoints show No HTTPS response', msg]);
    expect(r.state.facts.upgradeTimeline).toBeUndefined();
  });
  it('nothing upgraded at Medium-High keeps the raised-level reading', () => {
    const r = runIn('en', ['TMS 15.13 at Medium-High, Win 2019, SQL 2019 remote. One SX80 on ce9.15.3 shows No HTTPS response. We have not upgraded anything, it started on Monday']);
    expect(findings(r)).not.toContain('upgrade-timeline');
  });
});
