/**
 * Operations: /healthz, /readyz and /metrics in HTTP mode and on METRICS_PORT in Socket Mode, log
 * lines of a turn carrying its thread key and event id, and a real `tms-doctor start` process that
 * finishes its turn in flight on SIGTERM, exits 0, exits at once on a second signal, and never
 * writes a token or the signing secret to its logs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { settle } from './calls';
import { echoEngine } from './echo-engine';
import { FakeSlack } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { socketBot } from './socket-bot';
import { eventCallback, mention, post } from './signed';
import { launchStart } from './cli-process';

const get = async (port: number, p: string) => {
  const res = await fetch(`http://127.0.0.1:${port}${p}`);
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') ?? '' };
};

describe('HTTP mode: health, readiness, metrics, log context', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ engine: echoEngine });
  });
  afterEach(async () => h.close());

  it('/healthz is up; /readyz checks the store and Slack; /metrics counts turns, Web API calls, retries, store latency and the process', async () => {
    expect(await get(h.port, '/healthz')).toMatchObject({ status: 200, text: 'ok\n' });
    const ready = await get(h.port, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({ ready: true, checks: { store: 'ok', slack: 'ok', shutdown: 'ok' } });

    h.fake.failIn('CLIM', { mode: '429', retryAfter: 1, times: 1 });
    await post(h.port, eventCallback(mention('CLIM', 'UALICE', '<@UBOT> count me')));
    await h.fake.waitFor(() => h.fake.tagged('CLIM').length === 1, 5000);
    await settle(h);
    const m = await get(h.port, '/metrics');
    expect(m.status).toBe(200);
    expect(m.type).toContain('text/plain');
    expect(m.text).toMatch(/tms_doctor_turns_total\{surface="thread",outcome="delivered"\} 1/);
    expect(m.text).toMatch(/tms_doctor_turn_seconds_count\{surface="thread"\} 1/);
    expect(m.text).toMatch(/tms_doctor_slack_api_calls_total\{method="chat.postMessage",code="ok"\} 1/);
    expect(m.text).toMatch(/tms_doctor_slack_api_errors_total\{method="chat.postMessage",code="ratelimited"\} 1/);
    expect(m.text).toMatch(/tms_doctor_slack_retries_total\{method="chat.postMessage",reason="rate_limited"\} 1/);
    expect(m.text).toMatch(/tms_doctor_store_seconds_count\{op="conversations\.turn",outcome="ok"\} 1/);
    expect(m.text).toContain('tms_doctor_process_cpu_user_seconds_total');
    expect(m.text).toContain('tms_doctor_probes_total');
    expect(m.text).toContain('tms_doctor_fleet_jobs_total');
  });

  it('/readyz answers 503 naming the failing check when the store cannot take writes', async () => {
    const check = h.store.check.bind(h.store);
    h.store.check = async () => ({ ok: false, reason: 'attempt to write a readonly database' });
    try {
      const r = await get(h.port, '/readyz');
      expect(r.status).toBe(503);
      expect(JSON.parse(r.text)).toMatchObject({ ready: false, checks: { store: 'failing: attempt to write a readonly database', slack: 'ok' } });
      expect((await get(h.port, '/healthz')).status).toBe(200);
    } finally {
      h.store.check = check;
    }
    expect((await get(h.port, '/readyz')).status).toBe(200);
  });

  it('every log line of a turn carries its thread key and event id', async () => {
    h.fake.failIn('CLOG', { mode: '500', times: 1 });
    const root = mention('CLOG', 'UALICE', '<@UBOT> trace me');
    await post(h.port, eventCallback(root, 'EvTRACE1'));
    await h.fake.waitFor(() => h.fake.tagged('CLOG').length === 1, 5000);
    await settle(h);
    const key = `CLOG:${root.ts}`;
    const turnLines = h.logger.lines.filter((l) => ['turn', 'chat.postMessage failed'].includes(String(l.msg)));
    expect(turnLines.length).toBeGreaterThanOrEqual(2);
    for (const l of turnLines) expect(l).toMatchObject({ key, event_id: 'EvTRACE1' });
    // and lines of other events do not borrow them
    expect(h.logger.lines.filter((l) => l.event_id === 'EvTRACE1' && l.key !== undefined && l.key !== key)).toEqual([]);
  });
});

describe('Socket Mode: the side port', () => {
  it('serves /healthz, /readyz and /metrics on METRICS_PORT', async () => {
    const b = await socketBot();
    try {
      expect(b.port).toBeGreaterThan(0);
      expect((await get(b.port, '/healthz')).status).toBe(200);
      expect(JSON.parse((await get(b.port, '/readyz')).text)).toMatchObject({ ready: true });
      expect((await get(b.port, '/metrics')).text).toContain('tms_doctor_turns_total');
      expect((await get(b.port, '/slack/events')).status).toBe(404);
    } finally {
      await b.close();
    }
  });
});

describe('a real `tms-doctor start` process', () => {
  const BOT = 'xoxb-2718281828-3141592653589-Zq8RtYp3LmN7vXc2BwK9sD4f';
  const SIGNING = '8f14e45fceea167a5a36dedd4bea2543';
  let fake: FakeSlack;
  let dir: string;
  beforeEach(async () => {
    fake = new FakeSlack();
    await fake.start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-ops-'));
  });
  afterEach(async () => {
    await fake.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const launch = () => launchStart(fake, dir, { bot: BOT, signing: SIGNING });

  it('SIGTERM: refuses new work, finishes the turn in flight, exits 0; no token or secret in any log line', async () => {
    const p = launch();
    const port = await p.port;
    // Slack is slow to take the answer: the turn is in flight when SIGTERM arrives.
    fake.failIn('CTERM', { mode: 'slow', times: 1, delayMs: 1500 });
    expect(await p.signedPost(eventCallback(mention('CTERM', 'UALICE', '<@UBOT> TMS 15.2, endpoints on CE 9.15')))).toBe(200);
    await fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage!slow'), 10000);
    p.child.kill('SIGTERM');
    const { code } = await p.exited;
    expect(code).toBe(0);
    expect(fake.tagged('CTERM')).toHaveLength(1);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    const log = p.log();
    expect(log).toContain('signal received');
    // the last line says the stop completed (store closed), so an operator can tell a clean stop from a kill
    expect(JSON.parse(log.trim().split('\n').at(-1)!)).toMatchObject({ level: 'info', msg: 'stopped' });
    for (const secret of [BOT, SIGNING, BOT.slice(5), '3141592653589-Zq8RtYp3']) expect(log).not.toContain(secret);
    for (const line of log.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  }, 120000);

  it('a second signal exits at once', async () => {
    const p = launch();
    await p.port;
    fake.failIn('CTWICE', { mode: 'slow', times: 1, delayMs: 8000 });
    await p.signedPost(eventCallback(mention('CTWICE', 'UALICE', '<@UBOT> hello')));
    await fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage!slow'), 10000);
    p.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const t0 = Date.now();
    p.child.kill('SIGINT');
    const { code } = await p.exited;
    expect(code).toBe(130);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(p.log()).toContain('second signal');
  }, 120000);
});
