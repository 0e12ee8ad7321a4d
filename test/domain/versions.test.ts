import {
  endpointRefusesTls10,
  formatEndpoint,
  formatSql,
  formatTms,
  parseEndpoint,
  parseLevel,
  parseSql,
  parseSqlLocation,
  parseTms,
  parseWindows,
  registryStepFor,
  sqlTlsStatus,
  tmsCanBeFixedInPlace,
  windowsSchannelDefaults,
} from '../../src/domain/versions';
import type { ParseResult } from '../../src/domain/types';

const JA = /[\u3040-\u30ff\u4e00-\u9fff]/;

function ok<T>(r: ParseResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got problem: ${r.problem.message.en}`);
  return r.value;
}
function bad<T>(r: ParseResult<T>) {
  if (r.ok) throw new Error(`expected a problem, got ${JSON.stringify(r.value)}`);
  return r.problem;
}

describe('parseTms', () => {
  it.each([
    ['15.2.1', '15.2.1'],
    ['TMS 15.13', '15.13.0'],
    ['14.6.2', '14.6.2'],
    ['tms15.2', '15.2.0'],
    ['v15.0', '15.0.0'],
    ['  it is TMS 15.9.0 I think ', '15.9.0'],
    ['１５．２．１', '15.2.1'], // full-width digits
    ['15', '15.0.0'],
    ['TMS 13.2', '13.2.0'],
  ])('%s → %s', (input, semver) => {
    const v = ok(parseTms(input));
    expect(v.semver).toBe(semver);
    expect(v.product).toBe('TMS');
    expect(v.raw.length).toBeGreaterThan(0);
  });

  it('orders versions numerically (15.10 > 15.2) and decides in-place fixability at 15.0.0', () => {
    expect(tmsCanBeFixedInPlace(ok(parseTms('15.0')))).toBe(true);
    expect(tmsCanBeFixedInPlace(ok(parseTms('15.10')))).toBe(true);
    expect(tmsCanBeFixedInPlace(ok(parseTms('14.6.2')))).toBe(false);
    expect(tmsCanBeFixedInPlace(ok(parseTms('14.99.9')))).toBe(false);
  });

  it.each(['TMS 99', 'abc', '', '2012', 'TMS 1.0', '\u0000\uffff'])('refuses %j politely', (input) => {
    const p = bad(parseTms(input));
    expect(p.field).toBe('tms');
    expect(p.vague).toBeUndefined();
    expect(p.message.en).toContain('15.2.1');
    expect(p.message.ja).toMatch(JA);
  });
});

describe('parseEndpoint', () => {
  it.each([
    ['TC7.3.6', 'TC', '7.3.6'],
    ['tc7.3.6.4c7b8e7', 'TC', '7.3.6'],
    ['TC7.3.21.d1b4a7a', 'TC', '7.3.21'],
    ['s52010tc7_3_5.pkg', 'TC', '7.3.5'],
    ['CE 8.1', 'CE', '8.1.0'],
    ['ce8.3.0.199465', 'CE', '8.3.0'],
    ['ce9.15.3.17', 'CE', '9.15.3'],
    ['s52010ce9_15_3', 'CE', '9.15.3'],
    ['RoomOS 10.x', 'RoomOS', '10.0.0'],
    ['RoomOS 11.5', 'RoomOS', '11.5.0'],
    ['roomos 11', 'RoomOS', '11.0.0'],
    ['CE9', 'CE', '9.0.0'],
    ['CE 9.x', 'CE', '9.0.0'],
    ['CE10', 'CE', '10.0.0'],
    ['RoomOS 10', 'RoomOS', '10.0.0'],
    ['CE 8.0', 'CE', '8.0.0'],
    ['TC7.2', 'TC', '7.2.0'],
    ['TC 6', 'TC', '6.0.0'],
    ['7.3.6', 'TC', '7.3.6'],
    ['9.15', 'CE', '9.15.0'],
    ['they run version 11.14.1', 'RoomOS', '11.14.1'],
  ])('%s → %s %s', (input, family, semver) => {
    const v = ok(parseEndpoint(input));
    expect(v.family).toBe(family);
    expect(v.semver).toBe(semver);
  });

  it.each(['CE8', 'TC7.3', 'TC7', 'CE', 'TC', 'tc 7.3.x', 'CE 8.x', '8', '7.3'])('%s is vague: a question, not a guess', (input) => {
    const p = bad(parseEndpoint(input));
    expect(p.vague).toBe(true);
    expect(p.field).toBe('endpoint');
    expect(p.message.ja).toMatch(JA);
  });

  it('explains the 7.3.5/7.3.6 split when TC7.3 is vague', () => {
    const p = bad(parseEndpoint('TC7.3'));
    expect(p.message.en).toContain('7.3.5');
    expect(p.message.en).toContain('7.3.6');
  });

  it.each(['CE 7.1', 'TC9.1', 'hello', '2016', 'RoomOS 9', '10.0.0.5', '192.168.1.20'])('refuses %j (not vague)', (input) => {
    const p = bad(parseEndpoint(input));
    expect(p.vague).toBeUndefined();
  });

  it('draws the TLS 1.0 boundaries at TC 7.3.6 and CE 8.1.0; every RoomOS refuses', () => {
    const refuses = (s: string) => endpointRefusesTls10(ok(parseEndpoint(s)));
    expect(refuses('TC7.3.5')).toBe(false);
    expect(refuses('TC7.3.6')).toBe(true);
    expect(refuses('TC7.3.21')).toBe(true);
    expect(refuses('TC7.1.4')).toBe(false);
    expect(refuses('CE8.0.1')).toBe(false);
    expect(refuses('CE 8.0')).toBe(false);
    expect(refuses('CE8.1.0')).toBe(true);
    expect(refuses('ce9.15.3.17')).toBe(true);
    expect(refuses('CE9')).toBe(true);
    expect(refuses('RoomOS 10')).toBe(true);
    expect(refuses('RoomOS')).toBe(true);
  });
});

describe('parseSql', () => {
  it.each([
    ['2008 R2', 2008, true, null, null, null],
    ['SQL Server 2012 SP1', 2012, false, 1, null, null],
    ['2014 SP2', 2014, false, 2, null, null],
    ['SQL 2012 SP2 CU10', 2012, false, 2, 10, null],
    ['2016', 2016, false, null, null, null],
    ['2019', 2019, false, null, null, null],
    ['SQL Server 2008R2 SP3', 2008, true, 3, null, null],
    ['SQL Express 2012', 2012, false, null, null, null],
    ['2012 RTM', 2012, false, 0, null, null],
    ['11.0.2100', 2012, false, 0, null, '11.0.2100'],
    ['10.50.6560.0', 2008, true, 3, null, '10.50.6560.0'],
    ['12.0.4439.1', 2014, false, 1, null, '12.0.4439.1'],
    ['13.0.x', 2016, false, null, null, null],
    ['16.0.1000.6', 2022, false, null, null, '16.0.1000.6'],
    ['9.0.5000', 2005, false, null, null, '9.0.5000'],
  ])('%s', (input, year, r2, sp, cu, build) => {
    const v = ok(parseSql(input));
    expect({ year: v.year, r2: v.r2, sp: v.sp, cu: v.cu, build: v.build }).toEqual({ year, r2, sp, cu, build });
  });

  it.each(['SQL 2010', 'abc', '', '20.0.1234', 'SQL Server'])('refuses %j politely', (input) => {
    const p = bad(parseSql(input));
    expect(p.field).toBe('sql');
    expect(p.message.en.length).toBeGreaterThan(20);
    expect(p.message.ja).toMatch(JA);
  });

  it('does not read a TMS version as a SQL build', () => {
    expect(parseSql('15.2.1').ok).toBe(false);
  });

  it('formats for display', () => {
    expect(formatSql(ok(parseSql('SQL 2012 SP2 CU10')))).toBe('SQL Server 2012 SP2 CU10');
  });
});

describe('sqlTlsStatus (KB3052404 / KB3135244 boundaries)', () => {
  const st = (s: string) => sqlTlsStatus(ok(parseSql(s))).kind;
  it('2016 and later need nothing', () => {
    for (const s of ['2016', '2017', '2019', '2022', '13.0.x']) expect(st(s)).toBe('nothing-needed');
  });
  it('2008 R2 / 2008 / 2005 keep TLS 1.0; TLS 1.2 builds from 10.50.6542.0 / 10.0.6547.0, the first ones are KB3146034', () => {
    expect(sqlTlsStatus(ok(parseSql('2008 R2')))).toEqual({ kind: 'keep-tls10', tls12: null });
    expect(sqlTlsStatus(ok(parseSql('10.50.6536.0')))).toEqual({ kind: 'keep-tls10', tls12: 'no' });
    expect(sqlTlsStatus(ok(parseSql('10.50.6537.0')))).toEqual({ kind: 'keep-tls10', tls12: 'early' });
    expect(sqlTlsStatus(ok(parseSql('10.50.6541.0')))).toEqual({ kind: 'keep-tls10', tls12: 'early' });
    expect(sqlTlsStatus(ok(parseSql('10.50.6542.0')))).toEqual({ kind: 'keep-tls10', tls12: 'yes' });
    expect(sqlTlsStatus(ok(parseSql('10.50.6560.0')))).toEqual({ kind: 'keep-tls10', tls12: 'yes' });
    expect(sqlTlsStatus(ok(parseSql('10.0.6543.0')))).toEqual({ kind: 'keep-tls10', tls12: 'early' });
    expect(sqlTlsStatus(ok(parseSql('10.0.6547.0')))).toEqual({ kind: 'keep-tls10', tls12: 'yes' });
    expect(sqlTlsStatus(ok(parseSql('2008 R2 SP2')))).toEqual({ kind: 'keep-tls10', tls12: 'no' });
    expect(st('2008')).toBe('keep-tls10');
    expect(st('2005')).toBe('keep-tls10');
  });
  it('2012 by service pack / CU: RTM and SP1 need a service-pack upgrade (no TLS 1.2 package exists)', () => {
    expect(st('2012')).toBe('check-build');
    expect(st('2012 RTM')).toBe('upgrade-service-pack');
    expect(st('2012 SP1')).toBe('upgrade-service-pack');
    expect(st('2012 SP1 CU16')).toBe('upgrade-service-pack');
    expect(st('2012 SP2')).toBe('check-build');
    expect(st('2012 SP2 CU9')).toBe('install-update');
    expect(st('2012 SP2 CU10')).toBe('has-tls12');
    expect(st('2012 SP3')).toBe('check-build');
    expect(st('2012 SP3 CU1')).toBe('has-tls12');
    expect(st('2012 SP4')).toBe('has-tls12');
  });
  it('2012 by build', () => {
    expect(st('11.0.2100')).toBe('upgrade-service-pack');
    expect(st('11.0.3000')).toBe('upgrade-service-pack');
    expect(st('11.0.5351')).toBe('install-update');
    expect(st('11.0.5352')).toBe('has-tls12'); // SP2 GDR
    expect(st('11.0.5643')).toBe('install-update'); // SP2 CU9
    expect(st('11.0.5644.1')).toBe('install-update');
    expect(st('11.0.5644.2')).toBe('has-tls12'); // SP2 CU10
    expect(st('11.0.6020')).toBe('install-update'); // SP3 RTM
    expect(st('11.0.6216.26')).toBe('install-update');
    expect(st('11.0.6216.27')).toBe('has-tls12'); // SP3 GDR
    expect(st('11.0.6518')).toBe('has-tls12'); // SP3 CU1
    expect(st('11.0.7001')).toBe('has-tls12'); // SP4
  });
  it('2014 by service pack / CU / build: RTM GDR 12.0.2271+ and RTM CU12 12.0.2564+ have TLS 1.2', () => {
    expect(st('2014')).toBe('check-build');
    expect(st('2014 RTM')).toBe('check-build');
    expect(st('2014 RTM CU11')).toBe('install-update');
    expect(st('2014 RTM CU12')).toBe('has-tls12');
    expect(st('2014 SP1')).toBe('check-build');
    expect(st('2014 SP1 CU4')).toBe('install-update');
    expect(st('2014 SP1 CU5')).toBe('has-tls12');
    expect(st('2014 SP2')).toBe('has-tls12');
    expect(st('12.0.2000')).toBe('install-update');
    expect(st('12.0.2270')).toBe('install-update');
    expect(st('12.0.2271.0')).toBe('has-tls12'); // RTM GDR
    expect(st('12.0.2341')).toBe('has-tls12'); // end of the RTM GDR branch
    expect(st('12.0.2342')).toBe('install-update'); // RTM CU1
    expect(st('12.0.2563')).toBe('install-update');
    expect(st('12.0.2564.0')).toBe('has-tls12'); // RTM CU12
    expect(st('12.0.4218')).toBe('install-update');
    expect(st('12.0.4219')).toBe('has-tls12'); // SP1 GDR
    expect(st('12.0.4438')).toBe('install-update'); // SP1 CU4
    expect(st('12.0.4439.1')).toBe('has-tls12'); // SP1 CU5
    expect(st('12.0.5000')).toBe('has-tls12'); // SP2
  });
});

describe('parseSqlLocation', () => {
  it.each([
    ['remote', 'remote'],
    ['SQL is on a separate server', 'remote'],
    ['not on the TMS server', 'remote'],
    ['SQLは別サーバ', 'remote'],
    ['local', 'local'],
    ['same server as TMS', 'local'],
    ['on the TMS box', 'local'],
    ['TMSサーバと同居', 'local'],
    ['2012', null],
  ])('%s → %s', (input, loc) => {
    expect(parseSqlLocation(input)).toBe(loc);
  });
});

describe('parseSqlLocation: short and misspelt places (QA round 2, #18)', () => {
  it.each([
    ['SQL 2016 別', 'remote'],
    ['SQL 2008 R2 SP2 別', 'remote'],
    ['SQL は別です', 'remote'],
    ['SQL 2016（別）', 'remote'],
    ['DB on SQLCLUSTER01 (SQL 2008 R2 SP2)', 'remote'],
    ['sql runs on prd-sql02', 'remote'],
    ['sql 2016 on anothr server', 'remote'],
    ['SQL is on a seperate box', 'remote'],
    ['not on a diffrent server', 'local'],
    ['SQL on the TMS server', 'local'],
    ['SQL is on the TMS box after all', 'local'],
    ['SQL 2012 on TMS01', null],
    ['別の日に再起動しました', null],
  ])('%s → %s', (input, loc) => {
    expect(parseSqlLocation(input)).toBe(loc);
  });
});

describe('parseSql: raw is the version, not what follows it', () => {
  it.each([
    ['2008 R2 SP2 別', '2008 R2 SP2'],
    ['2008 R2 SP2)', '2008 R2 SP2'],
    ['2016 on anothr server', '2016'],
    ['2016 (Express) on the TMS server', '2016 (Express)'],
    ['SQL Server 2012 SP1 (11.0.3000) local', 'SQL Server 2012 SP1 (11.0.3000)'],
    ['2012 SP2 CU10', '2012 SP2 CU10'],
  ])('%s → %s', (input, raw) => {
    const r = parseSql(input);
    expect(r.ok && r.value.raw).toBe(raw);
  });
});

describe('parseWindows', () => {
  it.each([
    ['2008 R2', 2008, true],
    ['Windows Server 2012 R2', 2012, true],
    ['2012', 2012, false],
    ['2016', 2016, false],
    ['2019', 2019, false],
    ['2022', 2022, false],
    ['2025', 2025, false],
    ['win2k12r2', 2012, true],
    ['W2K8R2', 2008, true],
    ['Win 2k16', 2016, false],
    ['Windows Server 2012R2 Standard', 2012, true],
    ['Windows NT 6.1', 2008, true],
    ['Windows NT 6.2', 2012, false],
    ['Windows NT 6.3', 2012, true],
  ])('%s → %i r2=%s', (input, year, r2) => {
    const v = ok(parseWindows(input));
    expect(v.year).toBe(year);
    expect(v.r2).toBe(r2);
  });

  it.each(['Windows 10', 'Windows Server 2003', '2010', 'abc', ''])('refuses %j politely', (input) => {
    const p = bad(parseWindows(input));
    expect(p.field).toBe('windows');
    expect(p.message.ja).toMatch(JA);
  });

  it('knows the Schannel defaults: TLS 1.1/1.2 off only on 2008 R2', () => {
    const d = (s: string) => windowsSchannelDefaults(ok(parseWindows(s)));
    expect(d('2008 R2')).toMatchObject({ tls11: false, tls12: false, ssl3: true });
    expect(d('2012 R2')).toMatchObject({ tls11: true, tls12: true, ssl3: true });
    expect(d('2016')).toMatchObject({ tls11: true, tls12: true, ssl3: false, tls13: null });
    expect(d('2022')).toMatchObject({ tls12: true, tls13: true });
    expect(registryStepFor(ok(parseWindows('2008 R2')))).toBe('required');
    expect(registryStepFor(ok(parseWindows('2012')))).toBe('verify');
    expect(registryStepFor(ok(parseWindows('2019')))).toBe('verify');
    expect(registryStepFor(undefined)).toBe('required');
  });
});

describe('parseLevel', () => {
  it.each([
    ['Low', 'low'],
    ['Medium', 'medium'],
    ['Medium-High', 'medium-high'],
    ['High', 'high'],
    ['medium high', 'medium-high'],
    ['med-high', 'medium-high'],
    ['MediumHigh', 'medium-high'],
    ['mid-high', 'medium-high'],
    ['MEDIUM_HIGH', 'medium-high'],
    ['it is set to medium', 'medium'],
    ['default', 'medium'],
    ['中', 'medium'],
    ['中高', 'medium-high'],
    ['ミディアムハイ', 'medium-high'],
    ['ミディアム', 'medium'],
    ['高', 'high'],
    ['低', 'low'],
    ['ハイ', 'high'],
    ['デフォルトのまま', 'medium'],
    ['レベルは中です', 'medium'],
    ['中高にしています', 'medium-high'],
    ['高です', 'high'],
  ])('%s → %s', (input, level) => {
    expect(ok(parseLevel(input))).toBe(level);
  });

  // A kanji inside a compound names no level: 業務時間中 is "during business hours", not Medium.
  it.each(['purple', '', '42', '業務時間中に作業できますか？', '確認中です', '作業を中止しました', '最高です', '性能が低下しました', '高負荷です'])('refuses %j and lists the levels', (input) => {
    const p = bad(parseLevel(input));
    expect(p.field).toBe('level');
    expect(p.message.en).toContain('Medium-High');
    expect(p.message.ja).toMatch(JA);
  });
});

describe('parsers are total', () => {
  const nasty: unknown[] = [
    '\ud800',
    '\udfff\ud800abc',
    '💥🔥 TC7.3.6 🎉',
    '\u0000\u0001\u0002',
    'x'.repeat(20000),
    '1.'.repeat(8000),
    'tc'.repeat(6000),
    'TC7.3.'.repeat(3000),
    ' '.repeat(12000) + '15.2.1',
    null,
    undefined,
    12345,
    {},
  ];
  it.each(nasty.map((n, i) => [i, n]))('input #%i never throws', (_i, n) => {
    for (const f of [parseTms, parseEndpoint, parseSql, parseWindows, parseLevel, parseSqlLocation]) {
      expect(() => f(n)).not.toThrow();
    }
  });

  it('keeps raw short and single-line', () => {
    const p = bad(parseTms('abc\n'.repeat(3000)));
    expect(p.input.length).toBeLessThanOrEqual(120);
    expect(p.input).not.toContain('\n');
  });
});

describe('an answer that names another product is not read as the one asked for', () => {
  it.each([
    ['parseEndpoint', 'SQL 11.0.2100', 'SQL Server'],
    ['parseEndpoint', 'TMS 15.2.1', 'TMS'],
    ['parseSql', 'Windows 2016', 'Windows Server'],
    ['parseSql', 'TMS 15.2', 'TMS'],
    ['parseWindows', 'SQL 2016', 'SQL Server'],
    ['parseTms', 'CE 9.15', 'endpoint'],
  ] as const)('%s(%j) names %s instead of guessing', (fn, input, other) => {
    const parsers = { parseEndpoint, parseSql, parseWindows, parseTms } as const;
    const r = parsers[fn](input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.message.en).toContain(other);
      expect(r.problem.message.ja).toMatch(/[\u3040-\u30ff]/);
    }
  });

  it.each([
    ['parseSql', 'Microsoft SQL Server 2012 (SP1) - 11.0.3000.0 (X64) on Windows NT 6.3', 2012],
    ['parseWindows', 'Windows Server 2012 R2 (SQL runs elsewhere)', 2012],
  ] as const)('%s still reads its own product when another is also named', (fn, input, year) => {
    const r = (fn === 'parseSql' ? parseSql : parseWindows)(input);
    expect(r.ok && r.value.year).toBe(year);
  });

  it('bare numbers are still answers', () => {
    expect(parseEndpoint('9.15').ok).toBe(true);
    expect(parseSql('2012 SP1').ok).toBe(true);
    expect(parseWindows('2012 R2').ok).toBe(true);
  });
});

describe('display: as precise as the user gave it', () => {
  it.each([
    ['15', 'TMS 15.x'],
    ['TMS 14.6', 'TMS 14.6'],
    ['15.0', 'TMS 15.0'],
    ['15.2.1', 'TMS 15.2.1'],
  ])('TMS %s → %s', (input, shown) => {
    const r = parseTms(input);
    expect(r.ok && formatTms(r.value)).toBe(shown);
  });
  it.each([
    ['CE 9.15', 'CE 9.15'],
    ['ce9.15.3.17', 'CE 9.15.3'],
    ['s52010ce9_15_3.pkg', 'CE 9.15.3'],
    ['RoomOS 11', 'RoomOS 11.x'],
    ['RoomOS', 'RoomOS'],
    ['TC7.3.0', 'TC 7.3.0'],
  ])('endpoint %s → %s', (input, shown) => {
    const r = parseEndpoint(input);
    expect(r.ok && formatEndpoint(r.value)).toBe(shown);
  });
});

describe('parseSqlLocation: negated remote means the TMS server', () => {
  it.each([
    ['not on a separate server', 'local'],
    ['not remote', 'local'],
    ['別サーバではなく同じサーバ', 'local'],
    ['リモートではありません', 'local'],
    ['on another server, not on the TMS server', 'remote'],
    ['別サーバです', 'remote'],
  ])('%s → %s', (text, loc) => {
    expect(parseSqlLocation(text)).toBe(loc);
  });
});

describe('TMS release range', () => {
  it.each(['12.0', '15.13', '15.0'])('accepts %s', (v) => expect(parseTms(v).ok).toBe(true));
  it.each(['11.9', '16.0', '99.1'])('refuses %s and names the range it accepts', (v) => {
    const r = parseTms(v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message.en).toContain('12.x to 15.x');
  });
});

describe('an invalid version is echoed as its version token only, safe for mrkdwn', () => {
  it.each([
    ['tms', '99.9 with', '99.9'],
    ['tms', '16.1 *urgent*', '16.1'],
    ['endpoint', 'TC 8.4 now', 'TC 8.4'],
    ['endpoint', 'CE 99.1 lol', 'CE 99.1'],
    ['endpoint', 'CE 99.1 です', 'CE 99.1'],
    ['endpoint', '3.1 on the wall', '3.1'],
  ])('%s %j echoes %j', (field, input, token) => {
    const p = field === 'tms' ? bad(parseTms(input)) : bad(parseEndpoint(input));
    expect(p.message.en).toContain(`"${token}"`);
    expect(p.message.ja).toContain(`「${token}」`);
    // nothing after the token leaks into the echo, and no mrkdwn marker survives
    expect(p.message.en).not.toMatch(/\b(?:with|now|lol|urgent|wall)\b/);
    expect(p.message.en + p.message.ja).not.toMatch(/[*~`]/);
  });

  it('neutralises mrkdwn markers in a whole-text echo, leaving underscores inside words', () => {
    const p = bad(parseSql('*not* a `version` ~at all~ _really_'));
    expect(p.message.en).not.toMatch(/[*~`]|(?<![0-9a-z])_|_(?![0-9a-z])/i);
    expect(p.message.en).toContain('＊not＊');
    expect(bad(parseWindows('pkg s52010ce9_15_3 only')).message.en).toContain('s52010ce9_15_3');
  });
});

describe('parseLevel: katakana and kanji names only standing alone', () => {
  it.each([
    ['ロー', 'low'],
    ['ローです', 'low'],
    ['ハイ', 'high'],
    ['中', 'medium'],
    ['レベルは中', 'medium'],
    ['低', 'low'],
    ['中高', 'medium-high'],
    ['ミディアムハイ', 'medium-high'],
  ])('%s is %s', (text, level) => {
    const r = parseLevel(text);
    expect(r.ok && r.value).toBe(level);
  });
  it.each(['ロールバック方法は？', 'フロー', 'SQLはローカル', 'ハイパーV上です', 'ミドルウェア', '作業中', '確認中です', '低いです', '最高'])('%s names no level', (text) => {
    expect(parseLevel(text).ok).toBe(false);
  });
});
