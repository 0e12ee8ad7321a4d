/**
 * Hand-built ClientHello messages, one per protocol version, independent of what the local
 * OpenSSL is willing to speak. Each hello offers exactly one version (so the ServerHello tells
 * whether THAT version is accepted) with a broad cipher list suited to the era of that version.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { parseAddress } from '../policy';
import type { ProtocolKey } from '../types';
import { forEachExtension } from './records';

export const PROTOCOL_KEYS: readonly ProtocolKey[] = ['ssl3', 'tls1.0', 'tls1.1', 'tls1.2', 'tls1.3'];

/** Wire version of each protocol (TLS 1.3 is 0x0304 in supported_versions). */
export const WIRE_VERSION: Record<ProtocolKey, number> = {
  ssl3: 0x0300,
  'tls1.0': 0x0301,
  'tls1.1': 0x0302,
  'tls1.2': 0x0303,
  'tls1.3': 0x0304,
};

export { PROTOCOL_LABEL } from '../output-words';
import { PROTOCOL_LABEL } from '../output-words';

export function versionName(v: number): string {
  for (const k of PROTOCOL_KEYS) if (WIRE_VERSION[k] === v) return PROTOCOL_LABEL[k];
  return `0x${v.toString(16).padStart(4, '0')}`;
}

// Cipher suites (IANA numbers).
/** CBC/stream suites usable from SSL 3.0 to TLS 1.1: ECDHE, DHE and plain RSA; AES, 3DES, RC4, Camellia, SEED, DES. */
const LEGACY_SUITES = [
  0xc014, 0xc00a, 0xc013, 0xc009, // ECDHE-RSA/ECDSA-AES256/128-SHA
  0x0039, 0x0033, // DHE-RSA-AES256/128-SHA
  0x0035, 0x002f, // AES256/128-SHA
  0x0088, 0x0045, 0x0084, 0x0041, // Camellia
  0x0096, // SEED-SHA
  0xc012, 0xc008, 0x0016, 0x000a, // 3DES (ECDHE-RSA, ECDHE-ECDSA, DHE-RSA, RSA)
  0xc011, 0xc007, 0x0005, 0x0004, // RC4 (ECDHE-RSA, ECDHE-ECDSA, RSA-SHA, RSA-MD5)
  0x0015, 0x0009, // DES (DHE-RSA, RSA)
  0x0032, 0x0038, 0x0013, // DHE-DSS
];

/** TLS 1.2 AEAD and SHA-2 suites, offered before the legacy ones. */
const TLS12_SUITES = [
  0xc02b, 0xc02f, 0xc02c, 0xc030, // ECDHE-ECDSA/RSA-AES-GCM
  0xcca9, 0xcca8, // ChaCha20-Poly1305
  0x009e, 0x009f, 0xccaa, // DHE-RSA-AES-GCM, DHE ChaCha
  0xc023, 0xc027, 0xc024, 0xc028, // ECDHE-*-AES-SHA256/384
  0x0067, 0x006b, // DHE-RSA-AES-SHA256
  0x009c, 0x009d, 0x003c, 0x003d, // RSA-AES-GCM, RSA-AES-SHA256
  0xc0ac, 0xc0ad, 0xc09e, 0xc09f, 0xc09c, 0xc09d, // AES-CCM (ECDHE-ECDSA, DHE-RSA, RSA)
  0xc076, 0xc077, 0xc072, 0xc073, // ECDHE Camellia-SHA256/384
];

const TLS13_SUITES = [0x1301, 0x1302, 0x1303, 0x1304, 0x1305];

const EMPTY_RENEGOTIATION_INFO_SCSV = 0x00ff;

/** Named groups: x25519, P-256, P-384, P-521, x448, ffdhe2048/3072. */
const GROUPS = [0x001d, 0x0017, 0x0018, 0x0019, 0x001e, 0x0100, 0x0101];
/** Older servers only know the NIST curves. */
const LEGACY_GROUPS = [0x0017, 0x0018, 0x0019, 0x001d];

