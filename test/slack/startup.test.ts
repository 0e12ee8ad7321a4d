import { LogLevel } from '@slack/bolt';
import { createApp } from '../../src/slack/app';
import { MemoryLogger } from '../../src/slack/logger';
import { openDb } from '../../src/store/db';
import { echoEngine } from './echo-engine';
import { FakeSlack } from './fake-slack';
import { SECRET } from './signed';

describe('start-up', () => {
  it('refuses to start with a token Slack rejects, saying why', async () => {
    const fake = new FakeSlack();
    await fake.start();
    fake.fail('auth.test', { error: 'invalid_auth' });
    const db = openDb(':memory:');
    const bot = createApp({ botToken: 'xoxb-bad', signingSecret: SECRET, apiUrl: fake.apiUrl, port: 0, host: '127.0.0.1', db, logger: new MemoryLogger(LogLevel.ERROR), engine: echoEngine, probe: null, retryConfig: { retries: 0 } });
    try {
      await expect(bot.start()).rejects.toThrow(/invalid_auth/);
    } finally {
      db.close();
      await fake.stop();
    }
  });

  it('HTTP mode needs a signing secret', () => {
    const db = openDb(':memory:');
    expect(() => createApp({ botToken: 'xoxb-1', db, engine: echoEngine, probe: null })).toThrow(/signing secret/);
    db.close();
  });
});
