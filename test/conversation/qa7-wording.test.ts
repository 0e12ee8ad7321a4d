/**
 * QA round 7 (#10 and smaller items): "what does Medium-High change?" carries the Telnet/SNMP caveat
 * it points to; the steps say "read the caveat first" (no "below": in Slack it is above the steps);
 * the JA restart step names what to restart; "do I need to reboot?" says its condition once.
 */
import { last, rendered, talk } from './helpers';

const EN = 'TMS 15.2.1, CE 9.15.3, Windows Server 2012 R2, SQL 2016 on another server, level Medium';
const JA = 'TMS 15.2.1、CE 9.15.3、Windows Server 2012 R2、SQL 2016 は別サーバ、レベルは Medium';

describe('#10 what Medium-High changes: the caveat it refers to is in the answer', () => {
  it('EN, with the HDX a colleague mentioned', () => {
    const out = rendered(last(talk(EN, 'fwiw the Polycom HDX units are managed over SNMP', 'what does *Medium-High* change?')));
    expect(out).toContain('read the Telnet/SNMP caveat first');
    expect(out).not.toMatch(/caveat below/);
    expect(out).toMatch(/Medium-High turns Telnet and SNMP off/);
    expect(out).toMatch(/disables Telnet and SNMP in TMS/);
    // (said managed over SNMP: named with how TMS manages it, QA round 20 #6)
    expect(out).toMatch(/You said TMS manages Polycom HDX over SNMP/);
  });
  it('JA', () => {
    const out = rendered(last(talk(JA, 'Medium-High にすると何が変わりますか？')));
    expect(out).not.toContain('後述の');
    expect(out).toContain('Medium-High にすると Telnet と SNMP が無効になります');
    expect(out).toMatch(/Telnet と SNMP が無効になります。`TMSSNMPService` が停止/);
  });
  it('not at Medium-High already: no caveat for a change that does not happen', () => {
    const out = rendered(last(talk(EN.replace('level Medium', 'level Medium-High'), 'what does Medium-High change?')));
    expect(out).not.toMatch(/disables Telnet and SNMP in TMS/);
  });
});

describe('smaller: the restart step and the reboot answer', () => {
  it('JA step "restart IIS and the TMS services" names them, not the server', () => {
    const out = rendered(last(talk(JA)));
    expect(out).toContain('再起動していない場合は、ここで IIS と TMS サービスを再起動してください');
    expect(out).not.toContain('再起動していない場合は、ここで再起動してください');
  });
  it.each([
    [EN, 'do I need to reboot?', /Only if you had to create or change the Schannel keys/, /Reboot only if checking the TLS 1\.2 keys/],
    [JA, '再起動は必要ですか？', /Schannel のキーを作成・変更した場合だけ必要です/, /再起動が必要なのは、TLS 1\.2 のキーを確認した結果/],
  ])('%j + %j says when a reboot is needed once', (setup, q, verdict, restated) => {
    const out = rendered(last(talk(setup, q)));
    expect(out).toMatch(verdict);
    expect(out).not.toMatch(restated);
    expect(out).toMatch(/do not reboot|再起動しないでください/);
  });
});

describe('#9 thanks with a few words after it closes the turn', () => {
  it.each([
    [EN, 'thanks *bold* @here @U123 click <tag>', /You are welcome/],
    [EN, 'thanks team', /You are welcome/],
    [JA, 'ありがとうございます 助かりました', /どういたしまして/],
  ])('%j + %j', (setup, msg, welcome) => {
    const out = rendered(last(talk(setup, msg)));
    expect(out).toMatch(welcome);
    expect(out).not.toMatch(/could not find a version|読み取れませんでした/);
  });
  it.each([
    [EN, 'thanks but it still fails'],
    [JA, 'ありがとう でもまだ直りません'],
  ])('%j + %j is not thanks', (setup, msg) => {
    expect(rendered(last(talk(setup, msg)))).not.toMatch(/You are welcome|どういたしまして/);
  });
});
