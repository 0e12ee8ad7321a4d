/**
 * OPS20 #2: the probe modal (the "Probe an endpoint" button under an answer in a thread) submitted
 * while the store is held up past the ack deadline. Its ack comes too late, so the HTTP receiver
 * answers the submission 503 at 2.5 s (Slack then shows the user an error in the modal and keeps it
 * open, with what they typed): the submission must then do nothing when the store answers (no
 * "Probing …", no probe sent to the endpoint, nothing added to the conversation, the probe's quota
 * unit given back). Submitting the same modal again once the store answers in time runs the probe
 * once: one "Probing …" edited into "Probed …", the result once in the thread, one turn. Nothing runs
 * twice and nothing is lost.
 *
 * In Socket Mode there is no HTTP answer: the app leaves the submission unacknowledged (Slack shows
 * the user it failed, the modal stays open), and the same holds: nothing runs, and submitting again
 * in time runs the probe once.
 *
 * End to end: the real app in HTTP mode behind signed requests (and in Socket Mode behind the local
 * fake Socket Mode server), the local fake Web API, a SQLite store whose conversation reads are held
 * up on demand, and one simulated TC 7.3.3 endpoint on 127.0.0.1 (loopback only).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { createApp } from '../../src/slack/app';
import { Sealer } from '../../src/slack/edge';
import { MemoryLogger } from '../../src/slack/logger';
import { sqliteStore } from '../../src/store/sqlite';
import type { Store } from '../../src/store/port';
import { startHarness, withLocales, type Harness } from './harness';
import { threadInC4, settle, sleep } from './press-kit';
import { FORM, post, viewSubmission } from './signed';
import { slowStore } from './slow-store';
import { FakeSlack } from './fake-slack';
import { FakeSocketMode } from './fake-socket';
import { echoEngine } from './echo-engine';
import { until } from './wait';

jest.setTimeout(60000);

const WINDOW = 10 * 60 * 1000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-ops20-modal-'));
const delay = { ms: 0 };
let tc: SimulatedEndpoint;
let inner: Store;
let h: Harness;

beforeAll(async () => {
  tc = await startSimulatedEndpoint('tc733', { keyBits: 1024, host: '127.0.0.1' });
  inner = sqliteStore(path.join(dir, 'slow.db'));
  h = withLocales(await startHarness({ probeEnv: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${tc.port}` }, extra: { store: slowStore(inner, delay) } }));
});
afterAll(async () => {
  await h.close();
  await inner.close();
  await tc.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** How many probe quota units `who` has used now (taking one more to see, then giving it back). */
async function used(who: string): Promise<number> {
  const d = await inner.quotas.take(who, 1000, WINDOW);
  await inner.quotas.giveBack(who, d.at!);
  return d.used - 1;
}

const texts = (method: string) => h.fake.of(method).map((c) => String(c.body.text ?? ''));

for (const { lang, user, opening, probing, probed } of [
  { lang: 'en', user: 'UBOB', opening: 'TMS 15.2.1, endpoints CE 9.15, SQL 2016, Windows 2019, level Medium', probing: /^Probing 127\.0\.0\.1:\d+ …/, probed: /^Probed 127\.0\.0\.1:\d+: the result is below/ },
  { lang: 'ja', user: 'UJA', opening: 'TMS 15.2.1、エンドポイントは CE 9.15、SQL 2016、Windows 2019、レベルは Medium です', probing: /^127\.0\.0\.1:\d+ を調べています/, probed: /^127\.0\.0\.1:\d+ を調べました。結果は下のとおりです/ },
]) {
  it(`${lang}: submitted past the ack deadline: 503, and nothing runs; submitted again in time: the probe runs once and joins the case once`, async () => {
    delay.ms = 0;
    const t = await threadInC4(h, user, opening);
    const card = h.fake.of('chat.postMessage').find((c) => c.body.thread_ts === t.rootTs && /probe-endpoint/.test(JSON.stringify(c.body.blocks)))!;
    expect(card).toBeDefined();
    await t.press(card, 'probe-endpoint', `open-${lang}`);
    const modal = t.lastView();
    expect(modal.callback_id).toBe('probe-modal');
    const viewId = `VOPS20${lang}`;
    const submit = () => post(h.port, viewSubmission('probe-modal', modal.private_metadata, { target: { target: { type: 'plain_text_input', value: `127.0.0.1:${tc.port}` } } }, user, viewId), { contentType: FORM });

    const state0 = JSON.stringify((await inner.conversations.get(t.key))!.state);
    const posts0 = h.fake.of('chat.postMessage').length;
    const updates0 = h.fake.of('chat.update').length;
    const probes0 = tc.accepted();

    // The store is held up 4 s: the submission is answered 503 by the deadline (what Slack shows as
    // a failed submission, the modal still open), and when the store answers nothing is done.
    delay.ms = 4000;
    const late = await submit();
    expect(late.status).toBe(503);
    expect(late.ms).toBeLessThan(2900);
    await sleep(4500);
    await settle(h);
    delay.ms = 0;
    expect(h.fake.of('chat.postMessage').length).toBe(posts0); // no "Probing …", no result
    expect(h.fake.of('chat.update').length).toBe(updates0);
    expect(tc.accepted()).toBe(probes0); // nothing was sent to the endpoint
    expect(JSON.stringify((await inner.conversations.get(t.key))!.state)).toBe(state0); // nothing joined the case
    expect(await used(user)).toBe(0); // the quota unit came back
    expect(h.logger.lines.some((l) => l.level === 'warn' && /not acknowledged in time: answered 503/.test(String(l.msg)))).toBe(true);

    // The user submits the same modal again; the store answers in time.
    const again = await submit();
    expect(again.status).toBe(200);
    expect(again.text).toBe(''); // an empty ack: the modal closes
    await h.fake.waitFor(() => texts('chat.update').some((x) => probed.test(x)), 20000);
    await settle(h, 300);
    const newPosts = h.fake.of('chat.postMessage').slice(posts0);
    expect(newPosts.filter((c) => probing.test(String(c.body.text)))).toHaveLength(1);
    expect(texts('chat.update').slice(updates0).filter((x) => probed.test(x))).toHaveLength(1);
    // The result went into the thread once, as the conversation's next turn, once.
    expect(newPosts.every((c) => c.body.channel === 'C4' && c.body.thread_ts === t.rootTs)).toBe(true);
    expect(newPosts.filter((c) => /TLS 1\.0/.test(JSON.stringify(c.body.blocks ?? '')))).toHaveLength(1);
    const state1 = (await inner.conversations.get(t.key))!.state;
    expect(state1.turns).toBe(JSON.parse(state0).turns + 1);
    expect(tc.accepted()).toBeGreaterThan(probes0);
    expect(await used(user)).toBe(1);
  });
}

