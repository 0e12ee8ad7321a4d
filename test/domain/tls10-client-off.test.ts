/**
 * The endpoint still accepts TLS 1.0 (CE 8.0.x, TC ≤ 7.3.5, a probe), but TLS 1.0 is off on the TMS
 * server's Client side while TMS offers nothing else: TMS sends no ClientHello at all and reaches no
 * endpoint (knowledge.md §Symptom, §Windows Schannel defaults). Not "not this problem".
 */
import { diagnose } from '../../src/domain/diagnose';
import { parseEndpoint, parseSql, parseTms, parseWindows } from '../../src/domain/versions';
import type { Diagnosis, Facts } from '../../src/domain/types';
import { readPastedText } from '../../src/evidence/text';
import { addReading } from '../../src/evidence/types';
import { summarize } from '../../src/conversation/summary';
import { heading } from '../../src/conversation/compose';
import { buildFixKit } from '../../src/fixkit';
import { probeResult as probe } from '../fixtures/probe';

const v = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : (undefined as never));
const codes = (d: Diagnosis) => d.findings.map((f) => f.code);
const text = (d: Diagnosis, lang: 'en' | 'ja' = 'en') => d.findings.map((f) => [f.title[lang], ...f.body.map((b) => b[lang]), ...(f.steps ?? []).map((s) => s[lang])].join('\n')).join('\n');
const card = (d: Diagnosis, facts: Facts, lang: 'en' | 'ja' = 'en') => summarize({ ...d, facts } as never, lang);

const CE80: Facts = { endpoint: v(parseEndpoint('CE 8.0.1')), tms: v(parseTms('15.5')), sql: v(parseSql('2016')), sqlLocation: 'local' };
const W2025 = v(parseWindows('2025'));
const W2019 = v(parseWindows('2019'));
const REG_TLS10_CLIENT_OFF = [
  'Windows Registry Editor Version 5.00',
  '',
  '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client]',
  '"Enabled"=dword:00000000',
  '"DisabledByDefault"=dword:00000001',
  '',
].join('\r\n');
const REG_TLS10_SERVER_OFF = REG_TLS10_CLIENT_OFF.replace('TLS 1.0\\Client]', 'TLS 1.0\\Server]');
const evidence = (t: string) => addReading(undefined, 'pasted text', readPastedText(t));