const SIGNATURE_ALGORITHMS = [
  0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0603, 0x0806, 0x0601, // ECDSA, RSA-PSS, PKCS#1
  0x0807, 0x0808, 0x0809, 0x080a, 0x080b, // Ed25519, Ed448, RSA-PSS-PSS
  0x0303, 0x0301, 0x0302, 0x0203, 0x0201, 0x0202, // SHA-224 / SHA-1 variants, for old certificates
];

function u8(n: number): Buffer {
  return Buffer.from([n & 0xff]);
}
function u16(n: number): Buffer {
  return Buffer.from([(n >> 8) & 0xff, n & 0xff]);
}
function u24(n: number): Buffer {
  return Buffer.from([(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
}
function vec8(b: Buffer): Buffer {
  return Buffer.concat([u8(b.length), b]);
}
function vec16(b: Buffer): Buffer {
  return Buffer.concat([u16(b.length), b]);
}
function list16(values: number[]): Buffer {
  return Buffer.concat(values.map(u16));
}
function ext(type: number, body: Buffer): Buffer {
  return Buffer.concat([u16(type), vec16(body)]);
}

export interface ClientHelloOptions {
  /** DNS host name for SNI; never set for IP literals. */
  serverName?: string | null;
  /** For tests: fixed random / session id / key share. */
  random?: Buffer;
  sessionId?: Buffer;
  x25519PublicKey?: Buffer;
}

/** A fresh X25519 public key (32 bytes) for the TLS 1.3 key_share. */
export function x25519PublicKey(): Buffer {
  const { publicKey } = generateKeyPairSync('x25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return Buffer.from(der.subarray(der.length - 32));
}

/** True when `name` may go into SNI (a DNS name, not an IP literal). */
export function sniAllowed(name: string | null | undefined): name is string {
  if (!name || parseAddress(name) !== null) return false;
  return /^[a-zA-Z0-9_-]+(\.[a-zA-Z0-9_-]+)*$/.test(name) && name.length <= 253;
}

/** The ClientHello handshake message body (without record header). */
export function clientHelloMessage(version: ProtocolKey, opts: ClientHelloOptions = {}): Buffer {
  const legacyVersion = version === 'tls1.3' ? 0x0303 : WIRE_VERSION[version];
  const random = opts.random ?? randomBytes(32);
  const sessionId = opts.sessionId ?? (version === 'tls1.3' ? randomBytes(32) : Buffer.alloc(0));

  let suites: number[];
  if (version === 'tls1.3') suites = [...TLS13_SUITES, ...TLS12_SUITES.slice(0, 6)];
  else if (version === 'tls1.2') suites = [...TLS12_SUITES, ...LEGACY_SUITES];
  else suites = [...LEGACY_SUITES];
  if (version !== 'tls1.3') suites.push(EMPTY_RENEGOTIATION_INFO_SCSV);

  const exts: Buffer[] = [];
  if (version !== 'ssl3') {
    const sni = sniAllowed(opts.serverName) ? opts.serverName : null;
    if (sni) {
      const name = Buffer.from(sni, 'ascii');
      exts.push(ext(0x0000, vec16(Buffer.concat([u8(0), vec16(name)]))));
    }
    exts.push(ext(0x000a, vec16(list16(version === 'tls1.2' || version === 'tls1.3' ? GROUPS : LEGACY_GROUPS))));
    exts.push(ext(0x000b, vec8(Buffer.from([0])))); // ec_point_formats: uncompressed
    if (version === 'tls1.2' || version === 'tls1.3') {
      exts.push(ext(0x000d, vec16(list16(SIGNATURE_ALGORITHMS))));
    }
    exts.push(ext(0x0017, Buffer.alloc(0))); // extended_master_secret
    exts.push(ext(0x0023, Buffer.alloc(0))); // session_ticket
    if (version === 'tls1.3') {
      exts.push(ext(0x002b, vec8(list16([0x0304])))); // supported_versions: 1.3 only
      exts.push(ext(0x002d, vec8(Buffer.from([1])))); // psk_key_exchange_modes: psk_dhe_ke
      const pub = opts.x25519PublicKey ?? x25519PublicKey();
      exts.push(ext(0x0033, vec16(Buffer.concat([u16(0x001d), vec16(pub)])))); // key_share
    } else {
      exts.push(ext(0xff01, vec8(Buffer.alloc(0)))); // renegotiation_info (empty)
    }
  }

  const head = Buffer.concat([u16(legacyVersion), random, vec8(sessionId), vec16(list16(suites)), vec8(Buffer.from([0]))]);
  let extBlock = Buffer.concat(exts);
  // RFC 7685: some servers hang on hellos of 256..511 bytes; pad those to 512.
  if (version !== 'ssl3') {
    const len = 4 + head.length + 2 + extBlock.length;
    if (len >= 256 && len < 512) {
      const pad = Math.max(0, 512 - len - 4);
      extBlock = Buffer.concat([extBlock, ext(0x0015, Buffer.alloc(pad))]);
    }
  }
  const body = version === 'ssl3' ? head : Buffer.concat([head, vec16(extBlock)]);
  return Buffer.concat([u8(1), u24(body.length), body]);
}

/** A complete TLS record carrying the ClientHello for `version`. */
export function buildClientHello(version: ProtocolKey, opts: ClientHelloOptions = {}): Buffer {
  const msg = clientHelloMessage(version, opts);
  const recordVersion = version === 'ssl3' ? 0x0300 : 0x0301;
  return Buffer.concat([u8(22), u16(recordVersion), u16(msg.length), msg]);
}

export interface ClientHelloSummary {
  legacyVersion: number;
  /** Highest version offered, taking supported_versions into account. */
  maxVersion: number;
  serverName: string | null;
}

export interface ParsedClientHello extends ClientHelloSummary {
  /** supported_versions entries (GREASE values left out); empty when the extension is absent. */
  supportedVersions: number[];
  cipherSuiteCount: number;
}

/** RFC 8701 GREASE values (0x0a0a, 0x1a1a, …) are not versions. */
function isGrease(v: number): boolean {
  return (v & 0x0f0f) === 0x0a0a && v >> 12 === ((v >> 4) & 0x0f);
}

/**
 * Parses a ClientHello body (after the 4-byte handshake header). Every length is bounds-checked;
 * null when malformed. Extensions may be absent (SSL 3.0 / old TLS 1.0 clients).
 */
export function parseClientHelloBody(b: Buffer): ParsedClientHello | null {
  if (b.length < 2 + 32 + 1 + 2 + 1) return null;
  let p = 0;
  const legacyVersion = b.readUInt16BE(p);
  if (legacyVersion >> 8 !== 3) return null;
  p += 2 + 32;
  const sid = b[p];
  if (sid > 32 || p + 1 + sid + 2 > b.length) return null;
  p += 1 + sid;
  const suitesLen = b.readUInt16BE(p);
  if (suitesLen % 2 !== 0 || p + 2 + suitesLen + 1 > b.length) return null;
  p += 2 + suitesLen;
  const comp = b[p];
  if (p + 1 + comp > b.length) return null;
  p += 1 + comp;
  let maxVersion = legacyVersion;
  let serverName: string | null = null;
  const supportedVersions: number[] = [];
  if (p + 2 <= b.length) {
    const ok = forEachExtension(b, p, (type, data) => {
      if (type === 0x002b) {
        if (data.length < 1 || data[0] + 1 > data.length || data[0] % 2 !== 0) return false;
        for (let i = 1; i + 1 <= data[0]; i += 2) {
          const v = data.readUInt16BE(i);
          if (!isGrease(v) && supportedVersions.length < 32) supportedVersions.push(v);
        }
      }
      if (type === 0x0000 && data.length >= 5) {
        const nameLen = data.readUInt16BE(3);
        if (5 + nameLen <= data.length) serverName = data.subarray(5, 5 + nameLen).toString('latin1');
      }
      return true;
    });
    if (!ok) return null;
  }
  if (supportedVersions.length) maxVersion = Math.max(...supportedVersions.filter((v) => v >> 8 === 3 && v <= 0x0304), legacyVersion);
  return { legacyVersion, maxVersion, serverName, supportedVersions, cipherSuiteCount: suitesLen / 2 };
}

/** A ClientHello is small; 64 KB is far more than any real one (post-quantum key shares included). */
export const MAX_CLIENT_HELLO = 65536;

export type ClientHelloRead =
  | { kind: 'incomplete' }
  | { kind: 'clientHello'; hello: ParsedClientHello; recordVersion: number }
  /** The stream does not start with a ClientHello; tls = it is TLS (another message), false = not TLS at all. */
  | { kind: 'other'; tls: boolean; reason: string };

/**
 * Reads the ClientHello at the start of a client's byte stream, also when the handshake message
 * spans several TLS records (or several TCP segments: feed what has arrived, call again with more).
 * Bounded: gives up beyond MAX_CLIENT_HELLO bytes. Never throws.
 */
export function readClientHello(stream: Buffer): ClientHelloRead {
  try {
    const parts: Buffer[] = [];
    let have = 0;
    let p = 0;
    let recordVersion = 0;
    for (;;) {
      if (stream.length - p < 1) return { kind: 'incomplete' };
      if (stream[p] !== 22) {
        const tls = stream[p] >= 20 && stream[p] <= 23 && (stream.length - p < 2 || stream[p + 1] === 3);
        return { kind: 'other', tls, reason: tls ? 'the first TLS record is not a handshake' : 'not TLS' };
      }
      if (stream.length - p >= 2 && stream[p + 1] !== 3) return { kind: 'other', tls: false, reason: 'not TLS' };
      if (stream.length - p < 5) return { kind: 'incomplete' };
      const len = stream.readUInt16BE(p + 3);
      if (len === 0 || len > 16384 + 2048) return { kind: 'other', tls: true, reason: `bad record length ${len}` };
      if (recordVersion === 0) recordVersion = stream.readUInt16BE(p + 1);
      if (stream.length - p - 5 < len) {
        // Take what there is of this record: enough, perhaps, to finish the handshake message.
        parts.push(stream.subarray(p + 5));
        have += stream.length - p - 5;
        p = stream.length;
      } else {
        parts.push(stream.subarray(p + 5, p + 5 + len));
        have += len;
        p += 5 + len;
      }
      if (have >= 4) {
        const hs = parts.length === 1 ? parts[0] : Buffer.concat(parts, have);
        if (hs[0] !== 1) return { kind: 'other', tls: true, reason: `handshake message type ${hs[0]} before a ClientHello` };
        const msgLen = (hs[1] << 16) | (hs[2] << 8) | hs[3];
        if (msgLen > MAX_CLIENT_HELLO) return { kind: 'other', tls: true, reason: `a ClientHello of ${msgLen} bytes` };
        if (hs.length >= 4 + msgLen) {
          const hello = parseClientHelloBody(hs.subarray(4, 4 + msgLen));
          if (!hello) return { kind: 'other', tls: true, reason: 'malformed ClientHello' };
          return { kind: 'clientHello', hello, recordVersion };
        }
        parts.length = 0;
        parts.push(hs);
      }
      if (have > MAX_CLIENT_HELLO) return { kind: 'other', tls: true, reason: 'no ClientHello within 64 KB' };
      if (p >= stream.length) return { kind: 'incomplete' };
    }
  } catch {
    return { kind: 'other', tls: false, reason: 'unreadable' };
  }
}

/**
 * Reads the offered versions and SNI from a ClientHello record (used by the look-alike endpoints
 * to refuse old versions the way a real codec does). Returns null when it is not a (complete) ClientHello.
 */
export function summariseClientHello(buf: Buffer): ClientHelloSummary | null {
  const r = readClientHello(buf);
  if (r.kind !== 'clientHello') return null;
  return { legacyVersion: r.hello.legacyVersion, maxVersion: r.hello.maxVersion, serverName: r.hello.serverName };
}
