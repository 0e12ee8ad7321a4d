/**
 * tmsDatabaseVersionIn (ticket-fields.ts): a pasted TMS About page's "Database version" line is TMS's own schema, not
 * SQL Server's release. Pinned on both answers, as it is now computed without rewriting the text (aboutPage()).
 */
import { aboutPage, tmsDatabaseVersionIn } from '../../src/domain/understand/ticket-fields';

describe('a TMS Database version line', () => {
  it.each([
    ['an About page (Software Version line): any release', 'Software Version: 15.13.6\nDatabase version: 15.13.6'],
    ['an About page (TMS named), even an x.0 release', 'Cisco TMS About\nDatabase version: 15.0'],
    ['in Japanese', 'ソフトウェア バージョン: 15.13.6\nデータベース バージョン: 15.13.6'],
    ['no About page, but a release that is no SQL build', 'Database version: 15.13.6'],
    ['the second of two lines', 'Database version: 13.0\nDB version: 14.7'],
  ])('is read: %s', (_what, text) => {
    expect(tmsDatabaseVersionIn(text)).toBe(true);
    expect(aboutPage(text)).not.toBe(text);
  });

  it.each([
    ['an SQL build (x.0) outside an About page', 'Database version: 13.0.5026'],
    ['another SQL build, two lines', 'DB version: 15.0.2000\ndatabase version: 12.0'],
    ['an About page without a Database version line', 'Software Version: 15.13.6'],
    ['a Database version said inside a sentence', 'TMS 15.13, the database version: 15.13 is fine'],
    ['no version word at all', 'TMS 15.13 and SQL 2012'],
  ])('is not read: %s', (_what, text) => {
    expect(tmsDatabaseVersionIn(text)).toBe(false);
  });
});
