/**
 * QA44 #2, #7, #8: SQL and version questions answered from the facts (knowledge.md's SQL table and TMS sections).
 * #2 "does SQL 2012 need anything?", "what build of SQL 2014 do I need?", "is it ok to stay on SQL 2008 R2?", "what if we
 *    upgrade SQL to 2016 first?" (and their JA twins): the release's TLS 1.2 support, not the hypothetical case summary; with
 *    SQL 2012 SP1 known, a service pack (not "check the build"). The release asked about is never stored.
 * #7 "what about TMS 15.0?" after TMS 14.6.2: the fix on the TMS server becomes possible (TLS 1.2 + Medium-High).
 * #8 "what breaks if I disable TLS 1.0?" with SQL unknown: the SQL 2012/2014 build caveat too, not only 2008 R2.
 */
import { rendered, runIn } from './helpers';

const A = 'TMS 15.9 on Windows Server 2008 R2 with local SQL 2008 R2, Medium. SX80 on TC7.3.6 shows No HTTPS response.';
const B = 'TMS 15.13, Windows Server 2012 R2, SQL Server 2012 SP1 on the TMS server, Medium. Room Kit on CE 9.15 shows No HTTPS response.';
const B_JA = 'TMS 15.13、Windows Server 2012 R2、SQL Server 2012 SP1 は TMS サーバ上、Medium。CE 9.15 の Room Kit が No HTTPS response。';
const F = 'TMS 14.6.2 on Windows Server 2012 R2, SQL 2014 SP2 local. SX20 on TC7.3.6 and a Room Kit on CE 9.15 show No HTTPS response.';
const F_JA = 'TMS 14.6.2、Windows Server 2012 R2、SQL 2014 SP2 はローカル。SX20 TC7.3.6 で No HTTPS response。';

const en = (...msgs: string[]) => rendered(runIn('en', msgs));
const ja = (...msgs: string[]) => rendered(runIn('ja', msgs));
const CASE_SUMMARY = /here is how that case looks|その場合の結果を示します/;

