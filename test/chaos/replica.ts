/**
 * One app process for the chaos tests: the real createApp in HTTP mode on PORT, the store chosen
 * from the environment (DATABASE_URL → PostgreSQL, TMS_DOCTOR_DB → SQLite), the echo engine (it
 * numbers turns, so lost or doubled state shows), Slack's Web API at SLACK_API_URL (the fake).
 */
import { LogLevel } from '@slack/bolt';
import { createApp } from '../../src/slack/app';
import { JsonLogger } from '../../src/slack/logger';
import { openStore, storeConfigFromEnv } from '../../src/store/open';
import { echoEngine } from '../slack/echo-engine';
import { SECRET } from '../slack/signed';

async function main(): Promise<void> {
  const cfg = storeConfigFromEnv(process.env);
  if (!cfg.ok) throw new Error(cfg.message);
  const level = process.env.CHAOS_LOG === 'warn' ? LogLevel.WARN : LogLevel.ERROR;
  const logger = new JsonLogger(process.stderr, level);
  const store = await openStore(cfg.config, { poolSize: 8, onError: (e) => logger.error('pool error', e) });
  const bot = createApp({
    botToken: 'xoxb-chaos',
    signingSecret: SECRET,
    apiUrl: process.env.SLACK_API_URL,
    port: Number(process.env.PORT),
    host: '127.0.0.1',
    store,
    logger,
    logLevel: level,
    engine: echoEngine,
    probe: null,
    retryConfig: { retries: 2, factor: 1, minTimeout: 20, maxTimeout: 50 },
    // 6 s: a post slowed down by a loaded CI box (two replicas, PostgreSQL and the test on 2 cores)
    // must not outlive its lease, or the replica taking over cannot yet see it and posts it again.
    outboxLeaseMs: Number(process.env.OUTBOX_LEASE_MS ?? 6000),
    outboxSweepMs: 300,
  });
  const { port } = await bot.start();
  process.stdout.write(`ready ${port}\n`);
  process.once('SIGTERM', () => {
    void bot
      .stop()
      .then(() => store.close())
      .finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`replica failed: ${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
