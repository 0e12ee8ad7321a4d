/**
 * FIX12B item 2 (QA37 A4, REV7 #3 and #8): a denied taking-out ("we have not taken it out of Behind Firewall yet",
 * 「解除できませんでした」) does not clear the mode, and a negation elsewhere in the clause (「…なのでポーリングされません」,
 * "…and was never polled") does not either: only a denial right at the mode phrase counts. EN and JA agree on turn-2 pairs.
 */
import { behindFirewallStatement } from '../../src/domain/extract';
import { runIn } from './helpers';

const P = 'TMS 15.2 shows No HTTPS response for our SX20 after upgrading it to CE 9.15';
const PJ = 'TMS 15.2でSX20をCE 9.15にアップグレードしたらNo HTTPS responseになりました';

describe('r71: Behind Firewall, negated denials', () => {
  it.each([
    'we have not taken it out of Behind Firewall yet',
    "we haven't taken it out of Behind Firewall mode",
    'it is not out of Behind Firewall mode yet',
  ])('EN kept: %s', (msg) => {
    const r = runIn('en', [P, 'the SX20 is in Behind Firewall mode', msg]);
    expect(r.state.facts.behindFirewall).toBe(true);
  });

  it.each(['Behind Firewallは解除できませんでした', 'Behind Firewallの解除はまだです', 'SX20はBehind Firewallモードなのでポーリングされません'])('JA kept: %s', (msg) => {
    const r = runIn('ja', [PJ, 'SX20はBehind Firewallモードです', msg]);
    expect(r.state.facts.behindFirewall).toBe(true);
  });

  it.each([
    ['SX20はBehind Firewallモードなのでポーリングされません', true],
    ["it's in behind firewall mode and was never polled", true],
    ['Behind Firewallモードなので証明書は関係ないですよね', true],
    // A taking-out denied: still in the mode (QA38 A3; was null, nothing stored).
    ['we have not taken it out of Behind Firewall yet', true],
    ['Behind Firewallは解除できませんでした', true],
    ['we took it out of Behind Firewall', false],
    ['Behind Firewallを解除しました', false],
    ['it is not in Behind Firewall mode', false],
  ] as const)('statement: %s', (msg, on) => {
    const r = behindFirewallStatement(msg);
    expect(r === null ? null : r.on).toBe(on);
  });

  // Turn-2 pairs: the same statement gives the same stored mode in both languages.
  it.each([
    ['en', P, "yes, it's in behind firewall mode and was never polled by TMS", true],
    ['ja', PJ, 'SX20はBehind Firewallモードなのでポーリングされません', true],
    ['en', P, 'it is in Behind Firewall mode', true],
    ['ja', PJ, 'Behind Firewallモードです', true],
  ] as const)('turn 2 on (%s): %s', (lang, first, msg, on) => {
    expect(runIn(lang, [first, msg]).state.facts.behindFirewall).toBe(on);
  });

  it.each([
    ['en', P, 'the SX20 is in Behind Firewall mode', 'it is not in Behind Firewall mode'],
    ['ja', PJ, 'SX20はBehind Firewallモードです', 'Behind Firewallモードではありません'],
  ] as const)('turn 3 off (%s): %s', (lang, first, on, off) => {
    expect(runIn(lang, [first, on]).state.facts.behindFirewall).toBe(true);
    expect(runIn(lang, [first, on, off]).state.facts.behindFirewall).toBeUndefined();
  });
});
