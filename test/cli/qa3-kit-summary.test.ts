/**
 * QA round 3, findings 1/2 (summary), 7, 8, 9, 11, 12: importable recovery snippets, the summary's
 * "Next" when TLS 1.0 is already off with a local SQL 2008 R2, at High, and when a fact is missing;
 * fix-kit refusals that name the missing option; rollback.reg only from the whole Protocols tree;
 * wrong value types and a missing 32-bit .NET key; check-tls.cmd collecting ver and @@VERSION.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli';
import { makeIO } from './helpers';
import { buildFixKit } from '../../src/fixkit';
import { extractFacts } from '../../src/domain/extract';
import { TLS10_REENABLE_LITERAL } from '../../src/domain/knowledge/sql-outage';
import { TLS10_ENABLE_LITERAL } from '../../src/domain/knowledge/claims';
import { readPastedText } from '../../src/evidence/text';
import { parseRegQuery, parseRegText, showsSchannelTree } from '../../src/windows/reg';

const dir = mkdtempSync(join(tmpdir(), 'tms-doctor-qa3-'));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
async function run(args: string[]) {
  const io = makeIO();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

const P = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
const TLS10_SSL3_OFF = [
  P,
  '',
  `${P}\\SSL 3.0\\Server`,
  '    Enabled    REG_DWORD    0x0',
  '',
  `${P}\\TLS 1.0\\Server`,
  '    Enabled    REG_DWORD    0x0',
  '    DisabledByDefault    REG_DWORD    0x1',
  '',
].join('\n');

/** A .reg text regedit imports: the 5.00 header, full root names, every key path known. */
function expectImportable(reg: string) {
  const r = parseRegText(reg);
  expect(r.problems).toEqual([]);
  expect(r.model.format).toBe(5);
  expect(r.model.keys.length).toBeGreaterThan(0);
  expect(reg).not.toMatch(/\[HKLM\\/);
  for (const k of r.model.keys) expect(k.path.startsWith('HKEY_LOCAL_MACHINE\\')).toBe(true);
}

describe('registry snippets are importable .reg text (#7)', () => {
  it('the TLS 1.0 recovery snippets parse back with a header and HKEY_LOCAL_MACHINE', () => {
    expectImportable(TLS10_REENABLE_LITERAL);
    expectImportable(TLS10_ENABLE_LITERAL);
    const keys = parseRegText(TLS10_REENABLE_LITERAL).model.keys.map((k) => k.path);
    expect(keys).toEqual([`${P}\\TLS 1.0\\Client`, `${P}\\TLS 1.0\\Server`]);
  });

  it('the literal diagnose prints in an SQL outage and for .NET evidence is the importable one', async () => {
    const errorlog = file('ERRORLOG', '2024-05-01 10:00:00.00 Server      Microsoft SQL Server 2008 R2 (SP2) - 10.50.4000.0 (X64)\n2024-05-01 10:00:01.00 Server      Error: 26011, Severity: 16, State: 1.\n2024-05-01 10:00:01.00 Server      The server was unable to initialize encryption because of a problem with a security library. The security library may be missing. Verify that security.dll exists on the system.\n');
    const r = await run(['diagnose', '--json', '--tms', '15.2.1', '--endpoint', 'CE9.15.3', '--level', 'medium', '--evidence', errorlog]);
    const d = JSON.parse(r.out);
    const sql = d.findings.find((f: { code: string }) => f.code === 'evidence-sql-encryption-failed');
    expect(sql?.literal).toBe(TLS10_REENABLE_LITERAL);
    const netfx = file('netfx.txt', '===== .NET strong crypto, 64-bit view =====\n\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\n    SchUseStrongCrypto    REG_DWORD    0x0\n\n===== .NET strong crypto, 32-bit view =====\nERROR: The system was unable to find the specified registry key or value.\n===== TMS services and IIS =====\n');
    const n = JSON.parse((await run(['diagnose', '--json', '--tms', '15.2.1', '--endpoint', 'CE9.15.3', '--evidence', netfx])).out);
    const f = n.findings.find((x: { code: string }) => x.code === 'evidence-netfx-strong-crypto-off');
    expectImportable(f.literal);
    expect(parseRegText(f.literal).model.keys.map((k) => k.path)).toEqual([
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319',
    ]);
    // #11: the missing 32-bit key is reported, not only the 64-bit view.
    expect(JSON.stringify(f.body)).toContain('Wow6432Node');
  });
});

describe('diagnose --summary (#1, #2, #9)', () => {
  it('TLS 1.0 already off with a local SQL 2008 R2 without TLS 1.2: Next re-enables TLS 1.0 before any reboot (en, ja)', async () => {
    const ev = file('regq-off.txt', TLS10_SSL3_OFF);
    const base = ['diagnose', '--summary', '--tms', '15.2.1', '--windows', '2008 R2', '--sql', '2008 R2 SP2', '--level', 'medium', '--endpoint', 'CE9.15.3', '--evidence', ev];
    const en = (await run(base)).out;
    expect(en).toMatch(/Next: Before any reboot, turn TLS 1\.0 back on/);
    expect(en).toContain('⚠ TLS 1.0 is off, and SQL Server 2008 R2 needs it');
    const ja = (await run([...base, '--lang', 'ja'])).out;
    expect(ja).toMatch(/次の作業: 再起動の前に、TLS 1\.0 を/);
    // Without the evidence the usual Next stays.
    const plain = (await run(base.slice(0, -2))).out;
    expect(plain).not.toContain('Before any reboot');
  });

  it('at High it names High and the certificate check, never Medium-High as the level', async () => {
    const r = (await run(['diagnose', '--summary', '--tms', '15.2.1', '--windows', '2019', '--sql', '2014 SP3', '--level', 'high', '--endpoint', 'CE9.15.3'])).out;
    expect(r).toMatch(/Cause: TMS is already at High/);
    expect(r).toMatch(/Next: Keep the level at High.*certificate/);
    expect(r).not.toMatch(/already at Medium-High/);
    const mh = (await run(['diagnose', '--summary', '--tms', '15.2.1', '--windows', '2019', '--level', 'medium-high', '--endpoint', 'CE9.15.3'])).out;
    expect(mh).toMatch(/Cause: TMS is already at Medium-High/);
    const ja = (await run(['diagnose', '--summary', '--lang', 'ja', '--tms', '15.2.1', '--windows', '2019', '--sql', '2014 SP3', '--level', 'high', '--endpoint', 'CE9.15.3'])).out;
    expect(ja).toContain('TMS はすでに High');
    expect(ja).toContain('証明書');
  });

  it('an undecided case names its question in Next', async () => {
    const r = (await run(['diagnose', '--summary', '--tms', '15.2.1', '--windows', '2012 R2', '--sql', '2014 SP2', '--level', 'medium'])).out;
    expect(r).toMatch(/Next: To decide I need one more fact: Which software version do the affected endpoints run\?/);
    expect(r).not.toContain('question below');
  });
});

describe('fix-kit refusals and rollback (#8, #9)', () => {
  it('names the missing option when the endpoint is not given', async () => {
    const r = await run(['fix-kit', '--out', join(dir, 'none'), '--tms', '15.2.1', '--windows', '2012 R2', '--sql', '2014 SP2', '--level', 'medium']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/No kit yet: I need the endpoint software version \(--endpoint, e\.g\. CE9\.15\.3\)/);
    expect(r.err).not.toContain('does not apply');
    const ja = await run(['fix-kit', '--out', join(dir, 'none'), '--lang', 'ja', '--tms', '15.2.1', '--windows', '2012 R2', '--level', 'medium']);
    expect(ja.code).toBe(1);
    expect(ja.err).toContain('まだキットは作れません。エンドポイントのソフトウェアバージョンが必要です（--endpoint');
  });

  it('a decided "no fix" case keeps its own reason', async () => {
    const r = await run(['fix-kit', '--out', join(dir, 'none'), '--tms', '14.6.2', '--endpoint', 'CE9.15.3']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('must be upgraded');
  });

  it('a partial paste writes no rollback.reg and says why; the whole tree does', async () => {
    const partial = file('partial.txt', `${P}\\TLS 1.0\\Server\n    Enabled    REG_DWORD    0x1\n`);
    const out1 = join(dir, 'k-partial');
    const r = await run(['fix-kit', '--out', out1, '--tms', '15.2.1', '--windows', '2016', '--level', 'medium', '--endpoint', 'CE9.15.3', '--current', partial]);
    expect(r.code).toBe(0);
    expect(readdirSync(out1).sort()).toEqual(['check-tls.cmd', 'enable-tls12.reg']);
    expect(r.err).toMatch(/only part of the Schannel Protocols key.*no rollback\.reg/);
    expect(r.err).toContain('check-tls.cmd');
    // A check-tls.cmd output cut inside the Schannel section is partial too.
    const cut = file('cut.txt', `===== Schannel protocols =====\n\n${TLS10_SSL3_OFF}`);
    const out2 = join(dir, 'k-cut');
    expect((await run(['fix-kit', '--out', out2, '--tms', '15.2.1', '--windows', '2016', '--level', 'medium', '--endpoint', 'CE9.15.3', '--current', cut])).code).toBe(0);
    expect(readdirSync(out2)).not.toContain('rollback.reg');
    const whole = file('whole.txt', `===== Schannel protocols =====\n\n${TLS10_SSL3_OFF}\n===== .NET strong crypto, 64-bit view =====\n`);
    const out3 = join(dir, 'k-whole');
    expect((await run(['fix-kit', '--out', out3, '--tms', '15.2.1', '--windows', '2016', '--level', 'medium', '--endpoint', 'CE9.15.3', '--current', whole])).code).toBe(0);
    expect(readdirSync(out3)).toContain('rollback.reg');
  });

  it('showsSchannelTree: the root with /s depth, not one subkey nor a query without /s', () => {
    const m = (s: string) => parseRegQuery(s).model;
    expect(showsSchannelTree(m(TLS10_SSL3_OFF))).toBe(true);
    expect(showsSchannelTree(m(`${P}\n`))).toBe(true);
    expect(showsSchannelTree(m(`${P}\\TLS 1.0\\Server\n    Enabled    REG_DWORD    0x1\n`))).toBe(false);
    expect(showsSchannelTree(m(`${P}\n${P}\\SSL 2.0\n${P}\\TLS 1.2\n`))).toBe(false);
    // buildFixKit itself (also used by Slack) refuses to build a rollback from a partial model.
    const kit = buildFixKit({ facts: extractFacts('TMS 15.2.1 endpoints CE 9.15 Windows 2016 level medium').facts, lang: 'en', before: m(`${P}\\TLS 1.0\\Server\n    Enabled    REG_DWORD    0x1\n`) });
    expect(kit.ok && kit.rollback).toBe('backup');
  });

  it('a partial paste that shows TLS 1.0 off still puts "re-enable TLS 1.0 first" on top (no rollback from it)', () => {
    const m = (s: string) => parseRegQuery(s).model;
    const part = m(`${P}\\TLS 1.0\\Server\n    Enabled    REG_DWORD    0x0\n${P}\\TLS 1.0\\Client\n    Enabled    REG_DWORD    0x0\n${P}\\SSL 3.0\\Server\n    Enabled    REG_DWORD    0x0\n${P}\\SSL 3.0\\Client\n    Enabled    REG_DWORD    0x0\n`);
    expect(showsSchannelTree(part)).toBe(false);
    const kit = buildFixKit({ facts: extractFacts('TMS 15.2.1, endpoints CE 9.15, Windows 2008 R2, SQL 2008 R2 SP2 on the TMS server, level medium').facts, lang: 'en', before: part });
    expect(kit.ok).toBe(true);
    if (!kit.ok) return;
    expect(kit.rollback).toBe('backup');
    expect(kit.files.map((f) => f.name)).not.toContain('rollback.reg');
    expect(kit.warnings?.[0]).toMatch(/TLS 1\.0 is OFF on this server/);
  });
});

describe('evidence reader (#11) and check-tls.cmd (#12)', () => {
  it('REG_SZ and QWORD Schannel values are reported as the wrong type', () => {
    const sz = readPastedText(`${P}\\TLS 1.2\\Client\n    Enabled    REG_SZ    1\n    DisabledByDefault    REG_SZ    0\n`);
    const o = sz.observations.find((x) => x.code === 'schannel-value-wrong-type');
    expect(o?.detail.en).toContain('TLS 1.2\\Client: Enabled is REG_SZ');
    // Said as a risk, not as fact (knowledge.md does not say what Schannel does with them: QA round 18 F10).
    expect(o?.detail.en).toContain('may ignore');
    expect(o?.detail.en).toContain('as a DWORD');
    const reg = readPastedText(`Windows Registry Editor Version 5.00\r\n\r\n[${P}\\TLS 1.2\\Client]\r\n"Enabled"="1"\r\n\r\n[${P}\\TLS 1.2\\Server]\r\n"Enabled"=hex(b):01,00,00,00,00,00,00,00\r\n`);
    const r = reg.observations.find((x) => x.code === 'schannel-value-wrong-type')!;
    expect(r.detail.en).toContain('TLS 1.2\\Client: Enabled is REG_SZ');
    expect(r.detail.en).toContain('TLS 1.2\\Server: Enabled is a QWORD');
    // DWORDs draw no such comment.
    expect(readPastedText(`${P}\\TLS 1.2\\Client\n    Enabled    REG_DWORD    0x1\n`).observations.map((x) => x.code)).not.toContain('schannel-value-wrong-type');
  });

  it('a missing Wow6432Node .NET key is reported (Japanese reg.exe error too)', () => {
    const t = readPastedText('===== .NET strong crypto, 64-bit view =====\n\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\n    SchUseStrongCrypto    REG_DWORD    0x1\n    SystemDefaultTlsVersions    REG_DWORD    0x1\n\n===== .NET strong crypto, 32-bit view =====\nエラー: 指定されたレジストリ キーまたは値が見つかりませんでした。\n===== TMS services and IIS =====\n');
    const codes = t.observations.map((x) => x.code);
    expect(codes).toContain('netfx-key-missing');
    expect(t.observations.find((x) => x.code === 'netfx-key-missing')!.detail.en).toContain('(32-bit)');
    expect(codes).toContain('netfx-strong-crypto-on');
  });

  it('check-tls.cmd collects ver and a read-only SELECT @@VERSION, and the reader takes both from its output', () => {
    const kit = buildFixKit({ facts: extractFacts('TMS 15.2.1 endpoints CE 9.15 level medium').facts, lang: 'en' });
    if (!kit.ok) throw new Error('no kit');
    const cmd = kit.files.find((f) => f.name === 'check-tls.cmd')!.text;
    expect(cmd).toMatch(/\r\nver\r\n/);
    expect(cmd).toMatch(/sqlcmd -E -b -l 5 -S [^\r\n]+ -Q "SELECT @@VERSION" 2>&1/);
    expect(cmd).not.toMatch(/sqlcmd[^\r\n]*(?:INSERT|UPDATE|DELETE|ALTER|DROP|EXEC|-i )/i);
    expect(/^[\x20-\x7e\r\n]*$/.test(cmd)).toBe(true);
    const output = [
      '===== Windows version =====',
      '',
      'Microsoft Windows [Version 6.1.7601]',
      '===== SQL Server version (local default instance; an error here is harmless) =====',
      '',
      '-----------------------------------------------------------------',
      'Microsoft SQL Server 2008 R2 (SP2) - 10.50.4000.0 (X64) ',
      '\tJun 28 2012 08:36:30 ',
      '\tStandard Edition (64-bit) on Windows NT 6.1 <X64> (Build 7601: Service Pack 1)',
      '',
      '(1 rows affected)',
      '===== end of check-tls.cmd =====',
    ].join('\r\n');
    const r = readPastedText(output);
    expect(r.facts.windows).toMatchObject({ year: 2008, r2: true });
    expect(r.facts.sql).toMatchObject({ year: 2008, r2: true, sp: 2 });
    // sqlcmd missing: harmless, nothing read from it.
    const none = readPastedText("===== SQL Server version (local default instance; an error here is harmless) =====\r\n'sqlcmd' is not recognized as an internal or external command,\r\noperable program or batch file.\r\n");
    expect(none.facts.sql).toBeUndefined();
  });
});

describe('the facts line counts versions read from evidence (QA round 3, #6)', () => {
  it('diagnose --summary with a SELECT @@VERSION / ERRORLOG file names the SQL it read (its Windows is the SQL host\'s)', async () => {
    const ver = file('ver.txt', 'Microsoft SQL Server 2012 - 11.0.3000.0 (X64)\n\tOct 19 2012 13:38:57\n\tStandard Edition (64-bit) on Windows NT 6.2 <X64> (Build 9200: ) (Hypervisor)\n\n(1 row(s) affected)\n');
    const r = await run(['diagnose', '--summary', '--tms', '15.2.1', '--endpoint', 'CE9.15.3', '--level', 'medium', '--evidence', ver]);
    expect(r.code).toBe(0);
    const line = r.out.split('\n').find((l) => l.startsWith('Understood so far'));
    expect(line).toContain('SQL Server 2012 SP1');
    // The Windows in @@VERSION is the SQL host's (QA round 8): not the TMS server's while SQL's location is not known.
    expect(line).not.toContain('Windows Server 2012');
    // A typed value still wins over the evidence's.
    const typed = await run(['diagnose', '--summary', '--tms', '15.2.1', '--endpoint', 'CE9.15.3', '--sql', '2016', '--level', 'medium', '--evidence', ver]);
    const l2 = typed.out.split('\n').find((l) => l.startsWith('Understood so far'));
    expect(l2).toContain('SQL Server 2016');
    expect(l2).not.toContain('2012 SP1');
  });
});
