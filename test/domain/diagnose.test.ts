import { diagnose, optionalQuestions, requiredQuestions } from '../../src/domain/diagnose';
import { parseEndpoint, parseLevel, parseSql, parseSqlLocation, parseTms, parseWindows } from '../../src/domain/versions';
import type { Diagnosis, Facts, ParseResult } from '../../src/domain/types';
import { probeResult as probe } from '../fixtures/probe';

function ok<T>(r: ParseResult<T>): T {
  if (!r.ok) throw new Error(r.problem.message.en);
  return r.value;
}
const tms = (s: string) => ok(parseTms(s));
const ep = (s: string) => ok(parseEndpoint(s));
const sql = (s: string) => ok(parseSql(s));
const win = (s: string) => ok(parseWindows(s));
const codes = (d: Diagnosis) => d.findings.map((f) => f.code);
const qcodes = (d: Diagnosis) => d.questions.map((q) => q.code);


const FULL: Facts = {
  tms: tms('15.2.1'),
  endpoint: ep('TC7.3.6'),
  sql: sql('2016'),
  windows: win('2012 R2'),
  level: 'medium',
};

describe('diagnose: ruled out', () => {
  it('HTTP management is not affected, whatever else is known', () => {
    const d = diagnose({ ...FULL, https: false });
    expect(d.affected).toBe('no');
    expect(codes(d)).toEqual(['http-not-affected']);
    expect(d.questions).toEqual([]);
  });

  it.each(['TC7.3.5', 'TC7.3.3', 'CE8.0.1', 'CE 8.0', 'TC7.1.4'])('%s accepts TLS 1.0 → not this problem', (v) => {
    const d = diagnose({ endpoint: ep(v) });
    expect(d.affected).toBe('no');
    expect(codes(d)).toEqual(['endpoint-accepts-tls10']);
    expect(d.findings[0].steps!.length).toBeGreaterThanOrEqual(3);
    expect(d.questions).toEqual([]);
  });
});

describe('diagnose: endpoint boundaries', () => {
  it.each([
    ['TC7.3.5', 'no'],
    ['TC7.3.6', 'yes'],
    ['CE8.0.9', 'no'],
    ['CE8.1.0', 'yes'],
    ['ce9.15.3.17', 'yes'],
    ['RoomOS 11', 'yes'],
  ])('%s → affected %s (TMS 15, Medium)', (v, affected) => {
    expect(diagnose({ ...FULL, endpoint: ep(v) }).affected).toBe(affected);
  });
});

