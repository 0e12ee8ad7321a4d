/**
 * payloadProblems counts a text's length in code points (as Slack does), and skips counting a text
 * no longer in UTF-16 units than its limit: the same verdicts either way, checked at the limits with
 * surrogate pairs (an emoji is two units, one character) and plain text.
 */
import type { KnownBlock } from '@slack/types';
import { LIMITS } from '../../src/slack/blockkit';
import { payloadProblems } from '../../src/slack/guard';

const EMOJI = '\u{1F600}';
const header = (text: string) => ({ text: 'fallback', blocks: [{ type: 'header', text: { type: 'plain_text', text } }] as KnownBlock[] });
const section = (text: string) => ({ text: 'fallback', blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] as KnownBlock[] });

describe('payloadProblems: lengths in code points', () => {
  it('a header or section exactly at its limit passes; one character more does not, in emoji or in letters', () => {
    for (const [make, limit] of [
      [header, LIMITS.headerText],
      [section, LIMITS.sectionText],
    ] as const) {
      expect(payloadProblems(make('a'.repeat(limit)))).toEqual([]);
      expect(payloadProblems(make('a'.repeat(limit + 1)))).toHaveLength(1);
      // twice the limit in UTF-16 units, but only `limit` characters
      expect(payloadProblems(make(EMOJI.repeat(limit)))).toEqual([]);
      expect(payloadProblems(make(EMOJI.repeat(limit + 1)))).toHaveLength(1);
      // a lone surrogate counts as one character
      expect(payloadProblems(make(`${'a'.repeat(limit - 1)}\uD83D`))).toEqual([]);
      expect(payloadProblems(make(`${'a'.repeat(limit)}\uD83D`))).toHaveLength(1);
    }
  });

  it('the fallback text: at the limit passes, past it is reported with its length in characters', () => {
    const limits = { maxBlocks: 50, maxText: 10, maxJson: 100_000 };
    expect(payloadProblems({ text: EMOJI.repeat(10), blocks: [] }, limits)).toEqual([]);
    expect(payloadProblems({ text: EMOJI.repeat(11), blocks: [] }, limits)).toEqual(['fallback text 11 > 10']);
  });
});
