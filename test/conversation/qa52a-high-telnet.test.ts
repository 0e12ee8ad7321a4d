/**
 * QA52 #13: going straight to High gets the Telnet/SNMP caveat, as Medium-High advice does. High includes what Medium-High
 * does (knowledge.md "Levels other than Medium and Medium-High"), so Medium → High also turns Telnet and SNMP off
 * (Caveats, Telnet and SNMP); the caveat names the real starting level.
 */
import { rendered, runIn } from './helpers';

const SETUP = 'TMS 15.13, SX80 CE 9.15, Windows 2016, SQL 2016 remote';

describe('QA52 #13: the High answer carries the Telnet/SNMP caveat', () => {
  it.each([
    ['can we go straight to High instead of Medium-High?'],
    ['High or Medium-High?'],
    ['should we just set it to High?'],
  ])('EN from Medium: %s', (q) => {
    const out = rendered(runIn('en', [SETUP, q]));
    expect(out).toMatch(/certificate validation/);
    expect(out).toMatch(/going from Medium straight to High turns them off/);
    expect(out).toMatch(/TMSSNMPService/);
    expect(out).toMatch(/Polycom HDX/);
    expect(out).toMatch(/Non-SNMP/);
  });

  it('EN from Low names Low', () => {
    const out = rendered(runIn('en', [SETUP, 'we are at Low', 'can we go straight to High?']));
    expect(out).toMatch(/going from Low straight to High turns them off/);
  });

  it.each([['いきなり High にしても問題ないでしょうか'], ['High にした方がいいですか？']])('JA from Medium: %s', (q) => {
    const out = rendered(runIn('ja', [SETUP, q]));
    expect(out).toMatch(/Medium からいきなり High にしても、Medium-High と同じく Telnet と SNMP が無効になります/);
    expect(out).toMatch(/Security violation: Telnet communication is not allowed/);
  });

  it('already at High: no "goes off" caveat, the certificate check instead', () => {
    const out = rendered(runIn('en', ['TMS 15.13 at High, SX80 CE 9.15, Windows 2016, SQL 2016 remote', 'High or Medium-High?']));
    expect(out).toMatch(/check the endpoints' certificates as well as TLS/);
    // (And going down to Medium-High is said as a step down, FIX64A.)
    expect(out).toMatch(/You are at High: going down to Medium-High turns off/);
    expect(out).not.toMatch(/straight to High turns them off/);
  });
});
