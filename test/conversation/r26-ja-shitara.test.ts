/**
 * QA round 22 M4: 「SX80をCE8.3にしたらNo HTTPS response」「CE9.15にしたら」 report a past change to that release (the
 * everyday way to say "after we upgraded to"), as 「CE9.15に上げたら」 does: the endpoint release is stored and no longer
 * asked for. A question (「CE9.15にしたら？」「…なりますか」) or a condition (「もし…」) still states nothing.
 */
import { questions, rendered, runIn } from './helpers';

const endpointOf = (msgs: string[]) => {
  const e = runIn('ja', msgs).state.facts.endpoint;
  return e ? `${e.family} ${e.semver}` : undefined;
};

describe('「<release>にしたら」 as a past change', () => {
  it.each([
    ['SX80をCE8.3にしたらNo HTTPS response', 'CE 8.3.0'],
    ['CE9.15にしたら', 'CE 9.15.0'],
    ['TMS 15.9、SQL 2016同居。SX80をCE9.15にしたらNo HTTPS responseが出る', 'CE 9.15.0'],
    ['エンドポイントをce9.15.3にしたらエラーです', 'CE 9.15.3'],
  ])('%s → %s', (msg, want) => {
    expect(endpointOf([msg])).toBe(want);
  });

  it('the endpoint release is not asked for again in the incident', () => {
    const r = runIn('ja', ['TMS 15.2.1、Windows Server 2008 R2、SQL Server 2008 R2 SP2同居。SX80をCE8.3にしたらNo HTTPS response']);
    expect(questions(r)).not.toContain('endpoint');
    expect(rendered(r)).not.toMatch(/エンドポイントのソフトウェアバージョンを教えてください/);
  });

  it.each(['CE9.15にしたら？', 'もしCE9.15にしたら', 'CE9.15にしたら直りますか', 'CE9.15にしたらNo HTTPS responseになりますか', 'CE9.15にしたらエラーになる？'])(
    'a question or a condition states nothing: %s',
    (msg) => {
      expect(endpointOf([msg])).toBeUndefined();
    },
  );
});
