/**
 * Round 16 (helper B #1): a TMS release given to "both" servers of a redundant pair is TMS's release, and the
 * pair still gets the both-nodes answer ("2 TMS servers, both on 15.2.1", 「TMS2台とも 15.2 です」).
 */
import { extractFacts } from '../../src/domain/extract';
import { rendered, runIn } from './helpers';

describe('a release said of both TMS servers (first message)', () => {
  it.each([
    ['ja', 'TMS2台とも 15.2 です', '15.2.0'],
    ['ja', 'TMS は2台構成で、どちらも15.2', '15.2.0'],
    ['ja', '2台の TMS はどちらも 15.2 です', '15.2.0'],
    ['ja', 'TMS は2台、両方とも 15.2.1 です', '15.2.1'],
    ['en', 'both TMS nodes are 15.2', '15.2.0'],
    ['en', '2 TMS servers, both on 15.2.1', '15.2.1'],
    ['en', 'We have two TMS nodes. Both are on 15.2.1', '15.2.1'],
    ['en', 'TMS runs on 2 servers, both 15.13', '15.13.0'],
  ] as const)('%s: %s records TMS %s and answers for both nodes', (lang, msg, semver) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tms?.semver).toBe(semver);
    expect(rendered(r)).toMatch(lang === 'ja' ? /両方のノード/ : /both nodes|on both/);
  });

  it('a count of TMS servers is not a TMS release, nor a problem to report', () => {
    for (const m of ['TMS2台', 'TMS を2台運用しています', 'TMS runs on 2 servers']) {
      const ex = extractFacts(m);
      expect(ex.facts.tms).toBeUndefined();
      expect(ex.problems).toEqual([]);
    }
  });

  it('"both" after a TMS count takes only a dotted release: a year is not a TMS release', () => {
    expect(extractFacts('2 TMS servers, both on 2016').facts.tms).toBeUndefined();
    expect(extractFacts('2 TMS servers, both on Windows 2016').facts).toMatchObject({ windows: { year: 2016 } });
    expect(extractFacts('2 TMS servers, both on Windows 2016').facts.tms).toBeUndefined();
  });

  it('"both" without a TMS count before it is not read as TMS', () => {
    expect(extractFacts('TMS is at Medium, both 15.2').facts.tms).toBeUndefined();
  });

  it('a host name glued to TMS stays noise', () => {
    expect(extractFacts('our server TMS15 (Windows 2019)').facts.tms).toBeUndefined();
    expect(extractFacts('TMS01 と TMS02 です').facts.tms).toBeUndefined();
  });

  it('「どちら」 still asks; 「どちらも」 states', () => {
    expect(extractFacts('TMS は 14.6 と 15.2 のどちらが対象ですか').facts.tms).toBeUndefined();
    expect(extractFacts('2台の TMS はどちらも 15.2 です').facts.tms?.semver).toBe('15.2.0');
  });
});