describe('endpoint accepts TLS 1.0, TLS 1.0 off on the TMS server', () => {
  it('Windows Server 2025 at Medium: the TMS-side fix, "yes", in place of "not this problem"', () => {
    const facts: Facts = { ...CE80, windows: W2025, level: 'medium' };
    const d = diagnose(facts);
    expect(d.affected).toBe('yes');
    expect(codes(d)).toEqual(expect.arrayContaining(['tls10-off-endpoint-accepts', 'tms-medium-tls10-only', 'enable-tls11-12-registry', 'tms-tools-medium-high']));
    expect(codes(d)).not.toContain('endpoint-accepts-tls10');
    expect(codes(d)).not.toContain('endpoint-no-tls10');
    expect(text(d)).toContain('sends no ClientHello at all');
    expect(text(d)).toContain('On Windows Server 2025 TLS 1.0 and 1.1 are off by default');
    // Nothing says the endpoint resets or refuses the TLS 1.0 hello.
    expect(text(d)).not.toMatch(/resets the connection|refuses TLS 1\.0 anyway/);
    const s = card(d, facts);
    expect(s.verdict).toBe('fix');
    expect(s.cause).toBe('CE 8.0.1 still accepts TLS 1.0, but TLS 1.0 is off on the TMS server (the Windows Server 2025 default), so TMS at Medium sends no ClientHello at all.');
    expect(heading(d, 'en')).toMatch(/^This is the TLS 1\.0 problem/);
  });

  it('the fix kit follows: TLS 1.2 only on 2025', () => {
    const kit = buildFixKit({ lang: 'en', facts: { ...CE80, windows: W2025, level: 'medium' } });
    expect(kit.ok).toBe(true);
    if (kit.ok) {
      const reg = kit.files.find((f) => f.name === 'enable-tls12.reg')!.text;
      expect(reg).toContain('TLS 1.2\\Client]');
      expect(reg).not.toContain('TLS 1.1\\Client]');
    }
  });

  it('level unknown counts as the default Medium', () => {
    const d = diagnose({ ...CE80, windows: W2025 });
    expect(codes(d)).toContain('tls10-off-endpoint-accepts');
    expect(text(d)).toContain('TMS at Medium (the default) offers only TLS 1.0');
  });

  it('at Medium-High or High the endpoint accepting TLS 1.0 still means "not this problem"', () => {
    for (const level of ['medium-high', 'high'] as const) {
      const d = diagnose({ ...CE80, windows: W2025, level });
      expect(d.affected).toBe('no');
      expect(codes(d)).toEqual(['endpoint-accepts-tls10']);
    }
  });

  it('Windows 2025 with TLS 1.0 said to be on: "not this problem" stays', () => {
    const d = diagnose({ ...CE80, windows: W2025, level: 'medium', tlsClaims: { tls10: 'on' } });
    expect(codes(d)).toEqual(['endpoint-accepts-tls10']);
  });

  it('Windows 2019 and nothing said about TLS 1.0: "not this problem" stays', () => {
    expect(codes(diagnose({ ...CE80, windows: W2019, level: 'medium' }))).toEqual(['endpoint-accepts-tls10']);
  });

  it('a bare claim ("we disabled TLS 1.0"): "unknown", the card says check first, and which side to check', () => {
    const facts: Facts = { ...CE80, windows: W2019, level: 'medium', tlsClaims: { tls10: 'off' } };
    const d = diagnose(facts);
    expect(d.affected).toBe('unknown');
    expect(codes(d)).toEqual(expect.arrayContaining(['tls10-off-endpoint-accepts', 'said-tls10-off', 'tms-tools-medium-high']));
    expect(text(d)).toContain('TLS 1.0\\Client`: TLS 1.0 is off for TMS\'s connections when `Enabled` = 0 or `DisabledByDefault` = 1');
    expect(text(d)).toContain('If only `TLS 1.0\\Server` was changed');
    expect(text(d)).not.toContain('instead of a TLS 1.0 hello that the endpoint resets');
    const s = card(d, facts);
    expect(s.verdict).toBe('check');
    expect(s.next).toMatch(/^Confirm first that TLS 1\.0\\Client on the TMS server is off/);
    expect(heading(d, 'en')).toMatch(/^Most likely the TLS 1\.0 problem: check the assumption first/);
  });

  it('a probe that completed TLS 1.0 counts as an endpoint that accepts it', () => {
    const d = diagnose({ tms: v(parseTms('15.5')), sql: v(parseSql('2016')), sqlLocation: 'local', windows: W2025, level: 'medium', probe: probe({ protocols: { 'tls1.0': true, 'tls1.2': true } }) });
    expect(codes(d)).toContain('tls10-off-endpoint-accepts');
    expect(text(d)).toContain('The probe completed a TLS 1.0 handshake');
  });

  it('TMS before 15: upgrade TMS, or TLS 1.0\\Client back on (said to be a trade-off); no TC downgrade; SQL 2008 R2 trap kept', () => {
    const facts: Facts = { ...CE80, tms: v(parseTms('14.6.2')), sql: v(parseSql('2008 R2')), windows: W2025 };
    const d = diagnose(facts);
    expect(d.affected).toBe('yes');
    expect(codes(d)).toEqual(expect.arrayContaining(['tls10-off-endpoint-accepts', 'tms-pre15-tls10-client-off', 'caveat-sql2008r2-keep-tls10-ssl3']));
    expect(codes(d)).not.toContain('tms-pre15-upgrade-or-downgrade');
    const all = text(d);
    expect(all).toContain('Upgrade TMS to 15.x');
    expect(all).toContain('re-opens TLS 1.0 on this server, a security trade-off');
    expect(all).toContain('endpoints on TC 7.3.6+/CE 8.1+ refuse TLS 1.0 anyway');
    expect(all).toContain('TMS support for Windows Server 2025 is not documented');
    expect(all).toContain('do not re-enable TLS 1.1');
    expect(all).not.toContain('TC 7.3.3');
    const pre = d.findings.find((f) => f.code === 'tms-pre15-tls10-client-off')!;
    expect(pre.literal).toContain('TLS 1.0\\Client]');
    expect(pre.literal).not.toContain('TLS 1.0\\Server]');
    const s = card(d, facts);
    expect(s.verdict).toBe('upgrade-tms');
    expect(s.cause).toBe('CE 8.0.1 still accepts TLS 1.0, but TMS 14.6.2 offers only TLS 1.0, which is off on its server, so it sends no ClientHello at all.');
    expect(s.caveats.map((c) => c.code)).toContain('caveat-sql2008r2-keep-tls10-ssl3');
  });

  it('evidence: a registry export with TLS 1.0\\Client Enabled=0 and a CE 8.0 endpoint ("yes"; no "refuses TLS 1.0 anyway")', () => {
    const facts: Facts = { ...CE80, endpoint: v(parseEndpoint('CE 8.0.2')), windows: W2019, evidence: evidence(REG_TLS10_CLIENT_OFF) };
    const d = diagnose(facts);
    expect(d.affected).toBe('yes');
    expect(codes(d)).toEqual(expect.arrayContaining(['evidence-schannel-tls10-off', 'tls10-off-endpoint-accepts', 'tms-tools-medium-high']));
    expect(text(d)).toContain('The registry you pasted shows it');
    expect(text(d)).not.toContain('refuses TLS 1.0 anyway');
    expect(card(d, facts).cause).toBe('CE 8.0.2 still accepts TLS 1.0, but TLS 1.0 is off on the TMS server (your evidence shows it), so TMS at Medium sends no ClientHello at all.');
  });

  it('evidence of TLS 1.0\\Server only: TMS still sends its hello, "not this problem" stays', () => {
    const d = diagnose({ ...CE80, windows: W2019, evidence: evidence(REG_TLS10_SERVER_OFF) });
    expect(codes(d)).toContain('endpoint-accepts-tls10');
    expect(codes(d)).not.toContain('tls10-off-endpoint-accepts');
  });

  it('evidence: a capture with no ClientHello and a CE 8.0 endpoint: the capture text does not say the endpoint refuses TLS 1.0', () => {
    const d = diagnose({ ...CE80, windows: W2019, level: 'medium', evidence: evidence('キャプチャを見ると、TMS は 443 に TCP 接続したあと ClientHello を送っていません') });
    expect(d.affected).toBe('yes');
    expect(codes(d)).toEqual(expect.arrayContaining(['evidence-capture-no-clienthello', 'tls10-off-endpoint-accepts']));
    expect(text(d)).toContain('even for an endpoint that accepts TLS 1.0 as this one does');
    expect(text(d)).not.toContain('refuses TLS 1.0 anyway');
    expect(text(d)).not.toContain('would reset the hello instead');
    expect(text(d, 'ja')).not.toContain('もともと TLS 1.0 を拒否する');
  });

  it('an endpoint that refuses TLS 1.0 keeps the usual texts (capture: "refuses TLS 1.0 anyway")', () => {
    const d = diagnose({ ...CE80, endpoint: v(parseEndpoint('CE 9.15.3')), windows: W2019, level: 'medium', evidence: evidence('the capture shows TCP connected to 443 but no ClientHello was sent') });
    expect(codes(d)).toContain('endpoint-no-tls10');
    expect(codes(d)).not.toContain('tls10-off-endpoint-accepts');
  });

  it('Japanese: the finding and the card', () => {
    const facts: Facts = { ...CE80, windows: W2025, level: 'medium' };
    const d = diagnose(facts);
    expect(text(d, 'ja')).toContain('TLS 1.0 を受け付けるエンドポイントも含め、どのエンドポイントにも接続できません');
    expect(card(d, facts, 'ja').cause).toBe('CE 8.0.1 はまだ TLS 1.0 を受け付けますが、TMS サーバで TLS 1.0 が無効なため（Windows Server 2025 の既定値）、Medium の TMS は ClientHello をまったく送りません。');
  });
});
