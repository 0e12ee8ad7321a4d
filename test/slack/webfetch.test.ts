/**
 * The Web API clients' transport (undici request() behind the fetch interface) answers and fails
 * as the platform fetch does, over real sockets on loopback: statuses, headers, bodies, network
 * failures with their undici cause, timeouts, redirects, and what it leaves to fetch.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApiFetch } from '../../src/slack/webfetch';

let server: http.Server;
let base = '';
const seen: { method?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method, headers: req.headers, body: Buffer.concat(chunks).toString() });
      if (req.url === '/reset') return req.socket.destroy();
      if (req.url === '/slow') return;
      if (req.url === '/redirect') {
        res.writeHead(302, { location: '/elsewhere' });
        return res.end();
      }
      if (req.url === '/limited') {
        res.writeHead(429, { 'retry-after': '7', 'content-type': 'application/json' });
        return res.end('{"ok":false,"error":"ratelimited"}');
      }
      if (req.url === '/broken') {
        res.writeHead(503, { 'content-type': 'text/html' });
        return res.end('<h1>down</h1>');
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-slack-req-id': 'abc' });
      res.end(JSON.stringify({ ok: true, echo: Buffer.concat(chunks).toString(), text: '日本語 😀' }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const lite = webApiFetch();
const post = (body: unknown = 'token=xoxb-1&channel=C1&text=%E3%81%82', extra: Record<string, unknown> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'Bearer xoxb-1', 'User-Agent': 'tms-doctor-test' },
  body,
  redirect: 'error',
  ...extra,
}) as RequestInit;

async function both(path: string, init: RequestInit) {
  const out = [];
  for (const f of [globalThis.fetch, lite]) {
    try {
      const r = await f(`${base}${path}`, init);
      out.push({ status: r.status, ok: r.ok, statusText: r.statusText, type: r.headers.get('content-type'), retry: r.headers.get('retry-after'), text: await r.text() });
    } catch (error) {
      const e = error as Error & { cause?: { code?: string; message?: string } };
      out.push({ threw: e.constructor.name, name: e.name, message: e.message, cause: e.cause?.code ?? e.cause?.message });
    }
  }
  return out;
}

describe('webApiFetch', () => {
  it('answers as fetch does: 200 with a UTF-8 JSON body, 429 with Retry-After, 503 with a page', async () => {
    for (const path of ['/api/chat.postMessage', '/limited', '/broken']) {
      const [a, b] = await both(path, post());
      expect(b).toEqual(a);
    }
    const [, mine] = await both('/api/chat.postMessage', post());
    expect(JSON.parse((mine as { text: string }).text)).toEqual({ ok: true, echo: 'token=xoxb-1&channel=C1&text=%E3%81%82', text: '日本語 😀' });
  });

  it('its answer reads as a Response does: once, as text, JSON or UTF-8 bytes, or cloned first; with status, headers and url', async () => {
    for (const read of ['text', 'json', 'arrayBuffer', 'clone'] as const) {
      const got = [];
      for (const f of [globalThis.fetch, lite]) {
        const r = await f(`${base}/api/chat.postMessage`, post());
        let value: unknown;
        if (read === 'clone') {
          const c = r.clone();
          value = [await c.text(), await r.text()];
        } else if (read === 'arrayBuffer') value = Buffer.from(await r.arrayBuffer()).toString('utf8');
        else value = await r[read]();
        const again = await r.text().then(
          () => 'read again',
          (e: unknown) => (e as Error).constructor.name,
        );
        got.push({ value, again, used: r.bodyUsed, status: r.status, ok: r.ok, statusText: r.statusText, type: r.headers.get('content-type'), id: r.headers.get('x-slack-req-id'), url: r.url });
      }
      expect(got[1]).toEqual(got[0]);
      expect(got[1]!.again).toBe('TypeError');
    }
  });

  it('sends the method, headers and body it was given', async () => {
    seen.length = 0;
    await (await lite(`${base}/api/chat.update`, post('a=1&b=%26'))).text();
    expect(seen[0]).toMatchObject({ method: 'POST', body: 'a=1&b=%26' });
    expect(seen[0]!.headers).toMatchObject({ authorization: 'Bearer xoxb-1', 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'tms-doctor-test', 'content-length': '9' });
  });

  it('fails as fetch does: a reset connection, a refused one, a redirect (TypeError "fetch failed" with the cause), a timeout (its reason)', async () => {
    const [a, b] = await both('/reset', post());
    expect(b).toEqual(a);
    expect(b).toMatchObject({ threw: 'TypeError', message: 'fetch failed', cause: 'UND_ERR_SOCKET' });
    const [ra, rb] = await both('/redirect', post());
    expect(rb).toEqual(ra);
    const [ta, tb] = await both('/slow', post(undefined, { signal: AbortSignal.timeout(150) }));
    expect(tb).toEqual(ta);
    expect(tb).toMatchObject({ name: 'TimeoutError' });
    // a port nothing listens on
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const refused = await lite(`http://127.0.0.1:${port}/api/chat.postMessage`, post()).catch((e: unknown) => e as Error & { cause?: { code?: string } });
    expect(refused).toBeInstanceOf(TypeError);
    expect((refused as { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
  });

  it('keeps the time limit itself, without a signal: past it the call rejects as a timed-out signal makes fetch reject', async () => {
    const limited = webApiFetch(globalThis.fetch, 150);
    const t0 = Date.now();
    const err = (await limited(`${base}/slow`, post()).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(DOMException);
    expect(err.name).toBe('TimeoutError');
    expect(Date.now() - t0).toBeLessThan(5000);
    // what the platform fetch gives for the same limit as a signal
    const [viaSignal] = await both('/slow', post(undefined, { signal: AbortSignal.timeout(150) }));
    expect(viaSignal).toMatchObject({ name: err.name, message: err.message });
    // a deadline on the init (set for a whole call by the rate limiter) replaces the default limit
    const late = (await webApiFetch(globalThis.fetch, 60_000)(`${base}/slow`, post(undefined, { deadline: Date.now() + 150 })).catch((e: unknown) => e)) as Error;
    expect(late.name).toBe('TimeoutError');
    // an answer in time clears the timer and is read whole
    const ok = await limited(`${base}/api/chat.postMessage`, post());
    expect(JSON.parse(await ok.text())).toMatchObject({ ok: true });
  });

  it('gives a call it leaves to the platform fetch the same limit, as a signal, when it has none', async () => {
    const signals: (AbortSignal | null | undefined)[] = [];
    const fallback = (async (_input: unknown, init?: RequestInit) => {
      signals.push(init?.signal);
      return new Response('{"ok":true}');
    }) as typeof fetch;
    const own = new AbortController();
    await webApiFetch(fallback, 1000)(`${base}/x`, { method: 'GET' });
    await webApiFetch(fallback, 1000)(`${base}/x`, { method: 'GET', signal: own.signal });
    await webApiFetch(fallback)(`${base}/x`, { method: 'GET' });
    expect(signals[0]).toBeInstanceOf(AbortSignal);
    expect(signals[0]!.aborted).toBe(false);
    expect(signals[1]).toBe(own.signal);
    expect(signals[2]).toBeUndefined();
  });

  it('an already aborted signal rejects with its reason before anything is sent', async () => {
    seen.length = 0;
    const ctl = new AbortController();
    ctl.abort(new Error('gone'));
    await expect(lite(`${base}/api/chat.postMessage`, post(undefined, { signal: ctl.signal }))).rejects.toThrow('gone');
    expect(seen).toHaveLength(0);
  });

  it('leaves uploads (FormData, bytes), GETs, other redirect modes and Request objects to the platform fetch', async () => {
    const calls: unknown[] = [];
    const fallback = (async (input: unknown, init?: RequestInit) => {
      calls.push([input, init?.body instanceof FormData ? 'form' : typeof init?.body, init?.redirect]);
      return new Response('{"ok":true}');
    }) as typeof fetch;
    const f = webApiFetch(fallback);
    const form = new FormData();
    form.append('a', '1');
    await f(`${base}/x`, post(form));
    await f(`${base}/x`, post(new Uint8Array([1, 2])));
    await f(`${base}/x`, { method: 'GET' });
    await f(`${base}/x`, post(undefined, { redirect: undefined }));
    await f(new URL(`${base}/x`), post());
    expect(calls).toHaveLength(5);
  });
});
