/**
 * UTF-8 and ANSI .reg files are read chunk by chunk (as UTF-16 ones are): the same observations and
 * problems as parseRegFile on the whole file, with only the lines that matter held.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAnsiReg, readEvidenceChunks } from '../../src/evidence';
import { registryObservations } from '../../src/evidence/registry';
import { evidenceRelevantKey, MAX_REG_BYTES, parseRegFile, parseRegText } from '../../src/windows/reg';

const dir = join(__dirname, '..', 'fixtures', 'evidence');
const fixtures = [...readdirSync(dir).filter((f) => f.endsWith('.reg')), ...readdirSync(join(dir, 'registry')).filter((f) => f.endsWith('.reg')).map((f) => `registry/${f}`)];

/** The text of a fixture, whatever its encoding (UTF-16LE with BOM or UTF-8). */
function textOf(f: string): string {
  const b = readFileSync(join(dir, f));
  return b[0] === 0xff && b[1] === 0xfe ? b.subarray(2).toString('utf16le') : b.toString('utf8');
}

/** What the reader gave before: the whole file (up to the limit, on a line end) parsed at once. */
function whole(buf: Buffer): { codes: string[]; details: string[]; problems: string[] } {
  let b = buf;
  let cut = false;
  if (b.length > MAX_REG_BYTES) {
    b = b.subarray(0, MAX_REG_BYTES);
    b = b.subarray(0, b.lastIndexOf(0x0a) + 1);
    cut = true;
  }
  const r = parseRegFile(b, { keep: evidenceRelevantKey });
  const obs = registryObservations(r.model);
  const problems = r.problems.slice(0, 5).map((p) => (p.line ? `Line ${p.line}: ${p.message.en}` : p.message.en));
  if (cut) problems.unshift(`cut at line ${r.lines}`);
  return { codes: obs.length ? obs.map((o) => o.code) : ['reg-nothing-relevant'], details: obs.map((o) => o.detail.en), problems };
}

/** A download's first chunk (what the file is, is told from it), then chunks of `size` bytes. */
async function* inChunks(buf: Buffer, size: number, first = 4096): AsyncGenerator<Buffer> {
  if (first) yield buf.subarray(0, first);
  for (let i = first; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

/** The reader's core (readAnsiReg, then parseRegText) on any text, a header or not. */
async function core(buf: Buffer, size: number): Promise<{ codes: string[]; details: string[]; problems: string[] }> {
  const a = await readAnsiReg(inChunks(buf, size, 0));
  const r = parseRegText(a.kept, { keep: evidenceRelevantKey });
  const obs = registryObservations(r.model);
  return { codes: obs.length ? obs.map((o) => o.code) : ['reg-nothing-relevant'], details: obs.map((o) => o.detail.en), problems: r.problems.slice(0, 5).map((p) => (p.line ? `Line ${p.line}: ${p.message.en}` : p.message.en)) };
}

async function streamed(buf: Buffer, size: number): Promise<{ codes: string[]; details: string[]; problems: string[] }> {
  const r = await readEvidenceChunks('x.reg', inChunks(buf, size));
  if (!r.ok) throw new Error(r.reason.en);
  const obs = r.reading.observations;
  const problems = (r.reading.problems ?? []).map((p) => p.en.replace(/^The file is larger than 32 MB: I read it only up to there \(line (\d+)\).*$/s, 'cut at line $1'));
  return { codes: obs.map((o) => o.code), details: obs.filter((o) => o.code !== 'reg-nothing-relevant').map((o) => o.detail.en), problems };
}

/** The encodings and line ends people's 8-bit exports come in. */
const forms: [string, (text: string) => Buffer][] = [
  ['UTF-8, CR LF', (x) => Buffer.from(x.replace(/\r?\n/g, '\r\n'), 'utf8')],
  ['UTF-8 with BOM, LF', (x) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(x.replace(/\r?\n/g, '\n'), 'utf8')])],
  ['ANSI (Latin-1, a non-UTF-8 byte in a comment), CR LF', (x) => Buffer.from(`${x.replace(/\r?\n/g, '\r\n')}\r\n; caf\u00e9\r\n`, 'latin1')],
  ['UTF-8, lone CR', (x) => Buffer.from(x.replace(/\r?\n/g, '\r'), 'utf8')],
];

