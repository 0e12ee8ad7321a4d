/**
 * FIX11 item 2: after "keys checked, nothing changed" the reboot question's answer said no reboot, but the full answer's step 4
 * still said "Reboot only if registry keys changed". Now the step agrees (knowledge.md, Fix step 4: nothing changed, no reboot).
 */
import { findings, rendered, runIn } from './helpers';

const EN1 = 'No HTTPS response on SX20 after upgrade to TC7.3.6, TMS 15.2, Windows Server 2016, SQL on a separate server';
const JA1 = 'TMS 15.2でSX20をTC7.3.6にしたらNo HTTPS responseになりました。Windows Server 2016、SQLは別サーバです';

describe('r69: the full answer prescribes no reboot when the keys were checked and unchanged', () => {
  it('EN: step 4 says no reboot, not "only if keys changed"', () => {
    const r = runIn('en', [EN1, 'TLS 1.2 keys checked, nothing changed']);
    const out = rendered(r);
    expect(out).toMatch(/No reboot: the registry keys did not change/);
    expect(out).not.toMatch(/Reboot only if registry keys changed/);
    expect(out).not.toMatch(/Reboot the TMS server once/);
  });

  it('JA (read as a step done): the steps left say no reboot', () => {
    const r = runIn('ja', [JA1, 'TLS1.2のキーは確認済みで正しい（変更なし）']);
    expect(r.state.facts.tlsClaims?.keysChanged).toBe(false);
    const out = rendered(r);
    expect(out).toMatch(/再起動は不要（レジストリのキーは変更なし）/);
    expect(out).not.toMatch(/レジストリのキーを変更した場合だけ再起動する/);
  });

  it('keys said changed keep the reboot; keys said set alone keep "only if changed"', () => {
    expect(rendered(runIn('en', [EN1, 'TLS 1.2 keys created']))).toMatch(/Reboot the TMS server once/);
    expect(rendered(runIn('en', [EN1, 'tls 1.2 keys verified ok']))).toMatch(/Reboot only if registry keys changed/);
  });

  it('a reg query paste showing TLS 1.2 Client off still gets the reboot', () => {
    const paste = [
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
      '    Enabled    REG_DWORD    0x0',
      '    DisabledByDefault    REG_DWORD    0x1',
    ].join('\n');
    const r = runIn('en', [EN1, 'TLS 1.2 keys checked, nothing changed', paste]);
    expect(findings(r)).toContain('reboot-server');
    expect(rendered(r)).not.toMatch(/No reboot: the registry keys did not change/);
  });
});
