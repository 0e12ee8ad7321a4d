import { extractFacts } from '../../src/domain/extract';
import { prodAndTestTms } from '../../src/domain/understand/tms-servers';
import { runText } from './helpers';

const run = runText;

describe('R31 #1: several sites, the failing one is this incident (QA 24 W2)', () => {
  it.each([
    ['en', ['Site Tokyo: TMS 15.13, Room Kits on CE 11.5. Site Osaka: TMS 14.7 with SX20 on TC7.3.21. Osaka is the one failing.', 'SQL 2016 on the TMS server, win 2016']],
    ['en', ['Site Tokyo: TMS 15.13, Room Kits on CE 11.5, working. Site Osaka: TMS 14.7 with SX20 on TC7.3.21, No HTTPS response.']],
    ['en', ['Osaka (TMS 14.7, SX20 on TC7.3.21) is failing; Tokyo (TMS 15.13, CE 11.5) is fine.']],
    ['ja', ['東京拠点はTMS 15.13でRoom Kit（CE11.5）、大阪拠点はTMS 14.7でSX20（TC7.3.21）。問題が出ているのは大阪のみです']],
  ] as const)('%s %j: TMS 14.7 with its own TC 7.3.21; 15.13 noted as working, no fix given for it', (lang, msgs) => {
    const { text, state } = run(lang, [...msgs]);
    expect(state.facts.tms?.semver).toBe('14.7.0');
    expect(state.facts.endpoint?.raw).toBe('TC 7.3.21');
    expect(state.facts.otherTms).toBeUndefined();
    expect(state.facts.workingTms?.map((v) => v.semver)).toEqual(['15.13.0']);
    // (the other site's Room Kits decide nothing about Osaka's SX20s)
    expect(state.facts.endpointModels).toEqual(['SX20']);
    expect(text).toContain('TMS 15.13');
    expect(text).not.toMatch(/same fix applies there|同じ対処が当てはまります/);
    expect(text).not.toMatch(/Communication Security\]? = Medium-High in its TMS Tools/);
  });
  it.each([
    ['en', 'Two customers with the same thing: Customer A runs TMS 15.9 with CE 9.15, customer B runs TMS 14.6.2 with TC 7.3.6. Both see No HTTPS response.'],
    ['ja', 'A社：TMS 15.9／CE9.15、B社：TMS 14.6.2／TC7.3.6、両方ともNo HTTPS response'],
  ] as const)('%s two customers both failing: TMS 15.9 paired with its own CE 9.15, 14.6.2 answered apart', (lang, msg) => {
    const { state } = run(lang, [msg]);
    expect(state.facts.tms?.semver).toBe('15.9.0');
    expect(state.facts.endpoint?.raw).toBe('CE 9.15');
    expect(state.facts.otherTms?.map((v) => v.semver)).toEqual(['14.6.2']);
    expect(state.facts.workingTms).toBeUndefined();
  });
  it('the Medium-High fix is given for a failing 15.x site, and the working 14.x site is only noted', () => {
    const { state } = run('en', ['Site Tokyo: TMS 15.13 with Room Kits on CE 11.5, No HTTPS response. Site Osaka: TMS 14.7 with SX20 on TC7.3.21, works fine.']);
    expect(state.facts.tms?.semver).toBe('15.13.0');
    expect(state.facts.endpoint?.raw).toBe('CE 11.5');
    expect(state.facts.workingTms?.map((v) => v.semver)).toEqual(['14.7.0']);
  });
  it('a new TMS release alone replaces the one noted as working', () => {
    const { state } = run('en', ['Osaka (TMS 14.7, SX20 on TC7.3.21) is failing; Tokyo (TMS 15.13, CE 11.5) is fine.', 'sorry, TMS is 15.2']);
    expect(state.facts.tms?.semver).toBe('15.2.0');
    expect(state.facts.workingTms).toBeUndefined();
  });
  // Negatives: no result said per site, a correction, one server: read as before.
  it.each([
    'site A runs TMS 15.2, site B runs TMS 14.6',
    'TMS 14.5, hang on, it is TMS 15.1, endpoints CE 9.15 fail',
    'TMS 15.9 with CE 9.15, No HTTPS response, the TMS was fine before the upgrade',
  ])('%s: no working TMS noted', (msg) => {
    expect(extractFacts(msg).facts.workingTms).toBeUndefined();
  });
  it.each([
    ['en', 'site A runs TMS 15.2, site B runs TMS 14.6, both get no https response. Codecs are CE 9.15 everywhere'],
    ['ja', '拠点Aと拠点Bで同じエラー。拠点AはTMS 15.2、拠点BはTMS 14.6。端末はどちらもCE9.15'],
  ] as const)('%s endpoints said for every site stay: %s', (lang, msg) => {
    const { state } = run(lang, [msg]);
    expect(state.facts.tms?.semver).toBe('15.2.0');
    expect(state.facts.endpoint?.raw).toBe('CE 9.15');
    expect(state.facts.otherTms?.map((v) => v.semver)).toEqual(['14.6.0']);
  });
  it('site A / site B with no result keeps both servers as before', () => {
    const f = extractFacts('site A runs TMS 15.2 with CE 9.15, site B runs TMS 14.6 with TC 7.3.6').facts;
    expect(f.tms?.semver).toBe('15.2.0');
    expect(f.otherTms?.map((v) => v.semver)).toEqual(['14.6.0']);
  });
});

