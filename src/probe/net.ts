/**
 * One bounded exchange over TCP: connect, send a payload, feed the answer to a consumer until it
 * concludes, the peer closes or resets, or the time runs out. The socket is always destroyed at
 * the end; nothing outlives the returned promise.
 */
import { Socket, connect as netConnect } from 'node:net';

/** Opens a TCP connection; injectable so tests can prove no connection was attempted. */
export type ConnectFn = (opts: { host: string; port: number }) => Socket;

export const defaultConnect: ConnectFn = (o) => netConnect({ host: o.host, port: o.port });

export interface Consumer<T> {
  /** A conclusive value, or null to keep reading. */
  feed(chunk: Buffer): T | null;
  /** The peer closed: a value from what was read so far, or null. */
  end(): T | null;
}

export type ExchangeOutcome<T> =
  | { kind: 'done'; value: T; ms: number }
  | { kind: 'connectRefused'; ms: number }
  | { kind: 'connectTimeout'; ms: number; deadline?: true }
  | { kind: 'connectError'; code: string; ms: number }
  | { kind: 'reset'; bytes: number; ms: number }
  | { kind: 'closed'; bytes: number; ms: number }
  /** `deadline`: cut by the whole probe's deadline (the signal), not by this attempt's own timeout. */
  | { kind: 'timeout'; bytes: number; ms: number; deadline?: true };

export interface ExchangeOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  connect?: ConnectFn;
}

export function exchange<T>(
  target: { host: string; port: number },
  payload: Buffer,
  consumer: Consumer<T>,
  opts: ExchangeOptions,
): Promise<ExchangeOutcome<T>> {
  const started = Date.now();
  return new Promise((resolve) => {
    let finished = false;
    let connected = false;
    let bytes = 0;
    let socket: Socket | null = null;
    let timer: NodeJS.Timeout | undefined;
    const onTimer = () => finish(connected ? { kind: 'timeout', bytes } : { kind: 'connectTimeout' });
    const onAbort = () => finish(connected ? { kind: 'timeout', bytes, deadline: true } : { kind: 'connectTimeout', deadline: true });

    type Outcome = ExchangeOutcome<T> extends infer O ? (O extends { ms: number } ? Omit<O, 'ms'> : never) : never;
    function finish(o: Outcome): void {
      if (finished) return;
      finished = true;
      if (timer) clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      if (socket) socket.destroy();
      resolve({ ...o, ms: Date.now() - started } as ExchangeOutcome<T>);
    }

    if (opts.signal?.aborted) {
      finish({ kind: 'connectTimeout', deadline: true });
      return;
    }
    try {
      socket = (opts.connect ?? defaultConnect)({ host: target.host, port: target.port });
    } catch (e) {
      finish({ kind: 'connectError', code: e instanceof Error ? e.message : 'connect failed' });
      return;
    }
    const s = socket;
    timer = setTimeout(onTimer, Math.max(1, opts.timeoutMs));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    s.setNoDelay(true);
    s.on('connect', () => {
      connected = true;
      if (!finished) s.write(payload);
    });
    s.on('data', (chunk: Buffer) => {
      if (finished) return;
      bytes += chunk.length;
      let v: T | null;
      try {
        v = consumer.feed(chunk);
      } catch {
        v = null;
      }
      if (v !== null) finish({ kind: 'done', value: v });
    });
    s.on('end', () => {
      if (finished) return;
      let v: T | null;
      try {
        v = consumer.end();
      } catch {
        v = null;
      }
      finish(v !== null ? { kind: 'done', value: v } : { kind: 'closed', bytes });
    });
    s.on('error', (err: NodeJS.ErrnoException) => {
      if (finished) return;
      const code = err.code ?? 'ERROR';
      if (!connected) {
        if (code === 'ECONNREFUSED') finish({ kind: 'connectRefused' });
        else if (code === 'ETIMEDOUT') finish({ kind: 'connectTimeout' });
        else finish({ kind: 'connectError', code });
        return;
      }
      if (code === 'ECONNRESET' || code === 'EPIPE') {
        let v: T | null = null;
        if (bytes > 0) {
          try {
            v = consumer.end();
          } catch {
            v = null;
          }
        }
        finish(v !== null ? { kind: 'done', value: v } : { kind: 'reset', bytes });
      } else finish({ kind: 'connectError', code });
    });
    s.on('close', () => finish(connected ? { kind: 'closed', bytes } : { kind: 'connectError', code: 'closed' }));
  });
}
