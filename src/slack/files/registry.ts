/**
 * Files shared with the bot (in a thread it is in, or in a DM) go to the first handler that
 * accepts them. A handler decides from the file's metadata (name, type, size) and its first bytes,
 * then reads the (bounded) download and answers in the thread. Handlers live in a list
 * (src/slack/files/index.ts); lower priority numbers are asked first, so a specific handler (a
 * target list) can sit before a broad one (evidence).
 */
import type { WebClient } from '@slack/web-api';
import type { Lang } from '../../domain/types';
import type { AppDeps } from '../deps';
import type { ThreadTarget } from '../service';

/** What Slack says about a shared file (the fields we use). */
export interface SharedFile {
  id: string;
  name: string;
  mimetype?: string;
  filetype?: string;
  size?: number;
  urlPrivateDownload?: string;
}

/** Where a file's answer goes, and how its turn is keyed. */
export interface FileTurn {
  deps: AppDeps;
  client: WebClient;
  /** The conversation key (thread or DM). */
  key: string;
  target: ThreadTarget;
  /** Dedupe keys of this file's turn (distinct from the message's own). */
  dedupe: string[];
  langHint: Lang;
  requireExisting?: boolean;
  seedFrom?: string;
  /** Shared in a channel thread: the words it was shared with keep the thread's language (IncomingMessage keepLang). */
  keepLang?: boolean;
  /** The words the file was shared with, for a handler that answers them with the file (see FileHandler.handle). */
  comment?: string;
}

export interface FileHandler {
  id: string;
  /** Lower runs first. The evidence reader is 100 (broad); a specific handler should use less. */
  priority: number;
  /** True for a handler that can answer the words a file was shared with in its own turn (FileTurn.comment). */
  takesComment?: boolean;
  /** From the metadata and the first bytes (up to FILE_HEAD_BYTES; empty for an empty file). */
  accepts(file: SharedFile, head: Buffer): boolean;
  /**
   * Reads the file (chunks: the whole download, head first, bounded) and answers. Must not throw.
   * True when its answer also answered `turn.comment` (else the words get a text turn of their own).
   */
  handle(turn: FileTurn, file: SharedFile, chunks: AsyncIterable<Buffer>): Promise<boolean | void>;
}

export const FILE_HEAD_BYTES = 64 * 1024;

export class FileHandlers {
  private readonly list: FileHandler[] = [];

  constructor(handlers: FileHandler[] = []) {
    for (const h of handlers) this.register(h);
  }

  register(h: FileHandler): void {
    if (this.list.some((x) => x.id === h.id)) throw new Error(`file handler "${h.id}" registered twice`);
    this.list.push(h);
    this.list.sort((a, b) => a.priority - b.priority);
  }

  get ids(): string[] {
    return this.list.map((h) => h.id);
  }

  /** The first handler that takes this file, or null. */
  pick(file: SharedFile, head: Buffer): FileHandler | null {
    for (const h of this.list) {
      try {
        if (h.accepts(file, head)) return h;
      } catch {
        /* a handler that cannot decide does not take the file */
      }
    }
    return null;
  }
}
