import {
  applyReg,
  encodeRegUtf16,
  netFxState,
  parseRegFile,
  parseRegQuery,
  parseRegText,
  schannelEffective,
  schannelKeyPath,
  schannelState,
  serializeReg,
  type RegModel,
} from '../../src/windows/reg';

const CRLF = (lines: string[]) => lines.join('\r\n') + '\r\n';

const EXPORT = CRLF([
  'Windows Registry Editor Version 5.00',
  '',
  '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]',
  '"DisabledByDefault"=dword:00000000',
  '"Enabled"=dword:00000001',
  '',
  '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client]',
  '"Enabled"=dword:00000000',
  '"Note"="a \\"quoted\\" C:\\\\path"',
  '@="default"',
  '"Paths"=hex(7):43,00,3a,00,5c,00,61,00,00,00,62,00,00,00,00,00',
  '"Long"=hex:00,01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,0e,0f,10,11,12,13,14,15,16,\\',
  '  17,18,19,1a',
  '"Exp"=hex(2):25,00,53,00,79,00,73,00,74,00,65,00,6d,00,52,00,6f,00,6f,00,74,00,\\',
  '  25,00,00,00',
  '"Q"=hex(b):01,00,00,00,00,00,00,00',
  '"Gone"=-',
  '',
  '[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.1]',
  '',
]);

describe('parseRegFile / parseRegText', () => {
  it('reads a regedit 5.00 export in UTF-16LE with BOM: keys, deletions, every value type', () => {
    const r = parseRegFile(encodeRegUtf16(EXPORT));
    expect(r.encoding).toBe('utf16le');
    expect(r.problems).toEqual([]);
    expect(r.model.format).toBe(5);
    expect(r.model.keys).toHaveLength(3);
    const [k12, k10, del] = r.model.keys;
    expect(k12.path).toBe(schannelKeyPath('TLS 1.2', 'Client'));
    expect(k12.values).toEqual([
      { name: 'DisabledByDefault', data: { type: 'REG_DWORD', value: 0 } },
      { name: 'Enabled', data: { type: 'REG_DWORD', value: 1 } },
    ]);
    const byName = Object.fromEntries(k10.values.map((v) => [v.name, v.data]));
    expect(byName.Note).toEqual({ type: 'REG_SZ', value: 'a "quoted" C:\\path' });
    expect(byName['']).toEqual({ type: 'REG_SZ', value: 'default' });
    expect(byName.Paths).toEqual({ type: 'REG_MULTI_SZ', value: ['C:\\a', 'b'] });
    expect(byName.Long).toEqual({ type: 'REG_BINARY', hex: Buffer.from(Array.from({ length: 27 }, (_, i) => i)).toString('hex') });
    expect(byName.Exp).toEqual({ type: 'REG_EXPAND_SZ', value: '%SystemRoot%' });
    expect(byName.Q).toEqual({ type: 'REG_QWORD', value: '1' });
    expect(byName.Gone).toEqual({ type: 'delete' });
    expect(del.delete).toBe(true);
  });

  it('reads REGEDIT4 in ANSI (Latin-1), UTF-8 with BOM, and LF-only line ends the same way', () => {
    const v4 = 'REGEDIT4\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\X]\n"Name"="caf\xe9"\n"Exp"=hex(2):41,42,00\n';
    const r4 = parseRegFile(Buffer.from(v4, 'latin1'));
    expect(r4.model.format).toBe(4);
    expect(r4.encoding).toBe('latin1');
    expect(r4.model.keys[0].values).toEqual([
      { name: 'Name', data: { type: 'REG_SZ', value: 'café' } },
      { name: 'Exp', data: { type: 'REG_EXPAND_SZ', value: 'AB' } },
    ]);
    const r8 = parseRegFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EXPORT.replace(/\r\n/g, '\n'))]));
    expect(r8.encoding).toBe('utf8');
    expect(r8.model).toEqual(parseRegFile(encodeRegUtf16(EXPORT)).model);
  });

  it('short-form roots (HKLM) are normalised; values outside keys and bad lines are problems, not exceptions', () => {
    const r = parseRegText('Windows Registry Editor Version 5.00\r\n"Orphan"=dword:1\r\n[HKLM\\Software\\A]\r\n"X"=dword:zz\r\n"Y"=banana\r\n[NOTAROOT\\x]\r\n[HKLM\\Software\\B\r\nrandom words\r\n"Z"=dword:00000002\r\n');
    expect(r.model.keys.map((k) => k.path)).toEqual(['HKEY_LOCAL_MACHINE\\Software\\A']);
    expect(r.model.keys[0].values).toEqual([]);
    expect(r.problems.map((p) => p.line)).toEqual([2, 4, 5, 6, 7, 8, 9]);
    for (const p of r.problems) {
      expect(p.message.en.length).toBeGreaterThan(5);
      expect(p.message.ja).toMatch(/[ぁ-んァ-ヶ一-龯]/);
    }
  });

  it('a text without a header is read but flagged; empty input says it is empty', () => {
    const r = parseRegText('[HKLM\\Software\\A]\n"X"=dword:00000001\n');
    expect(r.model.format).toBeNull();
    expect(r.model.keys[0].values).toHaveLength(1);
    expect(r.problems).toHaveLength(1);
    expect(parseRegText('').problems[0].message.en).toMatch(/empty/);
  });

  it('never throws on garbage, odd-length UTF-16 or non-buffers, and a dangling continuation ends cleanly', () => {
    const garbage = [Buffer.from([0xff, 0xfe, 0x41]), Buffer.alloc(1000, 0xff), Buffer.from('\u0000\u0001[[[]]]"=\\\\\\'), Buffer.alloc(0)];
    for (const g of garbage) expect(() => parseRegFile(g)).not.toThrow();
    expect(parseRegFile('text' as unknown as Buffer).problems).toHaveLength(1);
    const dangling = parseRegText('REGEDIT4\n[HKLM\\A]\n"B"=hex:01,02,\\\n');
    expect(dangling.model.keys[0].values[0].data).toEqual({ type: 'REG_BINARY', hex: '0102' });
  });

  it('an endless continuation is capped and reported', () => {
    const many = 'REGEDIT4\n[HKLM\\A]\n"B"=hex:' + '01,\\\n'.repeat(400_000) + '02\n';
    const r = parseRegText(many);
    expect(r.model.keys).toHaveLength(1);
    expect(r.problems.map((p) => p.message.en)).toEqual([expect.stringMatching(/longer than the limit/)]);
  });
});

