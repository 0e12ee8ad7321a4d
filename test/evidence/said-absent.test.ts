/**
 * An event number said to be absent is not an event seen ("event 26011 not seen", 「26011 は出ていません」),
 * and "TLS 1.0 on port 443" in a capture description is no claim that TLS 1.0 is on.
 */
import { readPastedText } from '../../src/evidence/text';
import { extractFacts } from '../../src/domain/extract';
import { rendered, runIn } from '../conversation/helpers';

const codes = (t: string) => readPastedText(t).observations.map((o) => o.code);

describe('event numbers said to be absent', () => {
  it.each([
    'event 26011 not seen',
    'no event 26011 in the log',
    'Error: 26011 was not logged',
    'Schannel 36871 not found',
    'we never saw Schannel 36871',
    'without 26011 so far',
    'イベント 26011 はありません',
  ])('%s: nothing observed', (line) => {
    expect(codes(line)).toEqual([]);
  });

  it.each(['We got event 26011', 'event 26011 after the change', 'Event ID: 26011', 'SQL 26011 が出ています', 'SQLが落ちました（26011）'])('%s: still read as the event', (line) => {
    expect(codes(line)).toContain('event-sql-encryption-init-failed');
  });
});

describe('"TLS 1.0 on port 443" is a capture detail, not a state', () => {
  it('records no TLS claim', () => {
    expect(extractFacts('Capture: ClientHello TLS 1.0 on port 443, then RST').facts.tlsClaims).toBeUndefined();
  });
  it('states are still read', () => {
    expect(extractFacts('TLS 1.0 is on').facts.tlsClaims).toMatchObject({ tls10: 'on' });
    expect(extractFacts('TLS 1.2 on').facts.tlsClaims).toMatchObject({ tls12: 'on' });
  });
  it('a pasted note with "event 26011 not seen" gets the fix, not a SQL outage', () => {
    const out = rendered(runIn('en', ['Hi team,\nTMS: 15.2.1\nSystems > Navigator says No HTTPS response for 40 codecs (CE 9.15.3.17).\nCapture: ClientHello TLS 1.0 on port 443, then RST; event 26011 not seen.\nDB: SQL Server 2014 SP1 CU4 on the same server.\nThanks']));
    expect(out).not.toMatch(/SQL Server cannot start encryption|TLS 1\.0 on \(as you said\)/);
    expect(out).toMatch(/TMS 15\.2\.1/);
  });
});
