/**
 * Socket Mode messages that are not what Slack documents — `null`, a number, a list, an envelope
 * whose payload is null or has no event — are guarded at our edge: nothing throws (no rejected
 * promise escapes the Socket Mode client), an envelope that has an id is acknowledged (so it is not
 * redelivered forever), and the app keeps answering. Real app, local WebSocket server, fake Web API.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { createApp, type SlackBot } from '../../src/slack/app';
import { MemoryLogger } from '../../src/slack/logger';
import { sqliteStore, type SqliteStore } from '../../src/store/sqlite';
import { echoEngine } from './echo-engine';
import { FakeSlack } from './fake-slack';
import { FakeSocketMode } from './fake-socket';
import { mention } from './signed';

describe('Socket Mode: malformed messages are guarded at the edge', () => {
  let fake: FakeSlack;
  let ws: FakeSocketMode;
  let bot: SlackBot;
  let store: SqliteStore;
  let dir: string;
  let logger: MemoryLogger;
  const rejections: unknown[] = [];
  const onRejection = (r: unknown) => rejections.push(r);
  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    fake = new FakeSlack();
    await fake.start();
    ws = new FakeSocketMode();
    await ws.start();
    fake.socketUrl = ws.url;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-socket-guard-'));
    store = sqliteStore(path.join(dir, 's.db'));
    logger = new MemoryLogger(LogLevel.DEBUG);
    bot = createApp({ botToken: 'xoxb-t', appToken: 'xapp-1-A1-t', apiUrl: fake.apiUrl, store, logger, logLevel: LogLevel.DEBUG, engine: echoEngine, probe: null });
    await bot.start();
    await ws.connected();
  });
  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await bot.stop();
    await store.close();
    await ws.stop();
    await fake.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('null, scalars, lists and envelopes without a usable payload: no throw, envelopes acked, the next event answered', async () => {
    for (const raw of ['null', '42', '"hello"', '[1,2]', 'true', '{"type":null}']) ws.sendRaw(raw);
    const bad = [
      { type: 'events_api', envelope_id: 'env-null', payload: null },
      { type: 'events_api', envelope_id: 'env-noevent', payload: { type: 'event_callback', event_id: 'Ev1' } },
      { type: 'events_api', envelope_id: 'env-eventnull', payload: { type: 'event_callback', event_id: 'Ev2', event: null } },
      { type: 'events_api', envelope_id: 'env-list', payload: [1, 2] },
      { type: 'interactive', envelope_id: 'env-inull', payload: null },
      { type: 'slash_commands', envelope_id: 'env-snum', payload: 7 },
    ];
    for (const b of bad) ws.sendRaw(JSON.stringify(b));
    const deadline = Date.now() + 3000;
    while (ws.acks.length < bad.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(ws.acks.map((a) => a.envelope_id).sort()).toEqual(bad.map((b) => b.envelope_id).sort());
    // the connection still works: a real event is answered once
    const ev = mention('C1', 'UALICE', '<@UBOT> still there?');
    ws.sendEvent({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'EvOk', event_time: 1, event: { ...ev, event_ts: ev.ts } }, 'env-ok');
    await fake.waitFor((cs) => cs.some((c) => c.method === 'chat.postMessage'));
    await bot.idle();
    expect(fake.of('chat.postMessage')).toHaveLength(1);
    expect(rejections).toEqual([]);
    expect(logger.lines.filter((l) => /TypeError|Cannot read/.test(JSON.stringify(l)))).toEqual([]);
  });
});
