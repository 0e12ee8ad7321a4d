/**
 * QA round 13 #1: a bare SQL Server build ("sorry it's 11.0.6518", 「11.0.5058 でした」) after SQL was discussed
 * corrects the SQL build (not the endpoint: it is no RoomOS release to take on faith), and the SQL advice
 * re-decides from the build table. With no context at all, "11.0.6518" is asked about, never recorded.
 */
import { last, rendered, talk } from './helpers';
import { bareSqlBuild } from '../../src/domain/understand/sql-build';
import { extractFacts } from '../../src/domain/extract';
import { highOrLowSaid } from '../../src/domain/understand/level-said';
import { parseSql, parseWindows } from '../../src/domain/versions';

const E13 = ['Hi, customer on TMS 15.2.1, Win 2012 R2, endpoints on CE8', 'ce8.3.0.199465', 'SQL is local, 2012 SP3 build 11.0.6020'];
const J08 = ['TMS 15.7 / Win2012R2 / SQL 2012 SP2 ローカル / エンドポイント DX80 CE9.2。No HTTPS response。SQLのビルドは不明です', 'どうやって確認しますか'];

describe('a bare SQL build after SQL was discussed corrects the SQL build', () => {
  it.each<[string, string[], string, RegExp, RegExp]>([
    ['en, SP3 CU1 has TLS 1.2', E13, "sorry it's 11.0.6518", /Updated: SQL Server 2012 SP3 \(11\.0\.6020\) → SQL Server 2012 SP3 \(11\.0\.6518\)\W*\n[^\n]*already supports TLS 1\.2/, /RoomOS|install the TLS 1\.2 update \(KB3052404\) first/],
    ['en, build said as "the build is"', E13, 'the build is 11.0.6518 actually', /already supports TLS 1\.2/, /RoomOS/],
    ['ja, SP2 before the TLS 1.2 build', J08, '11.0.5058 でした', /更新：SQL Server 2012 SP2 → SQL Server 2012 SP2 \(11\.0\.5058\)[\s\S]*先に TLS 1\.2 更新プログラム（KB3052404）を適用する/, /RoomOS|先にビルドを確認する/],
    ['ja, SP3 CU1', J08, 'すみません、11.0.6518 でした', /すでに TLS 1\.2 に対応しています/, /RoomOS/],
  ])('%s: %s', (_n, setup, msg, want, notWant) => {
    const rs = talk(...setup, msg);
    const text = rendered(last(rs));
    expect(text).toMatch(want);
    expect(text).not.toMatch(notWant);
    const f = last(rs).state.facts;
    expect(f.sql?.build).toBe(/6518/.test(msg) ? '11.0.6518' : '11.0.5058');
    expect(f.endpoint?.family).toBe('CE');
  });
  it('the plan after the correction no longer asks to install the SQL update', () => {
    const text = rendered(last(talk(...E13, "sorry it's 11.0.6518", "ok what's the plan?")));
    expect(text).not.toMatch(/KB3052404\) first|11\.0\.6020/);
  });
  it('while the SQL question is open, the build answers it', () => {
    const rs = talk('TMS 15.2.1, Win 2012 R2, endpoints CE 9.15 show No HTTPS response', '11.0.5058');
    expect(last(rs).state.facts.sql).toMatchObject({ year: 2012, sp: 2, build: '11.0.5058' });
    expect(last(rs).state.facts.endpoint?.family).toBe('CE');
  });
});

