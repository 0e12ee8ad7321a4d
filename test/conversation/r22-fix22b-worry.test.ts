/**
 * FIX22B (REV22 #2): a worry records nothing only when what it fears is ahead (a TLS change to come, or a restart with a
 * time ahead) AND nothing in it says SQL is already down. "SQL Server is down and I'm worried it won't come back when we
 * reboot", 「SQL Server が起動しなくなったので、…心配です」 are
 * SQL-down reports ("I'm worried: SQL Server won't start when we restart it" was one; REV24 #10 reads it as a worry): sqlDown and the "get it running first" answer, as before the worry reader.
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

describe('REV22 #2: SQL down now, said with a worry, is the SQL-down report', () => {
  it.each([
    ['en', "SQL Server is down and I'm worried it won't come back when we reboot"],
    ['en', "I'm concerned SQL Server is not starting when I restart the service"],
    ['en', "SQL Server isn't running and I'm afraid it won't start after we disable TLS 1.0 again"],
    ['ja', 'SQL Server が起動しなくなったので、ほかのサービスも止まるか心配です'],
    ['ja', 'SQL Server が止まっていて、再起動しても戻らないか心配です'],
  ] as Array<['en' | 'ja', string]>)('%s %j: sqlDown recorded, SQL first', (lang, line) => {
    const { r } = run(lang, line);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
    expect(rendered(r)).toMatch(/SQL Server does not start|SQL Server が起動しない/);
  });

  it.each([
    ['en', "I'm worried SQL Server won't start after we disable TLS 1.0"],
    ['en', "I'm worried SQL won't come back when we reboot tonight after the change"],
    ['en', "I'm afraid SQL will not start when we restart it after disabling TLS 1.0"],
    ['en', "I'm worried SQL might not start when we reboot tomorrow"],
    ['ja', 'TLS 1.0 を無効にしてから SQL Server が起動しなくなるか心配です'],
    ['ja', 'TLS 1.0 を無効にする予定なので、SQL Server が起動しなくなるか心配です'],
    ['ja', '再起動したら SQL Server が起動しなくなるのではないかと不安です'],
    ['ja', 'TLS 1.0 を無効にしたら SQL が止まってしまうか心配です'],
    ['en', "I'm worried SQL doesn't start after we disable TLS 1.0"],
    // (REV24 #10 reverses REV22 #2 here: after "I'm worried:" what follows is what is feared, not SQL down now; record less.)
    ['en', "I'm worried: SQL Server won't start when we restart it"],
  ] as Array<['en' | 'ja', string]>)('%s %j: a worry, nothing down', (lang, line) => {
    const { before, r } = run(lang, line);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(before.facts.tlsClaims?.sqlDown);
    expect(r.state.facts.tlsClaims?.sqlDown).not.toBe(true);
  });

  it.each([
    ['SQL Server is down and I am worried it will not come back when we reboot', false],
    ['I am worried SQL Server will not start when we reboot next week', true],
    ['I am worried SQL Server is not starting when we restart it', false],
    ['I am worried SQL Server won\'t start when we restart it', true], // a reboot ahead, feared (REV23 #1)
  ] as Array<[string, boolean]>)('worriedAhead(%j) = %s', (s, want) => expect(worriedAhead(s)).toBe(want));
});
