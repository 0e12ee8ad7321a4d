/**
 * QA round 16, SQL answers: #9 "can TLS 1.0 go?" with a SQL 2008 R2 build that has TLS 1.2 support,
 * #10 "which update exactly?" names the target builds, #11 SP-only corrections of a known SQL year,
 * #13 at High the certificate check comes first and the level is not ruled out.
 */
import { rendered, runIn } from './helpers';

describe('#13 at High: certificate check first, the level not ruled out', () => {
  it('JA (QA repro): no 「レベルは原因ではありません」, certificates before the Windows side', () => {
    const t = rendered(runIn('ja', ['FYI customer説明: TMS version 15.4、endpoints はRoom Kit Plus (RoomOS 11.5)、Windows 2016、SQL 2017 local。Security level は High にしてます。']));
    expect(t).not.toMatch(/セキュリティ レベルは原因ではありません/);
    const cert = t.indexOf('自己署名');
    const win = t.indexOf('Schannel の Client 側');
    expect(cert).toBeGreaterThan(0);
    expect(cert).toBeLessThan(win);
  });
  it('EN, restarted: the same order, and the answer of "what does this rest on?" does not rule the level out', () => {
    const setup = 'TMS 15.4, Room Kit Plus RoomOS 11.5, Windows 2016, SQL 2017 local, level High. We rebooted the server after the change.';
    const t = rendered(runIn('en', [setup]));
    expect(t).not.toMatch(/level is not what blocks it/);
    expect(t.indexOf('self-signed')).toBeLessThan(t.indexOf('missing restart is ruled out'));
    const s = rendered(runIn('en', [setup, 'what are your sources?']));
    expect(s).not.toMatch(/level is not what blocks it/);
    expect(s).toMatch(/certificate/);
  });
  it('at Medium-High the level is still ruled out as before', () => {
    const t = rendered(runIn('en', ['TMS 15.4, Room Kit Plus RoomOS 11.5, Windows 2016, SQL 2017 local, level Medium-High.']));
    expect(t).toMatch(/level is not what blocks it/);
  });
});
