/**
 * `tms-doctor fix-kit --out DIR`: write the fix files for the facts given with the same options as
 * `diagnose` (enable-tls12.reg, check-tls.cmd, and rollback.reg when --current gives the Schannel
 * state before the fix). Exit 0 = files written; 1 = this case has no registry fix (said why);
 * 2 = invalid input (a bad value, an unreadable --current, files already there without --force).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CliIO, Command } from './io';
import { buildFixKit, schannelExtent } from '../fixkit';
import { decodeText, mentionsSchannel, parseRegFile, parseRegQuery, type RegModel } from '../windows/reg';
import { echo } from '../conversation/engine';
import { readFactArgs } from './diagnose';
import { diagnose } from '../domain/diagnose';
import type { Facts, Lang } from '../domain/types';

const PARTIAL_NOTE = {
  en: '--current shows only part of the Schannel Protocols key (not the whole tree that check-tls.cmd or "reg query ...\\Protocols /s" prints), so no rollback.reg is written: one built from it could delete keys the paste never showed. Save ALL of the output of check-tls.cmd and pass that file with --current to get rollback.reg; until then, the registry backup is the way back.',
  ja: '--current の内容は Schannel の Protocols キーの一部だけで（check-tls.cmd や「reg query ...\\Protocols /s」が出力するツリー全体ではありません）、rollback.reg は作成しません。これをもとに作ると、貼り付けに含まれていないキーを削除してしまうおそれがあるためです。rollback.reg が必要な場合は、check-tls.cmd の出力をすべて保存し、そのファイルを --current に指定してください。それまでは、レジストリのバックアップで元に戻します。',
} as const;

/** The option that gives each fact a required question asks for, with an example. */
const OPTION_FOR: Record<string, { en: string; ja: string; option: string }> = {
  'need-endpoint-version': { en: 'the endpoint software version', ja: 'エンドポイントのソフトウェアバージョン', option: '--endpoint, e.g. CE9.15.3' },
  'need-tms-version': { en: 'the TMS version', ja: 'TMS のバージョン', option: '--tms, e.g. 15.2.1' },
  'need-sql-version': { en: 'the SQL Server version on the TMS server', ja: 'TMS サーバの SQL Server のバージョン', option: '--sql, e.g. "2014 SP2", or --sql-remote' },
};

/**
 * Why no kit can be written yet, when the case is undecided: the fact that is missing (and the
 * option that gives it), or the conflict to resolve. Null when the case is decided (the kit's own
 * reason then says why the registry change does not apply).
 */
export function undecidedReason(facts: Facts, lang: Lang): string | null {
  const d = diagnose(facts);
  const conflict = d.findings.find((f) => f.code === 'verify-probe-target');
  if (conflict) {
    const what = conflict.body[0]?.[lang] ?? conflict.title[lang];
    return lang === 'ja'
      ? `まだキットは作れません。${what} プローブしたアドレスが本当にこのエンドポイントか、現在のバージョン（[Systems] > [Navigator]）を確認し、正しいバージョンを --endpoint に指定して（または --probe なしで）もう一度実行してください。`
      : `No kit yet: ${what} Check which it is (is the probed address really this endpoint? which version does Systems > Navigator show?), then run fix-kit again with the right --endpoint, or without --probe.`;
  }
  const q = d.questions.find((x) => x.required);
  if (!q) return null;
  const o = OPTION_FOR[q.code];
  if (!o) return lang === 'ja' ? `まだキットは作れません。次の点を教えてください：${q.text.ja}` : `No kit yet: I need one more fact. ${q.text.en}`;
  return lang === 'ja' ? `まだキットは作れません。${o.ja}が必要です（${o.option}）。${q.text.ja}` : `No kit yet: I need ${o.en} (${o.option}). ${q.text.en}`;
}

const HELP = `Usage: tms-doctor fix-kit --out DIR [fact options] [--current FILE] [--evidence FILE] [--tls11] [--force]

Write the fix files for a TMS server: enable-tls12.reg (the Schannel keys TMS needs, in regedit's
own format, with the steps for these facts in its comments: the same decisions as \`diagnose\`),
check-tls.cmd (read-only: reg query / sc query; paste its output back to the bot), and
rollback.reg when --current tells the state before the fix. With TLS 1.0 off and a SQL Server
on the server that needs it, tls10-back-on.reg (TLS 1.0 Client and Server back on) comes first
(for SQL 2012 / 2014 with its build not known: after the build check, and only for a build
without TLS 1.2 support).

Options:
  --out DIR        directory to write to (created if missing)
  --current FILE   the saved output of check-tls.cmd (or of reg query on the Schannel Protocols key,
                   or a .reg export of it) from the TMS server, before the fix: enables rollback.reg
                   If it shows TLS 1.0 off while a SQL Server without TLS 1.2 support runs on the
                   server (2008 / 2008 R2, or 2012 / 2014 before its TLS 1.2 build), the kit says
                   first to re-enable TLS 1.0 before any reboot.
  --evidence FILE  a capture, .reg export, event log or command output, as for \`diagnose\`
                   (repeatable): the versions it shows count as facts. SQL Server failing to
                   start (event 26011) on the TMS server: a build that needs TLS 1.0 (2005 / 2008 /
                   2008 R2 without TLS 1.2 support, 2012 / 2014 before their TLS 1.2 build, or not
                   known) gets the recovery kit, tls10-back-on.reg only; a build with TLS 1.2
                   support, or a remote SQL Server, gets no kit until it runs again (exit 1)
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

/**
 * `partial`: the paste shows Schannel keys but not the whole Protocols tree (one subkey, reg query
 * without /s, a cut check-tls.cmd output): no rollback.reg from it, since keys it never showed
 * would be deleted as "absent".
 */
async function readCurrent(file: string): Promise<{ ok: true; model: RegModel; partial: boolean; whole?: true } | { ok: false; reason: string }> {
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
  // (The whole-section rule, shared with a paste stored in a chat: schannelExtent.)
  const { partial, whole } = schannelExtent(text, model);
  return { ok: true, model, partial, ...(whole ? { whole: true } : {}) };
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
  let beforePartial = false;
  let beforeWhole = false;
  if (values['--current'] !== undefined) {
    const r = await readCurrent(values['--current']);
    if (!r.ok) return bad(`--current ${JSON.stringify(echo(values['--current'], 80))}: ${r.reason}.`);
    if (r.partial) notes.push(PARTIAL_NOTE[lang === 'ja' ? 'ja' : 'en']);
    // A partial paste still goes to the kit: its values count for the warnings (TLS 1.0 already off with
    // a SQL Server that needs it), as with --evidence and in the chat; only rollback.reg needs the whole tree.
    before = r.model;
    beforePartial = r.partial;
    beforeWhole = r.whole === true;
  }
  for (const n of notes) io.stderr.write(`tms-doctor fix-kit: note: ${n}\n`);
  const kit = buildFixKit({ facts, lang, before, beforePartial, beforeWhole, tls11: bools.has('--tls11'), surface: 'cli' });
  if (!kit.ok) {
    io.stderr.write(`tms-doctor fix-kit: ${undecidedReason(facts, lang) ?? kit.reason}\n`);
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
