/**
 * FIX12B item 2 (QA37 B8): a denied turning-off of the revocation check ("we did not turn the revocation check off",
 * 「証明書失効チェックは無効にしていません」) is not "Revocation Check is off": nothing is noted. EN and JA.
 */
import { sideStatementIn } from '../../src/domain/understand/side-statement';
import { rendered, runIn } from './helpers';

const P = 'TMS 15.2 shows No HTTPS response for our SX20 after upgrading it to CE 9.15';
const PJ = 'TMS 15.2でSX20をCE 9.15にアップグレードしたらNo HTTPS responseになりました';

describe('r71: revocation check, negated off', () => {
  it('EN: not noted as off', () => {
    expect(rendered(runIn('en', [P, 'we did not turn the revocation check off']))).not.toMatch(/Revocation Check" is off/);
  });
  it('JA: not noted as off', () => {
    expect(rendered(runIn('ja', [PJ, '証明書失効チェックは無効にしていません']))).not.toMatch(/Revocation Check\] は無効とのこと/);
  });
  // Not off: the check stays on (QA38 A4; was null, nothing noted).
  it.each(['we did not turn the revocation check off', '証明書失効チェックは無効にしていません', 'we never disabled the CRL check'])('no off statement: %s', (msg) =>
    expect(sideStatementIn(msg)).toBe('crl-check-on'),
  );
  it('no off statement: revocation check is not off', () => expect(sideStatementIn('revocation check is not off')).not.toBe('crl-check-off'));
  it.each(['cert revocation check is off', 'we disabled the CRL check', '証明書失効チェックは無効です', '失効チェックは有効になっていません'])('still off: %s', (msg) =>
    expect(sideStatementIn(msg)).toBe('crl-check-off'),
  );
});
