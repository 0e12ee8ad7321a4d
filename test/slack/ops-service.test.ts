/**
 * Running as a service (QA31 F2, F3, F4, F7, F9, F10): Socket Mode readiness follows the WebSocket,
 * a signal during start-up stops cleanly, an unacknowledged event gets 503 (not Bolt's 404), error
 * lines keep the logger's name, a refused token exits 2, HEAD on the health endpoints, and the retry
 * count counts second and later attempts only.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { start } from '../../src/cli/start';
import { createApp } from '../../src/slack/app';
import { MemoryLogger } from '../../src/slack/logger';
import { memoryStore } from '../../src/store/memory';
import { makeIO } from '../cli/helpers';
import { settle } from './calls';
import { echoEngine } from './echo-engine';
import { FakeSlack } from './fake-slack';
import { FakeSocketMode } from './fake-socket';
import { startHarness } from './harness';
import { socketBot } from './socket-bot';
import { eventCallback, mention, post } from './signed';

const get = async (port: number, p: string, method = 'GET') => {
  const res = await fetch(`http://127.0.0.1:${port}${p}`, { method });
  return { status: res.status, text: await res.text() };
};

describe('F7: error lines keep the logger name', () => {
  it('puts the error name under error_name, name stays tms-doctor, no token', () => {
    const logger = new MemoryLogger(LogLevel.DEBUG);
    logger.error('conversation turn failed', new TypeError('bad xoxb-1234567890-abcdefghij token'));
    const line = logger.lines[0]!;
    expect(line).toMatchObject({ name: 'tms-doctor', error_name: 'TypeError', level: 'error' });
    expect(JSON.stringify(line)).not.toContain('xoxb-1234567890');
  });
});

describe('F10 and F4 in HTTP mode', () => {
  it('HEAD /healthz and /readyz answer like GET without a body', async () => {
    const h = await startHarness({ engine: echoEngine });
    try {
      for (const p of ['/healthz', '/readyz']) expect(await get(h.port, p, 'HEAD')).toEqual({ status: 200, text: '' });
    } finally {
      await h.close();
    }
  });

  it('counts a retry only when a post is sent again', async () => {
    const h = await startHarness({ engine: echoEngine });
    try {
      h.fake.failIn('CRETRY', { mode: '500', times: 100 });
      await post(h.port, eventCallback(mention('CRETRY', 'UALICE', '<@UBOT> hi')));
      await h.fake.waitFor(() => h.logger.lines.some((l) => /not delivered/.test(String(l.msg))), 10000).catch(() => undefined);
      await settle(h, 500);
      const m = (await get(h.port, '/metrics')).text;
      const calls = Number(/tms_doctor_slack_api_calls_total\{method="chat.postMessage",code="http_500"\} (\d+)/.exec(m)?.[1]);
      const retries = Number(/tms_doctor_slack_retries_total\{method="chat.postMessage",reason="slack_unavailable"\} (\d+)/.exec(m)?.[1]);
      expect(calls).toBeGreaterThan(1);
      expect(retries).toBe(calls - 1);
    } finally {
      await h.close();
    }
  }, 20000);

  it('an event whose turn cannot be stored in time gets 503, one warn line with event_id, no Bolt hint', async () => {
    const store = memoryStore();
    const turn = store.conversations.turn.bind(store.conversations);
    store.conversations.turn = async (...args: Parameters<typeof turn>) => {
      await new Promise((r) => setTimeout(r, 3300));
      return turn(...args);
    };
    const fake = new FakeSlack();
    await fake.start();
    const logger = new MemoryLogger(LogLevel.DEBUG);
    const bot = createApp({ botToken: 'xoxb-test-token', signingSecret: 'test-signing-secret-0123456789abcdef', apiUrl: fake.apiUrl, port: 0, host: '127.0.0.1', store, logger, engine: echoEngine, probe: null });
    try {
      const { port } = await bot.start();
      const r = await post(port!, eventCallback(mention('CSLOW', 'UALICE', '<@UBOT> slow'), 'EvSLOW1'));
      expect(r.status).toBe(503);
      expect(r.ms).toBeLessThan(3000);
      await bot.idle();
      const all = JSON.stringify(logger.lines);
      expect(all).not.toContain('Ensure that the ack()');
      const warns = logger.lines.filter((l) => l.level !== 'debug' && l.level !== 'info' && /acknowledged/.test(String(l.msg)));
      expect(warns).toHaveLength(1);
      expect(warns[0]).toMatchObject({ level: 'warn', event_id: 'EvSLOW1' });
    } finally {
      await bot.stop();
      await store.close();
      await fake.stop();
    }
  }, 20000);
});

describe('F2: Socket Mode readiness follows the WebSocket', () => {
  it('/readyz is 503 and the gauge 0 once the socket is gone; 200 and 1 while it is open', async () => {
    const b = await socketBot({ socketGraceMs: 200 });
    try {
      expect((await get(b.port, '/readyz')).status).toBe(200);
      expect((await get(b.port, '/metrics')).text).toMatch(/tms_doctor_slack_socket_open 1/);
      b.fake.socketUrl = ''; // reconnects find no URL: Socket Mode keeps retrying
      await b.sock.stop();
      const deadline = Date.now() + 5000;
      let r = await get(b.port, '/readyz');
      while (r.status === 200 && Date.now() < deadline) {
        await new Promise((res) => setTimeout(res, 50));
        r = await get(b.port, '/readyz');
      }
      expect(r.status).toBe(503);
      expect(JSON.parse(r.text)).toMatchObject({ ready: false, checks: { slack: 'Socket Mode connection not open' } });
      expect((await get(b.port, '/metrics')).text).toMatch(/tms_doctor_slack_socket_open 0/);
    } finally {
      await b.close();
    }
  }, 20000);
});

describe('F3: a Socket Mode peer that never completes the close', () => {
  it('a real process still exits 0 soon after SIGTERM', async () => {
    const fake = new FakeSlack();
    await fake.start();
    const sock = new FakeSocketMode();
    await sock.start();
    fake.socketUrl = sock.url;
    sock.answerClose = false;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-f3-'));
    const child = spawn(process.execPath, ['-r', path.join(__dirname, '../chaos/register.cjs'), path.join(__dirname, '../../src/cli.ts'), 'start'], {
      env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: 'xoxb-1-2-sock', SLACK_APP_TOKEN: 'xapp-1-A1-sock', SLACK_API_URL: fake.apiUrl, TMS_DOCTOR_DB: path.join(dir, 'bot.db'), LOG_LEVEL: 'debug' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    try {
      // The child compiles src/ on the fly (chaos/register.cjs): on a loaded machine that alone can take most of half a minute.
      const deadline = Date.now() + 75000;
      while (!err.includes('connected to Slack (Socket Mode)') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(err).toContain('connected to Slack (Socket Mode)');
      child.kill('SIGTERM');
      const t0 = Date.now();
      expect(await exited).toEqual({ code: 0, signal: null });
      expect(Date.now() - t0).toBeLessThan(12000);
    } finally {
      child.kill('SIGKILL');
      await sock.stop();
      await fake.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120000);
});

describe('F9: start-up failures', () => {
  let refuser: http.Server;
  let apiUrl: string;
  beforeAll(async () => {
    refuser = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'invalid_auth' }));
    });
    await new Promise<void>((r) => refuser.listen(0, '127.0.0.1', r));
    apiUrl = `http://127.0.0.1:${(refuser.address() as AddressInfo).port}/api/`;
  });
  afterAll(async () => new Promise<void>((r) => refuser.close(() => r())));

  it('a bot token Slack refuses exits 2 (a settings error)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-f9-'));
    const t = makeIO(undefined, { env: { SLACK_BOT_TOKEN: 'xoxb-1-2-refused', SLACK_SIGNING_SECRET: 'test-signing-secret-0123456789abcdef', SLACK_API_URL: apiUrl, PORT: '0', TMS_DOCTOR_DB: path.join(dir, 'bot.db'), LOG_LEVEL: 'error' } });
    expect(await start([], t)).toBe(2);
    expect(t.err()).toContain('invalid_auth');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a busy METRICS_PORT is named as the operations port', async () => {
    const busy = http.createServer();
    await new Promise<void>((r) => busy.listen(0, r));
    const fake = new FakeSlack();
    await fake.start();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-f9-'));
    const port = (busy.address() as AddressInfo).port;
    const t = makeIO(undefined, { env: { SLACK_BOT_TOKEN: 'xoxb-1-2-ok', SLACK_SIGNING_SECRET: 'test-signing-secret-0123456789abcdef', SLACK_API_URL: fake.apiUrl, PORT: '0', METRICS_PORT: String(port), TMS_DOCTOR_DB: path.join(dir, 'bot.db'), LOG_LEVEL: 'error' } });
    try {
      expect(await start([], t)).toBe(1);
      expect(t.err()).toContain(`operations port (METRICS_PORT=${port}`);
    } finally {
      await new Promise<void>((r) => busy.close(() => r()));
      await fake.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('F2: a signal during start-up', () => {
  it('SIGTERM while auth.test is still retrying stops cleanly with exit 0', async () => {
    // Nothing listens there: auth.test keeps retrying for several seconds.
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-f2-'));
    const child = spawn(process.execPath, ['-r', path.join(__dirname, '../chaos/register.cjs'), path.join(__dirname, '../../src/cli.ts'), 'start'], {
      env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: 'xoxb-1-2-early', SLACK_SIGNING_SECRET: 'test-signing-secret-0123456789abcdef', SLACK_API_URL: `http://127.0.0.1:${deadPort}/api/`, PORT: '0', TMS_DOCTOR_DB: path.join(dir, 'bot.db'), LOG_LEVEL: 'debug' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    try {
      // wait until auth.test is being tried
      // (a loaded machine can take a while to compile and start the child: a signal sent before
      // its handlers exist would kill it, which is not what this test is about)
      const deadline = Date.now() + 45000;
      while (!/auth\.test|apiCall/.test(err) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(err).toMatch(/auth\.test|apiCall/);
      child.kill('SIGTERM');
      const t0 = Date.now();
      expect(await exited).toEqual({ code: 0, signal: null });
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(err).toContain('signal received');
    } finally {
      child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60000);
});
