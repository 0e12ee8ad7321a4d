/**
 * Round 43 B, item 2: the notes a reader adds to an evidence line ("alert 70", "state 10013", a .NET
 * view "64-bit") are said in Japanese in a Japanese answer (「アラート 70」「内部エラー状態 10013」「64 ビット」);
 * the English detail (which the rules read) keeps them as they were.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEvidenceBuffer } from '../../src/evidence';
import { readPastedText } from '../../src/evidence/text';
import { blocksText, last, talk } from './helpers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'evidence');
/** English prose notes that must not be left in a Japanese line. */
const ENGLISH_NOTES = /\balert \d|\bstate \d|\d{2}-bit/;

const wevtutil = (id: number, description: string): string =>
  ['Event[0]:', '  Log Name: System', '  Source: Schannel', '  Date: 2026-12-01T10:15:30.412', `  Event ID: ${id}`, '  Level: エラー', '  Computer: TMS01', '  Description: ', description, ''].join('\n');

describe('JA evidence lines carry no English notes', () => {
  it('36887 with alert 70: 「（アラート 70）」 in Japanese, "(alert 70)" in English', () => {
    const o = readPastedText(wevtutil(36887, 'リモート エンドポイントから致命的な警告を受信しました。TLS プロトコルで定義されている致命的な警告コードは 70 です。')).observations.find((x) => x.code === 'event-schannel-error')!;
    expect(o.detail.ja).toMatch(/36887[^。]*（アラート 70）/);
    expect(o.detail.ja).not.toMatch(ENGLISH_NOTES);
    expect(o.detail.en).toMatch(/36887[^;]*\(alert 70\)/);
  });

  it('36871 and 36888 (Get-WinEvent, JA): 内部エラー状態 and アラート', () => {
    const text = [
      'TimeCreated                     Id LevelDisplayName Message',
      '-----------                     -- ---------------- -------',
      '2026/12/01 10:15:30          36871 エラー           TLS クライアントの資格情報の作成中に致命的なエラーが発生しました。内部エラー状態は 10013 です。',
      '2026/12/01 10:10:01          36888 エラー           致命的な警告が生成され、リモート エンドポイントに送信されました。これにより、接続が終了する可能性があります。TLS プロトコルで定義されている致命的なエラー コードは 40 です。Windows SChannel のエラーの状態は 1205 です。',
    ].join('\n');
    const o = readPastedText(text).observations.find((x) => x.code === 'event-schannel-error')!;
    expect(o.detail.ja).toContain('（内部エラー状態 10013）');
    expect(o.detail.ja).toContain('（アラート 40、内部エラー状態 1205）');
    expect(o.detail.ja).not.toMatch(ENGLISH_NOTES);
    expect(o.detail.en).toContain('(alert 40, state 1205)');
  });

  it('the whole JA answer to a .reg with .NET values and to an event log: no English notes', async () => {
    for (const file of ['schannel-defaults-netfx.reg', 'events/schannel-36887-wevtutil-text.txt', 'events/getwinevent-table.txt']) {
      const r = await readEvidenceBuffer(file, readFileSync(join(FIXTURES, file)));
      if (!r.ok) throw new Error(file);
      const t = blocksText(last(talk('TMS 15.9、エンドポイントは CE 9.15', { kind: 'evidence', source: file, reading: r.reading })).replies);
      expect(t).toMatch(/アラート|ビット/);
      expect(t).not.toMatch(ENGLISH_NOTES);
    }
  });
});
