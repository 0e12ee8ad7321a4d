/**
 * Round 16 (helper B #2): several endpoint releases in one clause with the result said for them ("TC 7.3.3 and
 * CE 9.15 both fail", "TC 7.3.3 fails and CE 9.15 works", 「TC7.3.3 と CE9.15 の両方でエラー」) are recorded one
 * group per release with its result, and the answer does not contradict what the user said.
 */
import { extractFacts } from '../../src/domain/extract';
import { rendered, runIn } from './helpers';

const groupsOf = (m: string) => (extractFacts(m).facts.endpointGroups ?? []).map((g) => `${g.endpoint.family} ${g.endpoint.semver}:${g.fails ? 'fails' : 'works'}`);

describe('one result per release', () => {
  it.each([
    ['TC 7.3.3 and CE 9.15 both fail', ['TC 7.3.3:fails', 'CE 9.15.0:fails']],
    ['CE 9.15 and RoomOS 11 show No HTTPS response', ['CE 9.15.0:fails', 'RoomOS 11.0.0:fails']],
    ['TC7.3.3 と CE9.15 の両方でエラー', ['TC 7.3.3:fails', 'CE 9.15.0:fails']],
    ['TC 7.3.3 works but CE 9.15 fails', ['TC 7.3.3:works', 'CE 9.15.0:fails']],
    ['TC 7.3.3 fails and CE 9.15 works', ['TC 7.3.3:fails', 'CE 9.15.0:works']],
    ['fails on TC 7.3.3 and works on CE 9.15', ['TC 7.3.3:fails', 'CE 9.15.0:works']],
    ['TC7.3.3 は正常、CE9.15 はエラー', ['TC 7.3.3:works', 'CE 9.15.0:fails']],
  ])('%s', (msg, groups) => {
    expect(groupsOf(msg)).toEqual(groups);
  });

  it('no groups for alternatives, an upgrade path, releases with no result, or a question', () => {
    for (const m of ['TC 7.3.3 or CE 9.15 fails', 'upgraded from TC7.3.3 to CE 9.15 and now it fails', 'some on TC7.3.3, others on CE9.8', 'do TC 7.3.3 and CE 9.15 both fail?']) {
      expect(extractFacts(m).facts.endpointGroups).toBeUndefined();
    }
  });

  it('the endpoint answered for is one said to fail', () => {
    expect(extractFacts('TC 7.3.3 fails and CE 9.15 works').facts.endpoint?.semver).toBe('7.3.3');
    expect(extractFacts('TC 7.3.3 and CE 9.15 both fail').facts.endpoint?.semver).toBe('9.15.0');
    expect(extractFacts('TC 7.3.3 works but CE 9.15 fails').facts.endpoint?.semver).toBe('9.15.0');
  });
});

describe('what the reply says of the releases said to fail', () => {
  it('TC 7.3.3 said to fail too is not "not hit": TLS 1.0 is not why it fails (EN, JA)', () => {
    const en = rendered(runIn('en', ['TC 7.3.3 and CE 9.15 both fail']));
    expect(en).not.toMatch(/does not hit them/);
    expect(en).toMatch(/TLS 1\.0 is not why they fail/);
    const ja = rendered(runIn('ja', ['TC7.3.3 と CE9.15 の両方でエラー']));
    expect(ja).not.toMatch(/影響は受けません/);
    expect(ja).toMatch(/原因は TLS 1\.0 ではありません/);
    expect(runIn('ja', ['TC7.3.3 と CE9.15 の両方でエラー']).state.facts.endpointGroups).toHaveLength(2);
  });

  it('only the TC 7.3.3 ones failing: the answer is for them, and says it is not the TLS 1.0 problem', () => {
    const r = runIn('en', ['TMS 15.2.1, SQL 2016 remote, Windows 2016', 'TC 7.3.3 fails and CE 9.15 works']);
    expect(r.state.facts.endpoint?.semver).toBe('7.3.3');
    expect(rendered(r)).toMatch(/My answer is for those on TC 7\.3\.3/);
    expect(rendered(r)).not.toMatch(/my answer is for those on CE 9\.15/);
  });

  it('TC 7.3.3 said to work keeps the usual line', () => {
    expect(rendered(runIn('en', ['TC 7.3.3 works but CE 9.15 fails']))).toMatch(/does not hit them; my answer is for those on CE 9\.15/);
  });

  it('a release named anew drops the groups', () => {
    const r = runIn('en', ['TC 7.3.3 and CE 9.15 both fail', 'sorry, they are all CE 9.15']);
    expect(r.state.facts.endpointGroups).toBeUndefined();
    expect(r.state.facts.endpoint?.semver).toBe('9.15.0');
  });
});
