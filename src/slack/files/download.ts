/**
 * Downloading a shared file with the bot token: only from Slack's own file hosts (or the Web API
 * host the app is configured with, e.g. a local fake), redirects followed by hand so the token
 * never leaves those hosts, bounded in bytes (the file's stated size is checked first, then the
 * stream is counted) and in time (one deadline for the whole download). Nothing is written to disk.
 */
import type { WebClient } from '@slack/web-api';
import type { LocalizedText } from '../../domain/types';
import { LimitError } from '../../evidence/source';
import { FILE_HEAD_BYTES, type SharedFile } from './registry';

/** The download stopped at a limit: `size` (more bytes than allowed) or `time` (past the deadline). */
export class DownloadLimitError extends LimitError {
  constructor(
    readonly kind: 'size' | 'time',
    reason: LocalizedText,
    readonly limits: DownloadLimits,
  ) {
    super(reason);
  }
}

export interface DownloadLimits {
  maxBytes: number;
  timeMs: number;
}

export type Opened =
  | { ok: true; head: Buffer; chunks: AsyncIterable<Buffer>; cancel(): Promise<void> }
  /** reason null: nothing to say (Slack gave no file to fetch); else a polite reason. */
  /**
   * reason null: nothing to say (Slack gave no file to fetch); else a polite reason. transient:
   * Slack or the network failed (a 5xx, a reset, files.info failing, a timeout): trying again
   * later may work; otherwise the answer will not change (too large, not allowed, deleted).
   */
  | { ok: false; reason: LocalizedText | null; transient?: boolean };

function t(en: string, ja: string): LocalizedText {
  return { en, ja };
}

function mb(n: number): string {
  return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
}

/** Slack's file hosts, plus the configured API host (a test's fake Web API). */
export function allowedHost(url: URL, apiUrl: string | undefined): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const h = url.hostname.toLowerCase();
  if (url.protocol === 'https:' && (h === 'slack.com' || h.endsWith('.slack.com') || h.endsWith('.slack-edge.com'))) return true;
  try {
    const api = apiUrl ? new URL(apiUrl) : null;
    return !!api && api.host === url.host && api.protocol === url.protocol;
  } catch {
    return false;
  }
}

/**
 * Fills in the download URL with files.info when the event did not carry it. A files.info that
 * fails is a reason to give the user (not silence); a file Slack holds no download for is not.
 */
async function downloadUrl(client: WebClient, file: SharedFile): Promise<{ url: string | null; size?: number; failed?: LocalizedText; transient?: boolean }> {
  if (file.urlPrivateDownload) return { url: file.urlPrivateDownload, size: file.size };
  const name = file.name;
  try {
    const info = (await client.files.info({ file: file.id })) as { file?: { url_private_download?: unknown; size?: unknown } };
    const url = typeof info.file?.url_private_download === 'string' ? info.file.url_private_download : null;
    return { url, size: typeof info.file?.size === 'number' ? info.file.size : file.size };
  } catch (error) {
    const code = String((error as { data?: { error?: unknown } })?.data?.error ?? '');
    if (code === 'missing_scope' || code === 'not_allowed_token_type' || code === 'no_permission' || code === 'access_denied') {
      return { url: null, failed: t(`Slack did not let me open ${name} (the app needs the files:read permission).`, `Slack が ${name} を開くことを許可しませんでした（アプリに files:read 権限が必要です）。`) };
    }
    if (code === 'file_not_found' || code === 'file_deleted') {
      return { url: null, failed: t(`${name} is no longer in Slack (it was deleted), so I could not read it.`, `${name} は Slack から削除されているため、読み取れませんでした。`) };
    }
    return { url: null, transient: true, failed: t(`I could not get ${name} from Slack (Slack did not answer as expected). Please share it again in a few minutes.`, `${name} を Slack から取得できませんでした（Slack から想定どおりの応答がありませんでした）。数分後にもう一度共有してください。`) };
  }
}

