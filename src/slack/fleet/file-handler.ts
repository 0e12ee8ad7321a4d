/**
 * A target list (.csv or .txt) shared in a thread the bot is in runs a fleet probe (src/slack/fleet/
 * job.ts). It takes a file only when its first lines ARE a target list: a CSV header naming an
 * address column, or lines that are all host[:port] addresses; anything else (command output, a
 * log) is left to the evidence reader after it.
 */
import { parseTarget } from '../../probe/policy';
import { csvHeader } from '../../probe/targets';
import { DownloadLimitError } from '../files/download';
import { notifyFailure } from '../service';
import type { FileHandler } from '../files/registry';
import { MAX_LIST_BYTES } from './job';
import { fleetTexts } from './texts';

const NAMES = /\.(?:csv|txt|lst|list)$/i;
/** How many leading entries decide whether a plain file is a target list. */
const SAMPLE = 20;

export const targetListFileHandler: FileHandler = {
  id: 'fleet-targets',
  priority: 50,
  accepts(file, head) {
    if (!NAMES.test(file.name) && file.filetype !== 'csv' && file.filetype !== 'text') return false;
    return headIsTargetList(head);
  },
  async handle(turn, file, chunks) {
    const { deps, client } = turn;
    const lang = turn.langHint;
    const tx = fleetTexts(lang);
    const tooLarge = async () => notifyFailure(client, deps.logger, turn.target, tx.listTooLarge(file.name, MAX_LIST_BYTES));
    // Slack states the size: a list too large to take is refused before more of it is downloaded.
    if (typeof file.size === 'number' && file.size > MAX_LIST_BYTES) {
      await tooLarge();
      return;
    }
    const parts: Buffer[] = [];
    let size = 0;
    try {
      for await (const c of chunks) {
        size += c.length;
        if (size > MAX_LIST_BYTES) break; // leaving the loop cancels the download
        parts.push(c);
      }
    } catch (error) {
      // The download ran out of bytes or time, or broke off: say which (nothing was probed).
      const text =
        error instanceof DownloadLimitError
          ? error.kind === 'size'
            ? tx.listTooLarge(file.name, MAX_LIST_BYTES)
            : tx.listSlow(file.name, Math.round(error.limits.timeMs / 1000))
          : tx.listUnreadable(file.name);
      await notifyFailure(client, deps.logger, turn.target, text);
      return;
    }
    if (size > MAX_LIST_BYTES) {
      await tooLarge();
      return;
    }
    if (!deps.fleet || !turn.target.user) {
      await notifyFailure(client, deps.logger, turn.target, tx.unavailable);
      return;
    }
    // The thread's start-over count now: a start over before the job ends keeps its counts out of the new case.
    // (Unreadable: no count, and the counts are fed as before.)
    const gen = await deps.store.conversations.get(turn.key).then((c) => c?.state.restarts ?? 0, () => undefined);
    const started = await deps.fleet.start(deps, client, {
      who: turn.target.user,
      channel: turn.target.channel,
      threadTs: turn.target.threadTs,
      lang,
      surface: 'file',
      text: Buffer.concat(parts).toString('utf8'),
      dedupe: turn.dedupe[0],
      // The thread's diagnosis takes the fleet's counts, also when another run finishes the job.
      followUp: { key: turn.key, dedupe: turn.dedupe.map((d) => `${d}:fleet`), target: turn.target, requireExisting: turn.requireExisting, seedFrom: turn.seedFrom, ...(gen !== undefined ? { gen } : {}) },
    });
    if (!started.ok) await notifyFailure(client, deps.logger, turn.target, started.message);
  },
};

/**
 * From the first bytes: a CSV header naming an address column, or up to 20 leading entries that are
 * all addresses, dotted names or host:port (a bare word such as "Error" is not taken for a host).
 */
export function headIsTargetList(head: Buffer): boolean {
  let text = head.toString('utf8').replace(/^\ufeff/, '');
  const cut = text.lastIndexOf('\n');
  if (cut >= 0 && head.length >= 1024) text = text.slice(0, cut + 1);
  const lines = text.split(/\r?\n/);
  let n = 0;
  let first = true;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (first) {
      first = false;
      if (csvHeader(line)) return true;
    }
    const word = line.replace(/\s#.*$/, '').split(/[\s,;]+/)[0] ?? '';
    const t = parseTarget(word);
    if ('error' in t || !/[.:]/.test(word)) return false;
    if (++n >= SAMPLE) break;
  }
  return n > 0;
}
