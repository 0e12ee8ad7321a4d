/**
 * Round 16 (QA report 16), outages and closings:
 * #6  During a SQL outage, "How do I get SQL back up now?", "How do I get the SQL service started again?", "SQL is
 *     down, what do we do?", 「SQLを起動させるにはどうすれば？」, 「SQLが止まったままです、どうしたらいいですか」 get the
 *     recovery answer (as "how do we recover SQL?" does), not the @@VERSION help, "I don't know" or "nothing changed".
 * #8  "…, Medium-High done and it works now. Can we also disable TLS 1.0?" answers the question and closes the case;
 *     「緑になりました」, 「無事つながりました」, "that did the trick", "Fixed after the change, cheers", "closing the case,
 *     thx" close it; "not green yet", 「まだ緑になりません」 do not, "did the trick for 3 of 10" is a partial success.
 * #15g In the SQL outage the heading leads with the outage, and no section asks to check whether SQL runs.
 */
import { findings, rendered, runIn as run } from './helpers';
import { closingIn, normIntent } from '../../src/conversation/intents';
import { catalogueQuestion } from '../../src/conversation/followup';
import { partialSuccessIn } from '../../src/conversation/partial-success';

const OUT = "TMS 15.2.1 on 2008 R2, SQL 2008 R2 SP2 local, TC7.3.7. We disabled TLS 1.0 and SSL 3.0 with IIS Crypto and now SQL won't start (26011).";
const OUTJ = 'TMS 15.2.1、Windows 2008 R2、SQL 2008 R2 SP2 同居、TC7.3.7。TLS1.0とSSL3.0を無効にしたらSQLが起動しません。イベント17182';
const RECOVERY = /Getting SQL Server running again|SQL Server の復旧/;
const STEPS = /turn TLS 1\.0 back on for both Client and Server|TLS 1\.0 の Client と Server の両方を有効に戻す/;
const CLOSED = /Good to hear it works now|直ってよかったです/;
const PARTIAL = /part of it works|一部は直った/;

