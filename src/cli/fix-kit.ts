/**
 * `tms-doctor fix-kit --out DIR`: write the fix files for the facts given with the same options as
 * `diagnose` (enable-tls12.reg, check-tls.cmd, and rollback.reg when --current gives the Schannel
 * state before the fix). Exit 0 = files written; 1 = this case has no registry fix (said why);
 * 2 = invalid input (a bad value, an unreadable --current, files already there without --force).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CliIO, Command } from './io';
import { buildFixKit } from '../fixkit';
import { decodeText, mentionsSchannel, parseRegFile, parseRegQuery, type RegModel } from '../windows/reg';
import { echo } from '../conversation/engine';
import { readFactArgs } from './diagnose';

const HELP = `Usage: tms-doctor fix-kit --out DIR [fact options] [--current FILE] [--evidence FILE] [--tls11] [--force]

Write the fix files for a TMS server: enable-tls12.reg (the Schannel keys TMS needs, in regedit's
own format, with the steps for these facts in its comments: the same decisions as \`diagnose\`),
check-tls.cmd (read-only: reg query / sc query; paste its output back to the bot), and
rollback.reg when --current tells the state before the fix.

Options:
  --out DIR        directory to write to (created if missing)
  --current FILE   the saved output of check-tls.cmd (or of reg query on the Schannel Protocols key,
                   or a .reg export of it) from the TMS server, before the fix: enables rollback.reg
                   If it shows TLS 1.0 off while a SQL Server 2008 / 2008 R2 without TLS 1.2 runs
                   on the server, the kit says first to re-enable TLS 1.0 before any reboot.
  --evidence FILE  a capture, .reg export, event log or command output, as for \`diagnose\`
                   (repeatable): the versions it shows count as facts; SQL Server failing to
                   start (event 26011) means no kit until it runs again (exit 1)
  --tls11          also enable TLS 1.1 (not needed: TMS at Medium-High works with TLS 1.2; ignored
                   on Windows Server 2025, where TLS 1.1 is off by design)
  --force          overwrite files that are already in DIR
  --json           print {"dir","files":[{"name","bytes","encoding"}],"rollback","warnings"} instead of text
  Fact options as for \`tms-doctor diagnose\`: --tms, --endpoint, --sql, --windows, --level,
  --sql-remote, --http, --text, --probe, --evidence, --lang (see \`tms-doctor diagnose --help\`).
  -h, --help       this help

Exit status: 0 = files written, 1 = no kit for this case (said why), 2 = invalid input.
`;

const MAX_CURRENT = 4 * 1024 * 1024;

async function readCurrent(file: string): Promise<{ ok: true; model: RegModel } | { ok: false; reason: string }> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : `cannot read it (${code ?? (err as Error).message})` };
  }
  if (buf.length > MAX_CURRENT) return { ok: false, reason: `the file is larger than ${MAX_CURRENT} bytes` };
  const { text } = decodeText(buf);
  const model = /^\s*(?:Windows Registry Editor Version 5\.00|REGEDIT4)/.test(text) ? parseRegFile(buf).model : parseRegQuery(text).model;
  if (!mentionsSchannel(model)) return { ok: false, reason: 'it does not show the Schannel Protocols key (save all of the output of check-tls.cmd and try again)' };
  return { ok: true, model };
}

export async function fixKitCommand(argv: string[], io: CliIO): Promise<number> {
  const read = await readFactArgs(argv, io, { name: 'fix-kit', help: HELP, valueFlags: ['--out', '--current'], boolFlags: ['--tls11', '--force'] });
  if (!read.ok) return read.code;
  const { facts, lang, notes, values, bools } = read.args;
  const bad = (msg: string) => {
    io.stderr.write(`tms-doctor fix-kit: ${msg}\n`);
    return 2;
  };
  const out = values['--out'];
  if (!out) return bad('--out DIR is required (where to write the files).');
  let before: RegModel | null = null;
  if (values['--current'] !== undefined) {
    const r = await readCurrent(values['--current']);
    if (!r.ok) return bad(`--current ${JSON.stringify(echo(values['--current'], 80))}: ${r.reason}.`);
    before = r.model;
  }
  for (const n of notes) io.stderr.write(`tms-doctor fix-kit: note: ${n}\n`);
  const kit = buildFixKit({ facts, lang, before, tls11: bools.has('--tls11') });
  if (!kit.ok) {
    io.stderr.write(`tms-doctor fix-kit: ${kit.reason}\n`);
    return 1;
  }
  try {
    await mkdir(out, { recursive: true });
  } catch (err) {
    return bad(`--out ${JSON.stringify(echo(out, 80))}: cannot create it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
  }
  const written: string[] = [];
  for (const f of kit.files) {
    const target = path.join(out, f.name);
    try {
      await writeFile(target, f.bytes, { flag: bools.has('--force') ? 'w' : 'wx' });
      written.push(target);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return bad(code === 'EEXIST' ? `${target} already exists (use --force to overwrite).` : `cannot write ${target} (${code ?? (err as Error).message}).`);
    }
  }
  if (bools.has('--json')) {
    io.stdout.write(`${JSON.stringify({ dir: out, files: kit.files.map((f) => ({ name: f.name, bytes: f.bytes.length, encoding: f.encoding })), rollback: kit.rollback, warnings: kit.warnings })}\n`);
  } else {
    // What must come first (TLS 1.0 already off with a SQL that needs it) is said before the file list.
    const warn = kit.warnings.map((w) => `${w}\n`).join('');
    io.stdout.write(`${warn}${written.map((w) => `wrote ${w}`).join('\n')}\n${kit.facts}\n${kit.notes.join('\n')}\n`);
  }
  return 0;
}

export const run: Command = (argv, io) => fixKitCommand(argv, io);
