/**
 * FIX12B item 7 (QA37 B11): a value said with a rising tone and doubted by the next sentence ("Server is 2012 R2? I need to
 * check", 「サーバは2012 R2？確認します」) is not stored as the user's own. A rising value on its own still is. EN and JA.
 */
import { runIn } from './helpers';

const P = 'TMS 15.2 shows No HTTPS response for our SX20 after upgrading it to CE 9.15';
const PJ = 'TMS 15.2でSX20をCE 9.15にアップグレードしたらNo HTTPS responseになりました';

describe('r71: a doubted rising value is not stored', () => {
  it.each([
    ['en', P, 'Server is 2012 R2? I need to check'],
    ['en', P, "Server is 2012 R2? not sure"],
    ['ja', PJ, 'サーバは2012 R2？確認します'],
  ] as const)('%s: %s', (lang, first, msg) => {
    expect(runIn(lang, [first, msg]).state.facts.windows).toBeUndefined();
  });
  it.each(['Server is 2012 R2?', 'Server is 2012 R2. I need to check the SQL'])('still stored: %s', (msg) => {
    expect(runIn('en', [P, msg]).state.facts.windows?.year).toBe(2012);
  });
});
