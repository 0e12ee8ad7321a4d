/**
 * Files shared with the bot: the handler list, and the flow that downloads each file (bounded) and
 * hands it to the first handler that accepts it. Register new handlers in FILE_HANDLERS.
 */
import type { WebClient } from '@slack/web-api';
import { limitsFromEnv } from '../../evidence/source';
import type { AppDeps } from '../deps';
import { notifyFailure } from '../service';
import { openSharedFile, type DownloadLimits, type Opened } from './download';
import { evidenceFileHandler } from './evidence';
import { targetListFileHandler } from '../fleet/file-handler';
import { FileHandlers, type FileTurn, type SharedFile } from './registry';

export { FileHandlers, type FileHandler, type FileTurn, type SharedFile } from './registry';

/** Every file handler of the app, asked in priority order. */
export const FILE_HANDLERS = new FileHandlers([targetListFileHandler, evidenceFileHandler]);

/** At most this many files of one message are read. */
export const MAX_FILES_PER_MESSAGE = 5;

/** The files of a Slack message event, as far as they can be used (name and id at least). */
export function sharedFiles(files: unknown): SharedFile[] {
  if (!Array.isArray(files)) return [];
  const out: SharedFile[] = [];
  for (const f of files.slice(0, MAX_FILES_PER_MESSAGE)) {
    if (!f || typeof f !== 'object') continue;
    const x = f as Record<string, unknown>;
    if (typeof x.id !== 'string' || x.id === '') continue;
    if (x.mode === 'tombstone' || x.mode === 'external') continue;
    out.push({
      id: x.id.slice(0, 40),
      name: (typeof x.name === 'string' && x.name ? x.name : typeof x.title === 'string' && x.title ? x.title : x.id).slice(0, 120).replace(/[\u0000-\u001f]/g, ' '),
      mimetype: typeof x.mimetype === 'string' ? x.mimetype : undefined,
      filetype: typeof x.filetype === 'string' ? x.filetype : undefined,
      size: typeof x.size === 'number' ? x.size : undefined,
      urlPrivateDownload: typeof x.url_private_download === 'string' ? x.url_private_download : undefined,
    });
  }
  return out;
}

export function downloadLimits(env: NodeJS.ProcessEnv = process.env): DownloadLimits {
  const l = limitsFromEnv(env);
  return { maxBytes: l.maxBytes, timeMs: l.timeMs };
}

/** The words a file was shared with: their text, the message's dedupe keys, and their own text turn. */
export interface SharedWords {
  text: string;
  dedupe: string[];
  /** The words as a text turn of their own (when no handler answers them with a file). */
  turn: () => Promise<unknown>;
}

/**
 * Each file in turn: download (bounded), pick a handler by name/type/first bytes, let it answer.
 * Files no handler takes (a screenshot) are left alone. The words shared with the files go with
 * the first file whose handler takes them (evidence: one reply that says what the file shows);
 * else they are a text turn of their own, before the first handler that does not take them, or
 * at the end. Never throws.
 */
export async function handleSharedFiles(
  files: SharedFile[],
  base: Omit<FileTurn, 'dedupe' | 'comment'> & { dedupeBase: string },
  handlers: FileHandlers = FILE_HANDLERS,
  /** A download already opened (by filesTurn, before the ack) for the file with this id. */
  preopened?: { id: string; opened: Promise<Opened> },
  words?: SharedWords,
): Promise<void> {
  const { deps, client } = base;
  let pending = words?.text.trim() ? words : undefined;
  const say = async () => {
    const w = pending;
    pending = undefined;
    if (!w) return;
    try {
      await w.turn();
    } catch (error) {
      deps.logger.error('words shared with a file not handled', { key: base.key }, error);
    }
  };
  for (const file of files) {
    const turn: FileTurn = { ...base, dedupe: [`${base.dedupeBase}:${file.id}`] };
    try {
      // Images, video and the like are not for any handler: do not even download them.
      if (!readable(file)) continue;
      const opened = preopened?.id === file.id ? await preopened.opened : await openSharedFile(client, file, downloadLimits());
      if (!opened.ok) {
        if (opened.reason) await notice(deps, client, turn, opened.reason);
        else deps.logger.debug('shared file without a download URL', { file: file.id });
        continue;
      }
      const handler = handlers.pick(file, opened.head);
      if (!handler) {
        await opened.cancel();
        continue;
      }
      if (!handler.takesComment) await say();
      const w = pending;
      const took = await handler.handle(w ? { ...turn, comment: w.text, dedupe: [...turn.dedupe, ...w.dedupe] } : turn, file, opened.chunks);
      if (w && took === true) pending = undefined;
      await say();
    } catch (error) {
      deps.logger.error('shared file not handled', { file: file.id }, error);
    }
  }
  await say();
}

