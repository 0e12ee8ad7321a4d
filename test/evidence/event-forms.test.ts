/**
 * Windows event texts in the forms engineers paste them: Event Viewer "Copy details as text" (with
 * its XML), Get-WinEvent / Get-EventLog tables (messages cut with "...") and Format-List,
 * wevtutil qe /f:text, the XML view, and Japanese Windows texts. One event counts once, whatever
 * number of forms it is shown in; the alert number of 36888 is read in both wordings Windows uses.
 * The inputs are in test/fixtures/evidence/events/ (written for these tests in Windows' layouts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEvidenceFile } from '../../src/evidence';
import { readPastedText } from '../../src/evidence/text';
import type { EvidenceReading } from '../../src/evidence/types';

const read = (file: string) => readPastedText(readFileSync(join(__dirname, '..', 'fixtures', 'evidence', 'events', file), 'utf8'));
const detail = (r: EvidenceReading, code: string) => r.observations.find((o) => o.code === code)?.detail.en ?? '';
const countOf = (r: EvidenceReading, code: string) => r.observations.find((o) => o.code === code)?.count;

describe('event texts as engineers paste them', () => {
  it('Event Viewer "Copy details as text" with its Event Xml: one 36874, not two', () => {
    const r = read('copy-details.txt');
    expect(r.kind).toBe('eventlog');
    expect(detail(r, 'event-schannel-error')).toContain('36874: a TLS 1.2 connection request came TO this server from a client (to IIS or TMS\'s web pages, for example; not TMS polling an endpoint), and they shared no cipher suite');
    expect(detail(r, 'event-schannel-error')).not.toContain('×2');
    expect(countOf(r, 'event-schannel-error')).toBe(1);
  });

  it('Get-WinEvent as a table: a row whose message PowerShell cut ("su...") is still read by its Id column; alert and state numbers in the newer wording', () => {
    const r = read('getwinevent-table.txt');
    const d = detail(r, 'event-schannel-error');
    expect(d).toContain('36874');
    expect(d).toContain('36888');
    expect(d).toContain('36871');
    expect(d).toContain('alert 70');
    expect(d).toContain('state 105');
    expect(countOf(r, 'event-schannel-error')).toBe(3);
  });

  it('Get-WinEvent | Format-List: Id then Message count once; "fatal error code is 40" is alert 40', () => {
    const r = read('getwinevent-list.txt');
    expect(detail(r, 'event-schannel-error')).toContain('36888: Schannel sent a fatal TLS alert and ended a handshake (alert 40, state 1205)');
    // In Japanese: full-width brackets and 、 (the JA style sheet).
    expect(r.observations.find((o) => o.code === 'event-schannel-error')?.detail.ja).toMatch(/36888: .*（アラート 40、内部エラー状態 1205）/);
    expect(countOf(r, 'event-sql-encryption-init-failed')).toBe(1);
    expect(countOf(r, 'event-schannel-error')).toBe(1);
  });

  it('Get-EventLog tables: InstanceID 26011 under a cut message; InstanceID with qualifiers (3221251483 = 26011)', () => {
    const r = read('geteventlog-ids.txt');
    expect(detail(r, 'event-sql-encryption-init-failed')).toContain('26011');
    expect(detail(r, 'event-sql-encryption-init-failed')).toContain('17182');
    const q = readPastedText(
      [
        '   Index Time          EntryType   Source                 InstanceID Message',
        '   ----- ----          ---------   ------                 ---------- -------',
        '   10442 Dec 02 09:10  Error       MSSQL$SQLEXPRESS       3221251483 The server was unable to initialize encryption because of a problem wit...',
      ].join('\n'),
    );
    expect(detail(q, 'event-sql-encryption-init-failed')).toContain('26011');
    const list = readPastedText('Index              : 10442\nEntryType          : Error\nInstanceId         : 3221251483\nMessage            : The server was unable to initialize encryption because of a problem with a security library.');
    expect(countOf(list, 'event-sql-encryption-init-failed')).toBe(1);
  });

  it('wevtutil qe /f:text and the XML view count once', () => {
    expect(detail(read('wevtutil.txt'), 'event-schannel-error')).toContain('36888: Schannel sent a fatal TLS alert and ended a handshake (alert 70, state 105)');
    expect(countOf(read('xml.txt'), 'event-sql-encryption-init-failed')).toBe(1);
  });

  it('Japanese Windows: 36874 and the SQL 17182/17826 messages are recognised, the 36888 alert number is read, a row and its message count once', () => {
    expect(detail(readPastedText('TLS 1.2 接続要求をリモート クライアント アプリケーションから受信しましたが、クライアント アプリケーションでサポートされている暗号スイートのいずれもサーバーでサポートされていません。'), 'event-schannel-error')).toContain('36874');
    const sql = read('ja-sql.txt');
    const d = detail(sql, 'event-sql-encryption-init-failed');
    expect(d).toContain('26011: ');
    expect(d).not.toContain('26011 ×2');
    expect(d).toContain('17182');
    expect(d).toContain('17826');
    expect(detail(read('ja2.txt'), 'event-schannel-error')).toContain('alert 70, state 105');
  });

  it('repeated messages without headers still count one each', () => {
    const line = 'A fatal alert was generated and sent to the remote endpoint. This may result in termination of the connection. The TLS protocol defined fatal error code is 70.';
    expect(countOf(readPastedText(`${line}\n${line}\n${line}`), 'event-schannel-error')).toBe(3);
    const rows = 'Error\t12/2/2026 9:10:01 AM\tSchannel\t36888\tNone\nError\t12/2/2026 9:10:02 AM\tSchannel\t36888\tNone';
    expect(countOf(readPastedText(rows), 'event-schannel-error')).toBe(2);
  });

  it('stays quick on a long hostile table', () => {
    const header = 'TimeCreated                      Id LevelDisplayName Message\n';
    const s = header + `${' '.repeat(30)}${'9'.repeat(100_000)}\n`.repeat(20) + `Id : ${'1'.repeat(100_000)}\n` + `${'fatal error code is '.repeat(50_000)}\n`;
    const t0 = Date.now();
    readPastedText(s);
    // Only a hang (catastrophic backtracking takes minutes) fails this, not a slow machine: speed is bench:evidence's.
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

describe('Schannel 36887 (a fatal alert received from the other side) in every export format (QA round 8)', () => {
  const file = (f: string) => join(__dirname, '..', 'fixtures', 'evidence', 'events', f);
  const schannel = async (f: string) => {
    const r = await readEvidenceFile(file(f));
    if (!r.ok) throw new Error(`not read: ${r.reason.en}`);
    return r.reading.observations.find((o) => o.code === 'event-schannel-error')?.detail.en ?? '';
  };
  it.each([
    ['schannel-36887-saveas.txt', 'state 10013'],
    ['schannel-36887-saveas.csv', 'alert 40, state 1205'],
    ['schannel-36887-saveas.xml', 'state 10013'],
    ['schannel-36887-wevtutil-qe.xml', 'alert 40, state 1205'],
    ['schannel-36887-wevtutil-text.txt', 'state 10013'],
    ['schannel-36887-ja-utf16.txt', 'alert 40, state 1205'],
    ['schannel-36887-ja-sjis.csv', 'alert 40, state 1205'],
  ])('%s: 36887 with its alert 70, and the other event with its details', async (f, other) => {
    const d = await schannel(f);
    expect(d).toContain('36887: Schannel received a fatal TLS alert from the remote side of the connection, which ended the handshake (alert 70)');
    expect(d).toContain(other);
  });

  it('wevtutil qe default XML: bare <Event> elements on one line are two events, not one', () => {
    const r = readPastedText(readFileSync(file('schannel-36887-wevtutil-qe.xml'), 'utf8'));
    const o = r.observations.find((x) => x.code === 'event-schannel-error');
    expect(o?.count).toBe(2);
    expect(o?.detail.en).toContain('36888: Schannel sent a fatal TLS alert and ended a handshake (alert 40, state 1205)');
  });
});
