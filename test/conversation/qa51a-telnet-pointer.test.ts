/**
 * QA51 #3: every answer that advises Medium-High carries the Telnet/SNMP caveat (knowledge.md, Caveats: Medium → Medium-High
 * turns Telnet and SNMP off, TMSSNMPService stops, Polycom HDX / older MXP lose management, SNMP discovery stops), naming
 * the user's real starting level.
 */
import type { TurnResult } from '../../src/conversation/types';
import { withTelnetPointer } from '../../src/conversation/telnet-pointer';
import { advisesMediumHigh } from './advice-oracle';
import { freshState } from '../../src/conversation/engine';
import { last, rendered, runIn, talk } from './helpers';

const count = (s: string, re: RegExp) => (s.match(new RegExp(re.source, 'g')) ?? []).length;

describe('QA51 #3: Medium-High advice carries the Telnet/SNMP caveat', () => {
  it.each([
    ['TMS 15.13 shows No HTTPS response for a C40 after upgrading to TC 7.3.5'],
    ['TMS 15.13 shows No HTTPS response for an SX20 on TC7.3.3'],
  ])('EN "not this problem" + "prepare TMS first": %s', (msg) => {
    const out = rendered(last(talk(msg)));
    expect(out).toMatch(/Medium-High/);
    expect(out).toMatch(/Raising Communication Security from Medium to Medium-High turns Telnet and SNMP off/);
    expect(out).toMatch(/TMSSNMPService/);
    expect(out).toMatch(/Polycom HDX/);
  });

  it('JA plan answer (明日 TC7.3.3 → TC7.3.21)', () => {
    const out = rendered(runIn('ja', ['明日 SX20 を TC7.3.3 から TC7.3.21 に上げる予定です。TMS は 15.13 です。問題ありますか？', 'TC7.3.3 です']));
    expect(out).toMatch(/Medium から Medium-High に上げると、TMS の Telnet と SNMP が無効になります/);
  });

  it('TMS before 15: the caveat applies after the upgrade', () => {
    const out = rendered(last(talk('TMS 14.6.2, CE 9.15 No HTTPS response')));
    expect(out).toMatch(/After the upgrade to TMS 15: raising Communication Security from Medium \(the default\) to Medium-High turns Telnet and SNMP off/);
  });

  it('a full answer that already has the caveat gets no second one', () => {
    const out = rendered(last(talk('TMS 15.13, Win 2019, SQL 2016 remote, CE 9.15')));
    expect(count(out, /Medium-High turns Telnet and SNMP off/)).toBe(1);
  });
});

describe('QA51 #3: the pointer itself', () => {
  const turn = (level: 'low' | 'medium' | 'medium-high' | 'high' | undefined, text: string, route = 'catalogue'): TurnResult => {
    const state = { ...freshState('en'), facts: { tms: { product: 'TMS' as const, raw: '15.13', semver: '15.13.0' }, ...(level ? { level } : {}) } };
    // (Built as the bot builds advice: the block that advises Medium-High is marked so, src/domain/advises.ts.)
    return { state, route, replies: [{ lang: 'en', blocks: [{ type: 'paragraph', text, advises: 'medium-high' }] }] } as unknown as TurnResult;
  };
  const advice = 'Make sure TLS 1.2 is enabled, then set Communication Security = Medium-High in TMS Tools.';

  it('names the starting level (Low)', () => {
    const out = withTelnetPointer(turn('low', advice));
    expect(JSON.stringify(out.replies)).toMatch(/from Low to Medium-High turns Telnet and SNMP off/);
  });
  it('adds nothing at Medium-High or High, to a reply that names Telnet, or to a message echoed back', () => {
    for (const t of [turn('medium-high', advice), turn('high', advice), turn(undefined, `${advice} Telnet stays as it is.`), turn(undefined, `I could not find a version or a request in "please set it to Medium-High".`, 'not-understood')]) {
      expect(withTelnetPointer(t)).toBe(t);
    }
  });
  it.each([
    ['Preparing TMS first (TLS 1.2 on the server, Medium-High) avoids that.', true],
    ['then follow the TMS 15 fix: registry, Medium-High, restarts.', true],
    ['先に TMS 側を準備しておけば（サーバでの TLS 1.2 の有効化と Medium-High への変更）、これを避けられます。', true],
    ['TMS は現在 Medium-High ですか？', false],
    ['explain why it happens ("why?") and what Medium-High is', false],
    ['Your capture shows TLS 1.2 offered, which TMS does not do at Medium: is TMS at Medium-High now?', false],
  ])('advisesMediumHigh(%s) = %s', (text, want) => {
    expect(advisesMediumHigh(text)).toBe(want);
  });
  it('said once per conversation: a later answer that mentions Medium-High does not repeat it', () => {
    // TMS before 15: the first answer carries the pointer; the next refinement and the level question do not repeat it.
    const pre15 = talk('TMS 14.6, SQL 2008 R2 on the TMS server, TC 7.3.6, Windows Server 2008 R2, Medium', 'Event ID 36871', 'what level do we need after the upgrade?');
    expect(count(rendered(pre15[0]), /Check for such systems before the change/)).toBe(1);
    expect(rendered(pre15[1])).not.toMatch(/Telnet and SNMP off/);
    // TMS 15: the full answer showed the caveat; a question answered with "TMS at Medium-High" later gets no pointer.
    const tms15 = talk('TMS 15.13, SQL 2016 on the TMS server, CE 9.15, Windows Server 2016, level Medium', 'HTTPS mode is HTTPS only, does it matter?');
    expect(rendered(tms15[1])).toMatch(/Medium-High/);
    expect(rendered(tms15[1])).not.toMatch(/Medium-High turns Telnet and SNMP off/);
  });
});

