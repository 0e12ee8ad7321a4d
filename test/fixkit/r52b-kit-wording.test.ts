/**
 * QA32 F4, F5, F7, F9: the fix kit's wording, generated with `tms-doctor fix-kit` into a directory and read back.
 * F4: SQL 2008 R2 without TLS 1.2 on Windows Server 2025 (TLS 1.0 and SSL 3.0 off by default): the kit says to check first
 * that SQL runs, not "keep TLS 1.0 as it is". F5: tls10-back-on.reg on 2025 says plainly that it re-opens what 2025
 * turns off, and what keeps TLS 1.0 off instead. F7: the FIRST warning says "may have no TLS 1.2" for a build not known,
 * and "does not start" only where SSL 3.0 is off too. F9: certificate validation at High is a check, not a fact.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixKitCommand } from '../../src/cli/fix-kit';
import { parseRegFile } from '../../src/windows/reg';
import { makeIO } from '../cli/helpers';

const P = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
const LOG = [
  '2026-12-01 10:25:01.34 Server      Error: 26011, Severity: 16, State: 1.',
  '2026-12-01 10:25:01.34 Server      The server was unable to initialize encryption because of a problem with a security library. The security library may be missing. Verify that security.dll exists on the system.',
].join('\n');
/** reg query /s of Protocols: TLS 1.0 Client and Server off, SSL 3.0 not touched (2008 R2: on by default). */
const TLS10_OFF = [P, '', `${P}\\TLS 1.0`, '', `${P}\\TLS 1.0\\Server`, '    Enabled    REG_DWORD    0x0', '', `${P}\\TLS 1.0\\Client`, '    Enabled    REG_DWORD    0x0', ''].join('\r\n');
/** The same, with SSL 3.0 Server off too: Microsoft's failing case (KB3135244). */
const BOTH_OFF = [P, '', `${P}\\SSL 3.0`, '', `${P}\\SSL 3.0\\Server`, '    Enabled    REG_DWORD    0x0', '', `${P}\\TLS 1.0`, '', `${P}\\TLS 1.0\\Server`, '    Enabled    REG_DWORD    0x0', '    DisabledByDefault    REG_DWORD    0x1', ''].join('\r\n');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-r52b-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Kit {
  code: number;
  /** What the CLI prints before the file list (the warnings). */
  lead: string;
  out: string;
  files: Record<string, { comments: string; keys: string[] }>;
}

let n = 0;
async function kit(args: string[], files: Record<string, string> = {}): Promise<Kit> {
  const out = path.join(dir, `kit${n++}`);
  const extra: string[] = [];
  for (const [flag, text] of Object.entries(files)) {
    const f = path.join(dir, `in${n++}.txt`);
    fs.writeFileSync(f, text);
    extra.push(flag, f);
  }
  const io = makeIO();
  const code = await fixKitCommand(['--out', out, '--tms', '15.9', '--endpoint', 'CE 9.15', ...args, ...extra], io);
  const text = io.out();
  const read: Kit['files'] = {};
  for (const name of fs.existsSync(out) ? fs.readdirSync(out) : []) {
    if (!name.endsWith('.reg')) continue;
    const bytes = fs.readFileSync(path.join(out, name));
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const parsed = parseRegFile(bytes);
    expect(parsed.problems).toEqual([]);
    const comments = bytes
      .subarray(2)
      .toString('utf16le')
      .split('\r\n')
      .filter((l) => l.startsWith(';'))
      .join('\n');
    read[name] = { comments, keys: parsed.model.keys.map((k) => k.path.slice(P.length + 1)) };
  }
  return { code, lead: text.slice(0, Math.max(0, text.indexOf('wrote '))), out: text, files: read };
}

