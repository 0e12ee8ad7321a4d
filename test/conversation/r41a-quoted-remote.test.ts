/**
 * QA round 28 W1 (second half): the user's own "local" (「同居」, "on the TMS server", "same box") wins over a word for another
 * machine inside a quoted or reported message (an error text, a log line), in the same message or right after it. A local
 * SQL 2008 R2 keeps its TLS 1.0 caveat.
 */
import { extractFacts } from '../../src/domain/extract';
import { findings, runIn } from './helpers';

const loc = (m: string) => extractFacts(m).facts.sqlLocation;

describe('a quoted or reported "remote" does not override the user\'s "local"', () => {
  it('in the same message (EN and JA)', () => {
    expect(loc('TMS 15.9, SQL 2008 R2 SP2 on the TMS server. TMS shows "Cannot connect to the remote SQL Server".')).toBe('local');
    expect(loc('SQL 2008 R2 SP2 on the same box; the TMS log says: SQL Server on another server is unreachable')).toBe('local');
    expect(loc('TMS 15.9、SQL 2008 R2 SP2 同居です。「リモートのSQL Serverに接続できません」と出ます。')).toBe('local');
    expect(loc('SQL 2016 同居、エラーは「別サーバのSQLに接続できない」')).toBe('local');
  });
  it('in the next message, after SQL was said to be local', () => {
    const en = runIn('en', ['TMS 15.9, CE 9.15, SQL 2008 R2 SP2 on the TMS server.', 'TMS shows "Cannot connect to the remote SQL Server".']);
    expect(en.state.facts.sqlLocation).toBe('local');
    const ja = runIn('ja', ['TMS 15.9、CE 9.15、SQL 2008 R2 SP2 同居です。', '「リモートのSQL Serverに接続できません」と出ます。']);
    expect(ja.state.facts.sqlLocation).toBe('local');
    expect(findings(ja)).not.toContain('caveat-remote-sql-untouched');
  });
  it('the user\'s own remote, or a correction, still reads remote', () => {
    expect(loc('SQL 2012 is local. Sorry, actually it is remote')).toBe('remote');
    expect(loc('SQL 2016 は同居ではなく別サーバです')).toBe('remote');
    expect(loc('SQL 2008 R2 同居。いや、SQLは別サーバでした')).toBe('remote');
    expect(loc('SQL 2016 on a separate server. TMS shows "Cannot connect to SQL Server".')).toBe('remote');
    expect(loc('SQL 2016 is remote')).toBe('remote');
    expect(runIn('en', ['TMS 15.9, CE 9.15, SQL 2008 R2 SP2 on the TMS server.', 'sorry, SQL is actually on a remote server']).state.facts.sqlLocation).toBe('remote');
    expect(runIn('ja', ['TMS 15.9、CE 9.15、SQL 2008 R2 SP2 同居です。', 'すみません、SQLは別サーバでした']).state.facts.sqlLocation).toBe('remote');
  });
});