describe('diagnose: the TMS 15 fix', () => {
  it('gives the steps in order for a full set of facts at Medium', () => {
    const d = diagnose(FULL);
    expect(d.affected).toBe('yes');
    expect(codes(d)).toEqual([
      'endpoint-no-tls10',
      'tms-medium-tls10-only',
      'backup-registry-first',
      'enable-tls11-12-registry',
      'tms-tools-medium-high',
      'reboot-server',
      'restart-tms-services',
      'verify-tls12-clienthello',
      'caveat-telnet-snmp-disabled',
      'still-failing-checks',
    ]);
    expect(d.questions).toEqual([]);
  });

  it('includes the literal registry path and values, TMS Tools path and service names', () => {
    const d = diagnose(FULL);
    const reg = d.findings.find((f) => f.code === 'enable-tls11-12-registry')!;
    expect(reg.literal).toContain('HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client');
    expect(reg.literal).not.toContain('TLS 1.1'); // 2012 R2: TLS 1.2 is the one that matters
    expect(reg.literal).toContain('"DisabledByDefault"=dword:00000000');
    expect(reg.literal).toContain('"Enabled"=dword:00000001');
    expect(d.findings.find((f) => f.code === 'tms-tools-medium-high')!.literal).toContain('Communication Security = Medium-High');
    const restart = d.findings.find((f) => f.code === 'restart-tms-services')!;
    expect(restart.literal).toContain('TMSDatabaseScannerService');
    expect(restart.literal).toContain('TMSPLCMDirectoryService');
    expect(d.findings.find((f) => f.code === 'caveat-telnet-snmp-disabled')!.body[0].en).toContain('TMSSNMPService');
    expect(d.findings.find((f) => f.code === 'verify-tls12-clienthello')!.body[0].en).toContain('0x0303');
  });

  it('says the Telnet/SNMP direction right (Medium → Medium-High)', () => {
    const t = diagnose(FULL).findings.find((f) => f.code === 'caveat-telnet-snmp-disabled')!;
    expect(t.body[0].en).toMatch(/from Medium to Medium-High/);
    expect(t.body[0].ja).toMatch(/Medium から Medium-High に上げる/);
  });

  it('registry step: required on 2008 R2, verify on 2012+, a TLS 1.2 check (not "harmless") when unknown', () => {
    const title = (d: Diagnosis) => d.findings.find((f) => f.code === 'enable-tls11-12-registry')!.title.en;
    expect(title(diagnose({ ...FULL, windows: win('2008 R2') }))).toMatch(/^Enable/);
    expect(title(diagnose({ ...FULL, windows: win('2012') }))).toMatch(/^Check/);
    expect(title(diagnose({ ...FULL, windows: win('2022') }))).toMatch(/^Check/);
    const unknown = diagnose({ ...FULL, windows: undefined });
    expect(title(unknown)).toMatch(/^Check that TLS 1\.2/);
    expect(unknown.findings.find((f) => f.code === 'enable-tls11-12-registry')!.body[0].en).toMatch(/not harmless/);
    expect(qcodes(unknown)).toEqual(['need-windows-version']);
  });

  it('unknown level: assumes Medium, says so, and asks (optional)', () => {
    const d = diagnose({ ...FULL, level: undefined });
    expect(d.affected).toBe('yes');
    const f = d.findings.find((x) => x.code === 'tms-medium-tls10-only')!;
    expect(f.body.some((b) => /default/.test(b.en))).toBe(true);
    expect(qcodes(d)).toEqual(['need-security-level']);
    expect(requiredQuestions(d)).toEqual([]);
    expect(optionalQuestions(d).map((q) => q.code)).toEqual(['need-security-level']);
  });

  it('Low behaves like Medium', () => {
    const d = diagnose({ ...FULL, level: 'low' });
    expect(d.affected).toBe('yes');
    expect(codes(d)).toContain('tms-medium-tls10-only');
    expect(codes(d)).toContain('tms-tools-medium-high');
  });

  it.each(['medium-high', 'high'] as const)('already %s: points at the Windows registry, no Medium-High step', (level) => {
    const d = diagnose({ ...FULL, level, windows: win('2008 R2') });
    expect(d.affected).toBe('unknown');
    expect(codes(d)).toContain('already-medium-high');
    expect(codes(d)).not.toContain('tms-medium-tls10-only');
    expect(codes(d)).not.toContain('tms-tools-medium-high');
    expect(codes(d)).not.toContain('caveat-telnet-snmp-disabled');
    expect(codes(d)).toContain('enable-tls11-12-registry');
    const f = d.findings.find((x) => x.code === 'already-medium-high')!;
    // The Windows paragraph, then the capture signs; at High the certificate check comes before them (QA round 16 #13).
    const body = f.body.map((b) => b.en);
    const at = body.findIndex((b) => /2008 R2/.test(b));
    expect(at).toBe(level === 'high' ? 2 : 0);
    expect(body[at + 1]).toMatch(/no ClientHello/);
    if (level === 'high') expect(body[0]).toMatch(/self-signed or expired certificate/);
  });
});

describe('diagnose: TMS before 15', () => {
  it.each(['14.6.2', '14.99', '13.2'])('TMS %s → upgrade or downgrade, no registry or TMS Tools steps', (v) => {
    const d = diagnose({ tms: tms(v), endpoint: ep('TC7.3.6') });
    expect(d.affected).toBe('yes');
    expect(codes(d)).toEqual(['endpoint-no-tls10', 'tms-pre15-upgrade-or-downgrade']);
    const f = d.findings[1];
    expect(f.body.map((b) => b.en).join(' ')).toContain('CSCuz71542');
    expect(f.steps!.map((s) => s.en).join(' ')).toContain('TC 7.3.3');
    expect(d.questions).toEqual([]); // nothing changes on that server: no SQL/Windows/level questions
  });

  it('TMS 15.0 is fixable in place', () => {
    expect(codes(diagnose({ ...FULL, tms: tms('15.0') }))).toContain('tms-tools-medium-high');
  });
});

