/**
 * FIX23B (REV23 #1, #5, #6): record less.
 * A worry records nothing unless SQL Server's own clause says it is down now: "already" said of TMS, a backup made, SQL down
 * last time (前回), 「起動しない状態になるか」 are no outage. "All fixed?" closes only when the report says all work and nothing
 * else: not with a problem beside it, a place or a lab, a time ahead or "seems" / 「ようです」.
 */
import type { ConversationState, TurnResult } from '../../src/conversation/types';
import { freshState, step } from '../../src/conversation/engine';
import { worriedAhead } from '../../src/domain/understand/worry';
import { rendered } from './helpers';

const B = 'TMS 15.13, endpoints CE 9.15, SQL 2008 R2 on the TMS server, Windows 2012 R2, level Medium';
const B_JA = 'TMS 15.13、エンドポイント CE 9.15、SQL 2008 R2 は TMS サーバー上、Windows 2012 R2、レベル Medium';

function run(lang: 'en' | 'ja', line: string): { before: ConversationState; r: TurnResult } {
  const before = step(freshState(lang), { kind: 'text', text: lang === 'ja' ? B_JA : B }).state;
  return { before, r: step(before, { kind: 'text', text: line }) };
}

describe('REV23 #1, #6: a worry records nothing unless SQL is said down now', () => {
  it.each([
    ['en', "TMS is already on 15.13; I'm worried SQL won't start after we disable TLS 1.0", true],
    ['en', "we already have a backup, but I'm worried SQL won't start after we disable TLS 1.0", true],
    ['en', "I'm worried SQL Server won't start when we reboot", false],
    ['ja', '前回は SQL Server が止まってしまったので、今回も TLS 1.0 を無効にしたら止まるか心配です', false],
    ['ja', 'TLS 1.0 を無効にしたら SQL Server が起動しない状態になるか心配です', true],
    ['ja', 'すでに TMS は 15.13 ですが、TLS 1.0 を無効にしたら SQL Server が起動しなくなるか心配です', true],
  ] as Array<['en' | 'ja', string, boolean]>)('%s %j: nothing recorded', (lang, line, risk) => {
    const { before, r } = run(lang, line);
    expect(r.state.facts.tlsClaims?.sqlDown).not.toBe(true);
    expect(r.state.facts.tlsClaims?.tls10).toBe(before.facts.tlsClaims?.tls10);
    expect(rendered(r)).not.toMatch(/SQL Server does not start: get it running|SQL Server が起動しない場合/);
    if (risk) expect(rendered(r)).toMatch(/Does SQL Server stop if TLS 1.0 is turned off|TLS 1.0 を無効にすると SQL Server は止まるか/);
  });

  it.each([
    ['en', 'SQL Server is already down and I am worried it will not come back when we reboot'],
    ['en', "we already have a backup, SQL Server is down now and I'm worried it won't start after we disable TLS 1.0 again"],
    ['ja', 'SQL Server はすでに止まっていて、TLS 1.0 を無効にしたら戻らないか心配です'],
    ['ja', '前回は問題なかったのですが、SQL Server が起動しなくなったので、ほかも止まるか心配です'],
  ] as Array<['en' | 'ja', string]>)('%s %j: SQL down now is still the report', (lang, line) => {
    const { r } = run(lang, line);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
  });

  it.each([
    ["I'm worried SQL Server won't start when we reboot", true],
    ["I'm worried: SQL Server won't start when we restart it", false],
    ['TMS is already on 15.13; I am worried SQL will not start after we disable TLS 1.0', true],
    ['SQL is already down; I am worried it will not start after we disable TLS 1.0', false],
  ] as Array<[string, boolean]>)('worriedAhead(%j) = %s', (s, want) => expect(worriedAhead(s)).toBe(want));
});
