/**
 * Round 13, progress and the Telnet/SNMP trade-off:
 * 7. After Medium-High, "those 3 are MXP 1700" (the systems still failing) is the level's known trade-off, said so
 *    (not "That does not change my previous answer").
 * 9. "fixed the values" after a paste showed TLS 1.2\Client off: the keys were changed (the reboot answer is "yes,
 *    once"), and the paste's observation is no longer repeated as current; "rebooted, medium-high set, all endpoints
 *    green" closes the incident.
 */
import { rendered, runIn as run } from './helpers';
import { readTlsClaims } from '../../src/domain/understand/tls-claims';
import { closingIn } from '../../src/conversation/intents';
import { sideStatementIn } from '../../src/domain/understand/side-statement';


const NOT_CHANGED = /That does not change my previous answer|この情報で前の回答は変わりません/;

describe('r13 #7: Telnet/SNMP systems named as still failing after Medium-High', () => {
  const EN = ['hi, tms 15.9 , win 2019, sql is remote (2014 sp1 on a separate box). 12 codecs on ce9.8 say no https response', 'set to medium-high and restarted IIS and the scanner service. still failing on 3 of them'];
  const JA = ['TMS 15.9、Windows 2019、SQL はリモート、CE 9.8 の端末12台で No HTTPS response', 'Medium-High にして IIS を再起動しました。3台がまだ失敗しています'];
  it.each([
    ['en', EN, 'those 3 are MXP 1700', /Tandberg MXP: TMS manages such systems over Telnet or SNMP.*known trade-off of Medium-High.*replace them, manage them another way, or accept losing them.*Going back to Medium is not one/s],
    ['en', EN, 'the failing ones are Polycom HDX', /Polycom HDX: TMS manages such systems over Telnet or SNMP/],
    ['en', ['TMS 15.9, Windows 2019, SQL 2016 local, CE 9.15, level is Medium-High'], 'the ones still failing are MXPs', /TMS manages such systems over Telnet or SNMP/],
    ['ja', JA, 'その3台は MXP 1700 です', /Tandberg MXP は、TMS が Telnet や SNMP で管理する種類のシステムです.*既知のトレードオフ.*Medium に戻すのは解決になりません/s],
  ] as const)('%s %j', (lang, before, msg, said) => {
    const r = run(lang, [...before, msg]);
    const out = rendered(r);
    expect(out).toMatch(said);
    expect(out).not.toMatch(NOT_CHANGED);
    expect(r.state.facts.telnetSystems?.length).toBeGreaterThan(0);
  });

  it('at Medium (not raised), an MXP named is not called the trade-off of the level', () => {
    const out = rendered(run('en', ['TMS 15.9, Windows 2019, SQL 2016 local, CE 9.15, No HTTPS response', 'we also have MXP units']));
    expect(out).not.toMatch(/TMS manages such systems over Telnet or SNMP, and Medium-High turns/);
  });
});

const PASTE = `PS C:\\> Get-ItemProperty 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client'
DisabledByDefault : 1
Enabled           : 0
PSPath            : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client`;
const FACTS = "that's from our TMS 15.3 box, windows 2012 r2, endpoints CE 9.8, sql 2016 local";
const KEYS_OFF = /TLS 1\.2\\Client keys are not Enabled=1|Schannel TLS 1\.2 Client is turned off/;

describe('r13 #9: keys said fixed after a paste showed them off; "all endpoints green"', () => {
  it.each([
    ['fixed the values', true],
    ['fixed the registry values', true],
    ['corrected both values', true],
    ['changed the values in TMS Tools', false],
    ['should I fix the values?', false],
    ['fixed the keys', true],
  ] as const)('reader: %j → keys changed %s', (msg, changed) => {
    expect(readTlsClaims(msg).keysChanged === true).toBe(changed);
  });

  it('"fixed the values, do I need to reboot?": yes once (keys changed), and the off-keys observation is retired', () => {
    const r = run('en', [PASTE, FACTS, 'fixed the values, do I need to reboot?']);
    const out = rendered(r);
    expect(out).toMatch(/Yes, once, because you created or changed Schannel keys/);
    expect(out).not.toMatch(/Only if you had to create or change the Schannel keys/);
    expect(out).not.toMatch(KEYS_OFF);
    expect(r.state.facts.tlsClaims?.keysChanged).toBe(true);
    expect(r.state.facts.evidence?.observations.some((o) => o.code === 'schannel-tls12-client-disabled') ?? false).toBe(false);
  });

  it('"fixed the keys" after the paste: noted as created, not as checked; the paste is not repeated', () => {
    const r = run('en', [PASTE, FACTS, 'fixed the keys']);
    const out = rendered(r);
    expect(out).toMatch(/Noted as done: the TLS 1\.2 keys are created/);
    expect(out).not.toMatch(KEYS_OFF);
  });

  it('"rebooted, medium-high set, all endpoints green" closes the incident (no old observation repeated)', () => {
    const r = run('en', [PASTE, FACTS, 'fixed the values, do I need to reboot?', 'rebooted, medium-high set, all endpoints green']);
    const out = rendered(r);
    expect(out).toMatch(/Good to hear it works now/);
    expect(out).not.toMatch(KEYS_OFF);
    expect(r.state.facts.level).toBe('medium-high');
  });

  it('the paste alone still shows the keys off (nothing said fixed)', () => {
    expect(rendered(run('en', [PASTE, FACTS]))).toMatch(KEYS_OFF);
  });

  it.each([
    ['rebooted, medium-high set, all endpoints green', 'works'],
    ['all endpoints green', 'works'],
    ['all systems ok now', 'works'],
    ['all endpoints are green', 'works'],
    ['not all endpoints green yet', null],
    ['are all endpoints green?', null],
  ] as const)('closing %j → %s', (msg, want) => {
    expect(closingIn(msg)).toBe(want);
  });
});

