import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readEvidenceBuffer, readEvidenceFile, type EvidenceFileResult } from '../../src/evidence';
import type { EvidenceReading } from '../../src/evidence/types';
import { readClientHello, buildClientHello } from '../../src/probe/wire/clienthello';
import { rawIpPcap } from './pcap-build';

const FIX = `${__dirname}/../fixtures/evidence`;
const codes = (r: EvidenceReading) => r.observations.map((o) => o.code);
function ok(r: EvidenceFileResult): EvidenceReading {
  if (!r.ok) throw new Error(`not read: ${r.reason.en}`);
  return r.reading;
}

const SYMPTOM = ['capture-clienthello-tls10-only', 'capture-reset-after-clienthello', 'capture-http-301-fallback'];

describe('captures made by scripts/make-captures.sh (real openssl/tcpdump on loopback)', () => {
  it.each([
    ['tls10-reset-http301.pcap', 'pcap'],
    ['tls10-reset-http301.pcap.gz', 'pcap'],
    ['tls10-reset-http301-be-ns.pcap', 'pcap'],
    ['tls10-reset-http301-raw.pcap', 'pcap'],
    ['tls10-reset-http301-null.pcap', 'pcap'],
    ['tls10-reset-http301-sll.pcap', 'pcap'],
    ['tls10-reset-http301-sll2.pcap', 'pcap'],
  ])('%s: the TMS symptom — TLS 1.0-only hello reset, then GET /tcs/systemunit.xml answered 301', async (file, kind) => {
    const r = ok(await readEvidenceFile(`${FIX}/${file}`));
    expect(r.kind).toBe(kind);
    expect(codes(r)).toEqual(SYMPTOM);
    expect(r.observations[0].detail.en).toBe('127.0.0.1 → 127.77.0.1:443: the ClientHello offered TLS 1.0 only (client_version 0x0301); the server reset the connection (RST)');
    expect(r.observations[0].detail.ja).toContain('リセット');
    expect(r.observations[2].detail.en).toContain('GET /tcs/systemunit.xml');
    expect(r.observations[2].detail.en).toContain('https://127.77.0.1/tcs/systemunit.xml');
    expect(r.problems ?? []).toEqual([]);
  });

  it('pcapng: s_server refusing TLS 1.0 (alert 70) and accepting TLS 1.2 (record layer 0x0301, client_version 0x0303)', async () => {
    const r = ok(await readEvidenceFile(`${FIX}/tls10-alert-tls12-accepted.pcapng`));
    expect(r.kind).toBe('pcapng');
    expect(codes(r)).toEqual(['capture-clienthello-tls10-only', 'capture-alert-after-clienthello', 'capture-clienthello-tls12', 'capture-serverhello']);
    expect(r.observations[1].detail.en).toContain('protocol_version, 70');
    expect(r.observations[2].detail.en).toContain('the server accepted TLS 1.2');
  });

  it('pcapng: a TLS 1.0-only server answering a TLS 1.2 offer, and the client refusing that version (alert 70), is not "accepted"', async () => {
    // /tmp/qa8/cap-b: openssl s_client -tls1 and -tls1_2 against an s_server held to TLS 1.0, port 14444.
    const r = ok(await readEvidenceBuffer('cap.pcapng', readFileSync(`${FIX}/tls10-only-server-client-alert70.pcapng`), { tlsPorts: [14444] }));
    expect(codes(r)).toEqual(['capture-clienthello-tls10-only', 'capture-serverhello', 'capture-clienthello-tls12', 'capture-client-refused-version']);
    expect(r.observations[3].detail.en).toBe(
      '127.0.0.1 → 127.0.0.1:14444: the server could do only TLS 1.0 (its ServerHello chose it) and the client refused it with alert 70 (protocol_version)',
    );
    expect(r.observations[2].detail.en).not.toContain('accepted');
    expect(r.observations[3].detail.ja).toContain('クライアントがそれをアラート 70');
  });

  it('pcapng with two interfaces (IPv6 loopback Ethernet + IPv4 SLL2)', async () => {
    const r = ok(await readEvidenceFile(`${FIX}/two-interfaces.pcapng`));
    expect(codes(r)).toEqual(['capture-clienthello-tls12', 'capture-serverhello', 'capture-clienthello-tls10-only', 'capture-reset-after-clienthello']);
    expect(r.observations[0].subject).toBe('::1 → [::1]:443');
  });

  it('TCP completed, no ClientHello', async () => {
    const r = ok(await readEvidenceFile(`${FIX}/no-clienthello.pcap`));
    expect(codes(r)).toEqual(['capture-no-clienthello']);
    expect(r.observations[0].detail.en).toBe('127.0.0.1 → 127.77.0.1:443: TCP connected, but the client sent no ClientHello');
  });

  it('a ClientHello split over two TCP segments is reassembled', async () => {
    const r = ok(await readEvidenceFile(`${FIX}/split-clienthello.pcap`));
    expect(codes(r)).toEqual(['capture-clienthello-tls12', 'capture-serverhello']);
  });

  it('another port is read as TLS only when named; TLS seen there and on no port read is named in a note', async () => {
    const buf = readFileSync(`${FIX}/tls10-reset-http301.pcap`);
    // Rewrite port 443 to 8443 in every TCP header (Ethernet 14 + IPv4 20).
    const b = Buffer.from(buf);
    for (let p = 24; p + 16 <= b.length; ) {
      const incl = b.readUInt32LE(p + 8);
      const tcp = p + 16 + 14 + 20;
      for (const o of [tcp, tcp + 2]) if (b.readUInt16BE(o) === 443) b.writeUInt16BE(8443, o);
      p += 16 + incl;
    }
    // Not named: nothing on 443, ClientHellos on 8443 only: not read (it may be another service), the note names the port.
    const unnamed = ok(await readEvidenceBuffer('x.pcap', b));
    expect(codes(unnamed)).toEqual(['capture-http-301-fallback']);
    expect((unnamed.problems ?? []).map((p) => p.en).join('\n')).toMatch(/ClientHellos were on port 8443\b.*--port 8443/);
    const named = ok(await readEvidenceBuffer('x.pcap', b, { tlsPorts: [8443] }));
    expect(codes(named)).toEqual(SYMPTOM);
    expect(named.observations[0].subject).toBe('127.0.0.1 → 127.77.0.1:8443');
  });
});

