/**
 * Check: the endpoint's certificate, from a separate real handshake (node:tls, any version from
 * TLS 1.0 on, security level 0 so old codecs still answer, no verification: we report, we do not
 * trust). Parsed with Node's X509Certificate; the signature algorithm is read from the DER with
 * node-forge's ASN.1 reader, which works for every key type.
 */
import { X509Certificate, createHash } from 'node:crypto';
import { connect as tlsConnect, createSecureContext, type TLSSocket } from 'node:tls';
import forge from 'node-forge';
import type { CertificateInfo } from '../types';
import type { CheckContext } from './protocols';
import { sniAllowed } from '../wire/clienthello';

/** Signature algorithms forge does not name (or names differently). */
const SIG_OIDS: Record<string, string> = {
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.1': 'ecdsa-with-SHA224',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
  '1.2.840.10040.4.3': 'dsa-with-SHA1',
  '2.16.840.1.101.3.4.3.2': 'dsa-with-SHA256',
};

const EC_BITS: Record<string, number> = { prime256v1: 256, secp256r1: 256, secp384r1: 384, secp521r1: 521, secp256k1: 256, secp224r1: 224 };

let context: ReturnType<typeof createSecureContext> | null = null;
function lenientContext() {
  if (!context) context = createSecureContext({ minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' });
  return context;
}

function oneLine(dn: string | undefined): string {
  return (dn ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean)
    .join(', ');
}

function isoDate(s: string): string {
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? s : d.toISOString();
}

/** The certificate's signatureAlgorithm OID, named when forge knows it. */
export function signatureAlgorithmOf(der: Buffer): string | null {
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary')), false);
    const seq = asn1.value as forge.asn1.Asn1[];
    const algId = seq[1].value as forge.asn1.Asn1[];
    const oid = forge.asn1.derToOid(forge.util.createBuffer(algId[0].value as string));
    return SIG_OIDS[oid] ?? (forge.pki.oids as Record<string, string>)[oid] ?? oid;
  } catch {
    return null;
  }
}

/** Summarises a DER certificate. Never throws (returns null when unparseable). */
export function describeCertificate(der: Buffer, now = new Date()): CertificateInfo | null {
  let x: X509Certificate;
  try {
    x = new X509Certificate(der);
  } catch {
    return null;
  }
  let keyType = 'unknown';
  let keyBits: number | null = null;
  try {
    const k = x.publicKey;
    const t = k.asymmetricKeyType ?? 'unknown';
    const d = k.asymmetricKeyDetails ?? {};
    keyType = t === 'rsa' || t === 'rsa-pss' ? 'RSA' : t === 'ec' ? 'EC' : t === 'dsa' ? 'DSA' : t === 'ed25519' ? 'Ed25519' : t === 'ed448' ? 'Ed448' : t;
    if (typeof d.modulusLength === 'number') keyBits = d.modulusLength;
    else if (d.namedCurve) keyBits = EC_BITS[d.namedCurve] ?? null;
    else if (t === 'ed25519') keyBits = 256;
    else if (t === 'ed448') keyBits = 448;
  } catch {
    /* unknown key type */
  }
  let selfSigned: boolean;
  try {
    selfSigned = x.subject === x.issuer && x.verify(x.publicKey);
  } catch {
    selfSigned = false;
  }
  const validTo = isoDate(x.validTo);
  const sans = (x.subjectAltName ?? '')
    .split(/,\s*/)
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 100);
  return {
    subject: oneLine(x.subject),
    issuer: oneLine(x.issuer),
    subjectAltNames: sans,
    validFrom: isoDate(x.validFrom),
    validTo,
    keyType,
    keyBits,
    signatureAlgorithm: signatureAlgorithmOf(der),
    selfSigned,
    expired: new Date(validTo).getTime() < now.getTime(),
    fingerprint256: x.fingerprint256 || createHash('sha256').update(der).digest('hex'),
  };
}

export interface CertificateCheck {
  certificate: CertificateInfo | null;
  /** Protocol the real handshake ended up with, e.g. 'TLSv1.2'. */
  protocol: string | null;
  error: string | null;
}

export function fetchCertificate(ctx: CheckContext): Promise<CertificateCheck> {
  return new Promise((resolve) => {
    let done = false;
    let sock: TLSSocket | null = null;
    let timer: NodeJS.Timeout | undefined;
    const finish = (r: CertificateCheck) => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      ctx.signal?.removeEventListener('abort', onAbort);
      sock?.destroy();
      resolve(r);
    };
    const onAbort = () => finish({ certificate: null, protocol: null, error: 'timed out' });
    if (ctx.signal?.aborted) return onAbort();
    try {
      const raw = ctx.connect ? ctx.connect({ host: ctx.address, port: ctx.port }) : undefined;
      sock = tlsConnect({
        ...(raw ? { socket: raw } : { host: ctx.address, port: ctx.port }),
        servername: sniAllowed(ctx.serverName) ? ctx.serverName : undefined,
        rejectUnauthorized: false,
        secureContext: lenientContext(),
        minVersion: 'TLSv1',
      });
      raw?.on('error', () => undefined);
    } catch (e) {
      return finish({ certificate: null, protocol: null, error: e instanceof Error ? e.message : 'tls connect failed' });
    }
    timer = setTimeout(onAbort, Math.max(1, ctx.timeoutMs));
    ctx.signal?.addEventListener('abort', onAbort, { once: true });
    const s = sock;
    s.on('secureConnect', () => {
      try {
        const peer = s.getPeerCertificate(false);
        const der = peer && 'raw' in peer && Buffer.isBuffer(peer.raw) ? peer.raw : null;
        const info = der ? describeCertificate(der) : null;
        finish({ certificate: info, protocol: s.getProtocol() ?? null, error: info ? null : 'no certificate presented' });
      } catch (e) {
        finish({ certificate: null, protocol: null, error: e instanceof Error ? e.message : 'certificate unreadable' });
      }
    });
    s.on('error', (e: NodeJS.ErrnoException) => finish({ certificate: null, protocol: null, error: e.code ?? e.message }));
    s.on('close', () => finish({ certificate: null, protocol: null, error: 'closed before the handshake completed' }));
  });
}
