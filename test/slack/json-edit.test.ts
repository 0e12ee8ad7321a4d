/**
 * The card edit with a JSON body (service.jsonEdit over webjson.jsonApiCall) against a loopback
 * server: what it sends, which failures it tries again (an edit is the same whenever it lands) and
 * which it gives up on at once.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { jsonEdit } from '../../src/slack/service';
import { webApiFetch } from '../../src/slack/webfetch';
import { jsonApiCall } from '../../src/slack/webjson';

let server: http.Server;
let base = '';
/** Per path: the answers to give, in order (the last one repeats). */
const script = new Map<string, (string | number)[]>();
const seen: { path: string; type: string; body: Record<string, unknown> }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const route = (req.url ?? '').split('/')[1] ?? '';
      seen.push({ path: req.url ?? '', type: String(req.headers['content-type']), body: JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown> });
      const answers = script.get(route) ?? [200];
      const next = answers.length > 1 ? answers.shift()! : answers[0]!;
      if (next === 'reset') return req.socket.destroy();
      if (typeof next === 'string') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ ok: false, error: next }));
      }
      res.writeHead(next, { 'content-type': 'application/json' });
      res.end(next === 200 ? JSON.stringify({ ok: true, channel: 'C1', ts: '1.2' }) : '{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
beforeEach(() => {
  seen.length = 0;
  script.clear();
});

const editAt = (route: string) => jsonEdit(jsonApiCall(webApiFetch(), `${base}/${route}/`, 'xoxb-test'), { backoffMs: 1 });
const card = { text: 'The answer', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*Verdict*' } }] };

it('sends chat.update as JSON with the channel, ts, text and blocks', async () => {
  await editAt('ok')({ channel: 'C1', ts: '1.2' }, card as never);
  expect(seen).toEqual([{ path: '/ok/chat.update', type: 'application/json; charset=utf-8', body: { channel: 'C1', ts: '1.2', text: 'The answer', blocks: card.blocks } }]);
});

it('tries again after a 5xx, a reset or internal_error, and stops when it lands', async () => {
  script.set('flaky', [503, 'reset', 'internal_error', 200]);
  await editAt('flaky')({ channel: 'C1', ts: '1.2' }, card as never);
  expect(seen).toHaveLength(4);
});

it('gives up after four tries, with the last error', async () => {
  script.set('down', [503]);
  await expect(editAt('down')({ channel: 'C1', ts: '1.2' }, card as never)).rejects.toMatchObject({ code: 'slack_webapi_http_error', statusCode: 503 });
  expect(seen).toHaveLength(4);
});

it('does not try again when Slack refuses the edit (the message is gone, not allowed)', async () => {
  script.set('gone', ['message_not_found']);
  await expect(editAt('gone')({ channel: 'C1', ts: '1.2' }, card as never)).rejects.toMatchObject({ code: 'slack_webapi_platform_error', data: { error: 'message_not_found' } });
  expect(seen).toHaveLength(1);
});
