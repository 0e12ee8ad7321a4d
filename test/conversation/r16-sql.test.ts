/**
 * QA round 16, SQL answers: #9 "can TLS 1.0 go?" with a SQL 2008 R2 build that has TLS 1.2 support,
 * #10 "which update exactly?" names the target builds, #11 SP-only corrections of a known SQL year,
 * #13 at High the certificate check comes first and the level is not ruled out.
 */
import { rendered, runIn } from './helpers';

describe('#11 SP-only corrections of a known SQL year', () => {
  const EN = 'TMS 15.5, CE 9.8.1, Win 2012 R2, SQL 2014 SP2 local, Medium';
  const JA = 'TMS 15.5、CE 9.8.1、Windows 2012 R2、SQL 2014 SP2 同居、Medium';
  it.each([
    ['en', EN, 'sorry, SQL is SP1 not SP2'],
    ['en', EN, "correction: it's SP1"],
    ['ja', JA, 'SQLはSP1でした'],
    ['ja', JA, 'すみません、SQLはSP2じゃなくてSP1でした'],
  ] as const)('%s: %s → %s', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.sql).toMatchObject({ year: 2014, sp: 1 });
    expect(rendered(r)).not.toMatch(/could not find a version|読み取れませんでした/);
  });
  it('with no SQL version known, a bare service pack is not read as one', () => {
    const r = runIn('en', ['TMS 15.5, CE 9.8.1, Win 2012 R2, Medium', "correction: it's SP1"]);
    expect(r.state.facts.sql).toBeUndefined();
  });
  it('a place said after the SQL topic is still a place, not a service pack', () => {
    const r = runIn('en', ['TMS 15.5, CE 9.8.1, Win 2012 R2, SQL 2014 SP2, Medium', "sorry, it's on a separate server"]);
    expect(r.state.facts.sql).toMatchObject({ sp: 2 });
  });
});

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
