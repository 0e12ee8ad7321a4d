/**
 * Plans and yes/no questions about a step (QA round 10 #7 follow-up): answered from the facts, never
 * recorded as done, never changing a value (plan-answers.ts, understand/plan.ts).
 */
import { findEntry } from '../../src/conversation/catalogue';
import { planIn } from '../../src/domain/understand/plan';
import { say } from './helpers';

const EN = 'TMS 15.5, CE 9.15.3, Windows Server 2016, SQL 2014 SP1 on the TMS server, level Medium';
const JA = 'TMS 15.5、CE 9.15.3、Windows Server 2016、SQL 2014 SP1 は TMS サーバ上、レベルは Medium';

describe('plans are read as plans', () => {
  it.each([
    ['I will set Medium-High tonight', { level: true }],
    ["we're going to apply the registry change after hours", { registry: true }],
    ['planning to reboot at 22:00', { restart: true }],
    ['今夜 Medium-High に変更する予定です', { level: true }],
    ['22時に再起動する予定です', { restart: true }],
    ['明日レジストリを変更します', { registry: true }],
  ])('%j -> %j', (text, plan) => {
    expect(planIn(text)).toEqual(plan);
  });

  it.each([
    'I set Medium-High',
    'Medium-High に変更して保存しました',
    'did the registry, rebooting now',
    'should I set Medium-High tonight?',
    'we already rebooted',
    'if we reboot tonight will SQL stop?',
    '今夜 Medium-High にしたら SQL は止まりますか？',
  ])('%j is not a plan', (text) => {
    expect(planIn(text)).toBeNull();
  });
});

describe('a plan is answered with what comes before and after it, nothing recorded', () => {
  it.each([
    ['I will set Medium-High tonight', EN, [/Noted as a plan/, /SQL Server 2014 SP1: check its build/, /Telnet and SNMP/, /After it: restart IIS and the TMS services/]],
    ["we're going to apply the registry change after hours", EN, [/Noted as a plan/, /Check the TLS 1\.2 keys on Windows Server 2016/, /reboot once if a key was created or changed/]],
    ['planning to reboot at 22:00', EN, [/Noted as a plan/, /one reboot applies them all/, /verify/]],
    ['今夜 Medium-High に変更する予定です', JA, [/予定として承知しました/, /SELECT @@VERSION/, /Telnet と SNMP が無効/, /IIS と TMS サービスを再起動/]],
    ['22時に再起動する予定です', JA, [/予定として承知しました/, /1 回の再起動ですべて反映/]],
  ])('%j', (text, setup, want) => {
    const before = say([setup], 'ok').state.facts;
    const r = say([setup], text);
    for (const re of want) expect(r.text).toMatch(re);
    expect(r.text).not.toMatch(/could not find a version|読み取れませんでした/);
    expect(r.state.facts).toEqual(before);
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
  });

  it('TMS before 15: the plan cannot fix it, and says what instead', () => {
    const r = say(['TMS 14.6.2, CE 9.15.3'], 'I will set Medium-High tonight');
    expect(r.text).toMatch(/TMS 14\.6\.2 cannot be fixed in place/);
    expect(r.text).not.toMatch(/After it: restart IIS/);
  });

  it('SQL 2008 R2 on the server: keep TLS 1.0 before the registry change', () => {
    const r = say(['TMS 15.2.1, CE 9.15.3, Windows 2008 R2, SQL 2008 R2 local, level Medium'], 'we will import the .reg file tonight');
    expect(r.text).toMatch(/leave TLS 1\.0 and SSL 3\.0 enabled/);
    expect(r.text).toMatch(/must be created/);
  });
});