describe('QA round 8 #15: a capture with no packets', () => {
  it('says it holds no packets at all, not "0 packets but no connection"', async () => {
    const header = Buffer.from('d4c3b2a1020004000000000000000000ffff000001000000', 'hex');
    const r = ok(await readEvidenceBuffer('empty.pcap', header));
    expect(codes(r)).toEqual(['capture-no-tls-traffic']);
    expect(r.observations[0].detail.en).toMatch(/^The capture holds no packets at all\./);
    expect(r.observations[0].detail.en).toContain('port 443 or 80');
    expect(r.observations[0].detail.ja).toMatch(/^キャプチャにはパケットが 1 つもありません/);
  });
});

describe('hostile and broken files', () => {
  const good = readFileSync(`${FIX}/tls10-reset-http301.pcap`);

  it('truncated: what came before is read and the cut is named', async () => {
    const r = ok(await readEvidenceBuffer('t.pcap', good.subarray(0, good.length - 30)));
    expect((r.problems ?? []).map((p) => p.en).join(' ')).toMatch(/middle of a packet/);
  });

  it('a lying record length stops the reading with a reason', async () => {
    const b = Buffer.from(good);
    b.writeUInt32LE(0x7fffffff, 24 + 8);
    const r = ok(await readEvidenceBuffer('l.pcap', b));
    expect(r.problems?.[0].en).toMatch(/claims 2147483647 bytes/);
    expect(r.problems?.[0].ja).toMatch(/バイト/);
  });

  it('a pcapng with a lying block length', async () => {
    const b = Buffer.from(readFileSync(`${FIX}/tls10-alert-tls12-accepted.pcapng`));
    b.writeUInt32LE(13, 4);
    const r = ok(await readEvidenceBuffer('l.pcapng', b));
    expect(r.problems?.[0].en).toMatch(/impossible length/);
  });

  it('wrong magic, empty, binary garbage, .evtx and zip get clear answers', async () => {
    const bad = async (buf: Buffer) => {
      const r = await readEvidenceBuffer('f', buf);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.reason.en;
    };
    expect(await bad(Buffer.alloc(0))).toMatch(/empty/);
    expect(await bad(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))).toMatch(/cannot tell what this file is/);
    expect(await bad(Buffer.from('ElfFile\u0000' + '\u0000'.repeat(100), 'latin1'))).toMatch(/\.evtx/);
    expect(await bad(Buffer.from('PK\u0003\u0004' + '\u0000'.repeat(100), 'latin1'))).toMatch(/ZIP/);
    expect(await bad(Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7]))).toMatch(/damaged|gzip/);
  });

  it('a zip bomb stops at the size cap', async () => {
    const bomb = gzipSync(Buffer.concat([good.subarray(0, 24), Buffer.alloc(64 * 1024 * 1024)])); // a pcap header and 64 MB of zeros, ~64 KB packed
    const r = await readEvidenceBuffer('bomb.gz', bomb, { maxBytes: 4 * 1024 * 1024 });
    const reason = r.ok ? r.reading.problems?.map((p) => p.en).join(' ') : r.reason.en;
    expect(reason).toMatch(/unpacks to more than 4 MB/);
  });

  it('endless segments on one connection stay bounded', async () => {
    // 3000 full-size segments of client data on one 443 connection after a hello-less handshake.
    const frames: Buffer[] = [];
    const ip = (payload: Buffer, seq: number, flags: number, fromClient = true) => {
      const tcp = Buffer.alloc(20);
      tcp.writeUInt16BE(fromClient ? 40000 : 443, 0);
      tcp.writeUInt16BE(fromClient ? 443 : 40000, 2);
      tcp.writeUInt32BE(seq, 4);
      tcp[12] = 5 << 4;
      tcp[13] = flags;
      const h = Buffer.alloc(20);
      h[0] = 0x45;
      h.writeUInt16BE(20 + 20 + payload.length, 2);
      h[9] = 6;
      Buffer.from(fromClient ? [10, 0, 0, 1] : [10, 0, 0, 2]).copy(h, 12);
      Buffer.from(fromClient ? [10, 0, 0, 2] : [10, 0, 0, 1]).copy(h, 16);
      return Buffer.concat([h, tcp, payload]);
    };
    frames.push(ip(Buffer.alloc(0), 1000, 0x02), ip(Buffer.alloc(0), 5000, 0x12, false), ip(Buffer.alloc(0), 1001, 0x10));
    // A record header promising a ClientHello, then endless bytes.
    frames.push(ip(Buffer.from([22, 3, 1, 0x40, 0, 1, 0, 0x3f, 0xfc]), 1001, 0x18));
    let seq = 1010;
    const chunk = Buffer.alloc(1400, 0x41);
    for (let i = 0; i < 3000; i++, seq += 1400) frames.push(ip(chunk, seq, 0x18));
    const r = ok(await readEvidenceBuffer('endless.pcap', rawIpPcap(frames.map((frame) => ({ frame })))));
    expect(codes(r)).toEqual(['capture-no-clienthello']);
    expect(r.observations[0].detail.en).toContain('not a TLS ClientHello');
  });

  it('fuzzed captures never throw', async () => {
    let seed = 1;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
    const base = [good, readFileSync(`${FIX}/tls10-alert-tls12-accepted.pcapng`)];
    for (let i = 0; i < 200; i++) {
      const b = Buffer.from(base[i % 2]);
      for (let k = 0; k < 10; k++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
      const r = await readEvidenceBuffer('fuzz', b.subarray(0, Math.floor(rnd() * b.length)));
      expect(typeof r.ok).toBe('boolean');
    }
  });
});

