/**
 * "Something went wrong … so I did nothing" is true: a /tls-probe whose acknowledgement a slow store
 * holds up past the ack deadline (every conversation lookup takes 4 s) runs nothing once the store
 * answers. Several targets: the fleet job is claimed and its quota unit taken, then its late ack is
 * refused, so the claim is released and the unit given back: no progress or summary DM, no running
 * job, and the user may start it again at once. One target: the probe's quota unit is given back and
 * no probe runs. Both in Socket Mode (the app's own deadline) and in HTTP mode (503). A store that
 * answers in time starts the job and the probe as before. The local fake Web API, the local fake
 * Socket Mode server and one simulated TC 7.3.3 endpoint on 127.0.4.1 only (loopback).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { createApp, type SlackBot } from '../../src/slack/app';
import { MemoryLogger } from '../../src/slack/logger';
import { TEXTS } from '../../src/slack/texts';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { fleetJobStoreFor } from '../../src/store/fleet-jobs';
import { sqliteStore } from '../../src/store/sqlite';
import type { Store } from '../../src/store/port';
import { echoEngine } from './echo-engine';
import { FakeSlack } from './fake-slack';
import { FakeSocketMode } from './fake-socket';
import { startHarness, type Harness } from './harness';
import { FORM, post, slashCommand } from './signed';
import { slowStore } from './slow-store';
import { sleep, until } from './wait';

jest.setTimeout(60000);

const WINDOW = 10 * 60 * 1000;
const fake = new FakeSlack();
const ws = new FakeSocketMode();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-ack-nothing-runs-'));
const delay = { ms: 0 };
const logger = new MemoryLogger(LogLevel.DEBUG);
let tc: SimulatedEndpoint;
let inner: Store;
let bot: SlackBot;
let httpInner: Store;
let h: Harness;

const probeEnv = () => ({ PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `${tc.port}` });
const two = () => `127.0.4.1:${tc.port} 127.0.4.1:${tc.port}`;

beforeAll(async () => {
  tc = await startSimulatedEndpoint('tc733', { keyBits: 1024, host: '127.0.4.1' });
  await fake.start();
  await ws.start();
  fake.socketUrl = ws.url;
  inner = sqliteStore(path.join(dir, 'socket.db'));
  bot = createApp({ botToken: 'xoxb-t', appToken: 'xapp-1-A1-t', apiUrl: fake.apiUrl, store: slowStore(inner, delay), logger, logLevel: LogLevel.DEBUG, engine: echoEngine, env: probeEnv(), fleetLimit: { progressEveryMs: 0 } });
  await bot.start();
  await ws.connected();
  httpInner = sqliteStore(path.join(dir, 'http.db'));
  h = await startHarness({ engine: echoEngine, fake, probeEnv: probeEnv(), extra: { store: slowStore(httpInner, delay), fleetLimit: { progressEveryMs: 0 } } });
});
afterAll(async () => {
  await bot.stop();
  await h.close();
  await inner.close();
  await httpInner.close();
  await ws.stop();
  await fake.stop();
  await tc.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Send /tls-probe `text` as `user` as a Socket Mode envelope; resolves with its ack's text. */
async function socketCommand(text: string, user: string, envelope: string): Promise<string> {
  const payload = { command: '/tls-probe', text, user_id: user, channel_id: 'C1', trigger_id: `t.${envelope}`, response_url: fake.responseUrl(envelope), team_id: 'T1', api_app_id: 'A1' };
  ws.sendEnvelope('slash_commands', payload, envelope);
  await until(() => ws.acks.some((a) => a.envelope_id === envelope), 10000);
  return String((ws.acks.find((a) => a.envelope_id === envelope)!.payload as { text?: string } | undefined)?.text ?? '');
}

/** What reached `user` or the command's response_url: DMs (the fleet's progress and summary) and private answers. */
const sentTo = (user: string, key: string) =>
  fake.calls.filter((c) => (c.method.startsWith('chat.') && (c.body as { channel?: unknown }).channel === user) || (c.method === 'response_url' && JSON.stringify(c).includes(key)));

