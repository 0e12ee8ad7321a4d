/**
 * Answers to the Telnet/SNMP caveat (QA round 19 #13): "we have no Telnet or SNMP managed devices",
 * 「Telnetで管理してる機器はないです」 are acknowledged with what still follows (not "I could not find a version"),
 * and a line is only as wide as what the user ruled out.
 */
import { sideStatementIn } from '../../src/domain/understand/side-statement';
import { rendered, runIn } from './helpers';

describe('no systems managed over Telnet / SNMP', () => {
  it.each([
    ['we have no Telnet or SNMP managed devices', 'no-telnet-snmp-systems'],
    ['no telnet/snmp-managed systems', 'no-telnet-snmp-systems'],
    ['Telnet や SNMP で管理している機器はありません', 'no-telnet-snmp-systems'],
    ['nothing is managed over Telnet', 'no-telnet-systems'],
    ['Telnetで管理してる機器はないです', 'no-telnet-systems'],
    ['we do not use telnet, no SNMP systems either', 'no-snmp-systems'],
    ['no systems are managed over SNMP', 'no-snmp-systems'],
  ])('%s: %s', (text, kind) => {
    expect(sideStatementIn(text)).toBe(kind);
  });

  it.each(['Telnet is disabled on the codecs', 'we use telnet to check port 443', 'can we still use telnet?'])('%s: not a statement about managed systems', (text) => {
    expect(sideStatementIn(text)).toBeNull();
  });

  it('a Telnet-only answer does not say SNMP costs nothing (EN and JA)', () => {
    const en = rendered(runIn('en', ['TMS 15.2.1, CE 9.15, SQL 2016 remote, Windows 2019, Medium', 'nothing is managed over Telnet']));
    expect(en).toMatch(/no systems are managed over Telnet\. Medium-High turns SNMP off too/);
    expect(en).not.toMatch(/could not find a version/);
    const ja = rendered(runIn('ja', ['TMS 15.2.1、CE 9.15、SQL 2016 別サーバ、Windows 2019、Medium', 'Telnetで管理してる機器はないです']));
    expect(ja).toMatch(/Telnet で管理している機器はないとのことですね。Medium-High では SNMP も無効になります/);
  });
});
