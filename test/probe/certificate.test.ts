import { createServer } from 'node:tls';
import forge from 'node-forge';
import { describeCertificate } from '../../src/probe/checks/certificate';
import { policyFromEnv, runProbe } from '../../src/probe';
import { selfSignedCertificate } from '../../src/probe/sim';
import { makeCert } from './certs';

function forgeDer(pem: string): Buffer {
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(forge.pki.certificateFromPem(pem))).getBytes(), 'binary');
}

describe('certificate summary', () => {
  it('RSA, self-signed, valid (node-forge certificate)', () => {
    const { cert } = selfSignedCertificate(1024, 'rsa.sim.local');
    const c = describeCertificate(forgeDer(cert))!;
    expect(c).toMatchObject({ keyType: 'RSA', keyBits: 1024, signatureAlgorithm: 'sha256WithRSAEncryption', selfSigned: true, expired: false });
    expect(c.subject).toBe('CN=rsa.sim.local, O=tms-doctor simulator');
    expect(new Date(c.validTo).getTime()).toBeGreaterThan(Date.now());
  });

  it('EC P-256 (which forge cannot parse): key type, bits and ECDSA signature', () => {
    const c = describeCertificate(makeCert('ec').der)!;
    expect(c).toMatchObject({ keyType: 'EC', keyBits: 256, signatureAlgorithm: 'ecdsa-with-SHA256', selfSigned: true, subject: 'CN=ec.sim.local' });
  });

  it('Ed25519', () => {
    expect(describeCertificate(makeCert('ed25519').der)).toMatchObject({ keyType: 'Ed25519', keyBits: 256, signatureAlgorithm: 'Ed25519' });
  });

  it('expired and not self-signed', () => {
    const c = describeCertificate(makeCert('ec', { issuer: 'Some CA', notBefore: new Date('2015-01-01'), notAfter: new Date('2017-01-01') }).der)!;
    expect(c).toMatchObject({ expired: true, selfSigned: false, issuer: 'CN=Some CA', validTo: '2017-01-01T00:00:00.000Z' });
  });

  it('garbage is null, not a throw', () => {
    expect(describeCertificate(Buffer.from('not a certificate'))).toBeNull();
    expect(describeCertificate(Buffer.alloc(0))).toBeNull();
  });

  it('reads an EC certificate from a real TLS 1.2/1.3 server', async () => {
    const ec = makeCert('ec', { cn: 'ec-codec.sim.local' });
    const server = createServer({ key: ec.keyPem, cert: ec.pem, minVersion: 'TLSv1.2' }, (s) => s.end());
    server.on('tlsClientError', () => undefined);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as { port: number }).port;
    try {
      const r = await runProbe(`127.0.0.1:${port}`, { policy: policyFromEnv({ PROBE_PORTS: String(port) }, ['127.0.0.0/8']), timeoutMs: 800 });
      expect(r.ok && r.result.certificate).toMatchObject({ subject: 'CN=ec-codec.sim.local', keyType: 'EC', keyBits: 256, signatureAlgorithm: 'ecdsa-with-SHA256' });
      expect(r.ok && r.result.protocols).toMatchObject({ 'tls1.1': false, 'tls1.2': true, 'tls1.3': true });
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
