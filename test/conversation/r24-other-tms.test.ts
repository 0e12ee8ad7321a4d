/**
 * QA round 21 F4: a TMS release said of another server ("btw the other TMS is 14.6", "test TMS 14.6",
 * 「拠点BのTMSは14.6です」) is kept as another server's, never put in place of this incident's TMS.
 */
import { findings, rendered, runIn } from './helpers';
import { extractFacts } from '../../src/domain/extract';

const FULL_EN = 'TMS 15.9, CE 9.15, win 2016, sql 2016 remote';
const FULL_JA = 'TMS 15.9、CE9.15、Win2016、SQL2016リモート';

describe('a TMS release said of another server keeps the TMS held', () => {
  it.each([
    ['en', [FULL_EN, 'thx, will do it tonight. btw the other TMS is 14.6']],
    ['en', [FULL_EN, 'we also have a second TMS at another site on 14.6']],
    ['en', ['TMS 15.9, CE 9.15', 'the other TMS is 14.6']],
    ['en', [FULL_EN, 'the TMS at the other site is 14.6']],
    ['en', [FULL_EN, 'the standby TMS is still 14.6']],
    ['ja', [FULL_JA, 'いいえ、拠点BのTMSは14.6です']],
    ['ja', [FULL_JA, '検証環境のTMSは14.6です']],
    ['ja', [FULL_JA, '2台目のTMSは14.6です']],
  ] as const)('%s %j', (lang, msgs) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.tms?.raw).toBe('15.9');
    expect(r.state.facts.otherTms?.map((v) => v.raw)).toEqual(['14.6']);
    expect(findings(r)).not.toContain('tms-pre15-upgrade-or-downgrade');
    expect(rendered(r)).not.toMatch(/TMS 15\.9 → TMS 14\.6|cannot be fixed in place|そのままでは修正できません/);
  });

  it('"prod TMS 15.9, test TMS 14.6": the prod one is this incident\'s, whichever order', () => {
    const a = extractFacts('prod TMS 15.9, test TMS 14.6, CE 9.15').facts;
    expect(a.tms?.raw).toBe('15.9');
    expect(a.otherTms?.map((v) => v.raw)).toEqual(['14.6']);
    const b = extractFacts('DR TMS is 15.9, prod TMS is 14.6').facts;
    expect(b.tms?.raw).toBe('14.6');
    expect(b.otherTms?.map((v) => v.raw)).toEqual(['15.9']);
  });

  it('other servers said in two turns add up; the TMS held is never one of them', () => {
    const r = runIn('en', [FULL_EN, 'the other TMS is 14.6', 'and the lab TMS is 15.2']);
    expect(r.state.facts.tms?.raw).toBe('15.9');
    expect(r.state.facts.otherTms?.map((v) => v.raw)).toEqual(['14.6', '15.2']);
  });

  it('said before this TMS: kept once this TMS is given', () => {
    const r = runIn('en', ['the other TMS is 14.6, ce 9.15', 'our TMS is 15.9']);
    expect(r.state.facts.tms?.raw).toBe('15.9');
    expect(r.state.facts.otherTms?.map((v) => v.raw)).toEqual(['14.6']);
  });

  it.each([
    ['en', [FULL_EN, 'sorry, TMS is 14.6 not 15.9'], '14.6'],
    ['ja', [FULL_JA, 'すみません、TMSは14.6でした'], '14.6'],
    ['en', ['we upgraded TMS from 14.6 to 15.2, ce 9.15'], '15.2'],
    ['en', ['another TMS question: we have 15.2, ce 9.15'], '15.2'],
    ['en', ['test: TMS 15.2 fails, ce 9.15'], '15.2'],
  ] as const)('still this TMS: %s %j', (lang, msgs, tms) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.otherTms).toBeUndefined();
    expect(r.state.facts.tms?.raw).toBe(tms);
  });

  it('site A and site B named together: as before, the answer is for the one fixable in place', () => {
    const f = extractFacts('site A runs TMS 14.6, site B runs TMS 15.2, both get no https response').facts;
    expect(f.tms?.raw).toBe('15.2');
    expect(f.otherTms?.map((v) => v.raw)).toEqual(['14.6']);
  });
});
