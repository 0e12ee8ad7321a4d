/**
 * QA round 4 leftover: "write the change request", 「変更申請を書いて」: the change, the server, the outage,
 * the risks, the rollback and the verification, from the conversation's facts.
 */
import { say } from './helpers';

const EN_HDX = 'TMS 15.2.1, TC7.3.6 endpoints and a Polycom HDX, No HTTPS response, level Medium, Windows 2012 R2, SQL 2017 remote';

describe('"write the change request": what, where, outage, risks, rollback, verification', () => {
  it('EN, 2012 R2 with a Polycom HDX: a check, no reboot unless keys change, the HDX named', () => {
    const { text } = say([`${EN_HDX}`], 'can you write the change request');
    expect(text).toMatch(/^Change request/);
    expect(text).toMatch(/Change: on the TMS server \(TMS 15\.2\.1, Windows Server 2012 R2\).*check the Schannel keys for TLS 1\.2.*from Medium to Medium-High/);
    expect(text).toMatch(/Where: the TMS server only; with a redundant TMS, both nodes/);
    expect(text).toMatch(/Outage: .*no reboot unless Schannel keys had to be created or changed/);
    expect(text).toMatch(/Risks: Telnet and SNMP go off at Medium-High: Polycom HDX, if TMS manages it over Telnet or SNMP/);
    expect(text).toMatch(/Rollback: in TMS Tools set Communication Security back to Medium/);
    expect(text).toMatch(/Verification: .*TLS 1\.2 \(0x0303\).*the TMS services are running/);
    expect(text).not.toMatch(/Summary for a report/);
  });
  it('JA, 2008 R2 with SQL 2008 R2 on the server: keys created, one reboot, TLS 1.0 kept for SQL', () => {
    const { text } = say(['TMS15.2.1、TC7.3.6、レベルMedium、Windows 2008 R2、SQL 2008 R2 SP2 ローカル'], '変更申請を書いて');
    expect(text).toMatch(/^変更申請/);
    expect(text).toMatch(/Schannel に TLS 1\.2 のキーを作成/);
    expect(text).toMatch(/TMS サーバの再起動が 1 回/);
    expect(text).toMatch(/リスク：.*TLS 1\.0 は有効のままにする必要があります/);
    expect(text).toMatch(/切り戻し：/);
    expect(text).toMatch(/確認方法：.*SQL Server が動いていること/);
  });
  it('TMS before 15: the upgrade is the change, with its own rollback', () => {
    const { text } = say(['TMS 14.6.2, TC7.3.6, Windows 2012 R2, SQL 2017 remote'], 'write the change request');
    expect(text).toMatch(/Change: upgrade TMS 14\.6\.2 to TMS 15\.x/);
    expect(text).toMatch(/Rollback of the TMS upgrade: plan it with the upgrade/);
  });
  it('the manager question keeps the report summary', () => {
    expect(say(['TMS15.2.1、TC7.3.6、レベルMedium、Windows 2012 R2、SQL 2017'], '上司にどう報告すればいいですか').text).toMatch(/^報告用のまとめ/);
  });
});
