/**
 * QA32 F1 (outage): a cut or partial Schannel paste given to `fix-kit --current` (check-tls.cmd's Schannel
 * section without what follows it, or one subkey) still counts for the warnings. With TLS 1.0 shown off and a
 * SQL Server 2008 R2 build without TLS 1.2 on the server, the kit says FIRST to re-enable TLS 1.0 and step 2
 * waits for it, as `--evidence` and the chat do for the same paste; only rollback.reg needs the whole tree.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixKitCommand } from '../../src/cli/fix-kit';
import { buildFixKit } from '../../src/fixkit';
import { freshState, step } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import { applyReg, decodeText, parseRegFile, SCHANNEL_PROTOCOLS_PATH } from '../../src/windows/reg';
import type { Lang } from '../../src/domain/types';
import { makeIO } from './helpers';

const P = SCHANNEL_PROTOCOLS_PATH;
/** check-tls.cmd's Schannel section, copied without the .NET section after it: SSL 3.0 and TLS 1.0 Server off. */
const CUT = [
  '===== Schannel protocols =====',
  '',
  P,
  '',
  `${P}\\SSL 3.0`,
  '',
  `${P}\\SSL 3.0\\Server`,
  '    Enabled    REG_DWORD    0x0',
  '',
  `${P}\\TLS 1.0`,
  '',
  `${P}\\TLS 1.0\\Server`,
  '    Enabled    REG_DWORD    0x0',
  '    DisabledByDefault    REG_DWORD    0x1',
  '',
].join('\r\n');
/** One subkey, as copied from a reg query. */
const ONE_KEY = `${P}\\TLS 1.0\\Client\r\n    Enabled    REG_DWORD    0x0\r\n`;

const OPTS = ['--tms', '15.9', '--endpoint', 'CE 9.15', '--sql', '2008 R2 SP2', '--windows', '2008 R2', '--level', 'medium'];
const SAID = {
  en: 'TMS 15.9, CE 9.15 endpoints show No HTTPS response. Windows Server 2008 R2, SQL Server 2008 R2 SP2 on the TMS server, level Medium',
  ja: 'TMS 15.9 で CE 9.15 のエンドポイントが No HTTPS response になります。Windows Server 2008 R2、TMS サーバ上の SQL Server 2008 R2 SP2、レベルは Medium です',
};

/** The `; ` comment lines of a .reg file, decoded. */
function comments(bytes: Buffer): string[] {
  return decodeText(bytes).text.split(/\r\n/).filter((l) => l.startsWith('; ')).map((l) => l.slice(2));
}

interface Seen {
  warnings: string[];
  first: string[];
  step2: string;
  reboot: string;
}

