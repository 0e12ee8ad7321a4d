/**
 * Round 40 (helper R40A), item 3: "the other TMS 15.13 works", said with no site word after the failing TMS was given as
 * 15.9 (a question still open): 15.9 stays the TMS answered for, 15.13 is noted as working and is not told to take the fix.
 */
import { rendered, runIn } from './helpers';

describe('another TMS said to work, after the failing one', () => {
  it.each<['en' | 'ja', string, string]>([
    ['en', 'TMS 15.9, CE 9.15', 'the other TMS 15.13 works'],
    ['en', 'TMS 15.9, CE 9.15', 'the other TMS (15.13) works fine'],
    ['en', 'TMS 15.9, CE 9.15', 'our other TMS is 15.13 and it works'],
    ['en', 'TMS 15.9, CE 9.15', 'TMS 15.13 on the other server works'],
    ['ja', 'TMS 15.9、CE 9.15', 'もう一台のTMS 15.13は正常です'],
  ])('%s %j then %j: TMS 15.9 kept, 15.13 noted as working', (lang, first, then) => {
    const { facts } = runIn(lang, [first, then]).state;
    expect(facts.tms?.raw).toBe('15.9');
    expect(facts.workingTms?.map((v) => v.raw)).toEqual(['15.13']);
    expect(facts.otherTms).toBeUndefined();
    // (Nothing else read from the remark: "the other server" is no answer to the SQL question.)
    expect(facts.sqlLocation).toBeUndefined();
  });

  it('the full answer is for TMS 15.9 and gives the working server no step', () => {
    const out = rendered(runIn('en', ['TMS 15.9, CE 9.15', 'the other TMS 15.13 works', 'SQL 2016 on the TMS server, Windows 2016, Medium']));
    expect(out).toMatch(/TMS 15\.9/);
    expect(out).not.toMatch(/TMS 15\.13: also 15 or later, so the same fix applies/);
  });

  it('while the TMS question is open, a working server is no answer to it', () => {
    const { facts } = runIn('en', ['No HTTPS response after upgrading codecs to CE 9.15', 'the other TMS 15.13 works']).state;
    expect(facts.tms).toBeUndefined();
    expect(facts.workingTms?.map((v) => v.raw)).toEqual(['15.13']);
  });

  it('another server said to fail is still another server to fix', () => {
    const { facts } = runIn('en', ['TMS 15.9, CE 9.15', 'the other TMS (15.13) fails too']).state;
    expect(facts.tms?.raw).toBe('15.9');
    expect(facts.otherTms?.map((v) => v.raw)).toEqual(['15.13']);
  });
});
