/**
 * QA round 20 (helper R21D): follow-up questions about redundancy, Telnet devices, SQL upgrades, MCU.
 * #5 "node 2 too?", 「2台目は？」 get the both-nodes answer; "can we skip the passive node?" a clear no.
 * #6 "managed via telnet" is recorded; "what happens to them?", "can we keep them?" are answered for those systems.
 * #7 "how long does the SP4 upgrade take?": the SQL upgrade, not the TLS fix's duration.
 * #10a the IIS Crypto answer at Medium-High does not name Medium-High as the step still to do.
 * #10b the Best Practices warning names the SQL known (or none when SQL is remote).
 * #10c TMS 14.x: the Telnet/SNMP caveat applies after the upgrade to 15.x.
 */
import { last, rendered, runIn, talk } from './helpers';

const NOT_UNDERSTOOD = /I don't know that one|その質問にはお答えできません/;

describe('#5 redundancy follow-ups', () => {
  const R = ['we have 2 TMS nodes (redundant), tms 15.12, win 2012 r2, sql 2016 remote', 'endpoints are mix of tc7.3.3 and ce9.15'];
  it.each(['do i need to do it on node 2 too?', 'node2 as well?', 'what about the second node?'])('%s: yes, both nodes', (q) => {
    const out = rendered(last(talk(...R, q)));
    expect(out).not.toMatch(NOT_UNDERSTOOD);
    expect(out).toMatch(/Yes\. With two TMS nodes/);
    expect(out).toMatch(/failover/);
  });
  it.each(['node 2 is passive, can we skip it?', 'can we leave the passive one as is?', 'is it enough to do only the active node?'])('%s: no, not the passive node', (q) => {
    const out = rendered(last(talk(...R, q)));
    expect(out).toMatch(/^No, do not skip the passive node/m);
    expect(out).toMatch(/failover/);
    expect(out).not.toMatch(/^Yes\./m);
  });
  it.each([
    ['TMS冗長構成（2台）です。TMS 15.12、CE 9.15、SQL2016リモート、Win2016', '2台目もやる必要ある？'],
    ['TMS 15.9、CE 9.15、Win2012R2、SQL2016リモート', '2台目は？'],
  ])('JA %s / %s: yes, both nodes', (a, q) => {
    const out = rendered(runIn('ja', [a, q]));
    expect(out).not.toMatch(NOT_UNDERSTOOD);
    expect(out).toMatch(/はい。TMS が 2 ノード構成なら/);
  });
  it('JA 待機系はやらなくていい？: no', () => {
    const out = rendered(runIn('ja', ['TMS冗長構成（2台）です。TMS 15.12、CE 9.15、SQL2016リモート、Win2016', '待機系はやらなくていい？']));
    expect(out).toMatch(/いいえ、待機系も省かないでください/);
  });
  it('a second codec is not a second node', () => {
    const out = rendered(runIn('ja', ['TMS 15.9、CE 9.15、Win2012R2、SQL2016リモート', 'コーデックの2台目は？']));
    expect(out).not.toMatch(/2 ノード構成/);
  });
});

describe('#6 Telnet-managed systems', () => {
  const T = ['tms 15.9, ce 9.15, win2012r2, sql 2012 sp4 local', 'we still have 4 MXP 6000 and a polycom hdx 8000 managed via telnet'];
  it('"managed via telnet" is recorded and no longer asked to check', () => {
    const r = last(talk(...T));
    expect(r.state.facts.telnetVia).toBe('telnet');
    const out = rendered(r);
    expect(out).toMatch(/You said TMS manages Tandberg MXP and Polycom HDX over Telnet/);
    expect(out).not.toMatch(/check how TMS manages them/);
  });
  it('"what happens to them?": the security violation and the ticket', () => {
    const out = rendered(last(talk(...T, 'what happens to them?')));
    expect(out).not.toMatch(NOT_UNDERSTOOD);
    expect(out).toMatch(/Security violation: Telnet communication is not allowed/);
    expect(out).toMatch(/TMS Connection Error/);
  });
  it('"can we keep them?": not over Telnet at Medium-High; the choices', () => {
    const out = rendered(last(talk(...T, 'can we keep them?')));
    expect(out).not.toMatch(NOT_UNDERSTOOD);
    expect(out).toMatch(/Not managed by TMS over Telnet, no/);
    expect(out).toMatch(/I know of no setting that keeps them on/);
    expect(out).toMatch(/replace it, manage it another way, or accept/);
  });
  it('"anything else?" gets the whole change, naming the Telnet systems', () => {
    const out = rendered(last(talk(...T, 'ok, go ahead then. anything else?')));
    expect(out).not.toMatch(NOT_UNDERSTOOD);
    expect(out).toMatch(/Tandberg MXP, Polycom HDX you said TMS manages over Telnet/);
  });
  it('JA: Telnet で管理 recorded; 残せますか？ answered', () => {
    const setup = ['TMS 15.9、CE 9.15、Win2012R2、SQL2012 SP4同居', 'MXPが4台とHDXが1台あって、Telnetで管理してます'];
    expect(runIn('ja', setup).state.facts.telnetVia).toBe('telnet');
    const out = rendered(runIn('ja', [...setup, '残せますか？']));
    expect(out).toMatch(/Telnet での TMS による管理は続けられません/);
    const what = rendered(runIn('ja', [...setup, 'それらはどうなる？']));
    expect(what).toMatch(/Security violation: Telnet communication is not allowed/);
  });
  it.each(['the HDX is not managed over telnet', 'are they managed over telnet?', 'we have an HDX'])('%s: no telnetVia', (m) => {
    expect(last(talk('tms 15.9, ce 9.15', m)).state.facts.telnetVia).toBeUndefined();
  });
  it('"what happens to them?" without Telnet systems in the conversation is not this answer', () => {
    const out = rendered(last(talk('tms 15.9, ce 9.15, win2012r2, sql 2016 remote', 'what happens to them?')));
    expect(out).not.toMatch(/What happens to Telnet\/SNMP systems/);
  });
});

