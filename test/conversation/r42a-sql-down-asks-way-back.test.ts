import { rendered, runIn } from './helpers';

/**
 * R42A #2: "we disabled TLS 1.0 and now SQL won't start, how do we get it back?" is the outage reported, with the way back
 * asked: the answer leads with the recovery (as for the report alone) and the outage is stored, not only TLS 1.0 off.
 */
const URGENT = /SQL Server does not start: get it running first|SQL Server が起動しません：まず復旧してください/;
const STEPS = /turn TLS 1\.0 back on for both Client and Server|TLS 1\.0 の Client と Server の両方を有効に戻す/;

describe('SQL down reported with the way back asked (EN)', () => {
  it.each([
    "we disabled TLS 1.0 and now SQL won't start, how do we get it back?",
    "we disabled TLS 1.0 and now SQL won't start. How do we recover?",
  ])('%j: stored like the report alone, and answered with the recovery once', (msg) => {
    const report = runIn('en', ["we disabled TLS 1.0 and now SQL won't start"]);
    const r = runIn('en', [msg]);
    expect(r.state.facts.tlsClaims).toEqual(report.state.facts.tlsClaims);
    expect(r.state.facts.tlsClaims).toMatchObject({ tls10: 'off', sqlDown: true });
    const out = rendered(r);
    expect(out).toMatch(URGENT);
    expect(out.split(STEPS).length - 1).toBe(1);
  });

  it('during an outage already known, asking the way back is still the recovery question', () => {
    const out = rendered(runIn('en', ["we disabled TLS 1.0 and now SQL won't start", 'SQL is down, what do we do?']));
    expect(out).toMatch(/Getting SQL Server running again/);
    expect(out).toMatch(STEPS);
  });

  it('a supposed outage asked about stores nothing down', () => {
    const r = runIn('en', ["if we turn TLS 1.0 off, will SQL stop?"]);
    expect(r.state.facts.tlsClaims?.sqlDown).toBeUndefined();
  });
});
