import { readPastedText } from '../../src/evidence/text';
import type { EvidenceReading } from '../../src/evidence/types';
import { NET_START_EN } from '../fixtures/sql-service-down';

/** QA round 28 M1–M3: a service that is stopped or failing, in English and Japanese Windows output. */
const codes = (r: EvidenceReading) => r.observations.map((o) => o.code);
const detail = (r: EvidenceReading, code: string, lang: 'en' | 'ja') => r.observations.find((o) => o.code === code)?.detail[lang] ?? '';

const NET_START_JA = [
  'C:\\Windows\\system32>net start MSSQL$SQLTMS',
  'SQL Server (SQLTMS) サービスを開始します.',
  'SQL Server (SQLTMS) サービスを開始できませんでした。',
  '',
  'サービス固有のエラーが発生しました: 3417。',
].join('\n');
const SC_QUERY_JA = [
  'C:\\Windows\\system32>sc query MSSQL$SQLTMS',
  '',
  'SERVICE_NAME: MSSQL$SQLTMS',
  '        種類               : 10  WIN32_OWN_PROCESS',
  '        状態               : 1  STOPPED',
  '        WIN32_終了コード   : 1066  (0x42a)',
  '        サービス_終了コード: 3417  (0xd59)',
].join('\n');
const EV_7024_JA = [
  'ログの名前:         System',
  'ソース:           Service Control Manager',
  'イベント ID:       7024',
  'レベル:           エラー',
  '説明:',
  'SQL Server (SQLTMS) サービスは、サービス固有エラー %%3417 で終了しました。',
].join('\n');
const EV_7024_EN = [
  'Log Name:      System',
  'Source:        Service Control Manager',
  'Event ID:      7024',
  'Level:         Error',
  'Description:',
  'The SQL Server (SQLTMS) service terminated with the following service-specific error: ',
  '%%3417',
].join('\n');
const GET_SERVICE_51 = [
  'PS C:\\> Get-Service TMS*,MSSQL*',
  '',
  'Status   Name               DisplayName',
  '------   ----               -----------',
  'Stopped  MSSQL$SQLTMS       SQL Server (SQLTMS)',
  'Running  TMSDatabaseScan... TMSDatabaseScannerService',
  'Stopped  TMSLiveService     TMSLiveService',
  'Stopped  TMSPLCMDirector... TMSPLCMDirectoryService',
  'Running  TMSSchedulerSer... TMSSchedulerService',
].join('\n');

describe('SQL Server instance service not running (M1, M2)', () => {
  it.each([
    ['JA net start', NET_START_JA],
    ['EN net start', NET_START_EN],
    ['JA sc query (状態 : 1 STOPPED)', SC_QUERY_JA],
    ['JA event 7024', EV_7024_JA],
    ['EN event 7024', EV_7024_EN],
    ['JA Restart-Service', "Restart-Service : サービス 'SQL Server (SQLTMS) (MSSQL$SQLTMS)' を開始できません。"],
    ['EN Restart-Service', "Restart-Service : Service 'SQL Server (SQLTMS) (MSSQL$SQLTMS)' cannot be started due to the following error: Cannot start service MSSQL$SQLTMS on computer '.'."],
  ])('%s: MSSQL$SQLTMS read as SQL Server not running, not as a TMS service', (_, t) => {
    const r = readPastedText(t);
    expect(codes(r)).toContain('sql-service-not-running');
    expect(detail(r, 'sql-service-not-running', 'en')).toMatch(/MSSQL\$SQLTMS/);
    expect(detail(r, 'sql-service-not-running', 'ja')).toMatch(/MSSQL\$SQLTMS/);
    expect(codes(r)).not.toContain('service-not-running');
  });

  it('the default instance: "SQL Server (MSSQLSERVER)" is MSSQLSERVER', () => {
    const r = readPastedText('The SQL Server (MSSQLSERVER) service terminated unexpectedly.  It has done this 1 time(s).');
    expect(detail(r, 'sql-service-not-running', 'en')).toMatch(/MSSQLSERVER/);
  });

  it('SQL Server Agent is not the instance; a running instance is not down', () => {
    expect(codes(readPastedText('The SQL Server Agent (SQLTMS) service terminated with the following service-specific error: x'))).not.toContain('sql-service-not-running');
    expect(codes(readPastedText('Running  MSSQL$SQLTMS       SQL Server (SQLTMS)'))).not.toContain('sql-service-not-running');
  });
});

describe('event 7024 and net start for any service (item 3)', () => {
  it.each([
    ['EN 7024', 'The TMSDatabaseScannerService service terminated with the following service-specific error: '],
    ['JA 7024', 'TMSDatabaseScannerService サービスは、サービス固有エラー %%1 で終了しました。'],
    ['JA net start', 'TMSDatabaseScannerService サービスを開始できませんでした。'],
  ])('%s: the service is read as not running', (_, t) => {
    const r = readPastedText(t);
    expect(detail(r, 'service-not-running', 'en')).toMatch(/TMSDatabaseScannerService/);
    expect(detail(r, 'service-not-running', 'ja')).toMatch(/TMSDatabaseScannerService/);
  });

  it.each(['SQLのサービスを開始できませんでした', 'The SQL service could not be started after the change', '昨日、SQL Server が起動できずサービスで終了しました', 'the service could not be started'])(
    'prose is not a service line: %s',
    (t) => {
      const c = codes(readPastedText(t));
      expect(c).not.toContain('service-not-running');
      expect(c).not.toContain('sql-service-not-running');
    },
  );
});

describe('Get-Service of PowerShell 5.1, names cut short (M3)', () => {
  it('TMSPLCMDirector... stopped is TMSPLCMDirectoryService: start it; MSSQL$SQLTMS is kept', () => {
    const r = readPastedText(GET_SERVICE_51);
    const en = detail(r, 'service-not-running', 'en');
    expect(en).toMatch(/TMSPLCMDirectoryService is stopped: start it/);
    expect(en).toMatch(/TMSLiveService/);
    expect(en).not.toMatch(/TMSDatabaseScan|TMSSchedulerSer/);
    expect(detail(r, 'service-not-running', 'ja')).toMatch(/TMSPLCMDirectoryService が停止しています。開始してください/);
    expect(detail(r, 'sql-service-not-running', 'en')).toMatch(/MSSQL\$SQLTMS/);
  });

  it('a cut name without a DisplayName that starts the same way is made whole only when one TMS service fits', () => {
    expect(detail(readPastedText('Stopped  TMSPLCMDirector... TMS PLCM Directory'), 'service-not-running', 'en')).toMatch(/TMSPLCMDirectoryService is stopped/);
    expect(codes(readPastedText('Stopped  TMSS... Something'))).not.toContain('service-not-running');
  });
});