describe('diagnose: SQL caveats', () => {
  const sqlCodes = (s: string, extra: Partial<Facts> = {}) =>
    codes(diagnose({ ...FULL, sql: sql(s), ...extra })).filter((c) => c.startsWith('caveat-sql') || c === 'caveat-remote-sql-untouched');

  it('2008 R2: keep TLS 1.0 and SSL 3.0, mention events and IIS Crypto Best Practices', () => {
    expect(sqlCodes('2008 R2')).toEqual(['caveat-sql2008r2-keep-tls10-ssl3']);
    const f = diagnose({ ...FULL, sql: sql('2008 R2') }).findings.find((x) => x.code === 'caveat-sql2008r2-keep-tls10-ssl3')!;
    const en = f.body.map((b) => b.en).join(' ');
    for (const s of ['26011', '17182', '17826', 'Best Practices', 'SSL 3.0', '10.50.6542.0']) expect(en).toContain(s);
  });

  it('2008 R2 build ≥ 10.50.6542.0 is recognised as TLS 1.2 capable, older is not', () => {
    const body = (s: string) =>
      diagnose({ ...FULL, sql: sql(s) }).findings.find((x) => x.code === 'caveat-sql2008r2-keep-tls10-ssl3')!.body.map((b) => b.en).join(' ');
    expect(body('10.50.6560.0')).toMatch(/or later, which has TLS 1\.2 support/);
    expect(body('10.50.6000.34')).toMatch(/no TLS 1\.2 support/);
  });

  it.each([
    ['2012 SP1', true],
    ['2012', true],
    ['2012 SP2 CU9', true],
    ['2012 SP2 CU10', false],
    ['11.0.5644.2', false],
    ['2014 SP1', true],
    ['2014 SP1 CU5', false],
    ['2014 SP2', false],
    ['2016', false],
    ['2022', false],
  ])('SQL %s → KB3052404 caveat: %s', (s, expected) => {
    expect(sqlCodes(s).includes('caveat-sql2012-kb3052404')).toBe(expected);
  });

  it('KB3052404 comes before the registry steps (install it first)', () => {
    const c = codes(diagnose({ ...FULL, sql: sql('2012 SP1') }));
    expect(c.indexOf('caveat-sql2012-kb3052404')).toBeLessThan(c.indexOf('backup-registry-first'));
  });

  it('remote SQL: no SQL caveat and no SQL question, a note instead', () => {
    const d = diagnose({ ...FULL, sql: sql('2008 R2'), sqlLocation: 'remote' });
    expect(sqlCodes('2008 R2', { sqlLocation: 'remote' })).toEqual(['caveat-remote-sql-untouched']);
    expect(qcodes(d)).toEqual([]);
    const d2 = diagnose({ ...FULL, sql: undefined, sqlLocation: 'remote' });
    expect(qcodes(d2)).not.toContain('need-sql-version');
  });
});

describe('diagnose: questions', () => {
  it('asks everything in priority order when nothing is known', () => {
    const d = diagnose({});
    expect(d.affected).toBe('unknown');
    expect(d.findings).toEqual([]);
    expect(qcodes(d)).toEqual([
      'need-endpoint-version',
      'need-tms-version',
      'need-sql-version',
      'need-windows-version',
      'need-security-level',
    ]);
    expect(requiredQuestions(d).map((q) => q.code)).toEqual(['need-endpoint-version', 'need-tms-version', 'need-sql-version']);
  });

  it('endpoint refusing + TMS unknown: the cause, no steps, TMS asked first', () => {
    const d = diagnose({ endpoint: ep('CE9.15.3') });
    expect(d.affected).toBe('yes');
    expect(codes(d)).toEqual(['endpoint-no-tls10', 'tms-medium-tls10-only']);
    expect(qcodes(d)[0]).toBe('need-tms-version');
  });

  it('every question offers choices that its parser understands', () => {
    const d = diagnose({});
    for (const q of d.questions) {
      expect(q.choices!.length).toBeGreaterThanOrEqual(2);
      for (const c of q.choices!) {
        expect(c.value.length).toBeGreaterThan(0);
        expect(c.label.en.length).toBeGreaterThan(0);
        expect(c.label.ja.length).toBeGreaterThan(0);
      }
    }
    const sqlQ = d.questions.find((q) => q.code === 'need-sql-version')!;
    expect(sqlQ.choices!.map((c) => c.value)).toEqual(['2008 R2', '2012', '2014', '2016', 'remote']);
    for (const c of d.questions.find((q) => q.code === 'need-endpoint-version')!.choices!) expect(parseEndpoint(c.value).ok).toBe(true);
    for (const c of d.questions.find((q) => q.code === 'need-tms-version')!.choices!) expect(parseTms(c.value).ok).toBe(true);
    for (const c of d.questions.find((q) => q.code === 'need-windows-version')!.choices!) expect(parseWindows(c.value).ok).toBe(true);
    const levels = d.questions.find((q) => q.code === 'need-security-level')!.choices!.map((c) => parseLevel(c.value));
    expect(levels.map((r) => (r.ok ? r.value : null))).toEqual(['low', 'medium', 'medium-high', 'high']);
    for (const c of sqlQ.choices!) {
      if (c.value === 'remote') expect(parseSqlLocation(c.value)).toBe('remote');
      else expect(parseSql(c.value).ok).toBe(true);
    }
  });
});

