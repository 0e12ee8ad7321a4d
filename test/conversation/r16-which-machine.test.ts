/**
 * QA39 #1, #4, #3: which machine a fact belongs to.
 * #1 (safety) a SQL replica or instance ON the TMS server is local SQL (the TMS server's Schannel governs it), also in an
 *    AlwaysOn group and also when a remote primary is named beside it: the SQL caveats stay.
 * #4 a Windows release said of the SQL machine is not the TMS server's.
 * #3 several TMS servers in one message: the other server's Windows and SQL are not merged into the answered one, and "what
 *    do I do on the lab TMS?" (a TMS before 15) does not get the TMS 15 in-place fix.
 */
import { last, rendered, runIn, runText, stepTexts, talk } from './helpers';

const REPLICA = 'TMS 15.9, Win 2012 R2, SQL Server 2012 SP1 AlwaysOn, with a replica on the TMS server itself. SX80 TC7.3.6 No HTTPS response. Medium.';
const NODES =
  'TMS 15.9 on a 2-node setup, each node Windows Server 2012 R2 also hosting a SQL Server 2012 SP1 AlwaysOn replica for the tmsng database. SX80 TC7.3.6 -> No HTTPS response. Medium.';
const REPLICA_JA = 'TMS 15.9、Windows 2012 R2、SQL Server 2012 SP1 の AlwaysOn 構成で、TMSサーバー自身にもレプリカがあります。SX80 TC7.3.6 で No HTTPS response、Medium。';

describe('#1 a SQL replica on the TMS server is local SQL', () => {
  it.each([
    ['replica on the TMS server itself', REPLICA],
    ['each node also hosting a replica', NODES],
    ['replica first, remote primary after (local wins)', 'TMS 15.9, a replica on the TMS server itself, primary SQL 2012 SP1 on a separate AlwaysOn cluster. SX80 TC7.3.6 No HTTPS response.'],
    ['remote primary, then the TMS server hosts a secondary', 'TMS 15.9. SQL 2012 SP1 primary is on a separate server. The TMS server also hosts a secondary replica. SX80 TC7.3.6 No HTTPS response.'],
  ])('%s', (_, msg) => {
    const { state } = stepTexts([msg]);
    expect(state.facts.sqlLocation).toBe('local');
    const out = rendered(last(talk(msg)));
    expect(out).toMatch(/SQL Server 2012 SP1: upgrade to a service pack with TLS 1\.2 first/);
    expect(out).not.toMatch(/Remote SQL Server: not affected/);
  });
  it.each([REPLICA_JA, 'TMS 15.9、SQL Server 2012 SP1 AlwaysOn、レプリカの1つが TMS サーバー上にあります。SX80 TC7.3.6 で No HTTPS response。'])('JA %s', (msg) => {
    const r = runIn('ja', [msg]);
    expect(r.state.facts.sqlLocation).toBe('local');
    expect(rendered(r)).toMatch(/SQL Server 2012 SP1/);
    expect(rendered(r)).not.toMatch(/SQL は別サーバ/);
  });
  it.each([
    'TMS 15.9, Win 2012 R2, SQL 2012 SP1 on a separate AlwaysOn cluster. SX80 TC7.3.6 No HTTPS response. Medium.',
    'TMS 15.9, SQL is remote, on its own 2016 box. SX80 TC7.3.6 No HTTPS response.',
    'TMS 15.9, SQL 2012 SP1 AlwaysOn with two nodes, each node hosting a replica. SX80 TC7.3.6 No HTTPS response.',
    'TMS 15.9, SQL 2012 SP1 AlwaysOn, no replica on the TMS server. SX80 TC7.3.6 No HTTPS response.',
  ])('still remote: %s', (msg) => {
    expect(stepTexts([msg]).state.facts.sqlLocation).toBe('remote');
  });
  it.each(['TMS 15.9、SQL Server 2012 SP1 は別サーバの AlwaysOn 構成です。SX80 TC7.3.6 で No HTTPS response。', 'TMS 15.9、SQL Server 2012 SP1 AlwaysOn、TMSサーバーにはレプリカはありません。SX80 TC7.3.6 で No HTTPS response。'])(
    'JA still remote: %s',
    (msg) => {
      expect(runIn('ja', [msg]).state.facts.sqlLocation).toBe('remote');
    },
  );
});

