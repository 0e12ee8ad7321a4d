/**
 * FIX20A #1, #2: steps reported done that were not read.
 * 1. "I set Medium-High and rebooted, why is it still failing?" (the "why" joined by a comma, 「…しましたが、なぜ…ですか？」) recorded no
 *    level where one was known: the level and the restart are recorded, and the still-failing answer follows.
 * 2. "We should be fine: set Medium-High, created the keys and rebooted": the confident lead's "should" made it no report.
 */
import { rendered, runIn } from './helpers';

const EN = 'TMS 15.2.1, SQL 2016 on the TMS server, CE 9.15, Windows 2016';
const EN_MED = `${EN}, level is Medium`;
const JA = 'TMS 15.2.1、SQL 2016 は TMS サーバー上、CE 9.15、Windows 2016';
const JA_MED = `${JA}、レベルは Medium`;

describe('#1 a report, then "why is it still failing?" joined by a comma', () => {
  it.each([EN, EN_MED])('EN after %s', (first) => {
    const r = runIn('en', [first, 'I set Medium-High and rebooted, why is it still failing?']);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
    // Still failing: the level is where the checks start, not a step in progress.
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
    const text = rendered(r);
    expect(text).toMatch(/Noted as done: Communication Security is Medium-High/);
    expect(text).toMatch(/Sorry it still fails/);
    expect(text).toMatch(/If TLS 1\.2 is offered and it still fails/);
  });
  it.each([JA, JA_MED])('JA after %s', (first) => {
    const r = runIn('ja', [first, 'Medium-High にして再起動しましたが、なぜまだ失敗するのですか？']);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
    const text = rendered(r);
    expect(text).toMatch(/実施済みとして記録しました/);
    expect(text).toMatch(/解決せず申し訳ありません/);
  });
});

describe('#2 a confident lead before the report', () => {
  it.each([EN, EN_MED])('after %s', (first) => {
    const r = runIn('en', [first, 'We should be fine: set Medium-High, created the keys and rebooted']);
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
    expect(rendered(r)).toMatch(/Noted as done: the TLS 1\.2 keys are checked; Communication Security is Medium-High/);
  });
  it.each(['We should be fine if we set Medium-High and reboot', 'We should be fine: we will set Medium-High and reboot tonight'])('no report: %s', (msg) => {
    const r = runIn('en', [EN_MED, msg]);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
  });
});

