/**
 * A minimal WebSocket server (RFC 6455, text frames, ping/pong, close) on 127.0.0.1 playing
 * Slack's Socket Mode side: sends `hello`, then envelopes; records the client's acks.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len]) : len < 65536 ? Buffer.from([0x80 | opcode, 126, len >> 8, len & 255]) : (() => {
    const b = Buffer.alloc(10);
    b[0] = 0x80 | opcode;
    b[1] = 127;
    b.writeBigUInt64BE(BigInt(len), 2);
    return b;
  })();
  return Buffer.concat([head, payload]);
}

export class FakeSocketMode {
  readonly acks: { envelope_id: string; payload?: unknown }[] = [];
  private server = http.createServer((_req, res) => {
    res.writeHead(404);
    res.end();
  });
  private sockets = new Set<Duplex>();
  private connectedResolvers: (() => void)[] = [];
  port = 0;
  /** Answer the client's close frame (false: end the TCP connection without one, as a peer that never completes the close). */
  answerClose = true;

  get url(): string {
    return `ws://127.0.0.1:${this.port}/link/?ticket=t1&app_id=A1`;
  }

  async start(): Promise<void> {
    this.server.on('upgrade', (req, socket) => {
      const key = String(req.headers['sec-websocket-key'] ?? '');
      const accept = crypto.createHash('sha1').update(key + GUID).digest('base64');
      socket.write(['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Accept: ${accept}`, '', ''].join('\r\n'));
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => this.sockets.delete(socket));
      let buf = Buffer.alloc(0);
      socket.on('data', (d: Buffer) => {
        buf = Buffer.concat([buf, d]);
        for (;;) {
          if (buf.length < 2) return;
          const opcode = buf[0]! & 0x0f;
          let len = buf[1]! & 0x7f;
          let off = 2;
          if (len === 126) {
            if (buf.length < 4) return;
            len = buf.readUInt16BE(2);
            off = 4;
          } else if (len === 127) {
            if (buf.length < 10) return;
            len = Number(buf.readBigUInt64BE(2));
            off = 10;
          }
          const masked = (buf[1]! & 0x80) !== 0;
          const mask = masked ? buf.subarray(off, off + 4) : null;
          if (masked) off += 4;
          if (buf.length < off + len) return;
          const payload = Buffer.from(buf.subarray(off, off + len));
          if (mask) for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i % 4]!;
          buf = buf.subarray(off + len);
          if (opcode === 0x9) socket.write(frame(0xa, payload));
          else if (opcode === 0x8) {
            // answerClose = false: a peer that ends the TCP connection without a close frame back.
            socket.end(this.answerClose ? frame(0x8, payload.subarray(0, 2)) : undefined);
          } else if (opcode === 0x1) {
            try {
              this.acks.push(JSON.parse(payload.toString('utf8')));
            } catch {
              /* ignore */
            }
          }
        }
      });
      this.sendTo(socket, { type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A1' } });
      const r = this.connectedResolvers;
      this.connectedResolvers = [];
      r.forEach((f) => f());
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
  }

  connected(): Promise<void> {
    if (this.sockets.size > 0) return Promise.resolve();
    return new Promise((r) => this.connectedResolvers.push(r));
  }

  private sendTo(socket: Duplex, obj: unknown): void {
    socket.write(frame(0x1, Buffer.from(JSON.stringify(obj), 'utf8')));
  }

  /** Deliver a slash command (`slash_commands`) or an interactive payload (`interactive`) as an envelope. */
  sendEnvelope(type: 'slash_commands' | 'interactive', payload: unknown, envelopeId: string): void {
    for (const s of this.sockets) this.sendTo(s, { envelope_id: envelopeId, payload, type, accepts_response_payload: true });
  }

  /** Send a text frame as it is (a message that may not be JSON, or not an object). */
  sendRaw(text: string): void {
    for (const s of this.sockets) s.write(frame(0x1, Buffer.from(text, 'utf8')));
  }

  /** Deliver an Events API payload as a Socket Mode envelope. */
  sendEvent(payload: unknown, envelopeId: string, retryAttempt = 0): void {
    for (const s of this.sockets) this.sendTo(s, { envelope_id: envelopeId, payload, type: 'events_api', accepts_response_payload: false, retry_attempt: retryAttempt, retry_reason: retryAttempt ? 'timeout' : '' });
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
