/** `tms-doctor chat [--lang en|ja] [--json]`: the conversation in the terminal (stdin lines). */
import type { Command } from './io';
import type { Lang } from '../domain/types';
import { runConsoleChat } from '../console/chat';

const HELP = `Usage: tms-doctor chat [--lang en|ja] [--json]

Chat with tms-doctor in the terminal: each line you type is one message. Works piped, too
(no prompts or colours then). "quit", "exit" or Ctrl-D ends the chat.

Options:
  --lang en|ja   language to start in (the bot follows the language you write in)
  --json         print each reply as one JSON object per line: {"lang","blocks","diagnosis"?}
  -h, --help     this help
`;

export const run: Command = async (argv, io) => {
  let lang: Lang | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--help' || flag === '-h') {
      io.stdout.write(HELP);
      return 0;
    } else if (flag === '--json' && inline === undefined) {
      json = true;
    } else if (flag === '--lang') {
      const v = inline ?? argv[++i];
      if (v !== 'en' && v !== 'ja') {
        io.stderr.write(`tms-doctor chat: --lang must be "en" or "ja", not ${v === undefined ? 'nothing' : JSON.stringify(v.slice(0, 40))}.\n`);
        return 2;
      }
      lang = v;
    } else {
      io.stderr.write(`tms-doctor chat: unknown option ${JSON.stringify(a.slice(0, 60))}.\n\n${HELP}`);
      return 2;
    }
  }
  return runConsoleChat(io, { lang, json });
};
