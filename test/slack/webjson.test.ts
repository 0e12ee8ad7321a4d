/**
 * The JSON-body Web API call (src/slack/webjson.ts) over real sockets on loopback: what it sends,
 * and that every answer and failure reaches the delivery code as the Web API client's would (the
 * same error class, code, fields and the same delivery verdict), side by side with the client.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebClient } from '@slack/web-api';
import { classify } from '../../src/slack/delivery';
import { errorCode } from '../../src/slack/service';
import { webApiFetch } from '../../src/slack/webfetch';
import { jsonApiCall } from '../../src/slack/webjson';

let server: http.Server;
let base = '';
const seen: { url?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() });
      const json = (status: number, body: string, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(body);
      };
      switch (req.url?.split('/')[1]) {
        case 'ok':
          return json(200, JSON.stringify({ ok: true, channel: 'C1', ts: '1800000000.000001' }));
        case 'limited':
          return json(429, '{"ok":false,"error":"ratelimited"}', { 'retry-after': '7' });
        case 'limited-bare':
          return json(429, '{"ok":false,"error":"ratelimited"}');
        case 'down':
          res.writeHead(503, { 'content-type': 'text/html' });
          return res.end('<h1>down</h1>');
        case 'refused':
          return json(200, '{"ok":false,"error":"not_in_channel"}');
        case 'internal':
          return json(200, '{"ok":false,"error":"internal_error"}');
        case 'garbage':
          return json(200, 'this is not JSON');
        case 'reset':
          return req.socket.destroy();
        case 'slow':
          return undefined;
        default:
          return json(404, '{}');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const args = {
  channel: 'C1',
  thread_ts: '1.1',
  text: '判定 😀 & <TLS 1.0>',
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*bold* "q" \\ back' } }],
  metadata: { event_type: 'tms_doctor_reply', event_payload: { outbox_id: 't/0' } },
};

describe('jsonApiCall', () => {
  it('posts the arguments as one JSON body with the token in the Authorization header, and answers the result', async () => {
    seen.length = 0;
    const call = jsonApiCall(webApiFetch(), `${base}/ok/api`, 'xoxb-test-1');
    await expect(call('chat.postMessage', args)).resolves.toMatchObject({ ok: true, ts: '1800000000.000001' });
    expect(seen[0]!.url).toBe('/ok/api/chat.postMessage');
    expect(seen[0]!.headers).toMatchObject({ authorization: 'Bearer xoxb-test-1', 'content-type': 'application/json; charset=utf-8' });
    expect(seen[0]!.headers['user-agent']).toMatch(/^tms-doctor node\/\d+/);
    expect(JSON.parse(seen[0]!.body)).toEqual(args);
  });

  it('fails as the Web API client does, case by case: class, code, fields, and the delivery verdict', async () => {
    const fetchFn = webApiFetch(globalThis.fetch, 300);
    // Port 1 (tcpmux): nothing listens there and no test binds it (an ephemeral port found free and
    // released could be taken by a parallel test file's server in between).
    const closedPort = 1;
    const cases: [string, string][] = [
      ['limited', `${base}/limited/api/`],
      ['limited without Retry-After', `${base}/limited-bare/api/`],
      ['503 page', `${base}/down/api/`],
      ['ok:false not_in_channel', `${base}/refused/api/`],
      ['ok:false internal_error', `${base}/internal/api/`],
      ['not JSON', `${base}/garbage/api/`],
      ['reset', `${base}/reset/api/`],
      ['timeout', `${base}/slow/api/`],
      ['refused connection', `http://127.0.0.1:${closedPort}/api/`],
    ];
    for (const [name, url] of cases) {
      const client = new WebClient('xoxb-test-1', { slackApiUrl: url, fetch: fetchFn, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
      const viaClient = (await client.chat.postMessage({ ...args, blocks: JSON.stringify(args.blocks) as never, metadata: JSON.stringify(args.metadata) as never }).catch((e: unknown) => e)) as Record<string, unknown>;
      const viaJson = (await jsonApiCall(fetchFn, url, 'xoxb-test-1')('chat.postMessage', args).catch((e: unknown) => e)) as Record<string, unknown>;
      expect([name, viaJson.constructor.name]).toEqual([name, viaClient.constructor.name]);
      expect([name, viaJson.code]).toEqual([name, viaClient.code]);
      expect([name, classify(viaJson)]).toEqual([name, classify(viaClient)]);
      expect([name, errorCode(viaJson)]).toEqual([name, errorCode(viaClient)]);
      for (const field of ['retryAfter', 'statusCode', 'data']) expect([name, field, viaJson[field]]).toEqual([name, field, viaClient[field]]);
    }
  });
});
