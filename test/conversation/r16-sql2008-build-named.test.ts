/**
 * SQL 2008 (not R2) and 2005 on the TMS server: the answers on the SQL update name the TLS 1.2 build of the user's release
 * (2008 SP4 10.0.6547.0; 2008 R2 SP3 10.50.6542.0), and none for 2005 (knowledge.md Caveats), not always "2008 R2 SP3".
 */
import { rendered, runIn } from './helpers';

const first = (lang: 'en' | 'ja', sql: string) =>
  lang === 'en' ? `TMS 15.2.1, CE 9.15, ${sql} local, Windows 2012 R2, level Medium` : `TMS 15.2.1、CE 9.15、${sql} はTMSサーバ上、Windows 2012 R2、レベルは Medium です`;
const QUESTIONS = {
  en: ['is KB3052404 installed?', 'KB3052404 is installed now', 'do we need to update SQL Server first?'],
  ja: ['KB3052404は入っていますか？', 'KB3052404を適用しました', '先にSQL Serverの更新が必要ですか？'],
};
const answer = (lang: 'en' | 'ja', sql: string, q: string) => {
  const r = runIn(lang, [first(lang, sql), q]);
  return rendered(r);
};

describe('SQL 2008 / 2005: the TLS 1.2 build of their own release', () => {
  for (const lang of ['en', 'ja'] as const) {
    it.each(QUESTIONS[lang])(`${lang} SQL 2008: names 10.0.6547.0, never the R2 build: %s`, (q) => {
      const out = answer(lang, 'SQL 2008', q);
      expect(out).toContain('10.0.6547.0');
      expect(out).not.toContain('10.50.6542.0');
    });
    it.each(QUESTIONS[lang])(`${lang} SQL 2005: names no build: %s`, (q) => {
      const out = answer(lang, 'SQL 2005', q);
      expect(out).not.toContain('10.50.6542.0');
      expect(out).not.toContain('10.0.6547.0');
    });
    it(`${lang} SQL 2008 R2 still names 10.50.6542.0`, () => {
      expect(answer(lang, 'SQL 2008 R2', QUESTIONS[lang][0])).toContain('10.50.6542.0');
    });
  }
});