describe('serializeReg', () => {
  const model: RegModel = {
    format: 5,
    keys: [
      {
        path: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
        values: [
          { name: 'DisabledByDefault', data: { type: 'REG_DWORD', value: 0 } },
          { name: 'Enabled', data: { type: 'REG_DWORD', value: 1 } },
        ],
      },
      {
        path: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\X',
        values: [
          { name: '', data: { type: 'REG_SZ', value: 'back\\slash "q"' } },
          { name: 'M', data: { type: 'REG_MULTI_SZ', value: ['one', 'two', '日本語'] } },
          { name: 'E', data: { type: 'REG_EXPAND_SZ', value: '%SystemRoot%\\system32\\a-rather-long-path\\that-wraps-over-lines.dll' } },
          { name: 'B', data: { type: 'REG_BINARY', hex: 'ff'.repeat(100) } },
          { name: 'Q', data: { type: 'REG_QWORD', value: '18446744073709551615' } },
          { name: 'D', data: { type: 'REG_DWORD', value: 0xffffffff } },
          { name: 'Gone', data: { type: 'delete' } },
        ],
      },
      { path: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Y', delete: true, values: [] },
    ],
  };

  it('writes regedit 5.00 text with CRLF, a blank line after each key and at the end, hex lines within 80 columns', () => {
    const text = serializeReg(model);
    expect(text.startsWith('Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM')).toBe(true);
    expect(text.endsWith('\r\n\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n").filter((l) => !l.startsWith("["))) expect(line.length).toBeLessThanOrEqual(80);
    expect(text).toContain('"Enabled"=dword:00000001\r\n');
    expect(text).toContain('[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Y]\r\n');
  });

  it('round-trips through UTF-16LE with BOM and the parser', () => {
    const bytes = encodeRegUtf16(serializeReg(model));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const back = parseRegFile(bytes);
    expect(back.problems).toEqual([]);
    expect(back.model.keys.map((k) => k.path)).toEqual([
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\X',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Y',
    ]);
    expect(back.model.keys[1].values).toEqual(model.keys[1].values);
    expect(back.model.keys[2].delete).toBe(true);
  });
});

const QUERY = `
C:\\Windows\\system32>reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols" /s

HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 2.0

HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 2.0\\Client
    DisabledByDefault    REG_DWORD    0x1

HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client
    DisabledByDefault    REG_DWORD    0x0
    Enabled    REG_DWORD    0xffffffff
    (Default)    REG_SZ    
    Some Name    REG_SZ    with  spaces
    Multi    REG_MULTI_SZ    a\\0b
    Bin    REG_BINARY    0102FF
    Big    REG_QWORD    0x10

HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server
\tEnabled\tREG_DWORD\t0x0
    Broken    REG_DWORD    banana
`;

describe('parseRegQuery', () => {
  it('reads keys and typed values (spaces in names, tabs, (Default), multi-string, binary, qword)', () => {
    const r = parseRegQuery(QUERY);
    expect(r.model.keys).toHaveLength(4);
    const k = r.model.keys[2];
    expect(Object.fromEntries(k.values.map((v) => [v.name, v.data]))).toEqual({
      DisabledByDefault: { type: 'REG_DWORD', value: 0 },
      Enabled: { type: 'REG_DWORD', value: 0xffffffff },
      '': { type: 'REG_SZ', value: '' },
      'Some Name': { type: 'REG_SZ', value: 'with  spaces' },
      Multi: { type: 'REG_MULTI_SZ', value: ['a', 'b'] },
      Bin: { type: 'REG_BINARY', hex: '0102ff' },
      Big: { type: 'REG_QWORD', value: '16' },
    });
    expect(r.model.keys[3].values).toEqual([{ name: 'Enabled', data: { type: 'REG_DWORD', value: 0 } }]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].line).toBe(20);
  });

  it('counts "unable to find" errors (English and Japanese) and skips unrelated text', () => {
    const r = parseRegQuery('ERROR: The system was unable to find the specified registry key or value.\nエラー: 指定されたレジストリ キーまたは値が見つかりませんでした。\nhello world\n');
    expect(r.notFound).toBe(2);
    expect(r.model.keys).toEqual([]);
    expect(parseRegQuery('just some chat text\n   indented text here').recognised).toBe(0);
  });
});

describe('Schannel and .NET helpers', () => {
  it('gives each protocol side a verdict and applies deletions', () => {
    const r = parseRegFile(encodeRegUtf16(EXPORT));
    const s = schannelState(r.model);
    expect(s['TLS 1.2'].Client).toEqual({ keyPresent: true, enabled: 1, disabledByDefault: 0, verdict: 'enabled' });
    expect(s['TLS 1.2'].Server.verdict).toBe('absent');
    expect(s['TLS 1.0'].Client.verdict).toBe('disabled');
    expect(s['TLS 1.1'].Client.keyPresent).toBe(false);
    const q = schannelState(parseRegQuery(QUERY).model);
    expect(q['SSL 2.0'].Client.verdict).toBe('disabled-by-default');
    expect(q['TLS 1.2'].Client.verdict).toBe('enabled');
    expect(q['TLS 1.0'].Server.verdict).toBe('disabled');
  });

  it('a later [-key] removes earlier values; later models override earlier ones', () => {
    const a = parseRegText('REGEDIT4\n[HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]\n"Enabled"=dword:00000000\n').model;
    const b = parseRegText('REGEDIT4\n[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2]\n').model;
    expect(schannelState([a, b])['TLS 1.2'].Client).toMatchObject({ keyPresent: false, verdict: 'absent' });
    expect(applyReg(a).keys.size).toBe(1);
  });

  it('effective state: partly set keys fall back to the OS default', () => {
    const side = (enabled: number | null, dbd: number | null) => ({ keyPresent: true, enabled, disabledByDefault: dbd, verdict: schannelState({ format: 5, keys: [{ path: schannelKeyPath('TLS 1.2', 'Client'), values: [...(enabled === null ? [] : [{ name: 'Enabled', data: { type: 'REG_DWORD' as const, value: enabled } }]), ...(dbd === null ? [] : [{ name: 'DisabledByDefault', data: { type: 'REG_DWORD' as const, value: dbd } }])] }] })['TLS 1.2'].Client.verdict });
    expect(schannelEffective(side(1, null), false)).toBe(false);
    expect(schannelEffective(side(1, null), true)).toBe(true);
    expect(schannelEffective(side(null, null), null)).toBeNull();
    expect(schannelEffective(side(1, 1), true)).toBe(false);
  });

  it('reads SchUseStrongCrypto / SystemDefaultTlsVersions in both registry views', () => {
    const m = parseRegQuery(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319
    SchUseStrongCrypto    REG_DWORD    0x1
    SystemDefaultTlsVersions    REG_DWORD    0x1

HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319
    SchUseStrongCrypto    REG_DWORD    0x0
`).model;
    const n = netFxState(m);
    expect(n['64-bit']).toMatchObject({ keyPresent: true, strong: true });
    expect(n['32-bit']).toMatchObject({ keyPresent: true, strong: false, schUseStrongCrypto: 0, systemDefaultTlsVersions: null });
  });
});