export async function openSharedFile(client: WebClient, file: SharedFile, limits: DownloadLimits): Promise<Opened> {
  const name = file.name;
  if (typeof file.size === 'number' && file.size > limits.maxBytes) {
    return { ok: false, reason: t(`${name} is ${mb(file.size)}, more than the ${mb(limits.maxBytes)} I read. Filter the capture (for example "tcp port 443 or tcp port 80") or compress it, and share it again.`, `${name} は ${mb(file.size)} あり、読み取れる上限の ${mb(limits.maxBytes)} を超えています。キャプチャを絞り込む（例：「tcp port 443 or tcp port 80」）か圧縮して、もう一度共有してください。`) };
  }
  const { url, size, failed, transient } = await downloadUrl(client, file);
  if (!url) return { ok: false, reason: failed ?? null, ...(transient ? { transient } : {}) };
  if (typeof size === 'number' && size > limits.maxBytes) {
    return { ok: false, reason: t(`${name} is ${mb(size)}, more than the ${mb(limits.maxBytes)} I read.`, `${name} は ${mb(size)} あり、読み取れる上限の ${mb(limits.maxBytes)} を超えています。`) };
  }
  const apiUrl = (client as unknown as { slackApiUrl?: string }).slackApiUrl;
  const token = (client as unknown as { token?: string }).token;
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), limits.timeMs);
  timer.unref();
  const cantFetch = t(`I could not download ${name} from Slack.`, `${name} を Slack からダウンロードできませんでした。`);
  try {
    let target = new URL(url);
    let res: Response | null = null;
    for (let hop = 0; hop < 4; hop++) {
      if (!allowedHost(target, apiUrl)) {
        clearTimeout(timer);
        return { ok: false, reason: cantFetch };
      }
      res = await fetch(target, { headers: token ? { authorization: `Bearer ${token}` } : {}, redirect: 'manual', signal: ctl.signal });
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel().catch(() => undefined);
        target = new URL(res.headers.get('location')!, target);
        res = null;
        continue;
      }
      break;
    }
    if (!res || res.status !== 200 || !res.body) {
      await res?.body?.cancel().catch(() => undefined);
      clearTimeout(timer);
      if (res && (res.status === 401 || res.status === 403)) return { ok: false, reason: t(`Slack did not let me download ${name} (the app needs the files:read permission).`, `Slack が ${name} のダウンロードを許可しませんでした（アプリに files:read 権限が必要です）。`) };
      return { ok: false, reason: cantFetch, transient: !res || res.status >= 500 || res.status === 429 };
    }
    if (/text\/html/i.test(res.headers.get('content-type') ?? '') && !/\.html?$/i.test(name)) {
      // Slack answers a download without the right scope with its sign-in page.
      await res.body.cancel().catch(() => undefined);
      clearTimeout(timer);
      return { ok: false, reason: t(`Slack sent a web page instead of ${name} (the app may lack the files:read permission).`, `Slack から ${name} ではなく Web ページが返されました（アプリに files:read 権限がない可能性があります）。`) };
    }
    const reader = res.body.getReader();
    let total = 0;
    const tooBig = t(`${name} is larger than the ${mb(limits.maxBytes)} I read; only the part before that was considered.`, `${name} は読み取れる上限の ${mb(limits.maxBytes)} を超えているため、それより前の部分だけを対象にしました。`);
    const late = t(`Downloading ${name} took longer than ${Math.round(limits.timeMs / 1000)} s; only the part before that was considered.`, `${name} のダウンロードが ${Math.round(limits.timeMs / 1000)} 秒を超えたため、それより前の部分だけを対象にしました。`);
    const next = async (): Promise<Buffer | null> => {
      let r: Awaited<ReturnType<typeof reader.read>>;
      try {
        r = await reader.read();
      } catch (e) {
        if (ctl.signal.aborted) throw new DownloadLimitError('time', late, limits);
        throw e;
      }
      if (r.done) return null;
      total += r.value.byteLength;
      if (total > limits.maxBytes) throw new DownloadLimitError('size', tooBig, limits);
      return Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    };
    const headParts: Buffer[] = [];
    let headLen = 0;
    let ended = false;
    while (headLen < FILE_HEAD_BYTES) {
      const c = await next();
      if (!c) {
        ended = true;
        break;
      }
      headParts.push(c);
      headLen += c.length;
    }
    const head = Buffer.concat(headParts, headLen);
    const chunks = (async function* () {
      try {
        if (head.length) yield head;
        if (ended) return;
        for (let c = await next(); c; c = await next()) yield c;
      } finally {
        clearTimeout(timer);
        await reader.cancel().catch(() => undefined);
      }
    })();
    const cancel = async () => {
      clearTimeout(timer);
      await reader.cancel().catch(() => undefined);
    };
    return { ok: true, head, chunks, cancel };
  } catch (e) {
    clearTimeout(timer);
    if (e instanceof LimitError) return { ok: false, reason: e.reason };
    if (ctl.signal.aborted) return { ok: false, transient: true, reason: t(`Downloading ${name} took longer than ${Math.round(limits.timeMs / 1000)} s; I gave up.`, `${name} のダウンロードが ${Math.round(limits.timeMs / 1000)} 秒を超えたため中止しました。`) };
    return { ok: false, reason: cantFetch, transient: true };
  }
}

