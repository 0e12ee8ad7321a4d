/**
 * FIX12B item 3 (QA37 A5, REV7 #2): a level word qualified by log/debug/logging/trace (「ログレベル」) is not the Communication
 * Security level; a level named before its keyword counts only when tied to TMS ("a bank with high security settings",
 * "Corporate high security level policy" are not TMS's level). EN and JA.
 */
import { runIn } from './helpers';

const P = 'TMS 15.2 shows No HTTPS response for our SX20 after upgrading it to CE 9.15';
const PJ = 'TMS 15.2でSX20をCE 9.15にアップグレードしたらNo HTTPS responseになりました';
const FULL = 'TMS 15.9, CE 9.15 shows No HTTPS response, SQL 2016 remote, Windows 2019.';

describe('r71: log level is not the security level', () => {
  it.each(['the log level is High in TMS tools', 'debug level is high in TMS tools', 'TMS log level is low in TMS tools'])('EN: %s', (msg) => {
    expect(runIn('en', [P, msg]).state.facts.level).toBeUndefined();
  });
  it.each(['TMS Toolsのログレベルはhighです', 'ログレベルはLowです'])('JA: %s', (msg) => {
    expect(runIn('ja', [PJ, msg]).state.facts.level).toBeUndefined();
  });
  it.each([
    ['en', P, 'security level is High', 'high'],
    ['ja', PJ, 'セキュリティレベルはHighです', 'high'],
  ] as const)('the security level is still read (%s)', (lang, first, msg, level) => {
    expect(runIn(lang, [first, msg]).state.facts.level).toBe(level);
  });

  it.each([`${FULL} This customer is a bank with high security settings`, `${FULL} Corporate high security level policy applies to all our servers`])(
    'no TMS level: %s',
    (msg) => {
      const r = runIn('en', [msg]);
      expect(r.state.facts.level).toBeUndefined();
    },
  );
  it.each([
    ['TMS 15.9 high security level, CE 9.15 shows No HTTPS response', 'high'],
    ['TMS 15.9 on the Low security setting, CE 9.15 No HTTPS response', 'low'],
  ] as const)('a TMS level named before its keyword is still read: %s', (msg, level) => {
    expect(runIn('en', [msg]).state.facts.level).toBe(level);
  });
});
