/**
 * Builds the REAL app (createApp, HTTP mode, port 0 on 127.0.0.1) against a local fake Slack Web
 * API, with a real SQLite file in a temp dir (the store port's SQLite backend).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import type { Step } from '../../src/conversation/types';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import { createApp, type AppConfig, type SlackBot } from '../../src/slack/app';
import { MemoryLogger } from '../../src/slack/logger';
import type { ProbeService } from '../../src/slack/probe-service';
import type { Db } from '../../src/store/db';
import { sqliteStore, type SqliteStore } from '../../src/store/sqlite';
import { echoEngine } from './echo-engine';
import { FakeSlack } from './fake-slack';
import { FakeSocketMode } from './fake-socket';
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

export interface HarnessOptions {
  engine?: Step;
  probe?: ProbeService | null;
  probeEnv?: NodeJS.ProcessEnv;
  dir?: string;
  extra?: Partial<AppConfig>;
  fake?: FakeSlack;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
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

/**
 * Call inside a describe: a fresh harness before each test, started with `opts()` (read when the
 * test starts, so it may use what a beforeAll made) and handed to `started`; closed after the test.
 */
export function harnessEachTest(started: (h: Harness) => void, opts: () => HarnessOptions = () => ({})): void {
  let h: Harness | undefined;
  beforeEach(async () => {
    h = await startHarness(opts());
    started(h);
  });
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
}

/** The bilingual tests' users: UJA's Slack locale is Japanese, UBOB's English. */
export function withLocales(h: Harness): Harness {
  h.fake.locales.set('UJA', 'ja-JP');
  h.fake.locales.set('UBOB', 'en-US');
  return h;
}

/** Call inside a describe: a local CE 8.1 endpoint (loopback) for all its tests, closed after them. */
export function ce81ForAll(): { readonly port: number } {
  let sim: SimulatedEndpoint | undefined;
  beforeAll(async () => {
    sim = await startSimulatedEndpoint('ce81', { keyBits: 1024 });
  });
  afterAll(async () => sim?.close());
  return {
    get port() {
      return sim!.port;
    },
  };
}

/** A Socket Mode app (echo engine, no probe) on its own SQLite file, the fake Web API and a local WebSocket server playing Slack. Not started. */
export interface SocketApp {
  fake: FakeSlack;
  ws: FakeSocketMode;
  bot: SlackBot;
  store: SqliteStore;
  logger: MemoryLogger;
  /** Stop the app, the store, both fakes, and delete the file. */
  stop(): Promise<void>;
}

export async function socketApp(dirPrefix: string): Promise<SocketApp> {
  const fake = new FakeSlack();
  await fake.start();
  const ws = new FakeSocketMode();
  await ws.start();
  fake.socketUrl = ws.url;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), dirPrefix));
  const store = sqliteStore(path.join(dir, 's.db'));
  const logger = new MemoryLogger(LogLevel.DEBUG);
  const bot = createApp({ botToken: 'xoxb-t', appToken: 'xapp-1-A1-t', apiUrl: fake.apiUrl, store, logger, logLevel: LogLevel.DEBUG, engine: echoEngine, probe: null });
  return {
    fake,
    ws,
    bot,
    store,
    logger,
    async stop() {
      await bot.stop();
      await store.close();
      await ws.stop();
      await fake.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