/** How many quota units `who` has used now (taking one more to see, then giving it back). */
async function used(store: Store, who: string): Promise<number> {
  const d = await store.quotas.take(who, 1000, WINDOW);
  await store.quotas.giveBack(who, d.at!);
  return d.used - 1;
}

describe('Socket Mode', () => {
  it('several targets, held up past the deadline: "I did nothing", and no job runs, no DM; the claim and the quota unit are given back', async () => {
    delay.ms = 4000;
    const ack = await socketCommand(two(), 'USLOWF', 'env-fleet-slow');
    expect(ack).toContain(TEXTS.en.requestFailed);
    // The store answers at 4 s; the job would have started then and probed the endpoint within a second.
    await sleep(3500);
    await bot.idle();
    expect(await fleetJobStoreFor(inner).runningFor('USLOWF')).toBeNull();
    expect(sentTo('USLOWF', 'env-fleet-slow')).toEqual([]);
    expect(await used(inner, 'fleet:USLOWF')).toBe(0);
    expect(logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    // Trying again (now in time) starts it: not "a fleet job is already running".
    delay.ms = 0;
    const again = await socketCommand(two(), 'USLOWF', 'env-fleet-again');
    expect(again).not.toContain(TEXTS.en.requestFailed);
    await until(() => fake.calls.some((c) => c.method === 'chat.postMessage' && (c.body as { channel?: unknown }).channel === 'USLOWF'), 10000);
    await until(async () => (await fleetJobStoreFor(inner).runningFor('USLOWF')) === null, 15000);
  });

  it('one target, held up past the deadline: no probe, the quota unit is given back', async () => {
    delay.ms = 4000;
    const ack = await socketCommand(`127.0.4.1:${tc.port}`, 'USLOW1', 'env-one-slow');
    expect(ack).toContain(TEXTS.en.requestFailed);
    await sleep(3500);
    await bot.idle();
    expect(await used(inner, 'USLOW1')).toBe(0);
    expect(sentTo('USLOW1', 'env-one-slow')).toEqual([]);
  });

  it('in time: the job starts and reports to the DM, the probe runs and counts (unchanged)', async () => {
    delay.ms = 500;
    const ack = await socketCommand(two(), 'UFAST', 'env-fleet-fast');
    expect(ack).not.toContain(TEXTS.en.requestFailed);
    expect(ack).toMatch(/2/);
    await until(() => fake.calls.some((c) => c.method === 'chat.postMessage' && (c.body as { channel?: unknown }).channel === 'UFAST'), 10000);
    expect(await used(inner, 'fleet:UFAST')).toBe(1);
    const one = await socketCommand(`127.0.4.1:${tc.port}`, 'UFAST1', 'env-one-fast');
    expect(one).not.toContain(TEXTS.en.requestFailed);
    await until(() => fake.calls.some((c) => c.method === 'response_url' && JSON.stringify(c).includes('env-one-fast')), 10000);
    expect(await used(inner, 'UFAST1')).toBe(1);
    await until(async () => (await fleetJobStoreFor(inner).runningFor('UFAST')) === null, 15000);
  });
});

describe('HTTP mode', () => {
  it('several targets and one target, answered 503: nothing runs, no DM, claim and quota units given back', async () => {
    delay.ms = 4000;
    const [fleet, one] = await Promise.all([
      post(h.port, slashCommand('/tls-probe', two(), fake.responseUrl('http-fleet'), { user_id: 'UHTTPF' }), { contentType: FORM }),
      post(h.port, slashCommand('/tls-probe', `127.0.4.1:${tc.port}`, fake.responseUrl('http-one'), { user_id: 'UHTTP1' }), { contentType: FORM }),
    ]);
    expect(fleet.status).toBe(503);
    expect(one.status).toBe(503);
    await sleep(3500);
    await h.bot.idle();
    expect(await fleetJobStoreFor(httpInner).runningFor('UHTTPF')).toBeNull();
    expect(sentTo('UHTTPF', 'http-fleet')).toEqual([]);
    expect(sentTo('UHTTP1', 'http-one')).toEqual([]);
    expect(await used(httpInner, 'fleet:UHTTPF')).toBe(0);
    expect(await used(httpInner, 'UHTTP1')).toBe(0);
  });
});
