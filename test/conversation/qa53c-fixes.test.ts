/**
 * QA53 (qa-report-53.md) #11 (rollbacks reported in words), #19 (done on both nodes, one still failing), #6 (the TMS-before-15
 * .NET answer says only what the sources hold), and the change record's title once the change is made.
 * Facts per /work/shared/knowledge.md (Cause 1+2, Fix 4 and 6, Caveats "Telnet and SNMP", TMS before 15).
 */
import { last, rendered, runIn, talk } from './helpers';

const OPEN_EN = 'TMS 15.9 on Windows 2012 R2, SQL 2008 R2 SP3 local, SX80s on CE 9.8 show No HTTPS response, level Medium';
const OPEN_JA = 'TMS 15.9、Windows 2012 R2、SQL 2008 R2 SP3 同居、SX80 (CE 9.8) で No HTTPS response、レベルは Medium';
const OPEN2_EN = 'TMS 15.9 on Windows 2016, SQL 2016 remote, SX80s on CE 9.8 show No HTTPS response, level Medium';
const OPEN2_JA = 'TMS 15.9、Windows 2016、SQL 2016 は別サーバ、SX80 (CE 9.8) で No HTTPS response、レベルは Medium';
const DONE_EN = 'done: keys were already there, set Medium-High, iisreset and restarted the TMS services. All SX80s are green now.';
const DONE_JA = '完了しました。キーはすでにありました。Medium-High に変更し、iisreset と TMS のサービスを再起動しました。SX80 はすべて緑になりました。';

describe('QA53 #11: a rollback reported in words is acknowledged with what it means', () => {
  it.each(['we rolled back everything', 'we reverted the change', 'we went back to Medium'])('EN %s', (msg) => {
    const r = last(talk(OPEN_EN, msg));
    const out = rendered(r);
    expect(r.route).toBe('fix-rollback');
    // (A bare rollback with no fix reported may be the endpoints' upgrade undone: read as the fix, and said so, REV30 #1.)
    expect(out).toMatch(/^Noted: you rolled (?:the fix )?back/m);
    expect(out).toMatch(/show "No HTTPS response" again/);
    // (The level's restart is said only where a level change is known: said here, or raised in this incident (REV29 #5); the
    // Medium on record alone is no change.)
    if (/medium/i.test(msg)) expect(out).toMatch(/IIS and the TMS services restart/);
    else expect(out).not.toMatch(/level change applies/);
    expect(r.state.facts.level).toBe('medium');
  });
  it('EN registry restored and Medium again: the restored registry applies after a restart/reboot, only where keys changed', () => {
    const r = last(talk(OPEN_EN, 'we restored the registry backup and set Medium again, the change window closed'));
    const out = rendered(r);
    expect(out).toMatch(/Communication Security is back at Medium; the registry settings are put back/);
    expect(out).toMatch(/A restored registry takes effect only after what uses Schannel restarts: a reboot of the TMS server is the usual way/);
    expect(out).toMatch(/needs no reboot/);
    expect(out).not.toMatch(/That does not change my previous answer/);
  });
  it.each(['全部元に戻しました', 'ロールバックしました'])('JA %s', (msg) => {
    const r = runIn('ja', [OPEN_JA, msg]);
    const out = rendered(r);
    expect(out).toMatch(/^切り戻しを記録しました/m);
    expect(out).toMatch(/再び「No HTTPS response」が表示されます/);
    expect(r.state.facts.level).toBe('medium');
  });
  it('JA 切り戻しました。Medium に戻し、レジストリもバックアップから戻しました。', () => {
    const out = rendered(runIn('ja', [OPEN_JA, '切り戻しました。Medium に戻し、レジストリもバックアップから戻しました。']));
    expect(out).toMatch(/\[Communication Security\] は Medium に戻りました。レジストリの設定も元に戻した状態/);
    expect(out).toMatch(/戻したレジストリは、Schannel を使うプロセスを再起動して初めて反映されます/);
  });
  it('JA the TLS 1.2 settings put back, the level never raised: the registry acknowledged, nothing said of a level change', () => {
    const out = rendered(runIn('ja', [OPEN_JA, 'TLS 1.2 の設定を元に戻しました']));
    expect(out).toMatch(/^切り戻しを記録しました（レジストリの設定も元に戻した状態）/m);
    expect(out).toMatch(/戻したレジストリは、Schannel を使うプロセスを再起動して初めて反映されます/);
    expect(out).not.toMatch(/レベルの変更は/);
    expect(out).not.toMatch(/Medium に戻りました/);
  });
  it('EN after a closed case, because of the MXPs: the Telnet/SNMP trade-off and its choices, not the fix list; Medium recorded', () => {
    const r = last(talk(OPEN2_EN, DONE_EN, 'we had to roll back to Medium because of the MXPs'));
    const out = rendered(r);
    expect(out).toMatch(/^Noted: you rolled the fix back \(Communication Security is back at Medium\)/m);
    expect(out).toMatch(/known trade-off/);
    expect(out).toMatch(/replace it, manage it differently/);
    expect(out).not.toMatch(/Step 3: Set Communication Security to Medium-High/);
    expect(out).not.toMatch(/This is the TLS 1\.0 problem/);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tlsClaims?.worksNow).toBeUndefined();
    expect(r.state.facts.tlsClaims?.levelRaised).toBeUndefined();
  });
  it('JA after a closed case, MXP のために Medium に戻しました', () => {
    const r = runIn('ja', [OPEN2_JA, DONE_JA, 'MXP が使えなくなったので Medium に戻しました']);
    const out = rendered(r);
    expect(out).toMatch(/^切り戻しを記録しました/m);
    expect(out).toMatch(/既知のトレードオフ/);
    expect(r.state.facts.level).toBe('medium');
  });
  it.each([
    'should we roll back?',
    'if it fails we will roll back',
    "we haven't rolled back anything",
    'the customer rolled back everything',
    'we plan to roll back tomorrow',
    'we rolled back the SX80s to CE 8.0.2',
    'Medium-High reverted to Medium',
    'we rolled back everything and it works again',
  ])('EN not a rollback of ours done now: %s', (msg) => {
    expect(last(talk(OPEN_EN, msg)).route).not.toBe('fix-rollback');
  });
  it.each(['切り戻しますか？', '明日切り戻す予定です', 'まだ戻していません', 'お客様が全部元に戻しました', 'TC 7.3.5 に戻しました', 'Medium-High が Medium に戻っていました'])('JA not a rollback of ours done now: %s', (msg) => {
    expect(runIn('ja', [OPEN_JA, msg]).route).not.toBe('fix-rollback');
  });
  it('TMS before 15: not this reading', () => {
    expect(last(talk('TMS 14.6.2, SX20 on TC7.3.6 shows No HTTPS response', 'we rolled back everything')).route).not.toBe('fix-rollback');
  });
});

