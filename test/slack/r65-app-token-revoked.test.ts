/**
 * Socket Mode, the app-level token refused AFTER start-up (revoked: apps.connections.open answers
 * token_revoked on a reconnect). An operator sees /readyz 503 naming it, one error log line without
 * the token, the tms_doctor_slack_app_token_refused gauge at 1, and the process exits 2 once the
 * refusal outlasts APP_TOKEN_REFUSED_EXIT_S, unless Slack accepts the token again before. A
 * transient failure (HTTP 5xx, then a good answer) is not a refusal. The local fake Web API and a local fake Socket
 * Mode server only (loopback).
 */
import { LogLevel } from '@slack/bolt';
import { parseSlackEnv } from '../../src/slack/config';
import { MemoryLogger } from '../../src/slack/logger';
import { fatalWithin, getOps, QUICK_RECONNECT, reconnect, socketBot, startSocketCli } from './socket-bot';
import { eventually, sleep } from './wait';

jest.setTimeout(45000);

const gauge = async (port: number) => Number(/tms_doctor_slack_app_token_refused (\d)/.exec((await getOps(port, '/metrics')).text)?.[1]);
/** Quick reconnects (QUICK_RECONNECT: the library's 300 ms pause, four quick tries of a call) and our own pauses short. */
const quick = { reconnectBackoff: { firstMs: 200, maxMs: 1000 }, ...QUICK_RECONNECT };
const refusedLines = (logger: MemoryLogger) => logger.lines.filter((l) => /app-level token/.test(JSON.stringify(l)) && l.level === 'error');


describe('the app-level token refused after start-up', () => {
  it('stays refused past the grace: /readyz 503, one error line without the token, the gauge, then fatal (exit)', async () => {
    const b = await socketBot({ logger: new MemoryLogger(LogLevel.INFO), appTokenExitMs: 1500, ...quick });
    try {
      expect(await gauge(b.port)).toBe(0);
      b.fake.fail('apps.connections.open', { error: 'token_revoked' });
      reconnect(b.sock);
      expect(await eventually(async () => /token_revoked/.test((await getOps(b.port, '/readyz')).text), 15000)).toBe(true);
      const refusedAt = Date.now();
      const r = await getOps(b.port, '/readyz');
      expect(r.status).toBe(503);
      expect(JSON.parse(r.text)).toMatchObject({ ready: false, checks: { slack: 'app-level token refused (apps.connections.open: token_revoked)' } });
      expect(await gauge(b.port)).toBe(1);
      const lines = refusedLines(b.logger);
      expect(lines).toHaveLength(1);
      expect(JSON.stringify(lines[0])).toMatch(/exiting in 2 s/);
      expect(JSON.stringify(b.logger.lines)).not.toContain('xapp-sock');
      const e = await Promise.race([b.bot.fatal, sleep(6000).then(() => null)]);
      expect(e).not.toBeNull();
      expect(Date.now() - refusedAt).toBeGreaterThanOrEqual(1000);
      expect(e!.settings).toBe(true);
      expect(e!.message).toMatch(/^Slack did not accept the app-level token \(apps\.connections\.open: token_revoked\)/);
      expect(e!.message).not.toContain('xapp-sock');
    } finally {
      await b.close();
    }
  });

  it('accepted again within the grace: no exit, the gauge back to 0, ready again', async () => {
    // A grace of 4 s: the token is accepted again within it (tried again every 0.2-1 s here), and the check for no exit
    // below (4 s after it is ready again) ends past it.
    const b = await socketBot({ logger: new MemoryLogger(LogLevel.INFO), appTokenExitMs: 4000, ...quick });
    try {
      b.fake.fail('apps.connections.open', { error: 'token_revoked' });
      reconnect(b.sock);
      expect(await eventually(async () => (await gauge(b.port)) === 1, 15000)).toBe(true);
      const opens = b.fake.of('apps.connections.open').length;
      b.fake.heal('apps.connections.open');
      // Tried again on its own (our pauses between tries of apps.connections.open).
      expect(await eventually(async () => (await getOps(b.port, '/readyz')).status === 200, 16000)).toBe(true);
      expect(b.fake.of('apps.connections.open').length).toBeGreaterThan(opens);
      expect(await gauge(b.port)).toBe(0);
      expect(b.logger.lines.some((l) => /accepts the app-level token .* again/.test(String(l.msg)))).toBe(true);
      // Past the grace from the refusal: still no exit.
      expect(await fatalWithin(b.bot.fatal, 4000)).toBe('alive');
    } finally {
      await b.close();
    }
  });

  it('a transient failure (apps.connections.open answers HTTP 503 twice) is not a refusal: no exit, gauge 0, connected again', async () => {
    const b = await socketBot({ logger: new MemoryLogger(LogLevel.INFO), appTokenExitMs: 500, ...quick });
    try {
      b.fake.fail('apps.connections.open', { status: 503, times: 2 });
      reconnect(b.sock);
      expect(await eventually(() => b.fake.of('apps.connections.open!failed').length >= 2, 15000)).toBe(true);
      expect(await fatalWithin(b.bot.fatal, 2000)).toBe('alive');
      expect(await gauge(b.port)).toBe(0);
      expect(await eventually(async () => (await getOps(b.port, '/readyz')).status === 200, 10000)).toBe(true);
      expect(await fatalWithin(b.bot.fatal, 1000)).toBe('alive');
      expect(refusedLines(b.logger)).toHaveLength(0);
    } finally {
      await b.close();
    }
  });

  it('tms-doctor start: exits 2 with one line naming the refusal (no token), after APP_TOKEN_REFUSED_EXIT_S', async () => {
    const { fake, sock, t, running, close } = await startSocketCli('tmsd-revoked-', 'xapp-1-A1-revoked', { APP_TOKEN_REFUSED_EXIT_S: '1' }, { socketReconnectPauseMs: QUICK_RECONNECT.reconnectPauseMs, retryConfig: QUICK_RECONNECT.retryConfig });
    try {
      fake.fail('apps.connections.open', { error: 'token_revoked' });
      reconnect(sock);
      const code = await Promise.race([running, sleep(20000).then(() => 'still running')]);
      expect(code).toBe(2);
      const lines = t.err().trim().split('\n').filter((l) => /app-level token/.test(l));
      // the error log line when it was refused, and the exit line
      expect(lines).toHaveLength(2);
      expect(lines.filter((l) => l.startsWith('tms-doctor start: '))).toEqual([expect.stringContaining('Slack did not accept the app-level token (apps.connections.open: token_revoked) for 1 s')]);
      expect(t.err()).not.toContain('xapp-1-A1-revoked');
    } finally {
      await close();
    }
  });

  it('APP_TOKEN_REFUSED_EXIT_S sets the grace (seconds); a bad value is refused', () => {
    const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
    expect(parseSlackEnv({ ...base, APP_TOKEN_REFUSED_EXIT_S: '90' })).toMatchObject({ ok: true, env: { mode: 'socket', appTokenExitMs: 90_000 } });
    expect(parseSlackEnv(base)).toMatchObject({ ok: true, env: { mode: 'socket' } });
    expect(parseSlackEnv({ ...base, APP_TOKEN_REFUSED_EXIT_S: 'never' })).toMatchObject({ ok: false, message: expect.stringContaining('APP_TOKEN_REFUSED_EXIT_S') });
  });
});
