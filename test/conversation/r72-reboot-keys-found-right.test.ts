/**
 * FIX13 item 1 (QA38 A1/A2/B2): "keys checked, nothing changed" prescribes "No reboot" only where TLS 1.2 is on by default
 * (Windows Server 2012–2022, knowledge.md). On 2008 R2 the keys were created by someone, maybe after the last restart: the
 * registry step stays "Enable TLS 1.2" and the reboot step is conditional, as the reboot question's answer says. With the
 * release unknown the step keeps "Reboot only if registry keys changed", in EN and JA. A paste showing the TLS 1.2 Client
 * key off outweighs an earlier "TLS 1.2 is on": reboot once.
 */
import { rendered, runIn } from './helpers';

const P = 'TMS 15.2 shows No HTTPS response for our SX20 after upgrading it to CE 9.15';
const PJ = 'TMS 15.2でSX20をCE 9.15にアップグレードしたらNo HTTPS responseになりました';
const PASTE = [
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
  '    Enabled    REG_DWORD    0x0',
  '    DisabledByDefault    REG_DWORD    0x1',
].join('\n');

describe('r72: reboot step after "keys checked, nothing changed"', () => {
  it.each([
    [[P, 'keys checked, nothing changed', 'Windows 2008 R2', 'SQL 2016']],
    [[P, 'Windows 2008 R2, SQL 2016, TLS 1.2 keys checked and correct, nothing changed']],
  ])('EN, 2008 R2: enable step and a conditional reboot, never "No reboot" (%#)', (msgs) => {
    const out = rendered(runIn('en', msgs));
    expect(out).not.toMatch(/No reboot: the registry keys did not change/);
    expect(out).toMatch(/Step 2: Enable TLS 1\.2 in the Schannel registry/);
    expect(out).toMatch(/Reboot once, unless the server has restarted since the TLS 1\.2 keys were created/);
    expect(out).toMatch(/created after the last restart, or you cannot tell, reboot once/);
  });

  it.each([
    [[PJ, 'キーは確認済みで正しい（変更なし）', 'Windowsは2008 R2です', 'SQLは2016です']],
    [[PJ, 'Windowsは2008 R2、SQLは2016です。TLS 1.2のキーは確認済みで正しい（変更なし）']],
  ])('JA, 2008 R2: enable step and a conditional reboot (%#)', (msgs) => {
    const out = rendered(runIn('ja', msgs));
    expect(out).not.toMatch(/再起動は不要（レジストリのキーは変更なし）/);
    expect(out).toMatch(/手順 2：Schannel のレジストリで TLS 1\.2 を有効にする/);
    expect(out).toMatch(/TLS 1\.2 のキー作成後にサーバを再起動していなければ、1 回再起動する/);
  });

  it('Windows unknown: "Reboot only if registry keys changed" in EN and JA alike; 2012 R2 keeps "No reboot"', () => {
    const en = rendered(runIn('en', [P, 'SQL 2016', 'keys checked, nothing changed']));
    expect(en).not.toMatch(/No reboot: the registry keys did not change/);
    expect(en).toMatch(/Reboot only if registry keys changed/);
    expect(rendered(runIn('en', [P, 'SQL 2016', 'keys checked, nothing changed', 'how do I do step 4?']))).not.toMatch(/No reboot/);
    const ja = rendered(runIn('ja', [PJ, 'SQLは2016です', 'キーは確認済みで正しい（変更なし）']));
    expect(ja).toMatch(/レジストリのキーを変更した場合だけ再起動する/);
    expect(rendered(runIn('en', [P, 'Windows 2012 R2, SQL 2016, TLS 1.2 keys checked and correct, nothing changed']))).toMatch(
      /No reboot: the registry keys did not change/,
    );
  });

  it('a paste showing TLS 1.2 Client off after "TLS 1.2 on": reboot once, not "only if keys changed" (EN, JA)', () => {
    const en = rendered(runIn('en', [P, 'keys checked, nothing changed', 'Windows 2012 R2', 'SQL 2016', PASTE]));
    expect(en).toMatch(/Reboot the TMS server once/);
    expect(en).not.toMatch(/Reboot only if registry keys changed|No reboot/);
    const ja = rendered(runIn('ja', [PJ, 'キーは確認済みで正しい（変更なし）', 'Windowsは2012 R2です', 'SQLは2016です', PASTE]));
    expect(ja).toMatch(/TMS サーバを 1 回再起動する/);
    expect(ja).not.toMatch(/レジストリのキーを変更した場合だけ再起動する|再起動は不要（/);
  });
});
