/**
 * Round 30 (helper R30C): wrong advice and misread statements (QA report 24: W3, W4, F1, F2, F3, M1, F4).
 */
import { rendered, runIn } from './helpers';

const answer = (lang: 'en' | 'ja', msgs: string[]) => rendered(runIn(lang, msgs));

describe('W3: TMS before 15 with endpoints that still accept TLS 1.0', () => {
  it('the "keep in mind" note says TMS must be upgraded first, not "prepare TMS (Medium-High)"', () => {
    const en = answer('en', ['TMS 14.6.2, endpoints TC7.3.3, No HTTPS response on a few']);
    expect(en).not.toMatch(/Preparing TMS first/);
    expect(en).toMatch(/upgrade TMS to 15\.x first/i);
    expect(en).toMatch(/SQL Server requirements/);
    const ja = answer('ja', ['TMS 14.6.2、端末はTC7.3.3で、一部が No HTTPS response']);
    expect(ja).not.toMatch(/先に TMS 側を準備しておけば/);
    expect(ja).toMatch(/TMS を 15\.x にアップグレード/);
  });

  it('TMS 15 keeps the prepare-first note', () => {
    const en = answer('en', ['TMS 15.9, endpoints TC7.3.3, No HTTPS response on a few']);
    expect(en).toMatch(/Preparing TMS first/);
  });

  it.each<['en' | 'ja', string[]]>([
    ['en', ['TMS 14.6.2, TC7.3.3 now. if we upgrade codecs to CE 9.15 will TMS lose them?']],
    ['en', ['TMS 14.6.2, TC7.3.3', 'if we upgrade codecs to CE 9.15 will TMS lose them?']],
    ['ja', ['TMS 14.6.2、端末はTC7.3.3です。CE9.15に上げたらTMSから見えなくなりますか？']],
    ['ja', ['TMS 14.6.2、端末はTC7.3.3です', 'CE9.15にアップグレードしたら管理できなくなりますか？']],
  ])('%s %j: "will TMS lose them?" is answered yes, TMS first', (lang, msgs) => {
    const out = answer(lang, msgs);
    if (lang === 'en') {
      expect(out).toMatch(/Yes: on TMS 14\.6\.2 they would be lost/);
      expect(out).toMatch(/Upgrade TMS to 15\.x first \(check its SQL Server requirements/);
    } else {
      expect(out).toMatch(/はい、TMS 14\.6\.2 のままでは管理できなくなります/);
      expect(out).toMatch(/先に TMS を 15\.x にアップグレード/);
    }
  });

  it('at Medium-High the same question is answered no (as far as TLS goes)', () => {
    const out = answer('en', ['TMS 15.9, TC7.3.3, Medium-High', 'would we lose them if we upgrade to CE 9.15?']);
    expect(out).toMatch(/As far as TLS goes, no,/);
  });

  it('a statement about an upgrade is no "lose" question', () => {
    const out = answer('en', ['TMS 14.6.2, TC7.3.3', 'we will upgrade to CE 9.15 next month']);
    expect(out).not.toMatch(/they would be lost/);
  });
});

describe('W4: a TMS release noted by someone else against the one the user checked', () => {
  const facts = (lang: 'en' | 'ja', msgs: string[]) => runIn(lang, msgs).state.facts;

  it.each<['en' | 'ja', string]>([
    ['en', "previous engineer's notes say TMS 14.6, but the About page shows 15.9. endpoints CE 9.15"],
    ['en', 'ticket has TMS 14.6.2 but I checked and it is 15.9, endpoints CE 9.15'],
    ['ja', '前任者のメモによるとTMSは14.6らしいですが、画面で見ると15.9でした。端末はCE9.15'],
    ['ja', 'チケットではTMS 14.6となっていますが、バージョン情報では15.9と表示されています。端末はCE9.15'],
  ])('%s %j: the release checked now is this TMS', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(rendered(r)).not.toMatch(/cannot be fixed in place|そのままでは修正できません/);
  });

  it('a doubt against a claimed release asks for the About page version, storing neither', () => {
    const r = runIn('en', ["customer claims TMS 15.9 but I suspect it's actually 14.6, endpoints CE 9.15"]);
    expect(r.state.facts.tms).toBeUndefined();
    expect(rendered(r)).toMatch(/About page/);
  });

  it.each<['en' | 'ja', string, string]>([
    ['en', 'the ticket says TMS 15.9, but the codecs actually run CE 9.15.3', '15.9.0'],
    ['en', 'the ticket says TMS 15.9 but the SQL build is actually 11.0.5058', '15.9.0'],
    ['en', 'the ticket says TMS 14.6, but the customer plans to move to 15.9 next month', '14.6.0'],
    ['ja', 'チケットではTMS 15.9ですが、端末を見ると10.15.2でした', '15.9.0'],
  ])('negative %s %j: no TMS swap', (lang, msg, tms) => {
    const f = facts(lang, [msg]);
    expect(f.tms?.semver).toBe(tms);
  });
});

