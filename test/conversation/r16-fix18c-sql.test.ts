/**
 * FIX18C #1: SQL Server 2012 with the build (and service pack) unknown. knowledge.md: 2012 RTM and SP1 have no TLS 1.2
 * package, the action there is a service-pack upgrade, not "install KB3052404"; 2012 SP2 / SP3 and 2014 RTM / SP1 get the
 * update. The catalogue answer, the fix kit's SQL line and the diagnosis caveat say so (EN + JA), and the RTM / SP1 clause
 * is not added where it cannot apply (2014, 2012 SP2).
 */
import { kitAfter, runText } from './helpers';

const EN = (sql: string) => `TMS 15.2.1, CE 9.15, ${sql} on the TMS server, Windows 2012 R2, Medium`;
const JA = (sql: string) => `TMS 15.2.1、エンドポイントは CE 9.15、${sql} が TMS サーバ上、Windows 2012 R2、Medium です`;

/** The kit's texts (warnings and every file), one string. */
function kitText(lang: 'en' | 'ja', msgs: string[]): string {
  const k = kitAfter(lang, msgs);
  return [...k.warnings, ...k.files.map((f) => f.text)].join('\n');
}

/** The sentences of `text` that say what a build below the TLS 1.2 ones needs. */
const belowSentences = (text: string, re: RegExp): string[] => text.split(/\n|(?<=\.)\s(?=[A-Z])/).filter((s) => re.test(s));

describe('SQL 2012, build unknown: what an older build needs (FIX18C #1)', () => {
  it('EN: "does SQL need an update first?" names the service pack for RTM / SP1, not only the update', () => {
    const { text } = runText('en', [EN('SQL Server 2012'), 'do we need to update SQL first?']);
    const lines = belowSentences(text, /A build below those/);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/RTM \/ SP1[^.]*service-pack upgrade/);
  });

  it('JA: 同じ質問で RTM / SP1 はサービス パックへのアップグレードと言う', () => {
    const { text } = runText('ja', [JA('SQL Server 2012'), '先にSQLの更新は必要ですか？']);
    const lines = text.split(/\n|(?<=。)/).filter((s) => /ビルドより前であれば|これより前のビルドでは/.test(s));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/RTM \/ SP1[^。]*サービス パックへのアップグレード/);
  });

  it('EN kit: the SQL line says RTM / SP1 need a service pack, not KB3052404', () => {
    const t = kitText('en', [EN('SQL Server 2012')]);
    const line = t.split('\n').find((l) => /SQL Server 2012 on this server: whether it supports TLS 1\.2 depends on the build/.test(l));
    expect(line).toBeDefined();
    expect(line).toMatch(/RTM \/ SP1[^.]*service-pack upgrade/);
  });

  it('JA kit: SQL の行が RTM / SP1 にはサービス パックが必要と言う', () => {
    const t = kitText('ja', [JA('SQL Server 2012')]);
    const line = t.split('\n').find((l) => /SQL Server 2012：TLS 1\.2 に対応しているかはビルドによります/.test(l));
    expect(line).toBeDefined();
    expect(line).toMatch(/RTM \/ SP1[^。]*サービス パックへのアップグレード/);
  });

  it('the RTM / SP1 clause stays out where it cannot apply: SQL 2014 and SQL 2012 SP2 (diagnosis, answer, kit)', () => {
    for (const sql of ['SQL Server 2014', 'SQL Server 2012 SP2']) {
      const first = runText('en', [EN(sql)]).text;
      const asked = runText('en', [EN(sql), 'do we need to update SQL first?']).text;
      const kit = kitText('en', [EN(sql)]);
      for (const t of [first, asked, kit]) {
        expect(t).toMatch(/KB3052404/);
        expect(t).not.toMatch(/on 2012 RTM \/ SP1/);
      }
    }
  });
});
