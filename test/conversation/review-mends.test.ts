/**
 * Mends from the session's closing review: texts kept within knowledge.md, and two misreadings.
 */
import { planIn } from '../../src/domain/understand/plan';
import { last, rendered, talk } from './helpers';

describe('closing review mends', () => {
  it('IIS Crypto sentence: SQL 2008 R2 10.50.6537 (an early TLS 1.2 build) gets KB3146034, not "would stop"', () => {
    const out = rendered(last(talk('TMS 15.9, CE 9.15, Windows 2012 R2, SQL 2008 R2 SP3 10.50.6537.0 local, Medium')));
    expect(out).toMatch(/"Best Practices" template[^\n]*KB3146034/);
    expect(out).not.toMatch(/"Best Practices" template[^\n]*would stop SQL Server 2008 R2 SP3 \(10\.50\.6537/);
  });

  it('"why keep TLS 1.0?" with SQL 2012 SP1 on the TMS server does not say SQL gives no reason to keep it', () => {
    const out = rendered(last(talk('TMS 15.9, CE 9.15, Windows 2012 R2, SQL 2012 SP1 local, Medium', 'why keep TLS 1.0?')));
    expect(out).not.toMatch(/SQL gives no reason to keep TLS 1\.0/);
    const remote = rendered(last(talk('TMS 15.9, CE 9.15, Windows 2012 R2, SQL 2016 remote, Medium', 'why keep TLS 1.0?')));
    expect(remote).toMatch(/turns no TLS protocol off/);
  });

  it('a SQL or Windows release in an upgrade plan is not a TMS upgrade', () => {
    expect(planIn('the SQL upgrade to 16.0 is planned next month')?.tmsUpgrade).toBeUndefined();
    expect(planIn('upgrade to 15.13 is planned next month')?.tmsUpgrade).toBe('15.13');
  });

  it('"hang on, my bad" corrects an endpoint release in the same message (no mixed fleet)', () => {
    const out = rendered(last(talk('TMS 15.2, codecs on CE 9.15 - hang on, my bad, they are on TC 7.3.3')));
    expect(out).toMatch(/Understood so far: TMS 15\.2 · TC 7\.3\.3/);
    expect(out).not.toMatch(/several versions/);
  });
});