describe('diagnose: probe', () => {
  it('a probe refusing TLS 1.0 with TLS 1.2 accepted decides the endpoint (no endpoint question)', () => {
    const d = diagnose({ tms: tms('15.2.1'), sql: sql('2016'), windows: win('2016'), level: 'medium', probe: probe() });
    expect(d.affected).toBe('yes');
    expect(qcodes(d)).not.toContain('need-endpoint-version');
    const f = d.findings.find((x) => x.code === 'endpoint-no-tls10')!;
    expect(f.body.some((b) => /probe/i.test(b.en))).toBe(true);
  });

  it('a probe accepting TLS 1.0 rules the problem out', () => {
    const d = diagnose({ probe: probe({ protocols: { 'tls1.0': true } }) });
    expect(d.affected).toBe('no');
    expect(codes(d)).toEqual(['endpoint-accepts-tls10']);
  });

  it('TC 7.3.3 stated but TLS 1.0 refused → verify-probe-target, affected unknown', () => {
    const d = diagnose({ ...FULL, endpoint: ep('TC7.3.3'), probe: probe() });
    expect(d.affected).toBe('unknown');
    expect(codes(d)).toEqual(['verify-probe-target']);
  });

  it('CE 9 stated but TLS 1.0 accepted → verify-probe-target, affected unknown', () => {
    const d = diagnose({ ...FULL, endpoint: ep('CE9'), probe: probe({ protocols: { 'tls1.0': true } }) });
    expect(d.affected).toBe('unknown');
    expect(codes(d)).toEqual(['verify-probe-target']);
  });

  it('an unreachable probe says so and leaves the decision to the stated version', () => {
    const d = diagnose({ ...FULL, probe: probe({ reachable: false, tls: null, error: 'ECONNREFUSED', protocols: { 'tls1.0': null, 'tls1.1': null, 'tls1.2': null } }) });
    expect(codes(d)[0]).toBe('probe-unreachable');
    expect(d.affected).toBe('yes');
    const d2 = diagnose({ probe: probe({ reachable: false, tls: null, protocols: { 'tls1.0': null, 'tls1.1': null, 'tls1.2': null } }) });
    expect(d2.affected).toBe('unknown');
    expect(qcodes(d2)[0]).toBe('need-endpoint-version');
  });

  it('TLS 1.0-1.2 all refused (TLS 1.3 only): no level helps, affected unknown, no fix steps', () => {
    const d = diagnose({ ...FULL, endpoint: ep('CE9.15'), probe: probe({ protocols: { 'tls1.0': false, 'tls1.1': false, 'tls1.2': false, 'tls1.3': true } }) });
    expect(d.affected).toBe('unknown');
    expect(codes(d)).toEqual(['probe-no-tms-protocol']);
    expect(d.findings[0].body[0].en).toMatch(/only TLS 1\.3/);
  });

  it('a TLS 1.0 result of null with TLS 1.2 accepted is inconclusive, not a verdict', () => {
    const d = diagnose({ probe: probe({ protocols: { 'tls1.0': null, 'tls1.2': true } }) });
    expect(codes(d)).toEqual(['probe-inconclusive']);
    expect(qcodes(d)[0]).toBe('need-endpoint-version');
  });

  it('said HTTP, but the probe saw port 80 redirect to HTTPS: the TLS question is back', () => {
    const http = { port: 80, status: 301, location: 'https://127.0.0.1/', redirectsToHttps: true };
    const d = diagnose({ ...FULL, https: false, probe: probe({ http }) });
    expect(d.affected).toBe('yes');
    expect(codes(d).slice(0, 2)).toEqual(['http-redirects-to-https', 'endpoint-no-tls10']);
    const d2 = diagnose({ ...FULL, https: false, probe: probe({ http: { ...http, status: 200, location: null, redirectsToHttps: false } }) });
    expect(codes(d2)).toEqual(['http-not-affected']);
  });

  it('a non-TLS port says so', () => {
    const d = diagnose({ probe: probe({ tls: false, protocols: { 'tls1.0': false, 'tls1.1': false, 'tls1.2': false } }) });
    expect(codes(d)).toEqual(['probe-not-tls']);
    expect(qcodes(d)[0]).toBe('need-endpoint-version');
  });
});

