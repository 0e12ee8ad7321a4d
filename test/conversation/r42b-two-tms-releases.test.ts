import { extractFacts } from '../../src/domain/extract';
import { findings, last, rendered, runIn, talk } from './helpers';

/** QA round 42 #1: two TMS servers named with a release each, and no word on which one fails. */
describe('two TMS servers, one release each (item 1)', () => {
  it.each([
    ['TMSは2台で、15.9と15.12です', '15.9.0', '15.12.0'],
    ['TMSサーバーは2台（15.9と15.12）', '15.9.0', '15.12.0'],
    ['we have two TMS servers, 15.9 and 15.12', '15.9.0', '15.12.0'],
    ['2 TMS nodes: 15.9 / 15.12', '15.9.0', '15.12.0'],
    // (the one that can be fixed in place is answered for, whichever comes first)
    ['TMSは2台で、14.6と15.9です', '15.9.0', '14.6.0'],
  ])('%s keeps both releases', (msg, main, other) => {
    const f = extractFacts(msg).facts;
    expect(f.tms?.semver).toBe(main);
    expect(f.otherTms?.map((v) => v.semver)).toEqual([other]);
    // (nothing said the other one fails)
    expect(f.otherTmsUnsaid).toEqual([other]);
  });

  it.each(['TMSは2台で、15.9か15.12です', 'two TMS servers, both on 15.9', 'TMS 15.9 and 15.12'])('%s is no pair of servers on different releases', (msg) => {
    expect(extractFacts(msg).facts.otherTms).toBeUndefined();
  });

  it('JA: the answer says which server it is for and asks to check the other one first', () => {
    const r = runIn('ja', ['TMSは2台で、15.9と15.12です', 'TC7.3.6', 'SQLは2016でTMSサーバ上、Windowsは2016']);
    expect(findings(r)).toContain('other-tms-releases');
    const out = rendered(r);
    expect(out).toMatch(/この回答は TMS 15\.9 についてのものです/);
    expect(out).toMatch(/TMS 15\.12：[^\n]*「No HTTPS response」が出ているか確認/);
  });

  it('EN: the same', () => {
    const r = last(talk('we have two TMS servers, 15.9 and 14.6', 'TC7.3.6', 'SQL 2016 on the TMS server, Windows 2016'));
    expect(findings(r)).toContain('other-tms-releases');
    expect(rendered(r)).toMatch(/TMS 14\.6: you did not say that this one fails\. Check first/);
  });
});
