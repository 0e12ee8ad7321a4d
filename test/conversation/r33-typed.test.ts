import { questions, rendered, runIn, say } from './helpers';
import { withoutBlankFields } from '../../src/conversation/template-blanks';

/** QA round 24: typed messages left over (M2, M3, C1, C2, C4, M5). */

describe('M2: ticket templates with unknown / N/A / blank fields', () => {
  const cases: [string, 'en' | 'ja', string][] = [
    ['short, EN', 'en', 'Product: TMS\nVersion: unknown\nIssue: No HTTPS response'],
    ['symptom and SQL unknown, EN', 'en', 'Issue: No HTTPS response on all endpoints\nSQL: unknown'],
    ['long, EN', 'en', 'Customer: ACME Corp\nProduct: TMS\nVersion: N/A\nEndpoint version: unknown\nWindows: \nSQL: unknown\nIssue: all endpoints show No HTTPS response since last week'],
    ['short, JA', 'ja', '製品：TMS\nバージョン：不明\n事象：全端末でNo HTTPS response'],
  ];
  it.each(cases)('%s: not a "don\'t know", not "nothing changed": the first open question is asked', (_name, lang, msg) => {
    const r = runIn(lang, [msg]);
    const out = rendered(r);
    expect(out).not.toMatch(/keep the assumption|does not change my previous answer|仮定のまま|前の回答は変わりません/);
    expect(questions(r)).toContain('need-endpoint-version');
  });

  it('the symptom in the template is recorded (EN/JA)', () => {
    expect(say([], 'Issue: No HTTPS response on all endpoints\nSQL: unknown').state.facts.endpointsFail).toBe(true);
    const ja = runIn('ja', ['製品：TMS\nバージョン：不明\n事象：全端末でNo HTTPS response']);
    expect(ja.state.facts.endpointsFail).toBe(true);
  });

  it('negatives: a bare "SQL: unknown" after the SQL question is still "don\'t know"; filled fields are kept', () => {
    expect(withoutBlankFields('SQL: unknown')).toBeNull();
    expect(withoutBlankFields('Version: unknown\nSQL: N/A')).toBeNull();
    expect(withoutBlankFields('TMS: 15.9\nCE: 9.15')).toBeNull();
    expect(withoutBlankFields('TMS: 15.9\nSQL: unknown')).toBe('TMS: 15.9');
    expect(withoutBlankFields('Time: 10:30\nNote: TMS 15.9')).toBeNull();
    // A heading with an empty value is not a blank field (r30-advice F2's JA About page).
    expect(withoutBlankFields('TMSのバージョン情報画面：\nソフトウェア バージョン: 15.13.6\nライセンス: 不明')).toBe('TMSのバージョン情報画面：\nソフトウェア バージョン: 15.13.6');
    const r = runIn('en', ['TMS 15.9, CE 9.15, Windows 2016', 'unknown']);
    expect(r.state.facts.tms).toBeDefined();
  });
});

describe('M3: Get-Service and headerless reg query pasted in a conversation', () => {
  const setupEn = 'TMS 15.9, CE 9.15, Win 2016, SQL 2016 local';
  const setupJa = 'TMS15.9、CE9.15、Win2016、SQL2016ローカル';
  const table = 'Status   Name                      DisplayName\n------   ----                      -----------\nRunning  TMSDatabaseScannerService TMSDatabaseScannerService\nStopped  TMSPLCMDirectoryService   TMSPLCMDirectoryService\nStopped  TMSSnmpService            TMSSnmpService';
  const reg = 'C:\\> reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client"\n    DisabledByDefault    REG_DWORD    0x0\n    Enabled    REG_DWORD    0x1';

  it('Get-Service: start TMSPLCMDirectoryService; SNMP stopped tied to Medium-High; the level is asked (EN/JA)', () => {
    const en = rendered(runIn('en', [setupEn, `PS C:\\> Get-Service TMS*\n${table}`]));
    expect(en).not.toMatch(/could not find a version or a request/);
    expect(en).toMatch(/TMSPLCMDirectoryService is stopped: start it/);
    expect(en).toMatch(/TMSSnmpService stopped is what Medium-High does/);
    const jaR = runIn('ja', [setupJa, `こんな状態です\n${table}`]);
    const ja = rendered(jaR);
    expect(ja).toMatch(/TMSPLCMDirectoryService が停止しています/);
    expect(questions(jaR)).toContain('need-security-level');
  });

  it('reg query without its HKEY_LOCAL_MACHINE line: the keys are read (EN/JA)', () => {
    expect(rendered(runIn('en', [setupEn, reg]))).toMatch(/TLS 1\.2 registry keys are already right/);
    expect(rendered(runIn('ja', [setupJa, `こんな状態です\n${reg}`]))).toMatch(/TLS 1\.2 Client は有効です/);
  });
});

describe('C1: "port 443 open" is not told back as Telnet', () => {
  const ticket = 'Ticket 4567891: TMS 15.9, 15 endpoints on CE 9.15, 2 nodes, port 443 open, IP 10.15.9.1. No HTTPS response since 2026-11-30';
  it('EN/JA: no Telnet when nobody said Telnet; the port-open line is still given', () => {
    const en = rendered(runIn('en', [ticket]));
    expect(en).not.toMatch(/telnet/i);
    expect(en).toMatch(/Port 443 being open fits this problem/);
    const ja = rendered(runIn('ja', ['TMS 15.9、端末はCE 9.15、ファイアウォールは開いています']));
    expect(ja).not.toMatch(/telnet/i);
    expect(ja).toMatch(/ポート 443 が開いているのは、この問題と矛盾しません/);
  });
  it('negatives: Telnet said is still named (EN/JA)', () => {
    expect(rendered(runIn('en', ['TMS 15.9, CE 9.15, I can telnet to 443 fine']))).toMatch(/Telnet to port 443 working fits this problem/);
    expect(rendered(runIn('ja', ['TMS 15.9、CE 9.15、443にtelnetで接続できます']))).toMatch(/ポート 443 に telnet でつながるのは/);
  });
});

