/**
 * Reading what a server answers to a ClientHello: incremental TLS record reassembly with hard
 * limits, then the first handshake message (ServerHello / HelloRetryRequest) or an alert.
 * Lengths from the wire are never trusted: every read is bounds-checked, records and handshake
 * messages have caps, and the total bytes accepted per attempt are capped (64 KB by default).
 * Nothing here throws on any input.
 */

export const CONTENT_CHANGE_CIPHER_SPEC = 20;
export const CONTENT_ALERT = 21;
export const CONTENT_HANDSHAKE = 22;
export const CONTENT_APPLICATION_DATA = 23;

/** TLSCiphertext may be at most 2^14 + 2048 bytes. */
export const MAX_RECORD_LENGTH = 16384 + 2048;
/** A ServerHello is small; 64 KB is far more than any legitimate one. */
export const MAX_HANDSHAKE_MESSAGE = 65536;
export const DEFAULT_MAX_TOTAL_BYTES = 65536;

/** RFC 8446 4.1.3: a HelloRetryRequest is a ServerHello with this random. */
export const HRR_RANDOM = Buffer.from('cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c', 'hex');

export interface ServerHello {
  /** legacy_version / server_version field. */
  legacyVersion: number;
  /** The negotiated version: supported_versions when present, else legacyVersion. */
  version: number;
  cipherSuite: number;
  compression: number;
  sessionIdLength: number;
  helloRetryRequest: boolean;
  extensions: number[];
}

export type ServerResponse =
  | { kind: 'incomplete' }
  | { kind: 'serverHello'; hello: ServerHello; recordVersion: number }
  | { kind: 'alert'; level: number; description: number; name: string }
  | { kind: 'notTls'; http: boolean; reason: string }
  | { kind: 'protocolError'; reason: string };

const ALERTS: Record<number, string> = {
  0: 'close_notify',
  10: 'unexpected_message',
  20: 'bad_record_mac',
  21: 'decryption_failed',
  22: 'record_overflow',
  30: 'decompression_failure',
  40: 'handshake_failure',
  41: 'no_certificate',
  42: 'bad_certificate',
  43: 'unsupported_certificate',
  44: 'certificate_revoked',
  45: 'certificate_expired',
  46: 'certificate_unknown',
  47: 'illegal_parameter',
  48: 'unknown_ca',
  49: 'access_denied',
  50: 'decode_error',
  51: 'decrypt_error',
  60: 'export_restriction',
  70: 'protocol_version',
  71: 'insufficient_security',
  80: 'internal_error',
  86: 'inappropriate_fallback',
  90: 'user_canceled',
  100: 'no_renegotiation',
  109: 'missing_extension',
  110: 'unsupported_extension',
  112: 'unrecognized_name',
  116: 'certificate_required',
  120: 'no_application_protocol',
};

export function alertName(description: number): string {
  return ALERTS[description] ?? `alert ${description}`;
}

/**
 * Walks a hello's extensions block (its 2-byte length at `p`, then type/length/data entries),
 * bounds-checking every length. `visit` returns false to reject an extension's content.
 * False when the block is malformed or rejected. Shared by the ClientHello and ServerHello parsers.
 */
export function forEachExtension(b: Buffer, p: number, visit: (type: number, data: Buffer) => boolean): boolean {
  if (p + 2 > b.length) return false;
  const extLen = b.readUInt16BE(p);
  p += 2;
  if (p + extLen > b.length) return false;
  const end = p + extLen;
  while (p < end) {
    if (p + 4 > end) return false;
    const type = b.readUInt16BE(p);
    const len = b.readUInt16BE(p + 2);
    p += 4;
    if (p + len > end) return false;
    if (!visit(type, b.subarray(p, p + len))) return false;
    p += len;
  }
  return true;
}

/** Parses a ServerHello message body (after the 4-byte handshake header). Null when malformed. */
export function parseServerHelloBody(b: Buffer): ServerHello | null {
  if (b.length < 38) return null;
  let p = 0;
  const legacyVersion = b.readUInt16BE(p);
  p += 2;
  const random = b.subarray(p, p + 32);
  p += 32;
  const sidLen = b[p];
  p += 1;
  if (sidLen > 32 || p + sidLen + 3 > b.length) return null;
  p += sidLen;
  const cipherSuite = b.readUInt16BE(p);
  p += 2;
  const compression = b[p];
  p += 1;
  const extensions: number[] = [];
  let supportedVersion: number | null = null;
  if (p < b.length) {
    const ok = forEachExtension(b, p, (type, data) => {
      if (extensions.length < 64) extensions.push(type);
      if (type === 0x002b) {
        if (data.length !== 2) return false;
        supportedVersion = data.readUInt16BE(0);
      }
      return true;
    });
    if (!ok) return null;
  }
  return {
    legacyVersion,
    version: supportedVersion ?? legacyVersion,
    cipherSuite,
    compression,
    sessionIdLength: sidLen,
    helloRetryRequest: random.equals(HRR_RANDOM),
    extensions,
  };
}

function looksLikeHttp(b: Buffer): boolean {
  const s = b.subarray(0, 5).toString('latin1');
  return 'HTTP/'.startsWith(s) || s.startsWith('HTTP/');
}

/**
 * Incremental reader for a server's first flight. Feed it chunks with push(); call end() when the
 * peer closed. The first conclusive answer is sticky: later pushes return it unchanged.
 */
export class ServerResponseReader {
  private pending: Buffer = Buffer.alloc(0);
  private handshake: Buffer[] = [];
  private handshakeLength = 0;
  private done: ServerResponse | null = null;
  private firstRecordVersion = 0;
  total = 0;

  constructor(private readonly maxTotalBytes = DEFAULT_MAX_TOTAL_BYTES) {}

