/**
 * Socket Mode gets the ack deadline HTTP mode has (2.5 s, src/slack/ack-gate.ts): a slash command
 * whose listener a busy store holds up (every conversation lookup takes 4 s) is acknowledged by
 * 2.5 s with the polite failure text in English and Japanese, and the listener does nothing more
 * when the store answers (its late ack is refused: no second ack, no answer through response_url,
 * no error line). Before, the envelope waited for the store (4 s: past Slack's 3 s, so the user saw
 * Slack's own timeout). A store that answers within the deadline still gets the command its own
 * acknowledgement. The local fake Web API and the local fake Socket Mode server only (loopback).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { createApp, type SlackBot } from '../../src/slack/app';
import { MemoryLogger } from '../../src/slack/logger';
import { TEXTS } from '../../src/slack/texts';
import { sqliteStore } from '../../src/store/sqlite';
import type { Store } from '../../src/store/port';
import { echoEngine } from './echo-engine';
import { FakeSlack } from './fake-slack';
import { FakeSocketMode } from './fake-socket';
import { slowStore } from './slow-store';
import { sleep } from './wait';

jest.setTimeout(30000);

const fake = new FakeSlack();
const ws = new FakeSocketMode();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-socket-ack-deadline-'));
const delay = { ms: 0 };
const logger = new MemoryLogger(LogLevel.DEBUG);
let inner: Store;
let bot: SlackBot;

beforeAll(async () => {
  await fake.start();
  await ws.start();
  fake.socketUrl = ws.url;
  inner = sqliteStore(path.join(dir, 's.db'));
  bot = createApp({ botToken: 'xoxb-t', appToken: 'xapp-1-A1-t', apiUrl: fake.apiUrl, store: slowStore(inner, delay), logger, logLevel: LogLevel.DEBUG, engine: echoEngine, probe: null });
  await bot.start();
  await ws.connected();
});
afterAll(async () => {
  await bot.stop();
  await inner.close();
  await ws.stop();
  await fake.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Send /tls-probe help as a Socket Mode envelope; resolves with its ack and how long it took. */
async function command(envelope: string, responseId: string): Promise<{ ms: number; payload: { text?: string } | undefined }> {
  const payload = { command: '/tls-probe', text: 'help', user_id: 'UALICE', channel_id: 'C1', trigger_id: `t.${envelope}`, response_url: fake.responseUrl(responseId), team_id: 'T1', api_app_id: 'A1' };
  const t0 = Date.now();
  ws.sendEnvelope('slash_commands', payload, envelope);
  while (!ws.acks.some((a) => a.envelope_id === envelope)) {
    if (Date.now() - t0 > 10000) throw new Error('no ack');
    await sleep(5);
  }
  const ms = Date.now() - t0;
  return { ms, payload: ws.acks.find((a) => a.envelope_id === envelope)!.payload as { text?: string } | undefined };
}

it('held up past the deadline: acknowledged by 2.5 s with the polite failure text (EN and JA), and nothing more after', async () => {
  delay.ms = 4000;
  const r = await command('env-slow', 'slow1');
  expect(r.ms).toBeGreaterThanOrEqual(2400);
  expect(r.ms).toBeLessThan(2790);
  expect(r.payload?.text).toContain(TEXTS.en.requestFailed);
  expect(r.payload?.text).toContain(TEXTS.ja.requestFailed);
  expect(logger.lines.filter((l) => l.level === 'warn' && /not acknowledged in time/.test(String(l.msg)))).toHaveLength(1);
  // The store answers at 4 s: the listener's own ack is refused; nothing else is sent for it.
  await sleep(2500);
  await bot.idle();
  expect(ws.acks.filter((a) => a.envelope_id === 'env-slow')).toHaveLength(1);
  expect(fake.calls.filter((c) => c.method === 'response_url' && JSON.stringify(c).includes('slow1'))).toEqual([]);
  expect(logger.lines.filter((l) => l.level === 'error')).toEqual([]);
});

it('answered within the deadline: the command\'s own acknowledgement', async () => {
  delay.ms = 1500;
  const r = await command('env-ok', 'ok1');
  expect(r.ms).toBeLessThan(2400);
  expect(r.payload?.text).toMatch(/tls-probe/);
  expect(r.payload?.text).not.toContain(TEXTS.en.requestFailed);
});