describe('r13 #13: closings and plans said as sentences', () => {
  const SQL2012 = 'TMS 15.4, Server 2012 R2, SQL Server 2012 SP1 local (11.0.3000). Endpoints C40 on TC7.3.6 show No HTTPS response.';
  const UNREAD = /could not find a version or a request|その質問にはお答えできません/;

  it.each([
    ['en', SQL2012, 'ok we\'ll plan the SP4 upgrade next week', /Noted as a plan.*I keep SQL Server 2012 SP1 \(11\.0\.3000\) until you tell me SQL Server 2012 SP4 is installed.*SQL Server 2012 SP4 has TLS 1\.2 support/s, 1],
    ['en', SQL2012, 'we will upgrade SQL to SP4 next week', /I keep SQL Server 2012 SP1.*SQL Server 2012 SP4 has TLS 1\.2 support/s, 1],
    ['en', 'TMS 15.9, CE 9.15, Windows 2019, SQL 2014 SP1 remote', 'we\'ll plan the SP3 upgrade next week', /runs on another machine, so this fix does not wait for it/, 1],
    ['ja', 'TMS 15.9 で、CE 9.15 のエンドポイントが「No HTTPS response」になります。Windows Server 2012 R2、SQLはローカルの SQL Server 2014 SP1 です。', '来週 SP3 に上げる予定です', /予定として承知しました.*現在の SQL Server 2014 SP1 のままとして扱います.*SQL Server 2014 SP3 は TLS 1\.2 に対応している/s, 1],
  ] as const)('plan %s %j', (lang, first, msg, said, sp) => {
    const r = run(lang, [first, msg]);
    const out = rendered(r);
    expect(out).toMatch(said);
    expect(out).not.toMatch(UNREAD);
    expect(r.state.facts.sql?.sp).toBe(sp); // a plan records nothing
  });

  it.each([
    ['ja', 'TMS 15.9 で、CE 9.15 のエンドポイントが「No HTTPS response」になります。Windows Server 2012 R2、SQLはローカルの SQL Server 2014 SP2 です。', 'SP3にしました。次は？', /SQL Server 2014 SP2 → SQL Server 2014 SP3/],
    ['en', 'TMS 15.9, CE 9.15, Windows 2012 R2, SQL 2014 SP2 local', 'upgraded SQL to SP3, what next?', /SQL Server 2014 SP2 → SQL Server 2014 SP3/],
  ] as const)('done + next %s %j: recorded, the answer for the new facts', (lang, first, msg, said) => {
    const r = run(lang, [first, msg]);
    const out = rendered(r);
    expect(out).toMatch(said);
    expect(out).not.toMatch(UNREAD);
    expect(r.state.facts.sql?.sp).toBe(3);
  });

  it.each([
    ['found it, the GPO removed all ECDHE suites. fixed, thanks', 'works'],
    ['it was the cipher suites, fixed now.', 'works'],
    ['fixed, thanks', 'works'],
    ['keys fixed, rebooting', null],
    ['the GPO removed the ECDHE suites, fixed, but two still fail', null],
  ] as const)('closing %j → %s', (msg, want) => {
    expect(closingIn(msg)).toBe(want);
  });

  it('"found it, the GPO removed all ECDHE suites. fixed, thanks" closes the case', () => {
    const out = rendered(run('en', ['TMS 15.11, Windows Server 2019, SQL 2016 remote, endpoints CE 9.15', 'found it, the GPO removed all ECDHE suites. fixed, thanks']));
    expect(out).toMatch(/Good to hear it works now/);
    expect(out).not.toMatch(UNREAD);
  });
});

