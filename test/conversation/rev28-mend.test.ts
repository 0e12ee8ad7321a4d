/**
 * REV28 #1, #2, #4: the line after a network answer (firewall-question, not-tls-network) that says the TLS fix is still needed.
 * knowledge.md, TMS before 15: there is no Communication Security level to raise, the fix is the upgrade; the level is named
 * as known. "TcpTestSucceeded : False" can also be the endpoint not serving HTTPS (HTTP Mode). The .NET values' reboot answer
 * says what to check, not when .NET reads them.
 */
import { last, rendered, runIn, talk } from './helpers';

describe('REV28 #1: after the firewall answer, the TLS fix as it applies to this TMS', () => {
  it('TMS before 15: the upgrade, not Medium-High (EN/JA)', () => {
    const en = rendered(last(talk('TMS 14.6.2, endpoints on CE 9.15 show No HTTPS response', 'could it be the firewall?')));
    expect(en).toMatch(/Either way, CE 9\.15 refuses TLS 1\.0/);
    expect(en).toMatch(/the fix is the upgrade to TMS 15\.x/);
    expect(en).not.toMatch(/still needs the fix \(TLS 1\.2 and Medium-High\)/);
    const ja = rendered(runIn('ja', ['TMS 14.6.2 で CE 9.15 のエンドポイントが No HTTPS response です', 'ファイアウォールが原因でしょうか？']));
    expect(ja).toMatch(/対処は TMS 15\.x へのアップグレードです/);
  });
  it('TMS 15 with no level given: Medium said as the default', () => {
    const en = rendered(last(talk('TMS 15.13, endpoints on CE 9.15 show No HTTPS response', 'could it be the firewall?')));
    expect(en).toMatch(/TMS at Medium \(the default; no level was given\) still needs the fix/);
  });
  it('TMS 15 at Medium: as before, and the Telnet/SNMP caveat comes with the advice', () => {
    const r = last(talk('TMS 15.13 at Medium, endpoints on CE 9.15 show No HTTPS response', 'could it be the firewall?'));
    expect(rendered(r)).toMatch(/TMS at Medium still needs the fix \(TLS 1\.2 and Medium-High\)/);
    expect(rendered(r)).toMatch(/Telnet/);
  });
});

describe('REV28 #2: TcpTestSucceeded False can be the endpoint itself', () => {
  it('names HTTP Mode (EN/JA)', () => {
    expect(rendered(last(talk('TMS 15.13, CE 9.15', 'could it be the firewall?')))).toMatch(/the endpoint itself not serving HTTPS there \(`xConfiguration NetworkServices HTTP Mode`/);
    expect(rendered(runIn('ja', ['TMS 15.13 で CE 9.15', 'ファイアウォールが原因でしょうか？']))).toMatch(/エンドポイント側で HTTPS が提供されていないこと/);
  });
});

describe('REV28 #4: the .NET values and a reboot', () => {
  it('says what to check, not when .NET reads them', () => {
    const en = rendered(last(talk('TMS 15.13, Win 2016, SQL 2016 remote, CE 9.15', 'does the .NET setting need a reboot?')));
    expect(en).toMatch(/My sources do not say when \.NET reads/);
    expect(en).toMatch(/check afterwards that the \.NET errors stop/);
  });
});
