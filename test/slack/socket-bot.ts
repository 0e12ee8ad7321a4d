/**
 * A Socket Mode app for operations tests: the local fake Web API, a local fake Socket Mode server
 * and tms-doctor's app on a memory store with the echo engine, its side port (METRICS_PORT) on
 * loopback. Loopback only.
 */
import { LogLevel } from '@slack/bolt';
import { createApp } from '../../src/slack/app';
import { MemoryLogger } from '../../src/slack/logger';
import { memoryStore } from '../../src/store/memory';
import { echoEngine } from './echo-engine';
import { FakeSlack } from './fake-slack';
import { FakeSocketMode } from './fake-socket';

/** GET a path of the side port: status and body text. */
export const getOps = async (port: number, p: string): Promise<{ status: number; text: string }> => {
  const res = await fetch(`http://127.0.0.1:${port}${p}`);
  return { status: res.status, text: await res.text() };
};

export async function socketBot(opts: { socketGraceMs?: number; appTokenExitMs?: number; socketClosedExitMs?: number; reconnectBackoff?: { firstMs: number; maxMs: number }; logger?: MemoryLogger } = {}) {
  const fake = new FakeSlack();
  await fake.start();
  const sock = new FakeSocketMode();
  await sock.start();
  fake.socketUrl = sock.url;
  const store = memoryStore();
  const logger = opts.logger ?? new MemoryLogger(LogLevel.ERROR);
  const bot = createApp({ botToken: 'xoxb-sock', appToken: 'xapp-sock', apiUrl: fake.apiUrl, store, logger, engine: echoEngine, probe: null, metricsPort: 0, metricsHost: '127.0.0.1', ...(opts.socketGraceMs !== undefined ? { socketGraceMs: opts.socketGraceMs } : {}), ...(opts.appTokenExitMs !== undefined ? { appTokenExitMs: opts.appTokenExitMs } : {}), ...(opts.socketClosedExitMs !== undefined ? { socketClosedExitMs: opts.socketClosedExitMs } : {}), ...(opts.reconnectBackoff ? { reconnectBackoff: opts.reconnectBackoff } : {}) });
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
