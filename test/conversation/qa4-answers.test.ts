/**
 * QA round 4 (#9, #10, #11, #12, #15): questions asked during and after an incident get a direct
 * answer from the conversation's facts, in English and Japanese, instead of "I don't know" or an
 * answer to another question.
 */
import { CATALOGUE, findEntry, findStatementEntry } from '../../src/conversation/catalogue';
import { say } from './helpers';
import { jaStyleProblems } from '../../src/domain/ja-style';

const SA = 'TMS 15.2.1, CE 9.15, SQL 2016 remote, Windows 2019';
const SA_JA = 'TMS 15.2.1、CE 9.15、SQL 2016 別サーバ、Windows 2019';
const S14 = 'TMS 14.6.2, Windows 2012 R2, CE 9.1';
const S14_JA = 'TMS 14.6.2、Windows 2012 R2、CE 9.1';
const SB = 'TMS 15.10 on Windows 2008 R2, SQL 2008 R2 SP2 local, TC7.3.6';
const SB_JA = 'TMS 15.10、Windows 2008 R2、SQL 2008 R2 SP2 同居、TC7.3.6';
const W2008 = 'TMS 15.10 on Windows Server 2008 (not R2) SP2, TC7.3.7, SQL 2008 local';
const W2008_JA = 'TMS 15.10、Windows Server 2008 SP2（R2ではない）、SQL 2008 同居、TC7.3.7';
const IDK = /I don't know that one|could not find a version or a request|お答えできません|読み取れませんでした/;

describe('recognisers (QA round 4)', () => {
  it.each([
    ['is this a security vulnerability?', 'security-impact'],
    ['does this weaken security', 'security-impact'],
    ['why is TLS 1.0 bad', 'security-impact'],
    ['これは脆弱性ですか', 'security-impact'],
    ['セキュリティ的に弱くなりませんか', 'security-impact'],
    ['TLS1.0はなぜダメなんですか', 'security-impact'],
    ['what is CSCuz71542', 'bug-id-meaning'],
    ['CSCuz71542って何ですか', 'bug-id-meaning'],
    ['is upgrading TMS the only option', 'options'],
    ['what are our options', 'options'],
    ['when will we be able to fix it properly', 'options'],
    ['TMSをアップグレードするしかないですか', 'options'],
    ['いつ直せますか', 'options'],
    ['can we set Medium-High', 'set-medium-high'],
    ['Medium-Highにできますか', 'set-medium-high'],
    ['what do I need to install first', 'install-first'],
    ['先に何を入れればいいですか', 'install-first'],
    ['what should I tell the customer', 'report-summary'],
    ['what do I tell my manager', 'report-summary'],
    ['お客様にどう説明すればよいでしょうか', 'report-summary'],
    ['上司にどう報告すればいいですか', 'report-summary'],
  ])('%s → %s', (q, id) => {
    expect(findEntry(q)?.id).toBe(id);
  });
  it.each([
    ['give me a summary for the incident report', 'report-summary'],
    ['障害報告書用にまとめてください', 'report-summary'],
  ])('statement %s → %s', (q, id) => {
    expect(findStatementEntry(q)?.id).toBe(id);
  });
  it('questions answered before keep their entries', () => {
    expect(findEntry('is known bug?')?.id).toBe('known-bug');
    expect(findEntry('can we switch to Medium-High without a reboot?')?.id).toBe('reboot-needed');
    expect(findEntry('can we fix it without upgrading TMS?')?.id).toBe('without-tms-upgrade');
    expect(findEntry('is there any other way than Medium-High?')?.id).toBe('other-way');
    expect(findEntry('TMS のセキュリティ設定はどこですか')?.id).not.toBe('security-impact');
  });
  it('the new entries sit before without-tms-upgrade', () => {
    const ids = CATALOGUE.map((e) => e.id);
    const at = ids.indexOf('without-tms-upgrade');
    for (const id of ['security-impact', 'bug-id-meaning', 'set-medium-high', 'options', 'install-first', 'report-summary']) expect(ids.indexOf(id)).toBeLessThan(at);
  });
});

