import { detectLang, extractFacts } from '../../src/domain/extract';

describe('extractFacts: English', () => {
  it('reads "TMS 15.2.1, codecs on ce9.15, SQL 2012 SP1"', () => {
    const { facts, problems, lang } = extractFacts('TMS 15.2.1, codecs on ce9.15, SQL 2012 SP1');
    expect(lang).toBe('en');
    expect(facts.tms?.semver).toBe('15.2.1');
    expect(facts.endpoint).toMatchObject({ family: 'CE', semver: '9.15.0' });
    expect(facts.sql).toMatchObject({ year: 2012, sp: 1, r2: false });
    expect(facts.windows).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('reads a full description with location, Windows and level', () => {
    const { facts } = extractFacts(
      'TMS is 15.2.1, endpoints TC7.3.6, SQL 2008 R2 on the TMS box, Windows 2012 R2, security Medium',
    );
    expect(facts.tms?.semver).toBe('15.2.1');
    expect(facts.endpoint).toMatchObject({ family: 'TC', semver: '7.3.6' });
    expect(facts.sql).toMatchObject({ year: 2008, r2: true });
    expect(facts.sqlLocation).toBe('local');
    expect(facts.windows).toMatchObject({ year: 2012, r2: true });
    expect(facts.level).toBe('medium');
  });

  it('tells SQL years from Windows years by the nearest keyword, without commas', () => {
    const { facts } = extractFacts('TMS 15.13 with SQL Server 2012 SP2 CU10 on Windows Server 2008 R2');
    expect(facts.tms?.semver).toBe('15.13.0');
    expect(facts.sql).toMatchObject({ year: 2012, sp: 2, cu: 10 });
    expect(facts.windows).toMatchObject({ year: 2008, r2: true });
  });

  // QA36 #9: SQL Server has no 2012 R2, so a bare "2012 R2" can only be the Windows release.
  it('reads a bare "2012 R2" (no keyword) as Windows', () => {
    const { facts, problems } = extractFacts('2012 R2');
    expect(facts).toEqual({ windows: { year: 2012, r2: true, raw: '2012 R2' } });
    expect(problems).toEqual([]);
  });

  it('leaves a bare "2016" alone (no keyword: SQL or Windows)', () => {
    const { facts, problems } = extractFacts('2016');
    expect(facts).toEqual({});
    expect(problems).toEqual([]);
  });

  it('takes a correction as the new value', () => {
    expect(extractFacts('actually TMS is 14.6').facts.tms?.semver).toBe('14.6.0');
    expect(extractFacts('TMS 15.2.1. Sorry, actually TMS is 14.6.2').facts.tms?.semver).toBe('14.6.2');
  });

  it.each([
    ['SQL is on a separate server', 'remote'],
    ['we use remote SQL', 'remote'],
    ['the database is on another server', 'remote'],
    ['SQL on the TMS server', 'local'],
    ['local SQL', 'local'],
    ['SQLは別サーバ', 'remote'],
    ['SQLはTMSと同じサーバです', 'local'],
    ['The TMS box also hosts SQL Server 2012 SP2 CU10', 'local'],
    ['SQL 2016 (remote)', 'remote'],
  ])('sqlLocation: %s → %s', (text, loc) => {
    expect(extractFacts(text).facts.sqlLocation).toBe(loc);
  });

  it.each([
    ['we manage them over HTTP', false],
    ['TMS talks to the codecs via plain HTTP', false],
    ['they are managed over HTTPS', true],
    ['we do not use HTTPS for those', false],
    ['No HTTPS response on all codecs', undefined],
    ['HTTPではなくHTTPSで管理しています', true],
    ['HTTPで管理しています', false],
    ['HTTPSではなくHTTPです', false],
    ['TMS falls back to plain HTTP and gets a 301', undefined],
    ['TMSはHTTPでリトライして301が返ります', undefined],
    ['we manage them over HTTPS. TMS then retries via HTTP on port 80', true],
  ])('https: %s → %s', (text, https) => {
    expect(extractFacts(text).facts.https).toBe(https);
  });

  it('does not take TLS/port/KB/event numbers for versions', () => {
    const { facts, problems } = extractFacts(
      'TMS only sends TLS 1.0, port 443 resets, KB3052404 is installed, event 26011 appears',
    );
    expect(facts.tms).toBeUndefined();
    expect(facts.endpoint).toBeUndefined();
    expect(facts.sql).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('reports a vague endpoint version as a problem with vague=true', () => {
    const { facts, problems } = extractFacts('TMS 15.2.1 and the codecs are on CE8');
    expect(facts.endpoint).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'endpoint', vague: true });
  });

  it('drops the problem when a precise value follows', () => {
    const { facts, problems } = extractFacts('endpoints are TC7.3, I mean TC7.3.6');
    expect(facts.endpoint?.semver).toBe('7.3.6');
    expect(problems).toEqual([]);
  });

  it('reports an impossible TMS version politely', () => {
    const { facts, problems } = extractFacts('TMS 99');
    expect(facts.tms).toBeUndefined();
    expect(problems[0]).toMatchObject({ field: 'tms' });
  });

  it('reads levels with and without keywords', () => {
    expect(extractFacts('we already set Medium-High').facts.level).toBe('medium-high');
    expect(extractFacts('TMS is at Medium').facts.level).toBe('medium');
    expect(extractFacts('communication security is High').facts.level).toBe('high');
    expect(extractFacts('the CPU load is high').facts.level).toBeUndefined();
  });

  it('reads endpoint versions after an endpoint keyword', () => {
    expect(extractFacts('the endpoints were upgraded to 7.3.6').facts.endpoint).toMatchObject({ family: 'TC', semver: '7.3.6' });
    expect(extractFacts('s52010tc7_3_5.pkg is on the codecs').facts.endpoint?.semver).toBe('7.3.5');
    expect(extractFacts('Room Kits on RoomOS 11.5').facts.endpoint?.family).toBe('RoomOS');
  });

  it.each([
    ['TMS is not 15, it\'s 14.6', '14.6.0'],
    ['TMS 15.2.1, sorry, 15.2.2', '15.2.2'],
    ['TMSは15.2.1、いや、15.3です', '15.3.0'],
    ['TMS 15.2.1. Sorry. Nothing else.', '15.2.1'],
  ])('a correction without a keyword continues the topic: %s → %s', (text, v) => {
    expect(extractFacts(text).facts.tms?.semver).toBe(v);
  });

  it('a bare value after another topic is not taken for it', () => {
    const { facts } = extractFacts('TMS 15.2.1, 2016');
    expect(facts.tms?.semver).toBe('15.2.1');
    expect(facts.windows).toBeUndefined();
    expect(facts.sql).toBeUndefined();
    // (QA36 #9: "2012 R2" can only be Windows, so after TMS it is Windows', not TMS's.)
    const r2 = extractFacts('TMS 15.2.1, 2012 R2').facts;
    expect(r2.tms?.semver).toBe('15.2.1');
    expect(r2.windows).toMatchObject({ year: 2012, r2: true });
    expect(r2.sql).toBeUndefined();
  });

  it('IP addresses are not versions', () => {
    expect(extractFacts('the endpoint 10.0.0.5 shows No HTTPS response').facts.endpoint).toBeUndefined();
    const r = extractFacts('TMS at 10.1.2.3 is 15.2.1');
    expect(r.facts.tms?.semver).toBe('15.2.1');
    expect(r.problems).toEqual([]);
    expect(extractFacts('codecs on 9.15.3.17').facts.endpoint?.semver).toBe('9.15.3');
  });

  it('reads a pasted SELECT @@VERSION, including the Windows NT version', () => {
    const { facts } = extractFacts(
      'Microsoft SQL Server 2012 (SP1) - 11.0.3128.0 (X64) Dec 28 2012 20:23:12 Copyright (c) Microsoft Corporation Standard Edition (64-bit) on Windows NT 6.1 <X64> (Build 7601: Service Pack 1)',
    );
    expect(facts.sql).toMatchObject({ year: 2012, sp: 1, build: '11.0.3128.0' });
    expect(facts.windows).toMatchObject({ year: 2008, r2: true });
  });

  it('dates are not release years', () => {
    const { facts, problems } = extractFacts('SQL Server logged event 17182 at 2016-03-01 10:22, Windows log from 01/03/2019');
    expect(facts.sql).toBeUndefined();
    expect(facts.windows).toBeUndefined();
    expect(problems).toEqual([]);
    expect(extractFacts('SQL 2012 since 2016-03-01').facts.sql?.year).toBe(2012);
  });

  it('reads package/build forms', () => {
    const { facts } = extractFacts('SQL build 10.50.6560.0, OS win2k12r2');
    expect(facts.sql).toMatchObject({ year: 2008, r2: true, build: '10.50.6560.0' });
    expect(facts.windows).toMatchObject({ year: 2012, r2: true });
  });

  it('does not count "200 endpoints" or an SX80 model as versions', () => {
    const { facts, problems } = extractFacts('TMS has 200 endpoints, mostly SX80');
    expect(facts.tms).toBeUndefined();
    expect(facts.endpoint).toBeUndefined();
    expect(problems).toEqual([]);
  });
});

describe('extractFacts: Japanese', () => {
  it('reads "TMSは15.2.1、エンドポイントはTC7.3.6です"', () => {
    const { facts, lang } = extractFacts('TMSは15.2.1、エンドポイントはTC7.3.6です');
    expect(lang).toBe('ja');
    expect(facts.tms?.semver).toBe('15.2.1');
    expect(facts.endpoint).toMatchObject({ family: 'TC', semver: '7.3.6' });
  });

  it('reads "SQLは2012 SP1、Windowsは2012 R2"', () => {
    const { facts } = extractFacts('SQLは2012 SP1、Windowsは2012 R2');
    expect(facts.sql).toMatchObject({ year: 2012, sp: 1 });
    expect(facts.windows).toMatchObject({ year: 2012, r2: true });
  });

  it('reads full-width digits and a level in Japanese', () => {
    const { facts } = extractFacts('ＴＭＳのバージョンは１５．２．１、通信セキュリティは中です');
    expect(facts.tms?.semver).toBe('15.2.1');
    expect(facts.level).toBe('medium');
  });

  it('reads CE after a particle and ミディアムハイ', () => {
    const { facts } = extractFacts('コーデックはCE9.15.3、セキュリティはミディアムハイに設定済み');
    expect(facts.endpoint).toMatchObject({ family: 'CE', semver: '9.15.3' });
    expect(facts.level).toBe('medium-high');
  });

  it('does not read 確認中 as a level', () => {
    expect(extractFacts('セキュリティ設定は確認中です').facts.level).toBeUndefined();
  });
});

describe('detectLang', () => {
  it.each([
    ['hello', 'en'],
    ['TMSは15', 'ja'],
    ['カタカナ', 'ja'],
    ['漢字', 'ja'],
    ['', 'en'],
    ['💥', 'en'],
  ])('%s → %s', (t, lang) => {
    expect(detectLang(t)).toBe(lang);
  });
});

describe('extractFacts is total and linear-ish', () => {
  const nasty = [
    '\ud800\udc00\ud800',
    '\udfff',
    '\u0000'.repeat(100),
    '🎉'.repeat(5000),
    'TMS '.repeat(5000),
    'tc7.'.repeat(5000),
    'SQL 2012 R2 '.repeat(2000),
    '1.'.repeat(10000),
    'a,'.repeat(10000),
    '中'.repeat(20000),
    'over http '.repeat(3000),
    String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536)),
  ];
  it.each(nasty.map((n, i) => [i, n]))('input #%i never throws', (_i, n) => {
    const r = extractFacts(n);
    expect(Array.isArray(r.problems)).toBe(true);
    expect(['en', 'ja']).toContain(r.lang);
  });

  it('non-strings do not throw either', () => {
    for (const v of [null, undefined, 42, {}, []]) expect(() => extractFacts(v as unknown as string)).not.toThrow();
  });

  it('finds a fact at the end of a 20k-character message', () => {
    const text = 'lorem ipsum dolor sit amet, '.repeat(800) + 'TMS 15.2.1';
    expect(text.length).toBeGreaterThan(20000);
    expect(extractFacts(text).facts.tms?.semver).toBe('15.2.1');
  });
});

