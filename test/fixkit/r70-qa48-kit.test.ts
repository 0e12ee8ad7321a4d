/**
 * QA48 findings on the fix kit, EN and JA, each generated .reg read back with parseRegFile:
 * - #1: TLS 1.0 shown off by a pasted check-tls output, TLS 1.2 already right, SQL 2008 R2 SP2 on the TMS server: the kit is
 *   still made, with tls10-back-on.reg first and FIRST (it was "no fix files", dropping the outage caveat); enable-tls12.reg
 *   says no import is needed for it; step 4 names the TLS 1.0 import's reboot (#12c).
 * - #2: --tls11 with TLS 1.1 shown off: the kit says it undoes a hardening setting; steps 2 and 4 go by TLS 1.2 only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFixKit } from '../../src/fixkit';
import { fixKitCommand } from '../../src/cli/fix-kit';
import { step } from '../../src/conversation/engine';
import { decodeText, parseRegFile, SCHANNEL_PROTOCOLS_PATH } from '../../src/windows/reg';
import type { Lang } from '../../src/domain/types';
import { makeIO } from '../cli/helpers';
import { expectTls10BackOn } from './tls10-back-on-kit';
import { state, ok, comments, expectTls12Only, SETUP } from './kit-helpers';

const P = SCHANNEL_PROTOCOLS_PATH;

function regQuery(keys: Record<string, Record<string, number>>, tail = ''): string {
  const out: string[] = ['===== Schannel protocols =====', ''];
  for (const [k, vals] of Object.entries(keys)) {
    out.push(k);
    for (const [n, v] of Object.entries(vals)) out.push(`    ${n}    REG_DWORD    0x${v.toString(16)}`);
    out.push('');
  }
  out.push('===== .NET strong crypto, 64-bit view =====', '', tail);
  return out.join('\r\n');
}

/** QA48's paste1.txt: TLS 1.0 Client and Server off, TLS 1.2 right, Windows Server 2016. */
const TLS10_OFF_TLS12_RIGHT = regQuery(
  {
    [P]: {},
    [`${P}\\TLS 1.0`]: {},
    [`${P}\\TLS 1.0\\Client`]: { Enabled: 0, DisabledByDefault: 1 },
    [`${P}\\TLS 1.0\\Server`]: { Enabled: 0, DisabledByDefault: 1 },
    [`${P}\\TLS 1.2`]: {},
    [`${P}\\TLS 1.2\\Client`]: { Enabled: 1, DisabledByDefault: 0 },
    [`${P}\\TLS 1.2\\Server`]: { Enabled: 1, DisabledByDefault: 0 },
  },
  '===== Windows version =====\r\n\r\nMicrosoft Windows [Version 10.0.14393]\r\n===== end of check-tls.cmd =====',
);

/** QA48's p11.txt: TLS 1.1 Client and Server off, no TLS 1.2 keys. */
const TLS11_OFF = regQuery({
  [P]: {},
  [`${P}\\TLS 1.1`]: {},
  [`${P}\\TLS 1.1\\Client`]: { Enabled: 0, DisabledByDefault: 1 },
  [`${P}\\TLS 1.1\\Server`]: { Enabled: 0, DisabledByDefault: 1 },
});

