import { LogLevel } from '@slack/bolt';
import { createApp } from '../../src/slack/app';
import { MemoryLogger } from '../../src/slack/logger';
import { memoryStore } from '../../src/store/memory';
import { echoEngine } from './echo-engine';
import { FakeSlack } from './fake-slack';
import { SECRET } from './signed';

describe('start-up', () => {
  it('refuses to start with a token Slack rejects, saying why', async () => {
    const fake = new FakeSlack();
    await fake.start();
    fake.fail('auth.test', { error: 'invalid_auth' });
    const store = memoryStore();
    const bot = createApp({ botToken: 'xoxb-bad', signingSecret: SECRET, apiUrl: fake.apiUrl, port: 0, host: '127.0.0.1', store, logger: new MemoryLogger(LogLevel.ERROR), engine: echoEngine, probe: null, retryConfig: { retries: 0 } });
    try {
      await expect(bot.start()).rejects.toThrow(/invalid_auth/);
    } finally {
      await store.close();
      await fake.stop();
    }
  });

  it('says so when the Slack Web API cannot be reached at all', async () => {
    const fake = new FakeSlack();
    await fake.start();
    const url = fake.apiUrl;
    await fake.stop(); // nothing listens there any more
    const store = memoryStore();
    const bot = createApp({ botToken: 'xoxb-1', signingSecret: SECRET, apiUrl: url, port: 0, host: '127.0.0.1', store, logger: new MemoryLogger(LogLevel.ERROR), engine: echoEngine, probe: null, retryConfig: { retries: 0 } });
    try {
      await expect(bot.start()).rejects.toThrow(/could not reach the Slack Web API at http:\/\/127\.0\.0\.1/);
    } finally {
      await store.close();
    }
  });

  it("HTTP mode needs a signing secret", async () => {
    const store = memoryStore();
    expect(() => createApp({ botToken: 'xoxb-1', store, engine: echoEngine, probe: null })).toThrow(/signing secret/);
    await store.close();
  });
});
