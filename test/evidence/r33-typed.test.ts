import { readPastedText } from '../../src/evidence/text';
import { parseRegQuery } from '../../src/windows/reg';
import type { EvidenceReading } from '../../src/evidence/types';

/** QA round 24 M3: pasted Get-Service output, and reg query output without its HKEY_LOCAL_MACHINE line. */
const codes = (r: EvidenceReading) => r.observations.map((o) => o.code);
const detail = (r: EvidenceReading, code: string, lang: 'en' | 'ja') => r.observations.find((o) => o.code === code)?.detail[lang] ?? '';

const GET_SERVICE = [
  'PS C:\\> Get-Service TMS*',
  'Status   Name                      DisplayName',
  '------   ----                      -----------',
  'Running  TMSDatabaseScannerService TMSDatabaseScannerService',
  'Stopped  TMSPLCMDirectoryService   TMSPLCMDirectoryService',
  'Stopped  TMSSnmpService            TMSSnmpService',
].join('\n');

describe('Get-Service table', () => {
  it('stopped TMSPLCMDirectoryService: start it; stopped TMSSnmpService: what Medium-High does (EN/JA)', () => {
    const r = readPastedText(GET_SERVICE);
    expect(codes(r)).toContain('service-not-running');
    const en = detail(r, 'service-not-running', 'en');
    expect(en).toMatch(/TMSPLCMDirectoryService is stopped: start it/);
    expect(en).toMatch(/TMSSnmpService stopped is what Medium-High does/);
    expect(en).not.toMatch(/TMSDatabaseScannerService/);
    const ja = detail(r, 'service-not-running', 'ja');
    expect(ja).toMatch(/TMSPLCMDirectoryService が停止しています。開始してください/);
    expect(ja).toMatch(/TMSSnmpService の停止は Medium-High/);
  });

  it('rows without the command or the header (a Slack paste), spaces collapsed', () => {
    const r = readPastedText('Running TMSDatabaseScannerService TMSDatabaseScannerService\nStopped TMSPLCMDirectoryService TMSPLCMDirectoryService');
    expect(detail(r, 'service-not-running', 'en')).toMatch(/TMSPLCMDirectoryService is stopped: start it/);
    expect(detail(r, 'service-not-running', 'en')).not.toMatch(/TMSSNMPService/i);
  });

  it('all running: no service stopped', () => {
    const r = readPastedText('Status   Name                      DisplayName\nRunning  TMSDatabaseScannerService TMSDatabaseScannerService\nRunning  W3SVC  World Wide Web Publishing Service');
    expect(codes(r)).toContain('services-running');
    expect(codes(r)).not.toContain('service-not-running');
  });

  it('negatives: chat sentences are not service rows', () => {
    for (const t of ['Running TMS 15.9 on Windows 2016', 'Stopped the TMS services and started them again', 'running tmsplcmdirectoryservice now']) {
      expect(codes(readPastedText(t))).not.toContain('service-not-running');
      expect(codes(readPastedText(t))).not.toContain('services-running');
    }
  });
});

const KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';

describe('reg query output without its key line', () => {
  it('the echoed command names the key: TLS 1.2 Client enabled / disabled', () => {
    const on = readPastedText(`C:\\> reg query "${KEY}"\n    DisabledByDefault    REG_DWORD    0x0\n    Enabled    REG_DWORD    0x1`);
    expect(codes(on)).toContain('schannel-tls12-client-enabled');
    const off = readPastedText(`C:\\> reg query "${KEY}"\n    DisabledByDefault    REG_DWORD    0x0\n    Enabled    REG_DWORD    0x0`);
    expect(codes(off)).toContain('schannel-tls12-client-disabled');
  });

  it('in a Slack code fence', () => {
    const r = readPastedText(`here's the reg query:\n\`\`\`C:\\> reg query "${KEY}"\n    DisabledByDefault    REG_DWORD    0x0\n    Enabled    REG_DWORD    0x1\n\`\`\``);
    expect(codes(r)).toContain('schannel-tls12-client-enabled');
  });

  it('the key line, when there, still wins; values with no command and no key are nobody\'s', () => {
    const both = parseRegQuery(`C:\\> reg query "HKLM\\SOFTWARE\\Other"\n\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\n    Enabled    REG_DWORD    0x1`);
    expect(both.model.keys.map((k) => k.path)).toEqual(['HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client']);
    const none = parseRegQuery('    DisabledByDefault    REG_DWORD    0x0\n    Enabled    REG_DWORD    0x1');
    expect(none.model.keys).toEqual([]);
  });
});
