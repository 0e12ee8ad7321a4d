/**
 * QA58 #12: common incident follow-ups after the first answer, routed to the cards that answer them (interruption, rollback,
 * fix files), or answered honestly where knowledge.md is silent (a TMS upgrade keeping the level), or per knowledge.md (no
 * patch before TMS 15: CSCuz71542, TMS 15.x; upgrading the endpoints again).
 */
import { rendered, runIn } from './helpers';

const B1 = 'TMS 15.9, SX20 upgraded to TC7.3.21 -> No HTTPS response';
const B2 = 'Windows 2016, SQL 2016 remote, level Medium';
const J1 = 'TMS 15.2.1 で、エンドポイントを CE 9.15 にアップグレードしたら No HTTPS response になりました';
const J2 = 'Windows Server 2016、SQL 2016 は別サーバー、レベルは Medium';

describe('QA58 #12: follow-ups understood', () => {
  it.each([
    ["what's the impact on users?", /How long it takes, and what it interrupts/],
    ['is it reversible?', /Rolling back/],
    ['can we roll it back?', /Rolling back/],
    ['can you send me the files?', /Fix files/],
    ['where is the reg file?', /Fix files/],
    ['can I get a script for this?', /Fix files/],
    ['will the setting survive a TMS upgrade?', /My sources do not say whether a TMS upgrade keeps the Communication Security level/],
  ])('EN: %s', (m, want) => {
    const out = rendered(runIn('en', [B1, B2, m]));
    expect(out).toMatch(want);
    expect(out).not.toMatch(/I don't know that one/);
  });

  it.each([
    ['ユーザーへの影響はありますか？', /作業時間と、止まるもの/],
    ['TMS をアップグレードしても設定は残りますか？', /手元の情報源には書かれていません/],
    ['また来年アップグレードしたらどうなりますか？', /再び失敗します/],
  ])('JA: %s', (m, want) => {
    const out = rendered(runIn('ja', [J1, J2, m]));
    expect(out).toMatch(want);
    expect(out).not.toMatch(/その質問にはお答えできません/);
  });

  it('TMS 14.6.2: is there a patch for 14.6?', () => {
    const out = rendered(runIn('en', ['TMS 14.6.2, SX80 upgraded to TC7.3.21, No HTTPS response', 'is there a patch for 14.6?']));
    expect(out).toMatch(/My sources name no patch for TMS before 15/);
    expect(out).toMatch(/CSCuz71542/);
  });

  it('after a downgrade: what if we upgrade it again next year? (TMS at Medium)', () => {
    const out = rendered(runIn('en', [B1, B2, 'we downgraded the SX20 back to TC7.3.3 and it works now', 'what if we upgrade it again next year?']));
    expect(out).toMatch(/It fails again unless TMS is ready first/);
  });

  it('at Medium-High: upgrading again does not bring it back', () => {
    const out = rendered(runIn('en', [B1, 'Windows 2016, SQL 2016 remote, level Medium-High', 'what if we upgrade them again next year?']));
    expect(out).toMatch(/does not bring "No HTTPS response" back/);
  });

  it.each(['will TLS 1.0 stay enabled after the Windows update?', 'after the TMS upgrade the level reverted to Medium'])('not the upgrade card: %s', (m) => {
    expect(rendered(runIn('en', [B1, B2, m]))).not.toMatch(/Does the setting survive a TMS upgrade/);
  });
});
