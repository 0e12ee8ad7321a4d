/**
 * The terminal chat: reads the user's lines from stdin and answers each with the conversation
 * engine (on a terminal, lines pasted together are one message). On a terminal: a greeting, a `> ` prompt and colours (when stdout is a terminal too,
 * and NO_COLOR is not set). Piped: no prompts, no colours. `--json`: one JSON reply per line.
 * "quit", "exit" or end of input (Ctrl-D) ends the chat. "probe HOST[:PORT]" runs the real probe
 * (within PROBE_ALLOW / PROBE_PORTS, like `tms-doctor probe`) and adds its result to the conversation.
 * "evidence PATH" reads a capture, .reg export, event log or command output and adds what it shows.
 * "fix-kit DIR" writes the fix files for the conversation's facts into DIR (what the Fix files action gives).
 */
import { probeLineIn, probeRequestIn, severalTargetsText } from './probe-line';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { StringDecoder } from 'node:string_decoder';
import type { CliIO } from '../cli/io';
import { badPortText, parsePortArg } from '../cli/evidence';
import type { Lang } from '../domain/types';
import type { Reply } from '../conversation/document';
import type { ConversationState, IncomingMessage } from '../conversation/types';
import type { RefusalKind } from '../probe/policy';
import { refusalText } from '../probe/refusal';
import type { ProbeResult } from '../probe/types';
import { freshState, MAX_MESSAGE, step } from '../conversation/engine';
import { jsonLine, replyJson } from '../conversation/json';
import { TEXTS } from '../conversation/texts';
import type { Question } from '../domain/types';
import { buildFixKit } from '../fixkit';
import { fixKitBlocker } from '../conversation/catalogue';
import { lastChoices, renderReply } from './render';

export interface ConsoleChatOptions {
  lang?: Lang;
  json?: boolean;
  banner?: string;
}

const QUIT = /^(?:quit|exit|bye|goodbye|q|:q|終了|おわり|終わり|さようなら)$/i;

export function wantsColor(io: CliIO): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY && (io.stdout as NodeJS.WriteStream).isTTY === true;
}