describe('a SQL-shaped build with no SQL context', () => {
  it.each<[string, string, RegExp]>([
    ['en', '11.0.6518', /11\.0\.6518 reads as a SQL Server 2012 build, but RoomOS releases are numbered like that too, so I have recorded nothing/],
    ['en', '12.0.4100', /SQL Server 2014 build/],
    ['ja', 'すみません、11.0.6518 です', /11\.0\.6518 は SQL Server 2012 のビルド番号とも読めますが[^\n]*まだ記録していません/],
  ])('%s: %s is asked about, nothing recorded', (lang, msg, want) => {
    const rs = talk(msg);
    expect(rendered(last(rs))).toMatch(want);
    expect(last(rs).state.facts.sql).toBeUndefined();
    expect(last(rs).state.facts.endpoint).toBeUndefined();
  });
  it.each<[string, object]>([
    ['build 10.50.6000', { year: 2008, r2: true, sp: 3, build: '10.50.6000' }],
    ['the SQL build is 12.0.4100', { year: 2014, sp: 1, build: '12.0.4100' }],
    ['SQL のビルドは 11.0.5058 です', { year: 2012, sp: 2, build: '11.0.5058' }],
  ])('said as a build in a first message: %s', (msg, sql) => {
    const f = last(talk(msg)).state.facts;
    expect(f.sql).toMatchObject(sql);
    expect(f.endpoint).toBeUndefined();
  });
  it('the endpoints named keep the number theirs', () => {
    expect(last(talk('endpoints 11.0.6518')).state.facts.endpoint?.family).toBe('RoomOS');
    expect(last(talk('TMS 15.2.1, SQL 2012 SP3 local, Windows 2012 R2', 'the endpoints are on RoomOS 11.14.1.5')).state.facts.endpoint).toMatchObject({ family: 'RoomOS' });
  });
  it('bareSqlBuild reads only a build', () => {
    expect(bareSqlBuild("sorry it's 11.0.6518")?.sql.year).toBe(2012);
    expect(bareSqlBuild('15.2.1')).toBeNull(); // third part too short: a TMS or CE release
    expect(bareSqlBuild('11.14.1.5')).toBeNull();
    expect(bareSqlBuild('20.0.1234')).toBeNull(); // no SQL line
    expect(bareSqlBuild('CE 11.0.6518')).toBeNull();
    expect(bareSqlBuild('build 10.50.6000')?.saysBuild).toBe(true);
  });
});

/** QA round 13 #12 and #19: "TMS … on <Windows> with [local|remote] SQL <ver>" keeps both, with clean raw values. */
describe('"on <Windows> with local SQL <ver>" records Windows and SQL', () => {
  it.each<[string, object | undefined, string, string | undefined]>([
    ['TMS is 15.5 on 2012 R2 with local SQL 2014 SP2', { year: 2012, r2: true, raw: '2012 R2' }, '2014 SP2', 'local'],
    ['TMS 15.5 on 2012 R2 with SQL 2014', { year: 2012, r2: true, raw: '2012 R2' }, '2014', undefined],
    ['TMS 15.5 on Windows 2016 with local SQL 2016', { year: 2016, r2: false, raw: '2016' }, '2016', 'local'],
    ['TMS 15.5 on Windows Server 2019 Datacenter with remote SQL 2017', { year: 2019, raw: '2019 Datacenter' }, '2017', 'remote'],
    ['TMS 15.5 on 2012 R2, SQL 2014 SP2 local', { year: 2012, r2: true }, '2014 SP2', 'local'],
    ['TMS 15.5 は 2012 R2 上で、ローカルの SQL 2014 SP2 を使っています', { year: 2012, r2: true, raw: '2012 R2' }, '2014 SP2', 'local'],
    ['TMS 15.5 を 2012 R2 で動かしていて SQL 2014 SP2 はローカルです', { year: 2012, r2: true }, '2014 SP2', 'local'],
    ['hi, tms 15.9 , win 2019, sql is remote (2014 sp1 on a separate box). 12 codecs on ce9.8 say no https response', { year: 2019 }, '2014 sp1', 'remote'],
    // SQL named before TMS: its "on …" is not where TMS runs.
    ['SQL 2014 on 2012 R2, TMS 15.5', undefined, '2014', undefined],
  ])('%s', (msg, windows, sqlRaw, loc) => {
    const f = extractFacts(msg).facts;
    if (windows) expect(f.windows).toMatchObject(windows);
    else expect(f.windows).toBeUndefined();
    expect(f.sql?.raw).toBe(sqlRaw);
    expect(f.sqlLocation).toBe(loc);
  });
  it('the risk answer no longer says the Windows release is not known (e08)', () => {
    const text = rendered(last(talk('TMS is 15.5 on 2012 R2 with local SQL 2014 SP2, endpoints CE 9.15 show No HTTPS response', 'what could go wrong?')));
    expect(text).not.toMatch(/Windows Server release not known/);
  });
  it('parseWindows and parseSql keep only the version (and an edition)', () => {
    expect(parseWindows('2016 with local').ok && (parseWindows('2016 with local') as { value: { raw: string } }).value.raw).toBe('2016');
    expect((parseWindows('Server 2012 R2 Standard (x64) box') as { value: { raw: string } }).value.raw).toBe('Server 2012 R2 Standard');
    // A service pack is part of the release as said (Windows Server 2008 SP2 is the one that needs KB4019276).
    expect((parseWindows('Windows Server 2008 SP2') as { value: { raw: string } }).value.raw).toBe('Windows Server 2008 SP2');
    expect((parseWindows('2008 SP2 です') as { value: { raw: string } }).value.raw).toBe('2008 SP2');
    expect((parseWindows('2008 service pack 2 standard on the TMS box') as { value: { raw: string } }).value.raw).toBe('2008 service pack 2 standard');
    expect((parseSql('remote (2014 sp1 on a separate box') as { value: { raw: string } }).value.raw).toBe('2014 sp1');
    expect((parseSql('SQL Server 2012 SP1 (11.0.3000) local') as { value: { raw: string } }).value.raw).toBe('SQL Server 2012 SP1 (11.0.3000)');
  });
});

