/**
 * Check: does plain HTTP on port 80 send the client to HTTPS? TMS falls back to
 * `GET /tcs/systemunit.xml` over HTTP when HTTPS fails; codecs that enforce HTTPS answer
 * "301 Moved Permanently" with an https:// Location. Reads at most 16 KB of headers.
 */
import type { ProbeResult } from '../types';
import { exchange } from '../net';
import type { CheckContext } from './protocols';

export type HttpCheck = NonNullable<ProbeResult['http']>;

const MAX_HEADER_BYTES = 16384;

export interface HttpHead {
  status: number | null;
  location: string | null;
}

/** Parses a status line and the Location header from the first bytes of an HTTP response. */
export function parseHttpHead(buf: Buffer, complete: boolean): HttpHead | null {
  const text = buf.subarray(0, MAX_HEADER_BYTES).toString('latin1');
  const endOfHead = text.indexOf('\r\n\r\n');
  if (endOfHead < 0 && !complete && buf.length < MAX_HEADER_BYTES) return null;
  const head = endOfHead >= 0 ? text.slice(0, endOfHead) : text;
  const lines = head.split(/\r?\n/);
  const m = /^HTTP\/\d(?:\.\d)? (\d{3})(?: |$)/.exec(lines[0] ?? '');
  if (!m) return { status: null, location: null };
  let location: string | null = null;
  for (const l of lines.slice(1)) {
    const h = /^location:[ \t]*(.*?)[ \t]*$/i.exec(l);
    if (h) {
      // C0 and C1 controls out (\u009b is a terminal's CSI): the value is printed as is.
      location = h[1].replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, 500);
      break;
    }
  }
  return { status: Number(m[1]), location };
}

export async function checkHttpRedirect(ctx: CheckContext): Promise<HttpCheck & { error: string | null }> {
  const hostHeader = ctx.serverName ?? (ctx.address.includes(':') ? `[${ctx.address}]` : ctx.address);
  const request = Buffer.from(
    `GET /tcs/systemunit.xml HTTP/1.1\r\nHost: ${hostHeader}${ctx.port === 80 ? '' : ':' + ctx.port}\r\nUser-Agent: tms-doctor-probe\r\nAccept: */*\r\nConnection: close\r\n\r\n`,
    'latin1',
  );
  let buf = Buffer.alloc(0);
  const o = await exchange<HttpHead>({ host: ctx.address, port: ctx.port }, request, {
    feed: (chunk) => {
      if (buf.length < MAX_HEADER_BYTES) buf = Buffer.concat([buf, chunk.subarray(0, MAX_HEADER_BYTES - buf.length)]);
      return parseHttpHead(buf, buf.length >= MAX_HEADER_BYTES);
    },
    end: () => (buf.length > 0 ? parseHttpHead(buf, true) : null),
  }, { timeoutMs: ctx.timeoutMs, signal: ctx.signal, connect: ctx.connect });
  const base = { port: ctx.port, status: null, location: null, redirectsToHttps: null };
  switch (o.kind) {
    case 'done': {
      const { status, location } = o.value;
      if (status === null) return { ...base, error: 'the answer on the HTTP port is not HTTP' };
      const redirect = [301, 302, 303, 307, 308].includes(status);
      return { port: ctx.port, status, location, redirectsToHttps: redirect && !!location && /^https:\/\//i.test(location), error: null };
    }
    case 'connectRefused':
      return { ...base, error: 'HTTP port closed' };
    case 'connectTimeout':
      return { ...base, error: 'no answer to the TCP connection on the HTTP port' };
    case 'timeout':
      return { ...base, error: 'no HTTP answer in time' };
    default:
      return { ...base, error: `no HTTP answer (${o.kind})` };
  }
}