describe('extractFacts: endpoints on several versions', () => {
  it.each([
    ['some on TC7.3.3, others on CE9.8', 'CE', '9.8.0', ['7.3.3', '9.8.0']],
    ['TC7.3.3 to TC7.3.21', 'TC', '7.3.21', ['7.3.3', '7.3.21']],
    ['CE 9.8 と TC7.3.3 が混在', 'CE', '9.8.0', ['9.8.0', '7.3.3']],
  ])('%s → the affected one, all listed', (text, family, semver, all) => {
    const ex = extractFacts(text);
    expect(ex.facts.endpoint).toMatchObject({ family, semver });
    expect(ex.mixedEndpoints?.map((e) => e.semver)).toEqual(all);
  });

  it.each(['TC7.3.6, sorry, TC7.3.5', 'No HTTPS response on CE 9.8 and CE 9.15', 'TC7.3.3, actually CE 9.8'])('%s → no mix reported', (text) => {
    expect(extractFacts(text).mixedEndpoints).toBeUndefined();
  });

  // The raw kept (and shown) is the version as written, not the slice of the sentence after it.
  it.each([
    ["After last weekend's upgrade of our Room Kits (ce9.15.3.17) and two old C40s (still TC7.3.3), TMS 15.13 shows No HTTPS response", ['ce 9.15.3.17', 'TC 7.3.3']],
    ['端末: Room Kit ×12（ce9.15.3.17）、C60 ×4（TC7.3.5）、DX80 ×2（TC7.3.6）', ['ce 9.15.3.17', 'TC 7.3.5', 'TC 7.3.6']],
  ])('%s → raw values are the version tokens', (text, raws) => {
    const ex = extractFacts(text);
    expect(ex.mixedEndpoints?.map((e) => e.raw)).toEqual(raws);
  });
  it.each([
    ['codecs on TC7.3.6.4c7b8e7 mostly', 'TC 7.3.6.4c7b8e7'],
    ['endpoints are on ce9.15.3.17) and two old C40s', 'ce 9.15.3.17'],
    ['the endpoints run CE 9.15.3 (Room Kit)', 'CE 9.15.3'],
  ])('%s → raw %s', (text, raw) => {
    expect(extractFacts(text).facts.endpoint?.raw).toBe(raw);
  });
  it.each([
    ['We migrated TMS 15.13 to a new VM last week (Windows Server 2022)', '15.13'],
    ['TMS は 15.2.1 ではなく 14.6.2 でした', '14.6.2'],
    ['TMS v15.0 here', 'v15.0'],
  ])('%s → TMS raw %s', (text, raw) => {
    expect(extractFacts(text).facts.tms?.raw).toBe(raw);
  });
});

