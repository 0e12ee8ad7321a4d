import fc from 'fast-check';
import { PROTOCOL_KEYS, buildClientHello, sniAllowed, summariseClientHello } from '../../src/probe/wire/clienthello';
import { HRR_RANDOM, ServerResponseReader, parseServerResponse, type ServerResponse } from '../../src/probe/wire/records';
import { buildServerHello } from '../../src/probe/sim';

/** Walks a ClientHello record and returns its fields (independent of the code under test). */
function dissect(rec: Buffer) {
  expect(rec[0]).toBe(22);
  const recordVersion = rec.readUInt16BE(1);
  expect(rec.readUInt16BE(3)).toBe(rec.length - 5);
  const hs = rec.subarray(5);
  expect(hs[0]).toBe(1);
  expect((hs[1] << 16) | (hs[2] << 8) | hs[3]).toBe(hs.length - 4);
  const b = hs.subarray(4);
  let p: number;
  const legacy = b.readUInt16BE(0);
  p = 34;
  const sid = b[p];
  p += 1 + sid;
  const suitesLen = b.readUInt16BE(p);
  const suites: number[] = [];
  for (let i = 0; i < suitesLen; i += 2) suites.push(b.readUInt16BE(p + 2 + i));
  p += 2 + suitesLen;
  const comp = b.subarray(p + 1, p + 1 + b[p]);
  p += 1 + b[p];
  const exts = new Map<number, Buffer>();
  if (p < b.length) {
    const end = p + 2 + b.readUInt16BE(p);
    expect(end).toBe(b.length);
    p += 2;
    while (p < end) {
      const t = b.readUInt16BE(p);
      const l = b.readUInt16BE(p + 2);
      exts.set(t, b.subarray(p + 4, p + 4 + l));
      p += 4 + l;
    }
    expect(p).toBe(end);
  }
  return { recordVersion, legacy, sid, suites, comp, exts, length: hs.length };
}

describe('hand-built ClientHello', () => {
  it.each(PROTOCOL_KEYS.map((k) => [k]))('%s is well formed and offers exactly that version', (key) => {
    const d = dissect(buildClientHello(key, { serverName: 'codec.example.local' }));
    const wire = { ssl3: 0x0300, 'tls1.0': 0x0301, 'tls1.1': 0x0302, 'tls1.2': 0x0303, 'tls1.3': 0x0303 }[key];
    expect(d.legacy).toBe(wire);
    expect(d.recordVersion).toBe(key === 'ssl3' ? 0x0300 : 0x0301);
    expect([...d.comp]).toEqual([0]);
    if (key === 'ssl3') {
      expect(d.exts.size).toBe(0);
      expect(d.suites).toContain(0x00ff); // renegotiation SCSV instead of the extension
      expect(d.suites).toContain(0x000a); // 3DES
      expect(d.suites).toContain(0x0005); // RC4
    } else {
      expect(d.exts.get(0x0000)!.subarray(5).toString()).toBe('codec.example.local');
      expect(d.exts.has(0x000a)).toBe(true); // supported_groups
      expect(d.exts.has(0x000b)).toBe(true); // ec_point_formats
      expect(d.exts.has(0x000d)).toBe(key === 'tls1.2' || key === 'tls1.3'); // signature_algorithms
      expect(d.suites).not.toContain(0x5600); // never the fallback SCSV: it would make servers refuse
    }
    if (key === 'tls1.3') {
      expect([...d.exts.get(0x002b)!]).toEqual([2, 0x03, 0x04]); // supported_versions: only 1.3
      const ks = d.exts.get(0x0033)!;
      expect(ks.readUInt16BE(2)).toBe(0x001d); // x25519
      expect(ks.readUInt16BE(4)).toBe(32);
      expect(d.suites.slice(0, 3)).toEqual([0x1301, 0x1302, 0x1303]);
      expect(d.sid).toBe(32);
    } else {
      expect(d.exts.has(0x002b)).toBe(false);
      if (key !== 'ssl3') expect(d.exts.has(0xff01)).toBe(true); // renegotiation_info
    }
    if (key === 'tls1.2') expect(d.suites).toEqual(expect.arrayContaining([0xc02f, 0xc030, 0x009c, 0x002f, 0x000a]));
    if (key === 'tls1.0' || key === 'tls1.1') expect(d.suites).toEqual(expect.arrayContaining([0xc014, 0x002f, 0x000a, 0x0005]));
    expect(d.length < 256 || d.length >= 512).toBe(true); // padded out of the 256..511 range
  });

  it('never sends SNI for IP literals', () => {
    for (const name of ['10.1.2.3', '::1', 'fd00::1', '127.1', '2130706433', null, '']) {
      expect(sniAllowed(name)).toBe(false);
      for (const k of PROTOCOL_KEYS) expect(dissect(buildClientHello(k, { serverName: name })).exts.has(0)).toBe(false);
    }
    expect(sniAllowed('localhost')).toBe(true);
  });

  it('summariseClientHello reads the highest offered version', () => {
    expect(summariseClientHello(buildClientHello('tls1.0'))).toMatchObject({ legacyVersion: 0x0301, maxVersion: 0x0301 });
    expect(summariseClientHello(buildClientHello('tls1.3', { serverName: 'a.b' }))).toMatchObject({ maxVersion: 0x0304, serverName: 'a.b' });
    expect(summariseClientHello(Buffer.from('GET / HTTP/1.1\r\n'))).toBeNull();
  });
});

