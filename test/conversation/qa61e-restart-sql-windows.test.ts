/**
 * QA61 #6, #7, #10, #11 (fix61e):
 * #6  a reboot restarts IIS and the TMS services that were running, not a stopped TMSPLCMDirectoryService: the restart step
 *     after a reboot, the "skip step 5?" answer and the IIS-restart answer keep the PLCM check (knowledge.md, Fix step 6).
 * #7  a SQL release / service pack named next to a build that says otherwise: the card says they disagree, that the build
 *     decides, and to check with SELECT @@VERSION.
 * #10 Windows release unknown: the registry step, the question and its options include Windows Server 2008 (not R2), which
 *     needs KB4019276 first.
 * #11 SQL Server 2005: no TLS 1.2 build is listed in the sources; the 2008 / 2008 R2 builds are not offered as its builds.
 */
import type { Finding } from '../../src/domain/types';
import { runIn } from './helpers';
import type { TurnResult } from '../../src/conversation/types';

type Lang = 'en' | 'ja';
const finding = (r: TurnResult, code: string): Finding | undefined => r.replies.find((x) => x.diagnosis)?.diagnosis?.findings.find((f) => f.code === code);
const body = (f: Finding | undefined, lang: Lang): string => (f ? f.body.map((b) => b[lang]).join('\n') : '');

const CASE = {
  en: (win: string, sql: string) => `TMS 15.0.0 on Windows Server ${win} with SQL Server ${sql} on the same box, Communication Security Medium. SX20s upgraded to TC7.3.6 show No HTTPS response.`,
  ja: (win: string, sql: string) => `TMS 15.0.0、Windows Server ${win}、SQL Server ${sql} は TMS サーバ上、Communication Security は Medium。TC7.3.6 にした SX20 で No HTTPS response。`,
};

describe('#6: after a reboot the restart step still checks TMSPLCMDirectoryService', () => {
  const PLCM_EN = /check that `TMSPLCMDirectoryService` runs and start it if it does not/;
  const PLCM_JA = /`TMSPLCMDirectoryService` [^。]{0,20}確認[^。]{0,30}開始/;
  it.each([
    ['en', '2008 R2', '2008 R2 SP3 (10.50.6000)'],
    ['ja', '2008 R2', '2008 R2 SP3 (10.50.6000)'],
    ['en', '2016', '2016'],
    ['ja', '2016', '2016'],
  ] as const)('%s Windows %s: the step does not call itself done after a reboot', (lang, win, sql) => {
    const r = runIn(lang, [CASE[lang](win, sql)]);
    const f = finding(r, 'restart-tms-services');
    expect(f).toBeDefined();
    const text = body(f, lang);
    expect(text).not.toMatch(/this is already done|この手順は完了しています/);
    expect(text).toMatch(lang === 'en' ? PLCM_EN : PLCM_JA);
    // The reboot step says what a reboot restarts: the services that were running, not "every" service.
    const reboot = body(finding(r, 'reboot-server'), lang);
    expect(reboot).not.toMatch(/every TMS service|すべての TMS サービス/);
    expect(reboot).toMatch(/the TMS services that were running|実行中だった TMS サービス/);
  });

  it.each([
    ['en', 'can I skip step 5?', /TMSPLCMDirectoryService/],
    ['ja', '手順 5 は省略できますか？', /TMSPLCMDirectoryService/],
  ] as const)('%s "skip the restart step?" after a reboot keeps the PLCM check', (lang, q, re) => {
    const r = runIn(lang, [CASE[lang]('2008 R2', '2008 R2 SP3 (10.50.6000)'), q]);
    const out = r.replies.flatMap((x) => x.blocks).map((b) => JSON.stringify(b)).join('\n');
    expect(out).toMatch(re);
    expect(out).not.toMatch(/this step is already done|この手順は済んでいます/);
  });
});

