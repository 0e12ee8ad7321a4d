/**
 * The evidence file handler: captures, .reg exports, event log exports and command output shared
 * in Slack are read by src/evidence/ (streamed from the download) and answered in the thread by a
 * conversation turn (with the words it was shared with); a file that cannot be read gets a polite
 * reason (to the person who shared it).
 */
import { captureMagic } from '../../evidence/capture';
import { readEvidenceChunks } from '../../evidence';
import { limitsFromEnv } from '../../evidence/source';
import { capturePortsIn } from '../../evidence/ports';
import { threadTurn } from '../flows';
import { escapeMrkdwn } from '../mrkdwn';
import { fileName } from '../../conversation/evidence-turn';
import { notifyFailure } from '../service';
import type { FileHandler } from './registry';

const NAMES = /\.(?:pcap|pcapng|cap|pcap\.gz|pcapng\.gz|gz|reg|txt|log|csv|evtx|out)$/i;
const MAGIC: ((h: Buffer) => boolean)[] = [
  (h) => captureMagic(h) !== null,
  (h) => h.length >= 2 && h[0] === 0x1f && h[1] === 0x8b,
  (h) => h.subarray(0, 8).toString('latin1') === 'ElfFile\u0000',
  (h) => /^(?:\ufeff)?\s*(?:windows registry editor version 5\.00|regedit4)/i.test(h[0] === 0xff && h[1] === 0xfe ? h.subarray(2, 400).toString('utf16le') : h.subarray(0, 200).toString('utf8')),
];

export const evidenceFileHandler: FileHandler = {
  id: 'evidence',
  priority: 100,
  takesComment: true,
  accepts(file, head) {
    if (MAGIC.some((m) => m(head))) return true;
    if (NAMES.test(file.name)) return true;
    // Plain-text snippets (Slack's "text" / "plain text" file types) hold pasted output too.
    return file.filetype === 'text' || (file.mimetype ?? '').startsWith('text/plain');
  },
  async handle(turn, file, chunks) {
    const { deps, client } = turn;
    // "capture on port 8443", 「ポート8443のキャプチャ」: the words shared with the file name the TLS port to read, as the
    // console's `evidence FILE --port N` does (the same reader option).
    const tlsPorts = turn.comment ? capturePortsIn(turn.comment) : [];
    const read = await readEvidenceChunks(file.name, chunks, { ...limitsFromEnv(process.env), surface: 'slack', ...(tlsPorts.length ? { tlsPorts } : {}) });
    if (!read.ok) {
      const lang = turn.langHint;
      // (The name as the reply would say it, escaped: a name is user input, "<!channel>*x*.pcap" neither pings nor formats, QA54 #12.)
      const name = escapeMrkdwn(fileName(file.name));
      const text = lang === 'ja' ? `${name} を読み取れませんでした：${read.reason.ja}` : `I could not read ${name}: ${read.reason.en}`;
      await notifyFailure(client, deps.logger, turn.target, text);
      return;
    }
    // The words shared with the file go with it: one turn, one reply (the engine answers the words
    // first only when they carry something besides the file).
    const comment = turn.comment?.trim() ? turn.comment : undefined;
    await threadTurn(deps, client, {
      key: turn.key,
      message: { kind: 'evidence', source: file.name, reading: read.reading, ...(comment ? { comment } : {}), ...(turn.keepLang ? { keepLang: true } : {}) },
      dedupe: turn.dedupe,
      target: turn.target,
      langHint: turn.langHint,
      requireExisting: turn.requireExisting,
      seedFrom: turn.seedFrom,
    });
    return comment !== undefined;
  },
};
