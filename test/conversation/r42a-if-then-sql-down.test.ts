/**
 * R42A (found on the way): "If we turn TLS 1.0 off, SQL won't start, how do we recover?" supposes the outage: the clause
 * after the "if" clause is what it supposes, so no outage is stored nor answered as reported (the recovery question is
 * still answered). A real report with the way back asked still is the report.
 */
import { rendered, runIn } from './helpers';

describe('R42A: an outage supposed after an "if" clause', () => {
  it.each(["If we turn TLS 1.0 off, SQL won't start, how do we recover?", "If we turn TLS 1.0 off, SQL won't start, right?"])('%s: nothing down stored', (msg) => {
    const r = runIn('en', [msg]);
    expect(r.state.facts.tlsClaims?.sqlDown).toBeUndefined();
    expect(rendered(r)).not.toMatch(/SQL Server does not start: get it running first/);
  });

  it('the recovery question is still answered', () => {
    expect(rendered(runIn('en', ["If we turn TLS 1.0 off, SQL won't start, how do we recover?"]))).toMatch(/Getting SQL Server running again/);
  });

  it('a report before an "if" question still reports', () => {
    expect(runIn('en', ["SQL won't start. If we turn TLS 1.0 back on, will it start?"]).state.facts.tlsClaims?.sqlDown).toBe(true);
  });
});
