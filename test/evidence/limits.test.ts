import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEvidenceBuffer, readEvidenceChunks } from '../../src/evidence';

const FIX = join(__dirname, '..', 'fixtures', 'evidence');

describe('evidence limits', () => {
  it('a capture that takes longer than the time limit is cut there, with what was read reported', async () => {
    const good = readFileSync(join(FIX, 'tls10-reset-http301.pcap'));
    // The symptom capture, then 8 MB of empty records, delivered slowly in 1 MB chunks.
    const filler = Buffer.alloc(8 * 1024 * 1024);
    async function* slow() {
      yield good;
      for (let i = 0; i < filler.length; i += 1024 * 1024) {
        await new Promise((r) => setTimeout(r, 30));
        yield filler.subarray(i, i + 1024 * 1024);
      }
    }
    const r = await readEvidenceChunks('slow.pcap', slow(), { timeMs: 50 });
    if (!r.ok) throw new Error(r.reason.en);
    expect(r.reading.problems?.map((p) => p.en).join(' ')).toMatch(/longer than the time limit/);
    expect(r.reading.observations.map((o) => o.code)).toContain('capture-clienthello-tls10-only');
  });

  it('a text file bigger than the in-memory limit is streamed line by line (UTF-16LE, as Event Viewer saves it)', async () => {
    const filler = 'Information\t5/25/2016 9:00:00 PM\tService Control Manager\t7036\tNone\r\n'.repeat(70_000); // ~5 MB of text
    const text = `Level\tDate and Time\tSource\tEvent ID\tTask Category\r\n${filler}Error\t5/25/2016 9:31:16 PM\tSchannel\t36888\tNone\r\n`;
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(buf.length).toBeGreaterThan(4 * 1024 * 1024);
    const r = await readEvidenceBuffer('system.txt', buf);
    if (!r.ok) throw new Error(r.reason.en);
    expect(r.reading.kind).toBe('eventlog');
    expect(r.reading.observations.map((o) => o.code)).toEqual(['event-schannel-error']);
  });

  it('a text file over the size limit is read up to it and says so', async () => {
    const text = 'x'.repeat(100) + '\n';
    const buf = Buffer.from(text.repeat(60_000)); // 6 MB
    const r = await readEvidenceBuffer('big.txt', buf, { maxBytes: 5 * 1024 * 1024 });
    if (!r.ok) throw new Error(r.reason.en);
    expect(r.reading.problems?.map((p) => p.en).join(' ')).toMatch(/Only the first 5 MB/);
  });
});

describe('QA round 8 #17: a .reg larger than the 32 MB read', () => {
  it('is read in bounded memory up to 32 MB on a line end: keys across chunk ends are read, and the cut is the bot\'s, not the file\'s', async () => {
    const filler = (from: number, n: number) => Array.from({ length: n }, (_, i) => `[HKEY_LOCAL_MACHINE\\SOFTWARE\\X${from + i}]\r\n"V"=dword:00000001\r\n\r\n`).join('');
    const tls12 = '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]\r\n"Enabled"=dword:00000000\r\n"DisabledByDefault"=dword:00000000\r\n\r\n';
    // The TLS 1.2 key sits past the first 1 MB chunk; the file goes on past 32 MB (UTF-16: 2 bytes a character).
    const block = filler(0, 10_000);
    const parts = ['Windows Registry Editor Version 5.00\r\n\r\n', filler(0, 7_000), tls12];
    for (let n = 0; n < 300; n++) parts.push(block);
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(parts.join(''), 'utf16le')]);
    expect(buf.length).toBeGreaterThan(33 * 1024 * 1024);
    const r = await readEvidenceBuffer('big.reg', buf);
    if (!r.ok) throw new Error(r.reason.en);
    expect(r.reading.observations.map((o) => o.code)).toEqual(['schannel-tls12-client-disabled']);
    const notes = (r.reading.problems ?? []).map((p) => p.en).join('\n');
    expect(notes).toMatch(/^The file is larger than 32 MB: I read it only up to there \(line \d+\), so keys after that point are not in this answer\./);
    expect(notes).not.toMatch(/no closing|not understood|More than/);
    expect((r.reading.problems ?? [])[0].ja).toMatch(/32 MB を超えているため/);
  });
});
