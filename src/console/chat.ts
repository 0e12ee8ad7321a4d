/**
 * The terminal chat: reads the user's lines from stdin and answers each with the conversation
 * engine. On a terminal: a greeting, a `> ` prompt and colours (when stdout is a terminal too,
 * and NO_COLOR is not set). Piped: no prompts, no colours. `--json`: one JSON reply per line.
 * "quit", "exit" or end of input (Ctrl-D) ends the chat. "probe HOST[:PORT]" runs the real probe
 * (within PROBE_ALLOW / PROBE_PORTS, like `tms-doctor probe`) and adds its result to the conversation.
 */
import { createInterface } from 'node:readline';
import type { CliIO } from '../cli/io';
import type { Lang } from '../domain/types';
import type { Reply } from '../conversation/document';
import type { ConversationState, IncomingMessage } from '../conversation/types';
import type { ProbeResult } from '../probe/types';
import { freshState, step } from '../conversation/engine';
import { jsonLine, replyJson } from '../conversation/json';
import { TEXTS } from '../conversation/texts';
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
  const rl = realTerminal
    ? createInterface({ input: io.stdin, output: io.stdout, terminal: true, historySize: 100, crlfDelay: Infinity })
    : createInterface({ input: io.stdin, terminal: false, crlfDelay: Infinity });
  prompt();
  try {
    for await (const line of rl) {
      const text = line.replace(/^\uFEFF/, '');
      const trimmed = text.trim();
      if (QUIT.test(trimmed)) break;
      if (trimmed === '' && !json) {
        prompt();
        continue;
      }
      let message: IncomingMessage = { kind: 'text', text };
      // "probe HOST[:PORT]" runs the real probe (same policy as `tms-doctor probe`) and feeds it in.
      const pm = PROBE_LINE.exec(trimmed);
      if (pm) {
        const probed = await probeFor(io, pm[1]);
        if (!probed.ok) {
          const l = state?.lang ?? opts.lang ?? 'en';
          const msg = l === 'ja' ? `プローブできませんでした: ${probed.reason}` : `Could not probe: ${probed.reason}`;
          if (json) io.stdout.write(jsonLine({ lang: l, blocks: [{ type: 'paragraph', text: msg }] }));
          else io.stdout.write(`${renderReply({ lang: l, blocks: [{ type: 'paragraph', text: msg }] }, { color, width })}\n`);
          prompt();
          continue;
        }
        message = { kind: 'probe', result: probed.result };
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
    rl.close();
  }
  if (interactive) io.stdout.write('\n');
  return 0;
}

const PROBE_LINE = /^\/?probe\s+(\S{1,300})$/i;

/** Run the real probe under the PROBE_ALLOW / PROBE_PORTS policy. Loaded lazily. Never throws. */
async function probeFor(io: CliIO, target: string): Promise<{ ok: true; result: ProbeResult } | { ok: false; reason: string }> {
  try {
    const probe = require('../probe') as typeof import('../probe');
    const policy = probe.policyFromEnv(io.env);
    const out = await probe.runProbe(target, { policy, http: policy.ports.includes(80) });
    return out.ok ? { ok: true, result: out.result } : { ok: false, reason: out.reason };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message.split('\n')[0] : String(err) };
  }
}

function write(io: CliIO, r: Reply, o: { json: boolean; color: boolean; width: number }): void {
  if (o.json) io.stdout.write(jsonLine(replyJson(r)));
  else io.stdout.write(`${renderReply(r, { color: o.color, width: o.width })}\n`);
}
