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
import { catalogueQuestion } from '../../src/conversation/followup';

const OUT = "TMS 15.2.1 on 2008 R2, SQL 2008 R2 SP2 local, TC7.3.7. We disabled TLS 1.0 and SSL 3.0 with IIS Crypto and now SQL won't start (26011).";
const OUTJ = 'TMS 15.2.1、Windows 2008 R2、SQL 2008 R2 SP2 同居、TC7.3.7。TLS1.0とSSL3.0を無効にしたらSQLが起動しません。イベント17182';
const RECOVERY = /Getting SQL Server running again|SQL Server の復旧/;
const STEPS = /turn TLS 1\.0 back on for both Client and Server|TLS 1\.0 の Client と Server の両方を有効に戻す/;

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
