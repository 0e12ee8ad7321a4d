/**
 * Socket Mode end to end: apps.connections.open on the fake Web API (SLACK_API_URL), a local
 * WebSocket server playing Slack, an envelope in, an ack and a threaded reply out.
 */
import { socketApp, type SocketApp } from './harness';
import { mention } from './signed';

describe('Socket Mode', () => {
  let s: SocketApp;
  beforeAll(async () => {
    s = await socketApp('tmsd-socket-');
  });
  afterAll(async () => s.stop());

  it('connects through SLACK_API_URL, acks envelopes and answers in a thread, once per event', async () => {
    expect(s.bot.mode).toBe('socket');
    await s.bot.start();
    await s.ws.connected();
    expect(s.fake.of('apps.connections.open')).toHaveLength(1);
    const ev = mention('C1', 'UALICE', '<@UBOT> over the socket');
    const payload = { type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'EvSock1', event_time: 1, event: { ...ev, event_ts: ev.ts } };
    s.ws.sendEvent(payload, 'env-1');
    await s.fake.waitFor((cs) => cs.some((c) => c.method === 'chat.postMessage'));
    s.ws.sendEvent(payload, 'env-2', 1); // Slack's retry of the same event
    await new Promise((r) => setTimeout(r, 200));
    await s.bot.idle();
    const posts = s.fake.of('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toMatchObject({ channel: 'C1', thread_ts: ev.ts });
    expect(s.ws.acks.map((a) => a.envelope_id).sort()).toEqual(['env-1', 'env-2']);
  });

  it('coerces malformed payloads at the edge in Socket Mode too: each envelope is acked, nothing throws', async () => {
    const before = s.ws.acks.length;
    s.ws.sendEnvelope('slash_commands', { command: '/tms-diagnose', text: ['TMS 15.2', 'again'], user_id: 'UALICE', channel_id: 'C1', trigger_id: 't.1', response_url: s.fake.responseUrl('s1'), team_id: 'T1' }, 'env-cmd');
    s.ws.sendEnvelope('interactive', { type: 'block_actions', user: null, actions: [{ action_id: 'answer', block_id: 'b', value: '2012' }], channel: { id: 'C1' }, container: { message_ts: '1.1' }, team: { id: 'T1' } }, 'env-act');
    s.ws.sendEnvelope('interactive', { type: 'view_submission', user: { id: 'UALICE' }, view: { id: 'V1', callback_id: 'probe-modal', private_metadata: '{"key":"C9:1.1"}' }, team: { id: 'T1' } }, 'env-view');
    const deadline = Date.now() + 3000;
    while (s.ws.acks.length < before + 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(s.ws.acks.slice(before).map((a) => a.envelope_id).sort()).toEqual(['env-act', 'env-cmd', 'env-view']);
    await s.fake.waitFor((cs) => cs.some((c) => c.method === 'response_url' && JSON.stringify(c.body).includes('text:TMS 15.2')));
    await s.bot.idle();
    expect(s.logger.lines.filter((l) => /unhandled|TypeError|Cannot read/.test(JSON.stringify(l)))).toEqual([]);
  });
});
