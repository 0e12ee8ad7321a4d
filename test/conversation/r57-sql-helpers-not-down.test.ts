/**
 * SQL Server's helper services and jobs are not the database engine TMS uses (QA34): "the SQL Agent won't start",
 * 「メンテナンスで SQL Agent を停止したら起動しなくなりました」「SQLのバックアップを停止してからジョブが起動しません」 store no SQL
 * outage (an outage answer would lead with turning TLS 1.0 back on). The engine said down still is.
 */
import { runIn } from './helpers';

const TICKET = { en: 'TMS 15.2.1, CE 9.15.3 show No HTTPS response, SQL Server 2008 R2 SP2 on the TMS server, Windows 2012 R2', ja: 'TMS 15.2.1 で CE 9.15.3 が No HTTPS response、SQL Server 2008 R2 SP2 は TMS サーバ上、Windows 2012 R2' };

describe('SQL helpers and jobs are not SQL Server down (R57)', () => {
  it.each([
    ['en', "the SQL Agent service won't start"],
    ['en', "SQL Server Agent (MSSQLSERVER) won't start since this morning"],
    ['ja', 'メンテナンスで SQL Agent を停止したら起動しなくなりました'],
    ['ja', 'SQLのバックアップを停止してからジョブが起動しません'],
  ] as const)('%s: %s', (lang, msg) => {
    const s = runIn(lang, [TICKET[lang], msg]).state;
    expect(s.facts.tlsClaims?.sqlDown).not.toBe(true);
  });

  it.each([
    ['en', "SQL Server (MSSQLSERVER) won't start since we disabled TLS 1.0"],
    ['ja', 'メンテナンスでSQLを停止したら起動しません'],
    ['ja', 'SQL Server (MSSQLSERVER) が起動しません'],
  ] as const)('still down, %s: %s', (lang, msg) => {
    const s = runIn(lang, [TICKET[lang], msg]).state;
    expect(s.facts.tlsClaims?.sqlDown).toBe(true);
  });
});