describe('#9 security officer', () => {
  it('EN: no, it strengthens; TLS 1.1 keys left out; TLS 1.0 not turned off; Telnet/SNMP', () => {
    const { text } = say([SA], 'is this a security vulnerability?');
    expect(text).toMatch(/^Security: TLS 1\.0 and what the fix changes\nNo, it goes the other way/);
    expect(text).toContain('Leave the TLS 1.1 keys of the original document out');
    expect(text).toContain('does not turn TLS 1.0 off');
    expect(text).toContain('RFC 8996');
    expect(text).toMatch(/Telnet and SNMP off/);
    expect(text).not.toMatch(IDK);
  });
  it('"why is TLS 1.0 bad" leads with the deprecation, not the root cause', () => {
    const { text } = say([SA], 'why is TLS 1.0 bad');
    expect(text.split('\n')[1]).toMatch(/^TLS 1\.0 \(and TLS 1\.1\) are deprecated: RFC 8996/);
    expect(text).not.toContain('Why the endpoints show');
    const ja = say([SA_JA], 'TLS1.0はなぜダメなんですか').text;
    expect(ja.split('\n')[1]).toMatch(/^TLS 1\.0（と TLS 1\.1）は非推奨です/);
  });
  it('JA: 脆弱性 / 弱くなりませんか are answered', () => {
    for (const q of ['これは脆弱性ですか', 'セキュリティ的に弱くなりませんか']) {
      const { text } = say([SA_JA], q);
      expect(text).toContain('いいえ、むしろ逆です');
      expect(text).toContain('TLS 1.1 のキーは省いてください');
      expect(text).not.toMatch(IDK);
    }
  });
  it('SQL 2008 R2 on the TMS server: TLS 1.0 must stay on; TMS 14: no fix on TMS, the downgrade re-enables TLS 1.0', () => {
    expect(say([SB], 'does this weaken security?').text).toContain('with SQL Server 2008 R2 SP2 on the TMS server TLS 1.0 must stay on');
    const pre = say([S14], 'does this weaken security?').text;
    expect(pre).toContain('there is no fix on TMS itself');
    expect(pre).toContain('makes them accept TLS 1.0 again');
    expect(pre).not.toContain('No, it goes the other way');
  });
});

describe('#10 what CSCuz71542 is', () => {
  it('TMS 15: says what it is and that it is not this case (EN/JA)', () => {
    const { text } = say([SA], 'what is CSCuz71542');
    expect(text).toContain('CSCuz71542 is the Cisco bug for this problem on TMS before 15 (filed against TMS 14.6.x)');
    expect(text).toContain('It is not your case: TMS 15.2.1');
    expect(text).not.toContain('with no bug ID');
    const ja = say([SA_JA], 'CSCuz71542って何ですか').text;
    expect(ja).toContain('CSCuz71542 は、TMS 15 より前のリリースでこの問題を扱う Cisco のバグです');
    expect(ja).toContain('お使いの TMS 15.2.1 には当てはまりません');
  });
  it('TMS 14: it is this case', () => {
    expect(say([S14], 'what is CSCuz71542?').text).toContain('It is your case: TMS 14.6.2 is before 15.');
  });
});

describe('#11 TMS 14.x options', () => {
  it('"is upgrading TMS the only option": yes for a fix, plus the stopgap', () => {
    const { text } = say([S14], 'is upgrading TMS the only option');
    expect(text).toContain('For a real fix, yes: upgrading TMS to 15.x is the only one.');
    expect(text).toContain('go back to TC 7.3.3');
    expect(text).not.toMatch(IDK);
  });
  it('"what are our options" / JA: the two options, the upgrade first', () => {
    expect(say([S14], 'what are our options').text).toContain('On TMS 14.6.2 (before 15) there are two options, and only the first is a fix');
    const ja = say([S14_JA], 'TMSをアップグレードするしかないですか').text;
    expect(ja).toContain('恒久的な解決策としては、はい');
    expect(ja).toContain('TMS を 15.x にアップグレードし');
  });
  it('"when will we be able to fix it properly" / 「いつ直せますか」: not before 15.x; on TMS 15, as soon as there is a window', () => {
    expect(say([S14], 'when will we be able to fix it properly').text).toMatch(/Not before TMS runs 15\.x/);
    expect(say([S14_JA], 'いつ直せますか').text).toContain('TMS が 15.x になるまでは直せません');
    const now = say([SA], 'when can we fix it properly?').text;
    expect(now).toContain('As soon as you have a window: TMS 15.2.1 needs no upgrade');
    expect(now).not.toContain('Not before TMS runs 15.x');
  });
  it('"can we set Medium-High" on 14.x does not lead with the TMS 15 step', () => {
    const { text } = say([S14], 'can we set Medium-High');
    expect(text).toMatch(/^Can we set Medium-High\?\nNot on TMS 14\.6\.2/);
    expect(text).not.toContain('Set Communication Security to Medium-High in TMS Tools');
    expect(say([S14_JA], 'Medium-Highにできますか').text).toContain('TMS 14.6.2 ではできません');
  });
  it('"can we set Medium-High" on TMS 15: yes, with the Telnet/SNMP caveat; the level is not recorded', () => {
    const { text, state } = say([SA], 'can we set Medium-High?');
    expect(text).toContain('Yes: TMS 15.2.1 has the setting, and Medium-High is the fix.');
    expect(text).toMatch(/Telnet/);
    expect(state.facts.level).toBeUndefined();
  });
});

