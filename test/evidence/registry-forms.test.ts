/**
 * Registry state in the forms engineers paste it besides reg query and .reg: PowerShell's
 * Get-ItemProperty (Format-List, a long PSPath wrapped by the console, DWORDs printed signed) and
 * Get-ChildItem -Recurse (Hive + Name/Property table), the error for a missing key in English and
 * Japanese, regedit's "0x00000001 (1)", and `reg query … /v` showing one value only.
 * Inputs: test/fixtures/evidence/registry/ (written for these tests in the tools' layouts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEvidenceBuffer } from '../../src/evidence';
import { readPastedText } from '../../src/evidence/text';
import type { EvidenceReading } from '../../src/evidence/types';
import { parsePowerShellRegistry } from '../../src/windows/reg';
import { stepTexts } from '../conversation/helpers';

const read = (file: string) => readPastedText(readFileSync(join(__dirname, '..', 'fixtures', 'evidence', 'registry', file), 'utf8'));
const codes = (r: EvidenceReading) => r.observations.map((o) => o.code);
const JA = /[ぁ-んァ-ヶ一-龯]/;

describe('registry text from PowerShell and other tools', () => {
  it('Get-ItemProperty of TLS 1.2\\Client: enabled, or turned off', () => {
    expect(codes(read('gip.txt'))).toEqual(['schannel-tls12-client-enabled']);
    expect(codes(read('gip-off.txt'))).toEqual(['schannel-tls12-client-disabled']);
  });

  it('a PSPath wrapped by the console still names the key; Enabled shown as -1 is 0xffffffff (non-zero)', () => {
    const r = read('gip-wrapped.txt');
    expect(codes(r)).toEqual(['schannel-tls12-client-disabled']);
    // Shown in the registry's own hex form, with its meaning (FIX63B #19: not 4294967295).
    expect(r.observations[0].detail.en).toContain('Enabled=0xffffffff (any non-zero value means enabled), DisabledByDefault=1');
  });

  it('Get-ItemProperty of the .NET key: strong crypto off', () => {
    const r = read('gip-netfx.txt');
    expect(codes(r)).toEqual(['netfx-strong-crypto-off']);
    expect(r.observations[0].detail.en).toContain('SchUseStrongCrypto=0');
  });

  it('"Cannot find path … because it does not exist" (English and Japanese): the key is absent, the defaults apply', () => {
    for (const f of ['gip-missing.txt', 'gip-ja-missing.txt']) {
      const r = read(f);
      expect(codes(r)).toEqual(['schannel-keys-absent']);
      expect(r.observations[0].detail.en).toContain('TLS 1.2\\Client does not exist');
      expect(r.observations[0].detail.ja).toMatch(JA);
    }
  });

  it('a missing key other than Protocols, TLS 1.2 or TLS 1.2\\Client is named, not taken as "TLS 1.2 Client left to the defaults"', () => {
    const ps = readFileSync(join(__dirname, '..', 'fixtures', 'evidence', 'registry', 'gip-missing.txt'), 'utf8').replace(/TLS 1\.2\\Client/g, 'TLS 1.2\\Server');
    const r = readPastedText(ps);
    expect(codes(r)).toEqual(['schannel-key-missing']);
    expect(r.observations[0].detail.en).toContain('TLS 1.2\\Server does not exist');
    expect(r.observations[0].detail.ja).toMatch(JA);
    const q = readFileSync(join(__dirname, '..', 'fixtures', 'evidence', 'registry', 'q-en-missing.txt'), 'utf8');
    expect(codes(readPastedText(q))).toEqual(['schannel-keys-absent']);
    expect(codes(readPastedText(q.replace('\\Protocols" /s', '\\Protocols\\TLS 1.2\\Server" /s')))).toEqual([]);
    expect(codes(readPastedText(q.replace('\\Protocols" /s', '\\Protocols\\TLS 1.2\\Client" /s')))).toEqual(['schannel-keys-absent']);
  });

  it('Get-ChildItem -Recurse of the Protocols key: values read per subkey', () => {
    const r = read('gci.txt');
    expect(codes(r)).toEqual(['schannel-tls10-disabled']);
    expect(r.observations[0].detail.en).toContain('TLS 1.0 Client and Server are turned off');
    const ps = parsePowerShellRegistry(readFileSync(join(__dirname, '..', 'fixtures', 'evidence', 'registry', 'gci.txt'), 'utf8'));
    expect(ps.model.keys.map((k) => k.path.replace(/^.*Protocols\\?/, ''))).toEqual(['SSL 2.0', 'TLS 1.0', 'SSL 2.0\\Client', 'TLS 1.0\\Client', 'TLS 1.0\\Server']);
    // The continuation line's DisabledByDefault belongs to the row above.
    expect(ps.model.keys.find((k) => k.path.endsWith('TLS 1.0\\Client'))?.values.map((v) => v.name)).toEqual(['Enabled', 'DisabledByDefault']);
  });

  // QA round 2 #8: `| fl` without the PSPath lines, and Get-ChildItem's continuation lines.
  it('Get-ItemProperty | fl without PSPath lines: the key is the one on the command line', () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'evidence', 'registry', 'gip-fl-no-pspath.txt'), 'utf8');
    expect(codes(readPastedText(text))).toEqual(['schannel-tls12-client-enabled']);
    const ffff = readPastedText(text.replace('Enabled           : 1', 'Enabled           : 4294967295'));
    expect(codes(ffff)).toEqual(['schannel-tls12-client-enabled']);
    expect(ffff.observations[0].detail.en).toContain('Enabled=0xffffffff (any non-zero value means enabled), DisabledByDefault=0');
    expect(codes(readPastedText(text.replace('Enabled           : 1', 'Enabled           : 0').replace('DisabledByDefault : 0', 'DisabledByDefault : 1')))).toEqual(['schannel-tls12-client-disabled']);
    // Without the command line, the values name no key.
    expect(codes(readPastedText(text.replace(/^PS.*\n/, '')))).toEqual([]);
  });

  it('Get-ItemProperty of "TLS 1.2\\*" | fl: each block is the subkey its PSChildName names', () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'evidence', 'registry', 'gip-fl-no-pspath.txt'), 'utf8')
      .replace('TLS 1.2\\Client"', 'TLS 1.2\\*"')
      .replace('Enabled           : 1\nDisabledByDefault : 0', 'Enabled           : 0\nDisabledByDefault : 1');
    const ps = parsePowerShellRegistry(`${text}Enabled           : 1\nDisabledByDefault : 0\nPSChildName       : Server\n`);
    expect(ps.model.keys.map((k) => `${k.path.replace(/^.*Protocols\\/, '')} ${k.values.map((v) => `${v.name}=${String('value' in v.data ? v.data.value : '')}`).join(',')}`)).toEqual([
      'TLS 1.2\\Client Enabled=0,DisabledByDefault=1',
      'TLS 1.2\\Server Enabled=1,DisabledByDefault=0',
    ]);
  });

  it('Get-ChildItem table: a continuation line is the next value of the row above', () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'evidence', 'registry', 'gci-continuation.txt'), 'utf8');
    expect(codes(readPastedText(text))).toEqual(['schannel-tls12-client-enabled', 'schannel-tls12-server-disabled']);
    const off = readPastedText(text.replace('Enabled           : 1', 'Enabled           : 0'));
    expect(codes(off)[0]).toBe('schannel-tls12-client-disabled');
    expect(off.observations[0].detail.en).toContain('turned off');
  });

  it('reg query with /v shows one value: not called "partly set"', () => {
    const r = read('q-v.txt');
    expect(codes(r)).toEqual(['schannel-query-one-value']);
    expect(r.observations[0].detail.ja).toMatch(JA);
    // Without /v, a key with only Enabled is partly set.
    const whole = readFileSync(join(__dirname, '..', 'fixtures', 'evidence', 'registry', 'q-v.txt'), 'utf8').replace(' /v Enabled', '');
    expect(codes(readPastedText(whole))).toEqual(['schannel-tls12-client-partial']);
  });

  it('regedit\'s data column "0x00000001 (1)" is a DWORD', () => {
    const r = readPastedText('HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\n    Enabled    REG_DWORD    0x00000001 (1)\n    DisabledByDefault    REG_DWORD    0x00000000 (0)\n');
    expect(codes(r)).toEqual(['schannel-tls12-client-enabled']);
  });

  it('stays quick on long hostile PowerShell lines', () => {
    const inputs = [
      `PSPath : Microsoft.PowerShell.Core\\Registry::HKLM\\${'a'.repeat(100_000)}\n${`${' '.repeat(20)}${'b'.repeat(3000)}\n`.repeat(2000)}`,
      `    Hive: HKLM\\x\nName    Property\n${`${'c'.repeat(5000)} ${' : '.repeat(5000)}\n`.repeat(200)}`,
      `${'x : '.repeat(200_000)}\nPSPath : Microsoft.PowerShell.Core\\Registry::HKLM\\SOFTWARE\n`,
      `Cannot find path '${"'".repeat(100_000)}\n`.repeat(5),
      `reg query ${' /v'.repeat(100_000)} TLS 1.2\\Client\n`.repeat(10),
    ];
    for (const s of inputs) {
      const t0 = Date.now();
      readPastedText(s);
      // Only a hang (catastrophic backtracking takes minutes) fails this, not a slow machine: speed is bench:evidence's.
      expect(Date.now() - t0).toBeLessThan(10_000);
    }
  });
});

describe('QA round 8 #13: .reg files that are not one plain export', () => {
  const file = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'evidence', 'registry', name));
  async function readReg(name: string) {
    const r = await readEvidenceBuffer(name, file(name));
    if (!r.ok) throw new Error(r.reason.en);
    return r.reading;
  }

  it('a UTF-16 export with a UTF-8 block appended: both parts are read, the switch is said, no mojibake is quoted', async () => {
    const r = await readReg('mixed-utf16-utf8.reg');
    // The appended UTF-8 block sets TLS 1.2 Client DisabledByDefault=1, after the UTF-16 part's 0.
    expect(codes(r)).toEqual(['schannel-tls12-client-disabled']);
    expect(r.observations[0].detail.en).toContain('Enabled=1, DisabledByDefault=1');
    const notes = (r.problems ?? []).map((p) => p.en).join('\n');
    expect(notes).toContain('The file changes encoding at line 11: it is UTF-16 (as regedit writes) up to there and UTF-8 after');
    expect(notes).toContain('export the keys again with regedit');
    expect(notes).not.toMatch(/[\u4e00-\u9fff]/);
    expect((r.problems ?? [])[0].ja).toContain('11 行目で文字コードが変わっています');
  });

  it('a [-…\\TLS 1.2] line is said: the file deletes the key, and the Windows default applies', async () => {
    const r = await readReg('delete-tls12.reg');
    const o = r.observations.find((x) => x.code === 'schannel-key-deleted');
    expect(o?.detail.en).toBe(
      'The file deletes the key SCHANNEL\\Protocols\\TLS 1.2 (a [-…] line): once it is imported, SCHANNEL\\Protocols\\TLS 1.2 has no Schannel settings, so the default of the Windows release applies. For TLS 1.2 that default is on from Windows Server 2012 on, so there TLS 1.2 stays on; on Windows Server 2008 R2 it is off and TLS 1.2 works only while these keys exist, so deleting this key turns TLS 1.2 off there: TMS cannot offer it even at Medium-High (Client), and systems that connect to TMS over HTTPS in Secure-Only mode lose it too (Server).',
    );
    expect(o?.detail.ja).toMatch(JA);
  });

  it('a plain UTF-16 export is not taken for a mixed one', async () => {
    const r = await readEvidenceBuffer('x.reg', file('iiscrypto-best-practices.reg'));
    if (!r.ok) throw new Error(r.reason.en);
    expect((r.reading.problems ?? []).map((p) => p.en).join('\n')).not.toContain('changes encoding');
  });
});

/** FIX63A (QA62 #14): a `[-HKEY_…]` deletion line pasted without regedit's header is read as with it. */
describe('a .reg deletion line without its header', () => {
  const K = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
  const deleted = (text: string) => readPastedText(text).observations.find((o) => o.code === 'schannel-key-deleted');

  it('[-…\\TLS 1.2] after a lead-in line reads as with the header (it read nothing before)', () => {
    const bare = readPastedText(`TMS 15.9 on 2012 R2. reg file we imported:\n[-${K}\\TLS 1.2]`);
    const headed = readPastedText(`TMS 15.9 on 2012 R2. reg file we imported:\nWindows Registry Editor Version 5.00\n\n[-${K}\\TLS 1.2]`);
    expect(codes(bare)).toEqual(['schannel-key-deleted', 'reg-change-script']);
    expect(bare.observations).toEqual(headed.observations);
    expect((bare.problems ?? []).map((p) => p.en).join('\n')).not.toContain('regedit header');
    // On the lead-in's own line, and in Japanese.
    expect(deleted(`reg file we imported: [-${K}\\TLS 1.2]`)?.detail.en).toContain('on Windows Server 2008 R2 it is off');
    expect(deleted(`インポートした reg ファイルです：\n[-${K}\\TLS 1.2]`)?.detail.ja).toContain('2008 R2 でこのキーを削除すると TLS 1.2 が無効');
  });

  it('[-…\\TLS 1.0\\Server]: the TLS 1.0 default by release (on to 2022, off on 2025) and which side it is', () => {
    const o = deleted(`[-${K}\\TLS 1.0\\Server]`);
    expect(o?.detail.en).toContain('on from Windows Server 2008 R2 to 2022, so there a key that turned TLS 1.0 off no longer does and TLS 1.0 is on again; off on Windows Server 2025');
    expect(o?.detail.en).toContain("TMS's own hello to the endpoints uses the Client key");
    expect(o?.detail.ja).toContain('Windows Server 2025 では無効なので、無効のままです');
    expect(deleted(`[-${K}\\TLS 1.0\\Client]`)?.detail.en).toContain('TLS 1.0\\Client is what TMS at Medium uses');
    expect(deleted(`[-${K}\\SSL 3.0]`)?.detail.en).toContain('on for Windows Server 2008 R2, 2012 and 2012 R2, off from 2016 on');
  });

  it('a bracketed line that is not regedit deletion syntax is not read', () => {
    expect(deleted(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\x]\nsome words`)).toBeUndefined();
    expect(deleted(`we did not touch [-HKEY_LOCAL_MACHINE\\x] yet, ok`)).toBeUndefined();
  });
});

/** FIX63A (QA62 #13): a .reg whose quotes Word, Outlook or smart quotes made typographic is read, and said to be so once. */
describe('a .reg with typographic quotes', () => {
  const K = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
  const curly = `[${K}\\TLS 1.2\\Client]\n\u201cEnabled\u201d=dword:00000000\n\u201cDisabledByDefault\u201d=dword:00000000`;
  const CASE = 'TMS 15.9 on 2012 R2, SQL 2016 remote, SX80 CE 9.15 No HTTPS response, level Medium.';

  it('reads the values as with straight quotes (it read nothing before), and says the quotes were typographic', () => {
    const r = readPastedText(`${CASE}\n${curly}`);
    expect(codes(r)).toEqual(['schannel-tls12-client-disabled', 'reg-typographic-quotes', 'tms-no-https-response']);
    expect(r.observations[0].detail.en).toContain('Enabled=0, DisabledByDefault=0');
    expect(r.observations[1].detail.en).toContain('a copy of this text would not import');
    expect(r.observations[1].detail.ja).toContain('このテキストをコピーしてもインポートできません');
    // No-break spaces and the header with its own curly-quoted string values.
    const nbsp = readPastedText(`Windows Registry Editor Version 5.00\n\n[${K}\\TLS 1.2\\Client]\n\u00a0\u201cEnabled\u201d\u00a0=\u00a0dword:00000001\n\u201cDisabledByDefault\u201d=dword:00000000`);
    expect(codes(nbsp)).toEqual(['schannel-tls12-client-enabled', 'reg-typographic-quotes']);
  });

  it('straight quotes: no note; typographic quotes in the words before the paste only: no note', () => {
    expect(codes(readPastedText(`${CASE}\n${curly.replace(/[\u201c\u201d]/g, '"')}`))).not.toContain('reg-typographic-quotes');
    expect(codes(readPastedText(`He said \u201cthis is the export\u201d:\n${curly.replace(/[\u201c\u201d]/g, '"')}`))).not.toContain('reg-typographic-quotes');
  });

  it('in chat, EN and JA: the registry step is required (TLS 1.2 Client off), with the note on the quotes', () => {
    const en = stepTexts([`${CASE}\n${curly}`]).text;
    expect(en).toContain('The registry keeps TLS 1.2 off for TMS');
    expect(en).toContain('typographic quotes');
    const ja = stepTexts([`TMS 15.9、Windows 2012 R2、SQL 2016 は別サーバ、レベルは Medium、SX80 CE 9.15 で No HTTPS response です。レジストリです：\n${curly}`]).text;
    expect(ja).toContain('レジストリで TMS の TLS 1.2 が無効になっています');
    expect(ja).toContain('活字用の引用符');
  });
});
