/**
 * QA round 28 W1: sqlcmd's connection error ("…configured to allow remote connections", 「…リモート接続を許可するように構成…」,
 * "…closed by the remote host") is the driver's text, not the user saying SQL runs on another server: a local SQL 2008 R2
 * must keep its TLS 1.0 caveat.
 */
import { extractFacts } from '../../src/domain/extract';
import { parseSqlLocation } from '../../src/domain/versions';
import { findings, runIn } from './helpers';

const ERR_EN = [
  'C:\\>sqlcmd -S .\\SQLTMS -E -Q "select @@version"',
  'Sqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : Named Pipes Provider: Could not open a connection to SQL Server [2]. .',
  'Sqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : Login timeout expired.',
  'Sqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : A network-related or instance-specific error has occurred while establishing a connection to SQL Server. Server is not found or not accessible. Check if instance name is correct and if SQL Server is configured to allow remote connections. For more information see SQL Server Books Online..',
].join('\n');
const ERR_JA = [
  'C:\\>sqlcmd -S .\\SQLTMS -E -Q "select @@version"',
  'Sqlcmd: エラー: Microsoft ODBC Driver 11 for SQL Server : 名前付きパイプのプロバイダー: SQL Server への接続を開けませんでした [2]. .',
  'Sqlcmd: エラー: Microsoft ODBC Driver 11 for SQL Server : ログイン タイムアウトの期限が切れました。.',
  'Sqlcmd: エラー: Microsoft ODBC Driver 11 for SQL Server : SQL Server への接続を確立しているときにネットワーク関連またはインスタンス固有のエラーが発生しました。サーバーが見つからないかアクセスできません。インスタンス名が正しいこと、および SQL Server がリモート接続を許可するように構成されていることを確認してください。詳細については、SQL Server オンライン ブックを参照してください。.',
].join('\n');

describe('sqlcmd error output does not say where SQL runs', () => {
  it('JA: 同居 stays local with the pasted error, and the SQL 2008 R2 caveat stays', () => {
    const r = runIn('ja', [`TMS 15.9、CE 9.15、SQL 2008 R2 SP2 同居です。SQLに繋がりません。\n${ERR_JA}`]);
    expect(r.state.facts.sqlLocation).toBe('local');
    expect(findings(r)).toContain('caveat-sql2008r2-keep-tls10-ssl3');
    expect(findings(r)).not.toContain('caveat-remote-sql-untouched');
  });
  it('EN: the error pasted alone after the versions sets no location', () => {
    const r = runIn('en', ['TMS 15.9, CE 9.15, SQL 2008 R2 SP2', ERR_EN]);
    expect(r.state.facts.sqlLocation).toBeUndefined();
  });
  it('a TCP Provider line ("forcibly closed by the remote host") is no location either', () => {
    const f = extractFacts('TMS 15.9, SQL 2008 R2 SP2 local\nSqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : TCP Provider: An existing connection was forcibly closed by the remote host.').facts;
    expect(f.sqlLocation).toBe('local');
  });
  it('the driver\'s advice quoted in prose is not the place (EN and JA)', () => {
    expect(extractFacts('TMS 15.9, CE 9.15, SQL 2008 R2 SP2 on the TMS server. Error: Check if SQL Server is configured to allow remote connections.').facts.sqlLocation).toBe('local');
    expect(extractFacts('TMS 15.9、CE 9.15、SQL 2008 R2 SP2 同居。SQL Server がリモート接続を許可するように構成されていることを確認してください、と出ます').facts.sqlLocation).toBe('local');
    expect(parseSqlLocation('check if SQL Server is configured to allow remote connections')).toBeNull();
  });
  it('still reads remote where the user says so', () => {
    for (const m of ['SQL 2016 is remote', 'SQL 2016 is on a remote server', 'SQL 2016 on a separate server']) expect(extractFacts(m).facts.sqlLocation).toBe('remote');
    for (const m of ['SQL 2016、SQLはリモート', 'SQL 2016 は別サーバ', 'SQL 2016 はリモートのサーバです']) expect(extractFacts(m).facts.sqlLocation).toBe('remote');
    expect(parseSqlLocation('remote')).toBe('remote');
    expect(parseSqlLocation('別サーバ')).toBe('remote');
    // (remote SQL with its own error pasted: the user's words still count)
    expect(extractFacts(`TMS 15.9, SQL 2016 on a remote server\n${ERR_EN}`).facts.sqlLocation).toBe('remote');
  });
});
