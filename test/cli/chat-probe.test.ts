import { main } from '../../src/cli';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { makeIO } from './helpers';

describe('console chat: probe HOST[:PORT] runs the real probe on loopback', () => {
  let ce: SimulatedEndpoint;
  beforeAll(async () => {
    ce = await startSimulatedEndpoint('ce81', { keyBits: 1024 });
  });
  afterAll(() => ce.close());

  it('feeds the probe result into the conversation', async () => {
    const io = makeIO(`TMS 15.2.1, SQL 2016\nprobe 127.0.0.1:${ce.port}\n`, { env: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: String(ce.port) } });
    expect(await main(['chat', '--json'], io)).toBe(0);
    const replies = io.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(replies).toHaveLength(2);
    expect(replies[0].blocks.find((b: { type: string }) => b.type === 'question').code).toBe('need-endpoint-version');
    const d = replies[1].diagnosis;
    expect(d.facts.probe.protocols['tls1.0']).toBe(false);
    expect(d.facts.probe.protocols['tls1.2']).toBe(true);
    expect(d.findings.map((f: { code: string }) => f.code)).toEqual(expect.arrayContaining(['endpoint-no-tls10', 'tms-tools-medium-high']));
  }, 30_000);

  it('a target outside the policy is refused politely and the chat goes on', async () => {
    const before = ce.accepted();
    const io = makeIO(`probe 127.0.0.1:${ce.port}\nTMS 15.2.1\n`, { env: {} });
    expect(await main(['chat'], io)).toBe(0);
    expect(io.out()).toMatch(/Could not probe: /);
    expect(io.out()).toMatch(/Which software version do the affected endpoints run/);
    expect(ce.accepted()).toBe(before); // the refused probe never connected
  }, 30_000);
});
