/**
 * QA50 #20: a probe asked for in a sentence ("can you probe 127.0.0.1:9 for me", 「127.0.0.1:9 をプローブしてください」)
 * is run by the console like a "probe HOST[:PORT]" line, under the same PROBE_ALLOW / PROBE_PORTS policy (loopback only
 * here). Statements, plans, negations and questions about probing are not requests; a Slack message still never probes.
 */
import { main } from '../../src/cli';
import { probeRequestIn } from '../../src/console/probe-line';
import { step } from '../../src/conversation/engine';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { makeIO } from './helpers';

describe('probe requests said in a sentence (QA50 #20)', () => {
  it.each([
    ['can you probe 127.0.0.1:9 for me', '127.0.0.1:9'],
    ['Could you please probe [::1]:443?', '[::1]:443'],
    ['please probe 10.1.2.3', '10.1.2.3'],
    ['probe codec.example.com please', 'codec.example.com'],
    ['127.0.0.1:9 をプローブしてください', '127.0.0.1:9'],
    ['10.0.0.5をプローブしてもらえますか？', '10.0.0.5'],
  ])('%s: one target', (line, target) => {
    expect(probeRequestIn(line)).toEqual({ kind: 'one', target });
  });
  it.each([
    'we probed 10.1.2.3',
    'I will probe 10.1.2.3 tomorrow',
    'can I probe 10.1.2.3 from the TMS server?',
    "don't probe 10.1.2.3",
    'please do not probe 10.1.2.3',
    '10.1.2.3 はプローブしないでください',
    '明日 10.1.2.3 をプローブする予定です',
    'can you probe the codec for me',
    'can you probe 10.1.2.3 and 10.1.2.4',
    'their vendor will probe 10.1.2.3 for us',
  ])('%s: not a request to probe one target', (line) => {
    expect(probeRequestIn(line)).toBeNull();
  });

  it.each(['en', 'ja'] as const)('%s: a Slack message says how to probe instead of "I don\'t know that one"', (lang) => {
    const text = lang === 'en' ? 'can you probe 10.1.2.3:443 for me' : '10.1.2.3:443 をプローブしてください';
    const r = step(null, { kind: 'text', text });
    expect(r.route).toBe('probe-command');
    expect(r.state.lang).toBe(lang);
    expect(JSON.stringify(r.replies)).toMatch(/tls-probe 10\.1\.2\.3:443/);
  });
});

describe('console chat: a probe request in a sentence runs the probe on loopback', () => {
  let ce: SimulatedEndpoint;
  beforeAll(async () => {
    ce = await startSimulatedEndpoint('ce81', { keyBits: 1024 });
  });
  afterAll(() => ce.close());

  it.each([
    (p: number) => `can you probe 127.0.0.1:${p} for me`,
    (p: number) => `127.0.0.1:${p} をプローブしてください`,
  ])('feeds the probe result into the conversation (%#)', async (say) => {
    const before = ce.accepted();
    const io = makeIO(`TMS 15.2.1, SQL 2016\n${say(ce.port)}\n`, { env: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: String(ce.port) } });
    expect(await main(['chat', '--json'], io)).toBe(0);
    const replies = io.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(replies).toHaveLength(2);
    const d = replies[1].diagnosis;
    expect(d.facts.probe.protocols['tls1.0']).toBe(false);
    expect(d.facts.probe.protocols['tls1.2']).toBe(true);
    expect(ce.accepted()).toBeGreaterThan(before);
  }, 30_000);

  it('outside the policy it is refused and nothing connects', async () => {
    const before = ce.accepted();
    const io = makeIO(`can you probe 127.0.0.1:${ce.port} for me\n`, { env: {} });
    expect(await main(['chat'], io)).toBe(0);
    expect(io.out()).toMatch(/Could not probe: /);
    expect(ce.accepted()).toBe(before);
  }, 30_000);
});