describe('extractFacts: Windows edition after a year', () => {
  it.each([
    ['SQL 2016 / 2019 DC', 2019, false],
    ['2012 R2 Datacenter', 2012, true],
  ])('%s → Windows %s', (text, year, r2) => {
    expect(extractFacts(text).facts.windows).toMatchObject({ year, r2 });
  });
  it('a SQL Server year followed by DC stays SQL', () => {
    const f = extractFacts('SQL Server 2019 Datacenter').facts;
    expect(f.sql?.year).toBe(2019);
    expect(f.windows).toBeUndefined();
  });
});

describe('extractFacts: SQL Express named by its edition after a year', () => {
  it.each([
    ['TMS 15.2.1, CE 9.15, SQL is the Express that came with TMS, 2008 R2 Express', 2008, true, null],
    ['TMS 15.2.1 on 2012 R2 Standard with 2014 SP2 Express', 2014, false, 2],
    ['SQLはTMS付属の2008 R2 Express（同居）', 2008, true, null],
  ])('%s → SQL %s', (text, year, r2, sp) => {
    const f = extractFacts(text).facts;
    expect(f.sql).toMatchObject({ year, r2, sp });
    expect(f.windows?.year).not.toBe(year);
  });
  it('the bundled Express in the same clause as 同居 is on the TMS server', () => {
    expect(extractFacts('SQLはTMS付属の2008 R2 Express（同居）').facts.sqlLocation).toBe('local');
  });
  it('"Windows Server 2016 Standard" stays Windows', () => {
    const f = extractFacts('Windows Server 2016 Standard').facts;
    expect(f.windows?.year).toBe(2016);
    expect(f.sql).toBeUndefined();
  });
});

