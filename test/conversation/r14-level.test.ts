/**
 * QA round 14: "high" in other senses is no level (#5), plans with a future marker are not done (#4),
 * no SP-plan for SQL Server 2016 (#8), both nodes at once (#3).
 */
import { last, rendered, talk } from './helpers';
import { extractFacts } from '../../src/domain/extract';
import { highOrLowAsSetting } from '../../src/domain/understand/level-said';

const P = 'TMS 15.2 on Windows Server 2016, local SQL 2016. Endpoints upgraded to CE 9.15 show No HTTPS response.';
const PJ = 'TMS 15.2、Windows Server 2016、SQL 2016 はローカルです。CE 9.15 にアップグレードした端末が No HTTPS response になります。';

describe('#5 High or Low in another sense is no level (the Medium-High step stays)', () => {
  it.each([
    [P, 'the priority is high for us, customer is waiting'],
    [P, 'High availability: we run two TMS nodes behind a load balancer'],
    [P, 'we have a high number of endpoints, around 200'],
    [P, 'the load on the TMS server was high during the change'],
    [P, 'our security team wants High eventually'],
    [PJ, '優先度は高です。お客様が待っています'],
  ])('%s → %s: no level', (first, msg) => {
    const r = last(talk(first, msg));
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).not.toMatch(/At High TMS offers TLS 1\.2|High の TMS は TLS 1\.2 を提示/);
  });
  it.each([
    [P, 'High', 'high'],
    [P, 'high I think', 'high'],
    [P, "it's on High", 'high'],
    [P, "we're at high", 'high'],
    [P, 'High, in TMS Tools', 'high'],
    [P, 'is it low?', 'low'],
    [P, 'security level: High', 'high'],
    [P, 'Communication Security is set to High', 'high'],
    [P, 'we went from Medium to High', 'high'],
    [P, 'the previous admin set it to High years ago, not sure why', 'high'],
    [PJ, 'High です', 'high'],
    [PJ, '高です', 'high'],
    [PJ, 'たぶん High', 'high'],
    [PJ, 'TMS Tools で High になっていました', 'high'],
    [PJ, '前任者が High に設定していたようです', 'high'],
  ])('%s → %s: level %s', (first, msg, level) => {
    expect(last(talk(first, msg)).state.facts.level).toBe(level);
  });
  it('a change from Medium to High is High now; one that did not happen keeps Medium', () => {
    expect(extractFacts('we changed it from Medium to Low').facts.level).toBe('low');
    expect(extractFacts("we haven't switched from Medium to High").facts.level).toBe('medium');
    expect(extractFacts('we went from Medium to Medium-High').facts.level).toBe('medium-high');
  });
  it('highOrLowAsSetting', () => {
    expect(highOrLowAsSetting('the priority is high')).toBe(false);
    expect(highOrLowAsSetting('High CPU on the TMS server')).toBe(false);
    expect(highOrLowAsSetting('set it to High')).toBe(true);
    expect(highOrLowAsSetting('レベルは High で、Medium-High ではありません')).toBe(true);
  });
});
