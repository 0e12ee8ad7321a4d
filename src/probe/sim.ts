/**
 * Look-alike endpoints on 127.0.0.1 for `tms-doctor simulate`, the tests and the bench: real
 * Node TLS servers for TLS 1.0-1.3 (security level 0 so TLS 1.0/1.1 still work), hand-built
 * responders for what Node cannot serve (SSL 3.0) and for hostile behaviour.
 */
import { createServer as netCreateServer, type Server, type Socket } from 'node:net';
import { createServer as tlsCreateServer, type SecureVersion, type TlsOptions } from 'node:tls';
import { createServer as httpCreateServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { Duplex } from 'node:stream';
import forge from 'node-forge';
import { summariseClientHello } from './wire/clienthello';

export type SimKind =
  /** TC 7.3.3-like: TLS 1.0 to 1.2. */
  | 'tc733'
  /** CE 8.1+-like: resets the connection on a TLS 1.0 ClientHello (as in TMS captures); TLS 1.1-1.2. */
  | 'ce81'
  /** Current RoomOS-like: TLS 1.2 and 1.3, alert on anything older. */
  | 'roomos'
  /** TLS 1.2 only. */
  | 'tls12only'
  /** TLS 1.0 only (an old server that never learned 1.1/1.2). */
  | 'tls10only'
  /** TLS 1.3 only, P-256 only: our x25519 key share earns a HelloRetryRequest. */
  | 'tls13hrr'
  /** Hand-built SSL 3.0 server: answers every ClientHello with a ServerHello for SSL 3.0. */
  | 'ssl3'
  /** Accepts TCP and never answers. */
  | 'silent'
  /** Plain HTTP server (answers TLS with 400 Bad Request). */
  | 'http'
  /** HTTP server that redirects to https:// like a codec on port 80. */
  | 'http-redirect'
  /** Answers with random non-TLS bytes. */
  | 'garbage'
  /** Record header claiming a 64 KB record (above the TLS maximum). */
  | 'huge-record'
  /** Handshake header claiming a 16 MB ServerHello. */
  | 'huge-handshake'
  /** Sends a ServerHello's first byte at once, then one byte per `slowMs` (default 1000). */
  | 'slowloris'
  /** Resets the connection after the ClientHello. */
  | 'reset'
  /** Closes the connection as soon as it is accepted. */
  | 'close';

export const SIM_DESCRIPTIONS: Record<SimKind, string> = {
  tc733: 'old TC 7.3.3 codec: accepts TLS 1.0, 1.1, 1.2',
  ce81: 'CE 8.1+ codec: resets TLS 1.0, accepts TLS 1.1 and 1.2',
  roomos: 'RoomOS codec: TLS 1.2 and 1.3 only',
  tls12only: 'TLS 1.2 only',
  tls10only: 'TLS 1.0 only',
  tls13hrr: 'TLS 1.3 only (answers with HelloRetryRequest)',
  ssl3: 'ancient SSL 3.0-only server (hand-built)',
  silent: 'silent host: accepts TCP, never answers',
  http: 'plain HTTP on the HTTPS port',
  'http-redirect': 'port-80 style HTTP server that redirects to https://',
  garbage: 'answers with garbage bytes',
  'huge-record': 'answers with a record header claiming 64 KB',
  'huge-handshake': 'answers with a handshake header claiming 16 MB',
  slowloris: 'answers one byte a second',
  reset: 'resets the connection after the ClientHello',
  close: 'closes every connection at once',
};

export interface SimulatedEndpoint {
  kind: SimKind;
  host: string;
  port: number;
  /** TCP connections accepted so far. */
  accepted(): number;
  /** TCP connections currently open on the server side. */
  open(): number;
  close(): Promise<void>;
}

export interface SimOptions {
  port?: number;
  /** Loopback address to listen on (default 127.0.0.1; '::1' for IPv6 tests; any 127.x.y.z for fleets). */
  host?: string;
  /** RSA key size for the generated certificate (default 2048; cached per size). */
  keyBits?: number;
  slowMs?: number;
  commonName?: string;
}

const certCache = new Map<string, { key: string; cert: string }>();

/** A self-signed certificate made at runtime (cached per process, key size and name). */
export function selfSignedCertificate(keyBits = 2048, commonName = 'codec.sim.local'): { key: string; cert: string } {
  const id = `${keyBits}/${commonName}`;
  const hit = certCache.get(id);
  if (hit) return hit;
  const keys = forge.pki.rsa.generateKeyPair({ bits: keyBits, e: 0x10001 });
  const c = forge.pki.createCertificate();
  c.publicKey = keys.publicKey;
  c.serialNumber = '01' + randomBytes(8).toString('hex');
  c.validity.notBefore = new Date(Date.now() - 86400_000);
  c.validity.notAfter = new Date(Date.now() + 365 * 86400_000);
  const attrs = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: 'tms-doctor simulator' },
  ];
  c.setSubject(attrs);
  c.setIssuer(attrs);
  c.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'subjectAltName', altNames: [{ type: 2, value: commonName }, { type: 7, ip: '127.0.0.1' }] },
  ]);
  c.sign(keys.privateKey, forge.md.sha256.create());
  const out = { key: forge.pki.privateKeyToPem(keys.privateKey), cert: forge.pki.certificateToPem(c) };
  certCache.set(id, out);
  return out;
}

