/**
 * Fix files read back with the registry parser (src/windows/reg.ts): keys, types, values, encoding,
 * line endings; check-tls.cmd is read-only; rollback.reg applied to "after" gives "before".
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFixKit, fixModel, SQL_INSTANCE_KEYS, TMS_SERVICES, type FixFile } from '../../src/fixkit';
import { fixKitCommand } from '../../src/cli/fix-kit';
import { extractFacts } from '../../src/domain/extract';
import { step } from '../../src/conversation/engine';
import { applyReg, keyId, parseRegFile, parseRegQuery, SCHANNEL_PROTOCOLS_PATH, schannelState, type RegModel, type RegTree } from '../../src/windows/reg';
import { makeIO } from '../cli/helpers';

const facts = (t: string) => extractFacts(t).facts;
const file = (files: FixFile[], name: string) => files.find((f) => f.name === name)!;
const P = SCHANNEL_PROTOCOLS_PATH;

/** reg query output as Windows prints it (4-space indent, CRLF). */
function regQuery(keys: Record<string, Record<string, number>>): string {
  const out: string[] = [''];
  for (const [k, vals] of Object.entries(keys)) {
    out.push(k);
    for (const [n, v] of Object.entries(vals)) out.push(`    ${n}    REG_DWORD    0x${v.toString(16)}`);
    out.push('');
  }
  return out.join('\r\n');
}

/** The Schannel subtree of a registry tree, comparable with toEqual. */
function schannelTree(tree: RegTree): Record<string, Record<string, unknown>> {
  const root = keyId(P);
  const out: Record<string, Record<string, unknown>> = {};
  for (const [id, k] of tree.keys) {
    if (id !== root && !id.startsWith(`${root}\\`)) continue;
    out[id] = Object.fromEntries([...k.values.entries()].map(([n, v]) => [n, v.data]));
  }
  return out;
}

