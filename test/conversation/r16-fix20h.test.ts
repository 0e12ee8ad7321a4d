/**
 * FIX20H (QA49 F3, F16, F15).
 * F3: a level proposed or asked — "let's try Medium-High", 「Medium-High にしてみましょうか？」「Medium-High でいいですか？」
 * 「Medium-High にしてみる？」, "maybe set it to Medium-High and see?" — was recorded as the level set (with the level question
 * open, or over a known Medium), and the Medium-High step left the plan. It is answered (yes, with what comes first) and records
 * nothing. Near-misses: the real answers ("Medium-High", 「Medium-High です」) and reports ("we set Medium-High") still record it.
 * F16/F15: "I set Medium-High and rebooted tms01", "Medium-High done on tms01", 「tms01 は Medium-High にして再起動しました」,
 * "done on tms01, tms02 not yet" on a TMS known as the two nodes tms01 and tms02 marked the whole TMS done; now that node only,
 * tms02 named as left, the steps kept until the last node is reported.
 */
import { freshState, step } from '../../src/conversation/engine';
import type { ConversationState, TurnResult } from '../../src/conversation/types';
import { diagnoseState } from '../../src/conversation/compose';
import { rendered } from './helpers';

/** A thread: the root mention, then lines without a mention (the Slack adapter's flags), or a DM (no flags). */
function thread(lang: 'en' | 'ja', msgs: readonly string[], unaddressed = true): TurnResult {
  let state: ConversationState = freshState(lang);
  let r: TurnResult | undefined;
  msgs.forEach((text, i) => {
    r = step(state, { kind: 'text', text, ...(i > 0 && unaddressed ? { keepLang: true, unaddressed: true } : i === 0 && unaddressed ? { keepLang: true } : {}) });
    state = r.state;
  });
  return r!;
}
const levelStepKept = (r: TurnResult) => diagnoseState(r.state).findings.some((f) => f.code === 'tms-tools-medium-high');

const EN_MED = 'TMS 15.2, RoomOS 11.9, SQL 2016 remote, level is Medium, No HTTPS response';
const EN_ASK = 'TMS 15.2, RoomOS 11.9, Windows 2012 R2, SQL 2016 remote, No HTTPS response';
const JA_MED = 'TMS 15.2、RoomOS 11.9、SQL 2016 は別サーバ、レベルは Medium で No HTTPS response です';
const JA_ASK = 'TMS 15.2、RoomOS 11.9、Windows 2012 R2、SQL 2016 は別サーバで No HTTPS response です';

describe('F3: a level proposed or asked records no level; the Medium-High step stays', () => {
  const en = ["let's try Medium-High", 'maybe set it to Medium-High and see?', 'lets just go to Medium-High', 'how about we switch to Medium-High', 'try Medium-High', 'Medium-High にしてみましょうか？', 'Medium-High でいいですか？', 'Medium-High にしてみる？'];
  const ja = ['Medium-High にしてみましょうか？', 'Medium-High でいいですか？', 'Medium-High にしてみる？', 'Medium-High にしましょう', 'Medium-High で大丈夫ですか？', "let's try Medium-High"];
  it.each(en)('EN thread: %s', (msg) => {
    for (const [root, level] of [[EN_MED, 'medium'], [EN_ASK, undefined]] as const) {
      for (const flags of [true, false]) {
        const r = thread('en', [root, msg], flags);
        expect(r.state.facts.level).toBe(level);
        expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
        expect(levelStepKept(r)).toBe(true);
        const text = rendered(r);
        // (A DM switches to the message's language; a thread line keeps the thread's.)
        expect(text).toMatch(/Yes: Medium-High is the change|はい。Medium-High は/);
        expect(text).toMatch(/not recorded the level as changed|変更済みとして記録していません/);
        if (flags) expect(text).toMatch(/Yes: Medium-High is the change/);
      }
    }
  });
  it.each(ja)('JA thread: %s', (msg) => {
    for (const [root, level] of [[JA_MED, 'medium'], [JA_ASK, undefined]] as const) {
      const r = thread('ja', [root, msg]);
      expect(r.state.facts.level).toBe(level);
      expect(levelStepKept(r)).toBe(true);
      expect(rendered(r)).toMatch(/はい。Medium-High は/);
      expect(rendered(r)).toMatch(/変更済みとして記録していません/);
    }
  });
  it('the answer names what comes first: the SQL Server update (QA49 s7)', () => {
    const r = thread('ja', ['TMS 15.2、端末は Room Kit で RoomOS 11.9、Windows 2012 R2、SQL 2012 SP2 (11.0.5058) が TMS と同じサーバです', 'Medium-High にしてみましょうか？']);
    expect(r.state.facts.level).toBeUndefined();
    expect(rendered(r)).toMatch(/その前に[^]*KB3052404/);
    const e = thread('en', ['TMS 15.2, Room Kit on RoomOS 11.9, Windows 2012 R2, SQL 2012 SP2 11.0.5058 on the TMS server, level Medium', "let's try Medium-High"]);
    expect(e.state.facts.level).toBe('medium');
    expect(rendered(e)).toMatch(/Before it, in this order: [^]*KB3052404/);
  });
  it('High proposed: not recorded, and no "yes" for a level this fix does not call for', () => {
    const r = thread('en', [EN_MED, "let's try High"]);
    expect(r.state.facts.level).toBe('medium');
    expect(rendered(r)).not.toMatch(/Yes: Medium-High/);
  });
  it.each([
    ['en', EN_ASK, 'Medium-High', 'medium-high'],
    ['en', EN_ASK, "it's Medium-High", 'medium-high'],
    ['en', EN_MED, 'we set Medium-High', 'medium-high'],
    ['en', EN_MED, 'I tried Medium-High and rebooted', 'medium-high'],
    ['ja', JA_ASK, 'Medium-High です', 'medium-high'],
    ['ja', JA_ASK, 'Medium-High になっています', 'medium-high'],
    ['ja', JA_MED, 'Medium-High にしました', 'medium-high'],
    ['ja', JA_MED, 'Medium-High にしてみました', 'medium-high'],
  ] as const)('near-miss, still read: %s %s / %s', (lang, root, msg, level) => {
    expect(thread(lang, [root, msg]).state.facts.level).toBe(level);
  });
  it('"Medium-High I think": a guess, not recorded (FIX61C, QA61 #1)', () => {
    expect(thread('en', [EN_ASK, 'Medium-High I think']).state.facts.level).toBeUndefined();
  });
});

