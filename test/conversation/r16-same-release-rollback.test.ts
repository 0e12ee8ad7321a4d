/**
 * QA39 #2, #6, #7, #8 (FIX15B): a rollback below the threshold that restores service confirms the TLS 1.0 cause (the fix is
 * for the release that failed; the rollback is a workaround), a first report with failing systems is never closed as
 * fixed, and systems on the SAME release working through the TMS either contradict the Medium cause or, at Medium-High,
 * point at the failing units: no server change and no service restart (knowledge.md Cause, Fix step 4, What else…).
 */
import { sameReleaseWorksIn } from '../../src/domain/understand/same-release-works';
import { last, rendered, runIn, talk } from './helpers';

describe('#2 upgrade -> No HTTPS response -> rollback -> works: the TLS 1.0 problem', () => {
  it('EN timeline: the failing release is kept and the fix is given', () => {
    const out = rendered(
      last(talk('Timeline: 09:00 SX20 upgraded from TC7.3.5 to TC7.3.6. 09:20 TMS 15.9 (Win 2016, remote SQL 2016) shows No HTTPS response. 10:00 rolled the SX20 back to TC7.3.5 -> works again.')),
    );
    expect(out).not.toMatch(/not the TLS 1\.0 problem/);
    expect(out).toMatch(/TC 7\.3\.6/);
    expect(out).toMatch(/Medium-High/);
  });
  it('JA 戻したら復旧: not closed, the failing release is kept', () => {
    const r = runIn('ja', ['TMS 15.9（Medium）。SX20 を TC7.3.6 に上げたら No HTTPS response、TC7.3.5 に戻したら復旧しました。']);
    const out = rendered(r);
    expect(out).not.toMatch(/直ってよかった/);
    expect(r.state.facts.endpoint?.semver).toBe('7.3.6');
  });
  it('negative: "it was No HTTPS response, fixed now" still closes (JA past symptom)', () => {
    const out = rendered(runIn('ja', ['TMS 15.9、CE 9.15', 'Medium-High にしたら直りました']));
    expect(out).toMatch(/直ってよかった/);
  });
});

describe('#6 JA first report with failing units is not closed', () => {
  it.each(['TMS 15.9、CE 9.15 の Room Kit 3台がNo HTTPS response、残りの30台は正常です。', 'TMS 15.13、Windows 2019、SQLは別サーバー、レベル Medium。CE 9.15 の DX80 のうち4台が No HTTPS response、同じ CE 9.15 の残り30台は正常です。'])('%s', (m) => {
    expect(rendered(runIn('ja', [m]))).not.toMatch(/直ってよかった/);
  });
});

describe('#7 same release working at Medium contradicts the TLS 1.0 cause', () => {
  it.each([
    'Ticket 809: TMS 15.13, Win 2019, remote SQL 2019, level Medium. 4 DX80s on ce9.15 show No HTTPS response; 30 other DX80s on the same ce9.15 work fine.',
    'TMS 15.9 Medium, Win 2019, remote SQL 2019. 3 Room Kits on CE 9.15 show No HTTPS response, the rest (also CE 9.15) are fine.',
    'Ticket 808: TMS 15.13, Win 2019, remote SQL 2019, level Medium. The 4 home-office DX80s on ce9.15 are registered in Behind Firewall mode and show No HTTPS response in Navigator. On-site ones are fine (also ce9.15).',
  ])('%s', (m) => {
    const out = rendered(last(talk(m)));
    expect(out).not.toMatch(/This is the TLS 1\.0 problem/);
    expect(out).toMatch(/does not fit the TLS 1\.0 cause/);
    expect(out).not.toMatch(/Set Communication Security to Medium-High in TMS Tools/);
  });
  it('JA', () => {
    const out = rendered(runIn('ja', ['TMS 15.13、Windows 2019、SQLは別サーバー、レベル Medium。CE 9.15 の DX80 のうち4台が No HTTPS response、同じ CE 9.15 の残り30台は正常です。']));
    expect(out).toMatch(/TLS 1\.0 の原因とは合いません/);
    expect(out).not.toMatch(/Medium-High にします/);
  });
});

describe('#8 same release working at Medium-High: no restart, no registry step', () => {
  it('RoomOS 11.14, 38 of 40 fine', () => {
    const out = rendered(
      last(talk('Ticket 9912 2026-12-03 11:02. TMS 15.13 (Win 2019, remote SQL 2019), Communication Security Medium-High since 2021. Yesterday 40 Room Kits went to RoomOS 11.14; 38 are fine, 2 show No HTTPS response. Those 2 also got new certificates from our internal CA.')),
    );
    expect(out).not.toMatch(/Restart IIS and the TMS services/);
    expect(out).not.toMatch(/Check that TLS 1\.2 is enabled in Schannel/);
    expect(out).toMatch(/look at the failing ones, not the server/);
  });
});

describe('sameReleaseWorksIn: negatives', () => {
  it.each([
    'the others are fine',
    '30 other DX80s on the same ce9.15 fail too',
    'the ones on the same release don\'t work either',
    '40 Room Kits went to RoomOS 11.14; 40 are fine',
    '同じ CE 9.15 の端末も正常ではありません',
    '残りの30台は正常です',
    'TMS 15.9, SX80 TC7.3.6, Medium',
  ])('%s', (t) => expect(sameReleaseWorksIn(t)).toBe(false));
  it.each(['30 other DX80s on the same ce9.15 work fine', 'the rest (also CE 9.15) are fine', '同じ CE 9.15 の残り30台は正常です'])('positive %s', (t) => expect(sameReleaseWorksIn(t)).toBe(true));
});