function seen(regBytes: Buffer, warnings: string[]): Seen {
  // The file is what regedit reads: UTF-16LE with BOM, and only the TLS 1.2 keys at Enabled=1 / DisabledByDefault=0.
  expect([...regBytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  const parsed = parseRegFile(regBytes);
  expect(parsed.problems).toEqual([]);
  const tree = applyReg(parsed.model);
  const ids = [...tree.keys.keys()].filter((id) => tree.keys.get(id)!.values.size > 0);
  expect(ids.map((id) => id.split('\\').slice(-2).join(' '))).toEqual(['tls 1.2 client', 'tls 1.2 server']);
  for (const id of ids) {
    const v = tree.keys.get(id)!.values;
    expect(v.get('enabled')!.data).toEqual({ type: 'REG_DWORD', value: 1 });
    expect(v.get('disabledbydefault')!.data).toEqual({ type: 'REG_DWORD', value: 0 });
  }
  const c = comments(regBytes);
  return {
    warnings,
    first: c.filter((l) => /^(FIRST|最初に)/.test(l)),
    step2: c.find((l) => l.startsWith('2.'))!,
    reboot: c.find((l) => l.startsWith('4.'))!,
  };
}

describe('fix-kit: a partial --current paste keeps the FIRST warning (QA32 F1)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-r52-partial-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function viaCli(flag: '--current' | '--evidence', paste: string, lang: Lang): Promise<Seen & { files: string[]; err: string; out: string }> {
    const input = path.join(dir, `paste-${flag.slice(2)}-${lang}.txt`);
    fs.writeFileSync(input, paste);
    const out = path.join(dir, `kit-${flag.slice(2)}-${lang}`);
    const io = makeIO();
    expect(await fixKitCommand(['--out', out, ...OPTS, '--lang', lang, flag, input, '--json'], io)).toBe(0);
    const json = JSON.parse(io.out()) as { warnings: string[]; rollback: string };
    const s = seen(fs.readFileSync(path.join(out, 'enable-tls12.reg')), json.warnings);
    return { ...s, files: fs.readdirSync(out).sort(), err: io.err(), out: json.rollback };
  }

  function viaChat(paste: string, lang: Lang): Seen {
    let state: ConversationState = freshState(lang);
    for (const m of [SAID[lang], paste]) state = step(state, { kind: 'text', text: m }).state;
    const kit = buildFixKit({ facts: state.facts, lang });
    if (!kit.ok) throw new Error(kit.reason);
    return seen(kit.files.find((f) => f.name === 'enable-tls12.reg')!.bytes, kit.warnings);
  }

  it.each([
    ['a cut check-tls.cmd output', CUT],
    ['one subkey', ONE_KEY],
  ])('%s: --current, --evidence and the chat all say FIRST: re-enable TLS 1.0, and step 2 waits for it', async (_name, paste) => {
    const current = await viaCli('--current', paste, 'en');
    // No rollback.reg from a partial paste, and the note says why. (TLS 1.0 shown off with SQL 2008 R2 here: tls10-back-on.reg too, FIX14B.)
    expect(current.files).toEqual(['check-tls.cmd', 'enable-tls12.reg', 'tls10-back-on.reg']);
    expect(current.out).toBe('backup');
    expect(current.err).toMatch(/shows only part of the Schannel Protocols key/);
    expect(current.warnings).toHaveLength(1);
    expect(current.warnings[0]).toMatch(/^FIRST: TLS 1\.0 is OFF on this server/);
    expect(current.warnings[0]).toMatch(/BEFORE any reboot/);
    expect(current.first).toEqual(current.warnings);
    expect(current.step2).toMatch(/Only once TLS 1\.0 is back on/);
    const evidence = await viaCli('--evidence', paste, 'en');
    const chat = viaChat(paste, 'en');
    for (const other of [evidence, chat]) {
      expect(other.warnings).toEqual(current.warnings);
      expect(other.first).toEqual(current.first);
      expect(other.step2).toBe(current.step2);
      expect(other.reboot).toBe(current.reboot);
    }
  });

  it('the same in Japanese; the whole tree still gives rollback.reg (and the warning)', async () => {
    const current = await viaCli('--current', CUT, 'ja');
    expect(current.warnings).toHaveLength(1);
    expect(current.warnings[0]).toMatch(/^最初に：このサーバでは TLS 1\.0 が無効/);
    expect(current.step2).toMatch(/TLS 1\.0 を有効に戻したあと/);
    const evidence = await viaCli('--evidence', CUT, 'ja');
    const chat = viaChat(CUT, 'ja');
    for (const other of [evidence, chat]) {
      expect(other.warnings).toEqual(current.warnings);
      expect(other.step2).toBe(current.step2);
    }
    const whole = `${CUT}\r\n===== .NET strong crypto, 64-bit view =====\r\nERROR: The system was unable to find the specified registry key or value.\r\n`;
    const wholeKit = await viaCli('--current', whole, 'en');
    expect(wholeKit.files).toEqual(['check-tls.cmd', 'enable-tls12.reg', 'rollback.reg', 'tls10-back-on.reg']);
    expect(wholeKit.out).toBe('file');
    expect(wholeKit.err).not.toMatch(/shows only part/);
    expect(wholeKit.warnings[0]).toMatch(/^FIRST: TLS 1\.0 is OFF/);
  });
});
