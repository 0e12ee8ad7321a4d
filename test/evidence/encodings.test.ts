/**
 * Text files in the encodings Windows writes them: UTF-16LE with BOM and CRLF (PowerShell 5's `>`),
 * and the ANSI code page of Japanese Windows, CP932 / Shift_JIS (cmd's `>` of reg query, wevtutil,
 * Event Viewer's text export there). The Shift_JIS bytes are made with Node's own TextDecoder
 * round trip from a table of the characters used (Node has no Shift_JIS encoder).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEvidenceBuffer, type EvidenceFileResult } from '../../src/evidence';

const FIX = join(__dirname, '..', 'fixtures', 'evidence');

function ok(r: EvidenceFileResult) {
  if (!r.ok) throw new Error(r.reason.en);
  return r.reading;
}

/** Text → Shift_JIS bytes: each character's bytes found by decoding every one- and two-byte code. */
function shiftJis(text: string): Buffer {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('shift_jis');
  for (let b = 0; b < 0x80; b++) table.set(String.fromCharCode(b), [b]);
  for (let hi = 0x81; hi <= 0xfc; hi++) {
    if (hi >= 0xa0 && hi <= 0xdf) continue;
    for (let lo = 0x40; lo <= 0xfc; lo++) {
      const ch = dec.decode(Buffer.from([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`no Shift_JIS code for ${ch}`);
    out.push(...bytes);
  }
  return Buffer.from(out);
}

describe('text files in Windows encodings', () => {
  it('Japanese Windows (CP932) event export and reg query error are read, not refused', async () => {
    const ev = readFileSync(join(FIX, 'events', 'ja-sql.txt'), 'utf8').replace(/\n/g, '\r\n');
    const sj = shiftJis(ev);
    expect(sj.includes(Buffer.from('エラー', 'utf8'))).toBe(false);
    const r = ok(await readEvidenceBuffer('events.txt', sj));
    expect(r.observations.map((o) => o.code)).toEqual(['event-sql-encryption-init-failed']);
    expect(r.observations[0].detail.en).toContain('17826');
    const reg = ok(await readEvidenceBuffer('reg.txt', shiftJis(readFileSync(join(FIX, 'registry', 'q-ja-missing.txt'), 'utf8'))));
    expect(reg.observations.map((o) => o.code)).toEqual(['schannel-keys-absent']);
  });

  it('PowerShell 5 output redirected with > (UTF-16LE, BOM, CRLF)', async () => {
    const text = readFileSync(join(FIX, 'events', 'getwinevent-table.txt'), 'utf8').replace(/\n/g, '\r\n');
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = ok(await readEvidenceBuffer('events.txt', buf));
    expect(r.observations[0].detail.en).toContain('36874');
  });
});