describe('R31 #2: "the other site is still on TMS 14.6, separate ticket" keeps this TMS (QA 24 F5)', () => {
  it.each([
    ['en', 'TMS 15.9, CE 9.15, Win 2016, SQL 2016 local', "the other site is still on TMS 14.6 by the way, but that's a separate ticket"],
    ['en', 'TMS 15.9, CE 9.15, Win 2016, SQL 2016 local', 'another site is still running TMS 14.6'],
    ['ja', 'TMS15.9、CE9.15、Win2016、SQL2016ローカル', 'ちなみに別拠点はまだTMS 14.6ですが、そちらは別チケットです'],
    ['ja', 'TMS15.9、CE9.15、Win2016、SQL2016ローカル', '他の拠点は今もTMS 14.6です'],
  ] as const)('%s %s → %s: TMS 15.9 kept, 14.6 noted as another server', (lang, setup, msg) => {
    const { text, state } = run(lang, [setup, msg]);
    expect(state.facts.tms?.semver).toBe('15.9.0');
    expect(state.facts.otherTms?.map((v) => v.semver)).toEqual(['14.6.0']);
    expect(text).not.toMatch(/TMS 15\.9 → TMS 14\.6/);
  });
  it.each([
    ['en', 'TMS 15.9, CE 9.15, Win 2016, SQL 2016 local', 'sorry, TMS is still on 14.6, not 15.9'],
    ['ja', 'TMS15.9、CE9.15、Win2016、SQL2016ローカル', 'すみません、TMSはまだ14.6でした'],
  ] as const)('%s a correction of this TMS still replaces it: %s → %s', (lang, setup, msg) => {
    const { state } = run(lang, [setup, msg]);
    expect(state.facts.tms?.semver).toBe('14.6.0');
    expect(state.facts.otherTms).toBeUndefined();
  });
});