describe('diagnose is total', () => {
  it.each([
    null,
    undefined,
    42,
    'x',
    { tms: { semver: 'garbage' } },
    { endpoint: { family: 'TC', semver: null } },
    { probe: 'x' },
    { probe: { reachable: true } },
    { sql: { year: 'x' } },
    { level: 'purple', tms: { product: 'TMS', raw: '', semver: '15.0.0' }, endpoint: { family: 'RoomOS', raw: '', semver: '11.0.0' } },
  ])('%j does not throw', (facts) => {
    const d = diagnose(facts as unknown as Facts);
    expect(['yes', 'no', 'unknown']).toContain(d.affected);
    expect(Array.isArray(d.findings)).toBe(true);
    expect(Array.isArray(d.questions)).toBe(true);
  });
});

describe('diagnose: assumptions for required versions nobody can give', () => {
  it('an assumed endpoint refuses TLS 1.0, says so first, and leaves the verdict unknown', () => {
    const d = diagnose({ tms: tms('15.2.1'), sql: sql('2016') }, { endpoint: true });
    expect(codes(d).slice(0, 2)).toEqual(['assume-endpoint-refuses-tls10', 'endpoint-no-tls10']);
    expect(codes(d)).toContain('tms-tools-medium-high');
    expect(d.affected).toBe('unknown');
    expect(qcodes(d)).not.toContain('need-endpoint-version');
  });

  it('a stated value always wins over its assumption', () => {
    const d = diagnose({ ...FULL, endpoint: ep('TC7.3.5') }, { endpoint: true, tms: true, sql: true });
    expect(d.affected).toBe('no');
    expect(codes(d).some((c) => c.startsWith('assume-') || c === 'check-sql-build-first')).toBe(false);
    expect(codes(diagnose({ ...FULL, tms: tms('14.6.2') }, { tms: true }))).toContain('tms-pre15-upgrade-or-downgrade');
  });

  it('assumed TMS 15+: the steps, after the check; unknown SQL: its build is checked before the registry step', () => {
    const d = diagnose({ endpoint: ep('CE 9.15') }, { tms: true, sql: true });
    const c = codes(d);
    expect(c.indexOf('assume-tms-15-or-later')).toBeLessThan(c.indexOf('backup-registry-first'));
    expect(c.indexOf('check-sql-build-first')).toBeLessThan(c.indexOf('enable-tls11-12-registry'));
    expect(d.affected).toBe('yes');
    expect(d.questions.filter((q) => q.required)).toEqual([]);
    // remote SQL: nothing to check on the TMS server
    expect(codes(diagnose({ endpoint: ep('CE 9.15'), sqlLocation: 'remote' }, { tms: true, sql: true }))).not.toContain('check-sql-build-first');
  });

  it('without assumptions nothing changes', () => {
    expect(diagnose({ endpoint: ep('CE 9.15') })).toEqual(diagnose({ endpoint: ep('CE 9.15') }, {}));
    expect(qcodes(diagnose({}))).toContain('need-endpoint-version');
  });
});

describe('Medium-High set as a step of the fix (levelRaised) is progress, not "already at Medium-High" (QA round 9 #2)', () => {
  const base: Facts = { tms: tms('15.13'), endpoint: ep('CE 9.15.3'), windows: win('2012 R2'), sqlLocation: 'remote', level: 'medium-high' };
  it('keeps the cause (Medium) and leaves the restart and the check, without the TMS Tools step', () => {
    const d = diagnose({ ...base, tlsClaims: { levelRaised: true } });
    expect(d.affected).toBe('yes');
    expect(codes(d)).toEqual(expect.arrayContaining(['tms-medium-tls10-only', 'restart-tms-services', 'verify-tls12-clienthello']));
    expect(codes(d)).not.toContain('already-medium-high');
    expect(codes(d)).not.toContain('tms-tools-medium-high');
  });
  it('the same level as a premise is "already at Medium-High"', () => {
    const d = diagnose(base);
    expect(codes(d)).toContain('already-medium-high');
    expect(codes(d)).not.toContain('tms-medium-tls10-only');
  });
});

