/**
 * QA23 K1: when the probe knows which version completed, the endpoint finding names it (TLS 1.2
 * is the one that matters), instead of "a TLS 1.2 (or 1.1) one".
 */
import { diagnose } from '../../src/domain/diagnose';
import { parseEndpoint } from '../../src/domain/versions';
import { jaStyleProblems } from '../../src/domain/ja-style';
import type { Facts } from '../../src/domain/types';
import { probeResult } from '../fixtures/probe';

const ce = (() => {
  const p = parseEndpoint('CE 9.15.3');
  if (!p.ok) throw new Error('fixture');
  return p.value;
})();

function probeText(facts: Facts, lang: 'en' | 'ja'): string {
  const f = diagnose(facts).findings.find((x) => x.code === 'endpoint-no-tls10');
  expect(f).toBeDefined();
  return f!.body.map((b) => b[lang]).join('\n');
}

describe('probe finding names the version that completed (QA23 K1)', () => {
  it('TLS 1.2 completed: says TLS 1.2, not "1.2 (or 1.1)" (EN and JA)', () => {
    for (const facts of [{ probe: probeResult() }, { endpoint: ce, probe: probeResult({ protocols: { 'tls1.1': false } }) }] as Facts[]) {
      const en = probeText(facts, 'en');
      expect(en).toMatch(/completed a TLS 1\.2 one/);
      expect(en).not.toMatch(/or 1\.1/);
      const ja = probeText(facts, 'ja');
      expect(ja).toMatch(/TLS 1\.2（Medium-High/);
      expect(ja).not.toMatch(/または 1\.1/);
      expect(jaStyleProblems(ja)).toEqual([]);
    }
  });

  it('only TLS 1.1 completed: says so, and that TLS 1.2 did not (EN and JA)', () => {
    const facts: Facts = { probe: probeResult({ protocols: { 'tls1.2': false } }) };
    const en = probeText(facts, 'en');
    expect(en).toMatch(/complete a TLS 1\.1 one, but not a TLS 1\.2 one/);
    expect(en).not.toMatch(/probe confirms/);
    const ja = probeText(facts, 'ja');
    expect(ja).toMatch(/TLS 1\.2 は成立しませんでした/);
    expect(jaStyleProblems(ja)).toEqual([]);
  });
});
