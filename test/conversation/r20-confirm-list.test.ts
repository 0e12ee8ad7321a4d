/**
 * Round 20 (helper R20A): the versions listed after a request's colon ("Please confirm whether it is safe to go to
 * Medium-High: TMS 15.9, …", 「…か確認してください：TMS 15.9、…」) are the user's own, not part of the request.
 */
import { extractFacts } from '../../src/domain/extract';
import { runIn } from './helpers';

const facts = (lang: 'en' | 'ja', msg: string) => runIn(lang, [msg]).state.facts;

describe('versions listed after a request to confirm', () => {
  it.each<['en' | 'ja', string]>([
    ['en', 'Please confirm whether it is safe to go to Medium-High: TMS 15.9, CE 9.15.3, SQL 2016 remote, Windows 2016'],
    ['en', 'Is it safe to go to Medium-High: TMS 15.9, CE 9.15.3, SQL 2016 remote, Windows 2016'],
    ['ja', 'Medium-High にして安全か確認してください：TMS 15.9、CE 9.15.3、SQL 2016 リモート、Windows 2016'],
    ['ja', 'Medium-High に上げても安全ですか：TMS 15.9、CE 9.15.3、SQL 2016 リモート、Windows 2016'],
  ])('%s %j: every version is recorded, the level asked about is not', (lang, msg) => {
    const f = facts(lang, msg);
    expect(f.tms?.semver).toBe('15.9.0');
    expect(f.endpoint?.semver).toBe('9.15.3');
    expect(f.sql?.year).toBe(2016);
    expect(f.sqlLocation).toBe('remote');
    expect(f.windows?.year).toBe(2016);
    expect(f.level).toBeUndefined();
  });

  it('a plan or a change before the colon still states nothing', () => {
    expect(extractFacts('Should we upgrade to: TMS 15.13').facts.tms).toBeUndefined();
    expect(extractFacts('We plan to upgrade to: TMS 15.13').facts.tms).toBeUndefined();
  });
});
