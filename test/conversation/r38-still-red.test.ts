/**
 * 「まだ赤いです」, "still red": Navigator still shows the system red after the change — still failing (read like
 * 「まだ直りません」), in both languages; a question (「まだ赤いですか」) is not a report.
 */
import { runText } from './helpers';

const JA = ['TMS 15.9、CE 9.15.3、SQL 2016 リモート、Windows 2019、レベル Medium', 'Medium-Highにして再起動しました'];
const EN = ['TMS 15.9, CE 9.15.3, SQL 2016 remote, Windows 2019, level Medium', 'set Medium-High and rebooted'];

describe('still red in Navigator after the change', () => {
  it.each(['まだ赤いです', '赤いままです', 'まだ赤のまま'])('JA %s: still failing (the two cases a capture tells apart)', (m) => {
    const { text } = runText('ja', [...JA, m]);
    expect(text).toMatch(/解決せず申し訳ありません/);
    expect(text).toMatch(/0x0303/);
  });
  it.each(['still red', 'still showing red'])('EN %s: still failing', (m) => {
    const { text } = runText('en', [...EN, m]);
    expect(text).toMatch(/Sorry it still fails/);
  });
  it('JA 「まだ赤いですか？」 is a question, not a report', () => {
    const { text } = runText('ja', [...JA, 'まだ赤いですか？']);
    expect(text).not.toMatch(/解決せず申し訳ありません/);
  });
});