const SQL_VM = `Environment:
- TMS server: TMS 15.9 on Windows Server 2016
- SQL server: separate VM, Windows Server 2008 R2, SQL Server 2012 SP1
Issue: SX80 TC7.3.6 No HTTPS response. Level Medium.`;
const SQL_VM_JA = `環境：
・TMS サーバー：TMS 15.9、Windows Server 2016
・SQL サーバー：別VM、Windows Server 2008 R2、SQL Server 2012 SP1
事象：SX80 TC7.3.6 で No HTTPS response。レベル Medium。`;

describe("#4 the SQL machine's Windows is not the TMS server's", () => {
  it('labelled SQL server line: Windows stays 2016, no reboot prescribed', () => {
    const { state } = stepTexts([SQL_VM]);
    expect(state.facts.windows).toMatchObject({ year: 2016, r2: false });
    expect(state.facts.sqlLocation).toBe('remote');
    const out = rendered(last(talk(SQL_VM, 'is a reboot needed?')));
    expect(out).not.toMatch(/Windows Server 2008 R2/);
    expect(out).not.toMatch(/^Yes, once/m);
  });
  it('JA: 別VM is remote and its Windows is not the TMS server\'s', () => {
    const r = runIn('ja', [SQL_VM_JA]);
    expect(r.state.facts.windows).toMatchObject({ year: 2016, r2: false });
    expect(r.state.facts.sqlLocation).toBe('remote');
  });
  it('JA: a flat list after 別サーバ keeps the Windows as the TMS server\'s', () => {
    const r = runIn('ja', ['TMS 15.2.1 で、CE 9.15.3 の Room Kit が No HTTPS response になります。SQL は別サーバ、Windows Server 2016、レベルは Medium です。']);
    expect(r.state.facts.windows).toMatchObject({ year: 2016 });
  });
  it('"The database is on a separate Windows Server 2012 R2 box"', () => {
    const msg = 'TMS 15.9 runs on Windows Server 2016. The database is on a separate Windows Server 2012 R2 box with SQL 2014 SP1. SX80 TC7.3.6 No HTTPS response. Level Medium.';
    expect(stepTexts([msg]).state.facts.windows).toMatchObject({ year: 2016 });
  });
  it.each([
    ['TMS 15.9. SQL is remote, Windows 2016. SX80 TC7.3.6 No HTTPS response.', 2016, false],
    ['TMS 15.9, SQL 2016 on a separate server, Windows 2012 R2. SX80 TC7.3.6 No HTTPS response.', 2012, true],
    ['TMS 15.9. SQL 2012 SP1 is local. Windows Server 2008 R2. SX80 TC7.3.6 No HTTPS response.', 2008, true],
    ['SQL 2014 SP2 on a separate server, Windows Server 2008 R2, level Medium, No HTTPS response', 2008, true],
  ])('no machine of SQL named: the Windows stays the TMS server\'s: %s', (msg, year, r2) => {
    expect(stepTexts([msg]).state.facts.windows).toMatchObject({ year, r2 });
  });
});

const TWO = 'Prod TMS 15.13 on Windows Server 2019 with remote SQL 2019; lab TMS 14.6.2 on Windows 2008 R2 with local SQL 2008 R2. Both show No HTTPS response for the Room Kits on ce9.15.3.17.';
const TWO_JA = `お疲れ様です。
本番 TMS 15.13（Windows Server 2019、SQL は別サーバーの SQL Server 2019）
検証 TMS 14.6.2（Windows Server 2008 R2、SQL Server 2008 R2 同居）
どちらも CE 9.15.3 の Room Kit が No HTTPS response になっています。`;

