/**
 * QA round 28, E1 / E2 / C1 / C3: details of Schannel and SQL event text (src/evidence/text.ts) and the
 * 26011 answer. What the reader stores (the event's "(alert 70)") and what the user then sees.
 */
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

