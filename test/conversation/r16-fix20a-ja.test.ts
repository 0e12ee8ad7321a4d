/**
 * FIX20A #3, #4 (JA): 「予定通りレジストリを追加して Medium-High にして再起動しました。まだNGです」 read 予定 as a plan; 「まだ故障している
 * ように見えます」 after the fix was reported was not read as still failing (故障 alone may be broken hardware: only with "still",
 * once a change to TMS is known, and never about a part, a repair, a question or a guess).
 */
import { rendered, runIn } from './helpers';

const JA = 'TMS 15.2.1、SQL 2016 は TMS サーバー上、CE 9.15、Windows 2016';
const JA_MED = `${JA}、レベルは Medium`;

describe('#3 予定通り / 手順通り … しました。まだNGです', () => {
  it.each([
    [JA, '予定通りレジストリを追加して Medium-High にして再起動しました。まだNGです'],
    [JA_MED, '予定通りレジストリを追加して Medium-High にして再起動しました。まだNGです'],
    [JA_MED, '手順通りレジストリを追加して Medium-High にして再起動しました。まだNGです'],
    [JA_MED, '計画どおりに、レジストリを追加して Medium-High にして再起動しました。まだNGです'],
  ])('%#', (first, msg) => {
    const r = runIn('ja', [first, msg]);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
    expect(r.route).toBe('done-still-failing');
    expect(rendered(r)).toMatch(/手順どおり実施済みとのことなので、次のとおり記録しました/);
  });
  it('the step-by-step form with 予定通り is read for its facts (level, restart)', () => {
    const r = runIn('ja', [JA_MED, '予定通り medium-high にしてキーを作成し再起動しました。まだng']);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
  });
  it.each(['予定通り今夜 Medium-High にして再起動します', '今夜 Medium-High にして再起動する予定です', '予定通り、今夜レジストリを追加して Medium-High にする予定です'])('a plan stays a plan: %s', (msg) => {
    const r = runIn('ja', [JA_MED, msg]);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
    expect(r.route).toBe('plan');
  });
});

describe('#4 故障 as still failing, only after the fix was reported', () => {
  it.each(['まだ故障しているように見えます', 'エンドポイントは故障中のままです', '依然として故障状態です'])('after the fix: %s', (msg) => {
    const r = runIn('ja', [JA, 'Medium-High にして再起動しました', msg]);
    expect(r.route).toBe('intent-still-failing');
    expect(r.state.facts.level).toBe('medium-high');
    expect(rendered(r)).toMatch(/解決せず申し訳ありません/);
  });
  it('in the report itself', () => {
    const r = runIn('ja', [JA, '手順どおり実施して再起動しました。まだ故障しているように見えます']);
    expect(r.route).toBe('done-still-failing');
    expect(r.state.facts.level).toBe('medium-high');
  });
  it.each(['まだ故障していますか？', 'エンドポイントの電源がまだ故障中です', '1台故障しています', 'まだ故障しているかもしれません', '故障した SX20 は交換待ちのままです'])(
    'not still failing after the fix: %s',
    (msg) => {
      const r = runIn('ja', [JA, 'Medium-High にして再起動しました', msg]);
      expect(r.route).not.toMatch(/still-failing/);
    },
  );
  it.each(['まだ故障しているように見えます', 'エンドポイントは故障中のままです'])('no change known (hardware, maybe): %s', (msg) => {
    const r = runIn('ja', [JA, msg]);
    expect(r.route).not.toMatch(/still-failing/);
    expect(r.state.facts.level).toBeUndefined();
  });
});

