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
