/**
 * Builds the REAL app (createApp, HTTP mode, port 0 on 127.0.0.1) against a local fake Slack Web
 * API, with a real SQLite file in a temp dir (the store port's SQLite backend).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import type { Step } from '../../src/conversation/types';
import { createApp, type AppConfig, type SlackBot } from '../../src/slack/app';
import { MemoryLogger } from '../../src/slack/logger';
import type { ProbeService } from '../../src/slack/probe-service';
import type { Db } from '../../src/store/db';
import { sqliteStore, type SqliteStore } from '../../src/store/sqlite';
import { FakeSlack } from './fake-slack';
import { SECRET } from './signed';

export interface Harness {
  fake: FakeSlack;
  bot: SlackBot;
  port: number;
  db: Db;
  store: SqliteStore;
  dbFile: string;
  logger: MemoryLogger;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(
  opts: { engine?: Step; probe?: ProbeService | null; probeEnv?: NodeJS.ProcessEnv; dir?: string; extra?: Partial<AppConfig>; fake?: FakeSlack } = {},
): Promise<Harness> {
  const fake = opts.fake ?? new FakeSlack();
  if (!opts.fake) await fake.start();
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-slack-'));
  const dbFile = path.join(dir, 'bot.db');
  const logger = new MemoryLogger(LogLevel.DEBUG);
  const build = async () => {
    const store = sqliteStore(dbFile);
    const bot = createApp({
      botToken: 'xoxb-test-token',
      signingSecret: SECRET,
      apiUrl: fake.apiUrl,
      port: 0,
      host: '127.0.0.1',
      store,
      logger,
      logLevel: LogLevel.DEBUG,
      engine: opts.engine,
      // probeEnv: the real probe, built by createApp from PROBE_ALLOW / PROBE_PORTS.
      ...(opts.probeEnv ? { env: opts.probeEnv } : { probe: opts.probe === undefined ? null : opts.probe }),
      retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 20 },
      delivery: { attempts: 4, backoffMs: 10, maxBackoffMs: 40, budgetMs: 8000 },
      apiTimeoutMs: 2000,
      ...opts.extra,
    });
    const { port } = await bot.start();
    return { db: store.db, store, bot, port: port! };
  };
  let cur = await build();
  const h: Harness = {
    fake,
    get bot() {
      return cur.bot;
    },
    get port() {
      return cur.port;
    },
    get db() {
      return cur.db;
    },
    get store() {
      return cur.store;
    },
    dbFile,
    logger,
    async restart() {
      await cur.bot.stop();
      await cur.store.close();
      cur = await build();
    },
    async close() {
      await cur.bot.stop();
      await cur.store.close();
      if (!opts.fake) await fake.stop();
      if (!opts.dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}
