/**
 * Versions in the forms engineers paste them: SELECT @@VERSION as an SSMS grid copy (one line with
 * tabs) and as sqlcmd output, Get-ComputerInfo, [Environment]::OSVersion (string and table),
 * Get-CimInstance Win32_OperatingSystem, systeminfo /fo csv, xStatus SystemUnit Software in full
 * (and with only its DisplayName). Inputs: test/fixtures/evidence/versions/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPastedText } from '../../src/evidence/text';
import { formatEndpoint, formatSql, formatTms, formatWindows } from '../../src/domain/versions';

const read = (file: string) => readPastedText(readFileSync(join(__dirname, '..', 'fixtures', 'evidence', 'versions', file), 'utf8'));
const win = (file: string) => {
  const w = read(file).facts.windows;
  return w ? formatWindows(w) : null;
};

describe('versions from command output in its other layouts', () => {
  it('SELECT @@VERSION: SSMS grid copy, sqlcmd (English and Japanese "rows affected")', () => {
    const grid = read('ssms-grid.txt');
    expect(formatSql(grid.facts.sql!)).toBe('SQL Server 2008 R2 SP2 (10.50.4000.0)');
    expect(formatWindows(grid.facts.windows!)).toBe('Windows Server 2008 R2');
    expect(formatSql(read('sqlcmd.txt').facts.sql!)).toBe('SQL Server 2012 SP1 (11.0.3000.0)');
    expect(formatSql(read('sqlcmd-ja.txt').facts.sql!)).toBe('SQL Server 2014 SP2 (12.0.5207.0)');
  });

  it('Windows from Get-ComputerInfo, [Environment]::OSVersion, its Version table, Get-CimInstance and systeminfo /fo csv', () => {
    expect(win('gci.txt')).toBe('Windows Server 2016');
    expect(win('osversion.txt')).toBe('Windows Server 2019');
    expect(win('osversion2.txt')).toBe('Windows Server 2008 R2');
    expect(win('cim.txt')).toBe('Windows Server 2012 R2');
    expect(win('systeminfo-csv.txt')).toBe('Windows Server 2008 R2');
    expect(formatWindows(readPastedText('Version        : 10.0.20348\nBuildNumber    : 20348').facts.windows!)).toBe('Windows Server 2022');
  });

  it('a "Version : 11.0.3000" line that is not a Windows version is not read as a Windows build', () => {
    const r = readPastedText('Version : 11.0.3000\nVersion : 15.2.1');
    expect(r.facts.windows).toBeUndefined();
    expect(r.observations.map((o) => o.code)).not.toContain('windows-build-unknown');
  });

  it('xStatus SystemUnit Software in full; only its DisplayName when the Version line is missing', () => {
    expect(formatEndpoint(read('xstatus.txt').facts.endpoint!)).toBe('CE 9.15.3');
    expect(formatEndpoint(read('xstatus-tc.txt').facts.endpoint!)).toBe('TC 7.3.6');
    expect(formatEndpoint(read('xstatus-dn.txt').facts.endpoint!)).toBe('RoomOS 11.5.2');
  });

  it('TMS\'s About page: the Software Version under the heading, or the name and version on one line; other numbers are not TMS versions', () => {
    const about = read('tms-about.txt');
    expect(formatTms(about.facts.tms!)).toBe('TMS 15.2.1');
    expect(about.observations.map((o) => o.code)).toEqual(['fact-tms-version']);
    expect(about.observations[0].detail.ja).toContain('TMS 15.2.1');
    expect(formatTms(readPastedText('Cisco TelePresence Management Suite 14.6.2').facts.tms!)).toBe('TMS 14.6.2');
    expect(readPastedText('Version: 15.2.1').facts.tms).toBeUndefined();
    expect(readPastedText('Cisco TelePresence Management Suite\nDatabase: SQL Server\nVersion: 11.0.3000').facts.tms).toBeUndefined();
  });

  it('stays quick on long hostile lines', () => {
    const inputs = [`Major Minor Build Revision\n${'-'.repeat(100_000)}\n`, `${'"Microsoft Windows Server '.repeat(20_000)}\n`, `Microsoft Windows NT ${'1.'.repeat(50_000)}\n`, `Version : ${'10.0.'.repeat(40_000)}\n`];
    for (const s of inputs) {
      const t0 = Date.now();
      readPastedText(s);
      // Only a hang (catastrophic backtracking takes minutes) fails this, not a slow machine: speed is bench:evidence's.
      expect(Date.now() - t0).toBeLessThan(10_000);
    }
  });
});
