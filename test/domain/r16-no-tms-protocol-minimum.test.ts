/**
 * REV11 #6 for the single-probe finding: an endpoint refusing TLS 1.0, 1.1 and 1.2 (TLS 1.3 only, say) is sent to the
 * endpoint's own `HTTPS Server MinimumTLSVersion` first (knowledge.md: what a senior engineer checks), not told that "no TC
 * or CE release behaves like this"; EN and JA say the same.
 */
import { probeNoTmsProtocol } from '../../src/domain/knowledge';
import { probeResult } from '../fixtures/probe';

const only13 = probeResult({ target: '127.0.0.1:9443', port: 9443, protocols: { ssl3: false, 'tls1.0': false, 'tls1.1': false, 'tls1.2': false, 'tls1.3': true } });

for (const lang of ['en', 'ja'] as const) {
  it(`${lang}: MinimumTLSVersion comes before the proxy check, and no absolute claim about TC/CE releases`, () => {
    const f = probeNoTmsProtocol(only13, true);
    const text = f.body.map((b) => b[lang]).join('\n');
    const min = text.indexOf('MinimumTLSVersion');
    expect(min).toBeGreaterThan(-1);
    expect(min).toBeLessThan(text.indexOf(lang === 'en' ? 'proxy' : 'プロキシ'));
    expect(text).not.toMatch(lang === 'en' ? /no TC or CE release/ : /このような挙動をしない/);
    expect(text).toContain('TLS 1.3');
  });
}
