import { rendered, runIn } from './helpers';
import { saysSqlDown } from '../../src/domain/understand/sql-down';

/**
 * R42A #1: 「TLS1.0を無効にしたらSQLが起動しないのですが、どうすればいいですか？」 reports TLS 1.0 off and SQL down and asks
 * the way back: the same urgent, recovery-first answer as 「TLS1.0を無効にしたらSQLが起動しない」, not "can TLS 1.0 be turned off?".
 */
const URGENT = /SQL Server が起動しません：まず復旧してください/;

describe('JA report of SQL down as the lead-in of a question', () => {
  it.each([
    'TLS1.0を無効にしたらSQLが起動しないのですが、どうすればいいですか？',
    'TLS1.0を無効にしたらSQLが起動しないんですけど、どうしたらいいですか',
    'TLS1.0を無効にしたらSQLが起動しませんが、どうすればいいですか？',
  ])('%s: stored and answered like the report alone', (msg) => {
    const report = runIn('ja', ['TLS1.0を無効にしたらSQLが起動しない']);
    const r = runIn('ja', [msg]);
    expect(r.state.facts.tlsClaims).toEqual(report.state.facts.tlsClaims);
    expect(r.state.facts.tlsClaims).toMatchObject({ tls10: 'off', sqlDown: true });
    const out = rendered(r);
    expect(out).toMatch(URGENT);
    expect(out).not.toMatch(/TLS 1\.0 も無効にしてよいか/);
  });

  it.each([
    'TLS1.0を無効にしたらSQLが起動しないですよね？',
    'TLS1.0を無効にしたらSQLが起動しないのですか？',
    'もしTLS1.0を無効にしたらSQLが起動しなくなる場合、どうすればいいですか？',
  ])('%s: a question or a supposition, no outage stored', (msg) => {
    expect(runIn('ja', [msg]).state.facts.tlsClaims?.sqlDown).toBeUndefined();
  });

  it('the reader: the clause before the question reports', () => {
    expect(saysSqlDown('TLS1.0を無効にしたらSQLが起動しないのですが、どうすればいいですか？')).toBe(true);
    expect(saysSqlDown('TLS1.0を無効にしたらSQLが起動しないのですか？')).toBeUndefined();
  });
});
