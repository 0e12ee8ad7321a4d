/**
 * QA round 9 #1 and #12: corrections in a thread.
 * #1 "X is not A but B" takes B with "Updated: A → B"; "X is not A" alone drops A and asks again.
 * #12 another person's different value without a correction word: one line says which value is used
 * and that the other was given too; with a correction word ("no", "not X", "actually") it is the
 * usual "Updated: A → B".
 */
import { findings, last, questions, rendered, talk } from './helpers';

const EN = 'TMS 15.2.1, Windows Server 2012 R2, SQL Server 2014 SP2 on the TMS server, endpoints CE 9.15.3, level Medium';
const JA = 'TMS 15.2.1、Windows Server 2012 R2、SQL Server 2014 SP2（TMS と同居）、端末は CE 9.15.3、レベルは Medium';

describe('#1 a value under a negation is never kept', () => {
  it.each([
    [EN, 'TMS is not 15.2.1 but 14.6.2', 'Updated: TMS 15.2.1 → TMS 14.6.2'],
    [EN, 'sorry, SQL is not 2014 SP2 but 2008 R2', 'Updated: SQL Server 2014 SP2 → SQL Server 2008 R2'],
    [EN, 'Windows is not 2012 R2 but 2008 R2', 'Updated: Windows Server 2012 R2 → Windows Server 2008 R2'],
    [EN, 'sorry, not SP2 but SP1', 'Updated: SQL Server 2014 SP2 → SQL Server 2014 SP1'],
    [EN, 'the level is not Medium but Medium-High', 'Updated: level Medium → level Medium-High'],
    [JA, 'SQL は 2014 SP2 ではなく SP1 でした', '更新：SQL Server 2014 SP2 → SQL Server 2014 SP1'],
    [JA, 'SP2 ではなく SP1 でした', '更新：SQL Server 2014 SP2 → SQL Server 2014 SP1'],
  ])('%s / %s', (first, correction, note) => {
    const out = rendered(last(talk(first, correction)));
    expect(out).toContain(note);
    expect(out).not.toMatch(/does not change my previous answer|前の回答は変わりません|Two values were given|値が 2 つ/);
  });

  it('TMS 14 after "not 15.2.1 but 14.6.2": the upgrade answer, not the in-place fix', () => {
    const r = last(talk(EN, 'TMS is not 15.2.1 but 14.6.2'));
    expect(findings(r)).toContain('tms-pre15-upgrade-or-downgrade');
    expect(findings(r)).not.toContain('tms-tools-medium-high');
  });

  it.each([
    [EN, 'TMS is not 15.2.1', 'need-tms-version', /not TMS 15\.2\.1: I no longer use that value/],
    [JA, 'TMS は 15.2.1 ではありません', 'need-tms-version', /TMS 15\.2\.1 ではないとのことなので/],
  ])('only a negation (%s / %s): the value goes and its question is asked again', (first, msg, code, said) => {
    const r = last(talk(first, msg));
    expect(r.state.facts.tms).toBeUndefined();
    expect(questions(r)).toContain(code);
    expect(rendered(r)).toMatch(said);
  });

  it('a negation of a value that is not the one known changes nothing', () => {
    const r = last(talk(EN, 'TMS is not 14.6'));
    expect(r.state.facts.tms?.semver).toBe('15.2.1');
  });
});

describe('#12 two people, two values', () => {
  it.each([
    ['Tom: TMS is 15.13', /Two values were given: TMS 15\.2\.1 earlier and TMS 15\.13 now\. I use TMS 15\.13/],
    ['Maria says the level is Medium-High', /Two values were given: level Medium earlier and level Medium-High now/],
  ])('no correction word (%s): which one is used, and that the other was given', (msg, line) => {
    const out = rendered(last(talk(EN, msg)));
    expect(out).toMatch(line);
    expect(out).not.toContain('Updated:');
  });

  it.each([
    ['Kenji: no Dave, I just checked TMS Tools, it says Medium-High', 'Updated: level Medium → level Medium-High'],
    ['ok, Tom says the level is Medium-High, not Medium, Maria looked at the wrong node', 'Updated: level Medium → level Medium-High'],
    ['actually TMS is 15.13', 'Updated: TMS 15.2.1 → TMS 15.13'],
    ['we upgraded TMS to 15.13', 'Updated: TMS 15.2.1 → TMS 15.13'],
    // the same person refining their own value: no "two values" line
    ['and the SQL is 2014 SP3?', 'Updated: SQL Server 2014 SP2 → SQL Server 2014 SP3'],
  ])('a correction or a change (%s): the usual change note', (msg, note) => {
    const out = rendered(last(talk(EN, msg)));
    expect(out).toContain(note);
    expect(out).not.toMatch(/Two values were given/);
  });

  it('JA: 佐藤です。TMS は 15.13 です → one line, then 「いや、15.2.1 です」 corrects back with 更新', () => {
    const [, second, third] = talk(JA, '佐藤です。TMS は 15.13 です', 'いや、15.2.1 です');
    expect(rendered(second)).toContain('値が 2 つ出ています（先に TMS 15.2.1、今回 TMS 15.13）。TMS 15.13 で進めます。');
    expect(rendered(third)).toContain('更新：TMS 15.13 → TMS 15.2.1');
  });
});
