/**
 * MEND63A (rev63 #12): "ok fixed it, but SQL Server won't start now (event 26011)" is a SQL outage said beside the fix, not a
 * partial success: the SQL-down answer (its recovery first) leads, as it does for "I fixed that, now the SQL service won't start".
 */
import { rendered, runIn } from './helpers';

const SETUP = 'TMS 15.9, SX80 CE 9.15, SQL 2008 R2 on the TMS server, Windows 2012 R2, level Medium';
const DONE = 'set it to Medium-High and rebooted the server';

describe('MEND63A (rev63 #12): fixed, but SQL Server does not start', () => {
  it.each([
    ["ok fixed it, but SQL Server won't start now (event 26011)"],
    ["fixed it, but now SQL won't start"],
    ["rebooted and it works, but SQL Server won't start (26011)"],
    ['all endpoints are green now but the SQL service will not start after the reboot'],
    ['works now for the SX80s, but SQL Server does not start anymore'],
  ])('%j: the SQL-down answer, not "part of it works"', (msg) => {
    for (const msgs of [[SETUP, msg], [SETUP, DONE, msg]]) {
      const r = runIn('en', msgs);
      const out = rendered(r);
      expect(out).toMatch(/^SQL Server is down: get it running first/);
      expect(out).not.toContain('Good: part of it works');
      expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
    }
  });

  it('a SQL-down message that is no partial fix keeps what it says of the endpoints', () => {
    expect(runIn('en', ['SQL Server does not start. The endpoints also fail, the cause is the network there']).state.facts.endpointsFail).toBe(true);
  });

  it('the closing without SQL is still a close', () => {
    expect(rendered(runIn('en', [SETUP, DONE, 'ok fixed it, thanks']))).toContain('Good to hear it works now');
  });
});
