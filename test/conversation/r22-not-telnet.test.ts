/**
 * QA round 20 #1 leftover: a device said NOT to use Telnet ("the polycoms use http, not telnet", 「Telnetではなく」)
 * is not recorded among the Telnet/SNMP systems, and the caveat does not ask to "check how TMS manages it";
 * the note on HTTP-managed devices covers it. Devices said to use Telnet keep counting.
 */
import { telnetSystemsIn } from '../../src/domain/knowledge';
import { last, rendered, runIn, talk } from './helpers';

describe('a device said not to use Telnet is no Telnet device', () => {
  const P = 'TMS 15.12, CE 9.15, win 2016, sql 2016 local';
  const PJ = 'TMS 15.12、CE 9.15、Win2016、SQL2016同居';
  it.each(['the polycoms use http, not telnet', 'the HDX are managed over http, they don\'t use telnet', 'the MXPs are managed over HTTP instead of telnet'])('EN %s', (msg) => {
    const r = last(talk(P, msg));
    expect(r.state.facts.telnetSystems).toBeUndefined();
    expect(rendered(r)).not.toMatch(/check how TMS manages (?:it|them)/);
    expect(rendered(r)).toMatch(/over plain HTTP/);
  });
  it.each(['PolycomはTelnetではなくHTTPで管理してます', 'HDXはTelnet使ってないです、HTTPです'])('JA %s', (msg) => {
    const r = runIn('ja', [PJ, msg]);
    expect(r.state.facts.telnetSystems).toBeUndefined();
    expect(rendered(r)).not.toMatch(/どの方法で管理しているか/);
  });
  it.each([
    ['MXPs use telnet, but the polycoms use http, not telnet', ['Tandberg MXP']],
    ['we have polycom hdx managed via telnet', ['Polycom HDX']],
    ['HDXはTelnetで管理してます', ['Polycom HDX']],
    ['the MXPs show Security violation: Telnet communication is not allowed', ['Tandberg MXP']],
    ['we cannot telnet into the HDX anymore', ['Polycom HDX']],
  ])('still a Telnet device: %s', (msg, named) => {
    expect(telnetSystemsIn(msg)).toEqual(named);
  });
});
