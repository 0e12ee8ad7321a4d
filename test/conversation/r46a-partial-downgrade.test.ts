/**
 * R46A item 1 (QA round 30 W1): in a mixed estate (CE 9.15 Room Kit Minis and TC 7.3.21 SX20s failing), a downgrade of
 * the TC codecs to TC 7.3.3 updates those only. Before: "Updated: TC 7.3.21 → TC 7.3.3", CE 9.15 dropped, "not the TLS 1.0
 * problem", and after the TMS upgrade no fix for the Room Kit Minis. In JA 「戻します」 (will put back) is a plan, not done.
 */
import { rendered, runIn } from './helpers';

const EN = 'TMS 14.6.2. Room Kit Minis on CE9.15 and SX20s on TC7.3.21 show No HTTPS response';
const JA = 'TMS 14.6.2 です。CE9.15 の Room Kit Mini と TC7.3.21 の SX20 が No HTTPS response';

describe('a TC downgrade of some endpoints keeps the CE ones failing', () => {
  it.each(['SX20s are back on TC 7.3.3 now and green. what about the Room Kit Minis?', 'We downgraded the SX20s to TC 7.3.3.'])('EN %s', (msg) => {
    const r = runIn('en', [EN, msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE9.15');
    expect(r.state.facts.endpointGroups?.find((g) => g.endpoint.family === 'CE')?.fails).toBe(true);
    expect(r.state.facts.endpointGroups?.find((g) => g.endpoint.raw === 'TC 7.3.3')?.fails).toBe(false);
    const out = rendered(r);
    expect(out).not.toMatch(/not the TLS 1\.0 problem/i);
    expect(out).toMatch(/Updated: TC 7\.3\.21 → TC 7\.3\.3/);
    expect(out).toMatch(/Room Kit Mini cannot be downgraded/);
  });
  it('EN: after the TMS upgrade the CE endpoints get the TMS 15 fix', () => {
    const r = runIn('en', [EN, 'SX20s are back on TC 7.3.3 now and green. what about the Room Kit Minis?', 'TMS upgraded to 15.13. SQL 2019 on a separate server, Windows 2019']);
    const out = rendered(r);
    expect(out).not.toMatch(/not the TLS 1\.0 problem/i);
    expect(out).toMatch(/Medium-High/);
  });
  it('JA: done keeps CE failing; 「戻します」 is a plan and changes nothing', () => {
    const done = runIn('ja', [JA, 'SX20はTC7.3.3に戻しました。緑です']);
    expect(done.state.facts.endpoint?.family).toBe('CE');
    expect(rendered(done)).not.toMatch(/TLS 1\.0 の問題ではありません/);
    const plan = runIn('ja', [JA, 'アップグレードまでの間、SX20はTC7.3.3に戻します。Room Kit Miniは？']);
    expect(plan.state.facts.endpoint?.raw).toBe('TC7.3.21');
    expect(plan.state.facts.endpointGroups?.every((g) => g.fails)).toBe(true);
  });
  it('not a downgrade: a correction of the only release, or all endpoints on TC', () => {
    const one = runIn('en', ['TMS 14.6.2, SX20s on TC7.3.21 show No HTTPS response', 'sorry, they are on TC 7.3.3']);
    expect(one.state.facts.endpoint?.raw).toBe('TC 7.3.3');
    const tcOnly = runIn('en', [EN, 'sorry, they are all TC 7.3.3']);
    expect(tcOnly.state.facts.endpointGroups).toBeUndefined();
  });
});
