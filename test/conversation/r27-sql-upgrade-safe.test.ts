/**
 * QA round 22 C3: "is it safe to go to SP4?" / 「SP4にするのは大丈夫？」 with SQL 2012 SP1 on the TMS server is answered with
 * the SQL change's caveats (own window, back up the TMS databases, check against TMS's SQL requirements, before the TLS
 * change), not "is SP4 enough" nor the TLS fix's "What could go wrong".
 */
import { say } from './helpers';

const EN = 'TMS 15.6, CE 9.8, Win 2012 R2, local SQL 2012 SP1';
const JA = 'TMS 15.6でCE9.8、Windows 2012 R2、SQL 2012 SP1同居';

describe('C3: is the service-pack upgrade safe', () => {
  it.each(['is it safe to go to SP4?', 'is the SP4 upgrade safe?', 'would it be safe to upgrade SQL to SP4?', 'any risk in going to SP4?'])('EN %s', (q) => {
    const { text } = say([EN], q);
    expect(text).toMatch(/own maintenance window/);
    expect(text).toMatch(/back up the TMS databases/);
    expect(text).toMatch(/SQL requirements for your TMS release/);
    expect(text).toMatch(/before the TLS change/);
    expect(text).not.toMatch(/What could go wrong/);
  });
  it.each(['SP4にするのは大丈夫？', 'SP4へのアップグレードは安全ですか？'])('JA %s', (q) => {
    const { text } = say([JA], q);
    expect(text).toMatch(/専用のメンテナンス時間/);
    expect(text).toMatch(/TMS のデータベースをバックアップ/);
    expect(text).toMatch(/SQL 要件/);
    expect(text).not.toMatch(/どの SQL Server サービス パックなら足りるか/);
  });
  it.each([
    [EN, 'is SP4 enough?', /Which SQL Server service pack is enough/],
    [EN, 'how long does the SP4 upgrade take?', /How long the SQL Server service-pack upgrade takes/],
    [EN, 'is it safe to set Medium-High?', /^(?![\s\S]*service-pack upgrade safe)/],
    [JA, 'SP4で足りますか？', /どの SQL Server サービス パックなら足りるか/],
  ])('other questions keep their answers: %s / %s', (setup, q, want) => {
    expect(say([setup], q).text).toMatch(want);
  });
});
