/**
 * left-c #3: another unit said to be there too, with no question ("we also have an MX300 G1 on TC 7.3.21", 「TC 7.3.21 の MX300 G1
 * もあります」) replaced the endpoints' recorded release (CE 9.8). It is now answered for that unit, as when asked about
 * (endpoint-asides.ts), the case's release kept and nothing recorded; a unit said to fail or to work is still a group of its own,
 * a correction still corrects, a lab unit is not answered from this case. EN and JA.
 */
import { rendered, runIn } from './helpers';

const P = 'TMS 15.13 cannot reach the SX80 on CE 9.8, no HTTPS response';
const PJ = 'TMS 15.13 で CE 9.8 の SX80 が No HTTPS response になります';

describe('left-c #3: another unit said beside the case', () => {
  it.each([
    ['en', P, 'we also have an MX300 G1 on TC 7.3.21'],
    ['en', P, "there's also an MX300 G1 on TC 7.3.21"],
    ['en', P, 'we have two MX300s on TC 7.3.21 as well'],
    ['en', P, 'we have an MX300 G1 on TC 7.3.21'],
    ['en', P, 'we also have an SX80 on TC 7.3.21'],
    ['ja', PJ, 'TC 7.3.21 の MX300 G1 もあります'],
    ['ja', PJ, '他に TC 7.3.21 の MX300 G1 があります'],
  ] as const)('%s: %s → %s keeps CE 9.8 and answers for the unit', (lang, first, msg) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.8');
    expect(r.state.facts.endpointGroups).toBeUndefined();
    const out = rendered(r);
    expect(out).toMatch(/TC 7\.3\.21\)?[:：]|TC 7\.3\.21）：/);
    expect(out).toMatch(lang === 'en' ? /I keep CE 9\.8/ : /CE 9\.8 のままにしています/);
    expect(out).not.toMatch(/Updated: CE 9\.8|更新：CE 9\.8/);
  });
  it('a lab unit: the release kept, not answered from this case', () => {
    const r = runIn('en', [P, 'we also have an MX300 G1 on TC 7.3.21 in the lab']);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.8');
    expect(rendered(r)).toMatch(/may be managed by another TMS/);
  });
  it.each([
    ['en', P, 'we also have an MX300 G1 on TC 7.3.21, it fails too', true],
    ['en', P, 'we also have an MX300 G1 on TC 7.3.21 and it works fine', false],
    ['ja', PJ, 'TC 7.3.21 の MX300 G1 もエラーです', true],
  ] as const)('%s: %s → %s is still a group of its own', (lang, first, msg, fails) => {
    const r = runIn(lang, [first, msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.8');
    expect(r.state.facts.endpointGroups?.find((g) => g.endpoint.raw === 'TC 7.3.21')?.fails).toBe(fails);
  });
  it.each([
    ['en', P, 'sorry, the SX80 is on TC 7.3.21'],
    ['ja', PJ, 'すみません、SX80 は TC 7.3.21 でした'],
  ] as const)('%s: a correction still corrects: %s → %s', (lang, first, msg) => {
    expect(runIn(lang, [first, msg]).state.facts.endpoint?.raw).toBe('TC 7.3.21');
  });
});