describe('yes/no questions about a step', () => {
  it.each([
    ['So I just pick Medium-High in TMS Tools and save?', 'confirm-level-step'],
    ['do I just set Medium-High in TMS Tools?', 'confirm-level-step'],
    ['TMS Tools で Medium-High を選んで保存すればいいですか？', 'confirm-level-step'],
    ['is that all?', 'is-that-all'],
    ['これで全部ですか？', 'is-that-all'],
    ['SQL 2014 SP2 or is SP1 enough?', 'sql-sp-enough'],
    ['2012 SP3 or SP4?', 'sql-sp-enough'],
    ['SQL 2014 は SP1 で足りますか、SP2 が必要ですか？', 'sql-sp-enough'],
    ['can we set Medium-High?', 'set-medium-high'],
    ['Do I need to reboot after the registry change?', 'reboot-needed'],
  ])('%j -> %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });

  it.each([
    [EN, 'So I just pick Medium-High in TMS Tools and save?', [/^Yes, that is the step that fixes it \(step 3/m, /SQL Server 2014 SP1: check its build/, /Telnet and SNMP/]],
    [JA, 'TMS Tools で Medium-High を選んで保存すればいいですか？', [/はい、それが問題を直す手順です（手順 3/, /Telnet と SNMP/]],
    ['TMS 14.6.2, CE 9.15.3', 'So I just pick Medium-High in TMS Tools and save?', [/^No\.$/m, /cannot be fixed in place/]],
    ['TMS 15.2.1, CE 9.15.3, SQL 2012 SP1 local, level Medium', 'So I just pick Medium-High in TMS Tools and save?', [/^Not yet\.$/m, /service-pack upgrade/]],
    [EN, 'is that all?', [/^Almost/m, /Communication Security = Medium-High in TMS Tools/, /restart IIS and the TMS services/]],
    [JA, 'これで全部ですか？', [/ほぼそうですが/, /Medium-High にして保存します/]],
  ])('%j then %j', (setup, q, want) => {
    const before = say([setup], 'ok').state.facts;
    const r = say([setup], q);
    for (const re of want) expect(r.text).toMatch(re);
    expect(r.state.facts).toEqual(before);
  });
});

describe('which service pack is enough: both sides, nothing recorded', () => {
  it.each([
    [EN, 'SQL 2014 SP2 or is SP1 enough?', [/SQL 2014 SP1: enough only at a build with the TLS 1\.2 update: SP1 GDR 12\.0\.4219.*SP1 CU5 12\.0\.4439\.1/, /CU1 to CU4, is not/, /SQL 2014 SP2: yes/, /KB3135244/]],
    [EN, '2012 SP3 or SP4?', [/SQL 2012 SP3: enough only with the TLS 1\.2 update: SP3 GDR 11\.0\.6216\.27 or SP3 CU1 11\.0\.6518/, /SQL 2012 SP4: yes/]],
    [JA, 'SQL 2014 は SP1 で足りますか、SP2 が必要ですか？', [/SP1 GDR 12\.0\.4219/, /SP1 CU5 12\.0\.4439\.1/, /SQL 2014 SP2：はい/, /SELECT @@VERSION/]],
    ['TMS 15.2.1, CE 9.15.3', 'is SQL 2012 SP1 enough?', [/SQL 2012 SP1: no, there is no TLS 1\.2 package/]],
  ])('%j then %j', (setup, q, want) => {
    const before = say([setup], 'ok').state.facts;
    const r = say([setup], q);
    for (const re of want) expect(r.text).toMatch(re);
    expect(r.state.facts.sql).toEqual(before.sql);
    expect(r.text).not.toMatch(/Updated: SQL Server/);
  });
});

describe('a planned TMS upgrade: the release held stays until it is done, then the fix in place', () => {
  const EN14 = 'TMS 14.6.2, CE 9.15.3, Windows 2016, SQL 2016 local, No HTTPS response';
  const JA14 = 'TMS 14.6.2、CE 9.15.3、Windows 2012 R2、SQL 2012 SP1 はローカル、No HTTPS response です';
  it.each([
    ['I will upgrade TMS to 15.13 tonight', { tmsUpgrade: '15.13' }],
    ['we are going to upgrade the TMS server to v15.2.1 this weekend', { tmsUpgrade: '15.2.1' }],
    ['今夜 TMS を 15.13 にアップグレードする予定です', { tmsUpgrade: '15.13' }],
    ['明日 TMS を 15.13 に上げる予定です', { tmsUpgrade: '15.13' }],
  ])('%j -> %j', (text, plan) => {
    expect(planIn(text)).toEqual(plan);
  });
  it.each(['we upgraded TMS to 15.13 yesterday', 'should we upgrade TMS to 15.13 tonight?', 'TMS を 15.13 にアップグレードしました', 'I will upgrade the endpoints to CE 11 tonight'])('%j is not a TMS upgrade plan', (text) => {
    expect(planIn(text)?.tmsUpgrade).toBeUndefined();
  });
  it('EN: 14.6.2 kept, the in-place fix after 15.13 listed, nothing recorded', () => {
    const r = say([EN14], 'I will upgrade TMS to 15.13 tonight');
    expect(r.text).toMatch(/Noted as a plan[^]*I keep TMS 14\.6\.2 as your TMS until you tell me the upgrade to TMS 15\.13 is done[^]*After the upgrade to TMS 15\.13, the fix is done in place[^]*Medium-High in TMS Tools/);
    expect(r.state.facts.tms?.raw).toBe('14.6.2');
  });
  it('JA: SQL 2012 SP1 needs its service pack first; 14.6.2 kept', () => {
    const r = say([JA14], '今夜 TMS を 15.13 にアップグレードする予定です');
    expect(r.text).toMatch(/現在の TMS 14\.6\.2 のまま[^]*TMS 15\.13 へのアップグレード後[^]*SQL Server 2012 SP1 には TLS 1\.2 対応のパッケージがありません/);
    expect(r.state.facts.tms?.raw).toBe('14.6.2');
  });
  it('a target before 15 is said not to fix it', () => {
    expect(say([EN14], 'I will upgrade TMS to 14.7 tonight').text).toMatch(/TMS 14\.7 is still before 15[^]*The upgrade that fixes this is to 15\.x/);
  });
});
