/**
 * QA55 #8: `probe --timeout 60000 --deadline 3000` against a silent port (a local simulated endpoint on 127.0.0.1). The
 * deadline is what stops it, so the rows, the error and the conclusion name the deadline and say to raise --deadline, not
 * "no answer within 60000 ms" and "a longer --timeout". With the --timeout the limit, the old words stay. EN/JA error.
 */
import { runProbe, policyFromEnv, conclusion, type ProbePolicy } from '../../src/probe';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { probeErrorText } from '../../src/probe/errors';
import type { ProbeResult } from '../../src/probe/types';

let sim: SimulatedEndpoint;
let policy: ProbePolicy;
beforeAll(async () => {
  sim = await startSimulatedEndpoint('silent', { keyBits: 1024 });
  policy = policyFromEnv({ PROBE_PORTS: String(sim.port) }, ['127.0.0.0/8']);
});
afterAll(async () => sim.close());

async function probe(timeoutMs: number, deadlineMs: number): Promise<ProbeResult> {
  const r = await runProbe(`127.0.0.1:${sim.port}`, { policy, timeoutMs, deadlineMs, certificate: false });
  if (!r.ok) throw new Error(r.reason);
  return r.result;
}

it('the deadline is the limit: the rows, the error and the conclusion name it, and say to raise --deadline', async () => {
  const r = await probe(20000, 400);
  for (const d of Object.values(r.detail ?? {})) {
    expect(d).toBe("no answer before the probe's deadline (400 ms)");
    expect(d).not.toContain('20000');
  }
  expect(r.error).toMatch(/deadline/);
  expect(r.error).toContain('--deadline');
  expect(probeErrorText(r.error!, 'ja')).toContain('--deadline');
  const c = conclusion(r);
  expect(c).toContain('--deadline');
  expect(c).not.toContain('--timeout');
});

it('control: the --timeout is the limit: the timeout is named, and a longer --timeout advised', async () => {
  const r = await probe(300, 10000);
  expect(Object.values(r.detail ?? {})).toContain('no answer within 300 ms');
  expect(conclusion(r)).toContain('a longer --timeout');
});
