/**
 * R42: an Event Viewer record (Log Name / Source / Event ID lines) in which nothing was read is called an
 * event-log record in the reply, not "a log"; a timestamped log is still "a log" (EN and JA).
 */
import { rendered, runIn } from './helpers';

const EN_RECORD = [
  'Log Name:      System',
  'Source:        Microsoft-Windows-Kernel-General',
  'Date:          12/1/2026 10:15:02 AM',
  'Event ID:      16',
  'Level:         Information',
  'Description:',
  'The access history in hive was cleared updating 12 keys.',
].join('\n');

const JA_RECORD = [
  'ログの名前:    System',
  'ソース:        Microsoft-Windows-Kernel-General',
  '日付:          2026/12/01 10:15:02',
  'イベント ID:   16',
  'レベル:        情報',
  '説明:',
  'ハイブのアクセス履歴がクリアされました。',
].join('\n');

const LOG = Array.from({ length: 8 }, (_, i) => `2026-12-01 10:0${i}:02,123 [12] INFO  tms.Scheduler - poll ${i} ok`).join('\n');

describe('R42: an event record the bot reads nothing from is named as one', () => {
  it('EN: "an event-log record (7 lines)", not "a log"', () => {
    const t = rendered(runIn('en', ['TMS 15.2.1 shows No HTTPS response', EN_RECORD]));
    expect(t).toMatch(/event-log record \(7 lines\)/);
    expect(t).not.toMatch(/looks like a log/);
    expect(t).toMatch(/I found nothing in it about this problem/);
  });

  it('JA: 「イベント ログのレコード」, not 「ログのようです」 alone', () => {
    const t = rendered(runIn('ja', ['TMS 15.2.1 で No HTTPS response が出ます', JA_RECORD]));
    expect(t).toMatch(/イベント ログのレコードのようです（7 行）/);
    expect(t).not.toMatch(/(?:^|\n)ログのようです/);
  });

  it('a timestamped log is still called a log (EN and JA)', () => {
    expect(rendered(runIn('en', ['TMS 15.2.1 shows No HTTPS response', LOG]))).toMatch(/looks like a log \(8 lines\)/);
    const ja = rendered(runIn('ja', ['TMS 15.2.1 で No HTTPS response が出ます', LOG]));
    expect(ja).toMatch(/ログのようです（8 行）/);
    expect(ja).not.toMatch(/レコード/);
  });
});