describe('#7: a SQL label that the build contradicts is said to disagree', () => {
  const SETUP = {
    en: (sql: string) => `TMS 15.5 on Windows 2016, ${sql} on the TMS server, Medium. SX80s on CE 9.15 show No HTTPS response.`,
    ja: (sql: string) => `TMS 15.5、Windows 2016、${sql} は TMS サーバ上、Medium。SX80 CE 9.15 で No HTTPS response。`,
  };
  it.each([
    ['en', 'SQL Server 2012 SP4 (11.0.5058)', 'SQL Server 2012 SP4', 'SQL Server 2012 SP2'],
    ['ja', 'SQL Server 2012 SP4 (11.0.5058)', 'SQL Server 2012 SP4', 'SQL Server 2012 SP2'],
    ['en', 'SQL Server 2014 SP2 (12.0.4100)', 'SQL Server 2014 SP2', 'SQL Server 2014 SP1'],
    ['en', 'SQL Server 2016 (12.0.4100)', 'SQL Server 2016', 'SQL Server 2014 SP1'],
    ['ja', 'SQL Server 2016 (12.0.4100)', 'SQL Server 2016', 'SQL Server 2014 SP1'],
    ['en', 'SQL Server 2014 (11.0.6020)', 'SQL Server 2014', 'SQL Server 2012 SP3'],
  ] as const)('%s %s: label %s, build says %s', (lang, sql, label, build) => {
    const f = finding(runIn(lang, [SETUP[lang](sql)]), 'caveat-sql2012-kb3052404');
    expect(f).toBeDefined();
    const text = body(f, lang);
    expect(text).toContain(label);
    expect(text).toContain(build);
    expect(text).toMatch(lang === 'en' ? /disagree.*The build decides.*SELECT @@VERSION/ : /一致しません.*ビルドに基づいて.*SELECT @@VERSION/);
    // The one-line card shows only the title: it carries the disagreement too.
    expect(f!.title[lang]).toMatch(lang === 'en' ? /\((?:build \S+ is SQL Server|you wrote SQL Server)/ : /（(?:ビルド \S+ は SQL Server|SQL Server .* とのことですが)/);
  });
  it.each([
    ['en', 'SQL Server 2012 SP2 (11.0.5058)'],
    ['en', 'SQL Server 2012 SP2 CU9 (11.0.5641)'],
    ['ja', 'SQL Server 2014 SP1 (12.0.4100)'],
    ['en', 'SQL Server 2014 (12.0.4100)'],
    ['en', 'SQL Server 12.0.4100'],
  ] as const)('%s %s: label and build agree, no note', (lang, sql) => {
    const f = finding(runIn(lang, [SETUP[lang](sql)]), 'caveat-sql2012-kb3052404');
    expect(f).toBeDefined();
    expect(body(f, lang)).not.toMatch(/disagree|一致しません/);
  });
});

describe('#10: Windows release unknown names Windows Server 2008 (not R2) and KB4019276', () => {
  const MSG = {
    en: 'TMS 15.5, SQL 2016 remote, Medium. SX80s on CE 9.15 show No HTTPS response.',
    ja: 'TMS 15.5、SQL 2016 は別サーバ、Medium。SX80 CE 9.15 で No HTTPS response。',
  };
  it.each(['en', 'ja'] as const)('%s: registry step, question and options', (lang) => {
    const r = runIn(lang, [MSG[lang]]);
    const reg = body(finding(r, 'enable-tls11-12-registry'), lang);
    expect(reg).toMatch(lang === 'en' ? /2008 \(not R2\).*KB4019276/ : /2008（R2 ではない）.*KB4019276/);
    const q = r.replies.flatMap((x) => x.blocks).find((b) => b.type === 'question' && b.code === 'need-windows-version');
    expect(q).toBeDefined();
    const json = JSON.stringify(q);
    expect(json).toContain('KB4019276');
    const choices = (q as { choices?: { value: string }[] }).choices ?? [];
    expect(choices.map((c) => c.value)).toContain('2008');
    expect(choices.map((c) => c.value)).toContain('2008 R2');
  });
  it('the 2008 option, given back, reads as Windows Server 2008 without R2', () => {
    const r = runIn('en', [MSG.en, '2008']);
    expect(r.state.facts.windows).toMatchObject({ year: 2008, r2: false });
    expect(body(finding(r, 'enable-tls11-12-registry'), 'en')).toMatch(/KB4019276/);
  });
});

describe('#11: SQL Server 2005 gets no 2008 / 2008 R2 build as its own', () => {
  it.each([
    ['en', '2008 R2'],
    ['ja', '2008 R2'],
    ['en', '2025'],
    ['ja', '2025'],
  ] as const)('%s on Windows %s', (lang, win) => {
    const r = runIn(lang, [CASE[lang](win, '2005 SP4')]);
    const f = finding(r, 'caveat-sql2008r2-keep-tls10-ssl3');
    expect(f).toBeDefined();
    const text = body(f, lang);
    expect(text).not.toContain('10.50.6542.0');
    expect(text).not.toContain('10.0.6547.0');
    expect(text).not.toMatch(/Builds with TLS 1\.2|TLS 1\.2 に対応したビルドは、SQL Server 2008/);
    expect(text).toMatch(lang === 'en' ? /No build of SQL Server 2005 with TLS 1\.2 support is listed/ : /TLS 1\.2 に対応した SQL Server 2005 のビルドは、手元の資料には記載がありません/);
    expect(text).toMatch(lang === 'en' ? /SQL Server requirements of your TMS release/ : /TMS リリースの SQL Server 要件/);
    // "keep it enabled" only where TLS 1.0 is on by default; on 2025 it is the trade-off.
    if (win === '2025') expect(text).toMatch(lang === 'en' ? /decide that on purpose/ : /意図して判断/);
    else expect(text).toMatch(lang === 'en' ? /depends on TLS 1\.0: keep it enabled/ : /TLS 1\.0 は有効のままにしてください/);
  });
  it('SQL 2008 R2 keeps its builds', () => {
    const text = body(finding(runIn('en', [CASE.en('2008 R2', '2008 R2 SP3 (10.50.6000)')]), 'caveat-sql2008r2-keep-tls10-ssl3'), 'en');
    expect(text).toContain('10.50.6542.0');
  });
});