describe('diagnose: other products fail while the endpoints still accept TLS 1.0 (QA 13, e14)', () => {
  const base: Facts = { tms: tms('15.6'), windows: win('2016'), sql: sql('2016'), sqlLocation: 'remote', level: 'medium', endpoint: ep('TC 7.3.3') };
  const text = (d: Diagnosis, lang: 'en' | 'ja') => d.findings.map((f) => [f.title[lang], ...f.body.map((b) => b[lang]), ...(f.steps ?? []).map((s) => s[lang])].join('\n')).join('\n');

  it.each([
    ['endpoints said fine', { endpointsFail: false }],
    ['endpoints not said', {}],
  ] as [string, Partial<Facts>][])('Meeting Server 2.9 + Expressway failing, TC 7.3.3, %s → this problem for the products, and why the endpoints work', (_, extra) => {
    const d = diagnose({ ...base, ...extra, otherProducts: ['meeting-server', 'expressway'], meetingServerRelease: '2.9' });
    expect(d.affected).toBe('yes');
    expect(codes(d)).not.toContain('endpoint-accepts-tls10');
    expect(codes(d).slice(0, 3)).toEqual(['other-product-no-tls10', 'endpoints-accept-tls10-beside-products', 'tms-medium-tls10-only']);
    expect(codes(d)).toEqual(expect.arrayContaining(['tms-tools-medium-high', 'verify-tls12-clienthello']));
    const en = text(d, 'en');
    expect(en).toMatch(/The endpoints work because TC 7\.3\.3 still accepts TLS 1\.0/);
    expect(en).toMatch(/hit too once they are upgraded/);
    // Expressway keeps its hedge: no release or TLS minimum is asserted for it.
    expect(en).toMatch(/Expressway \/ VCS: the sources say .*release notes/);
    expect(en).not.toMatch(/tell me their software version/);
    expect(text(d, 'ja')).toMatch(/エンドポイントが動いているのは、TC 7\.3\.3 がまだ TLS 1\.0 を受け付ける/);
    expect(d.questions).toEqual([]);
  });

  it('endpoints said to fail too (TC 7.3.3): the products are this problem, the endpoints\' failure is not explained by it (both said)', () => {
    const d = diagnose({ ...base, endpointsFail: true, otherProducts: ['meeting-server'], meetingServerRelease: '3.1' });
    expect(d.affected).toBe('yes');
    const f = d.findings.find((x) => x.code === 'endpoints-accept-tls10-beside-products')!;
    expect(f.severity).toBe('warning');
    expect(f.body[0].en).toMatch(/this problem does not explain why they fail/);
    expect(f.body[0].ja).toMatch(/この問題では説明できません/);
    expect(f.steps!.map((s) => s.en).join('\n')).toMatch(/Reachability/);
    expect(codes(d)).toContain('other-product-no-tls10');
  });

  it('a probe of the endpoint that completed TLS 1.0 works the same way', () => {
    const { endpoint: _e, ...noEp } = base;
    const d = diagnose({ ...noEp, endpointsFail: true, otherProducts: ['expressway'], probe: probe({ protocols: { 'tls1.0': true, 'tls1.2': true } as never }) });
    // (no endpoint stated, endpoints said to fail: the probe is the endpoint's)
    expect(codes(d)).toEqual(expect.arrayContaining(['other-product-no-tls10', 'endpoints-accept-tls10-beside-products']));
    expect(d.findings.find((x) => x.code === 'endpoints-accept-tls10-beside-products')!.body[0].en).toMatch(/the probe completed a TLS 1\.0 handshake/);
  });

  it('stays "not this problem" where nothing says a product fails, or the product is a Meeting Server before 2.3, or TMS is at Medium-High', () => {
    expect(codes(diagnose(base))).toEqual(['endpoint-accepts-tls10']);
    expect(codes(diagnose({ ...base, otherProducts: ['meeting-server'], meetingServerRelease: '2.2' }))).toEqual(['endpoint-accepts-tls10']);
    // (At Medium-High the products' failure is not the TLS 1.0 cause either, but the answer says what to check for them: round 16 #3.)
    expect(codes(diagnose({ ...base, level: 'medium-high', otherProducts: ['expressway'] }))).toEqual(['products-fail-at-raised-level', 'still-failing-checks']);
  });

  it('endpoints fine on CE 9.15 (refusing TLS 1.0) with the products failing: no "why the endpoints work" line', () => {
    const d = diagnose({ ...base, endpoint: ep('CE 9.15'), endpointsFail: false, otherProducts: ['expressway'] });
    expect(codes(d)).toContain('other-product-no-tls10');
    expect(codes(d)).not.toContain('endpoints-accept-tls10-beside-products');
  });
});
