/**
 * FIX63D: QA63's WRONG findings 1–5 and LOST 8 (/work/wt/qa-report-63.md).
 * #2 "Medium-High please", 「じゃあ Medium-High でお願いします」: a decision (a plan), not the level set now; a question beside it answered.
 */
import { decidesLevel } from '../../src/domain/understand/level-question';
import { rendered, runIn } from './helpers';

const F2_EN = 'TMS 15.9, SX80 CE 9.15, SQL 2016 remote, Windows 2016';
const F2_JA = 'TMS 15.9、CE 9.15 の SX80、SQL 2016 別サーバ、Windows 2016 です。';

describe('FIX63D #2: Medium-High decided on is a plan, not the level now', () => {
  it.each([
    ['en', [F2_EN, 'Medium-High please']],
    ['en', [F2_EN, 'ok, Medium-High then']],
    ['en', [F2_EN, 'set it to Medium-High please']],
    ['en', [F2_EN, 'go with Medium-High']],
    ['ja', [F2_JA, 'Medium-High にしてください']],
    ['ja', [F2_JA, 'では Medium-High で']],
    ['ja', [F2_JA, 'Medium-High に設定してください']],
    [
      'ja',
      [
        F2_JA,
        '日本語の資料には Medium-High から Medium に変更すると Telnet と SNMP が無効になると書いてありますが、どちらが正しいですか？',
        'High にしたらどうなりますか？',
        'じゃあ Medium-High でお願いします',
      ],
    ],
  ] as const)('%s %j: the plan answer (Telnet/SNMP from Medium first), level not recorded', (lang, msgs) => {
    const r = runIn(lang, msgs);
    const out = rendered(r);
    expect(r.state.facts.level).toBeUndefined();
    expect(r.route).toBe('plan');
    expect(out).toMatch(lang === 'en' ? /Noted as a plan[\s\S]*from Medium to Medium-High turns Telnet and SNMP off/ : /予定として承知しました[\s\S]*Medium から Medium-High に上げると Telnet と SNMP が無効になります/);
    expect(out).not.toMatch(/already at Medium-High|すでに Medium-High です/);
  });

  it.each([
    ['en', [F2_EN, 'Medium-High please. can I get the reg file?'], /Noted as a plan[\s\S]*enable-tls12\.reg/],
    ['ja', [F2_JA, 'じゃあ Medium-High でお願いします。修正ファイルをダウンロードできますか？'], /予定として承知しました[\s\S]*修正ファイル/],
  ] as const)('%s: a plan and a file request in one message: both answered, the Medium-High step kept in the files', (lang, msgs, re) => {
    const r = runIn(lang, msgs);
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).toMatch(re);
    expect(rendered(r)).not.toMatch(/already at Medium-High|すでに Medium-High です/);
  });

  it.each(['Medium-High', 'Medium-High?', 'it is Medium-High', 'Medium-High です', 'Medium-High please?', "let's try Medium-High"])('%s: not a decision', (t) => {
    expect(decidesLevel(t)).toBe(false);
  });

  it('a bare "Medium-High" still answers the level question', () => {
    expect(runIn('en', [F2_EN, 'Medium-High']).state.facts.level).toBe('medium-high');
  });
});
