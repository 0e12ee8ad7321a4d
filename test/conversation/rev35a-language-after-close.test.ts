/**
 * REV35 #2: a language asked for after the case was closed as working ("Medium-High fixed it, thanks", 「直りました」) is
 * confirmed only: the fix answer is not posted again (it would read as steps still to do on a system that works). Before
 * the case closes, the full answer is still given again in the language asked for (QA58 #10).
 */
import { rendered, runIn } from './helpers';

const F = 'TMS 15.2, SX20 on TC 7.3.21 shows No HTTPS response, Windows Server 2012 R2, SQL 2016 on a separate server';
const JF = 'TMS 15.2 で SX20（TC 7.3.21）が No HTTPS response になります。Windows Server 2012 R2、SQL 2016 は別サーバーです';

describe('REV35 #2: language request after a closed case', () => {
  it.each(['日本語でお願いします', '日本語で説明してもらえますか'])('EN closed, then %s: language confirmed, no fix answer', (m) => {
    const r = runIn('en', [F, 'Medium-High fixed it, thanks', m]);
    const out = rendered(r);
    expect(r.route).toBe('language-request');
    expect(out).toMatch(/承知しました/);
    expect(out).not.toMatch(/まだ判断できません|作業の順序|レジストリをバックアップ|iisreset/);
  });

  it('JA closed, then "in English please": language confirmed, no fix answer', () => {
    const r = runIn('ja', [JF, 'Medium-High にしたら直りました', 'in English please']);
    const out = rendered(r);
    expect(r.route).toBe('language-request');
    expect(out).toMatch(/I will answer in English/);
    expect(out).not.toMatch(/Not settled yet|back up the registry|iisreset/i);
  });

  it('EN still open: the answer is given again in Japanese', () => {
    expect(rendered(runIn('en', [F, '日本語でお願いします']))).toMatch(/作業の順序/);
  });
});
