/**
 * R50A item 3: a downgrade of the TC codecs in a mixed TC + CE estate on TMS 15 says the TC ones are out of the problem and
 * the CE ones still need the fix (they cannot go back to TC); the case stays open. Before: "That does not change my
 * previous answer", and the update line read "CE 9.15.3 → TC 7.3.3".
 */
import { rendered, runIn } from './helpers';

const WORKS_EN = /Good to hear it works now/;
const WORKS_JA = /直ってよかったです/;

describe('a TC downgrade in a mixed TC + CE estate on TMS 15', () => {
  const EN = 'TMS 15.2.1, SX20s on TC7.3.21 and Room Kits on ce9.15.3 show No HTTPS response. SQL 2014 SP3 on the TMS server, Windows 2012 R2';
  const JA = 'TMS 15.2.1、SX20 (TC7.3.21) と Room Kit (ce9.15.3) が No HTTPS response。TMS サーバに SQL 2014 SP3、Windows 2012 R2';
  it('EN: the SX20s out, the Room Kits still need Medium-High; the case stays open', () => {
    const r = runIn('en', [EN, 'we downgraded the SX20s to TC 7.3.3']);
    const out = rendered(r);
    expect(out).toMatch(/Updated: TC 7\.3\.21 → TC 7\.3\.3/);
    expect(out).not.toMatch(/CE 9\.15\.3 → TC/);
    expect(out).toMatch(/now on TC 7\.3\.3 accept TLS 1\.0 again.*out of this problem/);
    expect(out).toMatch(/CE 9\.15\.3 still refuse TLS 1\.0 and cannot go back to TC/);
    expect(out).toMatch(/Medium-High/);
    expect(out).not.toMatch(WORKS_EN);
    expect(r.state.facts.endpointGroups?.find((g) => g.endpoint.family === 'CE')?.fails).toBe(true);
  });
  it('JA', () => {
    const out = rendered(runIn('ja', [JA, 'SX20 を TC 7.3.3 にダウングレードしました']));
    expect(out).toMatch(/TC 7\.3\.21 → TC 7\.3\.3/);
    expect(out).toMatch(/対象から外れました/);
    expect(out).toMatch(/CE 9\.15\.3 のエンドポイントは引き続き TLS 1\.0 を受け付けません/);
    expect(out).toMatch(/TC にも戻せません/);
    expect(out).not.toMatch(WORKS_JA);
  });
});
