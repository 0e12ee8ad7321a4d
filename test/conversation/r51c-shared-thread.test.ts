/**
 * R51C (QA33 F4, F6), the engine's part: a line said in a shared thread without addressing the bot
 * (`unaddressed`) that carries nothing it reads gets no reply and leaves the conversation as it was; the
 * same line without the flag (a DM) is answered as before.
 */
import { step } from '../../src/conversation/engine';
import type { ConversationState, IncomingMessage, TurnResult } from '../../src/conversation/types';
import { rendered } from './helpers';

const shared = (text: string): IncomingMessage => ({ kind: 'text', text, keepLang: true, unaddressed: true });

function opened(first: string): ConversationState {
  return step(null, { kind: 'text', text: first, keepLang: true }).state;
}

describe('R51C: chatter in a shared thread', () => {
  const EN = 'TMS 15.2.1 with endpoints on CE 9.15.3 shows No HTTPS response';
  const JA = 'TMS 15.2.1 で CE 9.15.3 の端末が No HTTPS response です';

  it.each([
    [EN, 'sure, calling them now'],
    [EN, 'sure, calling them at 3'],
    [EN, 'sure, calling them at 3pm'],
    [EN, 'lunch first, then the server room'],
    [EN, 'lol this again'],
    [EN, 'ok'],
    [EN, 'on it, brb'],
    [JA, '了解、電話します'],
    [JA, '確認します'],
    [JA, '少々お待ちください'],
  ])('%s / %j: no reply, the same state (facts, open question, turns)', (first, line) => {
    const s = opened(first);
    expect(s.pending).toBe('need-sql-version');
    const out = step(s, shared(line));
    expect(out.replies).toHaveLength(0);
    expect(out.route).toBe('chatter');
    expect(out.state).toEqual(s);
    // The same line in a DM (no flag): answered as before.
    expect(step(s, { kind: 'text', text: line }).replies.length).toBeGreaterThan(0);
  });

  it('after a full answer, "lol" / "nice" are silent too', () => {
    const s = opened('TMS 15.2.1, endpoints CE 9.15.3, Windows 2012 R2, SQL 2016 on another server');
    for (const line of ['lol', 'nice', 'お疲れさまです']) expect(step(s, shared(line)).replies).toHaveLength(0);
  });

  it.each([
    ['SQL is the newest one', /SQL Server/],
    ['SQL 2014', /2014/],
    ['does this need a reboot?', /reboot/i],
    ['2016, on the TMS server', /2016/],
    ['Dave thinks it is the certificate', /certificate/i],
  ])('%j: something to read (or a failed answer that names the case): still answered', (line, shows) => {
    const s = opened(EN);
    const out: TurnResult = step(s, shared(line));
    expect(out.replies.length).toBeGreaterThan(0);
    expect(rendered(out)).toMatch(shows);
  });

  it('a one-turn memory survives chatter: "that last number was the OS" after a silent line', () => {
    let s = opened('TMS 15.2.1 with endpoints on CE 9.15.3, SQL 2016 on another server');
    s = step(s, shared('2019')).state;
    const silent = step(s, shared('sure, calling them now'));
    expect(silent.replies).toHaveLength(0);
    expect(silent.state.lastAnswer).toEqual(s.lastAnswer);
  });
});