describe('QA48 #1: TLS 1.0 shown off, TLS 1.2 already right, SQL 2008 R2 SP2 here: the kit keeps tls10-back-on.reg and FIRST', () => {
  it.each(['en', 'ja'] as const)('%s: the chat gives the kit (it was "no fix files"), tls10-back-on.reg first, no import of enable-tls12.reg', (lang) => {
    const s = state(lang, [SETUP[lang]('2016', '2008 R2 SP2'), TLS10_OFF_TLS12_RIGHT]);
    const k = ok(buildFixKit({ facts: s.facts, lang }));
    expect(k.files.map((f) => f.name)).toEqual(['tls10-back-on.reg', 'enable-tls12.reg', 'check-tls.cmd']);
    expectTls10BackOn(k.files[0].bytes);
    expectTls12Only(k);
    expect(k.warnings[0]).toMatch(lang === 'en' ? /^FIRST: TLS 1\.0 is OFF on this server/ : /^最初に：このサーバでは TLS 1\.0 が無効/);
    expect(k.warnings[0]).toMatch(/SQL Server 2008 R2 SP2/);
    const c = comments(k, 'enable-tls12.reg');
    const s2 = c.find((l) => l.startsWith('2. '))!;
    expect(s2).toMatch(lang === 'en' ? /^2\. No import needed for this file: .*Import only tls10-back-on\.reg/ : /^2\. このファイルのインポートは不要です：.*インポートするのは tls10-back-on\.reg だけです/);
    const s4 = c.find((l) => l.startsWith('4. '))!;
    // tls10-back-on.reg changes the TLS 1.0 keys: not "the keys do not change" (QA48 #12c).
    expect(s4).not.toMatch(/keys do not change|キーは変わらないため/);
    expect(s4).toMatch(lang === 'en' ? /reboot the server once if you imported tls10-back-on\.reg/ : /tls10-back-on\.reg をインポートした場合は、サーバを 1 回再起動します/);
    // The chat's answer names the same file first and says enable-tls12.reg needs no import.
    const reply = step(s, { kind: 'text', text: lang === 'en' ? 'can you give me the fix files?' : '修正ファイルをください' });
    const text = JSON.stringify(reply.replies);
    expect(text).toMatch(/tls10-back-on\.reg/);
    expect(text).toMatch(lang === 'en' ? /enable-tls12\.reg needs no import here/ : /enable-tls12\.reg はここではインポート不要です/);
    expect(text).not.toMatch(/No fix files for this case|このケースには修正ファイルはありません/);
  });

  it('the same TLS 1.2 keys with TLS 1.0 on (no SQL trap): still "no fix files" (the registry change does not apply)', () => {
    const on = regQuery({
      [P]: {},
      [`${P}\\TLS 1.0`]: {},
      [`${P}\\TLS 1.0\\Client`]: { Enabled: 1, DisabledByDefault: 0 },
      [`${P}\\TLS 1.0\\Server`]: { Enabled: 1, DisabledByDefault: 0 },
      [`${P}\\TLS 1.2`]: {},
      [`${P}\\TLS 1.2\\Client`]: { Enabled: 1, DisabledByDefault: 0 },
      [`${P}\\TLS 1.2\\Server`]: { Enabled: 1, DisabledByDefault: 0 },
    });
    const k = buildFixKit({ facts: state('en', [SETUP.en('2016', '2008 R2 SP2'), on]).facts, lang: 'en' });
    expect(k.ok).toBe(false);
    // SQL 2016 (needs no TLS 1.0) with TLS 1.0 off: nothing to turn back on, so no kit either.
    const k2 = buildFixKit({ facts: state('en', [SETUP.en('2016', '2016'), TLS10_OFF_TLS12_RIGHT]).facts, lang: 'en' });
    expect(k2.ok).toBe(false);
  });

  it('CLI --current with the same paste (#12a): step 2 says no import for enable-tls12.reg, import only tls10-back-on.reg', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'r70-'));
    const cur = path.join(dir, 'paste1.txt');
    fs.writeFileSync(cur, TLS10_OFF_TLS12_RIGHT);
    const io = makeIO();
    const code = await fixKitCommand(['--out', path.join(dir, 'kit'), '--tms', '15.9', '--endpoint', 'CE 9.15', '--windows', '2016', '--sql', '2008 R2 SP2', '--level', 'medium', '--current', cur], io);
    expect(code).toBe(0);
    const reg = fs.readFileSync(path.join(dir, 'kit', 'enable-tls12.reg'));
    const c = decodeText(reg).text.split('\r\n').filter((l) => l.startsWith('; ')).map((l) => l.slice(2));
    expect(c.find((l) => l.startsWith('2. '))).toMatch(/^2\. No import needed for this file: the state you pasted shows TLS 1\.2 Client and Server already at Enabled=1 and DisabledByDefault=0\. Import only tls10-back-on\.reg/);
    expectTls10BackOn(fs.readFileSync(path.join(dir, 'kit', 'tls10-back-on.reg')));
  });
});

describe('QA48 #2: --tls11 with TLS 1.1 shown off', () => {
  async function kit(lang: Lang) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'r70-'));
    const cur = path.join(dir, 'p11.txt');
    fs.writeFileSync(cur, TLS11_OFF);
    const io = makeIO();
    const code = await fixKitCommand(['--out', path.join(dir, 'kit'), '--tms', '15.9', '--endpoint', 'CE 9.15', '--windows', '2019', '--sql', '2016', '--level', 'medium', '--tls11', '--current', cur, ...(lang === 'ja' ? ['--lang', 'ja'] : [])], io);
    expect(code).toBe(0);
    const reg = fs.readFileSync(path.join(dir, 'kit', 'enable-tls12.reg'));
    const parsed = parseRegFile(reg);
    expect(parsed.problems).toEqual([]);
    expect(parsed.model.keys.map((x) => x.path.split('\\').slice(-2).join(' '))).toEqual(['TLS 1.1 Client', 'TLS 1.1 Server', 'TLS 1.2 Client', 'TLS 1.2 Server']);
    return { out: io.out(), c: decodeText(reg).text.split('\r\n').filter((l) => l.startsWith('; ')).map((l) => l.slice(2)) };
  }
  it.each(['en', 'ja'] as const)('%s: says it undoes a hardening setting; step 4 is not an unconditional reboot', async (lang) => {
    const { out, c } = await kit(lang);
    const undo = lang === 'en' ? /TLS 1\.1 is OFF on this server.*undoes that hardening setting/ : /このサーバでは TLS 1\.1 が無効になっています.*その強化設定を元に戻すことになります/;
    expect(out).toMatch(undo);
    expect(c.join('\n')).toMatch(undo);
    const s4 = c.find((l) => l.startsWith('4. '))!;
    expect(s4).toMatch(lang === 'en' ? /reboot the server once ONLY if this file created or changed a key/ : /このファイルでキーを作成または変更した場合だけ、サーバを 1 回再起動します/);
    expect(c.join('\n')).toMatch(lang === 'en' ? /do not import it for TLS 1\.1 alone/ : /TLS 1\.1 のためだけにインポートしないでください/);
  });
});