function u16(n: number): Buffer {
  return Buffer.from([(n >> 8) & 0xff, n & 0xff]);
}

/** A hand-built ServerHello record (for responders and parser tests). */
export function buildServerHello(version: number, opts: { cipher?: number; recordVersion?: number; supportedVersion?: number; random?: Buffer } = {}): Buffer {
  const exts: Buffer[] = [];
  if (opts.supportedVersion !== undefined) exts.push(Buffer.concat([u16(0x002b), u16(2), u16(opts.supportedVersion)]));
  const extBlock = Buffer.concat(exts);
  const body = Buffer.concat([
    u16(version),
    opts.random ?? randomBytes(32),
    Buffer.from([0]),
    u16(opts.cipher ?? 0x002f),
    Buffer.from([0]),
    ...(exts.length ? [u16(extBlock.length), extBlock] : []),
  ]);
  const msg = Buffer.concat([Buffer.from([2, (body.length >> 16) & 0xff, (body.length >> 8) & 0xff, body.length & 0xff]), body]);
  return Buffer.concat([Buffer.from([22]), u16(opts.recordVersion ?? Math.min(version, 0x0303)), u16(msg.length), msg]);
}

/** Collects one complete TLS record (capped at 20 KB) from a socket, then calls back once. */
function onClientHello(sock: Socket, cb: (hello: Buffer) => void): void {
  let buf = Buffer.alloc(0);
  const onData = (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    const need = buf.length >= 5 ? 5 + buf.readUInt16BE(3) : Infinity;
    if (buf.length >= need || buf.length > 20000) {
      sock.off('data', onData);
      cb(buf);
    }
  };
  sock.on('data', onData);
}

function tlsOptions(kind: SimKind, o: SimOptions): TlsOptions {
  const { key, cert } = selfSignedCertificate(o.keyBits ?? 2048, o.commonName ?? 'codec.sim.local');
  const range: Record<string, [SecureVersion, SecureVersion]> = {
    tc733: ['TLSv1', 'TLSv1.2'],
    ce81: ['TLSv1', 'TLSv1.2'], // TLS 1.0 is cut off by the reset in front
    roomos: ['TLSv1.2', 'TLSv1.3'],
    tls12only: ['TLSv1.2', 'TLSv1.2'],
    tls10only: ['TLSv1', 'TLSv1'],
    tls13hrr: ['TLSv1.3', 'TLSv1.3'],
  };
  const [minVersion, maxVersion] = range[kind];
  return {
    key,
    cert,
    minVersion,
    maxVersion,
    ciphers: 'DEFAULT@SECLEVEL=0',
    ...(kind === 'tls13hrr' ? { ecdhCurve: 'P-256' } : {}),
  };
}

/** Simulated endpoints only ever listen on loopback. */
export function isLoopbackHost(h: string): boolean {
  return h === '::1' || /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(h) && h.split('.').every((p) => Number(p) <= 255);
}

