/**
 * QA58 #4: "TMS says it cannot connect to the database" after the change and a reboot, SQL Server 2008 R2 SP2 on the TMS
 * server: the SQL Server caveat (knowledge.md: a build without TLS 1.2 support stops when TLS 1.0 and SSL 3.0 are both off,
 * event 26011) is what to rule out first: the SQL Server service, TLS 1.0 in Schannel, ERRORLOG / 26011, TLS 1.0 back on
 * first; no further reboot before that. SQL elsewhere or with TLS 1.2 support: what to check, the trap not asserted.
 */
import { dbConnectErrorIn } from '../../src/domain/understand/db-connect-error';
import { rendered, runIn } from './helpers';

const S8 = 'TMS 15.2.1, codecs upgraded to TC7.3.21, No HTTPS response. Windows Server 2008 R2, SQL Server 2008 R2 SP2 on the TMS box, level Medium';
const S8_JA = 'TMS 15.2.1 で、コーデックを TC7.3.21 にしたら No HTTPS response になりました。Windows Server 2008 R2、SQL Server 2008 R2 SP2 は TMS サーバ上、レベルは Medium';

describe('QA58 #4: TMS cannot connect to its database after the change', () => {
  it.each([
    'we imported the reg file, set Medium-High, rebooted. Now TMS web says it cannot connect to the database',
    'rebooted after the change, now the TMS website shows a database connection error',
    'TMS says it cannot connect to the database, what do we do?',
  ])('EN, SQL 2008 R2 SP2 local: SQL checks lead, TLS 1.0 back on first, no reboot step: %s', (m) => {
    const r = runIn('en', [S8, m]);
    const out = rendered(r);
    expect(r.route).toBe('db-connect-error');
    expect(out).toMatch(/check SQL Server first/);
    expect(out).toMatch(/SQL Server 2008 R2 SP2 on the TMS server/);
    expect(out).toMatch(/sc query MSSQLSERVER/);
    expect(out).toMatch(/TLS 1\.0\\Client/);
    expect(out).toMatch(/26011/);
    expect(out).toMatch(/Turn TLS 1\.0 back on for Client and Server/);
    expect(out).toMatch(/do not reboot again until/);
    expect(out).not.toMatch(/Reboot the TMS server once/);
    expect(out).not.toMatch(/does not change my previous answer/);
    // SQL Server is not said down: not recorded as down.
    expect(r.state.facts.tlsClaims?.sqlDown).toBeUndefined();
  });

  it('JA, SQL 2008 R2 SP2 local', () => {
    const r = runIn('ja', [S8_JA, '再起動したら TMS が「データベースに接続できません」と表示します']);
    const out = rendered(r);
    expect(r.route).toBe('db-connect-error');
    expect(out).toMatch(/まず SQL Server を確認してください/);
    expect(out).toMatch(/TMS サーバ上の SQL Server 2008 R2 SP2/);
    expect(out).toMatch(/TLS 1\.0 の Client と Server を有効に戻し/);
    expect(out).toMatch(/もう一度の再起動もしないでください/);
  });

  it('EN, SQL remote: what to check, the trap not asserted', () => {
    const out = rendered(runIn('en', ['TMS 15.9, SX20 upgraded to TC7.3.21 -> No HTTPS response', 'Windows 2016, SQL 2016 remote, level Medium', 'after the reboot TMS says it cannot connect to the database']));
    expect(out).toMatch(/is on another server/);
    expect(out).toMatch(/same name and port it used before/);
    expect(out).not.toMatch(/check SQL Server first/);
    expect(out).not.toMatch(/Turn TLS 1\.0 back on/);
  });

  it('JA, SQL 2016 local (TLS 1.2 support): not the SQL that stops', () => {
    const out = rendered(runIn('ja', ['TMS 15.2.1 で、エンドポイントを CE 9.15 にアップグレードしたら No HTTPS response になりました', 'Windows Server 2016、SQL 2016 は TMS サーバ上、レベルは Medium', 'DB に接続できなくなりました']));
    expect(out).toMatch(/TLS 1\.2 に対応しているため/);
    expect(out).not.toMatch(/有効に戻し/);
  });

  it('SQL said down in the same message: the SQL outage answer, not this one', () => {
    const r = runIn('en', [S8, 'TMS cannot connect to the database and the SQL Server service won\'t start']);
    expect(r.route).not.toBe('db-connect-error');
    expect(rendered(r)).toMatch(/SQL Server is down/);
  });

  it.each([
    ['we imported the reg file, set Medium-High, rebooted. Now TMS web says it cannot connect to the database', true],
    ['DBに接続できなくなりました', true],
    ['データベース接続エラーが出ています', true],
    ['TMS can no longer connect to its database', true],
    ['what if TMS cannot connect to the database?', false],
    ['if TMS cannot connect to the database, what happens', false],
    ['the database connection error is gone', false],
    ['no database connection errors since yesterday', false],
    ['データベース接続エラーは出なくなりました', false],
    ['データベースに接続できなくなる可能性はありますか？', false],
    ['もしデータベースに接続できなかったらどうしますか', false],
    ['a colleague said TMS could not connect to the database on his server', false],
    ["I'm worried TMS can't connect to the database after the reboot", false],
    ['SQL is on a separate server', false],
  ])('reader: %s -> %s', (m, want) => {
    expect(dbConnectErrorIn(m)).toBe(want);
  });
});

describe('QA58 #4: the database error as a first message with no change said', () => {
  it('is not read as the SQL caveat (same as before)', () => {
    expect(runIn('en', ['TMS says it cannot connect to the database']).route).not.toBe('db-connect-error');
  });
});

describe('QA58 #4: the database error in the ticket itself', () => {
  it('the checks come first, the first full answer follows them', () => {
    const out = rendered(runIn('en', ['TMS 15.13, CE 9.15, Windows 2016', 'SQL 2016 on a separate server. TMS shows "Cannot connect to SQL Server".']));
    expect(out).toMatch(/TMS cannot reach its database: what to check/);
    // No "No HTTPS response" said: the first full answer is the hedged one (QA59 #2).
    expect(out).toMatch(/Most likely the TLS 1\.0 problem, if TMS shows "No HTTPS response"/);
    expect(out.indexOf('what to check')).toBeLessThan(out.indexOf('Most likely the TLS 1.0 problem'));
  });
});