describe('r13 #9: "done, rebooted" after the full answer', () => {
  const EN = ['TMS 15.13 on Windows Server 2008 R2, local SQL 2008 R2, endpoints SX20 upgraded to TC7.3.21.d1b4a7a, now No HTTPS response', 'SELECT @@VERSION says Microsoft SQL Server 2008 R2 (SP3) - 10.50.6000.34 (X64)'];
  const JA = ['TMS 15.9 で、CE 9.15 のエンドポイントが「No HTTPS response」になります。Windows Server 2019、SQL 2016 ローカル'];
  it.each([
    ['en', EN, 'done, rebooted', /Noted that you rebooted\. From "done" alone I do not record.*Force Refresh/s],
    ['en', EN, 'all done and rebooted the server', /Noted that you rebooted/],
    ['ja', JA, '完了しました。再起動しました', /再起動したとのこと、承知しました.*Force Refresh/s],
  ] as const)('%s %j: the check is next, nothing recorded', (lang, before, msg, said) => {
    const prev = run(lang, before);
    const r = run(lang, [...before, msg]);
    const out = rendered(r);
    expect(out).toMatch(said);
    expect(out).not.toMatch(NOT_CHANGED);
    expect(r.state.facts).toEqual(prev.state.facts);
  });

  it('before any answer (a required version missing), "done, rebooted" is not read this way', () => {
    expect(rendered(run('en', ['No HTTPS response on our codecs', 'done, rebooted']))).not.toMatch(/Noted that you rebooted/);
  });
});

describe('r13 #11: statements that answer nothing asked, with the SQL question open', () => {
  const SQL_FAIL = /could not find a SQL Server version|SQL Server のバージョンを読み取れませんでした/;
  const SQL_Q = /Which SQL Server version does TMS use|SQL Server のバージョンと/;
  it.each([
    ['en', ['We have two TMS nodes (redundant), TMS 15.10, Windows 2016. Endpoints DX80 and SX80 on CE 9.12. "No HTTPS response" since Monday.'], 'done on node A, node B still pending', /one node done, the other still to do.*failover/s],
    ['en', ['TMS 15.7 on 2016, Webex Board 55 on RoomOS 10.19', 'already on medium-high. registry ok.'], 'Certificate revocation check is enabled in TMS Tools', /"Enable Certificate Revocation Check" is on.*CRL distribution point.*even at TLS 1\.2/s],
    ['ja', ['TMS 15.6、Windows Server 2016。エンドポイントはCE9.9。Medium-High に変更しても大丈夫ですか？影響が心配です'], 'SNMP で管理している機器はありません。MCU もないです', /SNMP で管理している機器はないとのことですね.*自動で検出しなくなる/s],
    ['ja', ['TMS 15.6、Windows Server 2016。エンドポイントはCE9.9。Medium-High に変更しても大丈夫ですか？影響が心配です'], '自動検出は使っています', /自動検出を使っているとのことですね.*Non-SNMP/s],
    ['en', ['TMS 15.6, Windows 2016, CE 9.9, No HTTPS response'], 'we use automatic discovery', /you use automatic discovery.*Non-SNMP/s],
  ] as const)('%s %j: acknowledged, the SQL question trails, nothing recorded', (lang, before, msg, said) => {
    const prev = run(lang, before);
    const r = run(lang, [...before, msg]);
    const out = rendered(r);
    expect(out).toMatch(said);
    expect(out).not.toMatch(SQL_FAIL);
    expect(out).toMatch(SQL_Q);
    expect(r.state.facts).toEqual(prev.state.facts);
  });

  it.each([
    ['Certificate revocation check is enabled in TMS Tools', 'crl-check-on'],
    ['we enabled the certificate revocation check', 'crl-check-on'],
    ['revocation check is not enabled', 'crl-check-off'],
    ['should the revocation check be enabled?', null],
    ['we use automatic discovery', 'auto-discovery-used'],
    ["we don't use automatic discovery", null],
    ['自動検出は使っていません', null],
    ['no systems are managed over SNMP', 'no-snmp-systems'],
    ['we manage 6 HDX over SNMP', null],
    ['done on node A, node B still pending', 'one-node-done'],
    ['done on node A and node B', null],
  ] as const)('reader %j → %s', (msg, want) => {
    expect(sideStatementIn(msg)).toBe(want);
  });
});