describe('extractFacts: TMS glued to its version', () => {
  it.each([
    ['TMSv15.13.1 CE9.15.3.17 SQL2019 WS2022', '15.13.1'],
    ['tmsv14.6.2', '14.6.2'],
  ])('%s → TMS %s', (text, v) => {
    expect(extractFacts(text).facts.tms?.semver).toBe(v);
  });
});

describe('extractFacts: SQL on another server, in more words', () => {
  it.each([
    ['TMS 15.2.1, CE 9.15. SQL: not Express, full 2014 SP3, on its own server', 'remote'],
    ['SQL は TMS とは別の DB サーバ（2008 R2）にあります', 'remote'],
    ['SQL は別の SQL サーバ上の 2014 です', 'remote'],
    ['SQL 2016 on the same box', 'local'],
  ])('%s → %s', (text, where) => {
    expect(extractFacts(text).facts.sqlLocation).toBe(where);
  });
});

describe('extractFacts: a level stated before the question of the same sentence', () => {
  // The question mark at the end of a list of facts ("…, any idea?") does not make the level named
  // in an earlier clause a question: it is the user's setting, as the versions around it are.
  it.each([
    ['TMS 15.13, CE 9.15, security level Medium-High, SQL 2016, Windows 2016 - any idea?', 'medium-high'],
    ['ce 9.15.3.17 on the room kits, tms is at 15.13, security level medium, sql express 2016? not sure', 'medium'],
    ['TMS 15.13 with CE 9.15 and level medium, why does it fail?', 'medium'],
    ['TMS 15.13, CE 9.15, Medium-High, SQL 2016, any idea?', 'medium-high'],
    ['TMS 15.13、CE 9.15、レベルは Medium-High、SQL 2016、OS 2016 ですが、どうすればいいですか？', 'medium-high'],
    ['TMS 15.13、CE 9.15、通信セキュリティは Medium、SQL 2016 ですが、原因は何でしょうか？', 'medium'],
  ])('%s → %s', (text, level) => {
    expect(extractFacts(text).facts.level).toBe(level);
  });
  // A level that the question itself is about, or that sits in a condition, is still not a setting.
  it.each([
    'Medium or Medium-High?',
    'the level, is it medium?',
    'for Medium-High, do we need a reboot?',
    'with level medium-high, do we need a reboot?',
    'Medium, Medium-High or High?',
    'レベルを Medium-High にした場合、再起動は必要ですか？',
    'セキュリティレベルを Medium-High にする前に、何を確認すべきですか？',
    'if the level is medium, what then?',
    'before we switch to Medium-High, what should we check?',
  ])('%s → no level', (text) => {
    expect(extractFacts(text).facts.level).toBeUndefined();
  });
});

