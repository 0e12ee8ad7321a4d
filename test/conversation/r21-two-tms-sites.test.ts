/**
 * QA round 20 #3: two sites on different TMS releases ("site A runs TMS 15.2, site B runs TMS 14.6"). Both are kept;
 * the answer is for the one fixable in place, the other gets its own verdict (upgrade or TC 7.3.3 downgrade), and
 * "site B?" / 「拠点Bは？」 is answered with it. Neither is dropped silently nor given the other's verdict.
 */
import { findings, rendered, runIn } from './helpers';
import { extractFacts } from '../../src/domain/extract';

const EN = ['site A runs TMS 15.2, site B runs TMS 14.6, both get no https response', 'codecs are ce 9.15 everywhere', 'sql 2016 remote, win 2016'];
const JA = ['拠点Aと拠点Bで同じエラー。拠点AはTMS 15.2、拠点BはTMS 14.6', '端末はどちらもCE9.15', 'SQL2016リモート、Win2016'];

describe('two TMS releases named: both kept, each its own verdict', () => {
  it('EN: the answer is the in-place fix for TMS 15.2, with the TMS 14.6 verdict beside it', () => {
    const r = runIn('en', EN);
    const out = rendered(r);
    expect(r.state.facts.tms?.raw).toBe('15.2');
    expect(r.state.facts.otherTms?.map((v) => v.raw)).toEqual(['14.6']);
    expect(findings(r)).toEqual(expect.arrayContaining(['other-tms-releases', 'tms-tools-medium-high']));
    expect(findings(r)).not.toContain('tms-pre15-upgrade-or-downgrade');
    expect(out).toMatch(/this answer is for TMS 15\.2/);
    expect(out).toMatch(/TMS 14\.6: before 15, so the in-place fix does not exist there[^]*upgrade that TMS to 15\.x[^]*TC 7\.3\.3/);
    expect(out).not.toMatch(/TMS 15\.2 cannot be fixed in place/);
  });
  it('JA: the same, in Japanese', () => {
    const r = runIn('ja', JA);
    const out = rendered(r);
    expect(r.state.facts.tms?.raw).toBe('15.2');
    expect(r.state.facts.otherTms?.map((v) => v.raw)).toEqual(['14.6']);
    expect(out).toMatch(/この回答は TMS 15\.2 についてのもの/);
    expect(out).toMatch(/TMS 14\.6：15 より前のため、その場での対処はできません/);
  });
  it('the other server is named from the first turn ("Understood so far")', () => {
    expect(rendered(runIn('en', EN.slice(0, 1)))).toMatch(/TMS 15\.2 · other server: TMS 14\.6/);
    expect(rendered(runIn('ja', JA.slice(0, 1)))).toMatch(/TMS 15\.2、ほかのサーバ：TMS 14\.6/);
  });
  it.each([
    ['en', [...EN.slice(0, 2), 'site B?']],
    ['en', [...EN.slice(0, 2), 'what about the other site?']],
    ['ja', [...JA.slice(0, 2), '拠点Bは？']],
    ['ja', [...JA.slice(0, 2), 'もう一方のTMSは？']],
  ] as const)('%s %j: the other server\'s verdict, not "I don\'t know that one"', (lang, msgs) => {
    const out = rendered(runIn(lang, msgs));
    expect(out).toMatch(/TMS 14\.6[:：]/);
    expect(out).not.toMatch(/I don't know that one|お答えできません/);
  });
  it('two 15.x servers: the same fix, done on each server', () => {
    const r = runIn('en', ['site A runs TMS 15.2, site B runs TMS 15.12, ce 9.15, sql 2016 remote, win 2016']);
    expect(rendered(r)).toMatch(/TMS 15\.12: also 15 or later, so the same fix applies there/);
  });
  it('a TMS release named alone later replaces the other servers ("sorry, TMS is 15.3")', () => {
    const r = runIn('en', [...EN, 'sorry, TMS is 15.3']);
    expect(r.state.facts.otherTms).toBeUndefined();
  });
});

describe('two TMS releases: not an upgrade path, a correction or alternatives', () => {
  it.each([
    'we upgraded TMS from 14.6 to 15.2, ce 9.15',
    'TMS 14.6 → 15.2 last week',
    'TMS 15.2, sorry 14.6',
    'TMS 15.2 or 14.6, not sure',
    'is TMS 14.6 affected? we run TMS 15.2',
    '我々のTMSは14.6から15.2にアップグレードしました',
  ])('%j', (t) => {
    expect(extractFacts(t).facts.otherTms).toBeUndefined();
  });
});