export async function runConsoleChat(io: CliIO, opts: ConsoleChatOptions = {}): Promise<number> {
  const json = opts.json === true;
  const color = !json && wantsColor(io);
  const interactive = !json && io.isTTY;
  const width = interactive ? Math.min(100, Math.max(40, ((io.stdout as NodeJS.WriteStream).columns || 80) - 2)) : 0;
  let state: ConversationState | null = opts.lang ? freshState(opts.lang) : null;
  let choices: { value?: string }[] = [];

  if (opts.banner) (json ? io.stderr : io.stdout).write(opts.banner.endsWith('\n') ? opts.banner : `${opts.banner}\n`);
  if (!json) {
    // Without --lang the user's language is not known yet: greet in both.
    const langs: Lang[] = opts.lang ? [opts.lang] : ['en', 'ja'];
    const lines = langs.map((l) => `${TEXTS[l].greeting}\n${TEXTS[l].intro}\n${l === 'ja' ? '終了するには「quit」と入力するか Ctrl-D を押してください。' : 'Type "quit" or press Ctrl-D to leave.'}\n`);
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  const prompt = () => {
    if (interactive) io.stdout.write(color ? '\u001b[1m> \u001b[0m' : '> ');
  };

  // On a real terminal, let readline edit the line (arrows, history); otherwise read raw lines.
  const realTerminal = interactive && (io.stdin as NodeJS.ReadStream).isTTY === true && (io.stdout as NodeJS.WriteStream).isTTY === true;
  // Piped input is read with a bounded line splitter: a never-ending line costs no more memory
  // than MAX_MESSAGE characters; when it ends, its start is read and the reply says the rest was not.
  const rl = realTerminal ? createInterface({ input: io.stdin, output: io.stdout, terminal: true, historySize: 100, crlfDelay: Infinity }) : null;
  // On a terminal a pasted ticket or log arrives as a burst of lines: it is read as one message.
  const lines: AsyncIterable<BoundedLine> = rl ? pastesAsOne(rl, MAX_MESSAGE + 1) : boundedLines(io.stdin, MAX_MESSAGE + 1);
  prompt();
  try {
    for await (const line of lines) {
      const text = line.text.replace(/^\uFEFF/, '');
      const trimmed = text.trim();
      if (QUIT.test(trimmed)) break;
      if (trimmed === '' && !json) {
        prompt();
        continue;
      }
      // A line longer than MAX_MESSAGE: the engine reads its start and says the rest was not read.
      let message: IncomingMessage = line.length > text.length ? { kind: 'text', text, length: line.length } : { kind: 'text', text };
      // "probe HOST[:PORT]" runs the real probe (same policy as `tms-doctor probe`) and feeds it in.
      // "can you probe 127.0.0.1:9 for me", 「127.0.0.1:9 をプローブしてください」: the same, said as a request (QA50 #20).
      const pl = probeLineIn(trimmed) ?? probeRequestIn(trimmed);
      if (pl?.kind === 'several') {
        // "probe A B" / "probe A,B": one target per line here; how to probe a list (nothing is probed).
        const l = state?.lang ?? opts.lang ?? 'en';
        const msg = severalTargetsText(pl.count, l);
        if (json) io.stdout.write(jsonLine({ lang: l, blocks: [{ type: 'paragraph', text: msg }] }));
        else io.stdout.write(`${renderReply({ lang: l, blocks: [{ type: 'paragraph', text: msg }] }, { color, width })}\n`);
        prompt();
        continue;
      }
      if (pl?.kind === 'one') {
        const probed = await probeFor(io, pl.target);
        if (!probed.ok) {
          const l = state?.lang ?? opts.lang ?? 'en';
          const msg = l === 'ja' ? `プローブできませんでした：${refusalText(probed, l)}` : `Could not probe: ${refusalText(probed, l)}`;
          if (json) io.stdout.write(jsonLine({ lang: l, blocks: [{ type: 'paragraph', text: msg }] }));
          else io.stdout.write(`${renderReply({ lang: l, blocks: [{ type: 'paragraph', text: msg }] }, { color, width })}\n`);
          prompt();
          continue;
        }
        message = { kind: 'probe', result: probed.result };
      }
      // "evidence PATH" reads a capture, .reg export, event log or command output (src/evidence/).
      const em = EVIDENCE_LINE.exec(trimmed);
      if (em) {
        // "evidence FILE --port 8443": also read TLS on that port in a capture, as the CLI's --port does.
        const tlsPorts: number[] = [];
        let rest = em[1].trim();
        let badPort: string | undefined;
        for (let pm2 = EVIDENCE_PORT.exec(rest); pm2 && tlsPorts.length < 8; pm2 = EVIDENCE_PORT.exec(rest)) {
          const n = parsePortArg(pm2[1] ?? '');
          if (n === null) {
            badPort = pm2[1] ?? '';
            break;
          }
          tlsPorts.unshift(n);
          rest = rest.slice(0, pm2.index).trim();
        }
        // "evidence FILE --port 99999" / "--port abc": said, not silently dropped (the same check as the CLI's --port).
        if (badPort !== undefined) {
          const l = state?.lang ?? opts.lang ?? 'en';
          const msg = badPortText(badPort, l);
          if (json) io.stdout.write(jsonLine({ lang: l, blocks: [{ type: 'paragraph', text: msg }] }));
          else io.stdout.write(`${renderReply({ lang: l, blocks: [{ type: 'paragraph', text: msg }] }, { color, width })}\n`);
          prompt();
          continue;
        }
        const path = rest.replace(/^(["'])(.*)\1$/, '$2');
        const { readEvidenceFile } = require('../evidence') as typeof import('../evidence');
        const { limitsFromEnv } = require('../evidence/source') as typeof import('../evidence/source');
        const read = await readEvidenceFile(path, { ...limitsFromEnv(io.env), tlsPorts, surface: 'console' });
        if (!read.ok) {
          const l = state?.lang ?? opts.lang ?? 'en';
          const msg = l === 'ja' ? `${basename(path)} を読み取れませんでした：${read.reason.ja}` : `Could not read ${basename(path)}: ${read.reason.en}`;
          if (json) io.stdout.write(jsonLine({ lang: l, blocks: [{ type: 'paragraph', text: msg }] }));
          else io.stdout.write(`${renderReply({ lang: l, blocks: [{ type: 'paragraph', text: msg }] }, { color, width })}\n`);
          prompt();
          continue;
        }
        message = { kind: 'evidence', source: basename(path), reading: read.reading };
      }
      // "fix-kit DIR" writes this conversation's fix files into DIR (the Fix files action of the reply;
      // the same files as `tms-doctor fix-kit`, refused for the same reasons). Existing files are kept.
      const fm = FIX_KIT_LINE.exec(trimmed);
      if (fm) {
        const l = state?.lang ?? opts.lang ?? 'en';
        const msg = await writeFixKit(state, l, fm[1].trim().replace(/^(["'])(.*)\1$/, '$2'));
        if (json) io.stdout.write(jsonLine({ lang: l, blocks: [{ type: 'paragraph', text: msg }] }));
        else io.stdout.write(`${renderReply({ lang: l, blocks: [{ type: 'paragraph', text: msg }] }, { color, width })}\n`);
        prompt();
        continue;
      }
      // "1", "2", … pick a suggested answer of the last question.
      if (/^\d{1,2}$/.test(trimmed)) {
        const n = Number(trimmed);
        const pick = choices[n - 1];
        if (n >= 1 && pick && typeof pick.value === 'string') message = { kind: 'action', id: 'answer', value: pick.value };
      }
      const out = step(state, message);
      state = out.state;
      for (const r of out.replies) write(io, r, { json, color, width });
      const last = out.replies[out.replies.length - 1];
      choices = last ? lastChoices(last) : [];
      prompt();
    }
  } finally {
    rl?.close();
  }
  if (interactive) io.stdout.write('\n');
  return 0;
}

/** One input line: its first characters (at most the reader's cap) and its full length. */
export interface BoundedLine {
  text: string;
  length: number;
}

/** Lines closer together than this come from one paste, not from typing (Enter twice in 30 ms). */
export const PASTE_GAP_MS = 30;

/**
 * The lines of a terminal's readline, a paste read as one message: lines that follow each other
 * within `gapMs` (a paste; nobody types Enter that fast) are joined with newlines, so a pasted
 * ticket or log block gets one answer, not one per line. At most `cap` characters are kept of a
 * message (its full length is counted), as for piped input.
 */
export async function* pastesAsOne(rl: NodeJS.EventEmitter, cap: number, gapMs = PASTE_GAP_MS): AsyncGenerator<BoundedLine> {
  const queue: string[] = [];
  let closed = false;
  let wake: (() => void) | null = null;
  const onLine = (line: string) => {
    queue.push(line);
    wake?.();
  };
  const onClose = () => {
    closed = true;
    wake?.();
  };
  rl.on('line', onLine);
  rl.on('close', onClose);
  const next = (ms?: number) =>
    new Promise<void>((resolve) => {
      const t = ms === undefined ? undefined : setTimeout(resolve, ms);
      wake = () => {
        if (t) clearTimeout(t);
        resolve();
      };
    }).finally(() => (wake = null));
  try {
    for (;;) {
      if (queue.length === 0) {
        if (closed) return;
        await next();
        continue;
      }
      let text = queue.shift()!;
      let length = text.length;
      if (text.length > cap) text = text.slice(0, cap);
      // Gather what follows within the gap: the rest of a paste.
      for (;;) {
        if (queue.length === 0 && !closed) await next(gapMs);
        if (queue.length === 0) break;
        const more = queue.shift()!;
        length += 1 + more.length;
        if (text.length < cap) text = `${text}\n${more}`.slice(0, cap);
      }
      yield { text, length };
    }
  } finally {
    rl.off('line', onLine);
    rl.off('close', onClose);
  }
}

/**
 * Lines of a stream (\n or \r\n; a last line without newline counts), keeping at most `cap`
 * characters of each while counting its full length: memory stays bounded whatever the input.
 */
export async function* boundedLines(input: NodeJS.ReadableStream, cap: number): AsyncGenerator<BoundedLine> {
  const decoder = new StringDecoder('utf8');
  let buf = '';
  let length = 0;
  let endsWithCr = false;
  const add = (part: string) => {
    if (part === '') return;
    length += part.length;
    endsWithCr = part.endsWith('\r');
    if (buf.length < cap) buf += part.slice(0, cap - buf.length);
  };
  const finish = (): BoundedLine => {
    let text = buf;
    let n = length;
    if (endsWithCr) {
      if (text.length === n) text = text.slice(0, -1);
      n -= 1;
    }
    buf = '';
    length = 0;
    endsWithCr = false;
    return { text, length: n };
  };
  for await (const chunk of input) {
    const s = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let from = 0;
    for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
      add(s.slice(from, nl));
      yield finish();
      from = nl + 1;
    }
    add(s.slice(from));
  }
  add(decoder.end());
  if (length > 0) yield finish();
}

/**
 * What keeps the chat from writing the kit: a required question still open (one the user could not answer goes on with
 * its safe assumption, as the answer does: a SQL version not known is written into the files as "check the build
 * first", the level not known as Medium, like `tms-doctor fix-kit` without --sql / --level), or a TMS or endpoint
 * release the user could not give (the files need it). Null when the kit can be written (or refused by buildFixKit).
 */
function kitBlocker(state: ConversationState | null): Question | null {
  // The same rule as the chat's answer to "give me the fix files" and its Fix files button (catalogue.ts).
  return state ? fixKitBlocker(state.facts, state.skipped) : null;
}

const FIX_KIT_LINE = /^\/?fix-?kit\s+(\S.{0,999})$/i;

/**
 * Write the fix files for this conversation's facts into `dir` (created if missing; an existing file
 * is not overwritten). Refused as the kit refuses (SQL down, TMS before 15), or while a fact the
 * answer needs is still asked for. Returns what to tell the user.
 */
async function writeFixKit(state: ConversationState | null, lang: Lang, dir: string): Promise<string> {
  const ja = lang === 'ja';
  const open = kitBlocker(state);
  if (open) {
    // The question that is actually open, as the answer asks it; a TMS or endpoint release the user could not give is
    // still needed (the files only fit TMS 15+ with endpoints that refuse TLS 1.0), and said to be so.
    const skipped = !!state?.skipped?.includes(open.code);
    if (skipped) {
      return ja
        ? `まだ修正ファイルは作れません。ファイルは TMS 15 以降と TLS 1.0 を受け付けないエンドポイントの組み合わせにしか合わないため、わからないと伺ったこのバージョンが必要です。わかったら教えてください：${open.text.ja}`
        : `No fix files yet: they only fit TMS 15 or later with endpoints that refuse TLS 1.0, so they need the version you could not give. Tell me once you have it: ${open.text.en}`;
    }
    return ja
      ? `まだ修正ファイルは作れません。ファイルはサーバごとの情報に合わせて作るため、先にこの質問に答えてください：${open.text.ja}`
      : `No fix files yet: they are written for one server's facts. Answer this first: ${open.text.en}`;
  }
  if (!state) return ja ? 'まだ修正ファイルは作れません。先に状況を教えてください。' : 'No fix files yet: tell me about the problem first.';
  const kit = buildFixKit({ facts: state.facts, lang });
  if (!kit.ok) return kit.reason;
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    return ja ? `${dir} を作成できません（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）。` : `Cannot create ${dir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`;
  }
  const written: string[] = [];
  for (const f of kit.files) {
    const target = join(dir, f.name);
    try {
      await writeFile(target, f.bytes, { flag: 'wx' });
      written.push(target);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'EEXIST' ? (ja ? 'すでに存在します。別のフォルダを指定してください' : 'it already exists; name another directory') : (code ?? (err as Error).message);
      return ja ? `${target} を書き込めませんでした（${why}）。${written.length ? `書き込み済み：${written.join('、')}` : ''}` : `Could not write ${target} (${why}).${written.length ? ` Written: ${written.join(', ')}` : ''}`;
    }
  }
  // The chat keeps no pasted Schannel state, so there is no rollback.reg here: the CLI's --current makes one.
  const rollback = ja
    ? '元に戻す方法：手順 1 のレジストリのバックアップです（変更前に保存した check-tls.cmd の出力を `tms-doctor fix-kit --current FILE` に渡すと rollback.reg も作成されます）。'
    : 'Rollback: the registry backup of step 1 (`tms-doctor fix-kit --current FILE`, with the saved output of check-tls.cmd from before the change, also writes rollback.reg).';
  const lines = [...kit.warnings, ...written.map((w) => (ja ? `書き込みました：${w}` : `wrote ${w}`)), kit.facts, ...(kit.kind === 'recovery' ? kit.notes : [rollback])];
  return lines.join('\n');
}
const EVIDENCE_LINE = /^\/?evidence\s+(\S.{0,999})$/i;
/** A trailing "--port N" / "--port=N" / bare "--port" of the evidence line; its value is checked by parsePortArg. */
const EVIDENCE_PORT = /\s--port(?:[=\s]\s{0,3}(\S*))?\s*$/;

/** Run the real probe under the PROBE_ALLOW / PROBE_PORTS policy. Loaded lazily. Never throws. */
async function probeFor(io: CliIO, target: string): Promise<{ ok: true; result: ProbeResult } | { ok: false; kind?: RefusalKind; reason: string }> {
  try {
    const probe = require('../probe') as typeof import('../probe');
    const policy = probe.policyFromEnv(io.env);
    const out = await probe.runProbe(target, { policy, http: policy.ports.includes(80) });
    return out;
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message.split('\n')[0] : String(err) };
  }
}

function write(io: CliIO, r: Reply, o: { json: boolean; color: boolean; width: number }): void {
  if (o.json) io.stdout.write(jsonLine(replyJson(r)));
  else io.stdout.write(`${renderReply(r, { color: o.color, width: o.width })}\n`);
}