describe('extractFacts: a comma typed for the dot of a two-part version, right after its product', () => {
  it.each([
    ['TMS 15.2.1 with CE9,15 endpoints', 'endpoint', '9.15.0'],
    ['CE 8,0 on the codecs', 'endpoint', '8.0.0'],
    ['TMS 15,13 and RoomOS 11', 'tms', '15.13.0'],
  ])('%s → %s %s', (text, field, v) => {
    const f = extractFacts(text).facts as Record<string, { semver?: string } | undefined>;
    expect(f[field]?.semver).toBe(v);
  });
  it('"tc7,3" is as vague as "tc7.3": asked, not guessed', () => {
    expect(extractFacts('tc7,3 and TMS 15.2.1').problems).toEqual(extractFacts('tc7.3 and TMS 15.2.1').problems);
  });
  it('a comma and a space still separate ("CE9, 15 endpoints")', () => {
    expect(extractFacts('TMS 15.2.1, CE9, 15 endpoints').facts.endpoint?.semver).toBe('9.0.0');
  });
});

describe('extractFacts: a misspelt Medium is still Medium (not the High after it)', () => {
  it.each([
    ['level is Medum-High already', 'medium-high'],
    ['security level meduim high', 'medium-high'],
    ['we are at Midium-High', 'medium-high'],
    ['TMS is at Mediun', 'medium'],
    ['level medum', 'medium'],
  ])('%s → %s', (text, level) => {
    expect(extractFacts(text).facts.level).toBe(level);
  });
});

