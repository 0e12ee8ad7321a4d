/**
 * Which endpoints can go back to TC 7.3.3 is said as knowledge.md says it, by the hardware ("hardware that runs TC"), not by
 * what a codec was sold with: the TMS-upgrade answer for CE endpoints on TMS before 15, EN and JA.
 */
import { rendered, runIn } from './helpers';

describe('TC downgrade said by the hardware (R55)', () => {
  it('EN: "do we need to upgrade TMS?" on TMS 14.6.2 with CE 9.15.3', () => {
    const out = rendered(runIn('en', ['TMS 14.6.2, endpoints on CE 9.15.3 show No HTTPS response', 'do we need to upgrade TMS?']));
    expect(out).toMatch(/the model decides: hardware that runs TC 7 \(an SX20, for example\) can go back/);
    expect(out).not.toMatch(/sold with TC/);
  });

  it('JA: 「TMSのアップグレードは必要ですか？」 on TMS 14.6.2 with CE 9.15.3', () => {
    const out = rendered(runIn('ja', ['TMS 14.6.2、CE 9.15.3 のエンドポイントが No HTTPS response です', 'TMSのアップグレードは必要ですか？']));
    expect(out).toMatch(/TC 7 が動作するハードウェア（たとえば SX20）は戻せます/);
    expect(out).not.toMatch(/TC 7 で販売/);
  });
});
