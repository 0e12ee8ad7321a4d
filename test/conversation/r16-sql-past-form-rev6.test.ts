/**
 * FIX8 (REV6 #5): the Japanese past form 「SQLが起動しなかった」 read as an outage, with the shapes review found it is not one
 * now: solved since (「解決しました」「TLS 1.0を戻して解決しました」), another occasion (「2年前」「3ヶ月前」; days or weeks ago may be an outage that began then and still lasts), or
 * no outage of this TMS (「…という報告がありました」「…原因を知りたい」「テスト環境で…」). Only these shapes; the rest stays an outage.
 */
import { saysSqlDown } from '../../src/domain/understand/sql-down';
import { runIn } from './helpers';

const PJ = 'TMS 15.2.1、Windows Server 2016です。TC7.3.6にアップグレードしたエンドポイントが No HTTPS response になります';
const sqlDown = (msg: string) => runIn('ja', [PJ, msg]).state.facts.tlsClaims?.sqlDown;

describe('REV6 #5: the past form that is no outage now', () => {
  it.each([
    'SQLが起動しなかったが、TLS 1.0を戻して解決しました',
    'SQLが起動しなかったけど解決しました',
    '2年前にSQLが起動しなかったのでディスクを交換しました',
    '3ヶ月前、SQLが起動しなかった',
    '3か月前にSQLが起動しなかった',
    'SQLが起動しなかったという報告がありました',
    'SQLが起動しなかった原因を知りたい',
    'テスト環境でSQLが起動しなかった',
  ])('not down: %s', (msg) => {
    expect(sqlDown(msg)).not.toBe(true);
  });

  it.each([
    'SQLが起動しなかったが、まだ解決していません',
    'SQLが起動しなかった。解決しましたか？',
    'SQLが起動しません。テスト環境では動いています',
    'SQLが起動しなかった',
    '再起動後にSQL Serverが起動しなかったです',
    '2日前にSQLが起動しなかった',
    '1週間前の再起動後にSQLが起動しなかった',
  ])('still read as down: %s', (msg) => {
    expect(saysSqlDown(msg)).toBe(true);
  });
});
