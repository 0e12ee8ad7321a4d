/**
 * REV21-a #8a: "we disabled TLS 1.0 and SSL 3.0 last night as planned" is a done report (the 'check the SQL Server service
 * now' answer), as without "as planned"; a plan said "as planned" stays a plan.
 */
import type { TurnResult } from '../../src/conversation/types';
import { SQL2008R2_LOCAL, setupThenLine } from './helpers';

const B = SQL2008R2_LOCAL.en;

const run = setupThenLine;
const shown = (r: TurnResult): string => JSON.stringify(r.replies);

describe('REV21-a #8a: "as planned"', () => {
  it('"…last night as planned" is a done report (check SQL now), as without "as planned"', () => {
    for (const line of ['we disabled TLS 1.0 and SSL 3.0 last night as planned', 'we disabled TLS 1.0 and SSL 3.0 last night']) {
      const { r } = run('en', B, line, false);
      expect(r.route).toBe('facts');
      expect(r.state.facts.tlsClaims?.tls10).toBe('off');
      expect(r.state.facts.tlsClaims?.ssl3).toBe('off');
      expect(shown(r)).toMatch(/check SQL Server now/);
    }
  });
  it('"we\'ll disable … as planned" and "as planned, we will disable …" stay plans', () => {
    for (const line of ["we'll disable TLS 1.0 and SSL 3.0 tonight as planned", 'as planned, we will disable TLS 1.0 and SSL 3.0 tonight']) {
      const { before, r } = run('en', B, line, false);
      expect(r.route).toBe('hardening-plan');
      expect(r.state.facts).toEqual(before.facts);
    }
  });
});
