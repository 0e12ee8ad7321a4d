/**
 * QA round 28 E3: sqlcmd that cannot connect to the SQL Server on this machine (-S .\X, localhost, (local), 127.0.0.1, or
 * none named) is a hint that SQL is not running: a short note says what to check (the service, the ERRORLOG head, 26011),
 * in a file and pasted in chat, EN and JA. Not asserted as an outage; a named host gives no note.
 */
import { readPastedText } from '../../src/evidence/text';
import { readEvidenceBuffer } from '../../src/evidence';
import { rendered, runIn } from './helpers';

const ERR_EN = [
  'Sqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : Named Pipes Provider: Could not open a connection to SQL Server [2]. .',
  'Sqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : Login timeout expired.',
  'Sqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : A network-related or instance-specific error has occurred while establishing a connection to SQL Server. Server is not found or not accessible. Check if instance name is correct and if SQL Server is configured to allow remote connections. For more information see SQL Server Books Online..',
].join('\n');
const ERR_JA = [
  'Sqlcmd: エラー: Microsoft ODBC Driver 11 for SQL Server : 名前付きパイプのプロバイダー: SQL Server への接続を開けませんでした [2]. .',
  'Sqlcmd: エラー: Microsoft ODBC Driver 11 for SQL Server : ログイン タイムアウトの期限が切れました。.',
].join('\n');
const cmd = (server: string | null) => `C:\\>sqlcmd${server === null ? '' : ` -S ${server}`} -E -Q "select @@version"`;
const noAnswer = (text: string) => readPastedText(text).observations.find((o) => o.code === 'sql-no-answer');

describe('sqlcmd that gets no answer from the local SQL Server', () => {
  it('is read for every local form of -S, and with no -S', () => {
    for (const s of ['.\\SQLTMS', '.', '(local)', 'localhost\\SQLTMS', '127.0.0.1,1433', 'tcp:127.0.0.1', '"(local)\\SQLTMS"', null]) {
      const o = noAnswer(`${cmd(s)}\n${ERR_EN}`);
      expect(o).toBeDefined();
      expect(o!.detail.en).toMatch(/ERRORLOG/);
      expect(o!.detail.en).toMatch(/26011/);
      expect(o!.detail.ja).toMatch(/ERRORLOG/);
    }
  });
  it('JA error lines are read too', () => {
    expect(noAnswer(`${cmd('.\\SQLTMS')}\n${ERR_JA}`)).toBeDefined();
  });
  it('the error lines alone get the note with its "if it ran against the TMS server" hedge', () => {
    const o = noAnswer(ERR_EN);
    expect(o).toBeDefined();
    expect(o!.detail.en).toMatch(/^sqlcmd got no answer[^]*If it ran against the SQL Server on the TMS server/);
  });
  it('a server named by its host name, a failed login, or a TLS error gives no note', () => {
    expect(noAnswer(`${cmd('SQLPRD01\\TMS')}\n${ERR_EN}`)).toBeUndefined();
    expect(noAnswer(`${cmd('.\\SQLTMS')}\nMsg 18456, Level 14, State 1, Server TMS01\\SQLTMS, Line 1\nLogin failed for user 'CORP\\admin'.`)).toBeUndefined();
    expect(noAnswer(`${cmd('.\\SQLTMS')}\nSqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : SSL Provider: The certificate chain was issued by an authority that is not trusted.`)).toBeUndefined();
    // (prose about sqlcmd is no output)
    expect(noAnswer('I ran sqlcmd and it said login timeout expired')).toBeUndefined();
  });
  it('as a file and as a chat paste (EN and JA)', async () => {
    const file = await readEvidenceBuffer('sqlcmd-err.txt', Buffer.from(`${cmd('.\\SQLTMS')}\n${ERR_JA}\n`, 'utf8'));
    expect(JSON.stringify(file)).toMatch(/sql-no-answer/);
    const en = runIn('en', ['TMS 15.9, CE 9.15, SQL 2008 R2 SP2 on the TMS server', `${cmd('.\\SQLTMS')}\n${ERR_EN}`]);
    expect(rendered(en)).toMatch(/sqlcmd got no answer from SQL Server/);
    expect(en.state.facts.sqlLocation).toBe('local');
    const ja = runIn('ja', ['TMS 15.9、CE 9.15、SQL 2008 R2 SP2 同居です', `${cmd('.\\SQLTMS')}\n${ERR_JA}`]);
    expect(rendered(ja)).toMatch(/sqlcmd は SQL Server から応答を得られませんでした/);
  });
});
