import type { ProbeResult } from '../../src/probe/types';
import { probeResult } from '../fixtures/probe';
import { renderReply } from '../../src/slack/blockkit';
import { probeReply } from '../../src/slack/probe-view';

const base = probeResult({ target: '10.1.2.3:443', address: '10.1.2.3', durationMs: 42.4 });

const text = (r: ProbeResult, lang: 'en' | 'ja') => JSON.stringify(renderReply(probeReply(r, lang)));

describe('probe result as a Slack reply', () => {
  it('says TMS at Medium cannot connect when TLS 1.0 is refused, as a warning', () => {
    const s = text(base, 'en');
    expect(s).toContain(':warning: *TLS 1.0 refused*');
    // A compact table: protocol × accepted/refused, then TMS at Medium / Medium-High.
    expect(s).toMatch(/```\\nSSL 3\.0 +✗ refused\\nTLS 1\.0 +✗ refused\\nTLS 1\.1 +✓ accepted\\nTLS 1\.2 +✓ accepted\\nTLS 1\.3 +– not determined\\nTMS Medium +✗ cannot connect\\nTMS Medium-High +✓ can connect\\n```/);
    expect(s).toContain('10.1.2.3:443 · 42 ms');
    expect(text(base, 'ja')).toContain('TLS 1.0 は拒否');
  });

  it('says it is another problem when TLS 1.0 is accepted', () => {
    const s = text({ ...base, protocols: { ...base.protocols, 'tls1.0': true }, tms: { medium: true, mediumHigh: true } }, 'en');
    expect(s).not.toContain(':warning:');
    expect(s).toContain('another cause');
  });

  it('says what a port that does not speak TLS answered instead', () => {
    const http = { ...base, tls: false, tms: { medium: null, mediumHigh: null }, error: 'not TLS: the port answers in plain HTTP' };
    expect(text(http, 'en')).toContain('the port answers in plain HTTP');
    // Japanese users get it in Japanese
    expect(text(http, 'ja')).toContain('暗号化されていない HTTP で応答します');
    expect(text(http, 'ja')).not.toContain('plain HTTP');
    expect(text(http, 'en')).toContain('did not complete a TLS handshake');
  });

  it('explains an unreachable endpoint and escapes what the network said', () => {
    const s = text({ ...base, reachable: false, tls: null, error: 'refused <@U1>' }, 'en');
    expect(s).toContain('Could not open a TCP connection');
    expect(s).toContain('&lt;@U1&gt;');
    expect(s).not.toContain('<@U1>');
  });
});

describe('the certificate line and TMS at High', () => {
  const cert = { subject: 'CN=codec', issuer: 'CN=codec', subjectAltNames: [], validFrom: '2026-01-01T00:00:00.000Z', validTo: '2027-01-01T00:00:00.000Z', keyType: 'RSA', keyBits: 2048, signatureAlgorithm: null, selfSigned: true, expired: false, fingerprint256: '' };
  it('a self-signed or expired certificate: at High TMS checks it and it fails there (EN/JA)', () => {
    expect(text({ ...base, certificate: cert }, 'en')).toMatch(/self-signed\. At \\"High\\", TMS also checks this certificate, and a self-signed one fails there/);
    expect(text({ ...base, certificate: { ...cert, selfSigned: false, expired: true } }, 'en')).toMatch(/an expired one fails there/);
    expect(text({ ...base, certificate: cert }, 'ja')).toContain('High の TMS はこの証明書も検証するため、自己署名の証明書では失敗します');
  });
  it('a CA-issued valid certificate, or Medium-High not working anyway: no High note', () => {
    expect(text({ ...base, certificate: { ...cert, selfSigned: false } }, 'en')).not.toMatch(/At \\"High\\"/);
    expect(text({ ...base, certificate: cert, tms: { medium: false, mediumHigh: false } }, 'en')).not.toMatch(/At \\"High\\"/);
  });
});
