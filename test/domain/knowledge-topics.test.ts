import { diagnose } from '../../src/domain/diagnose';
import * as K from '../../src/domain/knowledge';
import { parseRegText, schannelState } from '../../src/windows/reg';
import { parseEndpoint, parseSql, parseTms, parseWindows } from '../../src/domain/versions';
import type { Diagnosis, Facts, ParseResult, SecurityLevel } from '../../src/domain/types';

function ok<T>(r: ParseResult<T>): T {
  if (!r.ok) throw new Error(r.problem.message.en);
  return r.value;
}
const win = (s: string) => ok(parseWindows(s));
const facts = (o: { tms?: string; endpoint?: string; sql?: string; windows?: string; level?: SecurityLevel }): Facts => ({
  tms: ok(parseTms(o.tms ?? '15.2.1')),
  endpoint: ok(parseEndpoint(o.endpoint ?? 'CE9.15')),
  sql: o.sql ? ok(parseSql(o.sql)) : ok(parseSql('2016')),
  windows: o.windows ? win(o.windows) : undefined,
  level: o.level,
});
const find = (d: Diagnosis, code: string) => d.findings.find((f) => f.code === code);
const all = (d: Diagnosis, lang: 'en' | 'ja') =>
  d.findings.map((f) => [f.title, ...f.body, ...(f.steps ?? [])].map((t) => t[lang]).join('\n') + (f.literal ?? '')).join('\n');

/** Parse a .reg text back: header, keys with their values, line endings. */
function parseReg(text: string): { header: string; keys: Map<string, Record<string, string>>; crlf: boolean; finalBlank: boolean } {
  const crlf = !/(?<!\r)\n/.test(text);
  const lines = text.split('\r\n');
  const keys = new Map<string, Record<string, string>>();
  let cur: Record<string, string> | null = null;
  for (const line of lines.slice(1)) {
    const k = /^\[(.+)\]$/.exec(line);
    if (k) keys.set(k[1], (cur = {}));
    const v = /^"([^"]+)"=(.+)$/.exec(line);
    if (v && cur) cur[v[1]] = v[2];
  }
  return { header: lines[0], keys, crlf, finalBlank: text.endsWith('\r\n\r\n') };
}