describe('UTF-8/ANSI .reg streamed: the same reading as the whole file', () => {
  const cases = fixtures.filter((f) => !f.includes('mixed')).flatMap((f) => forms.map(([form, make]) => [f, form, make] as const));
  it.each(cases)('%s as %s, in chunks of 1, 7 and 64 KB bytes', async (f, _form, make) => {
    const buf = make(textOf(f));
    const expected = whole(buf);
    expect(expected.codes.length).toBeGreaterThan(0);
    for (const size of [1, 7, 65_536]) expect(await streamed(buf, size)).toEqual(expected);
  });

  const odd = [
    // The header missing, values outside any key, a key line without "]", a bad root, a line not understood.
    ['no header, broken lines', '"Enabled"=dword:00000000\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Other]\r\n"X"=dword:1\r\nnonsense here\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\r\n"Enabled"=dword:00000000\r\n[NOT_A_ROOT\\X]\r\n"Y"=dword:1\r\n'],
    // Hex data continued over lines in a key passed over, one continuation line looking like a key.
    ['hex continued in a key passed over', 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Other]\r\n"B"=hex:01,02,\\\r\n  03,04,\\\r\n  [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client]\r\n"Enabled"=dword:00000000\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]\r\n"Enabled"=hex(b):01,00,\\\r\n  00,00,00,00,00,00\r\n"DisabledByDefault"=dword:00000000\r\n'],
    // Many lines not understood: only the first ones can be reported.
    ['80 lines not understood', `Windows Registry Editor Version 5.00\r\n${Array.from({ length: 80 }, (_, i) => `junk ${i}\r\n`).join('')}[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]\r\n"Enabled"=dword:00000001\r\n`],
  ];
  it.each(odd)('%s', async (_name, text) => {
    for (const [, make] of forms) {
      const buf = make(text);
      const expected = whole(buf);
      for (const size of [1, 5, 4096]) expect(await core(buf, size)).toEqual(expected);
    }
  });

  it('a generated 6 MB export: the same keys, keys across chunk ends included', async () => {
    const filler = (from: number, n: number) => Array.from({ length: n }, (_, i) => `[HKEY_LOCAL_MACHINE\\SOFTWARE\\X${from + i}]\r\n"V"=dword:00000001\r\n"S"="caf\u00e9"\r\n\r\n`).join('');
    const tls12 = '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]\r\n"Enabled"=dword:00000000\r\n"DisabledByDefault"=dword:00000000\r\n\r\n';
    const block = filler(0, 20_000);
    const parts = ['Windows Registry Editor Version 5.00\r\n\r\n', filler(0, 7_000), tls12];
    while (parts.reduce((n, p) => n + p.length, 0) < 6 * 1024 * 1024) parts.push(block);
    for (const enc of ['latin1'] as const) {
      const buf = Buffer.from(parts.join(''), enc);
      const expected = whole(buf);
      expect(expected.codes).toEqual(['schannel-tls12-client-disabled']);
      expect(await streamed(buf, 1024 * 1024 + 3)).toEqual(expected);
    }
  });
});

describe('the 8-bit .reg reader does not hold the file', () => {
  it('fed from one buffer it overwrites between chunks, it keeps only the Schannel lines and the header', async () => {
    // If the reader held any chunk (or a slice of one), the next chunk would overwrite what it held.
    const tls12 = '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]\r\n"Enabled"=dword:00000000\r\n';
    const head = Buffer.from(`Windows Registry Editor Version 5.00\r\n\r\n${tls12}`, 'utf8');
    const filler = Buffer.from(Array.from({ length: 500 }, (_, i) => `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Y${i}]\r\n"V"=dword:00000001\r\n`).join(''), 'utf8');
    const chunks = 100; // ~3 MB in all
    const shared = Buffer.alloc(filler.length);
    let given = 0;
    async function* source(): AsyncGenerator<Buffer> {
      head.copy(shared, 0);
      yield shared.subarray(0, head.length);
      for (let n = 0; n < chunks; n++) {
        shared.fill(0x41);
        filler.copy(shared, 0);
        given += shared.length;
        yield shared;
      }
    }
    const r = await readAnsiReg(source());
    expect(given).toBeGreaterThan(2 * 1024 * 1024);
    expect(r.more).toBe(false);
    expect(r.kept.map(([, l]) => l)).toEqual(['Windows Registry Editor Version 5.00', '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]', '"Enabled"=dword:00000000']);
    expect(r.lines).toBe(4 + chunks * 1_000 + 1); // 4 lines of head, 1000 a chunk, the empty line after the last line end
  });
});
