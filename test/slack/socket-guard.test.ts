/**
 * Socket Mode messages that are not what Slack documents — `null`, a number, a list, an envelope
 * whose payload is null or has no event — are guarded at our edge: nothing throws (no rejected
 * promise escapes the Socket Mode client), an envelope that has an id is acknowledged (so it is not
 * redelivered forever), and the app keeps answering. Real app, local WebSocket server, fake Web API.
 */
import { socketApp, type SocketApp } from './harness';
import { mention } from './signed';

describe('Socket Mode: malformed messages are guarded at the edge', () => {
  let s: SocketApp;
  const rejections: unknown[] = [];
  const onRejection = (r: unknown) => rejections.push(r);
  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    s = await socketApp('tmsd-socket-guard-');
    await s.bot.start();
    await s.ws.connected();
  });
  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await s.stop();
  });

  it('null, scalars, lists and envelopes without a usable payload: no throw, envelopes acked, the next event answered', async () => {
    for (const raw of ['null', '42', '"hello"', '[1,2]', 'true', '{"type":null}']) s.ws.sendRaw(raw);
    const bad = [
      { type: 'events_api', envelope_id: 'env-null', payload: null },
      { type: 'events_api', envelope_id: 'env-noevent', payload: { type: 'event_callback', event_id: 'Ev1' } },
      { type: 'events_api', envelope_id: 'env-eventnull', payload: { type: 'event_callback', event_id: 'Ev2', event: null } },
      { type: 'events_api', envelope_id: 'env-list', payload: [1, 2] },
      { type: 'interactive', envelope_id: 'env-inull', payload: null },
      { type: 'slash_commands', envelope_id: 'env-snum', payload: 7 },
    ];
    for (const b of bad) s.ws.sendRaw(JSON.stringify(b));
    const deadline = Date.now() + 3000;
    while (s.ws.acks.length < bad.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(s.ws.acks.map((a) => a.envelope_id).sort()).toEqual(bad.map((b) => b.envelope_id).sort());
    // the connection still works: a real event is answered once
    const ev = mention('C1', 'UALICE', '<@UBOT> still there?');
    s.ws.sendEvent({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'EvOk', event_time: 1, event: { ...ev, event_ts: ev.ts } }, 'env-ok');
    await s.fake.waitFor((cs) => cs.some((c) => c.method === 'chat.postMessage'));
    await s.bot.idle();
    expect(s.fake.of('chat.postMessage')).toHaveLength(1);
    expect(rejections).toEqual([]);
    expect(s.logger.lines.filter((l) => /TypeError|Cannot read/.test(JSON.stringify(l)))).toEqual([]);
  });
});
