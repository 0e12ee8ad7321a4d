/**
 * REV22 #6, #7, #8 (FIX22C): level readers that dropped a reported level or gave the wrong per-node advice.
 * - #6: a report in the same message as a supposing question is recorded ("Medium-High is set. What if we set High and it still
 *   fails?"); a question that only supposes the change still records nothing.
 * - #7: only a failure of the setting (did not save, error on Save) is "not saved"; "failed to fix it", "didn't apply to the
 *   endpoints" are the fix still failing after the change (the level is kept). "didn't save on node 2 but node 1 is fine": node 1
 *   done, node 2 not.
 * - #8: a node said to run TMS before 15 gets no Medium-High advice (no Communication Security option there); a level reported with
 *   "the other node fails too" is recorded, with the per-node note.
 */
import { rendered, runIn, talk } from './helpers';
import type { TurnResult } from '../../src/conversation/types';

const EN = 'TMS 15.13, SQL Server 2016 on a separate server, Windows Server 2012 R2, endpoints CE 9.15';
const JA = 'TMS 15.13、SQL Server 2016 は別サーバー、Windows Server 2012 R2、エンドポイントは CE 9.15 です';
const SET_EN = 'we set Medium-High and restarted the services';
const SET_JA = 'Medium-High にしてサービスを再起動しました';
const PAIR = 'TMS 15.2 redundant, two nodes tms01 and tms02. Endpoints CE 9.15, SQL 2016 on a separate server, level Medium';
const NOT_RECORDED = /I have not recorded a level change|レベルの変更は記録していません/;
const NOT_SAVED = /not saved yet|did not save, so I have not recorded it|まだ保存されていない|保存されていないため、記録していません/;

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

describe('REV22 #7: still failing after the change is not "not saved"', () => {
  it.each([
    ['en', EN, SET_EN, 'setting Medium-High failed to fix it'],
    ['en', EN, SET_EN, 'the change to Medium-High failed to resolve anything'],
    ['en', EN, SET_EN, "Medium-High didn't apply to the endpoints, they still fail"],
    ['en', EN, SET_EN, "Medium-High didn't apply, the codecs still fail"],
    ['ja', JA, SET_JA, 'Medium-High 設定でエラーは解消されませんでした'],
  ] as const)('%s (%j, then %j) → %j: the level is kept', (lang, setup, set, msg) => {
    const r = runIn(lang, [setup, set, msg]);
    expect(lvl(r)).toBe('medium-high');
    expect(rendered(r)).not.toMatch(NOT_SAVED);
  });

  it('without the level recorded before: 「Medium-High 設定でエラーは解消されませんでした」 reads the level', () => {
    const r = runIn('ja', [JA, 'Medium-High 設定でエラーは解消されませんでした']);
    expect(lvl(r)).toBe('medium-high');
    expect(rendered(r)).not.toMatch(NOT_SAVED);
  });

  it.each([
    ['en', EN, SET_EN, "Medium-High didn't save"],
    ['en', EN, SET_EN, 'setting Medium-High failed with an error'],
    ['en', EN, SET_EN, 'setting Medium-High failed to save'],
    ['en', EN, SET_EN, 'Medium-High was not applied yet, still fails'],
    ['ja', JA, SET_JA, 'Medium-High の設定に失敗しました'],
    ['ja', JA, SET_JA, 'Medium-High の保存時にエラーが出ました'],
  ] as const)('%s (%j, then %j) → %j: a failure of the setting, still not saved', (lang, setup, set, msg) => {
    const r = runIn(lang, [setup, set, msg]);
    expect(lvl(r)).toBeUndefined();
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
    expect(rendered(r)).toMatch(NOT_SAVED);
  });

  it.each([
    ['en', EN, [SET_EN], "Medium-High didn't save on node 2 but node 1 is fine", 'node 1', 'node 2'],
    ['en', EN, [], "Medium-High didn't save on node 2 but node 1 is fine", 'node 1', 'node 2'],
    ['en', EN, [], "Medium-High didn't save on the second node, the first node is fine", 'first node', 'second node'],
    ['ja', JA, [SET_JA], '2号機では Medium-High が保存できませんでしたが、1号機は大丈夫です', '1号機', '2号機'],
    ['ja', JA, [], '2号機では Medium-High が保存できませんでしたが、1号機は大丈夫です', '1号機', '2号機'],
  ] as const)('%s %j %j → %j: %s done, %s not', (lang, setup, before, msg, ok, failed) => {
    const r = runIn(lang, [setup, ...before, msg]);
    expect(r.route).toBe('level-failed-one-node');
    expect(lvl(r)).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.levelRaised).toBe(true);
    const text = rendered(r).replace(/\s+/g, ' ');
    expect(text).toContain(lang === 'en' ? `Medium-High is saved on ${ok}, and I record it for that node only; on ${failed} the change did not save` : `${ok}では Medium-High が保存されているので、そのノードの分だけ記録します。${failed}では変更が保存されていない`);
    expect(text).toMatch(/Transport Layer Security Options/);
    expect(text).not.toMatch(/not saved yet|まだ保存されていないので/);
  });

  it('nodes known by host name: tms01 done, tms02 not, the TMS level unchanged', () => {
    const [, r] = talk(PAIR, "Medium-High didn't save on tms02 but tms01 is fine");
    expect(r.state.facts.tmsNodesDone).toEqual(['tms01']);
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).toMatch(/on tms02 the change did not save/);
  });

  it.each([
    ['en', "Medium-High didn't save on node 2 or node 1"],
    ['en', "did Medium-High not save on node 2 while node 1 is fine?"],
    ['en', "if Medium-High doesn't save on node 2 but node 1 is fine, what then?"],
    ['ja', '2号機で Medium-High が保存できなかったら、1号機は大丈夫ですか？'],
  ] as const)('%s %j: not the one-node reading', (lang, msg) => {
    const r = runIn(lang, [lang === 'en' ? EN : JA, msg]);
    expect(r.route).not.toBe('level-failed-one-node');
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
  });
});

