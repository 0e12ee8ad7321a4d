/**
 * knowledge.md (TMS before 15) says only that going from CE to TC resets the configuration: the plan answer for a TMS
 * before 15 no longer says a downgrade to TC 7.3.3 resets it whatever the endpoints run.
 */
import { rendered, runIn } from './helpers';

describe('the TC 7.3.3 stopgap while a TMS upgrade is planned', () => {
  it.each<['en' | 'ja', string, string, RegExp, RegExp]>([
    ['en', 'TMS 14.6.2, SX20 endpoints on TC 7.3.6 show No HTTPS response', 'I will upgrade TMS to 15.13 tonight', /going from CE back to TC resets their configuration/, /\(it resets their configuration/],
    ['ja', 'TMS 14.6.2、TC 7.3.6のSX20でNo HTTPS responseです', '今夜 TMS を 15.13 にアップグレードする予定です', /CE から TC に戻すと設定はリセットされます/, /（設定はリセットされます/],
  ])('%s: the reset is said of CE to TC only', (lang, first, plan, said, notSaid) => {
    const out = rendered(runIn(lang, [first, plan]));
    expect(out).toMatch(/TC 7\.3\.3/);
    expect(out).toMatch(said);
    expect(out).not.toMatch(notSaid);
  });
});
