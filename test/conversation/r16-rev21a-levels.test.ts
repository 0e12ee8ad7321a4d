/**
 * REV21-a #3, #4, #5 and QA49 F15/F16: a level recorded although the message did not report it.
 * - Proposals and intentions ("I'd rather try Medium-High first", 「Medium-High にしてみます」) record nothing and get the proposal answer.
 * - One node's level ("tms01 is Medium-High but tms02 was not touched") is that node's only; the other node is named as left.
 * - A change that failed ("Medium-High didn't save", 「Medium-High に変更できませんでした」) records nothing and says to check TMS Tools.
 * - A question supposing the change ("after we set Medium-High and reboot, why would it still fail?") records nothing and is answered
 *   with what else must be right (Schannel Client keys, .NET strong crypto, the endpoint side).
 * Reports still record: "we set Medium-High", "it's Medium-High now", 「Medium-High にしてみました」.
 */
import { talk } from './helpers';
import type { TurnResult } from '../../src/conversation/types';

const EN = 'TMS 15.2, endpoints CE 9.15, SQL 2016 on a separate server, level Medium';
const JA = 'TMS 15.2、エンドポイントは CE 9.15、SQL 2016 は別サーバ、レベルは Medium';
const PAIR = 'TMS 15.2 redundant, two nodes tms01 and tms02. Endpoints CE 9.15, SQL 2016 on a separate server, level Medium';
const PAIR_JA = 'TMS 15.2 の冗長構成で、ノードは tms01 と tms02。エンドポイントは CE 9.15、SQL 2016 は別サーバ、レベルは Medium';

const shown = (r: TurnResult): string => JSON.stringify(r.replies);
function nothingRecorded(r: TurnResult): void {
  expect(r.state.facts.level).toBe('medium');
  expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
  expect(shown(r)).not.toMatch(/Noted as done|実施済みとして記録|level Medium → level Medium-High|レベル Medium → レベル Medium-High/);
}

describe('REV21-a #3: level proposals and intentions record nothing', () => {
  it.each([
    [EN, "I'd rather try Medium-High first"],
    [EN, "I'm thinking Medium-High"],
    [EN, 'perhaps Medium-High'],
    [EN, 'Maybe Medium-High.'],
    [EN, 'Medium-High next?'],
    [EN, 'we would prefer to go to Medium-High'],
    [JA, 'Medium-High にしてみます'],
    [JA, 'まず Medium-High を試したい'],
    [JA, 'Medium-High にしたい'],
  ])('%s → %s: the proposal answer, level unchanged', (setup, msg) => {
    const [, r] = talk(setup, msg);
    nothingRecorded(r);
    expect(shown(r)).toMatch(/I have not recorded the level as changed|レベルはまだ変更済みとして記録していません/);
  });

  it('「Medium-High にしようと思います」: an intention, nothing recorded', () => {
    const [, r] = talk(JA, 'Medium-High にしようと思います');
    nothingRecorded(r);
  });

  it.each([
    [EN, 'we set Medium-High'],
    [EN, "it's Medium-High now"],
    [EN, 'level is Medium-High'],
    [EN, 'we tried Medium-High'],
    [JA, 'Medium-High にしてみました'],
    [JA, 'Medium-High にしました'],
  ])('%s → %s: a report, still recorded', (setup, msg) => {
    const [, r] = talk(setup, msg);
    expect(r.state.facts.level).toBe('medium-high');
  });

  it('"maybe Medium" is still an unsure answer, not a proposal', () => {
    const [, r] = talk(EN, 'maybe Medium');
    expect(shown(r)).not.toMatch(/I have not recorded the level as changed/);
  });
});

describe('REV21-a #4, QA49 F15/F16: one node of a redundant TMS', () => {
  it.each([
    [PAIR, 'tms01 is Medium-High but tms02 was not touched', 'tms01', 'tms02'],
    [PAIR, 'set Medium-High on tms02 but not tms01', 'tms02', 'tms01'],
    [PAIR, 'done on tms01, tms02 not yet', 'tms01', 'tms02'],
    [PAIR, "tms01 is at Medium-High now, tms02 wasn't changed", 'tms01', 'tms02'],
    [PAIR, 'tms01 is Medium and tms02 is Medium-High', 'tms02', 'tms01'],
    [PAIR_JA, 'tms01 は Medium-High ですが、tms02 はまだです', 'tms01', 'tms02'],
  ])('%s → %s: %s only, %s left', (setup, msg, done, left) => {
    const [, r] = talk(setup, msg);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tmsNodesDone).toEqual([done]);
    expect(shown(r)).toContain(left);
    expect(shown(r)).toMatch(/still left|まだ残っています/);
  });

  it.each([
    [PAIR, 'is tms01 Medium-High?'],
    [PAIR, 'if tms01 is Medium-High, is tms02 needed?'],
  ])('%s → %s: a question, nothing recorded', (setup, msg) => {
    const [, r] = talk(setup, msg);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tmsNodesDone).toBeUndefined();
  });

  it('"both nodes are Medium-High": the whole TMS', () => {
    const [, r] = talk(PAIR, 'both nodes are Medium-High');
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tmsNodesDone).toBeUndefined();
  });
});

