/**
 * Texts that went beyond knowledge.md are worded as checks: the sqlcmd note names no TMS Tools menu path for the database
 * connection, the event log "may" say why a service stopped, and TMS's services "depend on" their database.
 */
import { rendered, runIn } from './helpers';

const SQLCMD = [
  'C:\\>sqlcmd -S .\\SQLTMS -E -Q "select @@version"',
  'Sqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : Login timeout expired.',
  'Sqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : A network-related or instance-specific error has occurred while establishing a connection to SQL Server. Server is not found or not accessible.',
].join('\n');
const F16 = 'TMS 15.9, CE 9.15 endpoints show No HTTPS response, SQL 2016 on the TMS server, Windows 2016';
const J16 = 'TMS 15.9、CE 9.15でNo HTTPS responseです。SQLは2016でTMSサーバ上、Windows Server 2016です';

describe('checks, not claims', () => {
  it.each<['en' | 'ja', string, RegExp]>([
    ['en', 'TMS 15.9, CE 9.15 No HTTPS response. SQL 2012 SP1 is on a separate DB server.', /check which server and instance TMS is configured to use/],
    ['ja', 'TMS 15.9、CE 9.15でNo HTTPS responseです。SQL 2012 SP1は別のDBサーバにあります。', /どのサーバとインスタンスを使うよう設定されているかを確認/],
  ])('%s: the sqlcmd note asks to check the database connection, without a menu path', (lang, first, check) => {
    const out = rendered(runIn(lang, [first, SQLCMD]));
    expect(out).toMatch(check);
    expect(out).not.toContain('Change Database Connection Settings');
  });

  it('EN: services that do not start: hedged log and database lines', () => {
    const out = rendered(runIn('en', [F16, "after the reboot the TMS services won't start"]));
    expect(out).toMatch(/depend on their database/);
    expect(out).toMatch(/may say why a service stopped/);
    expect(out).not.toMatch(/need their database|it says why each service stopped/);
  });

  it('JA: services that do not start: hedged log and database lines', () => {
    const out = rendered(runIn('ja', [J16, '再起動したらTMSのサービスが起動しない']));
    expect(out).toMatch(/データベースに依存/);
    expect(out).toMatch(/記録されていることがあります/);
    expect(out).not.toMatch(/データベースを必要とします|理由が記録されています/);
  });
});
