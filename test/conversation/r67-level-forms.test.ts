/**
 * FIX10C (QA36 #2): the level said before its keyword ("TMS 15.9 high security level") or with the place after it
 * ("level is Low in TMS tools") is stored; High and Low in another sense are not.
 */
import { rendered, runIn } from './helpers';

describe('QA36 #2: a level said as "high security level" or "level is Low in TMS tools"', () => {
  it.each([
    ['TMS 15.9 high security level, Desk Pro RoomOS 11.5 no https response, endpoints have self-signed certs, Win 2019, SQL remote', 'high'],
    ['TMS 15.9 low security level, SX80 ce9.15 no https response', 'low'],
    ['TMS 15.9, Low security setting, SX80 ce9.15 no https response', 'low'],
    ['TMS 15.5, SX80 ce9.1, level is Low in TMS tools, no https response, Win 2016, SQL 2016 local', 'low'],
    ['TMS 15.5, SX80 ce9.1, level is High in TMS tools, no https response', 'high'],
    ['TMS 15.5, SX80 ce9.1, security level is high in the TMS Tools, no https response', 'high'],
  ])('en: %s', (msg, level) => {
    const r = runIn('en', [msg]);
    expect(r.state.facts.level).toBe(level);
    expect(rendered(r)).not.toMatch(/level Medium \(assumed\)/);
  });

  it('en: at High with self-signed certificates the certificates come first, no "raise to Medium-High"', () => {
    const text = rendered(runIn('en', ['TMS 15.9 high security level, Desk Pro RoomOS 11.5 no https response, endpoints have self-signed certs, Win 2019, SQL remote']));
    expect(text).toMatch(/TMS at High validates certificates/);
    expect(text).not.toMatch(/from Medium to Medium-High/);
  });

  it('en: the Telnet caveat names Low as the starting level', () => {
    const text = rendered(runIn('en', ['TMS 15.5, SX80 ce9.1, level is Low in TMS tools, no https response, Win 2016, SQL 2016 local, we still manage a couple MXP over telnet']));
    expect(text).toMatch(/from Low to Medium-High/);
  });

  it.each([
    ['TMS 15.9、セキュリティレベルはHigh、Desk Pro RoomOS 11.5 で No HTTPS response', 'high'],
    ['TMS 15.5、SX80 ce9.1、TMSツールのレベルはLowです、No HTTPS response', 'low'],
  ])('ja: %s', (msg, level) => {
    expect(runIn('ja', [msg]).state.facts.level).toBe(level);
  });

  it.each([
    'TMS 15.9, high CPU on the server, SX80 ce9.15 no https response',
    'TMS 15.9, high priority ticket, SX80 ce9.15 no https response',
    'TMS 15.9, the level of logging is high, SX80 ce9.15 no https response',
    'TMS 15.9, we need a high security level, SX80 ce9.15 no https response',
    'high security environment, TMS 15.9, SX80 ce9.15 no https response',
    'TMS 15.9, high level overview please, SX80 ce9.15 no https response',
  ])('en: no level: %s', (msg) => {
    expect(runIn('en', [msg]).state.facts.level).toBeUndefined();
  });
});
