/**
 * R44C (QA round 29 M3): steps said done, then "The error went away." in the same message: the user reports it works,
 * so the case closes as "The error went away." alone does (not "Not settled yet" from the level reading). A count or a
 * "still" in the message keeps it open.
 */
import { rendered, runIn } from './helpers';

const P = 'TMS 15.9 shows No HTTPS response after endpoints went to CE 9.15';
const F16 = 'TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2016 on the TMS server, Windows 2016';

describe('R44C: steps done, then the error gone', () => {
  it.each([
    [F16, 'I set Medium-High and restarted IIS. The error went away.'],
    [P, 'Set Medium-High and rebooted. The error went away.'],
  ])('%s / %s: closed as working, the level recorded', (setup, msg) => {
    const r = runIn('en', [setup, msg]);
    expect(r.route).toBe('closing');
    expect(rendered(r)).not.toMatch(/Not settled yet|already at Medium-High/);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.pending).toBeNull();
  });

  it.each(['I set Medium-High. The error went away for 3 of them.', 'Set Medium-High. Some endpoints still fail. The error went away on one.'])('%s: not closed', (msg) => {
    expect(runIn('en', [P, msg]).route).not.toBe('closing');
  });
});