describe('F1: a request to disable TLS 1.0 is answered, not recorded', () => {
  const setupEn = 'TMS 15.9, CE 9.15, Win 2012R2, SQL 2008 R2 SP2 local';
  const setupJa = 'TMS15.9、CE9.15、Win2012R2、SQL2008 R2 SP2ローカル';

  it.each<['en' | 'ja', string, string]>([
    ['en', setupEn, 'the security team wants TLS 1.0 disabled'],
    ['en', setupEn, 'the auditors asked us to turn off TLS 1.0'],
    ['ja', setupJa, 'セキュリティ部門がTLS1.0を無効にしろと言っています'],
    ['ja', setupJa, 'TLS1.0の無効化を求められています'],
  ])('%s (after %j) %j: no TLS 1.0 claim, and SQL 2008 R2 keeps it', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(rendered(r)).toMatch(lang === 'en' ? /No\. SQL Server 2008 R2 SP2 runs on the TMS server and needs TLS 1\.0/ : /いいえ。SQL Server 2008 R2 SP2 は TMS サーバ上で動いており、TLS 1\.0 を必要とします/);
  });

  it('with SQL 2016: what it does and what to check', () => {
    const r = runIn('en', ['TMS 15.9, CE 9.15, Win 2016, SQL 2016 local', 'the security team wants TLS 1.0 disabled']);
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(rendered(r)).toMatch(/not part of this fix/);
  });

  it.each<['en' | 'ja', string, string]>([
    ['en', setupEn, 'we disabled TLS 1.0 as the security team asked'],
    ['ja', setupJa, 'TLS1.0を無効にしました'],
  ])('negative %s (after %j) %j: a change said done is still recorded', (lang, setup, msg) => {
    expect(runIn(lang, [setup, msg]).state.facts.tlsClaims?.tls10).toBe('off');
  });
});

describe("F2: the About page's Database version is TMS's schema, not SQL Server", () => {
  it.each<['en' | 'ja', string]>([
    ['en', 'About Cisco TelePresence Management Suite\nSoftware Version: 15.13.6\nBuild: 15.13.6.1234\nDatabase version: 15.13.6\nLicense: 200 systems'],
    ['ja', 'TMSのバージョン情報画面：\nソフトウェア バージョン: 15.13.6\nデータベース バージョン: 15.13.6\nライセンス: 200 システム'],
  ])('%s: TMS read, no SQL error, the endpoint question next', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tms?.semver).toBe('15.13.6');
    expect(r.state.facts.sql).toBeUndefined();
    expect(rendered(r)).not.toMatch(/SQL Server version in|SQL Server のバージョンを読み取れません/);
    expect(r.state.pending).toBe('need-endpoint-version');
  });

  it.each<['en' | 'ja', string, string]>([
    ['en', 'TMS 15.9, CE 9.15', 'Database version: 15.9.0'],
    ['ja', 'TMS 15.9、CE 9.15', 'データベース バージョン: 15.9.0'],
  ])('%s: pasted as the SQL answer, it is explained and SQL is asked again', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.sql).toBeUndefined();
    expect(rendered(r)).toMatch(lang === 'en' ? /TMS's own database, not the SQL Server release/ : /TMS 自身のデータベース/);
  });

  it('negative: a SQL build as Database version is still read as SQL', () => {
    expect(runIn('en', ['TMS 15.9, CE 9.15', 'Database version: 13.0.5026.0']).state.facts.sql?.year).toBe(2016);
  });
});

