/**
 * A probe that saw TLS 1.0 refused and TLS 1.1 completed, with TLS 1.2 inconclusive (null): the answer keeps the neutral
 * "TLS 1.2 (or 1.1)" wording; "not a TLS 1.2 one" (and "check the probe reached the endpoint") only when 1.2 failed.
 */
import { step } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { probeResult } from '../fixtures/probe';
import { rendered } from './helpers';

const run = (lang: 'en' | 'ja', tls12: boolean | null) => {
  let s: ConversationState | null = null;
  const first = lang === 'en' ? 'TMS 15.2.1, SQL 2016 remote, level Medium' : 'TMS 15.2.1、SQL 2016 別サーバ、レベルは Medium です';
  s = step(s, { kind: 'text', text: first }).state;
  return rendered(step(s, { kind: 'probe', result: probeResult({ protocols: { 'tls1.0': false, 'tls1.1': true, 'tls1.2': tls12 } }) }).replies);
};
const NOT_12 = { en: 'but not a TLS 1.2 one', ja: 'TLS 1.2 は成立しませんでした' };
const NEUTRAL = { en: 'TLS 1.2 (or 1.1)', ja: 'TLS 1.2（または 1.1）' };

describe('probe: TLS 1.1 completed, TLS 1.2 not settled', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: 1.2 inconclusive keeps the neutral wording`, () => {
      const out = run(lang, null);
      expect(out).not.toContain(NOT_12[lang]);
      expect(out).toContain(NEUTRAL[lang]);
    });
    it(`${lang}: 1.2 failed says so`, () => {
      expect(run(lang, false)).toContain(NOT_12[lang]);
    });
  }
});
