/**
 * QA51 #11: a Japanese outage report with the event text pasted in it gets a Japanese answer after a versions-only (English)
 * first turn; a pasted event record alone keeps the conversation's language.
 */
import { talk, last } from './helpers';

const SETUP = 'TMS 15.13 Win2012R2 SQL 2008 R2 local CE9.15';

describe('QA51 #11: the user\'s Japanese beside a pasted event text', () => {
  it.each([
    'SQL Server が起動しません。イベント 26011: 暗号化を初期化できませんでした。',
    'SQL Server が起動しません。イベント 26011: セキュリティ ライブラリに問題があります。',
    'SQL Server が起動しません。Event 26011: unable to initialize encryption because of a problem with a security library',
  ])('%s → ja', (msg) => {
    const r = last(talk(SETUP, msg));
    expect(r.state.lang).toBe('ja');
    expect(r.replies[0].lang).toBe('ja');
  });

  it.each([
    'イベント 26011: 暗号化を初期化できませんでした。',
    'セキュリティ ライブラリに問題があるため、暗号化を初期化できませんでした。',
    'SQL Server (MSSQLSERVER) サービスは 停止 状態に移行しました。',
    'SQL Server (SQLTMS) サービスを開始できませんでした。',
  ])('the event text alone keeps English: %s', (msg) => {
    expect(last(talk(SETUP, msg)).state.lang).toBe('en');
  });
});