describe('extractFacts: "on box" is on the TMS server', () => {
  it('TMS 15.2.1 / TC7.3.6 / SQL 2008 R2 on box', () => {
    expect(extractFacts('TMS 15.2.1 / TC7.3.6 / SQL 2008 R2 on box / 2008 R2').facts.sqlLocation).toBe('local');
    expect(extractFacts('SQL 2016 off box').facts.sqlLocation).toBe('remote');
  });
});

describe('extractFacts: do endpoints fail too, or only another product?', () => {
  it.each([
    ['our endpoints and the Expressway both show No HTTPS response, TMS 15.13', true],
    ['the codecs and CMS fail since the upgrade', true],
    ['エンドポイントと Expressway の両方で No HTTPS response が出ています', true],
    ['the endpoints are fine, only the Expressway shows No HTTPS response', false],
    ['not the endpoints, it is our VCS-C that fails', false],
    ['エンドポイントは問題ありません。Expressway だけです', false],
    ['Our Expressway shows No HTTPS response in TMS 15.13 after the upgrade', undefined],
    // A question or a supposition says nothing about the endpoints, unless the question says how they fail.
    ['why would the endpoints work then?', undefined],
    ['なぜエンドポイントは動いているのですか？', undefined],
    ['are the endpoints affected too?', undefined],
    ['エンドポイントも影響を受けますか？', undefined],
    ['if the endpoints fail after the upgrade, what then?', undefined],
    ['what if the codecs get CE 9.15 next month?', undefined],
    ['もしエンドポイントを CE 9.15 にしたらどうなりますか？', undefined],
    ['why do our endpoints and the Expressway show No HTTPS response?', true],
    ['なぜエンドポイントは失敗するのですか？', true],
    ['our endpoints fail too, why?', true],
    ['端末を CE 9.15 にアップグレードしたら、全部 No HTTPS response になりました', true],
    ['the endpoints are fine. Why does only the CMS fail?', false],
    // Which release they run says nothing about whether they fail; a failure in the same sentence still does.
    ['the endpoints are on TC 7.3.3', undefined],
    ['endpoints are on ce9.15.3', undefined],
    ['our codecs run CE 9.15', undefined],
    ['エンドポイントは CE 9.15 です', undefined],
    ['No HTTPS response since the endpoints are on CE 9.15', true],
    ['the endpoints are on CE 9.15 and fail', true],
    ['the endpoints are on CE 9.15, the Expressway too, all show No HTTPS response', true],
    ['エンドポイントは CE 9.15 で、失敗しています', true],
  ])('%j → endpointsFail %j', (text, want) => {
    expect(extractFacts(text).facts.endpointsFail).toBe(want);
  });
});
