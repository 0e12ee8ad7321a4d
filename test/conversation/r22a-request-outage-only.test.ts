/**
 * REV22 #4, #5: in a shared thread, a line said to a colleague gets the hardening warning only when the change would be an
 * outage (TLS 1.0 off, alone, with SSL 3.0 or by IIS Crypto's Best Practices, with SQL 2008 R2 possibly without TLS 1.2 on the
 * TMS server): never for a noun named after TLS 1.0 (a session, a ticket, a list, an alert, a browser, a laptop), never for
 * SSL 3.0 alone; and the warning is decided from the plan read, whatever else the line says, still taking no fact from it.
 */
import type { ConversationState, IncomingMessage, TurnResult } from '../../src/conversation/types';
import { freshState, step } from '../../src/conversation/engine';

const B = 'TMS 15.2, endpoints CE 9.15, SQL 2008 R2 on the TMS server, Windows 2012 R2, level Medium';
const WARN = /Please don't|実施しないでください/;

/** As the Slack listener sends it: `toOthers` (opens with @someone), `shared` (a thread line that names someone), or a DM. */
function run(line: string, mode: 'dm' | 'shared' | 'toOthers'): { before: ConversationState; r: TurnResult } {
  const before = step(freshState('en'), { kind: 'text', text: B }).state;
  const msg: IncomingMessage =
    mode === 'dm'
      ? { kind: 'text', text: line }
      : { kind: 'text', text: line, keepLang: true, unaddressed: true, othersMentioned: true, ...(mode === 'toOthers' ? { toOthers: true } : {}) };
  return { before, r: step(before, msg) };
}
const shown = (r: TurnResult) => JSON.stringify(r.replies);

describe('REV22 #4: requests about nouns, and SSL 3.0 alone', () => {
  it.each([
    '@bob can you kill the TLS 1.0 test session?',
    '@bob can you drop the TLS 1.0 ticket, it is a duplicate',
    '@bob can you remove TLS 1.0 from the list of things to check?',
    '@bob can you turn the TLS 1.0 alert off in the monitoring?',
    '@bob can you turn off TLS 1.0 in Chrome?',
    '@bob please disable TLS 1.0 client side only on your laptop',
    '@bob please disable SSL 3.0 only',
  ])('%s: silent in a shared thread, nothing taken', (line) => {
    const { before, r } = run(line, 'toOthers');
    expect(r.route).toBe('chatter');
    expect(r.replies).toEqual([]);
    expect(r.state).toEqual(before);
  });
  it.each(['Bob, please disable SSL 3.0 only', 'Mike, can you kill the TLS 1.0 test session?'])('%s (named first): no warning in a shared thread', (line) => {
    const { r } = run(line, 'shared');
    expect(shown(r)).not.toMatch(WARN);
    expect(shown(r)).not.toMatch(/Not as part of this fix/);
  });
  it('in a DM, "@bob please disable SSL 3.0 only" still says not as part of this fix, without "Please don\'t"', () => {
    const { before, r } = run('@bob please disable SSL 3.0 only', 'dm');
    expect(shown(r)).toMatch(/Not as part of this fix/);
    expect(shown(r)).not.toMatch(WARN);
    expect(r.state.facts).toEqual(before.facts);
  });
  it.each([
    '@bob can you disable TLS 1.0 and SSL 3.0 tonight?',
    '@bob can you disable TLS 1.0 tonight?',
    '@bob please disable TLS 1.0 on the TMS server tonight',
    '@bob can you run IIS Crypto best practices tonight?',
    '@bob can you turn TLS 1.0 off?',
  ])('%s: still warned in a shared thread, nothing taken', (line) => {
    const { before, r } = run(line, 'toOthers');
    expect(r.route).toBe('hardening-plan');
    expect(shown(r)).toMatch(WARN);
    expect(r.state.facts).toEqual(before.facts);
  });
});

describe('REV22 #5: the warning decided from the plan read, not the route', () => {
  it.each([
    ['@bob can you disable TLS 1.0 and SSL 3.0 tonight? endpoints are CE 9.15 btw', /TLS 1\.0 and SSL 3\.0 off/],
    ['@bob can you disable TLS 1.0 tonight? SQL Server is already down since this morning', /needs TLS 1\.0/],
    ['@bob can you disable TLS 1.0 and SSL 3.0 tonight? SQL is 2016 btw', /TLS 1\.0 and SSL 3\.0 off/],
  ])('%s: the warning alone, from the facts as they were', (line, what) => {
    const { before, r } = run(line, 'toOthers');
    expect(r.route).toBe('hardening-plan');
    expect(shown(r)).toMatch(WARN);
    expect(shown(r)).toMatch(what);
    expect(r.state.facts).toEqual(before.facts);
  });
  it('"@bob did you check the endpoints? they are CE 9.15" stays theirs', () => {
    const { before, r } = run('@bob did you check the endpoints? they are CE 9.15', 'toOthers');
    expect(r.route).toBe('chatter');
    expect(r.state).toEqual(before);
  });
});
