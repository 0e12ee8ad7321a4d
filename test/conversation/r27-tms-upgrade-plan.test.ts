/**
 * QA round 22 C2: "upgrade to 15.13 is planned next month" in a TMS 14.6.2 incident is the plan "we will upgrade TMS to
 * 15.13 next month" already reads: acknowledged as a plan, TMS 14.6.2 kept until the upgrade is said done, and what to do
 * after it.
 */
import { planIn } from '../../src/domain/understand/plan';
import { rendered, runIn } from './helpers';

const EN = 'TMS 14.6.2, endpoints SX20 on CE 9.8 show No HTTPS response, Windows 2012 R2, SQL 2016 local';

describe('C2: an upgrade plan without the word TMS', () => {
  it.each(['upgrade to 15.13 is planned next month', 'the upgrade to 15.13 is scheduled next month', 'we will upgrade to 15.13 next month'])('%s', (msg) => {
    const r = runIn('en', [EN, msg]);
    const out = rendered(r);
    expect(out).toMatch(/Noted as a plan/);
    expect(out).toMatch(/upgrade to TMS 15\.13/);
    expect(out).not.toMatch(/could not find a version/);
    expect(r.state.facts.tms?.raw).toBe('14.6.2');
  });
  it('the plan reader: the bare release of 13 to 16 is a TMS release', () => {
    expect(planIn('upgrade to 15.13 is planned next month')).toMatchObject({ tmsUpgrade: '15.13' });
    expect(planIn('we will upgrade TMS to 15.13 next month')).toMatchObject({ tmsUpgrade: '15.13' });
  });
  it.each(['we will upgrade to 9.15 next month', 'will update to 13.0.5026 next week', 'we upgraded to 15.13 last month', 'should we upgrade to 15.13 next month?'])('not a bare TMS upgrade plan: %s', (msg) => {
    expect(planIn(msg)?.tmsUpgrade).toBeUndefined();
  });
});