describe('REV21-a #5: a level change that failed records nothing', () => {
  it.each([
    [EN, "Medium-High didn't save"],
    [EN, 'setting Medium-High failed with an error'],
    [EN, "couldn't change it to Medium-High"],
    [EN, "Medium-High didn't save, what now?"],
    [PAIR, "Medium-High on tms01 didn't save"],
    [JA, 'Medium-High が保存できません'],
    [JA, 'Medium-High に変更できませんでした'],
  ])('%s → %s: nothing recorded; check TMS Tools after Save', (setup, msg) => {
    const [, r] = talk(setup, msg);
    nothingRecorded(r);
    expect(r.state.facts.tmsNodesDone).toBeUndefined();
    expect(shown(r)).toMatch(/did not save(?: on [a-z0-9]+)?, so I have not recorded it|保存されていないため、記録していません/);
    expect(shown(r)).toMatch(/Transport Layer Security Options/);
  });

  it('with other facts in the message: they are read, the failed level is not', () => {
    const [, r] = talk('TMS 15.2, endpoints CE 9.15, level Medium', "SQL 2016 on a separate server, Medium-High didn't save");
    expect(r.state.facts.sql).toBeDefined();
    expect(r.state.facts.level).toBe('medium');
  });

  it('after "we set Medium-High" was recorded: the level goes', () => {
    const [, , r] = talk(EN, 'we set Medium-High', 'setting Medium-High failed with an error');
    expect(r.state.facts.level).toBeUndefined();
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
  });

  it('a node noted done whose change did not save is no longer done', () => {
    const [, , r] = talk(PAIR, 'I set Medium-High and rebooted tms01', "Medium-High on tms01 didn't save");
    expect(r.state.facts.tmsNodesDone).toBeUndefined();
    expect(shown(r)).toContain('tms01');
  });

  it.each([
    [EN, "Medium-High didn't help", 'medium-high'],
    [EN, 'Medium-High saved fine', 'medium-high'],
    [EN, "what if Medium-High doesn't save?", 'medium'],
    [JA, 'Medium-High にしても接続できません', 'medium-high'],
    [JA, 'Medium-High に変更できなかったらどうなりますか？', 'medium'],
  ])('%s → %s: not read as a failed change (level %s)', (setup, msg, level) => {
    const [, r] = talk(setup, msg);
    expect(r.state.facts.level).toBe(level);
    expect(shown(r)).not.toMatch(/did not save(?: on [a-z0-9]+)?, so I have not recorded it|保存されていないため、記録していません/);
  });
});

describe('REV21-a #4: a question supposing the change records nothing and is answered', () => {
  it.each([
    [EN, 'after we set Medium-High and reboot, why would it still fail?'],
    [EN, 'if we set Medium-High and it still fails, what then?'],
    [EN, 'as soon as we set Medium-High and reboot, why would it still fail?'],
    [EN, "we'll set Medium-High and reboot, why would it still fail?"],
    [JA, 'Medium-High にして再起動した後でも失敗するとしたら、なぜですか？'],
  ])('%s → %s', (setup, msg) => {
    const [, r] = talk(setup, msg);
    nothingRecorded(r);
    const text = shown(r);
    expect(text).toMatch(/I have not recorded a level change|レベルの変更は記録していません/);
    expect(text).toMatch(/TLS 1\.2\\+Client/);
    expect(text).toContain('SchUseStrongCrypto');
    expect(text).toContain('MinimumTLSVersion');
  });

  it('TMS 14.6.2: no level recorded either', () => {
    const [, r] = talk('TMS 14.6.2, endpoints CE 9.15', 'after we set Medium-High and reboot, why would it still fail?');
    expect(r.state.facts.level).toBeUndefined();
  });

  it.each([
    [EN, 'we set Medium-High and rebooted, why is it still failing?', 'medium-high'],
    [EN, 'if we set Medium-High, will Telnet break?', 'medium'],
    [JA, 'Medium-High にして再起動しましたが、まだ失敗します。なぜですか？', 'medium-high'],
  ])('%s → %s: not this answer (level %s)', (setup, msg, level) => {
    const [, r] = talk(setup, msg);
    expect(r.state.facts.level).toBe(level);
    expect(shown(r)).not.toMatch(/I have not recorded a level change|レベルの変更は記録していません/);
  });
});