describe('Windows: Schannel defaults, registry plan, the .reg file', () => {
  it('Windows Server 2025 has TLS 1.0 and 1.1 off by default (releases after September 2023)', () => {
    expect(K.windowsSchannelDefaults(win('2025'))).toEqual({ ssl3: false, tls10: false, tls11: false, tls12: true, tls13: true });
    const plan = K.registryPlan(win('2025'));
    expect(plan.keys).toEqual(['TLS 1.2']);
    expect(plan.tls10OffByDefault).toBe(true);
    expect(plan.tmsSupportUndocumented).toBe(true);
  });

  it('TLS 1.2 only on every release, 2008 R2 included (required there), and when unknown: the same keys as the fix kit', () => {
    expect(K.registryPlan(win('2008 R2'))).toMatchObject({ step: 'required', keys: ['TLS 1.2'] });
    expect(K.registryPlan(win('2008')).needsKb4019276).toBe(true);
    expect(K.registryPlan(win('2008 R2')).needsKb4019276).toBe(false);
    for (const w of ['2012', '2012 R2', '2016', '2019', '2022']) expect(K.registryPlan(win(w))).toMatchObject({ step: 'verify', keys: ['TLS 1.2'] });
    expect(K.registryPlan(undefined)).toMatchObject({ step: 'unknown', keys: ['TLS 1.2'] });
  });

  it.each([
    ['2008 R2', ['TLS 1.2']],
    ['2019', ['TLS 1.2']],
    ['2025', ['TLS 1.2']],
  ])('the .reg for %s parses back: header, Client and Server keys with both DWORDs, CRLF, a final blank line', (w, keys) => {
    const f = find(diagnose(facts({ windows: w })), 'enable-tls11-12-registry')!;
    const reg = parseReg(f.literal!);
    expect(reg.header).toBe('Windows Registry Editor Version 5.00');
    expect(reg.crlf).toBe(true);
    expect(reg.finalBlank).toBe(true);
    const expected = keys.flatMap((p) => ['Client', 'Server'].map((s) => `${K.REGISTRY_PATH}\\${p}\\${s}`));
    expect([...reg.keys.keys()]).toEqual(expected);
    for (const v of reg.keys.values()) expect(v).toEqual({ DisabledByDefault: 'dword:00000000', Enabled: 'dword:00000001' });
    // and the evidence reader agrees: no problems, the listed protocols enabled on both sides, nothing else touched
    const parsed = parseRegText(f.literal!);
    expect(parsed.problems).toEqual([]);
    expect(parsed.model.format).toBe(5);
    const state = schannelState(parsed.model);
    for (const p of ['TLS 1.0', 'TLS 1.1', 'TLS 1.2'] as const)
      for (const side of ['Client', 'Server'] as const) expect(state[p][side].verdict).toBe(keys.includes(p) ? 'enabled' : 'absent');
  });

  it('the .reg stays TLS 1.2 only when diagnoses alternate between releases (the files are written once per key set)', () => {
    const keysOf = (w: string) => [...parseReg(find(diagnose(facts({ windows: w })), 'enable-tls11-12-registry')!.literal!).keys.keys()].map((k) => k.split('\\').slice(-2).join(' '));
    for (let i = 0; i < 3; i++) {
      expect(keysOf('2019')).toEqual(['TLS 1.2 Client', 'TLS 1.2 Server']);
      expect(keysOf('2008 R2')).toEqual(['TLS 1.2 Client', 'TLS 1.2 Server']);
      expect(K.registryFile(['TLS 1.1', 'TLS 1.2'])).toContain('TLS 1.1\\Client]');
    }
  });

  it('the .NET strong-crypto .reg sets both registry views', () => {
    const reg = parseReg(K.DOTNET_LITERAL);
    expect([...reg.keys.keys()]).toEqual([
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319',
    ]);
    for (const v of reg.keys.values()) expect(v).toEqual({ SchUseStrongCrypto: 'dword:00000001', SystemDefaultTlsVersions: 'dword:00000001' });
    expect(reg.crlf && reg.finalBlank).toBe(true);
  });
});

describe('reboot rule', () => {
  it('reboot when keys are created or changed (always on 2008 / 2008 R2), only-if-changed from 2012 on, never when nothing changes', () => {
    expect(K.rebootAdvice({ windows: win('2008 R2') })).toBe('reboot');
    expect(K.rebootAdvice({ windows: win('2008') })).toBe('reboot');
    for (const w of ['2012 R2', '2016', '2019', '2022', '2025']) expect(K.rebootAdvice({ windows: win(w) })).toBe('reboot-if-changed');
    expect(K.rebootAdvice({})).toBe('reboot-if-changed');
    expect(K.rebootAdvice({ windows: win('2019'), keysChanged: false })).toBe('no-reboot');
    expect(K.rebootAdvice({ windows: win('2019'), keysChanged: true })).toBe('reboot');
  });

  it('no answer says Schannel reads its settings only at start; the reason is Microsoft\'s credential-handle wording', () => {
    for (const w of ['2008 R2', '2016', undefined]) {
      const d = diagnose(facts({ windows: w }));
      expect(all(d, 'en')).not.toMatch(/only when Windows starts|reads its protocol settings only/);
      expect(all(d, 'ja')).not.toMatch(/起動時にしか読み込まない/);
      expect(find(d, 'reboot-server')!.body[0].en).toMatch(/credential handles/);
    }
  });

  it('the reboot comes after the TMS Tools change (one reboot restarts every service); at Medium-High there is no level change', () => {
    const codes = diagnose(facts({ windows: '2008 R2' })).findings.map((f) => f.code);
    expect(codes.indexOf('reboot-server')).toBeGreaterThan(codes.indexOf('tms-tools-medium-high'));
    expect(find(diagnose(facts({ windows: '2008 R2' })), 'reboot-server')!.title.en).toBe('Reboot the TMS server once');
    const mh = diagnose(facts({ windows: '2016', level: 'medium-high' }));
    expect(find(mh, 'reboot-server')!.title.en).toMatch(/only if/);
    expect(all(mh, 'en')).not.toMatch(/new (?:security|Communication Security) level/);
    expect(K.rebootNote('no-reboot', false).en).toMatch(/do not reboot/);
  });
});