describe('r16 #6: asking how to get SQL running again during the outage', () => {
  it.each([
    ['en', OUT, 'How do I get SQL back up now?'],
    ['en', OUT, 'How do I get the SQL service started again?'],
    ['en', OUT, 'SQL is down, what do we do?'],
    ['ja', OUTJ, 'SQLを起動させるにはどうすれば？'],
    ['ja', OUTJ, 'SQLが止まったままです、どうしたらいいですか'],
  ] as const)('%s %j gets the recovery steps', (lang, setup, msg) => {
    const out = rendered(run(lang, [setup, msg]));
    expect(out).toMatch(RECOVERY);
    expect(out).toMatch(STEPS);
    expect(out).not.toMatch(/SELECT @@VERSION` against|その質問にはお答えできません|does not change my previous answer|前の回答は変わりません/);
  });
  it.each([
    ['How do I get the SQL version?', 'where-to-find'],
    ['how do I check the SQL build?', 'where-to-find'],
    ['how do we recover SQL?', 'sql-recovery'],
    ['SQLのバージョンはどこで確認できますか？', 'where-to-find'],
    ['if SQL is down, does TMS still work?', null],
    ['SQLを再起動する必要はありますか？', null],
  ])('catalogueQuestion(%j) is %j', (msg, id) => {
    const hit = catalogueQuestion(msg);
    if (id === null) expect(hit?.entry.id).not.toBe('sql-recovery');
    else expect(hit?.entry.id).toBe(id);
  });
});

describe('r16 #15g: the outage leads, and SQL is not said to need checking', () => {
  it.each([
    ['en', OUT],
    ['ja', OUTJ],
  ] as const)('%s', (lang, msg) => {
    const r = run(lang, [msg]);
    const out = rendered(r);
    expect(findings(r)).toContain('evidence-sql-encryption-failed');
    const firstLine = out.trim().split('\n')[0];
    expect(firstLine).toMatch(/SQL Server is down|SQL Server が停止しています/);
    expect(out).not.toMatch(/Check now that the SQL service is running|今すぐ SQL のサービスが動いているか確認/);
    // the recovery .reg is shown once, not again under the TLS 1.0 section
    expect(out.split('TLS 1.0\\Client]').length - 1).toBe(1);
  });
  it('without an outage the TLS 1.0 section still asks to check SQL now', () => {
    const out = rendered(run('en', ['TMS 15.2.1 on 2008 R2, SQL 2008 R2 SP2 local, TC7.3.7. We disabled TLS 1.0 and SSL 3.0 with IIS Crypto.']));
    expect(out).toMatch(/Check now that the SQL service is running/);
    expect(out).not.toMatch(/SQL Server is down/);
  });
});

describe('r16 #8: works now with a question, and more closings', () => {
  it.each([
    ['en', 'TMS 15.9, Win 2012 R2, SQL 2008 R2 SP3 10.50.6560.0 on the TMS server, CE 9.15.3, Medium-High done and it works now. Can we also disable TLS 1.0?', /Can TLS 1\.0 be turned off too\?/],
    ['ja', 'TMS 15.9、Windows Server 2012 R2、SQL 2008 R2 SP3 (10.50.6560.0) 同居、CE 9.15.3、Medium-High 済みで解決しました。ついでに TLS 1.0 を無効にしてもいいですか？', /TLS 1\.0 も無効にしてよいか/],
  ] as const)('%s: the question is answered and the case closed', (lang, msg, answered) => {
    const r = run(lang, [msg]);
    const out = rendered(r);
    expect(out).toMatch(answered);
    expect(out).toMatch(CLOSED);
    expect(out).not.toMatch(/Not settled yet|まだ判断できません|Steps, in order|作業の順序/);
    expect(r.state.pending).toBeNull();
    expect(r.state.facts.level).toBe('medium-high');
  });
  it('a failure in the same message keeps the full answer', () => {
    const out = rendered(run('en', ['TMS 15.9, Win 2012 R2, SQL 2016 remote, CE 9.15.3, Medium-High done and it works for the Room Kits but the MXPs still fail. Can we also disable TLS 1.0?']));
    expect(out).not.toMatch(CLOSED);
  });

  const SETUP = 'TMS 15.9, SX80 TC7.3.21, Windows Server 2019, SQL 2016 remote, Medium';
  const SETUPJ = 'TMS 15.9、SX80 TC7.3.21、Windows Server 2019、SQL 2016 別サーバ、Medium';
  it.each([
    ['ja', SETUPJ, '直したら緑になりました。ありがとうございました'],
    ['ja', SETUPJ, '緑になりました！'],
    ['ja', SETUPJ, '無事つながりました、ありがとうございます'],
    ['en', SETUP, 'Fixed after the change, cheers'],
    ['en', SETUP, 'that did the trick'],
  ] as const)('%s %j closes the case', (lang, setup, msg) => {
    const r = run(lang, [setup, msg]);
    expect(rendered(r)).toMatch(CLOSED);
    expect(r.state.pending).toBeNull();
  });
  it('"closing the case" after the MXP trade-off: no Telnet warning, no version asked again', () => {
    const r = run('en', [
      "Did the fix yesterday (TMS 15.9, Medium -> Medium-High, Win2016, no keys changed). Room Kits are green now but 3 old MXP 1700s show 'Security violation: Telnet communication is not allowed'.",
      "ok we'll replace the MXPs. closing the case, thx",
    ]);
    const out = rendered(r);
    // (QA round 20 #10d: closing the case is noted, it does not say the fix worked)
    expect(out).toMatch(/Noted, thanks/);
    expect(out).not.toMatch(/Telnet|Which software version/);
  });
  it.each([
    ['that did the trick', 'works'],
    ['did the trick, thanks', 'works'],
    ['fixed after the reboot', 'works'],
    ['緑になりました', 'works'],
    ['無事つながりました', 'works'],
    ['ケースをクローズします', 'closed'],
    ['not green yet', null],
    ['まだ緑になりません', null],
    ['did the trick for 3 of 10', null],
    ['一部が緑になりました', null],
    ['SQL に無事つながりました', null],
    ['can we close the case', null],
    ['we cannot close the case yet', null],
    ['before closing the case, one more thing', null],
    ['fixed after the change for some of them', null],
  ])('closingIn(%j) = %j', (msg, want) => {
    expect(closingIn(normIntent(msg))).toBe(want);
  });
  it.each([
    ['did the trick for 3 of 10', true],
    ['一部が緑になりました', true],
    ['that did the trick', false],
    ['緑になりました', false],
  ])('partialSuccessIn(%j) = %j', (msg, want) => {
    expect(partialSuccessIn(msg)).toBe(want);
  });
  it.each([
    ['en', SETUP, 'did the trick for 3 of 10', PARTIAL],
    ['ja', SETUPJ, '一部が緑になりました', PARTIAL],
  ] as const)('%s %j is a partial success', (lang, setup, msg, want) => {
    const out = rendered(run(lang, [setup, msg]));
    expect(out).toMatch(want);
    expect(out).not.toMatch(CLOSED);
  });
  it.each([
    ['en', SETUP, 'not green yet'],
    ['ja', SETUPJ, 'まだ緑になりません'],
  ] as const)('%s %j does not close', (lang, setup, msg) => {
    expect(rendered(run(lang, [setup, msg]))).not.toMatch(CLOSED);
  });
});