describe('readClientHello (shared with the probe)', () => {
  it('reads a hello split over records and over arbitrary cuts', () => {
    const rec = buildClientHello('tls1.3', { serverName: 'a.example' });
    const msg = rec.subarray(5);
    // Two records carrying halves of the handshake message.
    const half = Math.floor(msg.length / 2);
    const two = Buffer.concat([Buffer.from([22, 3, 1, 0, half]), msg.subarray(0, half), Buffer.from([22, 3, 1, (msg.length - half) >> 8, (msg.length - half) & 0xff]), msg.subarray(half)]);
    for (const b of [rec, two]) {
      const r = readClientHello(b);
      expect(r).toMatchObject({ kind: 'clientHello', hello: { legacyVersion: 0x0303, maxVersion: 0x0304, serverName: 'a.example' } });
      for (let cut = 0; cut < b.length; cut += 7) expect(readClientHello(b.subarray(0, cut)).kind).toBe('incomplete');
    }
    expect(readClientHello(Buffer.from('GET / HTTP/1.1\r\n'))).toMatchObject({ kind: 'other', tls: false });
  });
});

describe('captures that do not hold what the client sent (QA round 8: real tcpdump on loopback)', () => {
  it('tcpdump -s 90: the cut ClientHello is not "no ClientHello"; the RST and the snap length are said', async () => {
    const r = ok(await readEvidenceFile(`${FIX}/tls10-snaplen90-reset.pcap`));
    expect(codes(r)).toEqual(['capture-truncated']);
    expect(r.observations[0].detail.en).toBe('127.0.0.1 → 127.0.0.1:443: the client sent 104 bytes, but the capture cut each packet at 90 bytes, so its ClientHello cannot be read; the server then reset the connection (RST). Capture again without a size limit (tcpdump -s 0; in Wireshark, no packet size limit)');
    expect(r.observations[0].detail.ja).toContain('90 バイトで切っている');
    expect(r.observations[0].detail.ja).toContain('tcpdump -s 0');
  });

  it('a file cut short while the connection was open (head -c 300): whether a hello was sent is not known', async () => {
    const r = ok(await readEvidenceFile(`${FIX}/tls10-file-cut-after-handshake.pcap`));
    expect(codes(r)).toEqual(['capture-truncated']);
    expect(r.observations[0].detail.en).toContain('it cannot show whether a ClientHello was sent');
    expect((r.problems ?? []).map((p) => p.en).join(' ')).toContain('ends in the middle of a packet');
  });

  it('a whole capture of a connection with no client data still reads as no ClientHello', async () => {
    const r = ok(await readEvidenceFile(`${FIX}/no-clienthello.pcap`));
    expect(codes(r)).toContain('capture-no-clienthello');
  });
});
