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
    ['en', EN_ASK, 'Medium-High I think', 'medium-high'],
    ['en', EN_MED, 'we set Medium-High', 'medium-high'],
    ['en', EN_MED, 'I tried Medium-High and rebooted', 'medium-high'],
    ['ja', JA_ASK, 'Medium-High です', 'medium-high'],
    ['ja', JA_ASK, 'Medium-High になっています', 'medium-high'],
    ['ja', JA_MED, 'Medium-High にしました', 'medium-high'],
    ['ja', JA_MED, 'Medium-High にしてみました', 'medium-high'],
  ] as const)('near-miss, still read: %s %s / %s', (lang, root, msg, level) => {
    expect(thread(lang, [root, msg]).state.facts.level).toBe(level);
  });
});