function feedInChunks(buf: Buffer, sizes: number[]): ServerResponse {
  const r = new ServerResponseReader();
  let p = 0;
  let i = 0;
  let out: ServerResponse = { kind: 'incomplete' };
  while (p < buf.length) {
    const n = Math.max(1, sizes.length ? sizes[i++ % sizes.length] : buf.length);
    out = r.push(buf.subarray(p, p + n));
    p += n;
  }
  return out.kind === 'incomplete' ? r.end() : out;
}

describe('server response parser', () => {
  it('reads ServerHello versions, also byte by byte', () => {
    for (const v of [0x0300, 0x0301, 0x0302, 0x0303]) {
      const sh = buildServerHello(v, { cipher: 0xc02f });
      for (const sizes of [[], [1], [3, 7]]) {
        const r = feedInChunks(sh, sizes);
        expect(r).toMatchObject({ kind: 'serverHello', hello: { version: v, legacyVersion: v, cipherSuite: 0xc02f, helloRetryRequest: false } });
      }
    }
  });

  it('takes the TLS 1.3 version from supported_versions and recognises a HelloRetryRequest', () => {
    const sh = buildServerHello(0x0303, { supportedVersion: 0x0304, cipher: 0x1301 });
    expect(parseServerResponse(sh)).toMatchObject({ kind: 'serverHello', hello: { legacyVersion: 0x0303, version: 0x0304, extensions: [0x002b] } });
    const hrr = buildServerHello(0x0303, { supportedVersion: 0x0304, cipher: 0x1301, random: HRR_RANDOM });
    expect(parseServerResponse(hrr)).toMatchObject({ kind: 'serverHello', hello: { version: 0x0304, helloRetryRequest: true } });
  });

  it('reassembles a ServerHello split over several records', () => {
    const sh = buildServerHello(0x0303, { supportedVersion: 0x0304 });
    const msg = sh.subarray(5);
    const rec = (part: Buffer) => Buffer.concat([Buffer.from([22, 3, 3, 0, part.length]), part]);
    const split = Buffer.concat([rec(msg.subarray(0, 2)), rec(msg.subarray(2, 40)), rec(msg.subarray(40))]);
    expect(parseServerResponse(split)).toMatchObject({ kind: 'serverHello', hello: { version: 0x0304 } });
  });

  it('reads alerts', () => {
    expect(parseServerResponse(Buffer.from([21, 3, 1, 0, 2, 2, 70]))).toEqual({ kind: 'alert', level: 2, description: 70, name: 'protocol_version' });
    expect(parseServerResponse(Buffer.from([21, 3, 0, 0, 2, 2, 40]))).toMatchObject({ name: 'handshake_failure' });
    expect(parseServerResponse(Buffer.from([21, 3, 3, 0, 2, 2, 250]))).toMatchObject({ name: 'alert 250' });
  });

  it('tells HTTP and other bytes from TLS at once', () => {
    expect(parseServerResponse(Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n'))).toMatchObject({ kind: 'notTls', http: true });
    expect(parseServerResponse(Buffer.from('HT'))).toEqual({ kind: 'incomplete' });
    expect(parseServerResponse(Buffer.from('HT'), true)).toMatchObject({ kind: 'notTls', http: true });
    expect(parseServerResponse(Buffer.from('SSH-2.0-OpenSSH\r\n'))).toMatchObject({ kind: 'notTls', http: false });
    expect(parseServerResponse(Buffer.from([22, 2, 0]))).toMatchObject({ kind: 'notTls' });
    expect(parseServerResponse(Buffer.from([0]))).toMatchObject({ kind: 'notTls' });
  });

  it('refuses absurd lengths without waiting for them', () => {
    expect(parseServerResponse(Buffer.from([22, 3, 1, 0xff, 0xff]))).toMatchObject({ kind: 'protocolError', reason: expect.stringMatching(/record length/) });
    expect(parseServerResponse(Buffer.from([22, 3, 3, 0, 4, 2, 0xff, 0xff, 0xff]))).toMatchObject({ kind: 'protocolError', reason: expect.stringMatching(/16777215/) });
    expect(parseServerResponse(Buffer.from([22, 3, 3, 0, 4, 11, 0, 0, 0]))).toMatchObject({ kind: 'protocolError', reason: expect.stringMatching(/type 11/) });
    expect(parseServerResponse(Buffer.from([23, 3, 3, 0, 1, 0]))).toMatchObject({ kind: 'protocolError' });
  });

  it('caps the bytes it accepts per attempt', () => {
    // a 60000-byte ServerHello claim (under the message cap), fed forever: stops at 64 KB
    const r = new ServerResponseReader(65536);
    expect(r.push(Buffer.from([22, 3, 3, 0x40, 0x00, 2, 0x00, 0xea, 0x60])).kind).toBe('incomplete');
    let out: ServerResponse = r.push(Buffer.alloc(0x4000 - 4));
    let records = 0;
    while (out.kind === 'incomplete' && records < 100) {
      out = r.push(Buffer.concat([Buffer.from([22, 3, 3, 0x40, 0x00]), Buffer.alloc(0x4000)]));
      records++;
    }
    expect(out).toMatchObject({ kind: 'protocolError' });
    expect(records).toBeLessThan(5);
  });

  it('reports a truncated record when the peer closes mid-way', () => {
    const sh = buildServerHello(0x0303);
    expect(parseServerResponse(sh.subarray(0, 20), true)).toMatchObject({ kind: 'protocolError', reason: expect.stringMatching(/closed/) });
    expect(parseServerResponse(Buffer.alloc(0), true)).toEqual({ kind: 'incomplete' });
  });

  it('fuzz: 100,000 random and mutated responses never throw', () => {
    const kinds = new Set(['incomplete', 'serverHello', 'alert', 'notTls', 'protocolError']);
    const seeds = [
      buildServerHello(0x0303, { cipher: 0xc02f }),
      buildServerHello(0x0303, { supportedVersion: 0x0304 }),
      buildServerHello(0x0300, { recordVersion: 0x0300 }),
      buildServerHello(0x0303, { supportedVersion: 0x0304, random: HRR_RANDOM }),
      Buffer.from([21, 3, 1, 0, 2, 2, 70]),
      Buffer.from('HTTP/1.1 301 Moved\r\n\r\n'),
    ];
    const check = (buf: Buffer, sizes: number[], eof: boolean) => {
      const r = new ServerResponseReader(4096);
      let out: ServerResponse = { kind: 'incomplete' };
      let p = 0;
      let i = 0;
      while (p < buf.length) {
        const n = Math.max(1, sizes[i++ % sizes.length] ?? buf.length);
        out = r.push(buf.subarray(p, p + n));
        p += n;
      }
      if (eof) out = r.end();
      if (!kinds.has(out.kind)) throw new Error(`unexpected kind ${out.kind}`);
      // the reader's last-resort catch must never be what stopped the parse
      if (out.kind === 'protocolError' && out.reason.startsWith('unparseable')) throw new Error(out.reason);
      if (out.kind === 'serverHello' && !(out.hello.version >= 0 && out.hello.version <= 0xffff)) throw new Error('bad version');
    };
    const random = fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 4 }), fc.boolean());
    fc.assert(
      fc.property(random, ([bytes, sizes, eof]) => {
        check(Buffer.from(bytes), sizes, eof);
      }),
      { numRuns: 40_000 },
    );
    // TLS-looking prefixes, so the fuzz reaches past the first header check
    const tlsish = fc.tuple(fc.constantFrom(20, 21, 22, 23), fc.integer({ min: 0, max: 4 }), fc.uint8Array({ maxLength: 200 }), fc.boolean());
    fc.assert(
      fc.property(tlsish, ([type, minor, rest, eof]) => {
        const body = Buffer.from(rest);
        check(Buffer.concat([Buffer.from([type, 3, minor, body.length >> 8, body.length & 0xff]), body]), [7], eof);
      }),
      { numRuns: 20_000 },
    );
    const mutated = fc.tuple(
      fc.constantFrom(...seeds),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
      fc.nat({ max: 120 }),
      fc.array(fc.integer({ min: 1, max: 16 }), { minLength: 1, maxLength: 3 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(mutated, ([seed, flips, cut, sizes, eof]) => {
        const b = Buffer.from(seed);
        for (const [pos, val] of flips) b[pos % b.length] = val;
        check(b.subarray(0, Math.max(1, b.length - (cut % b.length))), sizes, eof);
      }),
      { numRuns: 40_000 },
    );
  });
});
