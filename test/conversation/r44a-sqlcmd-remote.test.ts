import { rendered, runIn } from './helpers';

/** QA round 29 §3: sqlcmd against a local instance (-S .\X) after the user said SQL is on a separate server. */
const SQLCMD = [
  'C:\\>sqlcmd -S .\\SQLTMS -E -Q "select @@version"',
  'Sqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : Named Pipes Provider: Could not open a connection to SQL Server [2]. .',
  'Sqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : Login timeout expired.',
  'Sqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : A network-related or instance-specific error has occurred while establishing a connection to SQL Server. Server is not found or not accessible. Check if instance name is correct and if SQL Server is configured to allow remote connections. For more information see SQL Server Books Online..',
].join('\n');
const REMOTE_EN = 'TMS 15.9, CE 9.15 No HTTPS response. SQL 2012 SP1 is on a separate DB server.';
const REMOTE_JA = 'TMS 15.9、CE 9.15でNo HTTPS responseです。SQL 2012 SP1は別のDBサーバにあります。';

describe('sqlcmd aimed at this machine while SQL is said to be elsewhere', () => {
  it('EN: says the command was aimed at a local instance, to run it against the SQL server, and does not give the whole answer again', () => {
    const r = runIn('en', [REMOTE_EN, SQLCMD]);
    const out = rendered(r);
    expect(out).toMatch(/aimed at \.\\SQLTMS/);
    expect(out).toMatch(/another server/);
    expect(out).toMatch(/SQL server's name/);
    expect(out).not.toMatch(/here is the fix/);
    expect(r.state.facts.sqlLocation).toBe('remote');
  });

  it('JA: the same note in Japanese', () => {
    const out = rendered(runIn('ja', [REMOTE_JA, SQLCMD]));
    expect(out).toMatch(/別のサーバ/);
    expect(out).toMatch(/SQL サーバの名前/);
  });

  it('SQL on the TMS server: the local note stays', () => {
    const out = rendered(runIn('en', ['TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2008 R2 on the TMS server, Windows 2008 R2', SQLCMD]));
    expect(out).toMatch(/sqlcmd got no answer/);
    expect(out).not.toMatch(/aimed at/);
  });
});
