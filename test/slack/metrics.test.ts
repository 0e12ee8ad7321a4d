/**
 * The Web API clients' counting fetch: every call counted once by method and result, a Web API
 * answer read where the client reads it, anything else (a response_url) counted without being read.
 */
import { WebClient } from '@slack/web-api';
import { Metrics, resultCode } from '../../src/slack/metrics';
import { FakeSlack } from './fake-slack';

const calls = async (m: Metrics) => (await m.registry.getSingleMetric('tms_doctor_slack_api_calls_total')!.get()).values.map((v) => `${String(v.labels.method)} ${String(v.labels.code)} ${v.value}`).sort();

describe('Metrics.fetch', () => {
  const answer = (body: string, status = 200) => async () => new Response(body, { status, headers: { 'content-type': 'application/json' } });

  it('counts a Web API answer once, when its body is read, by ok or its error', async () => {
    const m = new Metrics({ processMetrics: false });
    const ok = await m.fetch(answer('{"ok":true,"ts":"1.2"}'))('http://127.0.0.1:1/api/chat.postMessage', { method: 'POST' });
    expect(await calls(m)).toEqual([]);
    expect(await ok.text()).toBe('{"ok":true,"ts":"1.2"}');
    const bad = await m.fetch(answer('{"ok":false,"error":"not_in_channel"}'))('http://127.0.0.1:1/api/chat.update', { method: 'POST' });
    expect(await bad.json()).toEqual({ ok: false, error: 'not_in_channel' });
    const buf = await m.fetch(answer(' { "ok" : false, "error": "is_archived" }'))('http://127.0.0.1:1/api/chat.update', { method: 'POST' });
    expect(new TextDecoder().decode(await buf.arrayBuffer())).toContain('is_archived');
    expect(await calls(m)).toEqual(['chat.postMessage ok 1', 'chat.update is_archived 1', 'chat.update not_in_channel 1']);
  });

  it('counts HTTP errors and network failures at once, and a response_url answer without reading it', async () => {
    const m = new Metrics({ processMetrics: false });
    await m.fetch(answer('', 429))('http://127.0.0.1:1/api/chat.postMessage');
    await m.fetch(answer('oops', 503))('http://127.0.0.1:1/api/views.open');
    await expect(
      m.fetch(async () => {
        throw new TypeError('fetch failed');
      })('http://127.0.0.1:1/api/users.info'),
    ).rejects.toThrow('fetch failed');
    const hook = await m.fetch(answer('{"ok":false,"error":"expired_url"}'))('http://127.0.0.1:1/actions/T1/123/abc');
    expect(hook.status).toBe(200);
    await new Promise((r) => setTimeout(r, 20));
    expect(await calls(m)).toEqual(['chat.postMessage ratelimited 1', 'other expired_url 1', 'users.info network 1', 'views.open http_503 1']);
  });

  it('resultCode reads ok quickly and an error from the JSON', () => {
    expect(resultCode('{"ok":true}')).toBe('ok');
    expect(resultCode('{"ok":false,"error":"channel_not_found"}')).toBe('channel_not_found');
    expect(resultCode('{"ok":false}')).toBe('error');
    expect(resultCode('not json')).toBe('ok');
  });

  it('a real WebClient over the local fake Slack: each call counted once', async () => {
    const fake = new FakeSlack();
    await fake.start();
    try {
      const m = new Metrics({ processMetrics: false });
      const client = new WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, fetch: m.fetch(), retryConfig: { retries: 0 } });
      await client.chat.postMessage({ channel: 'C1', text: 'hi' });
      await client.chat.postMessage({ channel: 'C1', text: 'again' });
      expect(await calls(m)).toEqual(['chat.postMessage ok 2']);
    } finally {
      await fake.stop();
    }
  });
});