describe('#7 the SQL service-pack upgrade\'s duration', () => {
  it('EN: no duration, its own window, backup, before the TLS change', () => {
    const out = rendered(last(talk('tms 15.9 ce 9.15 sql 2012 sp1 local win2016', 'how long does the SP4 upgrade take?')));
    expect(out).toMatch(/cannot give you a duration for the SQL Server service-pack upgrade/);
    expect(out).toMatch(/own window/);
    expect(out).toMatch(/back up the TMS databases/);
    expect(out).toMatch(/before the TLS change/);
    expect(out).not.toMatch(/short TMS interruption/);
  });
  it('JA: SP4に上げるのにどれくらいかかる？', () => {
    const out = rendered(runIn('ja', ['TMS 15.9 CE9.15 です', 'SQLは2012のSP1です。同じサーバ', 'SP4に上げるのにどれくらいかかる？']));
    expect(out).toMatch(/サービス パック適用にかかる時間はお答えできません/);
  });
  it('"how long will it take?" with SQL 2012 SP1 local names the SQL upgrade first', () => {
    const out = rendered(last(talk('tms 15.9 ce 9.15 sql 2012 sp1 local win2016', 'how long will it take?')));
    expect(out).toMatch(/Before all this, SQL Server 2012 SP1 needs its service-pack upgrade/);
  });
});

describe('#10 IIS Crypto and MCU answers fit the facts', () => {
  it('a: already at Medium-High, IIS Crypto does not call Medium-High the step still to do', () => {
    const out = rendered(last(talk('TMS 15.9 ce 9.15 sql 2008 r2 local win 2012 r2, level already Medium-High', 'still no https response', 'what if we use IIS Crypto best practices?')));
    expect(out).not.toMatch(/is still the step that fixes it/);
    expect(out).toMatch(/already at Medium-High, so TMS Tools has nothing left to change/);
  });
  it('b: Best Practices names SQL 2012 SP1 on the server', () => {
    const out = rendered(last(talk('TMS 15.13, CE 9.15, sql 2012 sp1 local, win 2012r2')));
    expect(out).toMatch(/"Best Practices" template[^\n]*SQL Server 2012 SP1 on this server must not meet before it is on a build with TLS 1.2 support/);
    expect(out).not.toMatch(/would stop a SQL Server 2008 R2/);
  });
  it('b: SQL remote: no SQL in the Best Practices sentence', () => {
    const out = rendered(last(talk('TMS 15.13, CE 9.15, sql 2012 sp1 remote, win 2012r2')));
    expect(out).toMatch(/"Best Practices" template as part of this fix: it disables SSL 3\.0 and TLS 1\.0, a hardening change of its own/);
  });
  it('c: TMS 14.6, "what about the MCU?": after the upgrade to 15.x', () => {
    const out = rendered(last(talk('no https response on 3 sites, tms 14.6', 'codecs are SX20 on tc7.3.6', 'what about the MCU?')));
    expect(out).toMatch(/With TMS 14\.6 \(before 15\) this does not apply yet/);
    const ja = rendered(runIn('ja', ['3拠点でNo HTTPS response、TMS 14.6', 'SX20でTC7.3.6', 'MCUはどうなる？']));
    expect(ja).toMatch(/15 より前）では、これはまだ当てはまりません/);
  });
});