describe('F4: SQL Server 2008 R2 without TLS 1.2 on Windows Server 2025', () => {
  it('EN: "Check first" that SQL runs (before the file list and in the file), why (TLS 1.0 and SSL 3.0 off by default), what keeps TLS 1.0 off, support not documented', async () => {
    const k = await kit(['--sql', '2008 R2 SP2', '--windows', '2025', '--level', 'medium']);
    expect(k.code).toBe(0);
    expect(k.lead).toMatch(/^Check first: [^\n]*TLS 1\.0 and SSL 3\.0 off by default[^\n]*Check BEFORE importing that the SQL Server service runs/);
    const reg = k.files['enable-tls12.reg'];
    expect(reg.keys).toEqual(['TLS 1.2\\Client', 'TLS 1.2\\Server']);
    expect(reg.comments).not.toMatch(/keep TLS 1\.0 \(and SSL 3\.0\) as they are/);
    expect(reg.comments).toMatch(/Windows Server 2025 has TLS 1\.0 and SSL 3\.0 off by default[^\n]*KB3135244/);
    expect(reg.comments).toMatch(/This build has no TLS 1\.2 support\. Having TLS 1\.0 off here, as Windows Server 2025 intends, first needs a build with TLS 1\.2 support \(SQL Server 2008 R2 SP3 10\.50\.6542\.0 or later\)[^\n]*a project of its own, not part of this fix[^\n]*re-opens what Windows Server 2025 turns off/);
    expect(reg.comments).toMatch(/Whether SQL Server 2008 R2 SP2 is supported on Windows Server 2025 at all is not documented here/);
    expect(reg.comments).toMatch(/TMS support for 2025 is not documented/);
  });

  it('JA: the same in Japanese', async () => {
    const k = await kit(['--sql', '2008 R2', '--windows', '2025', '--level', 'medium', '--lang', 'ja']);
    expect(k.code).toBe(0);
    expect(k.lead).toMatch(/^先に確認してください：[^\n]*既定で無効[^\n]*インポートの前に、SQL Server のサービスが動いているか確認/);
    const reg = k.files['enable-tls12.reg'];
    expect(reg.comments).not.toMatch(/TLS 1\.0 と SSL 3\.0 は現在の設定のままにしてください/);
    expect(reg.comments).toMatch(/10\.50\.6542\.0 以降[^\n]*再び開く/);
    expect(reg.comments).toMatch(/Windows Server 2025 で SQL Server 2008 R2 がサポートされているかどうかは、手元の資料には記載がありません/);
  });

  it('a build with TLS 1.2 support on 2025: no "Check first" lead, the file says it is not the failing case; on 2016 the old line stays', async () => {
    const ok = await kit(['--sql', '10.50.6560', '--windows', '2025', '--level', 'medium']);
    expect(ok.lead).not.toMatch(/Check first/);
    expect(ok.files['enable-tls12.reg'].comments).toMatch(/has TLS 1\.2 support, so TLS 1\.0 and SSL 3\.0 off \(the Windows Server 2025 default\) is not Microsoft's failing case/);
    const w16 = await kit(['--sql', '2008 R2 SP2', '--windows', '2016', '--level', 'medium']);
    expect(w16.lead).toBe('');
    expect(w16.files['enable-tls12.reg'].comments).toMatch(/TLS 1\.0 must be enabled and stay enabled/);
  });
});

describe('F5: tls10-back-on.reg on Windows Server 2025 says it re-opens what 2025 turns off', () => {
  it('EN: SECURITY line, what keeps TLS 1.0 off instead, support not documented; the keys are still TLS 1.0 Client and Server only', async () => {
    const k = await kit(['--sql', '2008 R2 SP2', '--windows', '2025', '--level', 'medium'], { '--evidence': LOG });
    expect(k.code).toBe(0);
    const reg = k.files['tls10-back-on.reg'];
    expect(reg.keys).toEqual(['TLS 1.0\\Client', 'TLS 1.0\\Server']);
    expect(reg.comments).toMatch(/SECURITY: Windows Server 2025 turns TLS 1\.0 off by default, by design\. This file turns it back on/);
    expect(reg.comments).toMatch(/Having TLS 1\.0 off here, as Windows Server 2025 intends, first needs a SQL Server build with TLS 1\.2 support \(SQL Server 2008 R2 SP3 10\.50\.6542\.0 or later/);
    expect(reg.comments).toMatch(/or TMS, is supported on Windows Server 2025 at all is not documented here/);
    expect(reg.comments).not.toMatch(/Keep TLS 1\.0 on for as long as/);
    expect(k.lead).toMatch(/on Windows Server 2025 TLS 1\.0 is off by default, by design, and this file turns it back on/);
  });

  it('JA: the same in Japanese; on 2012 R2 no such line', async () => {
    const k = await kit(['--sql', '2008 R2 SP2', '--windows', '2025', '--level', 'medium', '--lang', 'ja'], { '--evidence': LOG });
    const reg = k.files['tls10-back-on.reg'];
    expect(reg.comments).toMatch(/セキュリティ上の注意：Windows Server 2025 では TLS 1\.0 は設計上、既定で無効です/);
    expect(reg.comments).toMatch(/Windows Server 2025 の意図どおりに TLS 1\.0 を無効にしておくには、先に次のことが必要です：TLS 1\.2 に対応した SQL Server のビルド/);
    const r12 = await kit(['--sql', '2008 R2 SP2', '--windows', '2012 R2', '--level', 'medium'], { '--evidence': LOG });
    expect(r12.files['tls10-back-on.reg'].comments).not.toMatch(/SECURITY|by design/);
    expect(r12.files['tls10-back-on.reg'].comments).toMatch(/TLS 1\.0 must stay enabled while SQL Server 2008 R2 SP2 runs on this server/);
  });
});

describe('F7: the FIRST warning says what is known', () => {
  it('SP3 with no build, TLS 1.0 shown off, SSL 3.0 not: "may have no TLS 1.2 support", "can fail to start"; still re-enable TLS 1.0 first', async () => {
    for (const sql of ['2008 R2 SP3', '2008 R2']) {
      const k = await kit(['--sql', sql, '--windows', '2008 R2', '--level', 'medium'], { '--current': TLS10_OFF });
      expect(k.lead).toMatch(/^FIRST: TLS 1\.0 is OFF/);
      expect(k.lead).toMatch(/may have no TLS 1\.2 support \(check the build with SELECT @@VERSION: TLS 1\.2 from 10\.50\.6542\.0 on\)/);
      expect(k.lead).not.toMatch(/has no TLS 1\.2 support|does not start again/);
      expect(k.lead).toMatch(/Re-enable TLS 1\.0 \(Client and Server: Enabled=1, DisabledByDefault=0\) BEFORE any reboot[^\n]*can fail to start \(event 26011; Microsoft's failing case is TLS 1\.0 and SSL 3\.0 both off\)/);
      expect(k.files['enable-tls12.reg'].comments).toMatch(/^; FIRST: [^\n]*may have no TLS 1\.2 support/m);
    }
  });

  it('a build without TLS 1.2 with SSL 3.0 shown off too: "has no TLS 1.2 support", "does not start again" (EN and JA)', async () => {
    const en = await kit(['--sql', '10.50.4000', '--windows', '2008 R2', '--level', 'medium'], { '--current': BOTH_OFF });
    expect(en.lead).toMatch(/has no TLS 1\.2 support, so it needs TLS 1\.0/);
    expect(en.lead).toMatch(/SSL 3\.0 is off here too[^\n]*SQL Server does not start again \(event 26011\)/);
    const ja = await kit(['--sql', '10.50.4000', '--windows', '2008 R2', '--level', 'medium', '--lang', 'ja'], { '--current': BOTH_OFF });
    expect(ja.lead).toMatch(/TLS 1\.2 に対応していないため TLS 1\.0 を必要とします[^\n]*SSL 3\.0 も無効なため/);
    const jaMaybe = await kit(['--sql', '2008 R2 SP3', '--windows', '2008 R2', '--level', 'medium', '--lang', 'ja'], { '--current': TLS10_OFF });
    expect(jaMaybe.lead).toMatch(/TLS 1\.2 に対応していない可能性があります[^\n]*起動しなくなるおそれがあり/);
  });
});

describe('F9: at High, certificate validation is something to check', () => {
  it('EN and JA step 3 name the admin guide and say "check", "may fail"', async () => {
    const en = await kit(['--sql', '2016', '--windows', '2016', '--level', 'high']);
    const step3 = en.files['enable-tls12.reg'].comments.split('\n').find((l) => l.startsWith('; 3.'))!;
    expect(step3).toMatch(/Keep Communication Security at High/);
    expect(step3).toMatch(/Per Cisco's TMS admin guide, High also validates the endpoint certificates \(check that in the guide for your release\)[^\n]*may fail there/);
    expect(step3).not.toMatch(/fails there/);
    const ja = await kit(['--sql', '2016', '--windows', '2016', '--level', 'high', '--lang', 'ja']);
    const step3ja = ja.files['enable-tls12.reg'].comments.split('\n').find((l) => l.startsWith('; 3.'))!;
    expect(step3ja).toMatch(/TMS 管理者ガイドによれば[^\n]*ガイドで確認してください[^\n]*失敗することがあります/);
  });
});
