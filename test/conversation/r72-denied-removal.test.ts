/**
 * FIX13 items 2 and 3 (QA38 A3/A4): "we did not take it out of Behind Firewall", 「Behind Firewallは解除していません」 say the
 * system is still in that mode (stored, and the mode's note shown), not "could not find a SQL Server version"; 「証明書失効
 * チェックは無効にしていません」 / "we did not turn the revocation check off" say the check stays on (noted), not "could not read".
 */
import { behindFirewallStatement } from '../../src/domain/extract';
import { sideStatementIn } from '../../src/domain/understand/side-statement';
import { rendered, runIn } from './helpers';

const P = 'TMS 15.2 shows No HTTPS response for our SX20 after upgrading it to CE 9.15';
const PJ = 'TMS 15.2でSX20をCE 9.15にアップグレードしたらNo HTTPS responseになりました';

describe('r72: a denied taking-out of Behind Firewall keeps the mode', () => {
  it('EN: stored, no "could not find", the note in the answer', () => {
    const r = runIn('en', [P, 'we did not take it out of Behind Firewall']);
    expect(r.state.facts.behindFirewall).toBe(true);
    expect(rendered(r)).not.toMatch(/could not find/);
    expect(rendered(runIn('en', [P, 'we did not take it out of Behind Firewall', 'SQL 2016']))).toMatch(/Behind Firewall mode: TMS does not poll it/);
  });
  it('JA: stored, no 「読み取れませんでした」, the note in the answer', () => {
    const r = runIn('ja', [PJ, 'Behind Firewallは解除していません']);
    expect(r.state.facts.behindFirewall).toBe(true);
    expect(rendered(r)).not.toMatch(/読み取れませんでした/);
    expect(rendered(runIn('ja', [PJ, 'Behind Firewallは解除していません', 'SQLは2016です']))).toMatch(/Behind Firewall モードで、TMS はポーリングしません/);
  });
  it.each([
    ['we did not take it out of Behind Firewall', true],
    ["we didn't take it out of Behind Firewall mode", true],
    ['Behind Firewallは解除していません', true],
    ['did we take it out of Behind Firewall?', null],
    ['we took it out of Behind Firewall', false],
    // A denied putting-in: not in the mode.
    ['we did not put it in Behind Firewall mode', false],
    ["we didn't move the SX20 into Behind Firewall", false],
    ['we do not use Behind Firewall', false],
  ] as const)('statement: %s', (msg, on) => {
    const st = behindFirewallStatement(msg);
    expect(st === null ? null : st.on).toBe(on);
  });
});

describe('r72: a denied turning-off of the revocation check is noted as on', () => {
  it('JA: noted as on, not 「読み取れませんでした」', () => {
    const out = rendered(runIn('ja', [PJ, '証明書失効チェックは無効にしていません']));
    expect(out).not.toMatch(/読み取れませんでした/);
    expect(out).toMatch(/\[Enable Certificate Revocation Check\] が有効とのこと/);
  });
  it('EN: noted as on, not "could not find"', () => {
    const out = rendered(runIn('en', [P, 'we did not turn the revocation check off']));
    expect(out).not.toMatch(/could not find/);
    expect(out).toMatch(/"Enable Certificate Revocation Check" is on/);
  });
  it.each(['we did not turn the revocation check off', '証明書失効チェックは無効にしていません', 'we never disabled the CRL check'])('on: %s', (msg) =>
    expect(sideStatementIn(msg)).toBe('crl-check-on'),
  );
  it.each(['maybe the revocation check is off, not sure', '証明書失効チェックは無効かもしれません'])('unsure stays unnoted: %s', (msg) => expect(sideStatementIn(msg)).toBeNull());
});
