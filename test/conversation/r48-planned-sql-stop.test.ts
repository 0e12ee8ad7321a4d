import { rendered, runIn } from './helpers';

/**
 * R48 #1: a SQL Server stop the user did on purpose ("for maintenance", 「メンテナンスで」「計画停止」) is no outage: no
 * SQL-down is stored (that answer leads with a .reg turning TLS 1.0 back on). Real outages stay outages.
 */
describe('a planned SQL Server stop is not an outage', () => {
  it.each<['en' | 'ja', string]>([
    ['en', 'The SQL Server service was stopped for maintenance last night.'],
    ['en', 'SQL Server was stopped for the backup this morning.'],
    ['en', 'The database was down for planned maintenance on Sunday.'],
    ['ja', '昨夜メンテナンスでSQL Serverを停止しました'],
    ['ja', '計画停止でSQL Serverを停止しました'],
    ['ja', 'バックアップのためSQLを停止しました'],
  ])('%s: %s stores no SQL down', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tlsClaims?.sqlDown).toBeUndefined();
    expect(rendered(r)).not.toMatch(/SQL Server (?:does not start|が起動しません)/);
  });

  it.each<['en' | 'ja', string]>([
    ['en', 'SQL stopped after we disabled TLS 1.0'],
    ['en', "SQL stopped and won't start"],
    ['en', "SQL was stopped for maintenance and now it won't start"],
    ['en', 'SQL Server was stopped for maintenance after we disabled TLS 1.0'],
    ['ja', 'TLS 1.0を無効にしたらSQLが停止しました'],
    ['ja', 'メンテナンスでSQLを停止しましたが、起動しません'],
  ])('%s: %s is still an outage', (lang, msg) => {
    expect(runIn(lang, [msg]).state.facts.tlsClaims?.sqlDown).toBe(true);
  });
});