  get result(): ServerResponse {
    return this.done ?? { kind: 'incomplete' };
  }

  push(chunk: Buffer): ServerResponse {
    if (this.done) return this.done;
    try {
      this.total += chunk.length;
      const room = this.maxTotalBytes - (this.total - chunk.length);
      const accepted = chunk.length > room ? chunk.subarray(0, Math.max(0, room)) : chunk;
      this.pending = this.pending.length === 0 ? Buffer.from(accepted) : Buffer.concat([this.pending, accepted]);
      const r = this.drain();
      if (r.kind !== 'incomplete') return (this.done = r);
      if (this.total > this.maxTotalBytes) {
        return (this.done = { kind: 'protocolError', reason: `more than ${this.maxTotalBytes} bytes without a ServerHello` });
      }
      return r;
    } catch (e) {
      return (this.done = { kind: 'protocolError', reason: `unparseable response (${e instanceof Error ? e.message : 'error'})` });
    }
  }

  /** The peer closed the connection: conclude with what we have. */
  end(): ServerResponse {
    if (this.done) return this.done;
    if (this.total === 0) return { kind: 'incomplete' };
    const b = this.pending;
    if (this.handshakeLength === 0 && this.firstRecordVersion === 0 && b.length > 0) {
      if (b[0] === 0x48 && looksLikeHttp(b)) return (this.done = { kind: 'notTls', http: true, reason: 'the server answered in HTTP, not TLS' });
      if (b[0] < CONTENT_CHANGE_CIPHER_SPEC || b[0] > CONTENT_APPLICATION_DATA) {
        return (this.done = { kind: 'notTls', http: false, reason: 'the server answered with bytes that are not TLS' });
      }
    }
    return (this.done = { kind: 'protocolError', reason: 'the connection closed in the middle of a TLS record' });
  }

  private drain(): ServerResponse {
    for (;;) {
      const b = this.pending;
      if (b.length === 0) return { kind: 'incomplete' };
      // Check what we can as early as possible, so non-TLS answers are recognised at once.
      const type = b[0];
      if (type < CONTENT_CHANGE_CIPHER_SPEC || type > CONTENT_APPLICATION_DATA) return this.notTls(b);
      if (b.length >= 2 && b[1] !== 3) return this.notTls(b);
      if (b.length >= 3 && b[2] > 4) return this.notTls(b);
      if (b.length < 5) return { kind: 'incomplete' };
      const version = b.readUInt16BE(1);
      const length = b.readUInt16BE(3);
      if (length > MAX_RECORD_LENGTH) {
        return { kind: 'protocolError', reason: `record length ${length} exceeds the TLS maximum` };
      }
      if (length === 0 && type !== CONTENT_APPLICATION_DATA) {
        return { kind: 'protocolError', reason: 'empty TLS record' };
      }
      if (b.length < 5 + length) return { kind: 'incomplete' };
      if (this.firstRecordVersion === 0) this.firstRecordVersion = version;
      const fragment = b.subarray(5, 5 + length);
      this.pending = b.subarray(5 + length);
      switch (type) {
        case CONTENT_ALERT: {
          if (this.handshakeLength > 0) return { kind: 'protocolError', reason: 'alert in the middle of a handshake message' };
          if (fragment.length < 2) return { kind: 'protocolError', reason: 'truncated alert' };
          return { kind: 'alert', level: fragment[0], description: fragment[1], name: alertName(fragment[1]) };
        }
        case CONTENT_HANDSHAKE: {
          this.handshake.push(Buffer.from(fragment));
          this.handshakeLength += fragment.length;
          const r = this.tryHandshake(version);
          if (r) return r;
          break;
        }
        case CONTENT_CHANGE_CIPHER_SPEC:
          return { kind: 'protocolError', reason: 'ChangeCipherSpec before ServerHello' };
        default:
          return { kind: 'protocolError', reason: 'application data before ServerHello' };
      }
    }
  }

  private tryHandshake(recordVersion: number): ServerResponse | null {
    if (this.handshakeLength < 4) return null;
    const hs = this.handshake.length === 1 ? this.handshake[0] : Buffer.concat(this.handshake);
    this.handshake = [hs];
    const msgType = hs[0];
    const len = (hs[1] << 16) | (hs[2] << 8) | hs[3];
    if (msgType !== 2) {
      return { kind: 'protocolError', reason: `expected ServerHello, got handshake message type ${msgType}` };
    }
    if (len > MAX_HANDSHAKE_MESSAGE) return { kind: 'protocolError', reason: `ServerHello claims ${len} bytes` };
    if (hs.length < 4 + len) return null;
    const hello = parseServerHelloBody(hs.subarray(4, 4 + len));
    if (!hello) return { kind: 'protocolError', reason: 'malformed ServerHello' };
    return { kind: 'serverHello', hello, recordVersion };
  }

  private notTls(b: Buffer): ServerResponse {
    if (b[0] === 0x48 /* H */) {
      if (b.length < 5 && 'HTTP/'.startsWith(b.toString('latin1'))) return { kind: 'incomplete' };
      if (looksLikeHttp(b)) return { kind: 'notTls', http: true, reason: 'the server answered in HTTP, not TLS' };
    }
    return { kind: 'notTls', http: false, reason: 'the server answered with bytes that are not TLS' };
  }
}

/** One-shot convenience: parse a complete buffer (eof = the peer closed after it). */
export function parseServerResponse(buf: Buffer, eof = false, maxTotalBytes = DEFAULT_MAX_TOTAL_BYTES): ServerResponse {
  const r = new ServerResponseReader(maxTotalBytes);
  const out = r.push(buf);
  if (out.kind === 'incomplete' && eof) return r.end();
  return out;
}
