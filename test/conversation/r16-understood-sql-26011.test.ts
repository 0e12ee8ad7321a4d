/**
 * Round 43 B, item 3: a pasted SQL Server 26011 ("unable to initialize encryption") is named in the "Understood so far"
 * line (EN/JA), as a pasted service-down is; not for a paste with only its companions (17182), nor once SQL is said to
 * run again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rendered, runIn } from './helpers';

const events = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'evidence', 'events', name), 'utf8');
const EV_26011_JA = [
  'TimeCreated      : 2026/12/01 10:20:12',
  'ProviderName     : MSSQL$SQLTMS',
  'Id               : 26011',
  'LevelDisplayName : エラー',
  'Message          : セキュリティ ライブラリに問題があるため、サーバーは暗号化を初期化できませんでした。',
].join('\n');

const understood = (t: string): string => t.split('\n').find((l) => /^(?:Understood so far|ここまでの情報)/.test(l)) ?? '';
const OPEN_EN = 'TMS 15.9, SQL 2008 R2 SP2 local, Win2012R2, CE9.15';
const OPEN_JA = 'TMS 15.9、SQL 2008 R2 SP2 同居、CE9.15です';

describe('R43B: SQL Server 26011 in a paste, in the Understood so far line', () => {
  it('EN event log with 26011: the line names 26011, from the paste', () => {
    const line = understood(rendered(runIn('en', [OPEN_EN, events('xml.txt')])));
    expect(line).toMatch(/SQL Server logged error 26011: could not initialize encryption/);
  });

  it('JA Get-WinEvent with 26011: the line names 26011, from the paste', () => {
    const line = understood(rendered(runIn('ja', [OPEN_JA, EV_26011_JA])));
    expect(line).toMatch(/SQL Server がエラー 26011 を記録（暗号化の初期化に失敗）/);
  });

  it('not for 17182 alone, nor once SQL is said to run again', () => {
    expect(understood(rendered(runIn('en', [OPEN_EN, events('getwinevent-list.txt')])))).not.toMatch(/26011/);
    expect(understood(rendered(runIn('en', [OPEN_EN, events('xml.txt'), 'SQL is running again now'])))).not.toMatch(/26011/);
    expect(understood(rendered(runIn('ja', [OPEN_JA, EV_26011_JA, 'SQL は起動しました'])))).not.toMatch(/26011/);
  });
});
