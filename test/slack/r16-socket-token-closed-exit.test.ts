/**
 * Operations: how a closed Socket Mode connection ends the process, and what its line names.
 * - A revoked app-level token is a settings error (exit 2) even when the closed-socket exit
 *   (SOCKET_CLOSED_EXIT_S) comes before the token exit (APP_TOKEN_REFUSED_EXIT_S): the orchestrator
 *   is told to fix the configuration, not to restart.
 * - A reconnect that never reached Slack (the network) names its cause (ECONNREFUSED, …), not the Web
 *   API client's generic slack_webapi_request_error.
 * The local fake Web API and a local fake Socket Mode server only; the refused connection is to a
 * closed port on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { networkCause } from '../../src/slack/app';
import { MemoryLogger } from '../../src/slack/logger';
import { FakeSocketMode } from './fake-socket';
import { QUICK_RECONNECT, socketBot } from './socket-bot';
import { sleep } from './wait';

jest.setTimeout(45000);

const reconnect = (sock: FakeSocketMode) => sock.sendRaw(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));

describe('the app-level token revoked while the closed-socket exit comes first', () => {
  it('a settings error (exit 2) naming the refusal, one error line, not "stayed closed" (exit 1)', async () => {
    // The refusal is known ~0.3 s after the reconnect (QUICK_RECONNECT), well before the closed-socket exit (3 s).
    const b = await socketBot({ logger: new MemoryLogger(LogLevel.INFO), appTokenExitMs: 60000, socketClosedExitMs: 3000, reconnectBackoff: { firstMs: 200, maxMs: 1000 }, ...QUICK_RECONNECT });
    try {
      b.fake.fail('apps.connections.open', { error: 'token_revoked' });
      reconnect(b.sock);
      const e = await Promise.race([b.bot.fatal, sleep(20000).then(() => null)]);
      expect(e).not.toBeNull();
      expect(e!.settings).toBe(true);
      expect(e!.message).toMatch(/app-level token \(apps\.connections\.open: token_revoked\)/);
      expect(e!.message).not.toContain('xapp-sock');
      expect(JSON.stringify(b.logger.lines)).not.toContain('xapp-sock');
    } finally {
      await b.close();
    }
  });
});

describe('the cause of a reconnect that never reached Slack', () => {
  it('a refused connection names ECONNREFUSED on one short line', async () => {
    // A loopback port nobody listens on (taken, then closed).
    const srv = net.createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as net.AddressInfo).port;
    await new Promise((r) => srv.close(r));
    // The Web API client's error as plain Node makes it (under Jest, fetch's TypeError comes from
    // another realm and the client rewraps it without its cause): its shape, read in a child process.
    const script = `
      const { WebClient } = require('@slack/web-api');
      new WebClient('xoxb-test', { slackApiUrl: 'http://127.0.0.1:${port}/api/', retryConfig: { retries: 0 }, logLevel: 'error' })
        .apps.connections.open()
        .catch((e) => {
          const pick = (o) => o && { code: o.code, name: o.name, ...(o.cause ? { cause: pick(o.cause) } : {}) };
          process.stdout.write(JSON.stringify({ code: e.code, original: pick(e.original) }));
        });`;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8', timeout: 15000 });
    const error = JSON.parse(out) as { code: string };
    expect(error.code).toBe('slack_webapi_request_error');
    expect(networkCause(error)).toBe('ECONNREFUSED');
  });

  it('falls back to the name of the cause, keeps one line, and leaves other errors alone', () => {
    const request = (original: unknown) => Object.assign(new Error('A request error occurred'), { code: 'slack_webapi_request_error', original });
    expect(networkCause(request(Object.assign(new Error('x'), { name: 'AbortError' })))).toBe('AbortError');
    expect(networkCause(request(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND' }) })))).toBe('ENOTFOUND');
    expect(networkCause(request({ code: 'EPROTO\nsecond line' }))).toBe('EPROTO second line');
    expect(networkCause(request({ code: 'E'.repeat(300) }))!.length).toBeLessThanOrEqual(120);
    expect(networkCause(Object.assign(new Error('x'), { code: 'slack_webapi_platform_error', data: { error: 'invalid_auth' } }))).toBeUndefined();
    expect(networkCause(new Error('x'))).toBeUndefined();
  });
});
