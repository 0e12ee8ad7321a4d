/**
 * R45A item 2: "TC 7.3.3 is OK." on its own, after failing CE 9.15 endpoints, is not a bare answer replacing CE 9.15
 * (before: "Updated: CE 9.15 → TC 7.3.3" and "not the TLS 1.0 problem"). A release said to work is not the failing
 * endpoints' release: CE 9.15 stays, TC 7.3.3 is kept beside it as working, and the reply says TC 7.3.3 still accepts TLS 1.0.
 */
import { workingBesideHeld } from '../../src/domain/understand/endpoint-results';
import { rendered, runIn } from './helpers';

const EN = ['TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2016 on the TMS server, Windows 2016'];
const JA = ['TMS 15.9、CE 9.15 の端末で No HTTPS response、SQL 2016 同居、Windows 2016'];

describe('a release said to work does not replace the failing endpoints', () => {
  it.each(['TC 7.3.3 is OK.', 'The TC 7.3.3 ones are fine.', 'TC 7.3.3 works.'])('EN %s', (msg) => {
    const r = runIn('en', [...EN, msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    expect(r.state.facts.endpointGroups?.find((g) => g.endpoint.raw === 'TC 7.3.3')?.fails).toBe(false);
    const out = rendered(r);
    expect(out).not.toMatch(/Updated: CE 9\.15/);
    expect(out).not.toMatch(/not the TLS 1\.0 problem/i);
    expect(out).toMatch(/TC 7\.3\.3[^\n]*TLS 1\.0/);
  });
  it.each(['TC 7.3.3 は問題ありません。', 'TC 7.3.3 は大丈夫です'])('JA %s', (msg) => {
    const r = runIn('ja', [...JA, msg]);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    expect(rendered(r)).not.toMatch(/更新：CE 9\.15/);
    expect(rendered(r)).toMatch(/TC 7\.3\.3[^\n]*TLS 1\.0/);
  });
  it('not a question, a negation, a correction, a level condition or a change', () => {
    for (const t of ['TC 7.3.3 is not OK.', 'Is TC 7.3.3 OK?', 'Sorry, TC 7.3.3 is the version, works', 'TC 7.3.3 is OK at Medium-High.', 'TC 7.3.3 works now', 'TC 7.3.3 は正常ではない', 'TC 7.3.3 は問題ないですか？']) {
      expect(workingBesideHeld(t)).toBeNull();
    }
  });
  it('the held release itself said OK is left as before', () => {
    const r = runIn('en', [...EN, 'CE 9.15 is OK.']);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
    expect(r.state.facts.endpointGroups).toBeUndefined();
  });
});
