/**
 * Socket Mode end to end: apps.connections.open on the fake Web API (SLACK_API_URL), a local
 * WebSocket server playing Slack, an envelope in, an ack and a threaded reply out.
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

describe('Socket Mode', () => {
  let fake: FakeSlack;
  let ws: FakeSocketMode;
  let bot: SlackBot;
  let store: SqliteStore;
  let dir: string;
  let logger: MemoryLogger;
  beforeAll(async () => {
    fake = new FakeSlack();
    await fake.start();
    ws = new FakeSocketMode();
    await ws.start();
    fake.socketUrl = ws.url;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-socket-'));
    store = sqliteStore(path.join(dir, 's.db'));
    logger = new MemoryLogger(LogLevel.DEBUG);
    bot = createApp({ botToken: 'xoxb-t', appToken: 'xapp-1-A1-t', apiUrl: fake.apiUrl, store, logger, logLevel: LogLevel.DEBUG, engine: echoEngine, probe: null });
  });
  afterAll(async () => {
    await bot.stop();
    await store.close();
    await ws.stop();
    await fake.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('connects through SLACK_API_URL, acks envelopes and answers in a thread, once per event', async () => {
    expect(bot.mode).toBe('socket');
    await bot.start();
    await ws.connected();
    expect(fake.of('apps.connections.open')).toHaveLength(1);
    const ev = mention('C1', 'UALICE', '<@UBOT> over the socket');
    const payload = { type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'EvSock1', event_time: 1, event: { ...ev, event_ts: ev.ts } };
    ws.sendEvent(payload, 'env-1');
    await fake.waitFor((cs) => cs.some((c) => c.method === 'chat.postMessage'));
    ws.sendEvent(payload, 'env-2', 1); // Slack's retry of the same event
    await new Promise((r) => setTimeout(r, 200));
    await bot.idle();
    const posts = fake.of('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toMatchObject({ channel: 'C1', thread_ts: ev.ts });
    expect(ws.acks.map((a) => a.envelope_id).sort()).toEqual(['env-1', 'env-2']);
  });

  it('coerces malformed payloads at the edge in Socket Mode too: each envelope is acked, nothing throws', async () => {
    const before = ws.acks.length;
    ws.sendEnvelope('slash_commands', { command: '/tms-diagnose', text: ['TMS 15.2', 'again'], user_id: 'UALICE', channel_id: 'C1', trigger_id: 't.1', response_url: fake.responseUrl('s1'), team_id: 'T1' }, 'env-cmd');
    ws.sendEnvelope('interactive', { type: 'block_actions', user: null, actions: [{ action_id: 'answer', block_id: 'b', value: '2012' }], channel: { id: 'C1' }, container: { message_ts: '1.1' }, team: { id: 'T1' } }, 'env-act');
    ws.sendEnvelope('interactive', { type: 'view_submission', user: { id: 'UALICE' }, view: { id: 'V1', callback_id: 'probe-modal', private_metadata: '{"key":"C9:1.1"}' }, team: { id: 'T1' } }, 'env-view');
    const deadline = Date.now() + 3000;
    while (ws.acks.length < before + 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(ws.acks.slice(before).map((a) => a.envelope_id).sort()).toEqual(['env-act', 'env-cmd', 'env-view']);
    await fake.waitFor((cs) => cs.some((c) => c.method === 'response_url' && JSON.stringify(c.body).includes('text:TMS 15.2')));
    await bot.idle();
    expect(logger.lines.filter((l) => /unhandled|TypeError|Cannot read/.test(JSON.stringify(l)))).toEqual([]);
  });
});
