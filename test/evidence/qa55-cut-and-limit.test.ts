/**
 * QA55 #7: a capture cut right after the client's SYN (qa55/multi-cut.pcapng: a real loopback capture, `head -c 300`) says the
 * file was cut before any answer could be seen (capture again, save it whole), and gives no network verdict ("no answer came
 * back", "TCP does not connect"). A SYN left unanswered in a whole file, or retransmitted before the cut, still reads as before.
 * QA55 #9: a gzip bomb stopped at the unpacked-size limit leads with the limit, is not "cut short", and its zero-length
 * records are not counted as packets. EN/JA.
 */
import { gzipSync } from 'node:zlib';
import { readEvidenceBuffer, readEvidenceFile } from '../../src/evidence';
import { freshState, step } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import type { EvidenceReading } from '../../src/evidence/types';
import { findings, rendered } from '../conversation/helpers';
import { rawIpPcap } from './pcap-build';

const FIX = `${__dirname}/../fixtures/evidence`;
const codes = (r: EvidenceReading) => r.observations.map((o) => o.code);
const notes = (r: EvidenceReading) => (r.problems ?? []).map((p) => `${p.en}\n${p.ja}`).join('\n');

async function file(name: string): Promise<EvidenceReading> {
  const r = await readEvidenceFile(`${FIX}/${name}`);
  if (!r.ok) throw new Error(r.reason.en);
  return r.reading;
}

/** A raw IPv4 + TCP SYN from 10.0.0.1:cport to 10.0.0.2:443 at time t. */
function syn(t: number, cport: number, seq: number): { t: number; frame: Buffer } {
  const h = Buffer.alloc(20);
  h[0] = 0x45;
  h.writeUInt16BE(40, 2);
  h[8] = 64;
  h[9] = 6;
  Buffer.from([10, 0, 0, 1]).copy(h, 12);
  Buffer.from([10, 0, 0, 2]).copy(h, 16);
  const tcp = Buffer.alloc(20);
  tcp.writeUInt16BE(cport, 0);
  tcp.writeUInt16BE(443, 2);
  tcp.writeUInt32BE(seq, 4);
  tcp[12] = 5 << 4;
  tcp[13] = 0x02;
  tcp.writeUInt16BE(65535, 14);
  return { t, frame: Buffer.concat([h, tcp]) };
}
/** A pcap cut in the middle of its next record (the first 10 bytes of a record header). */
const cut = (b: Buffer) => Buffer.concat([b, Buffer.alloc(10)]);
const T0 = 1_700_000_000;

describe('QA55 #7: a capture cut right after the SYN', () => {
  it('the real capture (head -c 300): cut before any answer could be seen, no network verdict', async () => {
    const r = await file('qa55/multi-cut.pcapng');
    expect(codes(r)).toEqual(['capture-truncated']);
    const o = r.observations[0];
    expect(o.detail.en).toContain('cut before any answer could be seen');
    expect(o.detail.en).toContain('save the capture whole');
    expect(o.detail.en).not.toMatch(/no answer came back|did not complete/);
    expect(o.detail.ja).toContain('応答が写る前に切れている');
    expect(o.detail.ja).not.toContain('応答がまったくありません');
  });

  it('synthetic: a lone SYN and the file cut in the next record reads the same', async () => {
    const r = await readEvidenceBuffer('x.pcap', cut(rawIpPcap([syn(T0, 40001, 1000)])));
    if (!r.ok) throw new Error(r.reason.en);
    expect(codes(r.reading)).toEqual(['capture-truncated']);
  });

  it('control: the same SYN in a whole file is still "no answer came back"', async () => {
    const r = await readEvidenceBuffer('x.pcap', rawIpPcap([syn(T0, 40001, 1000)]));
    if (!r.ok) throw new Error(r.reason.en);
    expect(codes(r.reading)).toEqual(['capture-tcp-not-completed']);
    expect(r.reading.observations[0].detail.en).toContain('no answer came back');
  });

  it('control: a SYN retransmitted a second later, then the cut, is still "no answer came back"', async () => {
    const r = await readEvidenceBuffer('x.pcap', cut(rawIpPcap([syn(T0, 40001, 1000), syn(T0 + 1, 40001, 1000)])));
    if (!r.ok) throw new Error(r.reason.en);
    expect(codes(r.reading)).toEqual(['capture-tcp-not-completed']);
  });

  it.each(['en', 'ja'] as const)('%s chat: the card gives no network verdict and says the file was cut', async (lang) => {
    let s: ConversationState = freshState(lang);
    s = step(s, { kind: 'text', text: lang === 'en' ? 'TMS 15.13, CE 9.15, SQL 2016 on the TMS server, Windows 2019' : 'TMS 15.13、CE 9.15、TMS サーバ上の SQL 2016、Windows 2019 です' }).state;
    const r = step(s, { kind: 'evidence', source: 'multi-cut.pcapng', reading: await file('qa55/multi-cut.pcapng') });
    expect(findings(r)).not.toContain('evidence-tcp-unreachable');
    const out = rendered(r);
    expect(out).toContain(lang === 'en' ? 'cut before any answer could be seen' : '応答が写る前に切れている');
    expect(out).not.toContain(lang === 'en' ? 'no answer came back' : '応答がまったくありません');
  });
});

describe('QA55 #9: a gzip bomb stopped at the unpacked-size limit', () => {
  // A pcap header and 16 MB of zeros (zero-length records), read with a 4 MB limit.
  const head = rawIpPcap([]);
  const bomb = gzipSync(Buffer.concat([head, Buffer.alloc(16 * 1024 * 1024)]));
  it('leads with the limit, is not "cut short", and counts no zero-length record as a packet', async () => {
    const r = await readEvidenceBuffer('bomb.pcap.gz', bomb, { maxBytes: 4 * 1024 * 1024 });
    if (!r.ok) throw new Error(r.reason.en);
    const o = r.reading.observations[0];
    expect(r.reading.observations).toHaveLength(1);
    expect(o.detail.en).toMatch(/^Reading stopped at the 4 MB limit on the unpacked size/);
    expect(o.detail.ja).toMatch(/^展開後のサイズの上限（4 MB）に達したため/);
    expect(o.detail.en).toContain('holds no packets');
    expect(o.detail.en).not.toMatch(/holds \d[\d,]* packets/);
    expect(o.detail.en).toMatch(/\d[\d,]* records of zero length \(no packet data\)/);
    expect(o.detail.en).not.toMatch(/Was it taken on the TMS server/);
    expect(notes(r.reading)).toMatch(/unpacks to more than 4 MB/);
    expect(notes(r.reading)).not.toMatch(/cut short|途中で切れて/);
  });

  it('control: a capture cut short (not stopped by a limit) still says so', async () => {
    const r = await readEvidenceBuffer('x.pcap', cut(rawIpPcap([syn(T0, 40001, 1000), syn(T0 + 1, 40001, 1000)])));
    if (!r.ok) throw new Error(r.reason.en);
    expect(notes(r.reading)).toMatch(/cut short/);
  });
});
