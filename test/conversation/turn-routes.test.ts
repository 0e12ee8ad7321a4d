/**
 * Each turn names the reader that answered it (TurnResult.route): the turn's log line and the
 * turns-by-route metric read it. Names are a small fixed set of label-safe words.
 */
import { step } from '../../src/conversation/engine';
import type { ConversationState, IncomingMessage } from '../../src/conversation/types';

const LABEL = /^[a-z][a-z0-9-]{0,39}$/;

function routesOf(messages: (string | IncomingMessage)[], lang?: 'en' | 'ja'): string[] {
  let s: ConversationState | null = null;
  const out: string[] = [];
  for (const [i, m] of messages.entries()) {
    const r = step(i === 0 && lang === 'ja' ? null : s, typeof m === 'string' ? { kind: 'text', text: m } : m);
    s = r.state;
    out.push(String(r.route));
  }
  return out;
}

describe('turn routes', () => {
  it('facts, a question back, a closing and a message nobody understood are told apart', () => {
    const r = routesOf(['TMS 15.9, endpoints on CE 9.15.3, SQL 2016 on another server, Windows Server 2016, level Medium', 'why?', 'qwerty zxcv', 'thanks, that fixed it']);
    expect(r[0]).toBe('facts');
    expect(r[2]).toBe('not-understood');
    expect(new Set(r).size).toBe(4);
    for (const x of r) expect(x).toMatch(LABEL);
  });

  it('the same in Japanese: a fact turn is "facts", a closing is not', () => {
    const r = routesOf(['TMS は 15.2.1 です', 'ありがとうございました']);
    expect(r[0]).toBe('facts');
    expect(r[1]).not.toBe('facts');
    expect(r[1]).toMatch(LABEL);
  });

  it('buttons, probe results and files are named by their kind; odd input never breaks the name', () => {
    const [first] = routesOf([{ kind: 'action', id: 'start-over' }]);
    expect(first).toBe('action');
    expect(step(null, { kind: 'text', text: '' }).route).toBe('greeting');
    expect(step(null, { kind: 'text', text: '\u0000\u0001\u0002binary\u0000\u0000\u0000\u0000' }).route).toMatch(LABEL);
    expect(step(null, null as unknown as IncomingMessage).route).toBe('unknown');
    expect(step(null, { kind: 'Some Kind!' } as unknown as IncomingMessage).route).toBe('unknown');
  });

  it('a route that answers (not facts) is named by its route', () => {
    const r = routesOf(['TMS 15.9, CE 9.15.3, SQL 2016 remote, Windows 2016, Medium', 'we set Medium-High and restarted', 'still failing']);
    expect(r[2]).toBe('intent-still-failing');
  });
});
