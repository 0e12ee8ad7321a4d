import { PassThrough } from 'node:stream';
import type { CliIO } from '../../src/cli/io';
import { start } from '../../src/cli/start';
import { parseSlackEnv } from '../../src/slack/config';

function io(env: NodeJS.ProcessEnv): CliIO & { err: () => string; out: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d) => (o += d));
  stderr.on('data', (d) => (e += d));
  return { stdin: new PassThrough(), stdout, stderr, env, isTTY: false, out: () => o, err: () => e };
}

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
  ])('refuses %j with one line and exit 2', async (env, needle) => {
    const t = io(env);
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
    const t = io({});
    expect(await start(['--help'], t)).toBe(0);
    expect(t.out()).toContain('SLACK_SIGNING_SECRET');
  });
});