describe('#12 Windows Server 2008 (not R2): what to install first', () => {
  it('EN: KB4019276 first; SQL 2008 keeps TLS 1.0, TLS 1.2 from 2008 SP4 10.0.6547.0', () => {
    const { text } = say([W2008], 'what do I need to install first');
    expect(text).toContain("Microsoft's update KB4019276, before anything else");
    expect(text).toContain('2008 SP4 10.0.6547.0');
    expect(text).toContain('TLS 1.0 must stay on');
    expect(text).not.toMatch(IDK);
  });
  it('JA: KB4019276', () => {
    const { text } = say([W2008_JA], '先に何を入れればいいですか');
    expect(text).toContain('KB4019276 を適用してください');
    expect(text).toContain('2008 SP4 10.0.6547.0');
  });
  it('Windows 2019 with SQL 2016 remote: nothing to install', () => {
    const { text } = say([SA], 'what do we need to install first?');
    expect(text).toContain('Windows Server 2019: nothing to install, TLS 1.2 is built in');
    expect(text).not.toContain('KB4019276 before anything else');
  });
});

describe('#15 a summary for the customer, the manager or the incident report', () => {
  it.each(['what should I tell the customer', 'what do I tell my manager', 'give me a summary for the incident report'])('EN %s: cause / fix / impact / risks / unknowns', (q) => {
    const { text } = say([SB], q);
    expect(text).toMatch(/• Cause: the endpoints were upgraded to TC 7\.3\.6/);
    expect(text).toMatch(/• Fix, on the TMS server only: make TLS 1\.2 available in Schannel \(required on Windows Server 2008 R2, with one reboot\)/);
    expect(text).toMatch(/• Impact: /);
    expect(text).toMatch(/• Risks: Telnet and SNMP go off at Medium-High.*SQL Server 2008 R2 SP2 needs TLS 1\.0 to stay on/);
    expect(text).toContain('• Not known yet: Communication Security level.');
    expect(text).not.toMatch(IDK);
  });
  it.each(['お客様にどう説明すればよいでしょうか', '上司にどう報告すればいいですか', '障害報告書用にまとめてください'])('JA %s', (q) => {
    const { text } = say([SB_JA], q);
    expect(text).toContain('・原因：エンドポイントが TC 7.3.6 にアップグレードされ');
    expect(text).toContain('TMS サーバ上の SQL Server 2008 R2 SP2 のために TLS 1.0 は有効のままにする必要があります');
    expect(text).not.toMatch(IDK);
  });
  it('TMS 14: the fix is the upgrade; nothing known: a likely cause and the unknowns listed', () => {
    const pre = say([S14], 'what do I tell my manager?').text;
    expect(pre).toContain('• Fix: upgrade TMS to 15.x');
    expect(pre).toContain('Cisco bug CSCuz71542');
    const none = say(['endpoints show No HTTPS response after the upgrade'], 'what should I tell the customer?').text;
    expect(none).toContain('• Likely cause (to confirm with the endpoint software version)');
    expect(none).toContain('Not known yet: TMS version, endpoint software, Windows Server release, SQL Server version and where it runs, Communication Security level.');
  });
});

describe('Japanese style of the new answers', () => {
  it.each([
    [SA_JA, 'これは脆弱性ですか'],
    [SA_JA, 'TLS1.0はなぜダメなんですか'],
    [SA_JA, 'CSCuz71542って何ですか'],
    [S14_JA, 'TMSをアップグレードするしかないですか'],
    [S14_JA, 'いつ直せますか'],
    [SA_JA, 'いつ直せますか'],
    [S14_JA, 'Medium-Highにできますか'],
    [SA_JA, 'Medium-Highにできますか'],
    [W2008_JA, '先に何を入れればいいですか'],
    [SB_JA, '障害報告書用にまとめてください'],
    [S14_JA, '上司にどう報告すればいいですか'],
  ])('%s / %s', (setup, q) => {
    const { text } = say([setup], q);
    for (const line of text.split('\n')) expect(jaStyleProblems(line)).toEqual([]);
  });
});
