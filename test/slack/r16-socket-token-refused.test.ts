/**
 * Socket Mode with an app-level token Slack refuses (apps.connections.open answers invalid_auth,
 * not_allowed_token_type or token_revoked): `tms-doctor start` stops at once with exit 2 and one line
 * saying so (Socket Mode would otherwise retry some of them for ever); once started, /readyz names
 * the refusal. The local fake Web API only (loopback).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { start } from '../../src/cli/start';
import { MemoryLogger } from '../../src/slack/logger';
import { makeIO } from '../cli/helpers';
import { FakeSlack } from './fake-slack';
import { getOps, QUICK_RECONNECT, socketBot } from './socket-bot';

jest.setTimeout(30000);

describe('an app-level token Slack refuses', () => {
  it.each(['invalid_auth', 'not_allowed_token_type', 'token_revoked'])('%s at start-up: exit 2 with one line naming it, soon', async (error) => {
    const fake = new FakeSlack();
    await fake.start();
    fake.fail('apps.connections.open', { error });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-apptoken-'));
    const t = makeIO(undefined, { env: { SLACK_BOT_TOKEN: 'xoxb-1-2-ok', SLACK_APP_TOKEN: 'xapp-1-A1-refused', SLACK_API_URL: fake.apiUrl, METRICS_PORT: '0', TMS_DOCTOR_DB: path.join(dir, 'bot.db'), LOG_LEVEL: 'warn' } });
    try {
      const began = Date.now();
      const code = await Promise.race([start([], t), new Promise<string>((r) => setTimeout(() => r('still retrying'), 8000).unref())]);
      expect(code).toBe(2);
      expect(Date.now() - began).toBeLessThan(8000);
      const lines = t.err().trim().split('\n').filter((l) => l.includes(error));
      expect(lines.filter((l) => /app-level token/.test(l))).toHaveLength(1);
      expect(t.err()).not.toContain('xapp-1-A1-refused');
      expect(fake.of('apps.connections.open').length).toBeLessThanOrEqual(2);
    } finally {
      await fake.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refused after start-up (the token was revoked): /readyz names it, one error line', async () => {
    const b = await socketBot({ logger: new MemoryLogger(LogLevel.ERROR), ...QUICK_RECONNECT });
    try {
      expect((await getOps(b.port, '/readyz')).status).toBe(200);
      b.fake.fail('apps.connections.open', { error: 'token_revoked' });
      await b.sock.stop();
      const deadline = Date.now() + 15000;
      let r = await getOps(b.port, '/readyz');
      while (!/token_revoked/.test(r.text) && Date.now() < deadline) {
        await new Promise((res) => setTimeout(res, 100));
        r = await getOps(b.port, '/readyz');
      }
      expect(r.status).toBe(503);
      expect(JSON.parse(r.text)).toMatchObject({ ready: false, checks: { slack: 'app-level token refused (apps.connections.open: token_revoked)' } });
      expect(b.logger.lines.filter((l) => /app-level token/.test(JSON.stringify(l)))).toHaveLength(1);
    } finally {
      await b.close();
    }
  });
});