describe('item 4: "26011 isn\'t seen", "we don\'t think the codec accepts TLS 1.0"', () => {
  const sqlDown = /SQL Server is down|SQL Server cannot start encryption|SQL Server が停止しています|暗号化を開始できません/;
  it.each([
    ['en', "TMS 15.9, CE 9.15, SQL 2008 R2 local, 26011 isn't seen"],
    ['en', 'TMS 15.9, CE 9.15, SQL 2008 R2 local. Event 26011 isn’t in the log'],
    ['en', "TMS 15.9, CE 9.15, SQL 2008 R2 local, 26011 doesn't appear"],
    ['ja', 'TMS15.9、CE9.15、SQL2008R2ローカル、26011は見当たらない'],
    ['ja', 'TMS15.9、CE9.15、SQL2008R2ローカル、26011は確認できません'],
  ] as const)('%s %s: the event is absent, not a SQL outage', (lang, msg) => {
    expect(rendered(runIn(lang, [msg]))).not.toMatch(sqlDown);
  });
  it('negatives: the event seen is still an outage (EN/JA)', () => {
    expect(rendered(runIn('en', ["TMS 15.9, CE 9.15, SQL 2008 R2 local, we got 26011, SQL won't start"]))).toMatch(sqlDown);
    expect(rendered(runIn('ja', ['TMS15.9、CE9.15、SQL2008R2ローカル、26011が出ています']))).toMatch(sqlDown);
  });

  const disagree = /You see the endpoint accept TLS 1\.0|TLS 1\.0 を受け付けているとのことですが/;
  it('a doubt is not a report that the codec accepts TLS 1.0', () => {
    for (const m of ["we don't think the codec accepts TLS 1.0", 'I doubt the endpoint accepts TLS 1.0', 'we do not believe that the codec accepts TLS 1.0']) {
      expect(rendered(runIn('en', ['TMS 15.9, CE 9.15, win 2016', m]))).not.toMatch(disagree);
    }
  });
  it('negatives: a report is still one (EN/JA)', () => {
    expect(rendered(runIn('en', ['TMS 15.9, CE 9.15, win 2016', 'I think the codec accepts TLS 1.0']))).toMatch(disagree);
    expect(rendered(runIn('ja', ['TMS15.9、CE9.15、Win2016', 'コーデックがTLS1.0を受け付けてるけどCE9.15なのに？']))).toMatch(disagree);
  });
});

describe('item 5: C2, C4, M5', () => {
  it('C2: "Version: 15.9" under "Product: Cisco TMS" in a ticket is what the user typed, not TMS\'s About page', () => {
    const r = runIn('en', ['Customer: ACME\nProduct: Cisco TMS\nVersion: 15.9\nEndpoint: Room Kit\nEndpoint version: \nOS: Windows Server 2016\nSQL: N/A\nIssue: No HTTPS response after upgrade']);
    expect(rendered(r)).not.toMatch(/About page/);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(r.state.facts.tms?.raw).toBe('15.9');
    const ja = runIn('ja', ['製品：Cisco TMS\nバージョン：15.9\n事象：全端末でNo HTTPS response']);
    expect(rendered(ja)).not.toMatch(/About ページ/);
    expect(ja.state.facts.tms?.semver).toBe('15.9.0');
  });
  it('C2 negative: the About page itself is still read as the About page', () => {
    const r = runIn('en', ['About Cisco TelePresence Management Suite\nSoftware Version: 15.2.1']);
    expect(rendered(r)).toMatch(/About page/);
  });

  it('C4: the endpoint release is echoed as given ("CE 9.15", not "CE 9.15.0"); so is TMS (EN/JA)', () => {
    const en = rendered(runIn('en', ['TMS 15.9, CE 9.15', 'What if we downgrade to TC 7.3.3?']));
    expect(en).toMatch(/CE 9\.15(?![.\d])/);
    expect(en).not.toMatch(/9\.15\.0|15\.9\.0/);
    const ja = rendered(runIn('ja', ['TMS 15.9、CE 9.15', 'TC 7.3.3 にダウングレードしたら？']));
    expect(ja).not.toMatch(/9\.15\.0|15\.9\.0/);
  });

  it('M5: 「TMSは15,9で」 is TMS 15.9 (as the EN "TMS 15,9"); a count after a comma is not a version', () => {
    expect(runIn('ja', ['TMSは15,9で、エンドポイントはce9.15.3..です']).state.facts.tms?.semver).toBe('15.9.0');
    expect(runIn('en', ['TMS 15,9 and CE 9.15']).state.facts.tms?.semver).toBe('15.9.0');
    expect(runIn('ja', ['TMSは15、9台です']).state.facts.tms?.semver).not.toBe('15.9.0');
  });

  it('M5: "SQL Server 2016 on the box" is SQL on the TMS server; "not on the box" is not', () => {
    expect(runIn('en', ['TMS 15.9, CE 9.15, Windows Server 2008 R2 SP1, SQL Server 2016 on the box']).state.facts.sqlLocation).toBe('local');
    expect(runIn('en', ['TMS 15.9, CE 9.15, SQL Server 2016, not on the box']).state.facts.sqlLocation).toBe('remote');
    expect(runIn('en', ['TMS 15.9, CE 9.15, SQL Server 2016 on another box']).state.facts.sqlLocation).toBe('remote');
  });
});
