/**
 * FIX21B #4 (REV21-a, lower): TMS 14.6.2 + "let's try Medium-High" led with the Medium-High step; the fact that releases
 * before 15 have no Medium-High came after it. Now it leads (TLS 1.0 stays, upgrade TMS); TMS 15 proposals unchanged.
 */
import { rendered, runIn } from './helpers';

const PRE15 = { en: 'TMS 14.6.2, endpoints CE 9.15, SQL 2016 on a separate server, level Medium', ja: 'TMS 14.6.2、エンドポイントは CE 9.15、SQL 2016 は別サーバです' } as const;

describe('proposal of Medium-High on TMS before 15', () => {
  it.each([
    ['en', "let's try Medium-High", /^Not on TMS 14\.6\.2: releases before 15 have no Medium-High.*TLS 1\.0 must stay enabled.*upgrading TMS to 15\.x/s, /Set Communication Security to Medium-High/],
    ['ja', 'Medium-High にしてみましょうか？', /^TMS 14\.6\.2 ではできません。15 より前のリリースには Medium-High がなく.*TLS 1\.0 を有効のままに.*15\.x\s*にアップグレード/s, /Medium-High にする|Medium-High に設定/],
  ] as const)('%s %j: no Medium-High on this release leads', (lang, msg, lead, step) => {
    const r = runIn(lang, [PRE15[lang], msg]);
    const out = rendered(r);
    expect(out).toMatch(lead);
    const at = out.search(step);
    if (at >= 0) expect(out.search(lead)).toBeLessThan(at);
    expect(r.state.facts.level === 'medium-high').toBe(false);
  });

  it('TMS 15.2: the proposal is still answered yes', () => {
    const out = rendered(runIn('en', ['TMS 15.2, endpoints CE 9.15, SQL 2016 on a separate server, level Medium', "let's try Medium-High"]));
    expect(out).toMatch(/^Yes: Medium-High is the change/);
    expect(out).not.toMatch(/releases before 15 have no Medium-High/);
  });

  it('TMS 14.6.2, "what is Medium-High?" (no proposal): unchanged, no lead', () => {
    expect(rendered(runIn('en', [PRE15.en, 'what is Medium-High?']))).not.toMatch(/^Not on TMS 14\.6\.2/);
  });
});