describe('REV22 #8: the other node', () => {
  it.each([
    ['en', EN, 'the other node doesn\'t work either, it is on TMS 14.6', '14.6'],
    ['en', EN, 'node 2 fails too, it still runs 14.6.2', '14.6.2'],
    ['ja', JA, 'もう片方のノードもダメです。そちらは TMS 14.6 です', '14.6'],
  ] as const)('%s %j → %j: no Medium-High for a node before 15; TMS 15.13 kept', (lang, setup, msg, rel) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.tms?.raw).toBe('15.13');
    const text = rendered(r).replace(/\s+/g, ' ');
    expect(text).not.toMatch(/On every node|各ノードで次を行ってください/);
    expect(text).toMatch(lang === 'en' ? /Before 15, TMS Tools has no Communication Security option/ : /15 より前のリリースでは TMS ツール（TMS Tools）に \[Communication Security\] の設定がなく/);
    expect(text).toContain(`TMS ${rel}`);
    expect(text).toMatch(/upgrade to TMS 15\.x|TMS 15\.x へのアップグレード/);
  });

  it.each([
    ['ja', JA, 'Medium-High にしましたが、もう片方のノードもダメです'],
    ['en', EN, 'I set Medium-High, node 2 fails too'],
    ['en', EN, 'we set Medium-High but the other node does not work either'],
  ] as const)('%s %j → %j: the level recorded, with the per-node note', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(lvl(r)).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.levelRaised).toBe(true);
    expect(rendered(r).replace(/\s+/g, ' ')).toMatch(/change is needed on each node|ノードごとに変更が必要です/);
  });

  it.each([
    ['en', EN, "The other TMS node doesn't work either."],
    ['ja', JA, 'もう片方のノードもダメです'],
  ] as const)('%s %j → %j: the per-node answer as before, nothing recorded', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.route).toBe('other-node-or-lab');
    expect(r.state.facts).toEqual(runIn(lang, [setup]).state.facts);
    expect(rendered(r).replace(/\s+/g, ' ')).toMatch(/On every node|各ノードで次を行ってください/);
  });

  it('"node 2 fails too, its endpoints are on CE 11.5": CE 11.5 is no TMS release; the endpoints are read', () => {
    const r = runIn('en', [EN, 'node 2 fails too, its endpoints are on CE 11.5']);
    expect(rendered(r)).not.toMatch(/Before 15, TMS Tools/);
    expect(JSON.stringify(r.state.facts)).toContain('CE 11.5');
  });
});
