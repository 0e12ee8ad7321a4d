/**
 * R50B: SQL Server's stops told or pasted.
 * #1 event 7036's stop line is no outage by itself (a planned stop logs it too): nothing stored as SQL down, what to check said.
 * #2 a stop on purpose and then a start that fails is an outage: 「メンテナンスでSQLを停止したら起動しません」, "stopped SQL for
 *    maintenance and now it won't start". Plain planned stops stay no outage.
 * #3 someone else's "SQL would not start after TLS 1.0 was disabled" stores nothing and is answered like the question.
 */
import { rendered, runIn } from './helpers';

const TITLE = /Does SQL Server stop if TLS 1\.0 is turned off\?|TLS 1\.0 を無効にすると SQL Server は止まるか/;

describe('R50B #1: event 7036 pasted', () => {
  it.each([
    ['en', 'The SQL Server (MSSQLSERVER) service entered the stopped state.'],
    ['ja', 'SQL Server (MSSQLSERVER) サービスは 停止 状態に移行しました。'],
    ['en', 'The SQL Server Agent (MSSQLSERVER) service entered the stopped state.'],
  ] as const)('%s %s: no outage stored, what to check said', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tlsClaims?.sqlDown).toBeUndefined();
    expect(r.state.facts.evidence?.observations.map((o) => o.code) ?? []).not.toContain('sql-service-not-running');
    const out = rendered(r);
    expect(out).toMatch(/sc query (?:MSSQLSERVER|SQLSERVERAGENT)/);
    expect(out).not.toMatch(/SQL Server does not start|SQL Server が起動しません/);
  });

  it('SQL said down in the same sentence as the pasted line is still read', () => {
    const r = runIn('en', ['SQL is down, event: The SQL Server (MSSQLSERVER) service entered the stopped state.']);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
  });
});

describe('R50B #2: a stop on purpose, then a start that fails', () => {
  it.each([
    ['ja', 'メンテナンスでSQLを停止したら起動しません'],
    ['ja', 'SQLを止めたら起動しなくなりました'],
    ['en', "stopped SQL for maintenance and now it won't start"],
    ['en', "We shut down the SQL service for patching, and now it doesn't come back."],
    ['en', 'we rebooted the database server and now it won\'t start'],
    ['ja', 'SQLを停止したら起動しませんでした'],
  ] as const)('%s %s: an outage', (lang, msg) => {
    expect(runIn(lang, [msg]).state.facts.tlsClaims?.sqlDown).toBe(true);
  });

  it.each([
    ['ja', 'メンテナンスで停止しました'],
    ['ja', 'メンテナンスでSQLを停止しました'],
    ['en', 'SQL was stopped for maintenance last night'],
    ['en', 'stopped SQL for maintenance last night'],
    ['en', 'we stopped SQL for maintenance and then started it again fine'],
    ['en', "if we stop SQL for maintenance and it won't start, what then?"],
    ['en', "we stopped the SQL service for patching and it won't start, right?"],
    ['ja', 'メンテナンスでSQLを停止したら起動しませんか？'],
    ['ja', 'メンテナンスでSQLを停止したら起動しない場合は？'],
    // A job or the agent stopped, or a failure with an object: no SQL outage (review of R50B).
    ['en', "we stopped the DB backup job and it won't run anymore"],
    ['en', "We restarted the SQL Agent jobs but it won't start the TMS purge"],
    ['en', "we rebooted the database server and it doesn't start the TMS services"],
    ['ja', 'SQLのバックアップジョブを停止したら起動しません'],
    ['ja', 'SQLを停止したら起動しないサービスがあります'],
  ] as const)('%s %s: no outage', (lang, msg) => {
    expect(runIn(lang, [msg]).state.facts.tlsClaims?.sqlDown).toBeUndefined();
  });
});

describe('R50B #3: someone else says SQL would not start after TLS 1.0 was disabled', () => {
  it.each([
    ['en', "a colleague says SQL wouldn't start after they disabled TLS 1.0"],
    ['en', "I heard SQL won't start once TLS 1.0 is disabled"],
    ['ja', '同僚がTLS1.0を無効にしたらSQLが起動しなくなったそうです'],
  ] as const)('%s %s: nothing stored, answered like the question', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tlsClaims?.sqlDown).toBeUndefined();
    expect(r.state.facts.tlsClaims?.tls10).toBeUndefined();
    expect(rendered(r)).toMatch(TITLE);
  });

  it('with SQL 2008 R2 held, the answer names the risk for that server', () => {
    const out = rendered(runIn('en', ['TMS 15.9, SQL Server 2008 R2 SP2 on the TMS server', "a colleague says SQL wouldn't start after they disabled TLS 1.0"]));
    expect(out).toMatch(TITLE);
    expect(out).toMatch(/Keep TLS 1\.0 enabled/);
  });

  it.each([
    ['en', "SQL won't start after they disabled TLS 1.0, what now?"],
    ['ja', 'TLS1.0を無効にしたらSQLが起動しなくなりました'],
  ] as const)('%s %s: the user own outage is still stored', (lang, msg) => {
    const r = runIn(lang, [msg]);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
    expect(rendered(r)).not.toMatch(TITLE);
  });
});
