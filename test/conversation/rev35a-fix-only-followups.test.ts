/**
 * REV35 #6: "reversible" and "impact on users" answer for this fix (rolling back; how long it takes and what it interrupts),
 * not when the sentence asks about an endpoint upgrade or about not fixing ("is the endpoint upgrade reversible?", "impact on
 * users of the TC upgrade?", "what's the impact on users if we don't fix it?", 「直さなかった場合のユーザーへの影響は？」).
 */
import { rendered, runIn } from './helpers';

const F = 'TMS 15.2, SX20 on TC 7.3.21 shows No HTTPS response, Windows Server 2012 R2, SQL 2016 on a separate server';
const JF = 'TMS 15.2 で SX20（TC 7.3.21）が No HTTPS response になります。Windows Server 2012 R2、SQL 2016 は別サーバーです';

describe('REV35 #6: follow-up words about something other than the fix', () => {
  it.each([
    'is the endpoint upgrade reversible?',
    'if we upgrade the codecs to CE 9, is that reversible?',
    'impact on users of the TC upgrade?',
    "what's the impact on users if we don't fix it?",
    "if we don't fix it, what's the impact on users?",
  ])('EN not the fix: %s', (m) => {
    expect(rendered(runIn('en', [F, m]))).not.toMatch(/Rolling back|How long it takes, and what it interrupts/);
  });

  it.each(['エンドポイントのアップグレードによるユーザーへの影響は？', '直さなかった場合のユーザーへの影響は？'])('JA not the fix: %s', (m) => {
    expect(rendered(runIn('ja', [JF, m]))).not.toMatch(/切り戻し|作業時間と、止まるもの/);
  });

  it.each([
    ['is it reversible?', /Rolling back/],
    ['is the fix reversible?', /Rolling back/],
    ['we set Medium-High, is that reversible?', /Rolling back/],
    ["what's the impact on users?", /How long it takes, and what it interrupts/],
  ])('EN the fix: %s', (m, want) => {
    expect(rendered(runIn('en', [F, m]))).toMatch(want);
  });

  it('JA the fix: ユーザーへの影響はありますか？', () => {
    expect(rendered(runIn('ja', [JF, 'ユーザーへの影響はありますか？']))).toMatch(/作業時間と、止まるもの/);
  });
});
