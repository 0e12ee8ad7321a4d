/**
 * QA32 F2 and F3: the kit's import and reboot steps follow what the pasted Schannel state shows and what
 * the Windows release does by default (knowledge: when nothing changed, no reboot).
 * - F2: the pasted state shows the TLS 1.2 keys already right: no import and no reboot for them (Medium and
 *   Medium-High); on 2008 R2 at Medium-High with nothing pasted, a reboot only if the file changed a key.
 * - F3: on 2012–2022 missing TLS 1.2 keys mean TLS 1.2 is on: import only where a policy or a tool switched it
 *   off (Enabled=0 or DisabledByDefault=1 shown), EN and JA.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFixKit } from '../../src/fixkit';
import { fixKitCommand } from '../../src/cli/fix-kit';
import { extractFacts } from '../../src/domain/extract';
import { applyReg, decodeText, parseRegFile, parseRegQuery, SCHANNEL_PROTOCOLS_PATH, type RegModel } from '../../src/windows/reg';
import type { Lang } from '../../src/domain/types';
import { makeIO } from '../cli/helpers';
import { regQuery } from './cli-kit';

const P = SCHANNEL_PROTOCOLS_PATH;

/** check-tls.cmd output: the whole tree, TLS 1.2 Client and Server already right. */
const KEYS_RIGHT = regQuery({
  [P]: {},
  [`${P}\\SSL 2.0`]: {},
  [`${P}\\SSL 2.0\\Client`]: { DisabledByDefault: 1 },
  [`${P}\\TLS 1.2`]: {},
  [`${P}\\TLS 1.2\\Client`]: { Enabled: 1, DisabledByDefault: 0 },
  [`${P}\\TLS 1.2\\Server`]: { Enabled: 1, DisabledByDefault: 0 },
});

const facts = (windows: string, level: string, sql = 'SQL Server 2016 on the TMS server') =>
  extractFacts(`TMS 15.9, endpoints CE 9.15 show No HTTPS response, ${sql}, Windows Server ${windows}, level ${level}`).facts;

/** Builds the kit, checks enable-tls12.reg reads back as the TLS 1.2 keys, and returns its comment lines. */
function kitComments(windows: string, level: string, lang: Lang, before: RegModel | null = null): string[] {
  const kit = buildFixKit({ facts: facts(windows, level), lang, before });
  if (!kit.ok) throw new Error(kit.reason);
  const reg = kit.files.find((f) => f.name === 'enable-tls12.reg')!;
  expect(reg.encoding).toBe('utf16le-bom');
  const parsed = parseRegFile(reg.bytes);
  expect(parsed.problems).toEqual([]);
  const tree = applyReg(parsed.model);
  const set = [...tree.keys.entries()].filter(([, k]) => k.values.size > 0);
  expect(set.map(([id]) => id.split('\\').slice(-2).join(' '))).toEqual(['tls 1.2 client', 'tls 1.2 server']);
  for (const [, k] of set) expect([k.values.get('enabled')!.data, k.values.get('disabledbydefault')!.data]).toEqual([{ type: 'REG_DWORD', value: 1 }, { type: 'REG_DWORD', value: 0 }]);
  return decodeText(reg.bytes).text.split('\r\n').filter((l) => l.startsWith('; ')).map((l) => l.slice(2));
}
const stepN = (c: string[], n: number) => c.find((l) => l.startsWith(`${n}.`))!;
const pasted = (text: string) => parseRegQuery(text).model;