describe('#3 several TMS servers: the other server\'s facts stay out', () => {
  it('the answered server keeps its own Windows and SQL', () => {
    const { state } = stepTexts([TWO]);
    expect(state.facts.tms?.raw).toBe('15.13');
    expect(state.facts.windows).toMatchObject({ year: 2019 });
    expect(state.facts.sql).toMatchObject({ year: 2019 });
    expect(state.facts.sqlLocation).toBe('remote');
    const out = rendered(last(talk(TWO)));
    expect(out).not.toMatch(/Required on Windows Server 2008 R2/);
    expect(out).not.toMatch(/SQL Server 2008 R2: keep TLS 1\.0 enabled/);
    expect(out).toMatch(/separate thread/);
  });
  it('"is a reboot needed on prod?" is not answered for 2008 R2', () => {
    const out = rendered(last(talk(TWO, 'is a reboot needed on prod?')));
    expect(out).not.toMatch(/2008 R2/);
    expect(out).not.toMatch(/^Yes, once/m);
  });
  it('"what do I do on the lab TMS?" (14.6.2) gets the before-15 verdict, not the in-place fix', () => {
    const out = rendered(last(talk(TWO, 'what do I do on the lab TMS?')));
    expect(out).toMatch(/TMS 14\.6\.2: before 15/);
    expect(out).not.toMatch(/Set Communication Security to Medium-High/);
  });
  it('JA: the facts and the lab question', () => {
    const first = runIn('ja', [TWO_JA]);
    expect(first.state.facts.windows).toMatchObject({ year: 2019 });
    expect(first.state.facts.sqlLocation).toBe('remote');
    expect(rendered(first)).toMatch(/別のスレッド/);
    const { text } = runText('ja', [TWO_JA, '検証環境のほうはどうすればいいですか？']);
    expect(text).toMatch(/TMS 14\.6\.2：15 より前/);
    expect(text).not.toMatch(/Medium-High にします/);
  });
  it('JA: "本番は再起動が必要ですか？" with the lab on 2008 R2 is answered for 2019', () => {
    const ja = TWO_JA.replace('14.6.2', '15.2.1');
    const { text } = runText('ja', [ja, '本番は再起動が必要ですか？']);
    expect(text).not.toMatch(/2008 R2/);
    expect(text).toMatch(/Windows Server 2019/);
  });
  it('the answered server named second still gets its own Windows', () => {
    const { state } = stepTexts(['lab TMS 14.6.2 on Windows 2008 R2 and prod TMS 15.13 on Windows 2019 with local SQL 2016. SX80 TC7.3.6 No HTTPS response.']);
    expect(state.facts.windows).toMatchObject({ year: 2019 });
    expect(state.facts.sqlLocation).toBe('local');
  });
  it('parentheses after each server', () => {
    const { state } = stepTexts(['Prod TMS 15.13 (Win 2019, remote SQL 2019), lab TMS 14.6.2 (Win 2008 R2, local SQL 2008 R2). Room Kits on ce9.15.3 show No HTTPS response.']);
    expect(state.facts.windows).toMatchObject({ year: 2019 });
    expect(state.facts.sqlLocation).toBe('remote');
  });
  it('a list after the other server, in its own clauses, still counts ("site B runs TMS 15.12, sql 2016 remote, win 2016")', () => {
    const { state } = stepTexts(['site A runs TMS 15.2, site B runs TMS 15.12, ce 9.15, sql 2016 remote, win 2016']);
    expect(state.facts.windows).toMatchObject({ year: 2016 });
    expect(state.facts.sqlLocation).toBe('remote');
  });
  it('one server: nothing changes', () => {
    const { state } = stepTexts(['TMS 15.13 on Windows 2008 R2 with local SQL 2008 R2. SX80 TC7.3.6 No HTTPS response.']);
    expect(state.facts.windows).toMatchObject({ year: 2008, r2: true });
    expect(state.facts.sqlLocation).toBe('local');
  });
});
