/**
 * A .reg whose line is longer than MAX_REG_LINE (1 MB): that line is not read, the rest of the file is,
 * and the reading says so in one note (EN, JA). Nothing is read wrong for the line skipped: the values
 * under a key line skipped do not land in the key before it, a hex value a skipped line is part of is
 * not recorded, and its continuation lines are not reported as lines not understood. The same in
 * UTF-8, ANSI (Latin-1) and UTF-16LE, whatever the chunk size. Files are generated here.
 */
import { readEvidenceChunks } from '../../src/evidence';
import { MAX_REG_LINE } from '../../src/windows/reg';

const HEAD = 'Windows Registry Editor Version 5.00\r\n\r\n';
const P = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
const LONG = 'a'.repeat(MAX_REG_LINE + 50_000);
const HEX = '00,'.repeat(Math.ceil(MAX_REG_LINE / 3) + 1000);

const encodings: [string, (text: string) => Buffer][] = [
  ['UTF-8', (x) => Buffer.from(x, 'utf8')],
  ['ANSI (Latin-1 byte in a comment)', (x) => Buffer.from(`${x}; caf\u00e9\r\n`, 'latin1')],
  ['UTF-16LE', (x) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(x, 'utf16le')])],
];

async function* inChunks(buf: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

async function read(buf: Buffer, size: number) {
  const r = await readEvidenceChunks('schannel.reg', inChunks(buf, size));
  if (!r.ok) throw new Error(r.reason.en);
  return { obs: r.reading.observations.map((o) => `${o.code}: ${o.detail.en}`), problems: r.reading.problems ?? [] };
}

/** [name, the file with a line too long, the line it is on, the same file as it reads without what that line takes away] */
const cases: [string, string, number, string][] = [
  [
    'a long string value in another key, before the Schannel key',
    `${HEAD}[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor]\r\n"Blob"="${LONG}"\r\n"X"=dword:00000001\r\n\r\n[${P}\\TLS 1.2\\Client]\r\n"Enabled"=dword:00000000\r\n`,
    4,
    `${HEAD}[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor]\r\n"X"=dword:00000001\r\n\r\n[${P}\\TLS 1.2\\Client]\r\n"Enabled"=dword:00000000\r\n`,
  ],
  [
    'a long string value inside the TLS 1.2 key: the values after it are read',
    `${HEAD}[${P}\\TLS 1.2\\Client]\r\n"Enabled"=dword:00000001\r\n"Junk"="${LONG}"\r\n"DisabledByDefault"=dword:00000001\r\n`,
    5,
    `${HEAD}[${P}\\TLS 1.2\\Client]\r\n"Enabled"=dword:00000001\r\n"DisabledByDefault"=dword:00000001\r\n`,
  ],
  [
    'a long key line after the TLS 1.0 key: its values do not land in TLS 1.0',
    `${HEAD}[${P}\\TLS 1.0\\Server]\r\n"Enabled"=dword:00000001\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\${LONG}]\r\n"Enabled"=dword:00000000\r\n"DisabledByDefault"=dword:00000001\r\n\r\n[${P}\\TLS 1.2\\Client]\r\n"Enabled"=dword:00000000\r\n`,
    6,
    `${HEAD}[${P}\\TLS 1.0\\Server]\r\n"Enabled"=dword:00000001\r\n\r\n[${P}\\TLS 1.2\\Client]\r\n"Enabled"=dword:00000000\r\n`,
  ],
  [
    'a long hex line continued: its continuation lines are not read, the next value is',
    `${HEAD}[${P}\\TLS 1.2\\Client]\r\n"Big"=hex:${HEX}\\\r\n  01,02,\\\r\n  03\r\n"Enabled"=dword:00000000\r\n`,
    4,
    `${HEAD}[${P}\\TLS 1.2\\Client]\r\n"Enabled"=dword:00000000\r\n`,
  ],
  [
    'a long continuation line inside a hex value: the value is not recorded, the next one is',
    `${HEAD}[${P}\\TLS 1.2\\Client]\r\n"Big"=hex:01,\\\r\n  ${HEX}\\\r\n  03\r\n"Enabled"=dword:00000000\r\n`,
    5,
    `${HEAD}[${P}\\TLS 1.2\\Client]\r\n"Enabled"=dword:00000000\r\n`,
  ],
];

describe('a .reg line longer than 1 MB is skipped with a note; the rest of the file is read', () => {
  it.each(cases.flatMap(([name, text, line, without]) => encodings.map(([enc, make]) => [name, enc, make, text, line, without] as const)))('%s (%s)', async (_name, _enc, make, text, line, without) => {
    const expected = await read(make(without), 1 << 20);
    expect(expected.problems).toEqual([]);
    expect(expected.obs.length).toBeGreaterThan(0);
    const buf = make(text);
    for (const size of [4096, (1 << 20) + 3]) {
      const r = await read(buf, size);
      // The same reading as the file without the line (nothing read wrong for it), and only the note.
      expect(r.obs).toEqual(expected.obs);
      expect(r.problems.map((p) => p.en)).toEqual([`Line ${line} is longer than 1 MB, so I skipped it and read the rest of the file. Whatever was on it (a value, or a key and the values under it) is not in this answer. Schannel and .NET keys never need a line that long: if you expected them there, export just those keys again.`]);
      expect(r.problems[0]!.ja).toMatch(new RegExp(`^${line} 行目が 1 MB を超えているため、この行は読まずに残りを読みました。`));
    }
  });

  it.each(encodings)('two long lines (%s): one note names how many and the first; the TLS 1.2 value between and after them is read', async (_enc, make) => {
    const text = `${HEAD}[${P}\\TLS 1.2\\Client]\r\n"A"="${LONG}"\r\n"Enabled"=dword:00000000\r\n"B"="${LONG}"\r\n"DisabledByDefault"=dword:00000000\r\n`;
    const r = await read(make(text), 1 << 16);
    expect(r.obs.map((o) => o.split(':')[0])).toEqual(['schannel-tls12-client-disabled']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.en).toMatch(/^2 lines \(the first is line 4\) are longer than 1 MB, so I skipped them and read the rest of the file\. Whatever was on them/);
    expect(r.problems[0]!.ja).toMatch(/^1 MB を超える行が 2 行あるため（最初は 4 行目）、それらの行は読まずに残りを読みました。/);
  });

  it.each(encodings)('a line just under the limit is read as before (%s): no note', async (_enc, make) => {
    const text = `${HEAD}[${P}\\TLS 1.2\\Client]\r\n"Junk"="${'a'.repeat(MAX_REG_LINE - 100)}"\r\n"Enabled"=dword:00000000\r\n`;
    const r = await read(make(text), 1 << 16);
    expect(r.obs.map((o) => o.split(':')[0])).toEqual(['schannel-tls12-client-disabled']);
    expect(r.problems).toEqual([]);
  });
});
