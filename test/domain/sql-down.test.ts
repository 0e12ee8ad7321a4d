/**
 * SQL Server said down in words (src/domain/understand/sql-down.ts), QA round 6 #1: a report in any
 * wording, EN and JA, and nothing from a question, a condition or a warning.
 */
import { bareBackAgain, saysSqlDown } from '../../src/domain/understand/sql-down';
import { extractFacts } from '../../src/domain/extract';

describe('SQL Server said down', () => {
  it.each([
    'We disabled TLS 1.0 and rebooted; since then SQL Server does not start and TMS is down.',
    "We applied IIS Crypto Best Practices and rebooted, and now the SQL Server service won't start.",
    'we ran iis crypto and clicked best practices + rebooted last night, now sql wont start',
    'MSSQLSERVER fails to start after the reboot',
    'the SQL Server on the TMS server is not starting',
    'the database is down',
    'SQL が起動しません',
    'IIS Crypto のベストプラクティスを適用して再起動したら SQL Server が起動しなくなりました。',
    'DB が落ちました',
    'SQLサービスが停止しています',
  ])('%s → down', (t) => {
    expect(saysSqlDown(t)).toBe(true);
  });

  it.each([
    'SQL is back up now, what next?',
    'we started the SQL service again',
    'SQL は復旧しました。',
    // QA round 9 #4: the outage withdrawn, or over, without a verb next to "SQL".
    "ok false alarm, SQL was the remote cluster failing over, it's back",
    'SQL: it came back up after the cluster failover',
    'TLS 1.0 を戻したら SQL は起動しました',
    'SQL の件は誤報でした',
  ])('%s → running again', (t) => {
    expect(saysSqlDown(t)).toBe(false);
  });

  // QA round 10 #1: back, then down again in the same message: the later statement wins.
  it.each([
    'SQL came back for a minute and then stopped again, same 26011',
    'SQL started again but then crashed',
    'the SQL service came back, same 26011 though',
    'SQL は一度起動しましたが、すぐにまた停止しました',
    'SQL は起動しましたが、また 26011 が出て止まりました',
  ])('%s → down (back, then down again)', (t) => {
    expect(saysSqlDown(t)).toBe(true);
  });

  it.each(['turned TLS 1.0 back on, SQL service is running again', 'SQL is back up, no 26011 since', 'SQL started again and stayed up'])(
    '%s → still running again',
    (t) => {
      expect(saysSqlDown(t)).toBe(false);
    },
  );

  it.each([
    'will SQL stop if we disable TLS 1.0?',
    "If TLS 1.0 is off SQL won't start.",
    'Keep TLS 1.0 on, otherwise SQL does not start.',
    'SQL Server 2008 R2 is running on the TMS server.',
    'SQL 2008 R2 local and TMS is down',
    'SQL never stopped.',
    'SQL Server は停止していません',
    'TLS 1.0 を無効にすると SQL が起動しなくなりますか？',
    'SQL Server 2008 R2 is up to date',
    'TMS を再起動しました。SQL は 2008 R2 です',
    'if SQL fails, is it back to the old build?',
  ])('%s → nothing', (t) => {
    expect(saysSqlDown(t)).toBeUndefined();
  });

  it('is kept in the facts as a claim, with the other claims of the message', () => {
    expect(extractFacts("TMS 15.2.1, SQL 2008 R2 SP2 local. We disabled TLS 1.0, now SQL won't start").facts.tlsClaims).toEqual({ tls10: 'off', sqlDown: true });
    expect(extractFacts('TMS 15.2.1, SQL 2008 R2 SP2 local').facts.tlsClaims).toBeUndefined();
  });
});

describe('a bare "it\'s back" (read as SQL only while SQL is down: the engine decides)', () => {
  it.each(['it came back for a minute and then stopped again', 'it came back, same 26011', '一度起動しましたが、すぐに停止しました'])('%s: not a back-again (down again after it)', (m) => {
    expect(bareBackAgain(m)).toBe(false);
  });

  it.each(["it's back", 'ok false alarm', "ok false alarm, it's back", 'it came back up', '復旧しました', '起動しました', '誤報でした'])('%s: a bare back-again', (m) => {
    expect(bareBackAgain(m)).toBe(true);
  });
  it.each([
    'the error is back', // the symptom again: a reopen
    'No HTTPS response is back on the Room Kits',
    'SQL is back up', // names SQL: read as usual
    'エラーが再発しました',
    'it works now',
    'if it comes back, tell me',
    '端末は復旧しました',
    'how do I get it back up now?', // a question about the recovery
    'how do we get it back up',
    'どうすれば復旧しますか',
  ])('%s: not a bare back-again', (m) => {
    expect(bareBackAgain(m)).toBe(false);
  });
});
