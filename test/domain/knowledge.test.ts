import { diagnose } from '../../src/domain/diagnose';
import * as K from '../../src/domain/knowledge';
import { parseEndpoint, parseSql, parseTms, parseWindows, registryStepFor, windowsSchannelDefaults } from '../../src/domain/versions';
import type { Facts, Finding, LocalizedText, ParseResult, Question, SecurityLevel } from '../../src/domain/types';
import type { ProbeResult } from '../../src/probe/types';
import { probeResult, type ProbeOverrides } from '../fixtures/probe';

const JA = /[\u3040-\u30ff\u4e00-\u9fff]/;

function ok<T>(r: ParseResult<T>): T {
  if (!r.ok) throw new Error(r.problem.message.en);
  return r.value;
}

function baseProbe(p: Partial<ProbeResult['protocols']>, over: ProbeOverrides = {}): ProbeResult {
  const unknown = { ssl3: null, 'tls1.0': null, 'tls1.1': null, 'tls1.2': null, 'tls1.3': null };
  return probeResult({ durationMs: 1, ...over, protocols: { ...unknown, ...p } });
}

/** Every finding and question diagnose can produce, over a grid of facts. */
function everything(): { findings: Finding[]; questions: Question[] } {
  const findings: Finding[] = [];
  const questions: Question[] = [];
  const fs = new Map<string, Finding>(); // distinct variants only
  const qs = new Map<string, Question>();
  const endpoints = [undefined, 'TC7.3.5', 'TC7.3.6', 'CE8.0', 'CE9.15', 'RoomOS 11'];
  const tmses = [undefined, '14.6.2', '15.2.1'];
  const sqls = [undefined, '2008 R2', '10.50.6560.0', '10.50.6000.34', '2008', '2012', '2012 SP1', '2014 SP1 CU5', '2016'];
  const wins = [undefined, '2008', '2008 R2', '2012 R2', '2019'];
  const levels: (SecurityLevel | undefined)[] = [undefined, 'low', 'medium', 'medium-high', 'high'];
  const probes = [
    undefined,
    baseProbe({ 'tls1.0': false, 'tls1.2': true }),
    baseProbe({ 'tls1.0': true }),
    baseProbe({}, { reachable: false, error: 'ECONNREFUSED' }),
    baseProbe({}, { tls: false }),
    baseProbe({}),
    baseProbe({ 'tls1.0': false, 'tls1.1': false, 'tls1.2': false, 'tls1.3': true }),
    baseProbe({ 'tls1.0': false, 'tls1.2': true }, { http: { port: 80, status: 301, location: 'https://x/', redirectsToHttps: true } }),
  ];
  for (const e of endpoints)
    for (const t of tmses)
      for (const s of sqls)
        for (const w of wins)
          for (const l of levels)
            for (const loc of [undefined, 'remote'] as const)
              for (const p of e === undefined || e === 'TC7.3.6' ? probes : [undefined]) {
                const facts: Facts = {
                  endpoint: e ? ok(parseEndpoint(e)) : undefined,
                  tms: t ? ok(parseTms(t)) : undefined,
                  sql: s ? ok(parseSql(s)) : undefined,
                  windows: w ? ok(parseWindows(w)) : undefined,
                  level: l,
                  sqlLocation: loc,
                  probe: p,
                };
                const d = diagnose(facts);
                for (const f of d.findings) fs.set(JSON.stringify(f), f);
                for (const q of d.questions) qs.set(JSON.stringify(q), q);
              }
  for (const f of diagnose({ https: false }).findings) fs.set(JSON.stringify(f), f);
  for (const f of diagnose({ https: false, probe: probes[7] }).findings) fs.set(JSON.stringify(f), f);
  findings.push(...fs.values());
  questions.push(...qs.values());
  return { findings, questions };
}

function texts(f: Finding): LocalizedText[] {
  return [f.title, ...f.body, ...(f.steps ?? [])];
}

