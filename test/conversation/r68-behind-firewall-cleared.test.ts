/**
 * FIX10D item 2: the Behind Firewall fact (fix10b) is cleared when the user says the system is not / no longer in that mode,
 * and stored only when the statement is about the failing system: a model named in it must be the failing one ("the SX20 is
 * in Behind Firewall mode" for the failing SX20 is stored; 「MX300はBehind Firewallモードです」 with a failing SX20 is not).
 * When unsure, nothing is stored (a wrong one makes the headline say "check the mode first" instead of the fix). EN and JA.
 */
import { rendered, runIn } from './helpers';

const EN_ON = "tms 15.4, SX20 tc7.3.6 shows no https response, it's in Behind Firewall mode";
const EN_REST = 'sql 2016 local, windows 2016';
const JA_ON = 'TMS 15.4、SX20 tc7.3.6 で No HTTPS response。このSX20はBehind Firewallモードです';
const JA_REST = 'SQL 2016 同居、Windows 2016';
const EN_MODE_FIRST = /Check the mode first: TMS does not poll a system in Behind Firewall mode/;
const JA_MODE_FIRST = /まずモードを確認してください：Behind Firewall モードのシステムは TMS からポーリングされません/;

describe('r68: Behind Firewall cleared, and stored only for the failing system', () => {
  it.each(["it's not behind firewall, sorry", 'we took it out of Behind Firewall', 'it is no longer in behind firewall mode'])('EN cleared: %s', (msg) => {
    const mid = runIn('en', [EN_ON, msg]);
    expect(mid.state.facts.behindFirewall).toBeUndefined();
    expect(rendered(mid)).toMatch(/Noted: the system is not in Behind Firewall mode/);
    // (The open SQL question is asked again, not "I could not find a SQL Server version in …".)
    expect(rendered(mid)).not.toMatch(/could not find/);
    const r = runIn('en', [EN_ON, msg, EN_REST]);
    expect(rendered(r)).not.toMatch(EN_MODE_FIRST);
    expect(rendered(r)).toMatch(/This is the TLS 1\.0 problem: here is the fix/);
  });

  it.each(['Behind Firewallモードではありません', 'Behind Firewallを解除しました'])('JA cleared: %s', (msg) => {
    const r = runIn('ja', [JA_ON, msg, JA_REST]);
    expect(r.state.facts.behindFirewall).toBeUndefined();
    expect(rendered(r)).not.toMatch(JA_MODE_FIRST);
    expect(rendered(runIn('ja', [JA_ON, msg]))).toMatch(/Behind Firewall モードではないものとして/);
  });

  it.each([
    ['EN, same message', 'en', ['tms 15.4, SX20 tc7.3.6 shows no https response, the SX20 is in Behind Firewall mode', EN_REST]],
    ['EN, next turn', 'en', ['tms 15.4, SX20 tc7.3.6 shows no https response', 'the SX20 is in Behind Firewall mode', EN_REST]],
    ['JA, next turn', 'ja', ['TMS 15.4、SX20 tc7.3.6 で No HTTPS response', 'SX20はBehind Firewallモードです', JA_REST]],
  ] as const)('the failing model named is stored (%s)', (_name, lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.behindFirewall).toBe(true);
    expect(rendered(r)).toMatch(lang === 'ja' ? JA_MODE_FIRST : EN_MODE_FIRST);
  });

  it.each([
    ['JA, same message', 'ja', ['TMS 15.4、SX20 tc7.3.6 で No HTTPS response。MX300はBehind Firewallモードです', JA_REST]],
    ['JA, next turn', 'ja', ['TMS 15.4、SX20 tc7.3.6 で No HTTPS response', 'MX300はBehind Firewallモードです', JA_REST]],
    ['EN, same message', 'en', ['tms 15.4, SX20 tc7.3.6 shows no https response, the MX300 is in Behind Firewall mode', EN_REST]],
    ['EN, next turn', 'en', ['tms 15.4, SX20 tc7.3.6 shows no https response', 'the MX300 is in Behind Firewall mode', EN_REST]],
  ] as const)('another model named is not stored as the failing system\'s mode (%s)', (_name, lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.behindFirewall).toBeUndefined();
    expect(rendered(r)).not.toMatch(lang === 'ja' ? JA_MODE_FIRST : EN_MODE_FIRST);
  });

  it.each(['what if it is not in behind firewall mode?', 'some other systems are not behind firewall'])('kept after a question or other systems: %s', (msg) => {
    expect(runIn('en', [EN_ON, msg, EN_REST]).state.facts.behindFirewall).toBe(true);
  });
});
