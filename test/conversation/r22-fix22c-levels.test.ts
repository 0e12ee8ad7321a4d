/**
 * REV22 #6 (FIX22C): level readers that dropped a reported level or gave the wrong per-node advice.
 * - #6: a report in the same message as a supposing question is recorded ("Medium-High is set. What if we set High and it still
 *   fails?"); a question that only supposes the change still records nothing.
 */
import { rendered, runIn } from './helpers';
import type { TurnResult } from '../../src/conversation/types';

const EN = 'TMS 15.13, SQL Server 2016 on a separate server, Windows Server 2012 R2, endpoints CE 9.15';
const JA = 'TMS 15.13、SQL Server 2016 は別サーバー、Windows Server 2012 R2、エンドポイントは CE 9.15 です';
const NOT_RECORDED = /I have not recorded a level change|レベルの変更は記録していません/;

const lvl = (r: TurnResult): string | undefined => r.state.facts.level;

describe('REV22 #6: a level reported beside a supposing question is recorded', () => {
  it.each([
    ['en', EN, 'Medium-High is set. What if we set High and it still fails?'],
    ['en', EN, 'we set Medium-High yesterday; if we set High instead, would it still fail?'],
    ['en', EN, 'once we set Medium-High, it still failed. what else could it be?'],
    ['en', EN, 'TMS is already at Medium-High. What if we set High and it still fails?'],
    ['ja', JA, 'Medium-High に設定済みです。High にして再起動した後でも失敗するとしたら、なぜですか？'],
    ['ja', JA, '昨日 Medium-High にしました。High にして再起動した後でも失敗するとしたら、どうしますか？'],
  ] as const)('%s %j → %j: level Medium-High, not "not recorded"', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(lvl(r)).toBe('medium-high');
    expect(rendered(r)).not.toMatch(NOT_RECORDED);
  });

  it('"Medium-High is set. What if…": noted as done, then High or Medium-High', () => {
    const r = runIn('en', [EN, 'Medium-High is set. What if we set High and it still fails?']);
    expect(r.state.facts.tlsClaims?.levelRaised).toBe(true);
    expect(rendered(r)).toMatch(/Noted as done: Communication Security is Medium-High/);
  });

  it.each([
    ['en', EN, 'if we set Medium-High and it still fails, what then?'],
    ['en', EN, 'after we set Medium-High and reboot, why would it still fail?'],
    ['en', EN, 'is it at Medium-High? if we set Medium-High and it still fails, what then?'],
    ['en', EN, 'should we set Medium-High? if we set Medium-High and it still fails, what then?'],
    ['en', EN, "we'll set Medium-High and reboot, why would it still fail?"],
    ['ja', JA, 'Medium-High にして再起動した後でも失敗するとしたら、なぜですか？'],
    ['ja', JA, 'Medium-High にしますか？Medium-High にして再起動した後でも失敗するとしたら、なぜですか？'],
  ] as const)('%s %j → %j: only supposed, nothing recorded', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.route).toBe('supposed-change-failing');
    expect(lvl(r)).toBeUndefined();
    expect(rendered(r)).toMatch(NOT_RECORDED);
  });
});

