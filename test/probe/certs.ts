/**
 * Test helper: certificates for key types node-forge cannot sign (EC, Ed25519). The
 * TBSCertificate is assembled with forge's ASN.1 writer and signed with node:crypto.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import forge from 'node-forge';

const { asn1 } = forge;
const U = asn1.Class.UNIVERSAL;
const T = asn1.Type;

function oid(o: string) {
  return asn1.create(U, T.OID, false, asn1.oidToDer(o).getBytes());
}
function name(cn: string) {
  return asn1.create(U, T.SEQUENCE, true, [
    asn1.create(U, T.SET, true, [asn1.create(U, T.SEQUENCE, true, [oid('2.5.4.3'), asn1.create(U, T.UTF8, false, cn)])]),
  ]);
}
function fromDer(b: Buffer) {
  return asn1.fromDer(forge.util.createBuffer(b.toString('binary')));
}

export interface MadeCert {
  der: Buffer;
  pem: string;
  keyPem: string;
  key: KeyObject;
}

export function makeCert(kind: 'ec' | 'ed25519', opts: { cn?: string; issuer?: string; notBefore?: Date; notAfter?: Date } = {}): MadeCert {
  const { publicKey, privateKey } = kind === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('ed25519');
  const sigOid = kind === 'ec' ? '1.2.840.10045.4.3.2' : '1.3.101.112';
  const algId = asn1.create(U, T.SEQUENCE, true, [oid(sigOid)]);
  const cn = opts.cn ?? 'ec.sim.local';
  const tbs = asn1.create(U, T.SEQUENCE, true, [
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [asn1.create(U, T.INTEGER, false, asn1.integerToDer(2).getBytes())]),
    asn1.create(U, T.INTEGER, false, asn1.integerToDer(4242).getBytes()),
    algId,
    name(opts.issuer ?? cn),
    asn1.create(U, T.SEQUENCE, true, [
      asn1.create(U, T.UTCTIME, false, asn1.dateToUtcTime(opts.notBefore ?? new Date(Date.now() - 86400_000))),
      asn1.create(U, T.UTCTIME, false, asn1.dateToUtcTime(opts.notAfter ?? new Date(Date.now() + 86400_000))),
    ]),
    name(cn),
    fromDer(publicKey.export({ type: 'spki', format: 'der' })),
  ]);
  const tbsDer = Buffer.from(asn1.toDer(tbs).getBytes(), 'binary');
  const sig = sign(kind === 'ec' ? 'sha256' : null, tbsDer, privateKey);
  const cert = asn1.create(U, T.SEQUENCE, true, [tbs, asn1.create(U, T.SEQUENCE, true, [oid(sigOid)]), asn1.create(U, T.BITSTRING, false, '\u0000' + sig.toString('binary'))]);
  const der = Buffer.from(asn1.toDer(cert).getBytes(), 'binary');
  const pem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
  return { der, pem, keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), key: privateKey };
}
