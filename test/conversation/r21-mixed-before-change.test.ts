/**
 * QA round 20 #2: "some work, some don't" before any change is this problem's own signature (TMS at Medium still
 * reaches the releases that accept TLS 1.0), not a partial success of the fix; and a release said to work does not
 * replace the release of the endpoints that fail.
 */
import { rendered, runIn } from './helpers';
import { endpointResultsIn, workingOnlyIn } from '../../src/domain/understand/endpoint-results';

const PARTIAL_FIX_EN = /TMS side of the fix took effect|Medium-High has turned that off/;
const PARTIAL_FIX_JA = /TMS 側の対処は効いています|Medium-High でそれが無効/;

describe('a mixed result before any change is not a partial fix', () => {
  it.each([
    [['TMS 15.9, CE 9.15, win 2016, sql 2016 remote', 'only 3 of 20 codecs show it, the rest are fine']],
    [['we have 2 TMS nodes (redundant), tms 15.12, win 2012 r2, sql 2016 remote', 'endpoints are mix of tc7.3.3 and ce9.15', 'the tc7.3.3 ones work fine, only the ce ones fail']],
  ])('EN %j', (msgs) => {
    const r = runIn('en', msgs);
    const out = rendered(r);
    expect(out).not.toMatch(PARTIAL_FIX_EN);
    expect(out).not.toMatch(/Good to hear it works now/);
    expect(r.state.facts.tlsClaims?.partlyWorks).toBeUndefined();
    expect(r.state.facts.endpoint?.family).toBe('CE');
    expect(r.state.facts.level).not.toBe('medium-high');
  });
  it('"only 3 of 20 … the rest are fine": only some fail, read as the signature at Medium', () => {
    const r = runIn('en', ['TMS 15.9, CE 9.15, win 2016, sql 2016 remote', 'only 3 of 20 codecs show it, the rest are fine']);
    expect(r.state.facts.scope).toBe('some');
    expect(rendered(r)).toMatch(/Only some systems fail: that fits this problem/);
  });
  it('JA: 「TC7.3.3の端末は問題なし、CEのだけNo HTTPS response」 keeps CE 9.15 and the diagnosis', () => {
    const r = runIn('ja', ['TMS 15.9、端末はTC7.3.3とCE9.15が混在、Win2016、SQL2016リモート', 'TC7.3.3の端末は問題なし、CEのだけNo HTTPS response']);
    const out = rendered(r);
    expect(out).not.toMatch(/更新：CE 9\.15 → TC 7\.3\.3/);
    expect(out).not.toMatch(/TLS 1\.0 の問題ではありません/);
    expect(out).not.toMatch(PARTIAL_FIX_JA);
    expect(r.state.facts.endpoint).toMatchObject({ family: 'CE', semver: '9.15.0' });
    expect(r.state.facts.endpointsFail).not.toBe(false);
    expect(r.state.facts.endpointGroups).toEqual([
      expect.objectContaining({ endpoint: expect.objectContaining({ family: 'TC', semver: '7.3.3' }), fails: false }),
      expect.objectContaining({ endpoint: expect.objectContaining({ family: 'CE' }), fails: true }),
    ]);
  });
  it('EN: the release said to work becomes a working group beside the failing one, with the several-versions note', () => {
    const r = runIn('en', ['tms 15.12, win 2012 r2, sql 2016 remote', 'endpoints are mix of tc7.3.3 and ce9.15', 'the tc7.3.3 ones work fine, only the ce ones fail']);
    expect(rendered(r)).toMatch(/Those on TC 7\.3\.3 still accept TLS 1\.0/);
    expect(rendered(r)).not.toMatch(/Updated: CE 9\.15 → TC 7\.3\.3/);
    expect(r.state.facts.endpointGroups?.map((g) => g.fails)).toEqual([false, true]);
  });
  it.each([
    ['en', ['TMS 15.9, win 2016, sql 2016 remote', 'the tc7.3.3 ones work fine, only the ce ones fail'], /I do not take TC 7\.3\.3 as the release/],
    ['en', ['TMS 15.9, TC 7.3.3, win 2016, sql 2016 remote', 'the tc7.3.3 ones work fine, only the ce ones fail'], /I do not take TC 7\.3\.3 as the release/],
    ['ja', ['TMS 15.9、Win2016、SQL2016リモート', 'TC7.3.3の端末は問題なし、CEのだけNo HTTPS response'], /TC 7\.3\.3 は、失敗しているエンドポイントのリリースとしては扱いません/],
  ] as const)('%s %j: no failing release known: not TC 7.3.3, the endpoint question is asked', (lang, msgs, note) => {
    const r = runIn(lang, msgs);
    expect(rendered(r)).toMatch(note);
    expect(r.state.facts.endpoint).toBeUndefined();
    expect(r.state.pending).toBe('need-endpoint-version');
  });
  it('after a change, the partial success stays: "done: set medium-high …" then "some work now"', () => {
    const r = runIn('en', ['TMS 15.9, CE 9.15, win 2016, sql 2016 remote', 'done: set medium-high, iisreset, restarted services', 'some of the codecs work now, the rest still fail']);
    expect(rendered(r)).toMatch(/part of it works/);
  });
  it('the message itself saying they came back is still a partial fix ("7 out of 10 endpoints came back")', () => {
    const r = runIn('en', ['TMS 15.9, CE 9.15, win 2016, sql 2016 remote', '7 out of 10 endpoints came back']);
    expect(rendered(r)).toMatch(/part of it works/);
  });
});

describe('workingOnlyIn: a release said to work beside a family said to fail', () => {
  it.each([
    ['the tc7.3.3 ones work fine, only the ce ones fail', 'TC'],
    ['TC7.3.3の端末は問題なし、CEのだけNo HTTPS response', 'TC'],
  ])('%j', (t, family) => {
    expect(workingOnlyIn(t)?.map((r) => r.endpoint.family)).toEqual([family]);
  });
  it.each([
    'Endpoints on TC 7.3.3 work, but our Meeting Server and Expressway show No HTTPS response',
    'TC 7.3.3 and CE 9.15 both fail',
    'the tc7.3.3 ones work fine',
    'CE 9.15 works fine in the browser',
  ])('not %j', (t) => {
    expect(workingOnlyIn(t)).toBeNull();
  });
  it('the words of a release end at a family named without one', () => {
    expect(endpointResultsIn('the tc7.3.3 ones work fine, only the ce ones fail')).toEqual([expect.objectContaining({ fails: false })]);
  });
});