describe('F3: 「1号機／2号機」 are the nodes of a redundant TMS', () => {
  it.each<['en' | 'ja', string, string]>([
    ['ja', 'TMS15.9、CE9.15、Win2016、SQL2016ローカル', '1号機はMedium-Highにして再起動済み、2号機はまだ'],
    ['ja', 'TMS15.9、CE9.15、Win2016、SQL2016ローカル', '2号機はまだMediumです'],
    ['en', 'TMS 15.9, CE 9.15, Win 2016, SQL 2016 local', 'node 1 done (Medium-High, rebooted), node 2 not yet'],
  ])('%s (after %j) %j: no TMS-wide level, the per-node answer', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).toMatch(lang === 'en' ? /the nodes are at different levels/ : /ノードごとにレベルが違う/);
  });

  it('negative: 「Medium-Highにして再起動済み」 with no node named is the TMS level', () => {
    const r = runIn('ja', ['TMS15.9、CE9.15、Win2016、SQL2016ローカル', 'Medium-Highにして再起動済みです']);
    expect(r.state.facts.level).toBe('medium-high');
  });
});

describe('M1: 「サーバは2012R2です」 names the Windows release', () => {
  it.each<[string, number, boolean]>([
    ['TMS 15.9、端末 CE9.15.3、サーバは2012R2です', 2012, true],
    ['TMS 15.9、端末 CE9.15.3、サーバは２０１２Ｒ２です', 2012, true],
    ['TMS 15.9 で、CE9.15 の端末が No HTTPS response。サーバは 2016、SQL は 2016 でローカル', 2016, false],
  ])('%j', (msg, year, r2) => {
    const f = runIn('ja', [msg]).state.facts;
    expect(f.windows?.year).toBe(year);
    expect(f.windows?.r2).toBe(r2);
  });

  it.each<[string, number]>([
    ['TMS 15.9、CE9.15、SQLサーバは2016です', 2016],
    ['TMS 15.9、CE9.15、DBサーバは2014です', 2014],
  ])('negative %j: a SQL server is SQL, not Windows', (msg, year) => {
    const f = runIn('ja', [msg]).state.facts;
    expect(f.windows).toBeUndefined();
    expect(f.sql?.year).toBe(year);
  });

  it('negative: a planned move records nothing', () => {
    expect(runIn('ja', ['TMS 15.9、CE9.15、サーバを2016に移行する予定です']).state.facts.windows).toBeUndefined();
  });
});

describe('F4: 「端末15台」 is a count, not an endpoint release', () => {
  it('the plain endpoint question, no "could not read 15台"', () => {
    const r = runIn('ja', ['チケット番号 123456、TMS 15.9、端末15台、2ノード構成、443番ポートは開いています。IPは10.15.9.1']);
    expect(r.state.facts.endpoint).toBeUndefined();
    expect(rendered(r)).not.toMatch(/15台」から/);
    expect(r.state.pending).toBe('need-endpoint-version');
  });

  it.each<[string]>([['TMS 15.9、端末は15台でCE9.15です'], ['TMS 15.9、端末 9.15']])('negative %j: a release after it is still read', (msg) => {
    expect(runIn('ja', [msg]).state.facts.endpoint?.semver).toBe('9.15.0');
  });
});
