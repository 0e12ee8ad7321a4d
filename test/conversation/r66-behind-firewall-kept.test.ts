/**
 * QA36 #12: "it's in Behind Firewall mode" said of the failing system: turn 1 says TMS does not poll it; turn 2 (after the
 * versions) must not call that same, only system "the TLS 1.0 problem" — the note stays and the headline says to check the mode
 * (knowledge.md: systems in Behind Firewall mode are not polled by TMS). Not stored for a question or for other systems.
 */
import { findings, rendered, runIn } from './helpers';
import { behindFirewallSaid } from '../../src/domain/extract';

describe('r66: Behind Firewall kept across turns', () => {
  it('EN: turn 2 keeps the note, the headline and the card do not call it the TLS problem', () => {
    const r = runIn('en', ["tms 15.4, SX20 tc7.3.6 shows no https response, it's in Behind Firewall mode", 'sql 2016 local, windows 2016']);
    expect(r.state.facts.behindFirewall).toBe(true);
    expect(findings(r)[0]).toBe('behind-firewall-not-polled');
    const out = rendered(r);
    expect(out).not.toMatch(/This is the TLS 1\.0 problem: here is the fix/);
    expect(out).toMatch(/Check the mode first: TMS does not poll a system in Behind Firewall mode/);
    const card = r.replies.find((x) => x.summary)?.summary;
    expect(card?.headline).not.toMatch(/TLS 1\.0 problem/);
  });

  it('JA', () => {
    const r = runIn('ja', ['TMS 15.4、SX20 tc7.3.6 で No HTTPS response。このSX20はBehind Firewallモードです', 'SQL 2016 同居、Windows 2016']);
    const out = rendered(r);
    expect(out).toMatch(/まずモードを確認してください：Behind Firewall モードのシステムは TMS からポーリングされません/);
    expect(out).toMatch(/このシステムは \[Behind Firewall\] モードとのことです/);
  });

  it.each([
    ['what about systems behind firewall?', false],
    ['some of our systems are behind firewall', false],
    ['the MX800 is behind firewall, the SX20s fail', false],
    ['it is not in behind firewall mode', false],
    ['一部のシステムはBehind Firewallモードです', false],
    ['Behind Firewallモードですか？', false],
    ['this one is in behind-firewall mode', true],
  ] as const)('%s → %s', (text, said) => {
    expect(behindFirewallSaid(text)).toBe(said);
  });

  it('without Behind Firewall the headline is unchanged', () => {
    expect(rendered(runIn('en', ['tms 15.4, SX20 tc7.3.6 shows no https response', 'sql 2016 local, windows 2016']))).toMatch(/This is the TLS 1\.0 problem: here is the fix/);
  });
});
