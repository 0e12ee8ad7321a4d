/**
 * FIX10C (QA36 #7): a Polycom HDX (a system TMS manages over Telnet/SNMP) failing after the move to Medium-High, with no
 * TC/CE endpoint named: the Telnet/SNMP trade-off is said, and no TC/CE release is asked for it.
 */
import { questions, rendered, runIn } from './helpers';

describe('QA36 #7: a Telnet/SNMP system alone failing at Medium-High', () => {
  it.each([
    ['en', 'TMS 15.5, a Polycom HDX 9000 shows No HTTPS response after we went to medium-high', /Medium-High turns Telnet and SNMP off/],
    ['ja', 'TMS 15.5 です。Medium-High にしてから Polycom HDX 9000 が No HTTPS response になりました', /Telnet と SNMP が無効/],
  ] as const)('%s: %s', (lang, msg, caveat) => {
    const r = runIn(lang, [msg]);
    expect(rendered(r)).toMatch(caveat);
    expect(rendered(r)).not.toMatch(/TC 7\.3\.5 or earlier|TC 7\.3\.5 以前/);
    expect(questions(r)).toHaveLength(0);
    expect(r.state.pending ?? null).toBeNull();
  });

  it('en: other devices named beside them still get the release question', () => {
    const r = runIn('en', ['TMS 15.5 at medium-high, the MXPs and our codecs show no https response']);
    expect(rendered(r)).toMatch(/Which software version do the affected endpoints run/);
  });
});
