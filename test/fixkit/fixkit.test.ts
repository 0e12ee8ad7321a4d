/**
 * Fix files read back with the registry parser (src/windows/reg.ts): keys, types, values, encoding,
 * line endings; check-tls.cmd is read-only; rollback.reg applied to "after" gives "before".
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFixKit, fixModel, TMS_SERVICES, type FixFile } from '../../src/fixkit';
import { fixKitCommand } from '../../src/cli/fix-kit';
import { extractFacts } from '../../src/domain/extract';
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
    expect(comments).toMatch(/SQL Server 2008 R2 on this server: keep TLS 1\.0 enabled/);
    expect(comments).toMatch(/no rollback\.reg: the backup above/);
    expect(comments).toMatch(/Medium-High/);
    expect(comments.indexOf('Back up')).toBeLessThan(comments.indexOf('After importing'));
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

  it('Japanese comments survive the UTF-16LE round trip', () => {
    const ja = buildFixKit({ facts: facts('TMS 15.2.1 endpoints CE 9.15 SQL 2012 SP1'), lang: 'ja' });
    if (!ja.ok) throw new Error('no kit');
    const f = file(ja.files, 'enable-tls12.reg');
    expect(parseRegFile(f.bytes).problems).toEqual([]);
    expect(f.bytes.subarray(2).toString('utf16le')).toContain('バックアップ');
    expect(f.text).toContain('SELECT @@VERSION');
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

  it('only reads: every command is echo, rem, reg query or sc query', () => {
    const commands = cmd.text.split('\r\n').filter((l) => l.trim() !== '');
    for (const l of commands) expect(l).toMatch(/^(@echo off|rem |echo |reg query "HKLM\\[^"]+"( \/s)?$|sc query [A-Za-z0-9]+$)/);
    expect(cmd.text).not.toMatch(/reg (add|delete|import|copy|restore|load)|sc (stop|start|config|delete)|net (stop|start)/i);
  });

  it('queries the Schannel Protocols key, both .NET views and every TMS service', () => {
    expect(cmd.text).toContain('reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols" /s');
    expect(cmd.text).toContain('reg query "HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319"');
    expect(cmd.text).toContain('reg query "HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319"');
    for (const s of TMS_SERVICES) expect(cmd.text).toContain(`sc query ${s}\r\n`);
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
    fs.writeFileSync(current, `C:\\>check-tls.cmd\r\n===== Schannel protocols =====${regQuery({ [P]: {}, [`${P}\\TLS 1.0`]: {}, [`${P}\\TLS 1.0\\Client`]: { Enabled: 1 } })}`);
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