/** Images, video and audio are for no handler: they are not even downloaded. */
function readable(file: SharedFile): boolean {
  return !/^(?:image|video|audio)\//.test(file.mimetype ?? '');
}

async function notice(deps: AppDeps, client: WebClient, turn: FileTurn, reason: { en: string; ja: string }): Promise<void> {
  await notifyFailure(client, deps.logger, turn.target, turn.langHint === 'ja' ? reason.ja : reason.en);
}

/** How long the event's ack may wait for the first file's download to start (Slack waits 3 s). */
export const FILE_ACK_WAIT_MS = 1500;
/** Slack delivers an unacknowledged event again up to three times (x-slack-retry-num 1..3). */
const LAST_RETRY = 3;

/**
 * The files of one message event: claimed once for the message (across duplicate deliveries,
 * retries and replicas: a delivery id claimed in the store, like a turn's), then the event's ack goes
 * (downloads take longer than Slack waits), the conversation's language is used for refusals,
 * then each file is handled. A duplicate delivery downloads nothing and answers nothing, so
 * every file gets one answer: its reading, or one reason it could not be read.
 */
export async function filesTurn(
  deps: AppDeps,
  client: WebClient,
  files: SharedFile[],
  opts: { key: string; target: FileTurn['target']; langHint: FileTurn['langHint']; requireExisting?: boolean; seedFrom?: string; keepLang?: boolean; eventId?: string; dedupeBase: string; retryNum?: number; words?: SharedWords },
): Promise<void> {
  // The first file's download starts before the event is acknowledged (bounded): when Slack or
  // the network fails it, the event is left unacknowledged and Slack delivers it again later
  // (nothing claimed, nothing said), instead of an acknowledged event whose file is lost.
  const first = files.find(readable);
  const preopened = first ? { id: first.id, opened: openSharedFile(client, first, downloadLimits()) } : undefined;
  if (preopened) {
    let timer: NodeJS.Timeout | undefined;
    const early = await Promise.race([preopened.opened, new Promise<null>((r) => (timer = setTimeout(() => r(null), FILE_ACK_WAIT_MS)))]);
    clearTimeout(timer);
    if (early && !early.ok && early.transient && (opts.retryNum ?? 0) < LAST_RETRY && deps.acks.withhold(opts.eventId)) {
      deps.logger.warn('shared file not downloadable now (Slack or the network failed): left for Slack to deliver again', { key: opts.key, file: first!.id, retry: opts.retryNum ?? 0 });
      return;
    }
  }
  const drop = () => void preopened?.opened.then((o) => (o.ok ? o.cancel() : undefined)).catch(() => undefined);
  try {
    if (!(await deps.store.conversations.claim(`files:${opts.dedupeBase}`))) {
      drop();
      deps.acks.release(opts.eventId);
      deps.logger.debug('files of this message already taken (a duplicate delivery)', { key: opts.key, files: files.length });
      return;
    }
  } catch (error) {
    // Better read twice than not at all: the evidence turn and the fleet job dedupe on their own.
    deps.logger.warn('could not claim the shared files (store unavailable): reading them anyway', { key: opts.key }, error);
  }
  deps.acks.release(opts.eventId);
  let langHint = opts.langHint;
  try {
    const stored = await deps.store.conversations.get(opts.key);
    if (stored?.state?.lang === 'ja' || stored?.state?.lang === 'en') langHint = stored.state.lang;
  } catch {
    /* the hint will do */
  }
  await handleSharedFiles(files, { deps, client, key: opts.key, target: opts.target, langHint, requireExisting: opts.requireExisting, seedFrom: opts.seedFrom, ...(opts.keepLang ? { keepLang: true } : {}), dedupeBase: opts.dedupeBase }, FILE_HANDLERS, preopened, opts.words);
}