describe('enable-tls12.reg', () => {
  const kit = buildFixKit({ facts: facts('TMS 15.2.1 endpoints CE 9.15 SQL 2008 R2 Windows 2008 R2'), lang: 'en' });
  if (!kit.ok) throw new Error(kit.reason);
  const reg = file(kit.files, 'enable-tls12.reg');

  it('is regedit 5.00 as regedit writes it: UTF-16LE with a BOM, CRLF only, a final blank line', () => {
    expect([...reg.bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const text = reg.bytes.subarray(2).toString('utf16le');
    expect(text).toBe(reg.text);
    expect(text.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('\r\n\r\n')).toBe(true);
  });

  it('reads back to exactly TLS 1.2 Client and Server, DWORD Enabled=1 and DisabledByDefault=0, nothing else', () => {
    const parsed = parseRegFile(reg.bytes);
    expect(parsed.problems).toEqual([]);
    expect(parsed.encoding).toBe('utf16le');
    expect(parsed.model.format).toBe(5);
    expect(parsed.model.keys.map((k) => k.path)).toEqual([`${P}\\TLS 1.2\\Client`, `${P}\\TLS 1.2\\Server`]);
    for (const k of parsed.model.keys) {
      expect(k.values).toEqual([
        { name: 'Enabled', data: { type: 'REG_DWORD', value: 1 } },
        { name: 'DisabledByDefault', data: { type: 'REG_DWORD', value: 0 } },
      ]);
    }
    const s = schannelState(parsed.model);
    expect(s['TLS 1.2'].Client.verdict).toBe('enabled');
    expect(s['TLS 1.0'].Client.verdict).toBe('absent'); // TLS 1.0 is left alone (SQL 2008 R2 needs it)
    expect(s['SSL 3.0'].Client.verdict).toBe('absent');
  });

  it('has a comment header: what it does, for which facts, what comes first (backup, the SQL caveat), what after', () => {
    const comments = reg.text.split('\r\n').filter((l) => l.startsWith(';')).join('\n');
    expect(comments).toMatch(/Enabled=1 and DisabledByDefault=0 for TLS 1\.2/);
    expect(comments).toContain('TMS 15.2.1');
    expect(comments).toContain('Windows Server 2008 R2');
    expect(comments).toMatch(/Back up the registry/);
    // TLS 1.0 must stay enabled (QA56 #1: not "keep as they are", which keeps a TLS 1.0 a GPO already turned off).
    expect(comments).toMatch(/SQL Server 2008 R2 on this server: TLS 1\.0 must be enabled and stay enabled/);
    expect(comments).toMatch(/No rollback\.reg yet: the backup above/);
    // The level was not given (Medium assumed): step 3 says what to do for each level shown, never lowering High (QA48 #3).
    expect(comments).toMatch(/if it shows Low or Medium, change it to Medium-High.*if it shows Medium-High or High, leave it as it is/);
    expect(comments.indexOf('Back up')).toBeLessThan(comments.indexOf('Import this file'));
    expect(kit.rollback).toBe('backup');
    expect(kit.files.map((f) => f.name)).toEqual(['enable-tls12.reg', 'check-tls.cmd']);
  });

  it('adds TLS 1.1 only when asked, and never on Windows Server 2025', () => {
    const with11 = buildFixKit({ facts: facts('TMS 15.2.1 endpoints CE 9.15 SQL 2016 Windows 2016'), lang: 'en', tls11: true });
    if (!with11.ok) throw new Error('no kit');
    const keys = parseRegFile(file(with11.files, 'enable-tls12.reg').bytes).model.keys.map((k) => k.path);
    expect(keys).toEqual(expect.arrayContaining([`${P}\\TLS 1.1\\Client`, `${P}\\TLS 1.1\\Server`, `${P}\\TLS 1.2\\Client`]));
    const on2025 = buildFixKit({ facts: facts('TMS 15.2.1 endpoints CE 9.15 SQL 2016 Windows 2025'), lang: 'en', tls11: true });
    if (!on2025.ok) throw new Error('no kit');
    expect(parseRegFile(file(on2025.files, 'enable-tls12.reg').bytes).model.keys.map((k) => k.path).some((p) => p.includes('TLS 1.1'))).toBe(false);
  });

  it('TLS 1.0 said off with SQL 2008 R2 SP2 (no TLS 1.2) here: the comments say turn TLS 1.0 back on, never "keep" it, and the file still touches TLS 1.2 only (EN and JA)', () => {
    const said = facts('TMS 15.2.1 endpoints CE 9.15. Windows Server 2008 R2. SQL Server 2008 R2 SP2 is on the TMS server itself. Communication Security is Medium. We applied IIS Crypto Best Practices on the TMS server.');
    expect(said.tlsClaims?.tls10).toBe('off');
    for (const lang of ['en', 'ja'] as const) {
      const k = buildFixKit({ facts: said, lang });
      if (!k.ok) throw new Error(k.reason);
      const bytes = file(k.files, 'enable-tls12.reg').bytes;
      const parsed = parseRegFile(bytes);
      expect(parsed.problems).toEqual([]);
      expect(parsed.model.keys.map((x) => x.path)).toEqual([`${P}\\TLS 1.2\\Client`, `${P}\\TLS 1.2\\Server`]);
      const comments = bytes.subarray(2).toString('utf16le').split('\r\n').filter((l) => l.startsWith(';')).join('\n');
      if (lang === 'en') {
        expect(comments).toMatch(/FIRST: TLS 1\.0 is OFF on this server/);
        expect(comments).toMatch(/SQL Server 2008 R2 SP2 on this server: turn TLS 1\.0 back on \(FIRST, above\); leave SSL 3\.0 as it is/);
        expect(comments).not.toMatch(/keep TLS 1\.0/);
      } else {
        expect(comments).toMatch(/TLS 1\.0 は有効に戻してください（上の「最初に」を参照）/);
        expect(comments).not.toMatch(/TLS 1\.0 と SSL 3\.0 は現在の設定のままに/);
      }
    }
  });

  it('Japanese comments survive the UTF-16LE round trip', () => {
    const ja = buildFixKit({ facts: facts('TMS 15.2.1 endpoints CE 9.15 SQL 2012 SP1'), lang: 'ja' });
    if (!ja.ok) throw new Error('no kit');
    const f = file(ja.files, 'enable-tls12.reg');
    expect(parseRegFile(f.bytes).problems).toEqual([]);
    expect(f.bytes.subarray(2).toString('utf16le')).toContain('バックアップ');
    expect(f.text).toContain('サービス パックへ SQL Server をアップグレードしてください');
  });

  it('is not generated when the registry is not the fix (TMS before 15, not this problem)', () => {
    const pre15 = buildFixKit({ facts: facts('TMS 14.6.2 endpoints TC7.3.6'), lang: 'en' });
    expect(pre15.ok).toBe(false);
    const notThis = buildFixKit({ facts: facts('TMS 15.2.1 endpoints TC7.3.5'), lang: 'en' });
    expect(notThis.ok).toBe(false);
  });
});

describe('check-tls.cmd', () => {
  const kit = buildFixKit({ facts: facts('TMS 15.2.1 endpoints CE 9.15 SQL 2016 Windows 2019 level medium'), lang: 'ja' });
  if (!kit.ok) throw new Error('no kit');
  const cmd = file(kit.files, 'check-tls.cmd');

  it('is ASCII with CRLF line endings', () => {
    expect([...cmd.bytes].every((b) => b < 0x80)).toBe(true);
    expect(cmd.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(cmd.text.endsWith('\r\n')).toBe(true);
  });

  it('a Japanese kit names the facts in English in its header: decoded as ASCII, no character became "?"', () => {
    const lines = Buffer.from(cmd.bytes).toString('ascii').split('\r\n');
    const header = lines.find((l) => l.startsWith('rem For: '))!;
    expect(header).toBe('rem For: TMS 15.2.1, CE 9.15, SQL Server 2016, Windows Server 2019, level Medium');
    expect(lines.join('\n')).not.toContain('?');
  });

  it('only reads: every command is echo, rem, reg query or sc query', () => {
    const commands = cmd.text.split('\r\n').filter((l) => l.trim() !== '');
    // (The SQL version subroutine: `where sqlcmd` and a variable set for the instance name are read-only too; FIX14B #5.)
    const sqlver =
      /^(for \/f "tokens=1" %%i in \('reg query "HKLM\\[^"]+" 2\^>nul \^\| findstr \/c:"REG_SZ"'\) do call :sqlver %%i|goto :eof|:sqlver|where sqlcmd >nul 2>&1 \|\| \(echo [^()&|<>]+ & goto :eof\)|if \/i "%1"=="MSSQLSERVER" \(set "TMSDOC_SQL=\."\) else \(set "TMSDOC_SQL=\.\\%1"\)|sqlcmd -E -b -l 5 -S "%TMSDOC_SQL%" -Q "SELECT @@VERSION" 2>&1|if errorlevel 1 echo check-tls: .+)$/;
    for (const l of commands) expect(l).toMatch(/^(@echo off|setlocal$|rem |echo |reg query "HKLM\\[^"]+"( \/s| 2>nul)?$|sc query [A-Za-z0-9]+$|ver$)/.test(l) ? l : sqlver);
    expect(cmd.text).not.toMatch(/reg (add|delete|import|copy|restore|load)|sc (stop|start|config|delete)|net (stop|start)/i);
  });

  it('queries the Schannel Protocols key, both .NET views and every TMS service', () => {
    expect(cmd.text).toContain('reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols" /s');
    expect(cmd.text).toContain('reg query "HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319"');
    expect(cmd.text).toContain('reg query "HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319"');
    for (const s of TMS_SERVICES) expect(cmd.text).toContain(`sc query ${s}\r\n`);
  });

  it('asks every local SQL instance for its version, named ones too, and never falls into its subroutine', () => {
    const lines = cmd.text.split('\r\n');
    // The instance list as `reg query` prints it (a blank line, the key, one REG_SZ value per instance).
    const regOut = ['', `HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Microsoft SQL Server\\Instance Names\\SQL`, '    MSSQLSERVER    REG_SZ    MSSQL12.MSSQLSERVER', '    SQLTMS    REG_SZ    MSSQL12.SQLTMS', ''];
    const loops = lines.filter((l) => l.startsWith('for /f'));
    expect(loops.map((l) => /reg query "([^"]+)"/.exec(l)![1])).toEqual(SQL_INSTANCE_KEYS);
    // for /f "tokens=1" over `findstr REG_SZ`: the first word of each value line is the instance name.
    const names = regOut.filter((l) => l.includes('REG_SZ')).map((l) => l.trim().split(/\s+/)[0]!);
    const body = lines.slice(lines.indexOf(':sqlver') + 1, lines.indexOf('goto :eof', lines.indexOf(':sqlver')));
    const ifLine = body.find((l) => l.startsWith('if /i'))!;
    const sqlLine = body.find((l) => l.startsWith('sqlcmd '))!;
    const run = (name: string) => {
      const m = /^if \/i "%1"=="([^"]+)" \(set "TMSDOC_SQL=(.+?)"\) else \(set "TMSDOC_SQL=(.+)"\)$/.exec(ifLine)!;
      const server = (name.toUpperCase() === m[1] ? m[2]! : m[3]!).replace(/%1/g, name);
      return sqlLine.replace(/%TMSDOC_SQL%/g, server);
    };
    expect(names.map(run)).toEqual(['sqlcmd -E -b -l 5 -S "." -Q "SELECT @@VERSION" 2>&1', 'sqlcmd -E -b -l 5 -S ".\\SQLTMS" -Q "SELECT @@VERSION" 2>&1']);
    // The main part ends with goto :eof before the label: the subroutine runs only when called.
    expect(lines.indexOf('goto :eof')).toBeLessThan(lines.indexOf(':sqlver'));
    expect(lines.indexOf('echo ===== end of check-tls.cmd =====')).toBeLessThan(lines.indexOf('goto :eof'));
  });

  it('its output, pasted back, gives the SQL version of the named instance', () => {
    const out = ['===== SQL Server version of each local instance (an error here is harmless) =====', '----- instance SQLTMS -----', '', '----------------------------------', 'Microsoft SQL Server 2014 (SP2) (KB3171021) - 12.0.5000.0 (X64)', '\tJun 17 2016 19:14:09', '\tCopyright (c) Microsoft Corporation', '\tExpress Edition (64-bit) on Windows NT 6.3 <X64> (Build 9600: )', '', '(1 rows affected)', '===== end of check-tls.cmd ====='].join('\r\n');
    const r = step(null, { kind: 'text', text: `TMS 15.9, CE 9.15\n${out}` });
    expect(r.state.facts.sql).toMatchObject({ year: 2014, build: '12.0.5000.0' });
  });
});

describe('rollback.reg', () => {
  const base = `${P}`;
  const cases: Record<string, Record<string, Record<string, number>>> = {
    'no TLS 1.2 key at all': { [base]: {}, [`${base}\\SSL 2.0`]: {}, [`${base}\\SSL 2.0\\Client`]: { DisabledByDefault: 1 } },
    'TLS 1.2 Client turned off, no Server key': { [base]: {}, [`${base}\\TLS 1.2`]: {}, [`${base}\\TLS 1.2\\Client`]: { Enabled: 0, DisabledByDefault: 1 } },
    'TLS 1.2 partly set, other values kept': { [base]: {}, [`${base}\\TLS 1.2`]: {}, [`${base}\\TLS 1.2\\Client`]: { Enabled: 1 }, [`${base}\\TLS 1.2\\Server`]: { DisabledByDefault: 0, Extra: 7 } },
    'already enabled': { [base]: {}, [`${base}\\TLS 1.2`]: {}, [`${base}\\TLS 1.2\\Client`]: { Enabled: 1, DisabledByDefault: 0 }, [`${base}\\TLS 1.2\\Server`]: { Enabled: 1, DisabledByDefault: 0 } },
  };

  it.each(Object.entries(cases))('%s: applied to "after", it gives "before"', (_name, keys) => {
    const text = regQuery(keys);
    const before: RegModel = parseRegQuery(text).model;
    const kit = buildFixKit({ facts: facts('TMS 15.2.1 endpoints CE 9.15 SQL 2016 Windows 2012 R2'), lang: 'en', before, tls11: true });
    if (!kit.ok) throw new Error('no kit');
    expect(kit.rollback).toBe('file');
    const fix = parseRegFile(file(kit.files, 'enable-tls12.reg').bytes);
    const rb = parseRegFile(file(kit.files, 'rollback.reg').bytes);
    expect(rb.problems).toEqual([]);
    expect(rb.encoding).toBe('utf16le');
    const after = applyReg(fix.model, applyReg(before));
    expect(schannelState([before, fix.model])['TLS 1.2'].Client.verdict).toBe('enabled');
    const restored = applyReg(rb.model, after);
    expect(schannelTree(restored)).toEqual(schannelTree(applyReg(before)));
    // It deletes only keys the fix created.
    for (const k of rb.model.keys.filter((x) => x.delete)) expect(k.path).toMatch(/\\TLS 1\.[12](\\(Client|Server))?$/);
  });

  it('is written only when the pasted state shows the Schannel Protocols key', () => {
    const unrelated = parseRegQuery(regQuery({ 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Foo': { Bar: 1 } })).model;
    const kit = buildFixKit({ facts: facts('TMS 15.2.1 endpoints CE 9.15 SQL 2016'), lang: 'en', before: unrelated });
    if (!kit.ok) throw new Error('no kit');
    expect(kit.rollback).toBe('backup');
    expect(kit.files.map((f) => f.name)).not.toContain('rollback.reg');
  });

  it('the fix model itself is what the .reg says', () => {
    expect(fixModel(['TLS 1.2']).keys).toHaveLength(2);
  });
});

describe('tms-doctor fix-kit', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-fixkit-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the files for the same fact options as diagnose, with rollback.reg from --current', async () => {
    const current = path.join(dir, 'check-output.txt');
    // The whole Schannel section: the next section's header follows it (a cut paste gives no rollback.reg).
    fs.writeFileSync(current, `C:\\>check-tls.cmd\r\n===== Schannel protocols =====${regQuery({ [P]: {}, [`${P}\\TLS 1.0`]: {}, [`${P}\\TLS 1.0\\Client`]: { Enabled: 1 } })}\r\n===== .NET strong crypto, 64-bit view =====\r\n`);
    const out = path.join(dir, 'kit');
    const io = makeIO();
    expect(await fixKitCommand(['--out', out, '--tms', '15.2.1', '--endpoint', 'ce9.15', '--sql', '2016', '--windows', '2012 R2', '--current', current, '--json'], io)).toBe(0);
    const res = JSON.parse(io.out());
    expect(res.files.map((f: { name: string }) => f.name)).toEqual(['enable-tls12.reg', 'check-tls.cmd', 'rollback.reg']);
    expect(res.rollback).toBe('file');
    const reg = parseRegFile(fs.readFileSync(path.join(out, 'enable-tls12.reg')));
    expect(reg.problems).toEqual([]);
    expect(reg.model.keys).toHaveLength(2);
    const rb = parseRegFile(fs.readFileSync(path.join(out, 'rollback.reg')));
    expect(rb.model.keys.map((k) => [k.path, k.delete === true])).toEqual([[`${P}\\TLS 1.2`, true]]);
    // Files already there are not overwritten without --force.
    const again = makeIO();
    expect(await fixKitCommand(['--out', out, '--tms', '15.2.1', '--endpoint', 'ce9.15', '--sql', '2016'], again)).toBe(2);
    expect(again.err()).toMatch(/already exists \(use --force/);
    expect(await fixKitCommand(['--out', out, '--force', '--tms', '15.2.1', '--endpoint', 'ce9.15', '--sql', '2016'], makeIO())).toBe(0);
  });

  it('refuses bad input with exit 2 and says why; a case without a registry fix is exit 1', async () => {
    const io = makeIO();
    expect(await fixKitCommand(['--tms', '15.2.1'], io)).toBe(2);
    expect(io.err()).toMatch(/--out DIR is required/);
    const bad = makeIO();
    expect(await fixKitCommand(['--out', dir, '--tms', 'banana'], bad)).toBe(2);
    expect(bad.err()).toMatch(/--tms "banana"/);
    const missing = makeIO();
    expect(await fixKitCommand(['--out', dir, '--tms', '15.2.1', '--current', path.join(dir, 'nope.txt')], missing)).toBe(2);
    expect(missing.err()).toMatch(/no such file/);
    const pre15 = makeIO();
    expect(await fixKitCommand(['--out', dir, '--tms', '14.6.2', '--endpoint', 'tc7.3.6'], pre15)).toBe(1);
    expect(pre15.err()).toMatch(/No fix files/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

/** The comment lines of a kit's enable-tls12.reg, read back from its bytes (after checking the file still parses cleanly). */
function kitComments(kit: ReturnType<typeof buildFixKit>): string[] {
  if (!kit.ok) throw new Error(kit.reason);
  const reg = file(kit.files, 'enable-tls12.reg');
  const parsed = parseRegFile(reg.bytes);
  expect(parsed.problems).toEqual([]);
  return reg.bytes.subarray(2).toString('utf16le').split('\r\n').filter((l) => l.startsWith(';')).map((l) => l.replace(/^; ?/, ''));
}
const kitFor = (text: string, opts: { lang?: 'en' | 'ja'; before?: RegModel; tls11?: boolean } = {}) =>
  buildFixKit({ facts: facts(text), lang: opts.lang ?? 'en', before: opts.before, tls11: opts.tls11 });
const at = (lines: string[], re: RegExp) => lines.findIndex((l) => re.test(l));

describe('the instructions in enable-tls12.reg follow the diagnosis for the same facts', () => {
  const tls10Off = () =>
    parseRegQuery(
      regQuery({
        [P]: {},
        [`${P}\\SSL 3.0`]: {},
        [`${P}\\SSL 3.0\\Server`]: { Enabled: 0 },
        [`${P}\\TLS 1.0`]: {},
        [`${P}\\TLS 1.0\\Server`]: { Enabled: 0 },
        [`${P}\\TLS 1.2`]: {},
        [`${P}\\TLS 1.2\\Client`]: { Enabled: 0 },
      }),
    ).model;

  it('TLS 1.0 pasted as off with a local SQL 2008 R2 without TLS 1.2: "re-enable TLS 1.0 first, before any reboot" comes first', () => {
    const kit = kitFor('TMS 15.2.1 endpoints CE 9.15.3 SQL 2008 R2 SP2 Windows 2008 R2 level medium', { before: tls10Off() });
    const lines = kitComments(kit);
    if (!kit.ok) throw new Error('no kit');
    const first = at(lines, /^FIRST: TLS 1\.0 is OFF on this server, and SQL Server 2008 R2 SP2 here has no TLS 1\.2 support/);
    expect(first).toBe(2); // right after the title and a blank line
    expect(lines[first]).toMatch(/Re-enable TLS 1\.0 \(Client and Server: Enabled=1, DisabledByDefault=0\) BEFORE any reboot/);
    expect(first).toBeLessThan(at(lines, /Back up the registry/));
    expect(first).toBeLessThan(at(lines, /reboot the server once/));
    expect(lines[at(lines, /^2\. /)]).toMatch(/Only once TLS 1\.0 is back on/);
    expect(kit.warnings).toEqual([lines[first]]);
    // The payload is unchanged: TLS 1.2 only, TLS 1.0 untouched (nor disabled further).
    const model = parseRegFile(file(kit.files, 'enable-tls12.reg').bytes).model;
    expect(model.keys.map((k) => k.path)).toEqual([`${P}\\TLS 1.2\\Client`, `${P}\\TLS 1.2\\Server`]);
    // Japanese: the same warning first.
    const ja = kitComments(kitFor('TMS 15.2.1 endpoints CE 9.15.3 SQL 2008 R2 SP2 Windows 2008 R2 level medium', { lang: 'ja', before: tls10Off() }));
    expect(ja[2]).toMatch(/^最初に：このサーバでは TLS 1\.0 が無効/);
    expect(ja[2]).toMatch(/再起動やサービスの再起動をする前に、TLS 1\.0 の Client と Server を有効に戻してください/);
  });

  it('no such warning when the SQL build does not need TLS 1.0, or TLS 1.0 is not off', () => {
    const sql2016 = kitFor('TMS 15.2.1 endpoints CE 9.15.3 SQL 2016 Windows 2008 R2 level medium', { before: tls10Off() });
    expect(kitComments(sql2016).some((l) => /FIRST/.test(l))).toBe(false);
    const on = kitFor('TMS 15.2.1 endpoints CE 9.15.3 SQL 2008 R2 SP2 Windows 2008 R2 level medium', { before: parseRegQuery(regQuery({ [P]: {}, [`${P}\\TLS 1.0`]: {}, [`${P}\\TLS 1.0\\Server`]: { Enabled: 1 } })).model });
    expect(kitComments(on).some((l) => /FIRST/.test(l))).toBe(false);
    if (!on.ok) throw new Error('no kit');
    expect(on.warnings).toEqual([]);
  });

  it('at High or Medium-High it never says to set Medium-High: keep the level; High names the certificate check', () => {
    for (const lang of ['en', 'ja'] as const) {
      const high = kitComments(kitFor('TMS 15.2.1 endpoints CE 9.15.3 SQL 2014 SP3 Windows 2019 level high', { lang }));
      const text = high.join('\n');
      expect(text).not.toMatch(/to Medium-High|Medium-High に変更|Medium-High にします/);
      expect(text).not.toMatch(/Telnet/);
      expect(text).toMatch(lang === 'en' ? /Keep Communication Security at High: do not lower it/ : /High のままにしてください（下げないでください）/);
      expect(text).toMatch(lang === 'en' ? /self-signed or expired certificate/ : /自己署名や期限切れの証明書/);
    }
    const mh = kitComments(kitFor('TMS 15.2.1 endpoints CE 9.15.3 SQL 2014 SP3 Windows 2019 level medium-high')).join('\n');
    expect(mh).toMatch(/Keep Communication Security at Medium-High/);
    expect(mh).not.toMatch(/change Communication Security/);
    expect(mh).toMatch(/4\. After step 2, reboot the server once ONLY if/);
  });

  it('the Telnet/SNMP caveat names the real starting level, right after the level change', () => {
    const low = kitComments(kitFor('TMS 15.2.1 endpoints CE 9.15.3 SQL 2016 Windows 2016 level low'));
    const change = at(low, /^3\. .*change Communication Security from Low to Medium-High/);
    expect(change).toBeGreaterThan(0);
    expect(low[change + 1]).toMatch(/raising Low to Medium-High turns Telnet and SNMP off \(TMSSNMPService stops/);
    const ja = kitComments(kitFor('TMS 15.2.1 endpoints CE 9.15.3 SQL 2016 Windows 2016 level medium', { lang: 'ja' }));
    expect(ja.join('\n')).toMatch(/Medium から Medium-High に上げると Telnet と SNMP が無効になります/);
  });

  it('steps in order: import, then the level, then ONE reboot (2008 R2) or a reboot only if a key changed (2012+), else iisreset and the TMS services', () => {
    const r2 = kitComments(kitFor('TMS 15.2.1 endpoints CE 9.15.3 SQL 2016 Windows 2008 R2 level medium'));
    const [imp, lvl, rb] = [at(r2, /^2\. Import this file/), at(r2, /^3\. .*Medium-High/), at(r2, /^4\. After step 3, reboot the server once:/)];
    expect(imp).toBeGreaterThan(0);
    expect(imp).toBeLessThan(lvl);
    expect(lvl).toBeLessThan(rb);
    expect(r2.join('\n')).not.toMatch(/ONLY if/);
    for (const win of ['2012 R2', '2016', '2019', '2022']) {
      const l = kitComments(kitFor(`TMS 15.2.1 endpoints CE 9.15.3 SQL 2016 Windows ${win} level medium`));
      const reboot = l[at(l, /^4\. /)];
      expect(reboot).toMatch(/reboot the server once ONLY if this file created or changed a key/);
      expect(reboot).toMatch(/do not reboot \(an outage for nothing\): instead restart IIS \(iisreset/);
      expect(l[at(l, /^2\. /)]).toMatch(/import this file \(to create or correct them\) only if a hardening policy or a tool \(IIS Crypto, a GPO\) switched TLS 1\.2 off/);
      expect(l.join('\n')).not.toMatch(/After importing: reboot/);
    }
  });

  it.each([
    ['SQL 2012 SP1', /SQL Server 2012 SP1 on this server has no TLS 1\.2 package .*upgrade SQL Server to a service pack with TLS 1\.2 \(SP4 is the simplest\) BEFORE every other step of the fix/],
    ['SQL 2012 RTM', /SQL Server 2012.* on this server has no TLS 1\.2 package/],
    ['SQL 2012 SP4', /SQL Server 2012 SP4 on this server supports TLS 1\.2: nothing to do for it/],
    ['SQL 2014 SP2', /SQL Server 2014 SP2 on this server supports TLS 1\.2/],
    ['SQL 2014 SP1', /SQL Server 2014 SP1 on this server: whether it supports TLS 1\.2 depends on the build/],
    ['SQL 2008 SP3', /SQL Server 2008 SP3 on this server: TLS 1\.0 must be enabled and stay enabled/],
    ['SQL 10.0.6543.0', /one of the first TLS 1\.2 builds, which can terminate intermittently \(Microsoft KB3146034\): move it to a later build \(10\.0\.6547\.0 or later\)/],
    ['SQL 10.50.6537.0', /one of the first TLS 1\.2 builds, which can terminate intermittently \(Microsoft KB3146034\): move it to a later build \(10\.50\.6542\.0 or later\)/],
  ])('%s: the SQL verdict of diagnose, before the import', (sql, re) => {
    const l = kitComments(kitFor(`TMS 15.2.1 endpoints CE 9.15.3 ${sql} Windows 2012 R2 level medium`));
    const i = at(l, re);
    expect(i).toBeGreaterThan(0);
    expect(i).toBeLessThan(at(l, /^2\. /));
    expect(l.join('\n')).not.toMatch(/confirm its build/);
  });

  it('SQL on another server: no SQL line', () => {
    const l = kitComments(kitFor('TMS 15.2.1 endpoints CE 9.15.3 SQL 2008 R2 SP2 on a separate server Windows 2012 R2 level medium'));
    expect(l.join('\n')).not.toMatch(/SQL Server 2008 R2 SP2 on this server/);
  });

  it('--tls11: warns with Windows unknown; on 2025 it says the flag was ignored', () => {
    const unknown = kitFor('TMS 15.2.1 endpoints CE 9.15.3 SQL 2016 level medium', { tls11: true });
    expect(parseRegFile(file((unknown as Extract<typeof unknown, { ok: true }>).files, 'enable-tls12.reg').bytes).model.keys.some((k) => k.path.endsWith('TLS 1.1\\Client'))).toBe(true);
    expect(kitComments(unknown).join('\n')).toMatch(/Windows release not known: the TLS 1\.1 keys re-enable TLS 1\.1 where a policy or the OS turned it off, so they are not harmless/);
    const known = kitComments(kitFor('TMS 15.2.1 endpoints CE 9.15.3 SQL 2016 Windows 2016 level medium', { tls11: true }));
    expect(known.join('\n')).not.toMatch(/not harmless/);
    const w25 = kitFor('TMS 15.2.1 endpoints CE 9.15.3 SQL 2016 Windows 2025 level medium', { tls11: true });
    if (!w25.ok) throw new Error('no kit');
    expect(w25.warnings).toEqual(['--tls11 was ignored: TLS 1.1 is off by design on Windows Server 2025.']);
    expect(kitComments(w25).join('\n')).toMatch(/--tls11 was ignored/);
    expect(kitComments(kitFor('TMS 15.2.1 endpoints CE 9.15.3 SQL 2016 Windows 2025 level medium')).join('\n')).not.toMatch(/--tls11/);
  });
});

describe('tms-doctor fix-kit --evidence', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-fixkit-ev-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is listed in --help', async () => {
    const io = makeIO();
    expect(await fixKitCommand(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/--evidence FILE/);
  });

  it('--help says what a 26011 in the evidence gives: the recovery kit, or no kit for a build with TLS 1.2 support (FIX22D #3)', async () => {
    const io = makeIO();
    expect(await fixKitCommand(['--help'], io)).toBe(0);
    const help = io.out().replace(/\s+/g, ' ');
    expect(help).toMatch(/event 26011\) on the TMS server: a build that needs TLS 1\.0 .* gets the recovery kit, tls10-back-on\.reg only; a build with TLS 1\.2 support, or a remote SQL Server, gets no kit until it runs again \(exit 1\)/);
  });

  it('the versions the evidence shows are facts of the kit (the For: line and the SQL verdict)', async () => {
    const ver = path.join(dir, 'ver.txt');
    fs.writeFileSync(ver, 'Microsoft SQL Server 2012 (SP1) - 11.0.3000.0 (X64) \r\n\tOct 19 2012 13:38:57 \r\n\tCopyright (c) Microsoft Corporation\r\n\tStandard Edition (64-bit) on Windows NT 6.3 <X64> (Build 9600: ) (Hypervisor)\r\n\r\n(1 rows affected)\r\n');
    const out = path.join(dir, 'kit');
    const io = makeIO();
    expect(await fixKitCommand(['--out', out, '--tms', '15.2.1', '--endpoint', 'ce9.15.3', '--level', 'medium', '--evidence', ver], io)).toBe(0);
    const text = fs.readFileSync(path.join(out, 'enable-tls12.reg')).subarray(2).toString('utf16le');
    // The Windows in @@VERSION is the SQL host's (QA round 8): the TMS server's only when SQL is known to run on it.
    expect(text).toMatch(/; For: TMS 15\.2\.1 · CE 9\.15\.3 · SQL Server 2012 SP1 \(11\.0\.3000\.0\) · level Medium/);
    expect(text).toMatch(/has no TLS 1\.2 package/);
    expect(io.out()).toMatch(/SQL Server 2012 SP1/);
  });

  it('SQL Server failing to start (26011) in the evidence: no enable-tls12.reg; only tls10-back-on.reg, led by getting SQL running first (R33B)', async () => {
    const log = path.join(dir, 'ERRORLOG');
    fs.writeFileSync(
      log,
      [
        '2026-12-01 10:25:00.12 Server      Microsoft SQL Server 2008 R2 (SP2) - 10.50.4000.0 (X64) ',
        '2026-12-01 10:25:01.34 Server      Error: 26011, Severity: 16, State: 1.',
        '2026-12-01 10:25:01.34 Server      The server was unable to initialize encryption because of a problem with a security library. The security library may be missing. Verify that security.dll exists on the system.',
        '',
      ].join('\r\n'),
    );
    const out = path.join(dir, 'kit');
    const io = makeIO();
    expect(await fixKitCommand(['--out', out, '--tms', '15.2.1', '--endpoint', 'ce9.15.3', '--level', 'medium', '--evidence', log], io)).toBe(0);
    expect(io.out()).toMatch(/^The evidence shows SQL Server cannot start encryption \(event 26011\)[^\n]*Get it running first/);
    expect(fs.readdirSync(out)).toEqual(['tls10-back-on.reg']);
  });

  it('SQL Server said down in --text (no log): no kit, exit 1, in the user\'s terms (QA round 6 #1)', async () => {
    const out = path.join(dir, 'kit-said');
    const io = makeIO();
    expect(await fixKitCommand(['--out', out, '--tms', '15.2.1', '--endpoint', 'ce9.15.3', '--windows', '2012', '--sql', '2008 R2 SP2', '--text', "SQL won't start since this morning."], io)).toBe(1);
    expect(io.err()).toMatch(/No fix files: you say SQL Server does not start\. Get it running first/);
    expect(io.err()).toContain('`tms-doctor diagnose` with the same text gives the steps');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('the same refusal in a chat (Slack, console) says the steps are in the answer, not `tms-doctor diagnose`', () => {
    // (No TLS change said: with one, "IIS Crypto Best Practices and now SQL won't start", the kit is tls10-back-on.reg: R34B.)
    const facts = extractFacts("TMS 15.2.1, CE 9.15.3, Windows 2012, SQL Server 2008 R2 SP2 on the TMS server, level Medium. SQL won't start since this morning.").facts;
    for (const lang of ['en', 'ja'] as const) {
      const kit = buildFixKit({ facts, lang });
      expect(kit.ok).toBe(false);
      const reason = kit.ok ? '' : kit.reason;
      expect(reason).not.toContain('tms-doctor diagnose');
      expect(reason).toContain(lang === 'en' ? 'the steps are in my answer in this conversation' : '手順はこの会話の回答にあります');
    }
  });

  it('SQL on a separate database server, then IIS Crypto "on the TMS server": the kit does not put TLS 1.0 first (QA round 6 #2)', async () => {
    const out = path.join(dir, 'kit-remote');
    const io = makeIO();
    expect(await fixKitCommand(['--out', out, '--tms', '15.2.1', '--endpoint', 'ce9.15.3', '--windows', '2012', '--sql', '10.50.6000', '--text', 'SQL Server 10.50.6000 is on a separate database server. We applied IIS Crypto Best Practices on the TMS server.'], io)).toBe(0);
    expect(io.out()).toMatch(/SQL on another server/);
    expect(io.out() + io.err()).not.toMatch(/FIRST: TLS 1\.0 is OFF on this server, and SQL Server 2008 R2/);
  });

  it('TLS 1.0 off in --current with SQL 2008 R2: the warning is printed before the file list', async () => {
    const current = path.join(dir, 'regq.txt');
    fs.writeFileSync(current, regQuery({ [P]: {}, [`${P}\\TLS 1.0`]: {}, [`${P}\\TLS 1.0\\Client`]: { Enabled: 0 }, [`${P}\\TLS 1.0\\Server`]: { Enabled: 0 } }));
    const io = makeIO();
    expect(await fixKitCommand(['--out', path.join(dir, 'kit'), '--tms', '15.2.1', '--endpoint', 'ce9.15.3', '--sql', '2008 R2 SP2', '--windows', '2008 R2', '--current', current], io)).toBe(0);
    expect(io.out()).toMatch(/^FIRST: TLS 1\.0 is OFF on this server/);
  });
});
