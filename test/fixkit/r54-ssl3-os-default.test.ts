/**
 * FIX4C: the fix kit's FIRST warning (TLS 1.0 off, a local SQL 2008 R2 build without TLS 1.2) when only the Windows
 * default (2016 and later) says SSL 3.0 is off: it names that default as a thing to check and keeps "can fail",
 * instead of "SSL 3.0 is off here too … SQL Server does not start again". Shown off (pasted keys, said): unchanged.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixKitCommand } from '../../src/cli/fix-kit';
import { makeIO } from '../cli/helpers';

const P = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
/** reg query /s of Protocols: TLS 1.0 Client and Server off, no SSL 3.0 key. */
const TLS10_OFF = [P, '', `${P}\\TLS 1.0`, '', `${P}\\TLS 1.0\\Server`, '    Enabled    REG_DWORD    0x0', '', `${P}\\TLS 1.0\\Client`, '    Enabled    REG_DWORD    0x0', ''].join('\r\n');
/** The same, with an SSL 3.0 Server key that turns it off. */
const BOTH_OFF = [P, '', `${P}\\SSL 3.0`, '', `${P}\\SSL 3.0\\Server`, '    Enabled    REG_DWORD    0x0', '', `${P}\\TLS 1.0`, '', `${P}\\TLS 1.0\\Server`, '    Enabled    REG_DWORD    0x0', '', `${P}\\TLS 1.0\\Client`, '    Enabled    REG_DWORD    0x0', ''].join('\r\n');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-fix4c-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What the CLI prints before the file list (the warnings). */
let n = 0;
async function lead(args: string[], current: string): Promise<string> {
  const f = path.join(dir, `current${++n}.txt`);
  fs.writeFileSync(f, current);
  const io = makeIO();
  await fixKitCommand(['--out', path.join(dir, `kit${n}`), '--tms', '15.9', '--endpoint', 'CE 9.15', '--level', 'medium', ...args, '--current', f], io);
  const text = io.out();
  return text.slice(0, Math.max(0, text.indexOf('wrote ')));
}

describe('FIRST warning: SSL 3.0 off only by the Windows default', () => {
  it('EN, 2016, SSL 3.0 keys absent: "off by default on Windows Server 2016: check it", "can fail", never "does not start again"', async () => {
    const en = await lead(['--sql', '10.50.4000', '--windows', '2016'], TLS10_OFF);
    expect(en).toMatch(/^FIRST: TLS 1\.0 is OFF/m);
    expect(en).not.toMatch(/SSL 3\.0 is off here too|does not start again/);
    expect(en).toMatch(/can fail to start \(event 26011;[^)]*SSL 3\.0 is off by default on Windows Server 2016: check it\)/);
  });

  it('JA, 2019: the default is named as a thing to check, and "おそれ" (can fail) is kept', async () => {
    const ja = await lead(['--sql', '10.50.4000', '--windows', '2019', '--lang', 'ja'], TLS10_OFF);
    expect(ja).toMatch(/Windows Server 2019 では SSL 3\.0 は既定で無効です。確認してください/);
    expect(ja).toMatch(/起動しなくなるおそれ/);
    expect(ja).not.toMatch(/障害の条件そのもの/);
  });

  it('SSL 3.0 shown off by the pasted keys: still "SSL 3.0 is off here too … does not start again"; 2012 R2 (on by default): no default line', async () => {
    const seen = await lead(['--sql', '10.50.4000', '--windows', '2016'], BOTH_OFF);
    expect(seen).toMatch(/SSL 3\.0 is off here too[^\n]*does not start again/);
    const r2 = await lead(['--sql', '10.50.4000', '--windows', '2012 R2'], TLS10_OFF);
    expect(r2).toMatch(/can fail to start \(event 26011; Microsoft's failing case is TLS 1\.0 and SSL 3\.0 both off\)/);
    expect(r2).not.toMatch(/off by default on/);
  });
});
