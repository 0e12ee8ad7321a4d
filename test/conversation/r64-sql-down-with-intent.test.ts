/**
 * FIX9 1: a SQL outage reported in a message the intent reader also takes ("…but it's still not fixed", 「…まだ直りません」)
 * is stored, and it leads the answer: the still-failing checks alone would drop it (saysSqlDown reads it as down).
 */
import { rendered, runIn } from './helpers';

const OPEN_EN = 'TMS 15.2.1 on Windows 2012 R2, No HTTPS response after CE 9.15 upgrade';
const OPEN_JA = 'TMS 15.2.1、Windows Server 2016です。TC7.3.6にアップグレードしたエンドポイントが No HTTPS response になります';
// (A warning, or a section of its own when SQL Server with TLS 1.2 support is on the TMS server: answers-misc F.)
const SQL_LEAD_EN = /⚠ SQL Server does not start|^SQL Server does not start$/m;
const SQL_LEAD_JA = /⚠ SQL Server が起動しません|^SQL Server が起動しません$/m;

describe('a SQL outage said with "still not fixed"', () => {
  it.each(['SQLが起動しなかったが、まだ直りません', 'SQLが起動しなかったが、再起動してもまだ直っていません'])('ja: %s', (msg) => {
    for (const setup of [[OPEN_JA], [OPEN_JA, 'SQL Server 2016 で TMS サーバ上にあります']]) {
      const r = runIn('ja', [...setup, msg]);
      expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
      expect(rendered(r)).toMatch(SQL_LEAD_JA);
    }
  });

  it.each(["SQL didn't start and it's still not fixed", "SQL didn't start, still failing"])('en: %s', (msg) => {
    for (const setup of [[OPEN_EN], [OPEN_EN, 'SQL Server 2016 on the TMS server']]) {
      const r = runIn('en', [...setup, msg]);
      expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
      expect(rendered(r)).toMatch(SQL_LEAD_EN);
    }
  });

  it.each([
    ['en', OPEN_EN, 'still not fixed'],
    ['en', OPEN_EN, 'SQL is running fine, still failing though'],
    ['ja', OPEN_JA, 'まだ直りません'],
    ['ja', OPEN_JA, 'SQLは動いていますが、まだ直りません'],
  ] as const)('%s: no outage in "%s"', (lang, open, msg) => {
    const r = runIn(lang, [open, msg]);
    expect(r.state.facts.tlsClaims?.sqlDown).not.toBe(true);
    expect(rendered(r)).not.toMatch(lang === 'en' ? SQL_LEAD_EN : SQL_LEAD_JA);
  });
});
