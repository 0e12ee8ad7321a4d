/**
 * FIX20I (QA49 F11): "what's the status?", "status?", "where are we?", "what's left to do?", 「状況は？」, 「今どういう状況？」 get
 * the report summary, the same as "can you summarize the thread?" / 「状況をまとめてください」, in a DM, with a mention
 * or unaddressed in a shared thread; a status asked about something named ("what's the status of the SQL service?",
 * 「SQL の状況は？」) or what to do next (「あと何をすればいいですか？」) is not.
 */
import { step } from '../../src/conversation/engine';
import type { ConversationState, IncomingMessage } from '../../src/conversation/types';
import { rendered } from './helpers';

const shared = (text: string): IncomingMessage => ({ kind: 'text', text, keepLang: true, unaddressed: true });
const addressed = (text: string): IncomingMessage => ({ kind: 'text', text, keepLang: true });

function opened(first: string): ConversationState {
  return step(null, { kind: 'text', text: first, keepLang: true }).state;
}

const EN = 'TMS 15.2.1 with endpoints on CE 9.15.3 shows No HTTPS response';
const JA = 'TMS 15.2.1 で CE 9.15.3 の端末が No HTTPS response になっています';

describe('F11: the status asked', () => {
  const summaryOf = (first: string, line: string, msg: (t: string) => IncomingMessage) => rendered(step(opened(first), msg(line)));

  it.each([
    [EN, "what's the status?", addressed],
    [EN, 'status?', shared],
    [EN, 'where are we?', shared],
    [EN, 'where do we stand?', addressed],
    [EN, 'where are we?', (t: string): IncomingMessage => ({ kind: 'text', text: t })],
    [EN, "what's left to do?", shared],
    [EN, 'summary please', addressed],
    [JA, '状況は？', addressed],
    [JA, '今どういう状況？', shared],
    [JA, '現状はどうですか？', addressed],
    [JA, '残りは何ですか？', addressed],
  ])('%s / %j: the report summary', (first, line, msg) => {
    const want = first === JA ? /報告用のまとめ/ : /Summary for a report/;
    expect(summaryOf(first, line, msg)).toMatch(want);
    // the same as "can you summarize the thread?" / 「状況をまとめてください」
    const ref = first === JA ? '状況をまとめてください' : 'can you summarize the thread?';
    expect(summaryOf(first, line, msg)).toBe(summaryOf(first, ref, msg));
  });

  it.each([
    "what's the status of the SQL service?",
    'where are we running SQL?',
    "what's left to do on tms02?",
    'SQL の状況は？',
    'あと何をすればいいですか？',
  ])('%j: names something else: no report summary', (line) => {
    expect(rendered(step(opened(EN), addressed(line)))).not.toMatch(/Summary for a report|報告用のまとめ/);
  });
});
