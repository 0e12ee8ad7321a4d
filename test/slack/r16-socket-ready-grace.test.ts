/**
 * Socket Mode readiness through a routine reconnect: Slack asks the app to reconnect ("disconnect",
 * refresh_requested) and the client connects again a few seconds later. /readyz stays 200 through a
 * reconnect shorter than the grace, and is 503 once the socket stays closed past it; the
 * tms_doctor_slack_socket_open gauge says whether the socket is open at each moment. The local fake
 * Web API and a local fake Socket Mode server only (loopback).
 */
import { parseSlackEnv } from '../../src/slack/config';
import { getOps, socketBot } from './socket-bot';

jest.setTimeout(40000);

const get = getOps;
const gauge = async (port: number) => Number(/tms_doctor_slack_socket_open (\d)/.exec((await get(port, '/metrics')).text)?.[1]);

describe('Socket Mode readiness through a reconnect', () => {
  it('a routine reconnect (the default grace): /readyz stays 200 throughout while the gauge shows the socket closed, then open again', async () => {
    // The library's pause before the reconnect 1.5 s (5 s by default): a closed socket for long enough to be seen
    // closed by the polls below (every ~100 ms), well within the default grace (20 s).
    const b = await socketBot({ reconnectPauseMs: 1500 });
    try {
      expect((await get(b.port, '/readyz')).status).toBe(200);
      expect(await gauge(b.port)).toBe(1);
      const opens = b.fake.of('apps.connections.open').length;
      b.sock.sendRaw(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
      const statuses: number[] = [];
      let sawClosed = false;
      const deadline = Date.now() + 20000;
      // until the client has opened a new connection and the socket is open again
      while (Date.now() < deadline) {
        const g = await gauge(b.port);
        if (g === 0) sawClosed = true;
        statuses.push((await get(b.port, '/readyz')).status);
        if (sawClosed && g === 1 && b.fake.of('apps.connections.open').length > opens) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(sawClosed).toBe(true);
      expect(b.fake.of('apps.connections.open').length).toBeGreaterThan(opens);
      expect(statuses.length).toBeGreaterThan(5);
      expect(statuses.every((s) => s === 200)).toBe(true);
    } finally {
      await b.close();
    }
  });

  it('a socket that stays closed past the grace: 503 naming it, not before', async () => {
    const b = await socketBot({ socketGraceMs: 1500 });
    try {
      b.fake.socketUrl = ''; // reconnects find no URL: the socket stays closed
      await b.sock.stop();
      const closedBy = Date.now() + 5000;
      while ((await gauge(b.port)) !== 0 && Date.now() < closedBy) await new Promise((r) => setTimeout(r, 20));
      const closed = Date.now();
      expect((await get(b.port, '/readyz')).status).toBe(200); // within the grace
      let r = await get(b.port, '/readyz');
      while (r.status === 200 && Date.now() - closed < 8000) {
        await new Promise((res) => setTimeout(res, 50));
        r = await get(b.port, '/readyz');
      }
      expect(r.status).toBe(503);
      expect(Date.now() - closed).toBeGreaterThanOrEqual(1300);
      expect(JSON.parse(r.text)).toMatchObject({ ready: false, checks: { slack: 'Socket Mode connection not open' } });
      expect(await gauge(b.port)).toBe(0);
    } finally {
      await b.close();
    }
  });

  it('SOCKET_READY_GRACE_S sets the grace (seconds); a bad value is refused', () => {
    const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
    expect(parseSlackEnv({ ...base, SOCKET_READY_GRACE_S: '45' })).toMatchObject({ ok: true, env: { mode: 'socket', socketGraceMs: 45_000 } });
    expect(parseSlackEnv({ ...base, SOCKET_READY_GRACE_S: '0' })).toMatchObject({ ok: true, env: { socketGraceMs: 0 } });
    expect(parseSlackEnv({ ...base, SOCKET_READY_GRACE_S: 'soon' })).toMatchObject({ ok: false, message: expect.stringContaining('SOCKET_READY_GRACE_S') });
  });
});
