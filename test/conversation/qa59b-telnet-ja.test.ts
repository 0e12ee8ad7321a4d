/**
 * QA59 #10: the Telnet security violation told in Japanese (「Telnet 通信は許可されていません というセキュリティ違反が出ます」) is
 * recognised as the English message is: it appears once the level is Medium-High or above (knowledge.md §Caveats), so with
 * "Medium" said the answer flags the conflict and asks which level is set. Denied or worried-about forms are not read.
 */
import { runText } from './helpers';

const BASE = 'TMS 15.13 (Medium)、Windows 2019、SQL 2019 は別サーバーです。SX80 を ce9.15.3 に上げたら TMS で';

describe('QA59 #10: JA Telnet security violation', () => {
  it.each([
    `${BASE} Telnet 通信は許可されていません というセキュリティ違反が出ます`,
    `${BASE}「Telnet 通信は許可されていません」と表示されます`,
    `${BASE} Telnet のセキュリティ違反が出ています`,
  ])('%j flags the level conflict, as the English message does', (msg) => {
    const { text } = runText('ja', [msg]);
    expect(text).toMatch(/Telnet のメッセージとお聞きしたレベルが合いません/);
  });

  it.each([
    `${BASE} Telnet 通信は許可されていません というエラーは出ていません`,
    'TMS 15.13 (Medium)、SX80 は ce9.15.3。Medium-High にしたら Telnet のセキュリティ違反が出ますか？',
    'TMS 15.13 (Medium)、SX80 は ce9.15.3。Telnet のセキュリティ違反が出ないか心配です',
  ])('%j is not read as the message seen', (msg) => {
    const { text } = runText('ja', [msg]);
    expect(text).not.toMatch(/Telnet のメッセージとお聞きしたレベルが合いません/);
  });

  it('the English one still is', () => {
    const { text } = runText('en', ['TMS 15.13 at Medium, Win 2019, SQL 2019 remote. After upgrading our SX80s to ce9.15.3 TMS shows Security violation: Telnet communication is not allowed']);
    expect(text).toMatch(/Telnet|level/);
    expect(text).toMatch(/TMS reports \\"Security violation: Telnet communication is not allowed\\"/);
  });
});
