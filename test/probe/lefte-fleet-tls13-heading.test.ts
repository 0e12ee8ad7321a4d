/**
 * left-e #3: the CLI fleet summary's heading over the systems where TLS 1.0, 1.1 and 1.2 all failed gave the general advice
 * (check the address is the endpoint's HTTPS service) even when every one of them accepted TLS 1.3, while its rows named the
 * endpoint's MinimumTLSVersion. With all of them TLS 1.3-only the heading now says what the rows say (the rows are tagged);
 * a mix keeps the general heading, each row saying its own. The report pasted back is still read as the tool's output.
 */
import { addToSummary, emptySummary, verdictOf, type FleetItem } from '../../src/probe/fleet';
import { summaryText, tableHeader, tableRow } from '../../src/probe/fleet-report';
import { readPastedText } from '../../src/evidence/text';
import { maskProbeOutput } from '../../src/probe/output-read';
import { probeResult } from '../fixtures/probe';
import type { ProbeResult } from '../../src/probe/types';

const none = { ssl3: false, 'tls1.0': false, 'tls1.1': false, 'tls1.2': false } as const;
const only13 = (port: number) => probeResult({ target: `127.0.0.1:${port}`, port, protocols: { ...none, 'tls1.3': true } });
const refusesAll = (port: number) => probeResult({ target: `127.0.0.1:${port}`, port, protocols: { ...none, 'tls1.3': false } });
function item(r: ProbeResult, line: number): FleetItem {
  return { index: line - 1, line, input: r.target, name: '', stated: null, verdict: verdictOf(r), result: r, skipped: null, mismatch: null };
}
function report(results: ProbeResult[]): { summary: string; whole: string } {
  const s = emptySummary();
  const items = results.map((r, i) => item(r, i + 1));
  for (const i of items) addToSummary(s, i);
  const summary = summaryText(s);
  return { summary, whole: [tableHeader(), ...items.map(tableRow), '', summary].join('\n') };
}
const GENERAL = /Check that the address is the endpoint's HTTPS service/;

describe('left-e #3: fleet summary heading for TLS 1.3-only systems', () => {
  it('all TLS 1.3-only: the heading names MinimumTLSVersion, not the general advice; each row tagged', () => {
    const { summary } = report([only13(18443), only13(18444)]);
    const head = summary.split('\n').find((l) => /^2 /.test(l))!;
    expect(head).toMatch(/^2 accept only TLS 1\.3 \(TLS 1\.0, 1\.1 and 1\.2 refused\)/);
    expect(head).toContain('xConfiguration NetworkServices HTTPS Server MinimumTLSVersion on each');
    expect(head).toMatch(/so Medium-High would not fix it/);
    expect(summary).not.toMatch(GENERAL);
    expect(summary).toContain('  127.0.0.1:18443: only TLS 1.3 accepted\n');
    expect(summary).toContain('  127.0.0.1:18444: only TLS 1.3 accepted\n');
  });

  it('one TLS 1.3-only system: singular', () => {
    const { summary } = report([only13(18443)]);
    expect(summary).toMatch(/^1 accepts only TLS 1\.3 [^\n]*MinimumTLSVersion on it; TMS reaches it only once/m);
    expect(summary).not.toMatch(GENERAL);
  });

  it('a mix (TLS 1.3-only and TLS 1.3 refused too): the general heading stays, each row its own', () => {
    const { summary } = report([only13(18443), refusesAll(18451)]);
    expect(summary).toMatch(/^2 refuse TLS 1\.0, 1\.1 and 1\.2: /m);
    expect(summary).toMatch(GENERAL);
    expect(summary.split('\n').find((l) => l.includes('127.0.0.1:18443'))).toContain('MinimumTLSVersion on the endpoint');
    expect(summary.split('\n').find((l) => l.includes('127.0.0.1:18451'))).toContain('MinimumTLSVersion does not explain this');
  });

  it('control: every one refusing TLS 1.3 too keeps the general heading', () => {
    expect(report([refusesAll(18451), refusesAll(18452)]).summary).toMatch(GENERAL);
  });

  it('the report pasted back is still read as the tool\'s own output, every line of it masked', () => {
    const { whole } = report([only13(18443), only13(18444)]);
    const codes = readPastedText(whole).observations.map((o) => o.code);
    expect(codes[0]).toBe('probe-output');
    expect(codes.filter((c) => c === 'probe-output-target')).toHaveLength(2);
    // The fact readers see none of it (the heading is one of the report's section heads).
    expect(maskProbeOutput(whole).trim()).toBe('');
  });
});
