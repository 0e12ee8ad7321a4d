/**
 * FIX9 2: a partial success said with a contraction or an apostrophe ("they're back except 2", "the SX20's are back, 2 still
 * red") is read as one; "SQL is back" and "everything is back up except the TMS agent" (a service left out) are not.
 */
import { partialSuccessIn } from '../../src/conversation/partial-success';
import { runIn } from './helpers';

const OPEN_EN = 'TMS 15.2.1 on Windows 2012 R2, No HTTPS response after CE 9.15 upgrade';
const OPEN_JA = 'TMS 15.2.1、Windows Server 2016です。TC7.3.6にアップグレードしたエンドポイントが No HTTPS response になります';

describe('partial success with a contraction or an apostrophe', () => {
  it.each(["set Medium-High, they're back except 2", "the SX20's are back, 2 still red", 'set Medium-High, they’re all back except 2'])('%s', (msg) => {
    expect(partialSuccessIn(msg)).toBe(true);
    expect(runIn('en', [OPEN_EN, msg]).state.facts.tlsClaims?.partlyWorks).toBe(true);
  });

  it.each(['SQL is back', 'everything is back up except the TMS agent', 'everything is back up except the scheduler service', "we're back to square one except 2"])(
    'not: %s',
    (msg) => {
      expect(partialSuccessIn(msg)).toBe(false);
      expect(runIn('en', [OPEN_EN, msg]).state.facts.tlsClaims?.partlyWorks).not.toBe(true);
    },
  );

  it('ja: a service left out is not a part of the systems; a system left out is', () => {
    expect(runIn('ja', [OPEN_JA, 'TMSエージェント以外は全部戻りました']).state.facts.tlsClaims?.partlyWorks).not.toBe(true);
    expect(partialSuccessIn('HDX以外は直りました')).toBe(true);
  });
});
