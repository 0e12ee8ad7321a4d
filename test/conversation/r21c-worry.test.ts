/**
 * REV21-b #4: a worry about the change ("I'm worried SQL Server won't start after we disable TLS 1.0") records nothing
 * (no sqlDown, no TLS 1.0 off) and gets the SQL caveat; the reports it resembles still record the outage.
 */
import type { ConversationState, IncomingMessage, TurnResult } from '../../src/conversation/types';
import { freshState, step } from '../../src/conversation/engine';

const B = 'TMS 15.2, endpoints CE 9.15, SQL 2008 R2 on the TMS server, Windows 2012 R2, level Medium';
const B_JA = 'TMS 15.2、エンドポイント CE 9.15、SQL 2008 R2 は TMS サーバー上、Windows 2012 R2、レベル Medium';

/** The setup said to the bot, then `line` as the Slack thread sends it (unaddressed; othersMentioned when it opens with @). */
function run(lang: 'en' | 'ja', setup: string, line: string, shared: boolean): { before: ConversationState; r: TurnResult } {
  const before = step(freshState(lang), { kind: 'text', text: setup }).state;
  const msg: IncomingMessage = shared
    ? { kind: 'text', text: line, keepLang: true, unaddressed: true, ...(line.startsWith('@') ? { othersMentioned: true } : {}) }
    : { kind: 'text', text: line };
  return { before, r: step(before, msg) };
}
const shown = (r: TurnResult): string => JSON.stringify(r.replies);

describe('REV21-b #4: a worry about the change records nothing and gets the caveat', () => {
  it.each([
    ['en', "I'm worried SQL Server won't start after we disable TLS 1.0"],
    ['en', "I'm afraid that disabling TLS 1.0 will break SQL"],
    ['en', "I'm worried about SQL once we turn off TLS 1.0"],
    ['ja', 'TLS 1.0 を無効にしてから SQL Server が起動しなくなるか心配です'],
  ] as Array<['en' | 'ja', string]>)('%s %s', (lang, line) => {
    const { before, r } = run(lang, lang === 'ja' ? B_JA : B, line, false);
    expect(r.state.facts).toEqual(before.facts);
    expect(shown(r)).toMatch(/Does SQL Server stop if TLS 1.0 is turned off\?|TLS 1.0 を無効にすると SQL Server は止まるか/);
  });
  it.each([
    ['en', "SQL Server won't start since we disabled TLS 1.0"],
    ['en', "I'm worried because SQL Server won't start since we disabled TLS 1.0"],
    ['en', "I'm worried, SQL won't start after we disabled TLS 1.0"],
    ['ja', 'TLS 1.0 を無効にしてから SQL Server が起動しません'],
  ] as Array<['en' | 'ja', string]>)('%s %s: a report, still recorded', (lang, line) => {
    const { r } = run(lang, lang === 'ja' ? B_JA : B, line, false);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
    expect(r.state.facts.tlsClaims?.tls10).toBe('off');
  });
});
