/**
 * The policy check comes before any announcement: a host NAME whose address the allow-list refuses
 * is refused in the answer to the command (or as a field error in the modal), never after a
 * "Probing…". The name is resolved once; an allowed name is probed at the address that was
 * checked. Real app, local fake Web API, real probe against a real TLS server on loopback; the
 * names resolve through a resolver given to the probe service (no DNS traffic at all).
 */
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { probeServiceFromEnv } from '../../src/slack/probe-service';
import type { ProbeLogPort } from '../../src/store/port';
import { findButton, posts, responses, settle, str } from './calls';
import { echoEngine } from './echo-engine';
import { startHarness, type Harness } from './harness';
import { blockActions, eventCallback, FORM, mention, post, slashCommand, viewSubmission } from './signed';
import { MemoryLogger } from '../../src/slack/logger';

let sim: SimulatedEndpoint;
beforeAll(async () => {
  sim = await startSimulatedEndpoint('ce81', { keyBits: 1024 });
});
afterAll(async () => sim.close());

const NAMES: Record<string, string[]> = {
  'codec-7.example.lan': ['127.0.0.1'],
  'split.example.lan': ['127.0.0.1', '169.254.169.254'],
};

describe('a host name is checked against the policy before anything is announced', () => {
  let h: Harness;
  let lookups: string[];
  const start = async (allow: string) => {
    lookups = [];
    // The probe log of the harness's own store (it exists once the harness has started).
    const log: ProbeLogPort = { record: (e) => h.store.probes.record(e), recent: (n) => h.store.probes.recent(n) };
    const probe = probeServiceFromEnv({ PROBE_ALLOW: allow, PROBE_PORTS: `${sim.port},443`, PROBE_ALLOW_NAMES: '*.example.lan' }, log, new MemoryLogger(), {
      resolve: async (name) => {
        lookups.push(name);
        const a = NAMES[name];
        if (!a) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
        return a;
      },
      timeoutMs: 2000,
    });
    h = await startHarness({ engine: echoEngine, probe });
  };
  afterEach(async () => h.close());

  it('/tls-probe NAME that resolves outside the allowed networks: refused in the ack, no "Probing", nothing sent later', async () => {
    await start('10.0.0.0/8');
    const res = await post(h.port, slashCommand('/tls-probe', `codec-7.example.lan:${sim.port}`, h.fake.responseUrl('n1')), { contentType: FORM });
    const body = JSON.parse(res.text) as { text: string; response_type: string };
    expect(body.response_type).toBe('ephemeral');
    // One sentence: the name, the address it resolves to and why, then what the user can do.
    expect(body.text).toMatch(/^"codec-7\.example\.lan" resolves to an address this bot may not probe: 127\.0\.0\.1 is a loopback address, .*administrator of this bot/);
    expect(body.text).not.toMatch(/Probing|PROBE_|--allow/);
    await settle(h);
    expect(responses(h)).toHaveLength(0);
    expect(posts(h)).toHaveLength(0);
    expect(sim.accepted()).toBe(0); // not one packet to the endpoint
    const log = await h.store.probes.recent(5);
    expect(log[0]).toMatchObject({ surface: 'slash', target: `codec-7.example.lan:${sim.port}`, result: null, refused: expect.stringMatching(/resolves to an address the probe may not use/) });
    const unknown = await post(h.port, slashCommand('/tls-probe', 'nowhere.example.lan', h.fake.responseUrl('n3')), { contentType: FORM });
    expect(JSON.parse(unknown.text).text).toBe('I could not turn "nowhere.example.lan" into an address I may probe.');
    expect(JSON.parse(unknown.text).text).not.toMatch(/Probing/);
    await settle(h);
    expect(responses(h)).toHaveLength(0);
  });

  it('the probe modal in a thread: a refused name is a field error; nothing is posted in the thread', async () => {
    await start('10.0.0.0/8');
    const root = mention('C1', 'UALICE', '<@UBOT> endpoints say No HTTPS response');
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => posts(h).length === 1);
    const btn = findButton(posts(h)[0]!, 'probe-endpoint');
    await post(h.port, blockActions({ ...btn, channel: 'C1', messageTs: '1700000000.000001', threadTs: root.ts as string, responseUrl: h.fake.responseUrl('x') }), { contentType: FORM });
    await h.fake.waitFor(() => h.fake.of('views.open').length === 1);
    const meta = h.fake.of('views.open')[0]!.body.view.private_metadata as string;
    const res = await post(h.port, viewSubmission('probe-modal', meta, { target: { target: { type: 'plain_text_input', value: `codec-7.example.lan:${sim.port}` } } }), { contentType: FORM });
    expect(JSON.parse(res.text)).toMatchObject({ response_action: 'errors', errors: { target: expect.stringMatching(/codec-7\.example\.lan.* resolves to an address this bot may not probe/) } });
    await settle(h);
    expect(posts(h)).toHaveLength(1);
    expect(posts(h).map(str).join('')).not.toMatch(/Probing/);
  });

  it('an allowed name is announced, resolved once, and probed at the address that was checked', async () => {
    await start('127.0.0.0/8');
    const res = await post(h.port, slashCommand('/tls-probe', `codec-7.example.lan:${sim.port}`, h.fake.responseUrl('a1')), { contentType: FORM });
    expect(JSON.parse(res.text).text).toContain(`Probing codec-7.example.lan:${sim.port}`);
    await h.fake.waitFor(() => responses(h).map(str).join('').includes('probe:codec-7.example.lan'), 15000);
    expect(lookups).toEqual(['codec-7.example.lan']);
    const log = await h.store.probes.recent(1);
    expect(log[0]!.result).toMatchObject({ target: `codec-7.example.lan:${sim.port}`, address: '127.0.0.1', tms: { medium: false } });
    // every address a name resolves to must pass, not just the first
    const split = await post(h.port, slashCommand('/tls-probe', `split.example.lan:${sim.port}`, h.fake.responseUrl('a2')), { contentType: FORM });
    expect(JSON.parse(split.text).text).toMatch(/resolves to an address this bot may not probe: 169\.254\.169\.254 is a link-local address/);
    expect(JSON.parse(split.text).text).not.toMatch(/Probing/);
  });
});
