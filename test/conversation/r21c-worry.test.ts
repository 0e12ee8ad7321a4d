/**
 * REV21-b #4: a worry about the change ("I'm worried SQL Server won't start after we disable TLS 1.0") records nothing
 * (no sqlDown, no TLS 1.0 off) and gets the SQL caveat; the reports it resembles still record the outage.
 */
import type { TurnResult } from '../../src/conversation/types';
import { SQL2008R2_LOCAL, setupThenLine } from './helpers';

const B = SQL2008R2_LOCAL.en;
const B_JA = SQL2008R2_LOCAL.ja;

const run = setupThenLine;
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
