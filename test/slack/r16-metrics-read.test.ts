/**
 * Metrics.fetch over the app's own transport (webfetch.WebApiResponse, told its reader through
 * onRead instead of having its read methods wrapped): counted as a platform Response is, once,
 * when its body is read, by ok or its error; a clone read alone is not counted.
 */
import { Metrics } from '../../src/slack/metrics';
import { WebApiResponse } from '../../src/slack/webfetch';

const calls = async (m: Metrics) => (await m.registry.getSingleMetric('tms_doctor_slack_api_calls_total')!.get()).values.map((v) => `${String(v.labels.method)} ${String(v.labels.code)} ${v.value}`).sort();
const answer = (body: string) => async () => new WebApiResponse('http://127.0.0.1:1/api/x', 200, { 'content-type': 'application/json' }, body) as unknown as Response;

describe('Metrics.fetch over WebApiResponse', () => {
  it('counts once when the body is read, as text, JSON or bytes', async () => {
    const m = new Metrics({ processMetrics: false });
    const ok = await m.fetch(answer('{"ok":true,"ts":"1.2"}'))('http://127.0.0.1:1/api/chat.postMessage', { method: 'POST' });
    expect(await calls(m)).toEqual([]);
    expect(await ok.text()).toBe('{"ok":true,"ts":"1.2"}');
    await expect(ok.text()).rejects.toThrow('unusable');
    const bad = await m.fetch(answer('{"ok":false,"error":"not_in_channel"}'))('http://127.0.0.1:1/api/chat.update', { method: 'POST' });
    expect(await bad.json()).toEqual({ ok: false, error: 'not_in_channel' });
    const buf = await m.fetch(answer(' { "ok" : false, "error": "is_archived" }'))('http://127.0.0.1:1/api/chat.update', { method: 'POST' });
    expect(new TextDecoder().decode(await buf.arrayBuffer())).toContain('is_archived');
    const big = await m.fetch(answer(`{"ok":false,"error":"too_big","pad":"${'x'.repeat(70_000)}"}`))('http://127.0.0.1:1/api/chat.update', { method: 'POST' });
    expect((await big.arrayBuffer()).byteLength).toBeGreaterThan(65536);
    expect(await calls(m)).toEqual(['chat.postMessage ok 1', 'chat.update is_archived 1', 'chat.update not_in_channel 1', 'chat.update ok 1']);
  });

  it('a clone read alone is not counted; the answer read afterwards is', async () => {
    const m = new Metrics({ processMetrics: false });
    const res = await m.fetch(answer('{"ok":false,"error":"channel_not_found"}'))('http://127.0.0.1:1/api/chat.postMessage', { method: 'POST' });
    expect(await res.clone().json()).toEqual({ ok: false, error: 'channel_not_found' });
    expect(await calls(m)).toEqual([]);
    await res.text();
    expect(await calls(m)).toEqual(['chat.postMessage channel_not_found 1']);
  });
});
