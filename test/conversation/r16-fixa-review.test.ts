/**
 * FIX-A: reviewer findings on the R16 readers (third party, SQL down, TMS services down, evidence gate, alert numbers).
 * Each block asserts what is stored or shown, not the wording.
 */
import { aboutThirdParty } from '../../src/domain/understand/third-party';
import { tmsServicesDownIn } from '../../src/domain/understand/tms-services-down';
import { readPastedText } from '../../src/evidence/text';
import { saysSqlDown } from '../../src/domain/understand/sql-down';
import { runIn } from './helpers';

const SQL08 = 'TMS 15.9, SQL 2008 R2 on the TMS server';

describe('another customer named only as a comparison to our own change', () => {
  it.each([
    ['en', SQL08, "We disabled TLS 1.0 on our TMS like another customer did, and now SQL won't start."],
    ['ja', 'TMS 15.9、SQL 2008 R2 が TMS サーバ上にあります', '他の案件と同じように、うちのTMSでTLS 1.0を無効にしたら、SQLが起動しなくなりました'],
  ] as const)('%s: TLS 1.0 off and SQL down are stored (%s / %s)', (lang, setup, msg) => {
    const r = runIn(lang, [setup, msg]);
    expect(r.state.facts.tlsClaims?.tls10).toBe('off');
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
  });

  it.each([
    "Another customer disabled TLS 1.0 on their TMS and SQL won't start.",
    'We heard that another customer disabled TLS 1.0 and then SQL did not start.',
    '他の案件で、TLS 1.0を無効にしたらSQLが起動しないと聞きました',
    'Another customer disabled TLS 1.0 on the TMS server and SQL stopped.',
  ])('still another party: %s', (msg) => {
    expect(aboutThirdParty(msg)).toBe(true);
  });
});

describe('only the clause right after an "if" clause is supposed', () => {
  it('"If it helps, SQL Server is down since …": SQL down stored', () => {
    const r = runIn('en', [SQL08, 'If it helps, SQL Server is down since we disabled TLS 1.0 on the TMS server.']);
    expect(r.state.facts.tlsClaims?.sqlDown).toBe(true);
  });

  it.each([
    ['If you need it, the SQL service does not start since yesterday.', true],
    ['If TLS 1.0 is off, SQL won\'t start, but SQL is down now anyway.', true],
    ['If we turn TLS 1.0 off, SQL won\'t start.', undefined],
    ['If we turn TLS 1.0 off, SQL won\'t start, right?', undefined],
    ['In case it matters, SQL will not start if TLS 1.0 is off.', undefined],
  ] as const)('%s -> %s', (msg, down) => {
    expect(saysSqlDown(msg)).toBe(down);
  });
});

describe('TMS services "don\'t run" with a place after it is where they run, not a failure', () => {
  it.each([
    ["The TMS services don't run on the database server, only SQL does.", false],
    ['TMS services do not run at the remote site.', false],
    ["The TMS services don't run since the reboot.", true],
    ["The TMS services won't start after the reboot.", true],
    ['TMSSchedulerService is not running.', true],
    ['TMSSchedulerService is not running on the TMS server.', true],
    ['TMSSchedulerService is not running on the SQL box.', false],
  ] as const)('%s -> %s', (msg, down) => {
    expect(tmsServicesDownIn(msg)).toBe(down);
  });
});

describe('the width fold: triggered by full-width letters and digits in the gate, still read in evidence lines', () => {
  it.each([
    ['イベントＩＤ ３６８８７', 'event-schannel-error'],
    ['イベントID：36887 のエラーが出ています', 'event-schannel-error'],
    ['EventID：26011（MSSQLSERVER）', 'event-sql-encryption-init-failed'],
  ])('%s', (msg, code) => {
    expect(readPastedText(msg).observations.map((o) => o.code)).toContain(code);
  });
});

describe('a count after an alert word is no alert code', () => {
  const said = (msg: string): string => JSON.stringify(readPastedText(msg).observations);
  it.each([
    '36887のアラートが40台で出ています',
    '36887のアラートが20通届いています',
    '36887のアラートが10箇所で出ています',
    'Event 36887 alert 40 endpoints every poll.',
    'Schannel 36887 alert 40 systems affected.',
    'Event 36887, alert 20 codecs so far.',
  ])('%s: no alert code read', (msg) => {
    expect(said(msg)).not.toMatch(/alert \d+\)|アラート \d+）/);
  });

  it.each([
    ['36887でアラート40を受信しています', /アラート 40）/],
    ['Event 36887 (alert 40) every poll.', /alert 40\)/],
  ])('%s: the alert code is still read', (msg, re) => {
    expect(said(msg)).toMatch(re);
  });
});

describe('the sqlcmd no-answer note does not call every 2008 R2 build one without TLS 1.2', () => {
  it('names the 2008 R2 builds before 10.50.6542.0 as the example, EN and JA', () => {
    const err = 'Sqlcmd: Error: Microsoft ODBC Driver 11 for SQL Server : Login timeout expired.';
    const o = readPastedText(`C:\\>sqlcmd -S .\\SQLTMS -E -Q "select @@version"\n${err}`).observations.find((x) => x.code === 'sql-no-answer');
    expect(o).toBeDefined();
    expect(o!.detail.en).toMatch(/10\.50\.6542\.0/);
    expect(o!.detail.ja).toMatch(/10\.50\.6542\.0/);
    expect(o!.detail.en).not.toMatch(/on SQL Server 2008 R2, or another build/);
  });
});

describe('what kind of text: only event lines in ERRORLOG form make an ERRORLOG', () => {
  const banner = [
    '2026-12-01 10:20:11.90 Server      Microsoft SQL Server 2008 R2 (SP2) - 10.50.4000.0 (X64)',
    '2026-12-01 10:20:11.91 Server      (c) Microsoft Corporation.',
    '2026-12-01 10:20:11.92 Server      All rights reserved.',
  ];
  const windowsEvent = [
    'Log Name:      Application',
    'Source:        MSSQLSERVER',
    'Date:          12/1/2026 10:20:12 AM',
    'Event ID:      26011',
    'Level:         Error',
    'Description:',
    'The server was unable to initialize encryption because of a problem with a security library.',
  ];
  const errorlogEvent = [
    '2026-12-01 10:20:12.05 Server      Error: 26011, Severity: 16, State: 1.',
    '2026-12-01 10:20:12.05 Server      The server was unable to initialize encryption because of a problem with a security library.',
  ];
  it('one Windows 26011 event pasted with a few ERRORLOG start-up lines stays an event log', () => {
    expect(readPastedText([...banner, ...windowsEvent].join('\n')).kind).toBe('eventlog');
  });
  it('26011 in ERRORLOG form is still the ERRORLOG', () => {
    expect(readPastedText([...banner, ...errorlogEvent].join('\n')).kind).toBe('sql-errorlog');
  });
});
