/**
 * QA56 #1, #2, #4, #5, #6 in the fix kit, generated with `tms-doctor fix-kit` into a directory and read back (the comments of
 * enable-tls12.reg / tls10-back-on.reg, and what the CLI prints before the file list), EN and JA.
 * #1: SQL 2008 R2 on the TMS server: step 4's reboot is gated on TLS 1.0 Client/Server still on (check-tls.cmd), with
 *     tls10-back-on.reg named as the way back; "keep TLS 1.0 (and SSL 3.0) as they are" is gone.
 * #2: Windows Server 2025 + SQL 2012/2014 before its TLS 1.2 build: "check first that the SQL service runs".
 * #4: the SQL 2012/2014 prerequisite is step 1, before the backup and the import.
 * #5: TLS 1.0 stays enabled with SQL 2008 R2 whatever the build: 10.50.6542.0 only as what a later project needs.
 * #6: 10.50.6537: a later build, planned in its own window (the chat's words).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixKitCommand } from '../../src/cli/fix-kit';
import { parseRegFile } from '../../src/windows/reg';
import { makeIO } from '../cli/helpers';

const P = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
/** reg query /s of Protocols, as check-tls.cmd prints it: TLS 1.0 Client and Server off. */
const TLS10_OFF = [P, '', `${P}\\TLS 1.0`, '', `${P}\\TLS 1.0\\Server`, '    Enabled    REG_DWORD    0x0', '', `${P}\\TLS 1.0\\Client`, '    Enabled    REG_DWORD    0x0', ''].join('\r\n');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tmsd-qa56-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function kit(args: string[], current?: string): Promise<{ lead: string; files: Record<string, string> }> {
  const out = path.join(dir, `kit${n++}`);
  const extra: string[] = [];
  if (current) {
    const f = path.join(dir, `cur${n++}.txt`);
    fs.writeFileSync(f, current);
    extra.push('--current', f);
  }
  const io = makeIO();
  const code = await fixKitCommand(['--out', out, '--tms', '15.2.1', ...args, ...extra], io);
  expect(code).toBe(0);
  const text = io.out();
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(out)) {
    if (!name.endsWith('.reg')) continue;
    const bytes = fs.readFileSync(path.join(out, name));
    expect(parseRegFile(bytes).problems).toEqual([]);
    files[name] = bytes
      .subarray(2)
      .toString('utf16le')
      .split('\r\n')
      .filter((l) => l.startsWith(';'))
      .map((l) => l.replace(/^; ?/, ''))
      .join('\n');
  }
  return { lead: text.slice(0, Math.max(0, text.indexOf('wrote '))), files };
}

