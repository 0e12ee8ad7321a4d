/**
 * R45A item 1: 「SQLが停止したので再起動しましたが、起動しません」 is an outage (the restart did not help), not "SQL is
 * running again": a failure later in the same sentence, after a "but"/「が」「けど」, wins over the "back" words before it.
 * A restart that worked (「再起動したら起動しました」) stays "running".
 */
import { saysSqlDown } from '../../src/domain/understand/sql-down';
import { runIn } from './helpers';

const JA = ['TMS 15.9、CE9.15、SQL 2008 R2 SP2 同居、Win2008R2 で No HTTPS response'];
const EN = ['TMS 15.9, CE 9.15, SQL 2008 R2 SP2 local, win 2008 r2, No HTTPS response'];

describe('a restart said to have failed is still an outage', () => {
  it.each([
    'SQLが停止したので再起動しましたが、起動しません',
    'SQLが停止したので再起動しましたけど起動しない',
    'SQLは復旧しましたが、まだ停止しています',
    'SQLを再起動しましたが、すぐに停止しました',
  ])('JA %s', (msg) => {
    expect(runIn('ja', [...JA, msg]).state.facts.tlsClaims?.sqlDown).toBe(true);
  });
  it.each(["SQL stopped, we restarted it but it won't start", "SQL is running again but it won't stay up"])('EN %s', (msg) => {
    expect(runIn('en', [...EN, msg]).state.facts.tlsClaims?.sqlDown).toBe(true);
  });
  it('a restart that worked stays running', () => {
    expect(runIn('ja', [...JA, 'SQLが停止しましたが、再起動したら起動しました']).state.facts.tlsClaims?.sqlDown).toBe(false);
    expect(saysSqlDown('SQLは再起動したら起動しました')).toBe(false);
  });
  it('a failure of something else, or a question, after the recovery is not SQL down', () => {
    expect(saysSqlDown('SQLは起動しましたが、エンドポイントはまだ起動しません')).toBe(false);
    expect(saysSqlDown('SQLは復旧しましたが、まだ停止しているサービスがあります')).toBe(false);
    expect(saysSqlDown('SQLは起動しましたが、起動しない場合はどうすれば？')).toBe(false);
    expect(saysSqlDown("SQL is back up but IIS won't start")).toBe(false);
    expect(saysSqlDown('SQL is back up, but the endpoints still show No HTTPS response')).toBe(false);
  });
});
