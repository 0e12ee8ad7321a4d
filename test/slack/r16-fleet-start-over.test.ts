/**
 * R42: a target list shared in a thread feeds its counts into that thread's conversation when the job
 * ends, unless the thread was started over meanwhile: then the summary still comes, with one line that
 * its results were not added to the case, and the new conversation gets no fleet counts. End to end:
 * the real app and engine against the local fake Web API, the real probe against local TLS servers on
 * loopback (PROBE_ALLOW is 127.0.0.0/8 only: nothing else is sent).
 */
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { eventCallback, mention, message, post } from './signed';
import { parseFollowUp } from '../../src/slack/fleet/follow-up';

jest.setTimeout(60000);

const str = (c: Call): string => JSON.stringify(c.body);
let tc: SimulatedEndpoint;
let silent: SimulatedEndpoint;

beforeAll(async () => {
  tc = await startSimulatedEndpoint('tc733', { keyBits: 1024, host: '127.0.4.1' });
  silent = await startSimulatedEndpoint('silent', { host: '127.0.4.3' });
});
afterAll(async () => Promise.all([tc, silent].map((s) => s.close())));

describe('R42: fleet results after the thread was started over', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ probeEnv: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${tc.port},${silent.port}` }, extra: { fleetLimit: { progressEveryMs: 0, heartbeatMs: 20 } } });
    h.fake.locales.set('UJA', 'ja-JP');
  });
  afterEach(async () => h.close());

  /** A thread, a list shared in it (the silent endpoint holds the job open), optionally a start over while it runs. */
  async function run(user: string, opening: string, startOver: string | null) {
    const root = mention('C1', user, `<@UBOT> ${opening}`);
    await post(h.port, eventCallback(root));
    await h.fake.waitFor(() => h.fake.of('chat.postMessage').length >= 1);
    const key = `C1:${root.ts as string}`;
    const csv = `"System Name","Network Address","Software Version"\r\n"Room 1","127.0.4.1:${tc.port}","TC7.3.3"\r\n"Room 3","127.0.4.3:${silent.port}","ce9.15.3.17"\r\n`;
    const file = h.fake.addFile('FL1', 'systems.csv', Buffer.from(csv));
    await post(h.port, eventCallback(message('C1', 'channel', user, '', { thread_ts: root.ts, subtype: 'file_share', files: [file] }), 'EvShare1'));
    const jobs = h.bot.deps.fleet!.store;
    for (let i = 0; i < 250 && ((await jobs.runningFor(user))?.done ?? 0) < 1; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await jobs.runningFor(user))?.done).toBe(1); // still running: the silent endpoint holds it
    if (startOver) {
      await post(h.port, eventCallback(message('C1', 'channel', user, startOver, { thread_ts: root.ts }), 'EvStartOver'));
      for (let i = 0; i < 100 && ((await h.store.conversations.get(key))?.state.restarts ?? 0) < 1; i++) await new Promise((r) => setTimeout(r, 20));
      expect((await h.store.conversations.get(key))?.state.restarts).toBe(1);
    }
    await h.fake.waitFor(() => h.fake.of('files.completeUploadExternal').length === 1, 20000);
    await new Promise((r) => setTimeout(r, 500)); // the follow-up turn (if any) after the report
    const card = h.fake.of('chat.postMessage').find((p) => p.body.thread_ts === root.ts && /TLS probe of 2 endpoints|2 台のエンドポイントの TLS 調査/.test(String(p.body.text)));
    const conv = await h.store.conversations.get(key);
    return { card, conv, root };
  }

  it('started over while the list ran: the summary says its results were not added to the case, and the new case has no fleet counts', async () => {
    const { card, conv } = await run('UALICE', 'half the codecs show No HTTPS response', 'start over');
    expect(card).toBeDefined();
    expect(str(card!)).toMatch(/started over/i);
    expect(str(card!)).toMatch(/not added to the case/);
    expect(conv!.state.facts).not.toHaveProperty('fleet');
  });

  it('in Japanese too', async () => {
    const { card, conv } = await run('UJA', 'TMS で No HTTPS response が出ます', '最初からやり直す');
    expect(card).toBeDefined();
    expect(str(card!)).toMatch(/やり直され/);
    expect(conv!.state.facts).not.toHaveProperty('fleet');
  });

  it('not started over: the summary has no such line and the case takes the counts (as before)', async () => {
    const { card, conv } = await run('UALICE', 'half the codecs show No HTTPS response', null);
    expect(card).toBeDefined();
    expect(str(card!)).not.toMatch(/started over|not added to the case/i);
    expect(conv!.state.facts).toHaveProperty('fleet');
  });
});

describe('R42: the start-over count is kept with a stored job (a resumed job checks it too)', () => {
  const base = { key: 'C1:1.1', dedupe: ['Ev1:fleet'], target: { channel: 'C1', threadTs: '1.1', user: 'UALICE' } };
  it('read back from the stored plan', () => {
    expect(parseFollowUp(JSON.parse(JSON.stringify({ ...base, gen: 2 })))).toMatchObject({ gen: 2 });
  });
  it('a plan stored before the count existed still resumes (fed as before)', () => {
    const f = parseFollowUp(JSON.parse(JSON.stringify(base)));
    expect(f).not.toBeNull();
    expect(f).not.toHaveProperty('gen');
    expect(parseFollowUp({ ...base, gen: -1 })).not.toHaveProperty('gen');
  });
});