describe('QA53 #19: done on both nodes, one node still failing: that node is checked, not called "left at Medium"', () => {
  it('EN', () => {
    const out = rendered(last(talk(OPEN2_EN, 'done: Medium-High set and services restarted, SX80s green', 'we have two TMS nodes, done on both, still failing on node B only')));
    expect(out).toMatch(/You say the change was made on both nodes/);
    expect(out).toMatch(/Communication Security shows Medium-High after Save/);
    expect(out).not.toMatch(/a node left at Medium keeps failing/);
  });
  it('JA', () => {
    const out = rendered(runIn('ja', [OPEN2_JA, 'TMS は 2 ノード構成で、両方のノードで実施済みですが、ノード B だけまだ失敗します']));
    expect(out).toMatch(/両方のノードで変更済みとのことなので/);
    expect(out).not.toMatch(/Medium のままのノードは失敗し続け/);
  });
  it('the other node said failing, nothing said of both: the per-node change as before', () => {
    expect(rendered(last(talk(OPEN2_EN, 'node 2 fails too')))).toMatch(/a node left at Medium keeps failing/);
  });
});

describe('QA53 #6: TMS before 15, the .NET answer says what the sources hold', () => {
  const OPEN = 'TMS 14.6.2 on Windows 2012 R2, SQL 2014 SP2 local, SX80 on TC 7.3.6 show No HTTPS response';
  it('EN', () => {
    const out = rendered(last(talk(OPEN, 'would SchUseStrongCrypto fix it?')));
    expect(out).toMatch(/Not on TMS 14\.6\.2: my sources give no setting that changes this before 15/);
    expect(out).toMatch(/adding TLS 1\.2 to the TMS server's registry does not help/);
    expect(out).toMatch(/The documented ways out are upgrading TMS to 15\.x/);
    expect(out).not.toMatch(/the \.NET values do not fix it/);
  });
  it('JA', () => {
    const out = rendered(runIn('ja', ['TMS 14.6.2、Windows 2012 R2、SQL 2014 SP2 同居、SX80 (TC 7.3.6) で No HTTPS response', 'SchUseStrongCrypto を設定すれば直りますか？']));
    expect(out).toMatch(/TMS 14\.6\.2 ではできません。手元の資料には、15 より前のリリースでこれを変える設定はありません/);
    expect(out).not.toMatch(/\.NET の値では解決しません/);
  });
});

describe('QA53: the change record is titled as a record once the change is made', () => {
  it('EN after the change: "Change record"', () => {
    const out = rendered(last(talk(OPEN2_EN, DONE_EN, 'write a change record for this')));
    expect(out).toMatch(/^Change record$/m);
    expect(out).not.toMatch(/^Change request$/m);
  });
  it('EN the change made, not yet confirmed: a record, said not confirmed', () => {
    const out = rendered(last(talk(OPEN2_EN, 'I set Medium-High', 'write a change record')));
    expect(out).toMatch(/^Change record$/m);
    expect(out).toMatch(/the change below was made, as you said; that it works is not confirmed yet/);
  });
  it('EN before the change: "Change request" as before', () => {
    expect(rendered(last(talk(OPEN2_EN, 'write a change request')))).toMatch(/^Change request$/m);
  });
  it('JA after the change: 変更記録', () => {
    const out = rendered(runIn('ja', [OPEN2_JA, DONE_JA, '変更記録を書いて']));
    expect(out).toMatch(/^変更記録$/m);
    expect(out).not.toMatch(/^変更申請$/m);
  });
  it('JA before the change: 変更申請', () => {
    expect(rendered(runIn('ja', [OPEN2_JA, '変更申請を書いてください']))).toMatch(/^変更申請$/m);
  });
});