describe('knowledge: every text is bilingual', () => {
  const all = everything();

  it('covers every finding code the brief asks for', () => {
    const seen = new Set(all.findings.map((f) => f.code));
    for (const c of [
      'endpoint-no-tls10',
      'endpoint-accepts-tls10',
      'tms-medium-tls10-only',
      'backup-registry-first',
      'enable-tls11-12-registry',
      'reboot-server',
      'tms-tools-medium-high',
      'restart-tms-services',
      'verify-tls12-clienthello',
      'caveat-telnet-snmp-disabled',
      'caveat-sql2008r2-keep-tls10-ssl3',
      'caveat-sql2012-kb3052404',
      'caveat-remote-sql-untouched',
      'tms-pre15-upgrade-or-downgrade',
      'already-medium-high',
      'http-not-affected',
      'verify-probe-target',
      'probe-unreachable',
      'probe-not-tls',
      'probe-inconclusive',
      'probe-no-tms-protocol',
      'http-redirects-to-https',
    ]) {
      expect(seen).toContain(c);
    }
    expect(new Set(all.questions.map((q) => q.code))).toEqual(new Set(K.QUESTION_CODES));
  });

  it('every finding has non-empty en and ja texts, ja in Japanese script', () => {
    for (const f of all.findings) {
      expect(f.body.length).toBeGreaterThan(0);
      for (const t of texts(f)) {
        expect(t.en.trim().length).toBeGreaterThan(0);
        expect(t.ja.trim().length).toBeGreaterThan(0);
        expect(t.ja).toMatch(JA);
        expect(t.en).not.toMatch(JA);
        expect(t.en).not.toMatch(/undefined|null|NaN|\[object/);
        expect(t.ja).not.toMatch(/undefined|null|NaN|\[object/);
      }
    }
  });

  it('every question has non-empty en and ja texts, ja in Japanese script', () => {
    for (const q of all.questions) {
      expect(q.text.en.trim().length).toBeGreaterThan(0);
      expect(q.text.ja).toMatch(JA);
      for (const c of q.choices ?? []) {
        expect(c.label.en.trim()).not.toBe('');
        expect(c.label.ja.trim()).not.toBe('');
      }
    }
  });

  it('backticked literals are the same in both languages', () => {
    for (const f of all.findings) {
      for (const t of texts(f)) {
        const lit = (s: string) => (s.match(/`[^`]+`/g) ?? []).sort();
        expect(lit(t.ja)).toEqual(lit(t.en));
      }
    }
  });
});

describe('knowledge: facts that must be exact', () => {
  it('registry literal has all four subkeys with both values', () => {
    for (const p of ['TLS 1.1', 'TLS 1.2'])
      for (const side of ['Client', 'Server'])
        expect(K.REGISTRY_LITERAL).toContain(
          `[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\${p}\\${side}]\r\n"DisabledByDefault"=dword:00000000\r\n"Enabled"=dword:00000001\r\n\r\n`,
        );
    expect(K.REGISTRY_LITERAL.startsWith('Windows Registry Editor Version 5.00')).toBe(true);
  });

  it('the Schannel defaults table agrees with windowsSchannelDefaults / registryStepFor', () => {
    for (const row of K.SCHANNEL_DEFAULTS_TABLE) {
      const v = ok(parseWindows(row.release.split(' / ')[0]));
      expect(v.year).toBeGreaterThanOrEqual(row.from);
      expect(windowsSchannelDefaults(v)).toEqual({ ssl3: row.ssl3, tls10: row.tls10, tls11: row.tls11, tls12: row.tls12, tls13: row.tls13 });
      expect(registryStepFor(v)).toBe(row.registryStep);
    }
  });

  it('uses the correct bug ID and KB numbers', () => {
    expect(K.BUG_ID).toBe('CSCuz71542');
    expect(K.KB_SQL2012_2014).toBe('KB3052404');
    expect(K.KB_SQL2008R2).toBe('KB3135244');
  });

  it('the translation note says the direction the right way round', () => {
    expect(K.TRANSLATION_NOTES.telnetDirection.en).toMatch(/from Medium to Medium-High/);
    expect(K.TRANSLATION_NOTES.telnetDirection.ja).toMatch(/Medium から Medium-High に上げた/);
  });

  it('the endpoint finding says what the sources settle: TLS 1.0 refused, TLS 1.2 accepted (nothing about TLS 1.1)', () => {
    for (const f of [K.endpointNoTls10(ok(parseEndpoint('CE9.15')), false), K.endpointNoTls10(undefined, false)]) {
      const en = f.body.map((b) => b.en).join(' ');
      const ja = f.body.map((b) => b.ja).join(' ');
      expect(en).toMatch(/refuses TLS 1\.0/);
      expect(ja).toMatch(/TLS 1\.0 を受け付けません/);
      expect(en).not.toMatch(/TLS 1\.1/);
      expect(ja).not.toMatch(/TLS 1\.1/);
    }
    const named = K.endpointNoTls10(ok(parseEndpoint('CE9.15')), false).body[0];
    expect(named.en).toMatch(/every TC and CE release accepts TLS 1\.2/);
    expect(named.ja).toMatch(/TLS 1\.2 を受け付けます/);
  });

  it.each([
    ['It says Telnet stops when going from Medium-High to Medium', 'telnet-direction'],
    ['Medium-HighからMediumに変更するとTelnetが無効になると書いてあります', 'telnet-direction'],
    ['ミディアムハイからミディアムにすると', 'telnet-direction'],
    ['going from Medium to Medium-High', null],
    ['bug CSCuz71542', null],
    ['bug CSCuz7154 in the doc', 'bug-id'],
    ['nothing here', null],
  ])('detectTranslationQuote(%j) → %s', (text, expected) => {
    expect(K.detectTranslationQuote(text)).toBe(expected);
  });
});

describe('naming a probed target', () => {
  it('adds the port only when the target does not already name it', () => {
    expect(K.probeWhere(probeResult({ target: '10.1.2.3:443', port: 443 }))).toBe('10.1.2.3:443');
    expect(K.probeWhere(probeResult({ target: '[fd00::5]:8443', port: 8443 }))).toBe('[fd00::5]:8443');
    expect(K.probeWhere(probeResult({ target: 'codec.lan', port: 443 }))).toBe('codec.lan:443');
  });

  it('an unreachable probe from `tms-doctor probe` is reported without a doubled port, in both languages', () => {
    const f = K.probeUnreachable(probeResult({ target: '127.0.0.1:9', port: 9, reachable: false, tls: null, error: 'port closed: refused' }));
    for (const lang of ['en', 'ja'] as const) {
      const text = [f.title[lang], ...f.body.map((b) => b[lang])].join(' ');
      expect(text).toContain('127.0.0.1:9');
      expect(text).not.toContain('127.0.0.1:9:9');
    }
  });
});

describe('probe errors in Japanese', () => {
  it.each([
    ['port closed: the TCP connection was refused', 'ポートが閉じています'],
    ['host silent: no answer to the TCP connection (down, filtered, or wrong address)', 'ホストが応答しません'],
  ])('%s is explained in Japanese, not quoted in English', (error, ja) => {
    const f = K.probeUnreachable(probeResult({ target: '10.1.2.3:443', reachable: false, tls: null, error }));
    const text = f.body.map((b) => b.ja).join(' ');
    expect(text).toContain(ja);
    expect(text).not.toContain(error);
    expect(f.body.map((b) => b.en).join(' ')).toContain(error);
  });
});

describe('ceOnlyModelsIn: models that cannot run TC, named as the user\'s', () => {
  it.each([
    ['our Room Kit Pro on ce9.15', ['Room Kit Pro']],
    ['エンドポイントはRoom Kit (CE9.12) です', ['Room Kit']],
    ['two roomkit mini and a Codec Plus', ['Room Kit Mini', 'Codec Plus']],
    ['the Webex Board 55 and a Desk Pro', ['Board 55', 'Desk Pro']],
    ['we have SX20s, not Room Kits', []],
    ['our Room Kits fail', ['Room Kit']],
    ['Room Kit ではなく SX80 です', []],
    ['everyone on board, the service desk asked', []],
    ['a dashboard on the desk', []],
  ])('%j → %j', (text, expected) => {
    expect(K.ceOnlyModelsIn(text)).toEqual(expected);
  });
});
