/**
 * A local fake of Slack's Web API (and of response_url endpoints) on 127.0.0.1:0. Records every
 * call (method + decoded body) and can be told to fail a method with 429/500.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Call {
  method: string;
  body: Record<string, any>;
  at: number;
}

interface Failure {
  status: number;
  retryAfter?: number;
  /** How many calls fail; Infinity = all. */
  times: number;
  /** Instead of an HTTP error: HTTP 200 with {ok:false, error}. */
  error?: string;
  /** Instead of an error: answer normally, but only after this many ms (a slow Slack). */
  delayMs?: number;
}

/**
 * A fault for chat.postMessage in one channel:
 * - '429': refused with Retry-After (nothing posted); '500': HTTP 500 (nothing posted);
 * - 'reset-before': the connection is cut before Slack posts; 'reset-after': Slack posts, then the
 *   connection is cut before the answer (the client cannot know it was posted);
 * - 'slow': Slack posts at once but answers only after delayMs (the client times out first).
 */
export interface ChannelFault {
  mode: '429' | '500' | 'reset-before' | 'reset-after' | 'slow';
  /** The method that fails in that channel (default chat.postMessage; `channel_id` for files.completeUploadExternal). */
  method?: string;
  times: number;
  retryAfter?: number;
  delayMs?: number;
}

/** A message the fake holds, as conversations.history / replies return it. */
export interface StoredMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  /** When it was posted (ms): `oldest` filters on it, since the fake's ts values are not clock times. */
  at: number;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  /** A file share (files.completeUploadExternal with a channel): the files, as Slack lists them on the message. */
  files?: { id: string; name: string; title: string }[];
  /** Set by a test: 'tombstone' is a deleted parent Slack keeps for the replies under it. */
  subtype?: string;
}

export interface Upload {
  fileId: string;
  filename: string;
  length: number;
  /** The bytes posted to the upload URL (null until then). */
  bytes: Buffer | null;
  /** From files.completeUploadExternal. */
  channel?: string;
  threadTs?: string;
  title?: string;
  initialComment?: string;
}

export class FakeSlack {
  readonly calls: Call[] = [];
  /** files.uploadV2: each file's metadata and uploaded bytes, by file id. */
  readonly uploads = new Map<string, Upload>();
  /** users.info answers: locale per user id (default en-US). */
  readonly locales = new Map<string, string>();
  private fileCounter = 0;
  /** Every message chat.postMessage posted (including those whose answer the client never saw). */
  readonly messages: StoredMessage[] = [];
  /** Files shared into a channel or thread (files.completeUploadExternal), as messages with `files`. */
  readonly shares: StoredMessage[] = [];
  private gates = new Map<string, Promise<void>>();
  private channelFaults = new Map<string, ChannelFault>();
  private server?: http.Server;
  private failures = new Map<string, Failure>();
  private readonly holds = new Map<string, { ms: number; times: number }>();
  private tsCounter = 0;
  private waiters: (() => void)[] = [];
  port = 0;
  botUserId = 'UBOT';
  /** Answer for apps.connections.open (Socket Mode). */
  socketUrl = '';
  botId = 'BBOT';
  /** stallAfter: serve that many bytes, then send nothing more (a download that hangs). */
  private files = new Map<string, { file: Record<string, unknown>; bytes: Buffer; contentType: string; stallAfter?: number }>();

