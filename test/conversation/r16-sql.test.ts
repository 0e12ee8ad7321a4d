/**
 * QA round 16, SQL answers: #9 "can TLS 1.0 go?" with a SQL 2008 R2 build that has TLS 1.2 support,
 * #10 "which update exactly?" names the target builds, #11 SP-only corrections of a known SQL year,
 * #13 at High the certificate check comes first and the level is not ruled out.
 */
import { findEntry } from '../../src/conversation/catalogue';
import { rendered, runIn } from './helpers';

const SQL_6560 = 'TMS 15.9, Win 2012 R2, SQL 2008 R2 SP3 10.50.6560.0 on the TMS server, CE 9.15.3, Medium-High done and it works now. Can we also disable TLS 1.0?';
const SQL_6560_JA = 'TMS 15.9、Windows Server 2012 R2、SQL 2008 R2 SP3 (10.50.6560.0) 同居、CE 9.15.3、Medium。TLS 1.0 を無効にしてもいいですか？';

describe('#9 TLS 1.0 off with a SQL 2008 R2 build that has TLS 1.2 support', () => {
  it('EN: the build supports TLS 1.2, the start-up failure does not apply; a separate hardening change; what else uses TLS 1.0', () => {
    const t = rendered(runIn('en', [SQL_6560]));
    const ans = t.slice(t.indexOf('Can TLS 1.0 be turned off too?'));
    expect(ans).not.toMatch(/needs TLS 1\.0/);
    expect(ans).toMatch(/has TLS 1\.2 support/);
    expect(ans).toMatch(/does not apply to this build/);
    expect(ans).toMatch(/separate hardening change/);
    expect(ans).toMatch(/SchUseStrongCrypto/);
    // Already at Medium-High: TMS itself is not named as a TLS 1.0 user.
    expect(ans.split('\n\n').slice(0, 3).join('\n')).not.toMatch(/while it is at Medium/);
  });
  it('JA, at Medium: TMS at Medium is named among what still uses TLS 1.0', () => {
    const t = rendered(runIn('ja', [SQL_6560_JA]));
    expect(t).not.toMatch(/TLS 1\.0 を必要とします/);
    expect(t).toMatch(/このビルドには当てはまりません/);
    expect(t).toMatch(/Medium のままの TMS 自体/);
    expect(t).toMatch(/別のセキュリティ強化作業/);
  });
  it('a build without TLS 1.2 support, or one of the first ones (KB3146034), keeps the answer "No … needs TLS 1.0"', () => {
    for (const build of ['10.50.6000.34', '10.50.6537.0']) {
      const t = rendered(runIn('en', [`TMS 15.9, Win 2012 R2, SQL 2008 R2 SP3 ${build} on the TMS server, CE 9.15.3, Medium. Can we disable TLS 1.0?`]));
      expect(t).toMatch(/No\. SQL Server 2008 R2 .* needs TLS 1\.0/);
    }
  });
  it('the SSL 3.0 question does not give the wrong reason either', () => {
    const t = rendered(runIn('en', ['TMS 15.9, Win 2012 R2, SQL 2008 R2 SP3 10.50.6560.0 on the TMS server, CE 9.15.3, Medium.', 'can we disable SSL 3.0 too?']));
    expect(t).toMatch(/is not its case/);
    expect(t).not.toMatch(/So TLS 1\.0 must stay enabled whatever/);
  });
});

const SQL2014SP1 = 'TMS 15.5 on Server 2012 R2 with local SQL 2014 SP1 build 12.0.4100.1, CE 9.8.1, Medium';