const EN_PAIR = 'TMS 15.2 redundant, two nodes tms01 and tms02, RoomOS 11.9, Windows 2019, SQL 2016 remote, level Medium, No HTTPS response';
const JA_PAIR = 'TMS 15.2 の冗長構成で、tms01 と tms02 の2ノードです。RoomOS 11.9、Windows 2019、SQL 2016 は別サーバ、レベルは Medium、No HTTPS response です';

describe('F16/F15: a step reported on one named node of a known pair is that node only', () => {
  it('reads the nodes named with the pair', () => {
    expect(thread('en', [EN_PAIR]).state.facts.tmsNodes).toEqual(['tms01', 'tms02']);
    expect(thread('ja', [JA_PAIR]).state.facts.tmsNodes).toEqual(['tms01', 'tms02']);
    expect(thread('en', ['TMS 15.2 on tms01, RoomOS 11.9, level Medium']).state.facts.tmsNodes).toBeUndefined();
  });
  it.each(['I set Medium-High and rebooted tms01', 'Medium-High done on tms01', 'tms01 は Medium-High にして再起動しました', 'done on tms01, tms02 not yet'])('EN: %s', (msg) => {
    const r = thread('en', [EN_PAIR, msg]);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
    expect(r.state.facts.tmsNodesDone).toEqual(['tms01']);
    expect(levelStepKept(r)).toBe(true);
    const text = rendered(r);
    expect(text).toMatch(/Noted for tms01 only/);
    expect(text).toMatch(/tms02 is still left/);
    expect(text).not.toMatch(/Noted as done/);
  });
  it.each(['tms01 は Medium-High にして再起動しました', 'tms01 は完了、tms02 はまだです', 'Medium-High done on tms01'])('JA: %s', (msg) => {
    const r = thread('ja', [JA_PAIR, msg]);
    expect(r.state.facts.level).toBe('medium');
    expect(levelStepKept(r)).toBe(true);
    expect(rendered(r)).toMatch(/tms01 の分だけとして記録/);
    expect(rendered(r)).toMatch(/tms02 はまだ残っています/);
  });
  it('the last node reported: the whole TMS is done', () => {
    const en = thread('en', [EN_PAIR, 'I set Medium-High and rebooted tms01', 'Medium-High set on tms02 too, rebooted it']);
    expect(en.state.facts.level).toBe('medium-high');
    expect(rendered(en)).toMatch(/Noted as done/);
    const ja = thread('ja', [JA_PAIR, 'tms01 は Medium-High にして再起動しました', 'tms02 も Medium-High にして再起動しました']);
    expect(ja.state.facts.level).toBe('medium-high');
  });
  it.each([
    ['we set Medium-High on both nodes and rebooted', 'medium-high'],
    ['will set Medium-High on tms01 tonight', 'medium'],
    ['should I set Medium-High on tms01 first?', 'medium'],
  ] as const)('near-miss: %s', (msg, level) => {
    const r = thread('en', [EN_PAIR, msg]);
    expect(r.state.facts.level).toBe(level);
    expect(rendered(r)).not.toMatch(/Noted for tms01 only/);
  });
  it('no pair known: a host name alone is the TMS (unchanged)', () => {
    const r = thread('en', ['TMS 15.2 on tms01, RoomOS 11.9, Windows 2019, SQL 2016 remote, level Medium, No HTTPS response', 'I set Medium-High and rebooted tms01']);
    expect(r.state.facts.level).toBe('medium-high');
  });
});