/** The numbered line N. and the lines indented under it (until the next numbered line). */
function stepText(comments: string, num: number): string {
  const lines = comments.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${num}. `));
  if (at < 0) return '';
  const out = [lines[at]];
  for (const l of lines.slice(at + 1)) {
    if (!l.startsWith('   ')) break;
    out.push(l);
  }
  return out.join('\n');
}

describe('#1: SQL 2008 R2 on the TMS server, the reboot gated on TLS 1.0', () => {
  it('EN: step 4 says to check TLS 1.0 Client/Server in check-tls.cmd before the reboot, and how to get tls10-back-on.reg', async () => {
    const k = await kit(['--endpoint', 'TC7.3.6', '--sql', '2008 R2', '--windows', '2008 R2', '--level', 'medium']);
    const reg = k.files['enable-tls12.reg'];
    expect(reg).not.toMatch(/keep TLS 1\.0 \(and SSL 3\.0\) as they are/);
    expect(reg).toMatch(/SQL Server 2008 R2 on this server: TLS 1\.0 must be enabled and stay enabled[^\n]*do not change SSL 3\.0 as part of this fix/);
    const four = stepText(reg, 4);
    expect(four).toMatch(/reboot the server once/);
    expect(four).toMatch(/Before that reboot:[^\n]*check-tls\.cmd[^\n]*TLS 1\.0 Client and Server are not off \(Enabled=0 or DisabledByDefault=1/);
    expect(four).toMatch(/do not reboot yet: turn TLS 1\.0 back on first[^\n]*--current FILE[^\n]*tls10-back-on\.reg/);
    expect(four).toMatch(/event 26011/);
    expect(four).toMatch(/Leave SSL 3\.0 as it is/);
  });

  it('JA: the same', async () => {
    const k = await kit(['--endpoint', 'TC7.3.6', '--sql', '2008 R2', '--windows', '2008 R2', '--level', 'medium', '--lang', 'ja']);
    const reg = k.files['enable-tls12.reg'];
    expect(reg).not.toMatch(/現在の設定のままにしてください/);
    expect(reg).toMatch(/TLS 1\.0 は有効になっていて、有効のままである必要があります/);
    const four = stepText(reg, 4);
    expect(four).toMatch(/再起動の前に：[^\n]*check-tls\.cmd[^\n]*TLS 1\.0 の Client と Server が無効/);
    expect(four).toMatch(/まだ再起動せず、先に TLS 1\.0 の Client と Server を有効に戻してください[^\n]*tls10-back-on\.reg/);
  });

  it('the kit made from a check-tls.cmd output with TLS 1.0 off holds tls10-back-on.reg, as step 4 says', async () => {
    const k = await kit(['--endpoint', 'TC7.3.6', '--sql', '2008 R2', '--windows', '2008 R2', '--level', 'medium'], TLS10_OFF);
    expect(Object.keys(k.files)).toContain('tls10-back-on.reg');
    // (FIRST leads there: no second gate under step 4.)
    expect(stepText(k.files['enable-tls12.reg'], 4)).not.toMatch(/Before that reboot/);
  });

  it('no gate without a local SQL Server that needs TLS 1.0, or where step 4 does not reboot', async () => {
    for (const args of [
      ['--sql', '2016'],
      ['--sql', '2008 R2', '--sql-remote'],
    ]) {
      const k = await kit(['--endpoint', 'TC7.3.6', '--windows', '2008 R2', '--level', 'medium', ...args]);
      expect(k.files['enable-tls12.reg']).not.toMatch(/Before that reboot/);
    }
  });
});

describe('#2: Windows Server 2025 with SQL 2012/2014 before its TLS 1.2 build', () => {
  it('EN: "Check first" that the SQL service runs, before the file list and in step 1; support on 2025 not documented', async () => {
    const k = await kit(['--endpoint', 'CE 9.15', '--sql', '12.0.4100', '--windows', '2025', '--level', 'medium']);
    expect(k.lead).toMatch(/^Check first: SQL Server 2014 SP1 \(12\.0\.4100\) on this server: Windows Server 2025 has TLS 1\.0 and SSL 3\.0 off by default[^\n]*Check BEFORE anything else that the SQL Server service runs/);
    expect(k.lead).toMatch(/Whether SQL Server 2014 is supported on Windows Server 2025 at all is not documented here/);
    expect(stepText(k.files['enable-tls12.reg'], 1)).toMatch(/^1\. SQL Server 2014 SP1 \(12\.0\.4100\) on this server: Windows Server 2025 has TLS 1\.0 and SSL 3\.0 off by default/);
  });

  it('JA, and 2012 RTM: the same check; on 2022 none', async () => {
    const ja = await kit(['--endpoint', 'CE 9.15', '--sql', '11.0.2100', '--windows', '2025', '--level', 'medium', '--lang', 'ja']);
    expect(ja.lead).toMatch(/^先に確認してください：[^\n]*既定で無効[^\n]*SQL Server のサービスが動いているか確認/);
    expect(ja.files['enable-tls12.reg']).toMatch(/サービス パック/);
    const w22 = await kit(['--endpoint', 'CE 9.15', '--sql', '12.0.4100', '--windows', '2022', '--level', 'medium']);
    expect(w22.lead).not.toMatch(/off by default/);
  });
});

describe('#4: the SQL 2012/2014 prerequisite is step 1, before the backup and any TLS change', () => {
  it.each([
    ['11.0.6020', /^1\. SQL Server 2012 SP3 \(11\.0\.6020\) on this server is older[^\n]*install the TLS 1\.2 update \(KB3052404\) BEFORE every other step/],
    ['2012 SP1', /^1\. SQL Server 2012 SP1 on this server has no TLS 1\.2 package[^\n]*service pack[^\n]*own maintenance window/],
    ['2014', /^1\. SQL Server 2014 on this server: whether it supports TLS 1\.2 depends on the build\. Check it \(SELECT @@VERSION\) BEFORE every other step/],
  ])('%s', async (sql, first) => {
    const reg = (await kit(['--endpoint', 'CE 9.15', '--sql', sql, '--windows', '2012 R2', '--level', 'medium'])).files['enable-tls12.reg'];
    const one = stepText(reg, 1);
    expect(one).toMatch(first);
    expect(one).toMatch(/\n {3}Then back up the registry/);
    // Step 1 comes before "Then, in this order:" and step 2 (the import check).
    expect(reg.indexOf('1. ')).toBeLessThan(reg.indexOf('Then, in this order:'));
    expect(reg.indexOf('Then back up the registry')).toBeLessThan(reg.indexOf('2. '));
  });

  it('JA, and SQL 2016: the backup stays step 1', async () => {
    const ja = (await kit(['--endpoint', 'CE 9.15', '--sql', '11.0.6020', '--windows', '2012 R2', '--level', 'medium', '--lang', 'ja'])).files['enable-tls12.reg'];
    expect(stepText(ja, 1)).toMatch(/^1\. このサーバの SQL Server 2012 SP3 \(11\.0\.6020\)：[^\n]*修正のほかのすべての手順[^\n]*TLS 1\.2 更新プログラム（KB3052404）を適用/);
    const s16 = (await kit(['--endpoint', 'CE 9.15', '--sql', '2016', '--windows', '2012 R2', '--level', 'medium'])).files['enable-tls12.reg'];
    expect(stepText(s16, 1)).toMatch(/^1\. Back up the registry/);
  });
});

describe('#5 and #6: TLS 1.0 stays enabled whatever the 2008 R2 build; an early build moves in its own window', () => {
  it('tls10-back-on.reg for SQL 2008 R2 SP2: TLS 1.0 must stay enabled, 10.50.6542.0 only for a later project', async () => {
    const k = await kit(['--endpoint', 'CE 9.15', '--sql', '2008 R2 SP2', '--windows', '2012 R2', '--level', 'medium'], TLS10_OFF);
    const back = k.files['tls10-back-on.reg'];
    expect(back).not.toMatch(/for as long as SQL Server runs a build without TLS 1\.2 support/);
    expect(back).toMatch(/TLS 1\.0 must stay enabled while SQL Server 2008 R2 SP2 runs on this server, whatever its build[^\n]*10\.50\.6542\.0 or later\) is only what a later project to turn TLS 1\.0 off would need first/);
  });

  it('10.50.6537: EN and JA say to move to 10.50.6542.0 or later in its own window, no ordering', async () => {
    const en = (await kit(['--endpoint', 'CE 9.15', '--sql', '10.50.6537', '--windows', '2008 R2', '--level', 'medium'])).files['enable-tls12.reg'];
    expect(en).toMatch(/move it to a later build \(10\.50\.6542\.0 or later\), a SQL Server change to plan in a maintenance window of its own/);
    expect(en).not.toMatch(/before any TLS change/);
    const ja = (await kit(['--endpoint', 'CE 9.15', '--sql', '10.50.6537', '--windows', '2008 R2', '--level', 'medium', '--lang', 'ja'])).files['enable-tls12.reg'];
    expect(ja).toMatch(/より新しいビルド（10\.50\.6542\.0 以降）に更新してください。SQL Server 自体の変更なので、個別のメンテナンス時間を確保して計画してください/);
  });
});
