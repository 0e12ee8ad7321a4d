/**
 * REV22 #3: 切る / 止める are a TLS plan (or a request) only with the protocols right before を (「来週 TLS 1.0 を切ります」
 * 「田中さん、TLS 1.0 を切ってください」); a ticket, a case, a service or a connection named after TLS 1.0, and 「…つもりはない
 * です」「…予定はないです」 (negations), get no hardening warning.
 */
import type { ConversationState, IncomingMessage, TurnResult } from '../../src/conversation/types';
import { freshState, step } from '../../src/conversation/engine';

const B_JA = 'TMS 15.2、エンドポイント CE 9.15、SQL 2008 R2 は TMS サーバー上、Windows 2012 R2、レベル Medium';
const SAFE_JA = 'TMS 15.2、エンドポイント CE 9.15、SQL 2016 は別サーバー、Windows 2012 R2、レベル Medium';
const WARN = /実施しないでください|Please don't/;
const NOTED = /記録しません|not recorded as done/;

/** `toOthers`: as the Slack listener sends a thread line opening with a colleague's mention or name. */
function run(setup: string, line: string, mode: 'dm' | 'toOthers'): { before: ConversationState; r: TurnResult } {
  const before = step(freshState('ja'), { kind: 'text', text: setup }).state;
  const msg: IncomingMessage = mode === 'dm' ? { kind: 'text', text: line } : { kind: 'text', text: line, keepLang: true, unaddressed: true, othersMentioned: true, toOthers: true };
  return { before, r: step(before, msg) };
}
const shown = (r: TurnResult) => JSON.stringify(r.replies);

describe('REV22 #3: JA 切る / 止める', () => {
  it.each([
    'TLS 1.0 を切るつもりはないです',
    'TLS 1.0 を切る予定はないです',
    'TLS 1.0 の件でチケットを切ります',
    'TLS 1.0 の件、TAC にケースを切ります',
    'TLS 1.0 の検証のため、一度サービスを止めます',
    'TLS 1.0 の設定変更のため、SQL を止めます',
    'TLS 1.0 の設定変更のため、SQL を停止します',
    'TLS 1.0 で接続を切ります',
    'TLS 1.0 を無効にするつもりはないです',
  ])('%s: no hardening plan, no warning (SQL 2008 R2 on the TMS server)', (line) => {
    const { r } = run(B_JA, line, 'dm');
    expect(r.route).not.toBe('hardening-plan');
    expect(shown(r)).not.toMatch(WARN);
    expect(shown(r)).not.toMatch(NOTED);
  });
  it('「TLS 1.0 の件でチケットを切ります」 with SQL 2016 remote: no hardening answer', () => {
    const { r } = run(SAFE_JA, 'TLS 1.0 の件でチケットを切ります', 'dm');
    expect(r.route).not.toBe('hardening-plan');
    expect(shown(r)).not.toMatch(/今回の修正には含まれません/);
  });
  it.each(['田中さん、TLS 1.0 の件でチケットを切ってください', '田中さん、TLS 1.0 の確認のため SQL を止めてください'])('%s: silent in a shared thread', (line) => {
    const { before, r } = run(B_JA, line, 'toOthers');
    expect(r.route).toBe('chatter');
    expect(r.replies).toEqual([]);
    expect(r.state.facts).toEqual(before.facts);
  });
  it.each(['来週 TLS 1.0 を切ります', '監査対応で TLS 1.0 を止める予定です', 'TLS 1.0 と SSL 3.0 を切ります', 'TLS1.0を今夜止めます', 'TLS 1.0 と SSL 3.0 をついでに無効にしておきます'])(
    '%s: still a plan, warned, nothing recorded',
    (line) => {
      const { before, r } = run(B_JA, line, 'dm');
      expect(r.route).toBe('hardening-plan');
      expect(shown(r)).toMatch(WARN);
      expect(r.state.facts).toEqual(before.facts);
    },
  );
  it.each(['田中さん、TLS 1.0 を切ってください', '田中さん、TLS 1.0 と SSL 3.0 を止めてください'])('%s: still warned in a shared thread', (line) => {
    const { before, r } = run(B_JA, line, 'toOthers');
    expect(r.route).toBe('hardening-plan');
    expect(shown(r)).toMatch(WARN);
    expect(r.state.facts).toEqual(before.facts);
  });
});

describe('REV22 #3: hits beside the negation and the object', () => {
  it.each(['SSL 3.0/TLS 1.0 を切ります', 'TLS 1.0 を切るつもりです'])('%s: a plan, warned', (line) => {
    const { before, r } = run(B_JA, line, 'dm');
    expect(r.route).toBe('hardening-plan');
    expect(shown(r)).toMatch(WARN);
    expect(r.state.facts).toEqual(before.facts);
  });
});