describe('R31 #3: "the other TMS works fine" is said back as noted', () => {
  const EN = 'TMS 15.9, CE 9.15, Win 2016, SQL 2016 local';
  const JA = 'TMS15.9、CE9.15、Win2016、SQL2016ローカル';
  it.each([
    ['en', EN, 'the other TMS works fine', /Noted: the other TMS server works/],
    // FIX20B: a TMS at another site gets its own line (not the redundant-pair note)
    ['en', EN, "the other site's TMS is OK", /Noted: the TMS at the other site works/],
    ['en', EN, 'the other TMS 15.13 works', /Noted: the other TMS server works/],
    ['ja', JA, 'もう一台のTMSは問題ない', /もう一方の TMS サーバは問題なく動いている/],
    ['ja', JA, '別のTMSは正常です', /もう一方の TMS サーバは問題なく動いている/],
  ] as const)('%s %s → %s: one line, this TMS kept', (lang, setup, msg, line) => {
    const { text, state } = run(lang, [setup, msg]);
    expect(text).toMatch(line);
    expect(text).not.toMatch(/could not find a version|読み取れませんでした/);
    expect(state.facts.tms?.semver).toBe('15.9.0');
  });
  it('said in the first message beside this TMS', () => {
    const { text, state } = run('en', ['TMS 15.9 with CE 9.15 fails, the other TMS works fine']);
    expect(text).toMatch(/Noted: the other TMS server works/);
    expect(state.facts.tms?.semver).toBe('15.9.0');
  });
  it.each([
    ['en', EN, "the other TMS doesn't work either"],
    ['en', EN, 'does the other TMS work?'],
    ['en', EN, 'the other TMS node is fine'],
    ['ja', JA, 'もう一台のTMSも問題が出ています'],
    ['ja', JA, '冗長構成で、もう一台のTMSは問題ない'],
  ] as const)('%s negative %s → %s: no "works" line', (lang, setup, msg) => {
    const { text } = run(lang, [setup, msg]);
    expect(text).not.toMatch(/Noted: the other TMS server works|もう一方の TMS サーバは問題なく動いている/);
  });
});

describe('R31 #4: "also … same error" adds a failing group; a correction still replaces', () => {
  const EN = 'TMS 15.9, SX20 on TC 7.3.7 shows No HTTPS response';
  const JA = 'TMS 15.9、SX20 TC 7.3.7 で No HTTPS response';
  it.each([
    ['en', EN, 'also 3 Room Kit Pros on CE 9.15, same error', /endpoints on CE 9\.15 fail too/],
    ['en', EN, '3 Room Kit Pros on CE 9.15 fail too', /endpoints on CE 9\.15 fail too/],
    ['ja', JA, 'Room Kit Pro 3台（CE9.15）も同じエラーです', /CE 9\.15 のエンドポイントでも失敗/],
  ] as const)('%s %s → %s: both releases kept as failing groups', (lang, setup, msg, line) => {
    const { text, state } = run(lang, [setup, msg]);
    expect(state.facts.endpoint?.raw).toBe('TC 7.3.7');
    expect(state.facts.endpointGroups?.map((g) => [g.endpoint.raw, g.fails])).toEqual([
      ['TC 7.3.7', true],
      ['CE 9.15', true],
    ]);
    expect(text).toMatch(line);
    expect(text).not.toMatch(/TC 7\.3\.7 → CE 9\.15/);
  });
  it.each([
    ['en', EN, 'sorry, they are on CE 9.15 not TC'],
    ['en', EN, 'my bad, they are CE 9.15, same error'],
    ['ja', JA, 'すみません、TCではなくCE9.15でした'],
  ] as const)('%s correction %s → %s: CE 9.15 replaces TC 7.3.7', (lang, setup, msg) => {
    const { state } = run(lang, [setup, msg]);
    expect(state.facts.endpoint?.raw).toBe('CE 9.15');
    expect(state.facts.endpointGroups).toBeUndefined();
  });
});

describe('R31 #5: the prod/test reader takes TMS-shaped releases only', () => {
  it.each(['prod on 11.5, test on 11.8', 'prod is 11.5, staging is 11.8', '本番は11.5、検証環境は11.8です', '本番環境は10.15、テスト環境は11.8'])('%s: no TMS pair', (m) => {
    expect(prodAndTestTms(m)).toBeNull();
  });
  it.each([
    ['prod is 15.9, staging is 14.6', '15.9', '14.6'],
    ['本番はTMS 15.9、検証環境は14.6です', '15.9', '14.6'],
    ['本番は15.9、ステージングは14.6', '15.9', '14.6'],
  ])('%s: still read as prod %s, other %s', (m, prod, other) => {
    expect(prodAndTestTms(m)).toEqual({ prod, other });
  });
  it('TMS 15.9 with the codecs "prod on 11.5, test on 11.8" keeps TMS 15.9 and no other server', () => {
    const f = extractFacts('TMS 15.9, No HTTPS response on the codecs, prod on 11.5, test on 11.8').facts;
    expect(f.tms?.semver).toBe('15.9.0');
    expect(f.otherTms).toBeUndefined();
  });
});
