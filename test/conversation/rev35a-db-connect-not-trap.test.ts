/**
 * REV35 #4: the database-connection reader takes reports of now, on this TMS. Not: the error said fine again later in the sentence
 * ("… during the reboot, it's fine now"), of another time ("last week", "before the change … either"), or of another TMS ("our
 * other TMS"). A login or password cause named gets what to check (the service, ERRORLOG), not the 26011 lead; a cause denied or
 * asked about keeps the lead. A step someone did ("since we fixed the registry") is not the error gone.
 */
import { dbConnectErrorIn } from '../../src/domain/understand/db-connect-error';
import { rendered, runIn } from './helpers';

const S8 = 'TMS 15.2, SX20 on TC 7.3.21 shows No HTTPS response, Windows Server 2008 R2, SQL Server 2008 R2 on the TMS server';
const S8_JA = 'TMS 15.2 で SX20（TC 7.3.21）が No HTTPS response になります。Windows Server 2008 R2、SQL Server 2008 R2 は TMS サーバ上です';
const TRAP = /check SQL Server first|do not reboot again until/;
const TRAP_JA = /まず SQL Server を確認してください|もう一度の再起動もしないでください/;

describe('REV35 #4: database connection reports that are not the trap', () => {
  it.each([
    "TMS lost the connection to its database for a minute during the reboot, it's fine now",
    "TMS couldn't connect to the database last week, but that was a password issue and is fixed",
    'our other TMS cannot connect to its database',
    'before the change TMS could not connect to the database either',
  ])('EN not a report of now on this TMS: %s', (m) => {
    expect(dbConnectErrorIn(m)).toBe(false);
    expect(rendered(runIn('en', [S8, m]))).not.toMatch(TRAP);
  });

  it.each(['再起動中に一時的にデータベースに接続できませんでしたが、今は正常です', '別の TMS がデータベースに接続できません', '先週 TMS がデータベースに接続できませんでしたが、パスワードの問題で直りました'])(
    'JA not a report of now on this TMS: %s',
    (m) => {
      expect(dbConnectErrorIn(m)).toBe(false);
      expect(rendered(runIn('ja', [S8_JA, m]))).not.toMatch(TRAP_JA);
    },
  );

  it.each(['the SQL team says TMS can\'t connect to the database because of a password change', 'TMS cannot connect to the database, ERRORLOG shows login failed for user'])(
    'EN cause named: what to check, not the 26011 lead: %s',
    (m) => {
      const r = runIn('en', [S8, m]);
      const out = rendered(r);
      expect(r.route).toBe('db-connect-error');
      expect(out).toMatch(/TMS cannot reach its database: what to check/);
      expect(out).toMatch(/login or password problem is named/);
      expect(out).toMatch(/sc query MSSQLSERVER/);
      expect(out).not.toMatch(TRAP);
    },
  );

  it('JA cause named', () => {
    const out = rendered(runIn('ja', [S8_JA, 'TMS がデータベースに接続できません。ログに login failed と出ています']));
    expect(out).toMatch(/ログインまたはパスワードの問題が挙がっている/);
    expect(out).not.toMatch(TRAP_JA);
  });

  it.each([
    'TMS cannot connect to the database since we fixed the registry and rebooted',
    'after the reboot TMS cannot connect to the database; we did not change any password',
    'TMS cannot connect to the database after the reboot, could it be the password?',
    'TMS cannot connect to the database since last week',
  ])('EN still the trap lead: %s', (m) => {
    expect(rendered(runIn('en', [S8, m]))).toMatch(TRAP);
  });

  it.each(['TMS がデータベースに接続できません。パスワードは変えていません', '再起動後、TMS がデータベースに接続できません'])('JA still the trap lead: %s', (m) => {
    expect(rendered(runIn('ja', [S8_JA, m]))).toMatch(TRAP_JA);
  });
});

describe('REV35 #4: SQL on another server is still this TMS', () => {
  it.each(['エラーは「別サーバのSQLに接続できない」', 'TMS cannot connect to the SQL Server on the other server'])('a report: %s', (m) => {
    expect(dbConnectErrorIn(m)).toBe(true);
  });
});