describe('the other corrections', () => {
  it('unknown Windows: the keys are not called harmless; TLS 1.2 matters, 1.1 optional', () => {
    const t = find(diagnose(facts({})), 'enable-tls11-12-registry')!.body[0];
    expect(t.en).not.toMatch(/which is harmless/);
    expect(t.en).toMatch(/TLS 1\.2 is the one that matters/);
    expect(t.en).toMatch(/optional/);
    expect(t.ja).toMatch(/任意/);
  });

  it('SQL 2008 R2: TLS 1.0 must stay on; disabling SSL 3.0 alone is never said to stop SQL', () => {
    const f = find(diagnose(facts({ sql: '2008 R2' })), 'caveat-sql2008r2-keep-tls10-ssl3')!;
    const en = [f.title, ...f.body].map((b) => b.en).join(' ');
    expect(en).not.toMatch(/If either is switched off|keep TLS 1\.0 and SSL 3\.0/);
    expect(en).toMatch(/SSL 3\.0 and TLS 1\.0 are both disabled/);
    expect(en).toMatch(/10\.0\.6547\.0/);
    expect(f.sources).toContain('ms-kb3146034');
  });

  it('caveat titles match their action: upgrade (2012 SP1), install (2012 SP2 CU9), check (2012, 2014 RTM)', () => {
    const title = (s: string) => find(diagnose(facts({ sql: s })), 'caveat-sql2012-kb3052404')?.title.en;
    expect(title('2012 SP1')).toMatch(/upgrade to a service pack/);
    expect(title('2012 RTM')).toMatch(/upgrade to a service pack/);
    expect(title('2012 SP2 CU9')).toMatch(/install the TLS 1\.2 update/);
    expect(title('2012')).toMatch(/check the build/);
    expect(title('2014 RTM')).toMatch(/check the build/);
    expect(title('12.0.2271.0')).toBeUndefined();
    expect(title('2014 RTM CU12')).toBeUndefined();
  });

  it('TMS before 15 offers the TC 7.3.3 downgrade only to endpoints that run TC', () => {
    const steps = (e: string) => find(diagnose(facts({ tms: '14.6.2', endpoint: e })), 'tms-pre15-upgrade-or-downgrade')!;
    expect(steps('TC7.3.6').steps!.map((s) => s.en).join(' ')).toMatch(/can go back to TC 7\.3\.3.*so their hardware runs TC: they can go back/);
    // A RoomOS release does not tell the hardware either (QA61 #4): the stop-gap, and the model decides, with what to check.
    const roomos = steps('RoomOS 11');
    expect(roomos.steps!.map((s) => s.en).join(' ')).toMatch(/can go back to TC 7\.3\.3.*the model decides, not the release.*ran TC before its upgrade/);
    expect(roomos.steps!.map((s) => s.ja).join('')).toMatch(/リリースではなく機種で決まります/);
    expect(roomos.body.map((b) => b.en).join(' ')).not.toMatch(/runs only on|only way/);
    expect(K.tcDowngradePossible(ok(parseEndpoint('RoomOS 11')))).toBe('maybe');
    // A CE release does not tell the hardware: an SX20 runs CE 9 and TC alike, a Room Kit only CE.
    for (const e of ['CE9.15', 'CE9.3', 'CE8.3']) {
      const f = steps(e);
      expect(f.steps!.map((s) => s.en).join(' ')).toMatch(/codecs whose hardware runs TC can go back to TC 7\.3\.3.*the model decides/);
      expect(f.body.map((b) => b.en).join(' ')).not.toMatch(/only way/);
      expect(K.tcDowngradePossible(ok(parseEndpoint(e)))).toBe('maybe');
    }
  });

  it('High and Low are checks, and the Telnet/SNMP caveat names the starting level', () => {
    const high = find(diagnose(facts({ level: 'high', windows: '2019' })), 'already-medium-high')!;
    expect(high.body.map((b) => b.en).join(' ')).toMatch(/self-signed or expired/);
    const low = diagnose(facts({ level: 'low', windows: '2019' }));
    expect(all(low, 'en')).not.toMatch(/behaves like Medium/);
    expect(find(low, 'tms-medium-tls10-only')!.body[0].en).toMatch(/Check the guide/);
    expect(find(low, 'caveat-telnet-snmp-disabled')!.body[0].en).toMatch(/from Low to Medium-High/);
    expect(find(diagnose(facts({ level: 'medium' })), 'caveat-telnet-snmp-disabled')!.body[0].en).toMatch(/from Medium to Medium-High/);
  });

  it('verification reads the handshake version and the filter matches its caption (port 443)', () => {
    const f = find(diagnose(facts({})), 'verify-tls12-clienthello')!;
    expect(f.literal).toBe('tls.handshake.type == 1 && tcp.port == 443');
    expect(f.body.map((b) => b.en).join(' ')).toMatch(/supported_versions/);
    expect(f.body.map((b) => b.en).join(' ')).toMatch(/record layer/);
    expect(f.steps![0].en).toMatch(/port 443/);
  });

  it('Windows Server 2008 (not R2) already at Medium-High does not name 2008 R2', () => {
    const f = find(diagnose(facts({ windows: '2008', level: 'medium-high' })), 'already-medium-high')!;
    expect(f.body[0].en).not.toMatch(/2008 R2/);
    expect(f.body[0].en).toMatch(/Windows Server 2008 TLS 1\.2 does not exist at all before Microsoft's KB4019276/);
  });

  it('code literals carry no prose (nothing to translate)', () => {
    const d = diagnose(facts({ windows: '2008 R2' }));
    for (const f of d.findings) if (f.literal) expect(f.literal).not.toMatch(/#|Expected|Before the fix|display filter/);
  });
});

describe('other products', () => {
  it.each([
    ['our Expressway-C and VCS', ['expressway']],
    ['Cisco Meeting Server 3.1 and a TelePresence Conductor', ['meeting-server', 'conductor']],
    ['CMS API', ['meeting-server']],
    ['TelePresence Server 4.4', ['telepresence-server']],
    ['TMS 15 and CE 9.15', []],
    ['customs', []],
    // short names count only as a clear product mention
    ['the CMS team said the TLS change is fine', []],
    ['TPS report is due, TMS 15.2.1', []],
    ['the conductor of the call says TMS is 15.2.1', []],
    ['CMS の担当者は問題ないと言っています。TMS 15.2.1', []],
    ['our VCS history shows the change', []],
    ['CMS 3.1 as well', ['meeting-server']],
    ['Cisco CMS too', ['meeting-server']],
    ['the CMS also shows No HTTPS response', ['meeting-server']],
    ['VCS X8.11 and the TPS blades', ['expressway', 'telepresence-server']],
    ['TMS also lost our Conductor', ['conductor']],
    ['CMS も No HTTPS response になっています', ['meeting-server']],
    ['Expressway-E', ['expressway']],
    // a short question about the product, after an answer about TMS
    ['does this affect CMS?', ['meeting-server']],
    ['is our VCS impacted as well?', ['expressway']],
    ['what about CMS?', ['meeting-server']],
    ['CMS にも影響しますか', ['meeting-server']],
    ['VCS はどうですか', ['expressway']],
    ['TPS は？', ['telepresence-server']],
    // plurals: "are our Expressways affected" names the product
    ['are our Expressways affected', ['expressway']],
    ['both VCS-Es and the TelePresence Servers', ['expressway', 'telepresence-server']],
    // still another sense
    ['does this affect the CMS team?', []],
    ['what about the conductor of the call?', []],
  ])('detectOtherProducts(%j) → %j', (text, ids) => {
    expect(K.detectOtherProducts(text)).toEqual(ids);
  });

  it.each([
    ['our CMS 2.2 shows No HTTPS response', '2.2'],
    ['Meeting Server version 3.1.2 fails in TMS', '3.1.2'],
    ['CMS v2.9 too', '2.9'],
    ['the old Acano 1.8 box is managed by TMS', '1.8'],
    ['CMS のバージョンは 2.2 です', '2.2'],
    ['Cisco Meeting Server: 3.8.', '3.8'],
    // no release right after the name, or not a release
    ['we upgraded CMS from 2.2 to 3.1', undefined],
    ['the CMS team runs 2.2', undefined],
    ['CMS 2.2.1.5 build', undefined],
    ['CMS 12.1 in TMS', undefined],
    ['Meeting Server shows No HTTPS response', undefined],
  ])('meetingServerReleaseIn(%j) → %j', (text, rel) => {
    expect(K.meetingServerReleaseIn(text)).toBe(rel);
  });

  it.each([
    ['2.2', true],
    ['1.8', true],
    ['2.3', false],
    ['2.3.0', false],
    ['3.1.2', false],
    ['2.10', false],
    ['x', null],
    [22, null],
    ['2', null],
  ])('meetingServerBefore23(%j) → %j', (rel, old) => {
    expect(K.meetingServerBefore23(rel)).toBe(old);
  });

  it('a Meeting Server before 2.3, not probed: probe first, no TMS-side step; with a probe that refuses: the wall, said of the product', () => {
    const base = { tms: facts({}).tms, sql: facts({}).sql, otherProducts: ['meeting-server'] as K.OtherProductId[], meetingServerRelease: '2.2' };
    const d = diagnose(base);
    expect(d.affected).toBe('unknown');
    expect(d.findings.map((f) => f.code)).toEqual(['meeting-server-release-unsettled', 'probe-product-port']);
    expect(d.questions).toEqual([]);
    // from 2.3 on, the release settles it
    const d23 = diagnose({ ...base, meetingServerRelease: '2.3' });
    expect(d23.affected).toBe('yes');
    expect(find(d23, 'other-product-no-tls10')!.body.map((b) => b.en).join(' ')).toMatch(/2\.3 is such a release/);
    // endpoints fail too: the endpoint answer, and the product line says to probe it
    const both = diagnose({ ...facts({}), otherProducts: ['meeting-server'], meetingServerRelease: '2.2', endpointsFail: true });
    expect(find(both, 'meeting-server-release-unsettled')).toBeUndefined();
    expect(find(both, 'other-products-same-wall')!.body[0].en).toMatch(/about your 2\.2 the sources say nothing/);
  });

  it('named products give a finding in the TMS 15 answer', () => {
    const d = diagnose({ ...facts({}), otherProducts: ['expressway'] });
    expect(find(d, 'other-products-same-wall')!.body[0].en).toMatch(/Expressway \/ VCS/);
    expect(find(diagnose(facts({})), 'other-products-same-wall')).toBeUndefined();
  });
});

describe('the card summary follows the knowledge', () => {
  it('TMS before 15: the next step offers the TC downgrade on CE or RoomOS only after checking the model, none for Room Kits', () => {
    const { composeDiagnosis } = require('../../src/conversation/compose') as typeof import('../../src/conversation/compose');
    for (const lang of ['en', 'ja'] as const) {
      // (RoomOS does not tell the hardware either: QA61 #4.)
      const roomos = composeDiagnosis(facts({ tms: '14.6.2', endpoint: 'RoomOS 11' }), lang).summary!;
      expect(roomos.next).toMatch(lang === 'en' ? /check the model/ : /機種を確認/);
      const kits = composeDiagnosis({ ...facts({ tms: '14.6.2', endpoint: 'RoomOS 11' }), endpointModels: ['Room Kit'] }, lang).summary!;
      expect(kits.next).not.toMatch(/7\.3\.3/);
      const ce9 = composeDiagnosis(facts({ tms: '14.6.2', endpoint: 'CE9.15' }), lang).summary!;
      expect(ce9.next).toMatch(lang === 'en' ? /check the model/ : /機種を確認/);
      const tc = composeDiagnosis(facts({ tms: '14.6.2', endpoint: 'TC7.3.6' }), lang).summary!;
      expect(tc.next).toMatch(/7\.3\.3/);
    }
  });
  it('the failing system is another product: the card names it, not "the endpoint", and offers no TC downgrade', () => {
    const { composeDiagnosis } = require('../../src/conversation/compose') as typeof import('../../src/conversation/compose');
    for (const lang of ['en', 'ja'] as const) {
      const f15 = { ...facts({ tms: '15.13' }), otherProducts: ['expressway' as const] };
      delete f15.endpoint;
      const s15 = composeDiagnosis(f15, lang).summary!;
      expect(s15.cause).toMatch(/Expressway \/ VCS/);
      expect(s15.cause).not.toMatch(lang === 'en' ? /endpoint/i : /エンドポイント/);
      const pre = composeDiagnosis({ ...f15, tms: ok(parseTms('14.6.2')) }, lang).summary!;
      expect(pre.cause).toMatch(/Expressway \/ VCS/);
      expect(pre.next).not.toMatch(lang === 'en' ? /hardware cannot run TC|check the model/ : /ハードウェア|機種/);
    }
  });
});

describe('a probed certificate at High', () => {
  const cert = (over: object) => ({ subject: 'CN=a', issuer: 'CN=b', subjectAltNames: [], validFrom: '2026-01-01T00:00:00.000Z', validTo: '2027-01-01T00:00:00.000Z', keyType: 'RSA', keyBits: 2048, signatureAlgorithm: null, selfSigned: false, expired: false, fingerprint256: '', ...over });
  it('a CA-issued, valid certificate, none, or a malformed one: nothing to say', () => {
    expect(K.probeCertificateAtHigh(cert({}), 'x')).toBeNull();
    expect(K.probeCertificateAtHigh(null, 'x')).toBeNull();
    expect(K.probeCertificateAtHigh({ selfSigned: 'yes' } as never, 'x')).toBeNull();
  });
  it('self-signed, expired, or both: said as such, never "lower the level"', () => {
    for (const [over, re] of [
      [{ selfSigned: true }, /self-signed certificate \(issued by itself/],
      [{ expired: true }, /expired certificate \(valid until 2027-01-01\)/],
      [{ selfSigned: true, expired: true }, /self-signed certificate that has also expired/],
    ] as const) {
      const f = K.probeCertificateAtHigh(cert(over), 'codec1:443')!;
      expect(f.body[0].en).toMatch(re);
      expect(f.body[0].en).toMatch(/Keep High/);
      expect(f.body[0].en).not.toMatch(/set (it )?to Medium-High|lower the level to/i);
      expect(f.body[0].ja).toContain('High のままにしてください');
    }
  });
});

describe('the failing system is another product TMS manages, not an endpoint', () => {
  const noEndpoint = (o: Partial<Facts>): Facts => {
    const f = { ...facts({}), ...o };
    delete f.endpoint;
    return f;
  };
  it('no endpoint version is asked: the TMS-side cause and fix are given for the product', () => {
    const d = diagnose(noEndpoint({ otherProducts: ['expressway'] }));
    expect(d.questions.map((q) => q.code)).not.toContain('need-endpoint-version');
    expect(d.affected).toBe('yes');
    const codes = d.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['other-product-no-tls10', 'tms-medium-tls10-only', 'enable-tls11-12-registry', 'tms-tools-medium-high', 'caveat-telnet-snmp-disabled']));
    expect(codes).not.toContain('endpoint-no-tls10');
    expect(codes).not.toContain('other-products-same-wall');
  });
  it('the cause for a product does not claim the endpoint capture (reset, HTTP 80, 301) as its own (EN/JA)', () => {
    const cause = find(diagnose(noEndpoint({ otherProducts: ['expressway'] })), 'tms-medium-tls10-only')!.body[0]!;
    expect(cause.en).toContain('The managed system does not accept a TLS 1.0-only handshake');
    expect(cause.en).not.toMatch(/The managed system resets/);
    expect(cause.en).toContain('for endpoints');
    expect(cause.ja).toContain('エンドポイントについてのものです');
    const endpoint = find(diagnose(facts({ tms: '15.2.1', endpoint: 'CE 9.15', sql: '2016' })), 'tms-medium-tls10-only')!.body[0]!;
    expect(endpoint.en).toContain('The endpoint resets the connection, TMS falls back to HTTP on port 80');
  });

  it('says only Meeting Server 2.3+ has a stated TLS minimum; for the others, check the product', () => {
    const cms = find(diagnose(noEndpoint({ otherProducts: ['meeting-server'] })), 'other-product-no-tls10')!;
    expect(cms.body.map((b) => b.en).join('\n')).toMatch(/2\.3/);
    expect(cms.body.map((b) => b.ja).join('\n')).toMatch(/2\.3/);
    for (const id of ['expressway', 'conductor', 'telepresence-server'] as const) {
      const f = find(diagnose(noEndpoint({ otherProducts: [id] })), 'other-product-no-tls10')!;
      const en = f.body.map((b) => b.en).join('\n');
      expect(en).toContain(K.OTHER_PRODUCTS[id].name);
      expect(en).toMatch(/do not state/);
      expect(en).toMatch(/release notes/);
      expect(en).not.toMatch(/2\.3/);
      expect(f.body.map((b) => b.ja).join('\n')).toMatch(/リリースノート/);
    }
  });
  it('endpoints fail too: the endpoint version is still asked first', () => {
    const d = diagnose(noEndpoint({ otherProducts: ['expressway'], endpointsFail: true }));
    expect(d.questions[0].code).toBe('need-endpoint-version');
    expect(d.affected).toBe('unknown');
  });
  it('at Medium-High the product path says so, like for endpoints', () => {
    const d = diagnose(noEndpoint({ otherProducts: ['conductor'], level: 'medium-high' }));
    expect(d.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['other-product-no-tls10', 'already-medium-high']));
    expect(d.affected).toBe('unknown');
  });
  it('TMS before 15: upgrade TMS, no TC downgrade offered for a product', () => {
    const d = diagnose(noEndpoint({ tms: { product: 'TMS', raw: '14.6.2', semver: '14.6.2' }, otherProducts: ['expressway'] }));
    const pre = find(d, 'tms-pre15-upgrade-or-downgrade')!;
    expect(all(d, 'en')).not.toMatch(/TC 7\.3\.3/);
    expect(pre.steps!.length).toBe(1);
    expect(d.questions.map((q) => q.code)).not.toContain('need-endpoint-version');
  });
});

describe('the card with two products failing', () => {
  it('names both, with the verb agreeing', () => {
    const { composeDiagnosis } = require('../../src/conversation/compose') as typeof import('../../src/conversation/compose');
    const f = { ...facts({ tms: '15.13' }), otherProducts: ['meeting-server' as const, 'expressway' as const] };
    delete f.endpoint;
    expect(composeDiagnosis(f, 'en').summary!.cause).toMatch(/^Cisco Meeting Server and Expressway \/ VCS refuse TLS 1\.0/);
  });
});
