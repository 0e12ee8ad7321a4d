/**
 * Socket Mode must not stay closed for ever. After start-up, a reconnect whose apps.connections.open
 * fails (HTTP 5xx, a network error, invalid_auth, …) for longer than the Web API client's few quick
 * retries used to end Socket Mode's reconnecting for good, with an unhandled rejection: /readyz
 * turned 503 but the process neither reconnected nor exited. Now the reconnect is tried again with a
 * growing pause; a socket still closed past SOCKET_CLOSED_EXIT_S makes the process exit 1 with one
 * error line. The local fake Web API and a local fake Socket Mode server only (loopback).
 */
import { LogLevel } from '@slack/bolt';
import { parseSlackEnv } from '../../src/slack/config';
import { MemoryLogger } from '../../src/slack/logger';
import { fatalWithin, getOps, QUICK_RECONNECT, reconnect, socketBot, startSocketCli } from './socket-bot';
import { eventually, sleep } from './wait';

jest.setTimeout(45000);

const socketOpen = async (port: number) => Number(/tms_doctor_slack_socket_open (\d)/.exec((await getOps(port, '/metrics')).text)?.[1]);
const fast = { firstMs: 200, maxMs: 1000 };
/** Our pauses between tries short, and the library's quick (QUICK_RECONNECT: 300 ms before a reconnect, four tries of a call 50-200 ms apart). */
const quick = { reconnectBackoff: fast, ...QUICK_RECONNECT };


/** Unhandled rejections while a test runs (the library's given-up reconnect was one). */
let rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
beforeEach(() => {
  rejections = [];
  process.on('unhandledRejection', onRejection);
});
afterEach(() => {
  process.off('unhandledRejection', onRejection);
});