/**
 * QA round 13 #5: "TMS Tools で High になっていました" / "it was actually High in TMS Tools" after Medium-High is a correction of
 * the level (not a failed SQL answer); "the client_version was 0x0303" in words is a TLS 1.2 hello; at High with TLS 1.2
 * offered, the answer leads with High's certificate validation (admin guide: a check), not Schannel.
 */
describe('High (or Low) said as the level, and client_version in words', () => {
  const EN = ['In Wireshark the ClientHello record version is 0x0301. TMS 15.8, set to Medium-High, Win2019', 'the client_version was 0x0303', 'still No HTTPS response on the Room Kit. RoomOS 11.14'];
  const JA = ['Wiresharkで見ると ClientHello のレコードのバージョンが 0x0301 になっています。TMS 15.8、Medium-High に設定済み、Win2019 です', 'Handshake の client_version は 0x0303 でした', 'それでも Room Kit が No HTTPS response です。RoomOS 11.14'];
  it.each<[string, string[], string, RegExp, RegExp]>([
    ['en', EN, 'it was actually High in TMS Tools', /Updated: level Medium-High → level High[\s\S]*At High, TMS also validates the certificate[^\n]*check it in the guide/, /could not find a SQL Server version|Schannel's TLS 1\.2 Client side is not enabled/],
    ['ja', JA, 'TMS Tools で High になっていました', /更新：レベル Medium-High → レベル High[\s\S]*High では、TMS は管理対象システムの証明書も検証します[^\n]*ガイドで確認してください/, /読み取れませんでした/],
  ])('%s: %s', (_l, setup, msg, want, notWant) => {
    const rs = talk(...setup, msg);
    const text = rendered(last(rs));
    expect(text).toMatch(want);
    expect(text).not.toMatch(notWant);
    expect(last(rs).state.facts.level).toBe('high');
  });
  it.each<[string, string[], string, RegExp, RegExp]>([
    ['en', EN, 'why?', /At High, TMS also validates the certificate/, /At the "Medium" Communication Security level|The likely gap is Windows/],
    ['ja', JA, 'なぜですか', /High では、TMS は管理対象システムの証明書も検証します/, /\[Communication Security\] が Medium のとき|考えられるのは Windows 側の問題/],
  ])('%s: "why" at High with TLS 1.2 offered points at certificates, not Schannel', (_l, setup, why, want, notWant) => {
    const text = rendered(last(talk(...setup, _l === 'ja' ? 'TMS Tools で High になっていました' : 'it was actually High in TMS Tools', why)));
    expect(text).toMatch(want);
    expect(text).not.toMatch(notWant);
  });
  it('the client_version in words is a TLS 1.2 hello (EN and JA)', () => {
    for (const [setup, msg] of [[EN[0], EN[1]], [JA[0], JA[1]]]) {
      const f = last(talk(setup, msg)).state.facts;
      expect(f.evidence?.observations.map((o) => o.code)).toContain('capture-clienthello-tls12');
    }
  });
  it.each<[string, string | null]>([
    ['actually it\'s High', 'high'],
    ['TMS Tools says Low', 'low'],
    ['High でした', 'high'],
    ['すみません、レベルは High でした', 'high'],
    ['what about High?', null],
    ['High でしょうか？', null],
    ['high CPU on the TMS server', null],
    ['the load is high', null],
  ])('highOrLowSaid(%s) → %s', (msg, lv) => {
    expect(highOrLowSaid(msg)).toBe(lv);
  });
  it('Medium-High said after High still reads (the extractor\'s own reading)', () => {
    const f = last(talk('TMS 15.8, level High, Win2019, RoomOS 11.14 No HTTPS response', 'sorry, it is Medium-High')).state.facts;
    expect(f.level).toBe('medium-high');
  });
});