describe('#2 SQL release questions', () => {
  it.each([
    ['does SQL 2012 need anything?', 'SQL 2012 は何か必要ですか'],
    ['what build of SQL 2012 do I need?', 'SQL 2012 はどのビルドが必要ですか'],
  ])('SQL 2012 SP1 known: "%s" (and its JA twin "%s") → a service pack first (SP4), not "check the build"', (qEn, qJa) => {
    for (const out of [en(B, qEn), ja(B_JA, qJa)]) {
      expect(out).not.toMatch(CASE_SUMMARY);
      expect(out).toMatch(/SP4/);
      expect(out).toMatch(/service.pack|サービス\s?パック/i);
      expect(out).not.toMatch(/check the build first|ビルドを確認してください/);
    }
  });

  it.each([
    ['en', 'what if we upgrade SQL to 2016 first?'],
    ['ja', '先に SQL 2016 にアップグレードしたらどうですか'],
  ])('%s: upgrading SQL to 2016 first: 2016 needs nothing, a SQL change of its own, TMS support to check; SP4 the smaller way', (lang, q) => {
    const out = lang === 'en' ? en(B, q) : ja(B_JA, q);
    expect(out).not.toMatch(CASE_SUMMARY);
    expect(out).toMatch(lang === 'en' ? /SQL Server 2016 supports TLS 1\.2/ : /SQL Server 2016 は TLS 1\.2 に対応/);
    expect(out).toMatch(lang === 'en' ? /check that your TMS release supports SQL Server 2016/ : /TMS リリースが SQL Server 2016 をサポートしているか/);
    expect(out).toMatch(/SP4/);
  });

  it('2008 R2 known: "what build of SQL 2008 R2 do I need?" → none for this fix, keep TLS 1.0, 10.50.6542.0 and KB3146034', () => {
    const out = en(A, 'what build of SQL 2008 R2 do I need?');
    expect(out).not.toMatch(CASE_SUMMARY);
    expect(out).toMatch(/TLS 1\.0 stays enabled/);
    expect(out).toMatch(/10\.50\.6542\.0/);
    expect(out).toMatch(/KB3146034/);
  });

  it.each([
    ['en', 'does SQL 2016 need anything?', /No: SQL Server 2016 already supports TLS 1\.2/],
    ['ja', 'SQL 2016 は何か必要ですか', /SQL Server 2016 はすでに TLS 1\.2 に対応/],
    ['en', 'what build of SQL 2014 do I need?', /12\.0\.2271\.0[\s\S]*12\.0\.4439\.1[\s\S]*SP2/],
    ['ja', 'SQL 2014 はどのビルドが必要ですか', /12\.0\.2271\.0[\s\S]*12\.0\.4439\.1[\s\S]*SP2/],
    ['en', 'is it ok to stay on SQL 2008 R2?', /Yes for this fix, as long as TLS 1\.0 stays enabled/],
    ['ja', 'SQL 2008 R2 のままでいいですか', /TLS 1\.0 を有効のままにしておく限り/],
  ])('before any version, %s "%s": answered from the table, the release not stored', (lang, q, want) => {
    const r = runIn(lang as 'en' | 'ja', [q]);
    const out = rendered(r);
    expect(out).not.toMatch(CASE_SUMMARY);
    expect(out).toMatch(want);
    expect(r.state.facts.sql).toBeUndefined();
  });

  it('EN and JA give the same SQL 2014 builds', () => {
    const builds = (s: string) => [...s.matchAll(/1[12]\.0\.\d{4}(?:\.\d+)?/g)].map((m) => m[0]).sort();
    const enBuilds = builds(en('what build of SQL 2014 do I need?'));
    expect(enBuilds.length).toBeGreaterThanOrEqual(4);
    expect(enBuilds).toEqual(builds(ja('SQL 2014 はどのビルドが必要ですか')));
  });

  it('another release asked about: answered for it, the own SQL said to stay', () => {
    const r = runIn('en', [B, 'does SQL 2016 need anything?']);
    expect(rendered(r)).toMatch(/SQL Server 2016 already supports TLS 1\.2/);
    expect(rendered(r)).toMatch(/Your own SQL Server stays SQL Server 2012 SP1/);
    expect(r.state.facts.sql?.year).toBe(2012);
  });

  it('"does SQL need anything?" uses the stored SQL facts (2012 SP1: a service pack first); other SQL questions keep their readings', () => {
    expect(en(B, 'does SQL need anything?')).toMatch(/service-pack upgrade; SP4 is the simplest/);
    for (const q of ['we run SQL 2012 SP1', 'is it safe to go to SP4?', 'SQL 2014 SP2 or is SP1 enough?', 'does SQL Server need an update first?']) {
      expect(en(B, q)).not.toMatch(/What this SQL Server release needs/);
    }
  });
});

describe('#7 what about TMS 15.0 after a TMS 14.6.2 report', () => {
  it.each([
    ['en', F, 'what about TMS 15.0?', /fix on the TMS server becomes possible[\s\S]*Medium-High[\s\S]*Telnet and SNMP/],
    ['ja', F_JA, 'TMS 15.0 ではどうなりますか', /TMS サーバ側で修正できるようになる[\s\S]*Medium-High[\s\S]*Telnet と SNMP/],
  ])('%s', (lang, ctx, q, want) => {
    const r = runIn(lang as 'en' | 'ja', [ctx, q]);
    expect(rendered(r)).toMatch(want);
    expect(r.state.facts.tms?.semver).toBe('14.6.2');
    // (Not said when the own TMS is already 15.x.)
    expect(en(A, 'what about TMS 15.0?')).not.toMatch(/becomes possible/);
  });
});

describe('#8 what breaks if TLS 1.0 is disabled, SQL unknown', () => {
  it.each([
    ['en', 'what breaks if I disable TLS 1.0 on the server?', /2008 R2[\s\S]*2012 and 2014 must first be on a build with TLS 1\.2 support/],
    ['ja', 'サーバーで TLS 1.0 を無効にすると何が壊れますか', /2008 R2[\s\S]*2012 と 2014 は、先に TLS 1\.2 対応のビルド/],
  ])('%s', (lang, q, want) => {
    expect(rendered(runIn(lang as 'en' | 'ja', [q]))).toMatch(want);
  });

  it('with SQL 2012 SP1 known, only that release is named; SQL unknown names 2012/2014 too', () => {
    const out = en(B, 'what breaks if I disable TLS 1.0 on the server?');
    expect(out).toMatch(/SQL Server 2012 SP1/);
    expect(out).not.toMatch(/2008 R2/);
    expect(en('what breaks if I disable TLS 1.0 on the server?')).toMatch(/SQL 2012 and 2014/);
  });
});
