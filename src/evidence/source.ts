/**
 * Byte sources for the readers: a file read in chunks (streamed, never whole in memory), optional
 * gzip decompression with a cap on what comes out (zip bombs), and the limits every reading obeys.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { LocalizedText } from '../domain/types';

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
export const DEFAULT_TIME_MS = 120_000;

export interface EvidenceLimits {
  /** Largest file, and largest decompressed content, read (EVIDENCE_MAX_BYTES, default 200 MB). */
  maxBytes: number;
  /** Longest time spent reading one file (EVIDENCE_TIME_MS, default 120 s). */
  timeMs: number;
}

function positive(v: string | undefined): number | null {
  if (!v || !/^\d{1,15}$/.test(v.trim())) return null;
  const n = Number(v.trim());
  return n > 0 ? n : null;
}

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): EvidenceLimits {
  return {
    maxBytes: positive(env.EVIDENCE_MAX_BYTES) ?? DEFAULT_MAX_BYTES,
    timeMs: positive(env.EVIDENCE_TIME_MS) ?? DEFAULT_TIME_MS,
  };
}

export function mb(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(n / 1024)} KB`;
}

export class LimitError extends Error {
  constructor(readonly reason: LocalizedText) {
    super(reason.en);
  }
}

/** Chunks of a file, 1 MB at a time. */
export async function* fileChunks(path: string, chunkSize = 1024 * 1024): AsyncGenerator<Buffer> {
  const s = createReadStream(path, { highWaterMark: chunkSize });
  try {
    for await (const c of s) yield c as Buffer;
  } finally {
    s.destroy();
  }
}

/** Chunks of a buffer (for readers fed from memory: Slack downloads, tests). */
export async function* bufferChunks(buf: Buffer, chunkSize = 1024 * 1024): AsyncGenerator<Buffer> {
  for (let i = 0; i < buf.length; i += chunkSize) yield buf.subarray(i, i + chunkSize);
}

/**
 * Decompresses gzip chunks; throws LimitError when the output passes maxOut (a zip bomb) and
 * Error on corrupt data. The decompressor is paused while the consumer works, so memory stays
 * at a few chunks.
 */
export async function* gunzipChunks(source: AsyncIterable<Buffer>, maxOut: number): AsyncGenerator<Buffer> {
  const gz = createGunzip({ chunkSize: 256 * 1024 });
  let out = 0;
  const feed = (async () => {
    try {
      for await (const c of source) {
        if (gz.destroyed) return;
        if (!gz.write(c)) {
          // Wait for room, or for the consumer to stop (destroy closes the stream).
          await new Promise<void>((r) => {
            gz.once('drain', r);
            gz.once('close', r);
          });
        }
      }
      gz.end();
    } catch (e) {
      gz.destroy(e instanceof Error ? e : new Error(String(e)));
    }
  })();
  try {
    for await (const c of gz) {
      out += (c as Buffer).length;
      if (out > maxOut) {
        throw new LimitError({
          en: `The compressed file unpacks to more than ${mb(maxOut)} (the limit); only the part before that was read.`,
          ja: `圧縮ファイルを展開すると上限の ${mb(maxOut)} を超えるため、それより前の部分だけを読みました。`,
        });
      }
      yield c as Buffer;
    }
  } finally {
    gz.destroy();
    await feed.catch(() => undefined);
  }
}
