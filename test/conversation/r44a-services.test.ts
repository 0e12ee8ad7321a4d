import { readPastedText } from '../../src/evidence/text';
import type { EvidenceReading } from '../../src/evidence/types';
import { sqlDownNow } from '../../src/domain/knowledge';
import { rendered, runIn } from './helpers';

/** QA round 29 R1, R2, §4: pasted service output read as its last state; no outage from a second instance, a pending state or a helper service. */
const F08 = 'TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2008 R2 on the TMS server, Windows 2008 R2';
const F16 = 'TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2016 on the TMS server, Windows 2016';
const codes = (r: EvidenceReading) => r.observations.map((o) => o.code);
const detail = (r: EvidenceReading, code: string, lang: 'en' | 'ja') => r.observations.find((o) => o.code === code)?.detail[lang] ?? '';

const SC_THEN_NET_START_EN = [
  'C:\\>sc query MSSQLSERVER',
  'SERVICE_NAME: MSSQLSERVER',
  '        STATE              : 1  STOPPED',
  'C:\\>net start MSSQLSERVER',
  'The SQL Server (MSSQLSERVER) service is starting.',
  'The SQL Server (MSSQLSERVER) service was started successfully.',
].join('\n');
const SC_THEN_NET_START_JA = [
  'C:\\>sc query MSSQLSERVER',
  'SERVICE_NAME: MSSQLSERVER',
  '        状態               : 1  STOPPED',
  'C:\\>net start MSSQLSERVER',
  'SQL Server (MSSQLSERVER) サービスを開始します.',
  'SQL Server (MSSQLSERVER) サービスは正常に開始されました。',
].join('\n');
const STOP_PENDING = ['SERVICE_NAME: MSSQLSERVER', '        STATE              : 3  STOP_PENDING'].join('\n');
const TWO_INSTANCES = [
  'PS C:\\> Get-Service MSSQL*',
  'Status   Name               DisplayName',
  '------   ----               -----------',
  'Stopped  MSSQL$SQLEXPRESS   SQL Server (SQLEXPRESS)',
  'Running  MSSQLSERVER        SQL Server (MSSQLSERVER)',
].join('\n');
const HELPERS = [
  'PS C:\\> Get-Service *SQL*',
  'Status   Name               DisplayName',
  '------   ----               -----------',
  'Running  MSSQLSERVER        SQL Server (MSSQLSERVER)',
  'Stopped  SQLBrowser         SQL Server Browser',
  'Stopped  SQLSERVERAGENT     SQL Server Agent (MSSQLSERVER)',
  'Stopped  SQLWriter          SQL Server VSS Writer',
].join('\n');
const outageTitle = /SQL Server is down|SQL Server が(?:停止|起動しません|ダウン)/;

describe('R1: the last state seen for a service wins', () => {
  it.each([
    ['en', SC_THEN_NET_START_EN],
    ['ja', SC_THEN_NET_START_JA],
  ] as const)('sc query STOPPED then net start started successfully (%s) is running, no outage', (lang, paste) => {
    const r = readPastedText(paste);
    expect(codes(r)).not.toContain('sql-service-not-running');
    expect(detail(r, 'services-running', 'en')).toContain('MSSQLSERVER');
    const t = runIn(lang, [F08, paste]);
    expect(sqlDownNow(t.state.facts)).toBe(false);
    expect(rendered(t)).not.toContain('TLS 1.0\\Server]');
    expect(rendered(t)).not.toMatch(outageTitle);
  });

  it('net start that fails after a STOPPED query is still the outage', () => {
    const r = readPastedText(SC_THEN_NET_START_EN.replace('was started successfully.', 'could not be started.'));
    expect(codes(r)).toContain('sql-service-not-running');
  });

  it('STOP_PENDING alone is not an outage: it says the service was stopping and to query again', () => {
    const r = readPastedText(STOP_PENDING);
    expect(codes(r)).not.toContain('sql-service-not-running');
    expect(detail(r, 'sql-service-pending', 'en')).toMatch(/stopping/);
    expect(detail(r, 'sql-service-pending', 'en')).toMatch(/again/);
    expect(detail(r, 'sql-service-pending', 'ja')).toMatch(/停止処理中/);
    const t = runIn('en', [F08, STOP_PENDING]);
    expect(sqlDownNow(t.state.facts)).toBe(false);
    expect(rendered(t)).not.toMatch(outageTitle);
  });
});

describe('R2: one SQL instance stopped while another runs', () => {
  it('names the stopped and the running instance and asks which one TMS uses, without the outage answer', () => {
    const r = readPastedText(TWO_INSTANCES);
    expect(codes(r)).not.toContain('sql-service-not-running');
    const en = detail(r, 'sql-instance-down-other-up', 'en');
    expect(en).toContain('MSSQL$SQLEXPRESS');
    expect(en).toMatch(/MSSQLSERVER is running/);
    expect(en).toMatch(/check which instance TMS/);
    expect(detail(r, 'sql-instance-down-other-up', 'ja')).toMatch(/どのインスタンスを使っているか/);
    // knowledge.md gives no TMS Tools menu path for the database connection: none is stated (FIX-A #6).
    expect(en).not.toMatch(/TMS Tools >/);
    expect(detail(r, 'sql-instance-down-other-up', 'ja')).not.toMatch(/\[Configuration\]/);
    const t = runIn('en', [F08, TWO_INSTANCES]);
    expect(sqlDownNow(t.state.facts)).toBe(false);
    expect(rendered(t)).not.toMatch(outageTitle);
  });

  it('every instance shown down is still the outage', () => {
    const r = readPastedText(TWO_INSTANCES.replace('Running  MSSQLSERVER', 'Stopped  MSSQLSERVER'));
    expect(codes(r)).toContain('sql-service-not-running');
  });
});

describe('§4: what was queried is counted, the SQL Server instance named', () => {
  it('Get-Service with the helpers stopped: SQL Server runs, the helpers listed as stopped, no "All 1 services"', () => {
    const r = readPastedText(HELPERS);
    const en = detail(r, 'services-running', 'en');
    expect(en).not.toMatch(/All 1 services/);
    expect(en).toMatch(/SQL Server service \(MSSQLSERVER\) is running/);
    for (const n of ['SQLBrowser', 'SQLSERVERAGENT', 'SQLWriter']) expect(en).toContain(n);
    expect(codes(r)).not.toContain('sql-service-not-running');
    expect(codes(r)).not.toContain('service-not-running');
    const t = runIn('en', [F16, HELPERS]);
    expect(sqlDownNow(t.state.facts)).toBe(false);
  });

  it('sc query MSSQLSERVER RUNNING says the SQL Server service is running', () => {
    const r = readPastedText(['SERVICE_NAME: MSSQLSERVER', '        STATE              : 4  RUNNING'].join('\n'));
    expect(detail(r, 'services-running', 'en')).toMatch(/The SQL Server service \(MSSQLSERVER\) is running/);
    expect(detail(r, 'services-running', 'ja')).toContain('MSSQLSERVER');
  });

  it('TMS services all running are still counted', () => {
    const r = readPastedText(['Running  TMSLiveService      TMSLiveService', 'Running  TMSSchedulerService TMSSchedulerService'].join('\n'));
    expect(detail(r, 'services-running', 'en')).toMatch(/All 2 services queried are running/);
  });
});
