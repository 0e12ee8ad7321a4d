/**
 * FIX20A: "we set Medium-High on the lab TMS", 「検証用の TMS で Medium-High にしました」 (another server, the level alone) recorded
 * Medium-High as this TMS's level, and so did "Done on the lab TMS: keys, Medium-High, reboot" while the level question was open.
 * Near-misses (plans, questions, conditionals, another server) record no level and no restart; SQL on another server is no other TMS.
 */
import { rendered, runIn } from './helpers';

const EN = 'TMS 15.2.1, SQL 2016 on the TMS server, CE 9.15, Windows 2016';
const EN_MED = `${EN}, level is Medium`;
const JA = 'TMS 15.2.1、SQL 2016 は TMS サーバー上、CE 9.15、Windows 2016';
const JA_MED = `${JA}、レベルは Medium`;

describe('near-misses record no level and no restart', () => {
  it.each([
    'we will set Medium-High and reboot tonight',
    'should I set Medium-High and reboot?',
    'if we set Medium-High and reboot, will it work?',
    'if we set Medium-High and reboot, why would it still fail?',
    'we set Medium-High on the lab TMS',
    'I set Medium-High on our test server',
    'we set Medium-High on the lab TMS, why does it still fail here?',
    'Done on the lab TMS: keys, Medium-High, reboot',
  ])('EN: %s', (msg) => {
    for (const first of [EN, EN_MED]) {
      const r = runIn('en', [first, msg]);
      expect(r.state.facts.level).toBe(first === EN ? undefined : 'medium');
      expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
      expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
      expect(rendered(r)).not.toMatch(/Noted as done/);
    }
  });
  it.each(['今夜 Medium-High にして再起動する予定です', 'Medium-High にして再起動すべきですか？', 'Medium-High にして再起動したら直りますか？', '検証用の TMS で Medium-High にしました', '別のサーバーで Medium-High にしました'])(
    'JA: %s',
    (msg) => {
      for (const first of [JA, JA_MED]) {
        const r = runIn('ja', [first, msg]);
        expect(r.state.facts.level).toBe(first === JA ? undefined : 'medium');
        expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
        expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
        expect(rendered(r)).not.toMatch(/実施済みとして記録/);
      }
    },
  );
  it.each([
    ['en', EN, 'SQL is on another server, we set Medium-High'],
    ['en', EN, 'TMS 15.9, SQL on another server, Medium-High'],
    ['ja', JA, 'SQLは別サーバで、Medium-High にしました'],
    ['ja', JA, 'TMS 15.9、Room Kit ce9.15.3、Windows Server 2016、SQLは別サーバ、Medium-High'],
  ] as const)('SQL on another server is no other TMS: %s %#', (lang, first, msg) => {
    expect(runIn(lang, [first, msg]).state.facts.level).toBe('medium-high');
  });
});
