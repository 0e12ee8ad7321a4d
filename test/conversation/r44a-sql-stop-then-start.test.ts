import { saysSqlDown } from '../../src/domain/understand/sql-down';
import { sqlDownNow } from '../../src/domain/knowledge';
import { rendered, runIn } from './helpers';

/** QA round 29 M5: a stop the same sentence says was followed by a good start is no outage. */
const P = 'TMS 15.9 shows No HTTPS response after endpoints went to CE 9.15';
const PJ = 'TMS 15.9でCE 9.15にアップグレードしたエンドポイントがNo HTTPS responseになります';
const outage = /SQL Server does not start|SQL Server が起動しません|TLS 1\.0\\Server\]/;

describe('M5: stopped for maintenance and started again', () => {
  it.each([
    ['en', P, 'The SQL Server service was stopped for maintenance last night and started again fine.'],
    ['en', P, 'We stopped SQL Server for the backup and then started it again without problems.'],
    ['ja', PJ, '昨夜メンテナンスでSQL Serverサービスを停止しましたが、その後正常に起動しています'],
  ] as const)('%s: %s', (lang, first, msg) => {
    expect(saysSqlDown(msg)).not.toBe(true);
    const r = runIn(lang, [first, msg]);
    expect(sqlDownNow(r.state.facts)).toBe(false);
    expect(rendered(r)).not.toMatch(outage);
  });

  it.each([
    'SQL stopped after we disabled TLS 1.0, we restarted it but it still won\'t start.',
    'SQL Server stopped and we started it again, but it stopped again.',
    'SQL Server is down and I restarted the server.',
    'SQL won\'t start after I restarted it',
    'SQLが停止して、再起動しましたがまた停止しました',
    'TLS 1.0を無効にしたらSQLが停止しました',
  ])('still down: %s', (msg) => {
    expect(saysSqlDown(msg)).toBe(true);
  });
});
