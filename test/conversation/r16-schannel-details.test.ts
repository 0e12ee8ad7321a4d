/**
 * QA round 28, E1 / E2 / C1 / C3: details of Schannel and SQL event text (src/evidence/text.ts) and the
 * 26011 answer. What the reader stores (the event's "(alert 70)") and what the user then sees.
 */
import { freshState, step } from '../../src/conversation/engine';
import { readEvidenceBuffer } from '../../src/evidence';
import { readPastedText } from '../../src/evidence/text';
import { blocksText, runIn } from './helpers';

/** The Schannel observation's text (English detail) of a reading, or ''. */
function schannel(text: string): string {
  const o = readPastedText(text).observations.find((x) => x.code === 'event-schannel-error');
  return o ? o.detail.en : '';
}

/** A wevtutil /f:text record of 36887 whose description is `description`. */
const wevtutil36887 = (description: string): string =>
  [
    'Event[0]:',
    '  Log Name: System',
    '  Source: Schannel',
    '  Date: 2026-12-01T10:15:30.412',
    '  Event ID: 36887',
    '  Level: エラー',
    '  Computer: TMS01.corp.example.local',
    '  Description: ',
    description,
    '',
  ].join('\n');

describe('E1: the alert code of 36887/36888 whatever the wording around it', () => {
  it.each([
    ['「致命的な警告をリモート エンドポイントから…」 then the code, on one line', '致命的な警告をリモート エンドポイントから受信しました。TLS プロトコルで定義されている致命的な警告コードは 70 です。'],
    ['「…から致命的な警告を受け取りました。」 then the code, on one line', 'リモート エンドポイントから致命的な警告を受け取りました。TLS プロトコルで定義されている致命的な警告コードは 70 です。'],
    ['a wording not known to the reader, the code on its own line', '致命的な警告を受け取りました。\nTLS プロトコルで定義されている致命的な警告コードは 70 です。'],
    ['the known wording, the code on its own line', 'リモート エンドポイントから致命的な警告を受信しました。\nTLS プロトコルで定義されている致命的な警告コードは 70 です。'],
  ])('wevtutil JA record: %s', (_name, description) => {
    expect(schannel(wevtutil36887(description))).toMatch(/36887[^;]*\(alert 70\)/);
  });

  it.each([
    'TMS 15.9、CE 9.15です。システムログにSchannelのイベントID 36887（致命的な警告コード 70）が5分おきに大量に出ています。',
    'TMS 15.9, CE 9.15. We see Schannel event 36887 (alert 70) every 5 minutes.',
    'Schannel 36887, fatal alert code: 70',
    'イベントID 36887、アラート 70 が出ています',
  ])('prose: %s', (msg) => {
    expect(schannel(msg)).toMatch(/36887[^;]*\(alert 70\)/);
  });

  it('36888 in prose: "event 36888 fatal alert code 40"', () => {
    expect(schannel('event 36888 fatal alert code 40')).toMatch(/36888[^;]*\(alert 40\)/);
  });

  it.each([
    'Schannel 36887 alert 3 times a minute',
    'Schannel 36887 alert 45 minutes ago',
    'イベントID 36887 の警告が 10 回出ています',
    'Schannel 36871 alert 70',
  ])('no alert code read from a count, a time or another event: %s', (msg) => {
    const d = schannel(msg);
    expect(d).not.toBe('');
    expect(d).not.toMatch(/\(alert \d/);
  });

  it('the answer explains 36887 with alert 70 for the other JA word order (chat paste)', () => {
    const r = runIn('ja', ['TMS 15.9、CE 9.15です。', wevtutil36887('致命的な警告をリモート エンドポイントから受信しました。TLS プロトコルで定義されている致命的な警告コードは 70 です。')]);
    expect(blocksText(r.replies)).toContain('アラート 70（protocol_version）の 36887');
  });

  it('and for the prose 「36887（致命的な警告コード 70）」 in English too', () => {
    const r = runIn('en', ['TMS 15.9, CE 9.15. Schannel event ID 36887 (fatal alert code 70) every 5 minutes in the System log.']);
    expect(blocksText(r.replies)).toContain('36887 with alert 70 (protocol_version)');
  });
});

describe('E2: full-width event ids are read like half-width ones', () => {
  it.each([
    ['イベントＩＤ　３６８８７（Ｓｃｈａｎｎｅｌ）が出ています。', /36887/],
    ['Ｓｃｈａｎｎｅｌ　３６８７１が出ています', /36871/],
    ['イベントＩＤ：３６８８７、致命的な警告コード　７０', /36887[^;]*\(alert 70\)/],
  ])('%s', (msg, want) => {
    expect(schannel(msg)).toMatch(want);
  });

  it('a full-width SQL error number is read as the SQL event', () => {
    const codes = readPastedText('ＳＱＬのエラー２６０１１で起動しません').observations.map((o) => o.code);
    expect(codes).toContain('event-sql-encryption-init-failed');
  });

  it('the answer names the event read from full-width digits (as for 「イベントID 36887」)', () => {
    const r = runIn('ja', ['TMS 15.9、SQL 2016、Win2016、CE9.15。イベントＩＤ　３６８８７（Ｓｃｈａｎｎｅｌ）が出ています。']);
    expect(blocksText(r.replies)).toContain('36887: Schannel が接続相手から致命的な TLS アラートを受信し');
  });

  it('full-width text without any evidence word still reads nothing', () => {
    expect(readPastedText('ＴＭＳは１５．９、ＣＥは９．１５です。よろしくお願いします。').observations).toEqual([]);
  });
});

/** A SQL Server 2008 R2 ERRORLOG (Japanese) whose SQL service stopped with 26011/17182/17826. */
const ERRORLOG_JA = [
  '2026-12-01 10:20:11.42 Server      Microsoft SQL Server 2008 R2 (SP2) - 10.50.4000.0 (X64) ',
  '\tJun 28 2012 08:36:30 ',
  '\tExpress Edition with Advanced Services (64-bit) on Windows NT 6.3 <X64> (Build 9600: ) (Hypervisor)',
  '2026-12-01 10:20:11.42 Server      サーバー プロセス ID は 2412 です。',
  '2026-12-01 10:20:12.05 Server      エラー: 26011、重大度: 16、状態: 1。',
  '2026-12-01 10:20:12.05 Server      セキュリティ ライブラリに問題があるため、サーバーは暗号化を初期化できませんでした。',
  '2026-12-01 10:20:12.06 Server      エラー: 17182、重大度: 16、状態: 1。',
  '2026-12-01 10:20:12.06 Server      TDSSNIClient の初期化に失敗しました。エラー 0x80092004、状態コード 0x80。',
  '2026-12-01 10:20:12.07 Server      エラー: 17826、重大度: 18、状態: 3。',
  '2026-12-01 10:20:12.07 Server      ネットワーク ライブラリで内部エラーが発生したため、ネットワーク ライブラリを起動できませんでした。',
  '',
].join('\r\n');

/** The reply to a file given as evidence (as the console's `evidence FILE` does), as text. */
async function fileTurn(lang: 'en' | 'ja', name: string, content: string): Promise<string> {
  const r = await readEvidenceBuffer(name, Buffer.from(content, 'utf8'));
  if (!r.ok) throw new Error(r.reason.en);
  return blocksText(step(freshState(lang), { kind: 'evidence', source: name, reading: r.reading }).replies);
}

describe('C1: a SQL Server ERRORLOG file is labelled as such, not as an event log', () => {
  it('the reading says sql-errorlog', () => {
    expect(readPastedText(ERRORLOG_JA).kind).toBe('sql-errorlog');
  });

  it('JA: 「（SQL Server の ERRORLOG）」, not 「（eventlog）」', async () => {
    const text = await fileTurn('ja', 'ERRORLOG.txt', ERRORLOG_JA);
    expect(text).toContain('ERRORLOG.txt（SQL Server の ERRORLOG）');
    expect(text).not.toContain('eventlog');
  });

  it('EN: "(SQL Server ERRORLOG)"', async () => {
    const text = await fileTurn('en', 'ERRORLOG.txt', ERRORLOG_JA.replace(/エラー: (\d+)、重大度: (\d+)、状態: (\d+)。/g, 'Error: $1, Severity: $2, State: $3.'));
    expect(text).toContain('ERRORLOG.txt (SQL Server ERRORLOG)');
  });

  it('a Windows event log (wevtutil) is called a Windows event log', async () => {
    const text = await fileTurn('ja', 'system.txt', wevtutil36887('リモート エンドポイントから致命的な警告を受信しました。'));
    expect(text).toContain('system.txt（Windows のイベント ログ）');
  });
});

describe('C3: a 26011 with nothing said about a TLS change: check TLS 1.0 first, re-enable only if it is off', () => {
  const GWE_26011 = ['TimeCreated  : 2026/12/01 10:20:12', 'ProviderName : MSSQL$SQLTMS', 'Id           : 26011', 'Message      : セキュリティ ライブラリに問題があるため、サーバーは暗号化を初期化できませんでした。'].join('\n');

  it('JA: the first step checks whether TLS 1.0 (and SSL 3.0) were disabled, then says to re-enable TLS 1.0 if so', () => {
    const text = blocksText(runIn('ja', ['TMS 15.9、CE 9.15です。', GWE_26011]).replies);
    const check = text.indexOf('Schannel で TLS 1.0（と SSL 3.0）が無効になっていないか確認する');
    expect(check).toBeGreaterThan(-1);
    expect(text.indexOf('TLS 1.0 が無効なら、TLS 1.0 の Client と Server の両方を有効に戻す')).toBeGreaterThan(check);
  });

  it('EN: the same, and what it means when TLS 1.0 is on', () => {
    const text = blocksText(runIn('en', ['TMS 15.9, CE 9.15', 'Error\t5/25/2016 9:31:16 PM\tMSSQL$SQLTMS\t26011\tServer']).replies);
    const check = text.indexOf('(1) check whether TLS 1.0 (and SSL 3.0) were disabled in Schannel');
    expect(check).toBeGreaterThan(-1);
    expect(text.indexOf('if TLS 1.0 is off, turn TLS 1.0 back on for both Client and Server')).toBeGreaterThan(check);
    expect(text).toContain('If TLS 1.0 is on for both Client and Server and 26011 is still logged, the cause is something else');
  });

  it('with the change said ("we disabled TLS 1.0 and SSL 3.0"), re-enabling TLS 1.0 is the step, not a check', () => {
    const text = blocksText(runIn('en', ['TMS 15.9, CE 9.15, SQL 2008 R2 SP2 on the TMS server. We disabled TLS 1.0 and SSL 3.0 and now SQL fails with error 26011']).replies);
    expect(text).toContain('(1) turn TLS 1.0 back on for both Client and Server');
    expect(text).not.toContain('check whether TLS 1.0 (and SSL 3.0) were disabled');
  });
});
