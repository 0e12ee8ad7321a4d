/**
 * QA round 5b (#1, #4, #7, #9, #12): "done with step N" records what the steps did and yields to
 * an outage or a question in the same message; "it works now" closes the incident and keeps what
 * was done; KB3052404 on SQL 2012 SP1 is answered "no, a service pack"; "we went to SP4" updates SQL.
 */
import { last, rendered, talk } from './helpers';

const ERRORLOG = [
  '2026-12-03 02:11:45.12 Server      Error: 26011, Severity: 16, State: 1.',
  '2026-12-03 02:11:45.12 Server      The server was unable to initialize encryption because of a problem with a security library.',
].join('\n');
const EN_2008 = 'TMS 15.2.1, TC7.3.6 SX80, Windows 2008 R2, SQL 2008 R2 SP2 local';
const JA_2008 = 'TMS 15.2.1、TC7.3.6 SX80、Windows 2008 R2、SQL 2008 R2 SP2 ローカル';

describe('#1 an outage pasted with "done with step N" gets the recovery, not the next step', () => {
  it.each([
    [EN_2008, `done with step 3, rebooted, and now SQL won't start:\n${ERRORLOG}`, /SQL Server cannot start encryption/, /Step 4: Reboot/],
    [JA_2008, `手順3まで終わって再起動したらSQLが起動しません。ERRORLOG:\n${ERRORLOG}`, /SQL Server が暗号化を開始できません/, /手順 4：TMS サーバを/],
  ])('%j then %j', (setup, msg, recovery, nextStep) => {
    const r = last(talk(setup, msg));
    const out = rendered(r);
    expect(out).toMatch(recovery);
    // The recovery leads; the reply is not the next step of the fix (before: "Step 4: Reboot the TMS server once" alone).
    const stepAt = out.search(nextStep);
    if (stepAt >= 0) expect(out.search(recovery)).toBeLessThan(stepAt);
    // What step 3 did is recorded (on 2008 R2 the keys were created; TMS Tools at Medium-High).
    expect(r.state.facts.level).toBe('medium-high');
    expect(r.state.facts.tlsClaims?.keysChanged).toBe(true);
  });
});

describe('#7 "done with step N" + a question: the step is recorded and the question answered', () => {
  it('done with step 2. do I need to reboot? (2008 R2: keys created → yes)', () => {
    const r = last(talk(EN_2008, 'done with step 2. do I need to reboot?'));
    const out = rendered(r);
    expect(out).toMatch(/Noted, up to step 2: the TLS 1\.2 keys are created/);
    expect(out).toMatch(/Yes, once, because you created or changed Schannel keys/);
    expect(out).not.toMatch(/Step 3:/);
  });

  it('手順2が終わりました。再起動は必要？ → はい', () => {
    const out = rendered(last(talk(JA_2008, '手順2が終わりました。再起動は必要？')));
    expect(out).toMatch(/はい、1 回必要です/);
  });

  it('手順3終わりました records Medium-High: the level is not asked again', () => {
    const r = last(talk(JA_2008, '手順3終わりました'));
    expect(r.state.facts.level).toBe('medium-high');
    expect(rendered(r)).toMatch(/手順 4：TMS サーバを 1 回再起動する/);
    expect(rendered(r)).not.toMatch(/レベルを教えてください/);
  });

  it('the numbering stays the one the user saw after a step records the level', () => {
    const turns = talk('TMS 15.2.1, TC7.3.6 SX80, Windows 2008 R2, SQL 2016 remote', 'done with step 3', 'done with step 4', 'done with step 5, what next?', 'how do I do step 3?');
    expect(rendered(turns[1])).toMatch(/Step 4: Reboot the TMS server once/);
    expect(rendered(turns[2])).toMatch(/Step 5: Restart IIS and the TMS services/);
    expect(rendered(turns[3])).toMatch(/Step 6: Verify the fix/);
    expect(rendered(turns[4])).toMatch(/Step 3: Set Communication Security to Medium-High/);
    expect(last(turns).state.facts.tlsClaims?.restarted).toBe(true);
  });

  it('"done with step 3, rebooted": the reboot is not the next step', () => {
    const r = last(talk(EN_2008, 'done with step 3, rebooted'));
    expect(rendered(r)).toMatch(/Step 6: Verify the fix/);
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
  });

  it('"keys are created" on 2012 R2 makes the later reboot question a yes', () => {
    const turns = talk('TMS 15.6, SX20 tc7.3.21, windows 2012 R2, sql 2016 local', 'done with step 2, keys are created', 'do I need to reboot now or after TMS Tools?');
    expect(rendered(turns[1])).toMatch(/the TLS 1\.2 keys are created/);
    expect(rendered(turns[1])).toMatch(/Step 3:/);
    expect(rendered(last(turns))).toMatch(/^Yes, once/m);
    expect(rendered(last(turns))).not.toMatch(/check them first/);
  });

  it('"fixed DisabledByDefault to 0. reboot now?" is answered: yes', () => {
    const regQuery = 'reg query output:\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\n    DisabledByDefault    REG_DWORD    0x1\n    Enabled    REG_DWORD    0x1';
    const r = last(talk('TMS 15.10 on 2016, SQL 2017 remote, CE 9.15 endpoints, level Medium-High', regQuery, 'fixed DisabledByDefault to 0. reboot now?'));
    expect(rendered(r)).toMatch(/Yes, once, because you created or changed Schannel keys/);
    expect(r.state.facts.tlsClaims?.keysChanged).toBe(true);
  });

  it('a reboot after the keys changed: no second reboot', () => {
    const r = last(talk(EN_2008, 'we created the TLS 1.2 keys and rebooted', 'is a reboot needed?'));
    expect(rendered(r)).toMatch(/^No: you say the server was rebooted after the keys were changed/m);
  });
});

