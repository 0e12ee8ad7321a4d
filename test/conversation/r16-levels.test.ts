/**
 * QA round 16 #2, #5, #12: where a level name is not the level set, and where it is.
 * - #2 a wish ("We'd like to set Medium-High", 「Medium-Highにしたいのですが」, "Thinking about switching to Medium-High")
 *   is no level: Medium is assumed, and the fix keeps its Medium-High step and the Telnet/SNMP caveat.
 * - #5 a ticket's Priority/Severity field ("Priority: Medium-High", 「優先度: Medium」) is no level.
 * - #12 a level with an aside ("Low (someone set it years ago)") and a level in a note-style report ("Did the fix
 *   yesterday (TMS 15.9, Medium -> Medium-High, …)") are the level.
 */
import { findings, last, rendered, runIn, talk } from './helpers';
import { classifyClause } from '../../src/domain/understand/clauses';
import { extractFacts } from '../../src/domain/extract';

describe('#2 a wish or plan about Medium-High records no level', () => {
  it.each([
    'TMS 15.0, DX80 ce9.15.0, Windows 2016, SQL remote. We\'d like to set Medium-High but heard Telnet will stop working.',
    'TMS 15.9, CE9.15.3, Win2016, SQL remote. Thinking about switching to Medium-High',
    'TMS 15.9, CE9.15.3, Win2016, SQL remote. We would like to move to Medium-High.',
    'TMS 15.9, CE9.15.3, Win2016, SQL remote. We are hoping to switch to Medium-High next month.',
  ])('%s', (msg) => {
    const r = last(talk(msg));
    expect(r.state.facts.level).toBeUndefined();
    expect(findings(r)).toContain('tms-tools-medium-high');
    expect(findings(r)).not.toContain('already-medium-high');
    const out = rendered(r);
    expect(out).toMatch(/level Medium \(assumed\)/);
    expect(out).toMatch(/from Medium to Medium-High/);
  });

  it.each([
    'TMS 15.0、DX80 ce9.15.0、Windows 2016、SQL別サーバ。通信セキュリティはMedium-Highにしたいのですが、Telnetが使えなくなると聞きました。',
    'TMS 15.0、DX80 ce9.15.0、Windows 2016、SQL別サーバ。Medium-Highにしたいです。',
    'TMS 15.0、DX80 ce9.15.0、Windows 2016、SQL別サーバ。Medium-High に上げたいと思っています。',
  ])('JA %s', (msg) => {
    const r = runIn('ja', [msg]);
    expect(r.state.facts.level).toBeUndefined();
    expect(findings(r)).toContain('tms-tools-medium-high');
    const out = rendered(r);
    expect(out).toMatch(/レベル Medium（仮定）/);
    expect(out).not.toMatch(/すでに Medium-High なので/);
  });

  it.each([
    ['We set Medium-High yesterday.', 'medium-high'],
    ['Communication Security is Medium-High.', 'medium-high'],
    ['Medium-High にしています。', 'medium-high'],
    ['Medium-High にしました。', 'medium-high'],
    ['上司は Medium-High にしたいと言っていますが、今は Medium です。', 'medium'],
  ])('a level said set still counts: %s', (msg, level) => {
    expect(extractFacts(msg).facts.level).toBe(level);
  });

  it("a wish about something else keeps the facts: \"I'd like to know why TMS 15.2 at Medium fails\"", () => {
    const f = extractFacts("I'd like to know why TMS 15.2 at Medium fails").facts;
    expect(f.tms?.raw).toBe('15.2');
    expect(f.level).toBe('medium');
  });
});

describe('#5 a ticket Priority/Severity field is not the level', () => {
  it.each([
    'Priority: Medium-High\nTMS 15.9, Room Kit CE 9.15.3, Windows Server 2019, SQL 2017 on TMS server. No HTTPS response',
    'Case 694512345 | Priority: High | Severity: Medium\nProduct: Cisco TMS 15.9\nEndpoints: Room Kit CE 9.15.3\nServer: Windows Server 2019, SQL 2017 on TMS server\nProblem: No HTTPS response',
    'Severity level: Medium-High. TMS 15.9, Room Kit CE 9.15.3, Windows Server 2019, SQL 2017 on TMS server.',
    'Medium priority ticket: TMS 15.9, Room Kit CE 9.15.3, Windows Server 2019, SQL 2017 on TMS server.',
  ])('%s', (msg) => {
    const r = last(talk(msg));
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).toMatch(/level Medium \(assumed\)/);
    expect(findings(r)).toContain('tms-tools-medium-high');
  });

  it('JA 優先度: Medium', () => {
    const r = runIn('ja', ['ケース番号: 694512345 / 重要度: 高 / 優先度: Medium\n製品: TMS 15.9、Room Kit CE 9.15.3、Windows Server 2019、SQL 2017 同居']);
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).toMatch(/レベル Medium（仮定）/);
  });

  it.each([
    ['Priority: High. Communication Security: Medium-High', 'medium-high'],
    ['Severity 2, security level is Medium', 'medium'],
    ['優先度は高、レベルは Medium-High です', 'medium-high'],
    ['TMS is at Medium-High (priority: urgent)', 'medium-high'],
  ])('the level beside a ticket field still counts: %s', (msg, level) => {
    expect(extractFacts(msg).facts.level).toBe(level);
  });
});

describe('#12 a level with an aside, or in a note-style report, is the level', () => {
  it('"security level is Low (someone set it years ago)": Low, named in the Telnet caveat', () => {
    const r = last(talk('TMS 15.0.1, security level is Low (someone set it years ago), Win 2008 R2, SQL 2008R2 SP3 10.50.6000.34 local, codecs TC7.3.16'));
    expect(r.state.facts.level).toBe('low');
    expect(rendered(r)).toMatch(/from Low to Medium-High/);
  });

  it.each([
    ['security level is High (set by the previous admin)', 'high'],
    ['the level is Low - nobody remembers why', 'low'],
  ])('%s', (msg, level) => {
    expect(extractFacts(msg).facts.level).toBe(level);
  });

  it('"Did the fix yesterday (TMS 15.9, Medium -> Medium-High, Win2016, no keys changed)": Medium-High, no keys changed', () => {
    const r = last(
      talk(
        "Did the fix yesterday (TMS 15.9, Medium -> Medium-High, Win2016, no keys changed). Room Kits are green now but 3 old MXP 1700s show 'Security violation: Telnet communication is not allowed' and there's a TMS Connection Error ticket. Also TMSSnmpService is stopped.",
      ),
    );
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tms?.raw).toBe('15.9');
    expect(r.state.facts.tlsClaims?.keysChanged).toBeUndefined();
  });

  it.each([
    ['Did the fix yesterday (TMS 15.9', 'stated'],
    ['Did the change last night, still failing', 'stated'],
    ['Did the fix yesterday work', 'asked'],
    ['Did the reboot help', 'asked'],
    ['Did the fixes work', 'asked'],
  ])('%s → %s', (clause, mode) => {
    expect(classifyClause(clause)).toBe(mode);
  });
});