describe('Socket Mode', () => {
  const fake = new FakeSlack();
  const ws = new FakeSocketMode();
  const logger = new MemoryLogger(LogLevel.DEBUG);
  let store: Store;
  let bot: ReturnType<typeof createApp>;
  beforeAll(async () => {
    await fake.start();
    await ws.start();
    fake.socketUrl = ws.url;
    store = sqliteStore(path.join(dir, 'socket.db'));
    bot = createApp({ botToken: 'xoxb-t', appToken: 'xapp-1-A1-t', apiUrl: fake.apiUrl, store: slowStore(store, delay), logger, logLevel: LogLevel.DEBUG, engine: echoEngine, env: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${tc.port}` } });
    await bot.start();
    await ws.connected();
  });
  afterAll(async () => {
    await bot.stop();
    await store.close();
    await ws.stop();
    await fake.stop();
  });

  it('submitted past the deadline: left unacknowledged, and nothing runs; submitted again in time: one probe, one result, one turn', async () => {
    const key = 'C4:1700000000.000100';
    // The modal as the app opens it under an answer in that thread (sealed with the app's key).
    const meta = new Sealer('xoxb-t').seal(JSON.stringify({ key, ephemeral: false, lang: 'en', gen: 0 }));
    const payload = JSON.parse(new URLSearchParams(viewSubmission('probe-modal', meta, { target: { target: { type: 'plain_text_input', value: `127.0.0.1:${tc.port}` } } }, 'USOCK', 'VSOCK1')).get('payload')!);
    const probes0 = tc.accepted();

    delay.ms = 4000;
    ws.sendEnvelope('interactive', payload, 'env-late');
    await sleep(6000);
    await bot.idle();
    delay.ms = 0;
    expect(ws.acks.filter((a) => a.envelope_id === 'env-late')).toEqual([]); // Slack shows the submission failed
    expect(fake.of('chat.postMessage')).toEqual([]);
    expect(tc.accepted()).toBe(probes0);
    expect(await store.conversations.get(key)).toBeNull();
    const d = await store.quotas.take('USOCK', 1000, WINDOW);
    expect(d.used).toBe(1); // only this look: the late submission's unit came back
    await store.quotas.giveBack('USOCK', d.at!);

    ws.sendEnvelope('interactive', payload, 'env-again');
    await until(() => ws.acks.some((a) => a.envelope_id === 'env-again'), 5000);
    await until(() => fake.of('chat.update').some((c) => /^Probed 127\.0\.0\.1/.test(String(c.body.text))), 20000);
    await sleep(300);
    await bot.idle();
    expect(fake.of('chat.postMessage').filter((c) => /^Probing 127\.0\.0\.1/.test(String(c.body.text)))).toHaveLength(1);
    expect((await store.conversations.get(key))!.state.turns).toBe(1);
    expect(tc.accepted()).toBeGreaterThan(probes0);
  });
});