describe('#4 "it works now" with what was done closes the incident and records it', () => {
  it('Set Medium-High, iisreset, restarted services. Works now', () => {
    const r = last(talk('TMS 15.13, Windows Server 2025, SQL 2019 remote, CE 11.x endpoints', 'Set Medium-High, iisreset, restarted services. Works now'));
    expect(rendered(r)).toMatch(/Good to hear it works now/);
    expect(rendered(r)).not.toMatch(/Not settled yet/);
    expect(r.state.facts.level).toBe('medium-high');
  });

  it('rebooted, it works now, thanks', () => {
    const r = last(talk('TMS 15.10 on 2016, SQL 2017 remote, CE 9.15 endpoints, level Medium-High', 'rebooted, it works now, thanks'));
    expect(rendered(r)).toMatch(/Good to hear it works now/);
    expect(r.state.facts.tlsClaims?.restarted).toBe(true);
  });

  it('TLS 1.0 を戻したらSQL起動しました。TMSもNo HTTPS response消えました', () => {
    const r = last(talk(JA_2008, 'TLS 1.0 を戻したらSQL起動しました。TMSもNo HTTPS response消えました'));
    expect(rendered(r)).toMatch(/直ってよかったです/);
    expect(rendered(r)).not.toMatch(/読み取れませんでした/);
  });

  it('still failing is not a closing', () => {
    expect(rendered(last(talk(EN_2008, 'set Medium-High, still not working')))).not.toMatch(/Good to hear/);
  });
});

describe('#9 SQL 2012 SP1: KB3052404 is not the step; "we went to SP4" updates SQL', () => {
  const paste = 'Microsoft SQL Server 2012 (SP1) - 11.0.3000.0 (X64)';
  it('EN', () => {
    const turns = talk('TMS 15.10, Windows Server 2012, CE8.3 endpoints, SQL is local', paste, 'should I install KB3052404?', 'we went to SP4');
    expect(rendered(turns[2])).toMatch(/^Yes, a service-pack upgrade first, not KB3052404: there is no KB3052404 package for SQL Server 2012 SP1/m);
    expect(rendered(turns[2])).toMatch(/SP4 is the simplest/);
    expect(last(turns).state.facts.sql).toMatchObject({ year: 2012, sp: 4, build: null });
    expect(rendered(last(turns))).toMatch(/Updated: SQL Server 2012 SP1 \(11\.0\.3000\.0\) → SQL Server 2012 SP4/);
  });

  it('JA', () => {
    const turns = talk('TMS 15.10、Windows Server 2012、エンドポイントはCE8.3', 'SQLはTMSサーバに入ってます。', paste, 'KB3052404を入れればいいですか？', 'SQLをSP4にしてから進めます。SP4にしました。');
    expect(rendered(turns[3])).toMatch(/^はい、先にサービス パックのアップグレードが必要です（KB3052404 ではありません）。SQL Server 2012 SP1 \(11\.0\.3000\.0\) 向けの KB3052404 はありません/m);
    expect(last(turns).state.facts.sql).toMatchObject({ year: 2012, sp: 4 });
  });

  it('a plan or a question about SP4 is not an upgrade', () => {
    const turns = talk('TMS 15.10, Windows Server 2012, CE8.3 endpoints, SQL is local', paste, 'should we go to SP4?');
    expect(last(turns).state.facts.sql?.sp).toBe(1);
    const ja = talk('TMS 15.10、Windows Server 2012、エンドポイントはCE8.3', 'SQLはTMSサーバに入ってます。', paste, 'まだSP4にはしていません');
    expect(last(ja).state.facts.sql?.sp).toBe(1);
  });
});

describe('#12 a step asked before any step was shown', () => {
  it('says there are no steps yet and asks what they depend on', () => {
    const turns = talk('TMS is 15.6, SX20s on tc7.3.21.d1b4a7a, windows 2012 R2', 'how do I do step 2?', 'done with step 3, keys are created');
    for (const r of turns.slice(1)) {
      expect(rendered(r)).toMatch(/I have not listed any steps yet/);
      expect(rendered(r)).toMatch(/Which SQL Server version/);
    }
    // A step number with no steps shown records nothing about the level.
    expect(last(turns).state.facts.level).toBeUndefined();
  });
});
