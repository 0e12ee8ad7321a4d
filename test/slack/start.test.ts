import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { start } from '../../src/cli/start';
import { parseSlackEnv } from '../../src/slack/config';
import { FakeSlack } from './fake-slack';
import { eventCallback, message, post } from './signed';
import { makeIO } from '../cli/helpers';


describe('tms-doctor start: settings', () => {
  it.each([
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN is not'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'neither SLACK_APP_TOKEN'],
    [{ SLACK_SIGNING_SECRET: 'abc' }, 'SLACK_BOT_TOKEN is not'],
    [{ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_SIGNING_SECRET: 'abc' }, 'xoxb-'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' }, 'xapp-'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abc', PORT: 'eighty' }, 'PORT'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abc', PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'chatty' }, 'LOG_LEVEL'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abc', SLACK_API_URL: 'ftp://x' }, 'SLACK_API_URL'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abc', PROBE_PORTS: 'https' }, 'PROBE_PORTS'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abc', PROBE_ALLOW: 'everything' }, 'PROBE_ALLOW'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abc', DATABASE_URL: 'mysql://db/x' }, 'postgres://'],
    // a directory where the SQLite file should be: cannot be opened
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abc', TMS_DOCTOR_DB: os.tmpdir() }, 'cannot open the database'],
    // nothing listens on port 9: the PostgreSQL server cannot be reached
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'abc', DATABASE_URL: 'postgres://u:secret@127.0.0.1:9/x' }, 'PostgreSQL 127.0.0.1:9/x'],
  ])('refuses %j with one line and exit 2', async (env, needle) => {
    const t = makeIO(undefined, { env });
    expect(await start([], t)).toBe(2);
    expect(t.err()).toContain(needle);
    expect(t.err().trim().split('\n')).toHaveLength(1);
  });

  it('picks the mode from the environment', () => {
    expect(parseSlackEnv({})).toMatchObject({ ok: true, env: { mode: 'console' } });
    expect(parseSlackEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toMatchObject({ ok: true, env: { mode: 'socket' } });
    expect(parseSlackEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toMatchObject({ ok: true, env: { mode: 'http', port: 3000 } });
    expect(parseSlackEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '8080', SLACK_API_URL: 'http://127.0.0.1:9/api' })).toMatchObject({
      ok: true,
      env: { mode: 'http', port: 8080, apiUrl: 'http://127.0.0.1:9/api/' },
    });
  });

  it('prints help', async () => {
    const t = makeIO(undefined, { env: {} });
    expect(await start(['--help'], t)).toBe(0);
    expect(t.out()).toContain('SLACK_SIGNING_SECRET');
  });
});

describe('tms-doctor start: running', () => {
  it('runs the real Slack app in HTTP mode from the environment, answers, and stops cleanly', async () => {
    const fake = new FakeSlack();
    await fake.start();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-start-'));
    const dbFile = path.join(dir, 'sub', 'bot.db');
    const t = makeIO(undefined, {
      env: {
        SLACK_BOT_TOKEN: 'xoxb-123',
        SLACK_SIGNING_SECRET: 'test-signing-secret-0123456789abcdef',
        SLACK_API_URL: fake.apiUrl,
        PORT: '0',
        TMS_DOCTOR_DB: dbFile,
        LOG_LEVEL: 'warn',
      },
    });
    const ac = new AbortController();
    let port = 0;
    const ready = new Promise<void>((resolve) => {
      void start([], t, {
        signal: ac.signal,
        onReady: (_bot, p) => {
          port = p!;
          resolve();
        },
      }).then((code) => (exit = code));
    });
    let exit: number | undefined;
    try {
      await ready;
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(await health.text()).toBe('ok\n');
      await post(port, eventCallback(message('D1', 'im', 'UALICE', 'TMS 15.2.1 endpoints CE 9.15')));
      await fake.waitFor(() => fake.of('chat.postMessage').length >= 1);
      expect(fs.existsSync(dbFile)).toBe(true);
    } finally {
      ac.abort();
      for (let i = 0; i < 100 && exit === undefined; i++) await new Promise((r) => setTimeout(r, 20));
      await fake.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(exit).toBe(0);
  });

  it('runs the console chat with a banner when no Slack setting is present', async () => {
    const t = makeIO('TMS 15.2.1\nquit\n');
    expect(await start([], t)).toBe(0);
    expect(t.out()).toContain('SLACK_BOT_TOKEN');
    expect(t.out()).toMatch(/TMS 15\.2\.1/);
  });
});
