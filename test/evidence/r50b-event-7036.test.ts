/**
 * R50B #1: Service Control Manager event 7036 ("The SQL Server (MSSQLSERVER) service entered the stopped state.",
 * 「SQL Server (MSSQLSERVER) サービスは 停止 状態に移行しました。」) is read. A stop alone is no outage (a planned stop logs it
 * too): it says what to check. A later "running" for the same service means it runs again; lines without times that
 * disagree leave it open; SQL Server's helpers are not the engine.
 */
import { readPastedText } from '../../src/evidence/text';
import type { EvidenceReading } from '../../src/evidence/types';

const codes = (r: EvidenceReading) => r.observations.map((o) => o.code);
const detail = (r: EvidenceReading, code: string, lang: 'en' | 'ja') => r.observations.find((o) => o.code === code)?.detail[lang] ?? '';
const STOP_EN = 'The SQL Server (MSSQLSERVER) service entered the stopped state.';
const RUN_EN = 'The SQL Server (MSSQLSERVER) service entered the running state.';
const row = (time: string, msg: string) => `Information\t${time}\tService Control Manager\t7036\tNone\t${msg}`;

describe('R50B: event 7036', () => {
  it.each([
    ['en', STOP_EN],
    ['ja', 'SQL Server (MSSQLSERVER) サービスは 停止 状態に移行しました。'],
    ['en', ['Log Name:      System', 'Source:        Service Control Manager', 'Date:          2024-05-01T10:00:00.000', 'Event ID:      7036', 'Description:', STOP_EN].join('\n')],
  ] as const)('%s: a stop alone is read, is no outage, and says what to check (%#)', (lang, paste) => {
    const r = readPastedText(paste);
    expect(codes(r)).toContain('sql-service-stop-logged');
    expect(codes(r)).not.toContain('sql-service-not-running');
    expect(detail(r, 'sql-service-stop-logged', lang)).toMatch(/sc query MSSQLSERVER/);
    expect(detail(r, 'sql-service-stop-logged', 'en')).toMatch(/planned stop/);
  });

  it.each([
    ['oldest first', [row('2024-05-01 10:00:00', STOP_EN), row('2024-05-01 10:05:00', RUN_EN)]],
    ['newest first', [row('2024-05-01 10:05:00', RUN_EN), row('2024-05-01 10:00:00', STOP_EN)]],
    ['US times', ['5/1/2024 9:59:00 AM   7036 Information   ' + STOP_EN, '5/1/2024 10:01:00 AM   7036 Information   ' + RUN_EN]],
  ])('a later "running" (%s): it runs again', (_name, lines) => {
    const r = readPastedText(lines.join('\n'));
    expect(codes(r)).toContain('services-running');
    expect(codes(r)).not.toContain('sql-service-stop-logged');
    expect(codes(r)).not.toContain('sql-service-not-running');
  });

  it('a later "stopped": a stop logged, not running', () => {
    const r = readPastedText([row('2024-05-01 10:00:00', RUN_EN), row('2024-05-01 10:05:00', STOP_EN)].join('\n'));
    expect(codes(r)).toContain('sql-service-stop-logged');
    expect(codes(r)).not.toContain('services-running');
  });

  it.each([
    ['en', [STOP_EN, RUN_EN]],
    ['ja', ['SQL Server (SQLTMS) サービスは 停止 状態に移行しました。', 'SQL Server (SQLTMS) サービスは 実行中 状態に移行しました。']],
  ] as const)('%s: a stop and a start without times: left open, check now', (lang, lines) => {
    const r = readPastedText(lines.join('\n'));
    expect(codes(r)).toEqual(['sql-service-stop-logged']);
    expect(detail(r, 'sql-service-stop-logged', lang)).toMatch(/sc query MSSQL/);
  });

  it('a crash (7034) then "running" later: it runs again; a crash and a stop: still down', () => {
    const crash = 'The SQL Server (MSSQLSERVER) service terminated unexpectedly.  It has done this 1 time(s).';
    const again = readPastedText([`5/1/2024 10:00:00 AM   7034 Error   ${crash}`, `5/1/2024 10:01:00 AM   7036 Information   ${RUN_EN}`].join('\n'));
    expect(codes(again)).not.toContain('sql-service-not-running');
    expect(codes(again)).toContain('services-running');
    expect(codes(readPastedText([crash, STOP_EN].join('\n')))).toContain('sql-service-not-running');
  });

  it('sc query STOPPED is the state now: an event beside it does not soften it', () => {
    const r = readPastedText(['SERVICE_NAME: MSSQLSERVER', '        TYPE               : 10  WIN32_OWN_PROCESS', '        STATE              : 1  STOPPED', STOP_EN].join('\n'));
    expect(codes(r)).toContain('sql-service-not-running');
  });

  it('SQL Server Agent stopping is a helper, not the engine', () => {
    const r = readPastedText('The SQL Server Agent (MSSQLSERVER) service entered the stopped state.');
    expect(codes(r)).toEqual(['service-stop-logged']);
    expect(detail(r, 'service-stop-logged', 'en')).toMatch(/SQLSERVERAGENT.*not the database engine/);
    expect(detail(r, 'service-stop-logged', 'ja')).toMatch(/補助サービス/);
  });

  it('words that only look like it are not read', () => {
    expect(codes(readPastedText('the service entered the building state after lunch'))).toEqual([]);
    expect(codes(readPastedText('SQL Server サービスの状態を確認しました'))).toEqual([]);
  });
});
