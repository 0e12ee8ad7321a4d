/**
 * R51C (QA33 F6), the engine's part: a first line in a thread joined late (`lateJoin`: the bot was mentioned
 * inside a thread that had messages before) that gives nothing says the bot reads only from its mention on,
 * then asks its first question (EN and JA); one with versions or a question is answered as usual.
 */
import { step } from '../../src/conversation/engine';
import type { IncomingMessage } from '../../src/conversation/types';
import { rendered } from './helpers';

const late = (text: string): IncomingMessage => ({ kind: 'text', text, keepLang: true, lateJoin: true });

describe('R51C: a mention in a thread the bot was not in', () => {
  it.each([
    ['can you look?', /only see this thread from your mention on/, 'en'],
    ['', /only see this thread from your mention on/, 'en'],
    ['見てもらえますか？', /から後しか読めない/, 'ja'],
  ])('%j: one sentence, then the first question', (line, says, lang) => {
    const out = step(null, late(line));
    const text = rendered(out);
    expect(text).toMatch(says);
    expect(text).not.toMatch(/don't know that one|お答えできません|What I can do/);
    expect(out.state.pending).toBe('need-endpoint-version');
    expect(out.state.lang).toBe(lang);
    expect(out.state.toldCannot).toBeUndefined();
  });

  it('with versions or a question in it: answered as usual', () => {
    expect(rendered(step(null, late('TMS 15.2.1 with CE 9.15.3 here')))).not.toMatch(/from your mention on/);
    expect(rendered(step(null, late('is a reboot needed?')))).toMatch(/reboot/i);
    // Only the first line: later lines in that thread are ordinary.
    const s = step(null, late('can you look?')).state;
    expect(rendered(step(s, late('can you look?')))).not.toMatch(/from your mention on/);
  });
});