describe('#10 which SQL update exactly: the target builds of its service pack', () => {
  it.each(['ok we\'ll patch SQL first. Which update exactly?', 'which SQL update do we need?', 'what build should we go to?', 'Which KB should we install for SQL?'])('EN: %s', (q) => {
    const t = rendered(runIn('en', [SQL2014SP1, q]));
    expect(t).not.toMatch(/I don't know that one/);
    expect(t).toMatch(/SP1 GDR 12\.0\.4219/);
    expect(t).toMatch(/SP1 CU5 12\.0\.4439\.1/);
    expect(t).toMatch(/SP2 \(12\.0\.5000\.0\) or later/);
    expect(t).toMatch(/KB3135244/);
    // Only its own service pack's lines: not the 2012 ones.
    expect(t).not.toMatch(/11\.0\.5352/);
  });
  it('JA: 2012 SP1 gets a service pack (SP4), not an update', () => {
    const t = rendered(runIn('ja', ['TMS 15.5、Windows 2012 R2、SQL 2012 SP1 同居、CE 9.8.1、Medium', 'SQLはどのビルドにすればいいですか？']));
    expect(t).toMatch(/SQL 2012 SP4（11\.0\.7001\.0）以降/);
    expect(t).toMatch(/サービス パックしか方法がなく/);
  });
  it('"what do I need to install first?" names the target builds in its SQL line too', () => {
    const t = rendered(runIn('en', [SQL2014SP1, 'what do I need to install first?']));
    expect(t).toMatch(/SP1 GDR 12\.0\.4219/);
  });
  it('a SQL Server that needs nothing, or runs remote, gets no target builds', () => {
    const t = rendered(runIn('en', ['TMS 15.5, Server 2016, SQL 2016 local, CE 9.8.1, Medium', 'which SQL update do we need?']));
    expect(t).toMatch(/already supports TLS 1\.2/);
    const r = rendered(runIn('en', ['TMS 15.5, Server 2016, SQL 2014 SP1 on a separate server, CE 9.8.1, Medium', 'which SQL update do we need?']));
    expect(r).toMatch(/another machine/);
    expect(r).not.toMatch(/12\.0\.4219/);
  });
  it('questions about another product are not taken for SQL', () => {
    expect(findEntry('which TMS version should we upgrade to?')?.id).not.toBe('sql-target-build');
    expect(findEntry('TMS 15 はSQLのどのバージョンに対応していますか？')?.id).not.toBe('sql-target-build');
    expect(findEntry('which update do we need?')?.id).toBe('install-first');
    const t = rendered(runIn('en', ['TMS 15.0, Windows Server 2008 SP2, SQL 2014 SP1 local, CE 8.3.0, Medium', 'which update exactly do we need on Windows?']));
    expect(t).toMatch(/KB4019276/);
  });
});

describe('#11 SP-only corrections of a known SQL year', () => {
  const EN = 'TMS 15.5, CE 9.8.1, Win 2012 R2, SQL 2014 SP2 local, Medium';
  const JA = 'TMS 15.5、CE 9.8.1、Windows 2012 R2、SQL 2014 SP2 同居、Medium';
  it.each([
    ['en', EN, 'sorry, SQL is SP1 not SP2'],
    ['en', EN, "correction: it's SP1"],
    ['ja', JA, 'SQLはSP1でした'],
    ['ja', JA, 'すみません、SQLはSP2じゃなくてSP1でした'],
  ] as const)('%s: %s → %s', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.sql).toMatchObject({ year: 2014, sp: 1 });
    expect(rendered(r)).not.toMatch(/could not find a version|読み取れませんでした/);
  });
  it('with no SQL version known, a bare service pack is not read as one', () => {
    const r = runIn('en', ['TMS 15.5, CE 9.8.1, Win 2012 R2, Medium', "correction: it's SP1"]);
    expect(r.state.facts.sql).toBeUndefined();
  });
  it('a place said after the SQL topic is still a place, not a service pack', () => {
    const r = runIn('en', ['TMS 15.5, CE 9.8.1, Win 2012 R2, SQL 2014 SP2, Medium', "sorry, it's on a separate server"]);
    expect(r.state.facts.sql).toMatchObject({ sp: 2 });
  });
});

describe('#13 at High: certificate check first, the level not ruled out', () => {
  it('JA (QA repro): no 「レベルは原因ではありません」, certificates before the Windows side', () => {
    const t = rendered(runIn('ja', ['FYI customer説明: TMS version 15.4、endpoints はRoom Kit Plus (RoomOS 11.5)、Windows 2016、SQL 2017 local。Security level は High にしてます。']));
    expect(t).not.toMatch(/セキュリティ レベルは原因ではありません/);
    const cert = t.indexOf('自己署名');
    const win = t.indexOf('Schannel の Client 側');
    expect(cert).toBeGreaterThan(0);
    expect(cert).toBeLessThan(win);
  });
  it('EN, restarted: the same order, and the answer of "what does this rest on?" does not rule the level out', () => {
    const setup = 'TMS 15.4, Room Kit Plus RoomOS 11.5, Windows 2016, SQL 2017 local, level High. We rebooted the server after the change.';
    const t = rendered(runIn('en', [setup]));
    expect(t).not.toMatch(/level is not what blocks it/);
    expect(t.indexOf('self-signed')).toBeLessThan(t.indexOf('missing restart is ruled out'));
    const s = rendered(runIn('en', [setup, 'what are your sources?']));
    expect(s).not.toMatch(/level is not what blocks it/);
    expect(s).toMatch(/certificate/);
  });
  it('at Medium-High the level is still ruled out as before', () => {
    const t = rendered(runIn('en', ['TMS 15.4, Room Kit Plus RoomOS 11.5, Windows 2016, SQL 2017 local, level Medium-High.']));
    expect(t).toMatch(/level is not what blocks it/);
  });
});
