/**
 * Shared by the fix-kit CLI tests: a check-tls.cmd-style paste built from key values, and one `fix-kit` run into a temporary
 * folder with every written .reg read back (no parse problems) and each file's comment lines.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixKitCommand } from '../../src/cli/fix-kit';
import { decodeText, parseRegFile } from '../../src/windows/reg';
import type { Lang } from '../../src/domain/types';
import { makeIO } from '../cli/helpers';

/** The Schannel section of check-tls.cmd's output for these keys (REG_DWORD values), then the .NET section's header. */
export function regQuery(keys: Record<string, Record<string, number>>): string {
  const out: string[] = ['===== Schannel protocols =====', ''];
  for (const [k, vals] of Object.entries(keys)) {
    out.push(k);
    for (const [n, v] of Object.entries(vals)) out.push(`    ${n}    REG_DWORD    0x${v.toString(16)}`);
    out.push('');
  }
  out.push('===== .NET strong crypto, 64-bit view =====', '');
  return out.join('\r\n');
}
export const OFF = { Enabled: 0, DisabledByDefault: 1 };
export const ON = { Enabled: 1, DisabledByDefault: 0 };

export interface CliKit {
  code: number;
  out: string;
  err: string;
  /** Each written file's comment lines ("; " stripped). */
  files: Record<string, string[]>;
  bytes: Record<string, Buffer>;
}

/** `fix-kit ARGS` (with --current PASTE and --evidence LOG when given), every .reg read back (no problems). */
export async function runFixKit(lang: Lang, args: string[], paste?: string, evidence?: string): Promise<CliKit> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fixkit-cli-'));
  const extra: string[] = [];
  if (paste !== undefined) {
    fs.writeFileSync(path.join(dir, 'current.txt'), paste);
    extra.push('--current', path.join(dir, 'current.txt'));
  }
  if (evidence !== undefined) {
    fs.writeFileSync(path.join(dir, 'errorlog.txt'), evidence);
    extra.push('--evidence', path.join(dir, 'errorlog.txt'));
  }
  const io = makeIO();
  const code = await fixKitCommand(['--out', path.join(dir, 'kit'), ...args, ...extra, ...(lang === 'ja' ? ['--lang', 'ja'] : [])], io);
  const files: Record<string, string[]> = {};
  const bytes: Record<string, Buffer> = {};
  const kit = path.join(dir, 'kit');
  if (fs.existsSync(kit)) {
    for (const name of fs.readdirSync(kit)) {
      const b = fs.readFileSync(path.join(kit, name));
      bytes[name] = b;
      if (name.endsWith('.reg')) expect(parseRegFile(b).problems).toEqual([]);
      const text = name.endsWith('.reg') ? decodeText(b).text : b.toString('ascii');
      files[name] = text.split('\r\n').filter((l) => l.startsWith('; ')).map((l) => l.slice(2));
    }
  }
  return { code, out: io.out(), err: io.err(), files, bytes };
}