describe('Socket Mode reconnects after start-up', () => {
  it('a burst of HTTP 503 from apps.connections.open longer than the client retries: tried again, reconnects, no exit, no unhandled rejection', async () => {
    const b = await socketBot({ logger: new MemoryLogger(LogLevel.INFO), socketClosedExitMs: 20000, ...quick });
    try {
      expect(await socketOpen(b.port)).toBe(1);
      // 6 failures in a row: more than the client's own 4 tries (retries: 3, DEFAULT_RETRY's count) of one call.
      b.fake.fail('apps.connections.open', { status: 503, times: 6 });
      reconnect(b.sock);
      expect(await eventually(() => b.fake.of('apps.connections.open!failed').length >= 6, 25000)).toBe(true);
      expect(await eventually(async () => (await socketOpen(b.port)) === 1, 10000)).toBe(true);
      // The short reconnect pause leaves the ping timeout alone: the client's and the new socket's are the library's 5 s.
      const client = (b.bot.app as unknown as { receiver: { client: { clientPingTimeoutMS: number; websocket?: { options: { clientPingTimeoutMS: number } } } } }).receiver.client;
      expect([client.clientPingTimeoutMS, client.websocket?.options.clientPingTimeoutMS]).toEqual([5000, 5000]);
      expect((await getOps(b.port, '/readyz')).status).toBe(200);
      expect(await fatalWithin(b.bot.fatal, 500)).toBe('alive');
      expect(b.logger.lines.some((l) => l.level === 'warn' && /cannot reconnect yet/.test(String(l.msg)))).toBe(true);
      expect(b.logger.lines.filter((l) => l.level === 'error' && /closed for/.test(String(l.msg)))).toHaveLength(0);
      await sleep(100);
      expect(rejections).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('invalid_auth on a reconnect (Socket Mode gives up on it), then accepted: reconnects, no unhandled rejection', async () => {
    const b = await socketBot({ logger: new MemoryLogger(LogLevel.INFO), appTokenExitMs: 20000, socketClosedExitMs: 20000, ...quick });
    try {
      b.fake.fail('apps.connections.open', { error: 'invalid_auth' });
      reconnect(b.sock);
      expect(await eventually(() => b.fake.of('apps.connections.open!failed').length >= 1, 10000)).toBe(true);
      await sleep(500);
      b.fake.heal('apps.connections.open');
      expect(await eventually(async () => (await socketOpen(b.port)) === 1, 10000)).toBe(true);
      expect(await fatalWithin(b.bot.fatal, 300)).toBe('alive');
      await sleep(100);
      expect(rejections).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('a socket that never comes back (503 for ever): one error line, /readyz 503, fatal (exit 1) after the grace, not before', async () => {
    const b = await socketBot({ logger: new MemoryLogger(LogLevel.INFO), socketGraceMs: 200, socketClosedExitMs: 4000, ...quick });
    try {
      // Socket Mode waits 300 ms before it reconnects here (5 s by default), and the client's own four tries of the
      // first call take under 1 s (up to 7 s by default): the grace (4 s here) lets several failures be known.
      b.fake.fail('apps.connections.open', { status: 503 });
      const closedAt = Date.now();
      reconnect(b.sock);
      expect(await eventually(async () => (await getOps(b.port, '/readyz')).status === 503, 5000)).toBe(true);
      const e = await Promise.race([b.bot.fatal, sleep(25000).then(() => null)]);
      expect(e).not.toBeNull();
      expect(Date.now() - closedAt).toBeGreaterThanOrEqual(3900);
      expect(e!.settings).toBe(false);
      expect(e!.message).toMatch(/Socket Mode connection to Slack stayed closed for 4 s after start-up \(last failure: apps\.connections\.open: HTTP 503\)/);
      // Tried again all along, beyond the client's own 4 tries.
      expect(b.fake.of('apps.connections.open!failed').length).toBeGreaterThan(4);
      const lines = b.logger.lines.filter((l) => l.level === 'error');
      expect(lines).toHaveLength(1);
      expect(String(lines[0]!.msg)).toMatch(/closed for 4 s and not reconnected/);
      expect((await getOps(b.port, '/readyz')).status).toBe(503);
      expect(JSON.stringify(b.logger.lines)).not.toContain('xapp-sock');
      await sleep(100);
      expect(rejections).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('apps.connections.open answers but the WebSocket cannot connect (the server is gone): fatal after the grace, and no unhandled rejection when the app stops', async () => {
    // Each reconnect (every ~300 ms here) gets its URL and then waits for a socket that never comes (refused): those
    // reconnects are still waiting when the grace (2 s) ends and the app stops.
    const b = await socketBot({ logger: new MemoryLogger(LogLevel.INFO), socketClosedExitMs: 2000, ...quick });
    try {
      await b.sock.stop();
      const e = await Promise.race([b.bot.fatal, sleep(15000).then(() => null)]);
      expect(e).not.toBeNull();
      expect(e!.settings).toBe(false);
      expect(e!.message).toMatch(/stayed closed for 2 s after start-up\.$/);
      expect(b.fake.of('apps.connections.open').length).toBeGreaterThanOrEqual(2);
    } finally {
      await b.close();
    }
    await sleep(200);
    expect(rejections).toEqual([]);
  });

  it('tms-doctor start: exits 1 with one line naming the closed socket (no token, no unhandled rejection) after SOCKET_CLOSED_EXIT_S', async () => {
    const { fake, sock, t, running, close } = await startSocketCli('tmsd-closed-', 'xapp-1-A1-closed', { SOCKET_CLOSED_EXIT_S: '2' });
    try {
      fake.fail('apps.connections.open', { status: 503 });
      reconnect(sock);
      const code = await Promise.race([running, sleep(25000).then(() => 'still running')]);
      expect(code).toBe(1);
      const err = t.err();
      expect(err.trim().split('\n').filter((l) => l.startsWith('tms-doctor start: '))).toEqual([expect.stringContaining('the Socket Mode connection to Slack stayed closed for 2 s after start-up')]);
      expect(err).not.toContain('unhandled rejection');
      expect(err).not.toContain('xapp-1-A1-closed');
    } finally {
      await close();
    }
  });

  it('SOCKET_CLOSED_EXIT_S sets the grace (seconds); a bad value is refused', () => {
    const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
    expect(parseSlackEnv({ ...base, SOCKET_CLOSED_EXIT_S: '600' })).toMatchObject({ ok: true, env: { mode: 'socket', socketClosedExitMs: 600_000 } });
    expect(parseSlackEnv({ ...base, SOCKET_CLOSED_EXIT_S: '5m' })).toMatchObject({ ok: false, message: expect.stringContaining('SOCKET_CLOSED_EXIT_S') });
  });
});
