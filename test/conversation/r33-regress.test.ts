/**
 * R33D: regressions of this session's new readers (QA round 26, section A), EN and JA, with negatives.
 */
import { rendered, runIn } from './helpers';

const P = 'TMS 15.9, SQL 2016 on the TMS server, Windows Server 2016. SX20s on TC 7.3.7 show No HTTPS response';
const PJ = 'TMS 15.9、SQL 2016はTMSサーバ上、Windows Server 2016です。TC7.3.7のSX20でNo HTTPS responseが出ます';
const P8 = 'TMS 15.9, SQL 2008 R2 on the TMS server, Windows Server 2008 R2, level Medium. SX20s on TC 7.3.7 show No HTTPS response';
const P8J = 'TMS 15.9、SQL 2008 R2はTMSサーバ上、Windows Server 2008 R2、レベルはMediumです。TC7.3.7のSX20でNo HTTPS responseが出ます';

describe('A1: a TLS 1.0 request that was then carried out is TLS 1.0 off (SQL 2008 R2: check SQL now)', () => {
  it.each<['en' | 'ja', string]>([
    ['en', 'the security team asked us to disable TLS 1.0, which we did'],
    ['en', 'the auditors asked us to turn off TLS 1.0 and we did that last week'],
    ['ja', '監査でTLS 1.0を無効にするよう言われたので、無効にしました'],
  ])('%s %j: tls10 off and the urgent SQL card, not the request answer', (lang, msg) => {
    const r = runIn(lang, [lang === 'en' ? P8 : P8J, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBe('off');
    const t = rendered(r);
    expect(t).toMatch(lang === 'en' ? /check SQL Server now/ : /今すぐ SQL Server を確認/);
    expect(t).not.toMatch(lang === 'en' ? /Can TLS 1\.0 be turned off too/ : /TLS 1\.0 も無効にしてよいか/);
  });

  it('SQL 2016: "…wanted TLS 1.0 off, so we turned it off" gets no request heading', () => {
    const r = runIn('en', [P, 'the auditors wanted TLS 1.0 off, so we turned it off']);
    expect(r.state.facts.tlsClaims?.tls10).toBe('off');
    expect(rendered(r)).not.toMatch(/Can TLS 1\.0 be turned off too/);
  });

  it.each<['en' | 'ja', string]>([
    ['en', "the security team asked us to disable TLS 1.0, which we didn't"],
    ['en', "the security team asked us to disable TLS 1.0 but we haven't done it yet"],
    ['en', 'the security team asked us to disable TLS 1.0 and we did not'],
    ['en', 'the security team wants TLS 1.0 disabled'],
    ['ja', '監査でTLS 1.0を無効にするよう言われましたが、まだ無効にしていません'],
  ])('negative %s %j: still a request', (lang, msg) => {
    const r = runIn(lang, [lang === 'en' ? P8 : P8J, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(rendered(r)).toMatch(lang === 'en' ? /Can TLS 1\.0 be turned off too/ : /TLS 1\.0 も無効にしてよいか/);
  });
});

describe('A2: "not Medium-High" with another level stated is that level, never Medium', () => {
  it.each<['en' | 'ja', string]>([
    ['en', "We haven't set Medium-High, we set High"],
    ['ja', 'Medium-Highにはしていませんが、Highにしています'],
    ['ja', 'Medium-Highにはしていません。Highです'],
  ])('%s %j: level High', (lang, msg) => {
    expect(runIn(lang, [lang === 'en' ? P : PJ, msg]).state.facts.level).toBe('high');
  });
});

describe('A3: "not set to Medium-High", then the change reported made, is Medium-High', () => {
  it.each<['en' | 'ja', string]>([
    ['en', 'It did not go to Medium-High automatically, I set it manually yesterday'],
    ['ja', 'Medium-Highにしていませんでしたが、昨日変更しました'],
  ])('%s %j: level Medium-High', (lang, msg) => {
    expect(runIn(lang, [lang === 'en' ? P : PJ, msg]).state.facts.level).toBe('medium-high');
  });

  it.each<['en' | 'ja', string]>([
    ['en', "We haven't set Medium-High yet"],
    ['en', "We haven't set Medium-High yet, I will set it tomorrow"],
    ['en', "We haven't set Medium-High yet; the CPU load is high"],
    ['ja', 'Medium-Highにはまだしていません'],
    ['ja', 'Medium-Highにはしていませんが、TLS 1.2は有効にしました'],
  ])('negative %s %j: still Medium (not raised)', (lang, msg) => {
    expect(runIn(lang, [lang === 'en' ? P : PJ, msg]).state.facts.level).toBe('medium');
  });
});

describe('A4: an upgraded TMS is one server, not two sites', () => {
  it('"TMS 14.6 had no issues; after upgrading to TMS 15.9 …": TMS 15.9, no other server', () => {
    const r = runIn('en', ['TMS 14.6 had no issues; after upgrading to TMS 15.9 the CE 9.15 endpoints show No HTTPS response', 'SQL 2016 on the TMS server, Windows Server 2016, level Medium']);
    expect(r.state.facts.tms?.raw).toBe('15.9');
    expect(r.state.facts.otherTms).toBeUndefined();
    expect(rendered(r)).not.toMatch(/Several TMS servers/);
  });

  it('"TMS 14.6 worked fine with TC 7.3.5; now TMS 15.9 with TC 7.3.7 fails": the TC 7.3.5 note is kept', () => {
    const r = runIn('en', ['TMS 14.6 worked fine with TC 7.3.5; now TMS 15.9 with TC 7.3.7 fails']);
    expect(r.state.facts.tms?.raw).toBe('15.9');
    const t = rendered(r);
    expect(t).toMatch(/Those on TC 7\.3\.5 still accept TLS 1\.0/);
    expect(t).not.toMatch(/said to work/);
  });

  it('negative: two named sites are still two servers', () => {
    const r = runIn('en', ['Site Tokyo: TMS 15.13, Room Kits on CE 11.5. Site Osaka: TMS 14.7 with SX20 on TC7.3.21. Osaka is the one failing.']);
    expect(r.state.facts.tms?.raw).toBe('14.7');
  });
});