describe('F2: the TLS 1.2 keys shown right in the pasted state: no import; no reboot for them (2008 R2: unless created after the last restart)', () => {
  it.each(['medium', 'medium-high'])('Windows Server 2008 R2 at %s (EN)', (level) => {
    const c = kitComments('2008 R2', level, 'en', pasted(KEYS_RIGHT));
    expect(stepN(c, 2)).toMatch(/^2\. No import needed: the state you pasted shows TLS 1\.2 Client and Server already at Enabled=1 and DisabledByDefault=0/);
    expect(stepN(c, 2)).not.toMatch(/Import this file|keys are needed/);
    // 2008 R2: keys found right were created by someone earlier; the reboot depends on when (QA48 #13, as for keys said right).
    expect(stepN(c, 4)).toMatch(/^4\. On Windows Server 2008 R2 TLS 1\.2 stays off until its Schannel keys exist, so keys found right were created by someone earlier\. If the server has restarted since then, no reboot is due for them/);
    expect(c.join('\n')).not.toMatch(/it loads the new keys/);
  });

  it.each(['medium', 'medium-high'])('Windows Server 2008 R2 at %s (JA)', (level) => {
    const c = kitComments('2008 R2', level, 'ja', pasted(KEYS_RIGHT));
    expect(stepN(c, 2)).toMatch(/インポートは不要/);
    expect(stepN(c, 2)).not.toMatch(/キーが必要です/);
    expect(stepN(c, 4)).toMatch(/正しいキーは以前に誰かが作成したものです。その後サーバが再起動されていれば、キーのための再起動は不要です/);
    expect(c.join('\n')).not.toMatch(/サーバを 1 回だけ再起動/);
  });

  it('the CLI with --current says the same; a paste that shows only TLS 1.2\\Client right says nothing of Server', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-r52-keys-'));
    try {
      const cur = path.join(dir, 'cur.txt');
      fs.writeFileSync(cur, KEYS_RIGHT);
      const io = makeIO();
      expect(await fixKitCommand(['--out', path.join(dir, 'kit'), '--tms', '15.9', '--endpoint', 'CE 9.15', '--sql', '2016', '--windows', '2008 R2', '--level', 'medium', '--current', cur], io)).toBe(0);
      const c = decodeText(fs.readFileSync(path.join(dir, 'kit', 'enable-tls12.reg'))).text.split('\r\n');
      expect(c.find((l) => l.startsWith('; 2.'))).toMatch(/No import needed/);
      expect(c.find((l) => l.startsWith('; 4.'))).toMatch(/no reboot is due for them/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const part = pasted(`${P}\\TLS 1.2\\Client\r\n    Enabled    REG_DWORD    0x1\r\n    DisabledByDefault    REG_DWORD    0x0\r\n`);
    const c = kitComments('2008 R2', 'medium', 'en', part);
    expect(stepN(c, 2)).toMatch(/^2\. Import this file/);
    expect(stepN(c, 4)).toMatch(/reboot the server once/);
  });

  it('a paste that shows TLS 1.2 switched off on 2016: import, then one reboot (a key changes)', () => {
    const off = regQuery({ [P]: {}, [`${P}\\TLS 1.2`]: {}, [`${P}\\TLS 1.2\\Client`]: { Enabled: 0 }, [`${P}\\TLS 1.2\\Server`]: { Enabled: 0 } });
    const c = kitComments('2016', 'medium', 'en', pasted(off));
    expect(stepN(c, 4)).toMatch(/^4\. After step 3, reboot the server once: it loads the new keys/);
  });

  it('2008 R2 at Medium-High with nothing pasted: a reboot only if this file created or changed a key (EN, JA); at Medium one reboot', () => {
    expect(stepN(kitComments('2008 R2', 'medium-high', 'en'), 4)).toMatch(/reboot the server once ONLY if this file created or changed a key\. If the keys were already right, do not reboot/);
    expect(stepN(kitComments('2008 R2', 'medium-high', 'ja'), 4)).toMatch(/キーを作成または変更した場合だけ/);
    expect(stepN(kitComments('2008 R2', 'medium', 'en'), 4)).toMatch(/^4\. After step 3, reboot the server once: it loads the new keys/);
  });
});

describe('F3: on 2012–2022 missing TLS 1.2 keys are TLS 1.2 on: import only where it was switched off', () => {
  it.each(['2012', '2012 R2', '2016', '2019', '2022'])('Windows Server %s (EN and JA)', (windows) => {
    const en = stepN(kitComments(windows, 'medium', 'en'), 2);
    expect(en).toMatch(/TLS 1\.2 is on by default, and with no TLS 1\.2 keys that default applies/);
    expect(en).toMatch(/only if a hardening policy or a tool \(IIS Crypto, a GPO\) switched TLS 1\.2 off: Enabled=0 or DisabledByDefault=1 shown/);
    expect(en).toMatch(/With no TLS 1\.2 keys, or keys already right, do not import it, and do not reboot for it/);
    expect(en).not.toMatch(/missing/);
    const ja = stepN(kitComments(windows, 'medium', 'ja'), 2);
    expect(ja).toMatch(/TLS 1\.2 が無効にされている場合（Enabled=0 または DisabledByDefault=1 と表示される場合）だけ/);
    expect(ja).toMatch(/キーがない場合や、すでに正しい場合はインポートせず/);
    expect(ja).not.toMatch(/キーがない（/);
  });
});
