/**
 * R46A item 2 (QA round 30 W2): two separate TMS servers, EU on 15.9 and APAC on 14.6.2. "do I also need to change the
 * APAC one to medium-high?" got the Medium-High step and "Redundant TMS: change it on both nodes"; TMS before 15 has no
 * Communication Security option (knowledge.md). And "EU on 15.9 and APAC on 14.6.2" read no TMS version at all.
 */
import { twoServersReleases } from '../../src/domain/understand/tms-servers';
import { rendered, runIn } from './helpers';

const LABELLED = 'we have two separate TMS servers, not a cluster: EU on 15.9 and APAC on 14.6.2. Both have SX10s that went to TC7.3.21 and show No HTTPS response';
const NAMED = 'two separate TMS servers: EU is TMS 15.9, APAC is TMS 14.6.2. SX10s on TC7.3.21 show No HTTPS response on both';

describe('the other, pre-15 server asked about', () => {
  it('"EU on 15.9 and APAC on 14.6.2" reads both servers, said to fail on both', () => {
    const r = runIn('en', [LABELLED]);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(r.state.facts.otherTms?.map((v) => v.raw)).toEqual(['14.6.2']);
    expect(r.state.facts.otherTmsUnsaid).toBeUndefined();
  });
  it.each([
    [LABELLED, 'do I also need to change the APAC one to medium-high?'],
    [NAMED, 'do I also need to change the APAC one to medium-high?'],
    [LABELLED, 'what should APAC do?'],
    [NAMED, 'should the other server be set to Medium-High too?'],
  ])('EN %#: %s', (first, q) => {
    const out = rendered(runIn('en', [first, q]));
    expect(out).toMatch(/TMS 14\.6\.2: before 15[^\n]*no Communication Security option/);
    expect(out).not.toMatch(/Redundant TMS|both nodes/);
    expect(out).not.toMatch(/Set Communication Security to Medium-High/);
  });
  it('JA', () => {
    const out = rendered(runIn('ja', ['別々のTMSサーバが2台あります。EUは15.9、APACは14.6.2です。どちらもSX10 TC7.3.21でNo HTTPS response', 'APACもMedium-Highにする必要がありますか？']));
    expect(out).toMatch(/TMS 14\.6\.2：15 より前/);
    expect(out).not.toMatch(/両方のノード/);
  });
  it('not the other server: endpoints, the other node, no pair', () => {
    for (const q of ['what about the Room Kit Minis?', 'do I need to set Medium-High on SX20s?', 'should I change the other node to medium-high too?']) {
      expect(rendered(runIn('en', [LABELLED, q]))).not.toMatch(/TMS 14\.6\.2: before 15/);
    }
    expect(twoServersReleases('SX20 on 15.9 and MX on 14.6')).toBeNull();
    expect(twoServersReleases('two TMS servers. Tokyo on TC 7.3.21, Osaka on CE 9.15')).toBeNull();
  });
});
