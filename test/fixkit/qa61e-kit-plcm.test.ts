/**
 * QA61 #6 (fix61e): the kit's step 4 reboots in the 2008 / 2008 R2 branch (and in the 2012+ branch when the file changed a key),
 * and a reboot starts only the services set to start with Windows: after it, check that TMSPLCMDirectoryService runs and start
 * it if not (knowledge.md, Fix step 6). Read from the written enable-tls12.reg's comments, EN and JA.
 */
import { runFixKit } from './cli-kit';

const step4 = (lines: string[]): string[] => {
  const at = lines.findIndex((l) => l.startsWith('4. '));
  const end = lines.findIndex((l, i) => i > at && /^\d\. /.test(l));
  return lines.slice(at, end);
};

describe('fix-kit step 4: the PLCM check after a reboot', () => {
  it.each([
    ['en', ['--windows', '2008 R2', '--sql', '2008 R2 SP3'], /^ {3}After the reboot: .*check that TMSPLCMDirectoryService runs .*start it if it is stopped \(sc start TMSPLCMDirectoryService/],
    ['ja', ['--windows', '2008 R2', '--sql', '2008 R2 SP3'], /^ {3}再起動のあと：.*TMSPLCMDirectoryService が実行中かどうかを確認し.*停止していれば開始してください（管理者権限のプロンプトで「sc start TMSPLCMDirectoryService」/],
    ['en', ['--windows', '2008', '--sql-remote'], /^ {3}After the reboot: .*TMSPLCMDirectoryService/],
    ['en', ['--windows', '2016', '--sql-remote'], /^ {3}If you reboot, afterwards: .*check that TMSPLCMDirectoryService runs/],
    ['ja', ['--windows', '2016', '--sql-remote'], /^ {3}再起動した場合：.*TMSPLCMDirectoryService が実行中かどうかを確認/],
  ] as const)('%s %j', async (lang, args, re) => {
    const k = await runFixKit(lang, ['--tms', '15.0.0', '--endpoint', 'TC7.3.6', '--level', 'medium', ...args]);
    expect(k.code).toBe(0);
    const s4 = step4(k.files['enable-tls12.reg']);
    expect(s4.length).toBeGreaterThan(0);
    expect(s4.some((l) => re.test(l))).toBe(true);
    // What a reboot restarts is said as it is: the services that were running, not "every TMS service".
    expect(s4.join('\n')).not.toMatch(/every TMS service|すべての TMS サービス/);
  });

  it('no reboot (2016 at Medium-High, keys not changed): the restart itself starts PLCM, no "after the reboot" line', async () => {
    const paste = [
      '===== Schannel protocols =====',
      '',
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
      '    Enabled    REG_DWORD    0x1',
      '    DisabledByDefault    REG_DWORD    0x0',
      '',
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server',
      '    Enabled    REG_DWORD    0x1',
      '    DisabledByDefault    REG_DWORD    0x0',
      '',
      '===== .NET strong crypto, 64-bit view =====',
      '',
    ].join('\r\n');
    const k = await runFixKit('en', ['--tms', '15.0.0', '--endpoint', 'TC7.3.6', '--level', 'medium-high', '--windows', '2016', '--sql-remote'], paste);
    expect(k.code).toBe(0);
    const s4 = step4(k.files['enable-tls12.reg']);
    expect(s4[0]).toMatch(/^4\. No reboot: .*start TMSPLCMDirectoryService if it is stopped/);
    expect(s4.some((l) => /After the reboot|If you reboot/.test(l))).toBe(false);
  });
});