export async function startSimulatedEndpoint(kind: SimKind, o: SimOptions = {}): Promise<SimulatedEndpoint> {
  if (o.host !== undefined && !isLoopbackHost(o.host)) throw new Error(`simulated endpoints listen on loopback only, not ${o.host}`);
  const sockets = new Set<Socket>();
  let accepted = 0;
  const timers = new Set<NodeJS.Timeout>();
  const track = (s: Socket) => {
    accepted++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
  };

  let server: Server;
  switch (kind) {
    case 'tc733':
    case 'roomos':
    case 'tls12only':
    case 'tls10only':
    case 'tls13hrr': {
      const t = tlsCreateServer(tlsOptions(kind, o), (s) => s.end());
      t.on('tlsClientError', () => undefined);
      server = t;
      break;
    }
    case 'ce81': {
      const t = tlsCreateServer(tlsOptions(kind, o), (s) => s.end());
      t.on('tlsClientError', () => undefined);
      server = netCreateServer((sock) => {
        onClientHello(sock, (hello) => {
          const h = summariseClientHello(hello);
          if (!h || h.maxVersion < 0x0302) {
            sock.resetAndDestroy();
            return;
          }
          // Hand the connection (with the bytes already read) to the TLS server through a Duplex.
          const inner = new Duplex({
            read() {},
            write(chunk: Buffer, _enc, cb) {
              if (sock.destroyed) cb();
              else sock.write(chunk, () => cb());
            },
            final(cb) {
              sock.end();
              cb();
            },
          });
          inner.on('error', () => undefined);
          inner.push(hello);
          sock.on('data', (d: Buffer) => inner.push(d));
          sock.on('end', () => inner.push(null));
          sock.on('close', () => inner.destroy());
          inner.on('close', () => sock.destroy());
          t.emit('connection', inner);
        });
      });
      break;
    }
    case 'ssl3':
      server = netCreateServer((sock) => {
        onClientHello(sock, (hello) => {
          const h = summariseClientHello(hello);
          if (!h) return void sock.destroy();
          if (h.legacyVersion < 0x0300) {
            sock.end(Buffer.from([21, 3, 0, 0, 2, 2, 70]));
            return;
          }
          // An SSL 3.0-only server negotiates down to SSL 3.0 whatever the client offers.
          sock.write(buildServerHello(0x0300, { cipher: 0x000a, recordVersion: 0x0300 }));
        });
      });
      break;
    case 'silent':
      server = netCreateServer((sock) => sock.resume()); // read and ignore, so it sees the client leave
      break;
    case 'http':
    case 'http-redirect': {
      const h = httpCreateServer((req, res) => {
        if (kind === 'http-redirect') {
          res.writeHead(301, { Location: `https://${(req.headers.host ?? '127.0.0.1').replace(/:\d+$/, '')}${req.url ?? '/'}`, 'Content-Length': '0' });
        } else {
          res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '3' });
          res.write('ok\n');
        }
        res.end();
      });
      h.keepAliveTimeout = 1000;
      server = h;
      break;
    }
    case 'garbage':
      server = netCreateServer((sock) => onClientHello(sock, () => sock.end(Buffer.concat([Buffer.from([0x00, 0xff, 0x42]), randomBytes(200)]))));
      break;
    case 'huge-record':
      server = netCreateServer((sock) => onClientHello(sock, () => sock.write(Buffer.concat([Buffer.from([22, 3, 1, 0xff, 0xff]), randomBytes(1000)]))));
      break;
    case 'huge-handshake':
      server = netCreateServer((sock) =>
        onClientHello(sock, () => {
          sock.write(Buffer.from([22, 3, 3, 0x40, 0x00, 2, 0xff, 0xff, 0xff]));
          sock.write(randomBytes(0x4000 - 4));
          // and keep streaming more handshake records claiming to continue it
          for (let i = 0; i < 8 && !sock.destroyed; i++) sock.write(Buffer.concat([Buffer.from([22, 3, 3, 0x40, 0x00]), randomBytes(0x4000)]));
        }),
      );
      break;
    case 'slowloris':
      server = netCreateServer((sock) =>
        onClientHello(sock, () => {
          const payload = buildServerHello(0x0303, { cipher: 0xc02f });
          // The first byte at once, so that a prober sees an answer begin (not silence) even when a loaded
          // machine runs the interval late; then one byte per slowMs.
          sock.write(payload.subarray(0, 1));
          let i = 1;
          const timer = setInterval(() => {
            if (sock.destroyed || i >= payload.length) {
              clearInterval(timer);
              timers.delete(timer);
              return;
            }
            sock.write(payload.subarray(i, i + 1));
            i++;
          }, o.slowMs ?? 1000);
          timers.add(timer);
        }),
      );
      break;
    case 'reset':
      server = netCreateServer((sock) => onClientHello(sock, () => sock.resetAndDestroy()));
      break;
    case 'close':
      server = netCreateServer((sock) => {
        sock.resume();
        sock.end();
      });
      break;
    default:
      throw new Error(`unknown simulated endpoint kind: ${String(kind)}`);
  }
  server.on('connection', track);
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, o.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    kind,
    host: o.host ?? '127.0.0.1',
    port,
    accepted: () => accepted,
    open: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearInterval(t);
        timers.clear();
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