  /**
   * Serves a file at /files/<id>/<name> (only with the bot token, like Slack's url_private_download)
   * and through files.info. Returns the file object a message event carries (inEvent false: only
   * id and name, so the app has to call files.info).
   */
  addFile(id: string, name: string, bytes: Buffer, opts: { contentType?: string; inEvent?: boolean; stallAfter?: number } = {}): Record<string, unknown> {
    const file = { id, name, title: name, mimetype: 'application/octet-stream', filetype: 'binary', size: bytes.length, url_private_download: `http://127.0.0.1:${this.port}/files/${id}/${encodeURIComponent(name)}` };
    this.files.set(id, { file, bytes, contentType: opts.contentType ?? 'application/octet-stream', stallAfter: opts.stallAfter });
    return opts.inEvent === false ? { id, name } : { ...file };
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  fail(method: string, f: Partial<Failure> & { status?: number }): void {
    this.failures.set(method, { status: f.status ?? 500, retryAfter: f.retryAfter, times: f.times ?? Infinity, error: f.error, delayMs: f.delayMs });
  }

  /**
   * The next `times` calls of `method` wait `ms` before Slack handles them as usual (a slow Slack
   * that still answers properly); each is also recorded at arrival as `<method>!held`.
   */
  hold(method: string, ms: number, times = 1): void {
    this.holds.set(method, { ms, times });
  }

  /**
   * The next call of `method` waits until the returned function is called, then Slack handles it as
   * usual; recorded at arrival as `<method>!gated`.
   */
  gate(method: string): () => void {
    let open!: () => void;
    this.gates.set(method, new Promise<void>((r) => (open = r)));
    return () => open();
  }

  /** Inject a fault into one method (chat.postMessage unless `method` says) for one channel only. */
  failIn(channel: string, f: Partial<ChannelFault> & { mode: ChannelFault['mode'] }): void {
    this.channelFaults.set(`${f.method ?? 'chat.postMessage'} ${channel}`, { times: Infinity, ...f });
  }

  heal(method?: string): void {
    if (method) this.failures.delete(method);
    else {
      this.failures.clear();
      this.channelFaults.clear();
      this.holds.clear();
    }
  }

  /** The messages posted in a channel (optionally in one thread) carrying this outbox id in their metadata. */
  tagged(channel: string, outboxId?: string): StoredMessage[] {
    return this.messages.filter((m) => m.channel === channel && m.metadata?.event_type === 'tms_doctor_reply' && (outboxId === undefined || m.metadata.event_payload.outbox_id === outboxId));
  }

  of(method: string): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolve when `pred` holds for the recorded calls (polls on every new call). */
  async waitFor(pred: (calls: Call[]) => boolean, timeoutMs = 5000): Promise<Call[]> {
    const deadline = Date.now() + timeoutMs;
    while (!pred(this.calls)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`waitFor timed out; calls: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 50));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.calls;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        if ((req.url ?? '').startsWith('/upload/')) void this.upload(req, res, raw);
        else this.handle(req, res, raw.toString('utf8'));
      });
    });
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
  }

  private decode(req: http.IncomingMessage, raw: string): Record<string, any> {
    const type = String(req.headers['content-type'] ?? '');
    let body: Record<string, any> = {};
    if (type.includes('json')) {
      try {
        body = JSON.parse(raw) as Record<string, any>;
      } catch {
        body = { _raw: raw };
      }
    } else {
      for (const [k, v] of new URLSearchParams(raw)) body[k] = v;
    }
    for (const k of ['blocks', 'view', 'attachments', 'metadata']) {
      if (typeof body[k] === 'string') {
        try {
          body[k] = JSON.parse(body[k]);
        } catch {
          /* keep */
        }
      }
    }
    return body;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string, held = false): void {
    const url = new URL(req.url ?? '/', 'http://x');
    const hold = held ? undefined : this.holds.get(url.pathname.replace(/^\/api\//, ''));
    const gateName = url.pathname.replace(/^\/api\//, '');
    const gate = held ? undefined : this.gates.get(gateName);
    if (gate) {
      this.gates.delete(gateName);
      this.calls.push({ method: `${gateName}!gated`, body: this.decode(req, raw), at: Date.now() });
      this.wake();
      void gate.then(() => this.handle(req, res, raw, true));
      return;
    }
    if (hold && hold.times > 0) {
      hold.times--;
      this.calls.push({ method: `${url.pathname.replace(/^\/api\//, '')}!held`, body: this.decode(req, raw), at: Date.now() });
      this.wake();
      setTimeout(() => this.handle(req, res, raw, true), hold.ms).unref();
      return;
    }
    if (url.pathname.startsWith('/files/')) {
      const id = url.pathname.split('/')[2] ?? '';
      const auth = String(req.headers.authorization ?? '');
      this.calls.push({ method: 'files.download', body: { id, authorization: auth }, at: Date.now() });
      this.wake();
      const f = this.files.get(id);
      if (!f || auth !== 'Bearer xoxb-test-token') {
        res.writeHead(f ? 403 : 404, { 'content-type': 'text/plain' });
        res.end('no');
        return;
      }
      res.writeHead(200, { 'content-type': f.contentType, 'content-length': String(f.bytes.length) });
      if (f.stallAfter !== undefined) {
        res.write(f.bytes.subarray(0, f.stallAfter)); // the rest never comes; closed with the server
        return;
      }
      res.end(f.bytes);
      return;
    }
    const isResponse = url.pathname.startsWith('/response/');
    const method = isResponse ? 'response_url' : url.pathname.replace(/^\/api\//, '');
    const body = this.decode(req, raw);
    if (isResponse) body._id = url.pathname.slice('/response/'.length);
    const f = this.failures.get(method);
    const call = { method, body, at: Date.now() };
    const cf = this.channelFaults.get(`${method} ${String(body.channel ?? body.channel_id)}`);
    if (cf && cf.times > 0) {
      cf.times--;
      this.calls.push({ ...call, method: `${method}!${cf.mode}` });
      this.wake();
      switch (cf.mode) {
        case '429':
          res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(cf.retryAfter ?? 1) });
          res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
          return;
        case '500':
          res.writeHead(500, { 'content-type': 'text/html' });
          res.end(`<html><body>${'proxy error '.repeat(300)}</body></html>`);
          return;
        case 'reset-before':
          req.socket.destroy();
          return;
        case 'reset-after':
          this.store(body);
          req.socket.destroy();
          return;
        case 'slow': {
          const posted = this.store(body);
          setTimeout(() => {
            if (!res.destroyed) this.json(res, 200, { ok: true, channel: body.channel, ts: posted.ts, message: { ts: posted.ts, text: body.text } });
          }, cf.delayMs ?? 5000).unref();
          return;
        }
      }
    }
    if (f && f.times > 0 && f.delayMs !== undefined) {
      f.times--;
      this.calls.push({ ...call, method: `${method}!slow` });
      this.wake();
      setTimeout(() => {
        if (!res.destroyed) this.json(res, 200, { ok: true, ts: '1.0' });
      }, f.delayMs).unref();
      return;
    }
    if (f && f.times > 0) {
      f.times--;
      this.calls.push({ ...call, method: `${method}!failed` });
      this.wake();
      if (f.error) return this.json(res, 200, { ok: false, error: f.error });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (f.retryAfter !== undefined) headers['retry-after'] = String(f.retryAfter);
      res.writeHead(f.status, headers);
      res.end(JSON.stringify({ ok: false, error: f.status === 429 ? 'ratelimited' : 'internal_error' }));
      return;
    }
    this.calls.push(call);
    this.wake();
    if (isResponse) return this.json(res, 200, { ok: true });
    switch (method) {
      case 'auth.test':
        return this.json(res, 200, { ok: true, url: 'https://example.slack.com/', team: 'T', user: 'tms-doctor', team_id: 'T1', user_id: this.botUserId, bot_id: this.botId });
      case 'chat.postMessage': {
        // A user id as the channel is the app's direct message with that user: Slack answers with the DM's id.
        const channel = /^[UW][A-Z0-9]+$/.test(String(body.channel)) ? this.dmOf(String(body.channel)) : body.channel;
        const { ts } = this.store({ ...body, channel });
        return this.json(res, 200, { ok: true, channel, ts, message: { ts, text: body.text } });
      }
      case 'chat.getPermalink':
        return this.json(res, 200, { ok: true, channel: body.channel, permalink: `https://example.slack.com/archives/${String(body.channel)}/p${String(body.message_ts).replace('.', '')}` });
      case 'conversations.replies':
      case 'conversations.history': {
        const withMeta = body.include_all_metadata === true || body.include_all_metadata === 'true';
        const oldest = Number(body.oldest ?? 0);
        const found = [...this.messages, ...this.shares]
          .sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0))
          .filter((m) => m.channel === body.channel && m.at / 1000 >= oldest)
          .filter((m) => (method === 'conversations.replies' ? m.thread_ts === body.ts || m.ts === body.ts : !m.thread_ts))
          .map((m) => ({ type: 'message', ts: m.ts, text: m.text, ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}), ...(withMeta && m.metadata ? { metadata: m.metadata } : {}), ...(m.files ? { files: m.files } : {}), ...(m.subtype ? { subtype: m.subtype } : {}) }));
        return this.json(res, 200, { ok: true, messages: found, has_more: false });
      }
      case 'files.info': {
        const f = this.files.get(String(body.file ?? ''));
        return this.json(res, 200, f ? { ok: true, file: f.file } : { ok: false, error: 'file_not_found' });
      }
      case 'apps.connections.open':
        return this.json(res, 200, { ok: true, url: this.socketUrl });
      case 'files.getUploadURLExternal': {
        const fileId = `F${String(++this.fileCounter).padStart(6, '0')}`;
        this.uploads.set(fileId, { fileId, filename: String(body.filename ?? ''), length: Number(body.length ?? 0), bytes: null });
        return this.json(res, 200, { ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/${fileId}`, file_id: fileId });
      }
      case 'files.completeUploadExternal': {
        let files: { id: string; title?: string }[];
        try {
          files = typeof body.files === 'string' ? JSON.parse(body.files) : body.files;
        } catch {
          return this.json(res, 200, { ok: false, error: 'invalid_arguments' });
        }
        for (const f of files) {
          const u = this.uploads.get(f.id);
          if (!u || u.bytes === null) return this.json(res, 200, { ok: false, error: 'file_not_found' });
          Object.assign(u, { channel: body.channel_id, threadTs: body.thread_ts, title: f.title, initialComment: body.initial_comment });
        }
        if (body.channel_id) {
          // Kept apart from `messages` (which lines up with the chat.postMessage calls), listed with them.
          const ts = `1700000000.${String(++this.tsCounter).padStart(6, '0')}`;
          this.shares.push({ channel: String(body.channel_id), ts, at: Date.now(), text: String(body.initial_comment ?? ''), ...(body.thread_ts ? { thread_ts: String(body.thread_ts) } : {}), files: files.map((f) => ({ id: f.id, name: this.uploads.get(f.id)!.filename, title: f.title ?? '' })) });
        }
        return this.json(res, 200, { ok: true, files: files.map((f) => ({ id: f.id, title: f.title ?? '' })) });
      }
      case 'users.info':
        return this.json(res, 200, { ok: true, user: { id: body.user, name: String(body.user).toLowerCase(), locale: this.locales.get(String(body.user)) ?? 'en-US' } });
      case 'chat.update':
        return this.json(res, 200, { ok: true, channel: body.channel, ts: body.ts });
      case 'chat.postEphemeral':
        return this.json(res, 200, { ok: true, message_ts: `1700000001.${String(++this.tsCounter).padStart(6, '0')}` });
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return this.json(res, 200, { ok: true, view: { id: 'V1', ...(typeof body.view === 'object' ? body.view : {}) } });
      default:
        return this.json(res, 200, { ok: true });
    }
  }

  /** The id of the app's direct message with a user (what Slack answers when a post names the user). */
  dmOf(user: string): string {
    return `D${user.slice(1)}`;
  }

  private store(body: Record<string, any>): StoredMessage {
    const ts = `1700000000.${String(++this.tsCounter).padStart(6, '0')}`;
    const m: StoredMessage = { channel: String(body.channel), ts, at: Date.now(), text: String(body.text ?? ''), ...(body.thread_ts ? { thread_ts: String(body.thread_ts) } : {}) };
    if (body.metadata && typeof body.metadata === 'object') m.metadata = body.metadata;
    this.messages.push(m);
    return m;
  }

  /** Completed uploads (files.completeUploadExternal seen), in order. */
  completedUploads(): Upload[] {
    return [...this.uploads.values()].filter((u) => u.channel !== undefined);
  }

  /** The upload URL of files.getUploadURLExternal: multipart/form-data (web-api) or raw bytes. */
  private async upload(req: http.IncomingMessage, res: http.ServerResponse, raw: Buffer): Promise<void> {
    const id = (req.url ?? '').slice('/upload/'.length);
    const u = this.uploads.get(id);
    const type = String(req.headers['content-type'] ?? '');
    let bytes = raw;
    try {
      if (type.startsWith('multipart/form-data')) {
        const form = await new Request('http://x/', { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
        const part = [...form.values()].find((v) => typeof v !== 'string');
        if (part && typeof part !== 'string') bytes = Buffer.from(await part.arrayBuffer());
      }
    } catch {
      /* keep the raw body */
    }
    this.calls.push({ method: 'upload', body: { _id: id, _raw: raw.toString('utf8'), file_id: id, length: bytes.length }, at: Date.now() });
    this.wake();
    if (!u) {
      res.writeHead(404);
      res.end('no such upload');
      return;
    }
    u.bytes = bytes;
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`OK - ${bytes.length}`);
  }

  private json(res: http.ServerResponse, status: number, obj: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(obj));
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}
