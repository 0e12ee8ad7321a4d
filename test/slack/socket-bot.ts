/**
 * A Socket Mode app for operations tests: the local fake Web API, a local fake Socket Mode server
 * and tms-doctor's app on a memory store with the echo engine, its side port (METRICS_PORT) on
 * loopback. Loopback only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import type { RetryOptions } from '@slack/web-api';
import { start, type StartOptions } from '../../src/cli/start';
import { createApp } from '../../src/slack/app';
import { MemoryLogger } from '../../src/slack/logger';
import { memoryStore } from '../../src/store/memory';
import { echoEngine } from './echo-engine';
import { FakeSlack } from './fake-slack';
import { FakeSocketMode } from './fake-socket';
import { makeIO } from '../cli/helpers';
import { sleep } from './wait';

/** GET a path of the side port: status and body text. */
export const getOps = async (port: number, p: string): Promise<{ status: number; text: string }> => {
  const res = await fetch(`http://127.0.0.1:${port}${p}`);
  return { status: res.status, text: await res.text() };
};

/**
 * Quick reconnects for the tests that wait through several: the library's pause before it reconnects a closed socket
 * (5 s times the failures in a row by default) down to 300 ms, and the Web API client's own tries of one call kept at
 * four (DEFAULT_RETRY's count) but 50-200 ms apart instead of 0.5-4 s. Left out, the app's defaults.
 */
export const QUICK_RECONNECT = { reconnectPauseMs: 300, retryConfig: { retries: 3, factor: 2, minTimeout: 50, maxTimeout: 200, randomize: true } } as const;

export async function socketBot(opts: { socketGraceMs?: number; appTokenExitMs?: number; socketClosedExitMs?: number; reconnectBackoff?: { firstMs: number; maxMs: number }; reconnectPauseMs?: number; retryConfig?: RetryOptions; logger?: MemoryLogger } = {}) {
  const fake = new FakeSlack();
  await fake.start();
  const sock = new FakeSocketMode();
  await sock.start();
  fake.socketUrl = sock.url;
  const store = memoryStore();
  const logger = opts.logger ?? new MemoryLogger(LogLevel.ERROR);
  const bot = createApp({ botToken: 'xoxb-sock', appToken: 'xapp-sock', apiUrl: fake.apiUrl, store, logger, engine: echoEngine, probe: null, metricsPort: 0, metricsHost: '127.0.0.1', ...(opts.socketGraceMs !== undefined ? { socketGraceMs: opts.socketGraceMs } : {}), ...(opts.appTokenExitMs !== undefined ? { appTokenExitMs: opts.appTokenExitMs } : {}), ...(opts.socketClosedExitMs !== undefined ? { socketClosedExitMs: opts.socketClosedExitMs } : {}), ...(opts.reconnectBackoff ? { reconnectBackoff: opts.reconnectBackoff } : {}), ...(opts.reconnectPauseMs !== undefined ? { socketReconnectPauseMs: opts.reconnectPauseMs } : {}), ...(opts.retryConfig ? { retryConfig: opts.retryConfig } : {}) });
  let port: number;
  try {
    port = (await bot.start()).metricsPort!;
  } catch (error) {
    await bot.stop().catch(() => undefined);
    await store.close();
    await sock.stop().catch(() => undefined);
    await fake.stop();
    throw error;
  }
  return {
    fake,
    sock,
    logger,
    port,
    bot,
    async close() {
      await bot.stop();
      await store.close();
      await sock.stop().catch(() => undefined);
      await fake.stop();
    },
  };
}

/** Resolves with 'fatal' when the bot's fatal promise does, else 'alive' after ms. */
export const fatalWithin = (p: Promise<unknown>, ms: number) => Promise.race([p.then(() => 'fatal' as const), sleep(ms).then(() => 'alive' as const)]);

/** Slack asks the client to reconnect (a routine refresh). */
export const reconnect = (sock: FakeSocketMode) => sock.sendRaw(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));

/**
 * `tms-doctor start` in Socket Mode against the local fakes (a SQLite file in a temporary folder,
 * METRICS_PORT 0, LOG_LEVEL warn; `timings`, e.g. QUICK_RECONNECT's, beyond the environment), resolved once it is ready. `running` is its exit code;
 * `close()` stops it and the fakes and removes the folder.
 */
export async function startSocketCli(dirPrefix: string, appToken: string, env: NodeJS.ProcessEnv, timings?: StartOptions['timings']) {
  const fake = new FakeSlack();
  await fake.start();
  const sock = new FakeSocketMode();
  await sock.start();
  fake.socketUrl = sock.url;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), dirPrefix));
  const t = makeIO(undefined, { env: { SLACK_BOT_TOKEN: 'xoxb-1-2-ok', SLACK_APP_TOKEN: appToken, SLACK_API_URL: fake.apiUrl, METRICS_PORT: '0', TMS_DOCTOR_DB: path.join(dir, 'bot.db'), LOG_LEVEL: 'warn', ...env } });
  const abort = new AbortController();
  let ready!: () => void;
  const up = new Promise<void>((r) => (ready = r));
  const running = start([], t, { signal: abort.signal, onReady: () => ready(), ...(timings ? { timings } : {}) });
  await up;
  return {
    fake,
    sock,
    t,
    running,
    async close() {
      abort.abort();
      await sock.stop().catch(() => undefined);
      await fake.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
