/** The step checklist's edit (tickSteps): who ticked what and when, kept across later presses. */
import type { KnownBlock } from '@slack/types';
import { tickSteps } from '../../src/slack/listeners/actions/step-done';

const opt = (n: number) => ({ text: { type: 'mrkdwn', text: `${n}. Step ${n}` }, value: String(n) });
const list = (): KnownBlock[] => [
  { type: 'section', text: { type: 'mrkdwn', text: '*1. Step 1*' } },
  { type: 'actions', block_id: 'list', elements: [{ type: 'checkboxes', action_id: 'step-done', options: [1, 2, 3].map(opt) }] } as unknown as KnownBlock,
];
const el = (blocks: KnownBlock[]) => (blocks[1] as any).elements[0];
const AT = Date.UTC(2026, 11, 2, 10, 32);

describe('tickSteps', () => {
  it('a ticked step says who and when; initial_options are exactly the ticked options', () => {
    const out = tickSteps(list(), 'list', 'step-done', ['2'], 'UALICE', AT)!;
    const e = el(out);
    expect(e.options[1].description.text).toBe(`✓ <@UALICE> <!date^${AT / 1000}^{time}|10:32 UTC>`);
    expect(e.options[0].description).toBeUndefined();
    expect(e.initial_options).toEqual([e.options[1]]);
    expect(out[0]).toEqual(list()[0]);
  });

  it('a later press keeps who ticked earlier steps, marks the new one, and unticking clears it', () => {
    const first = tickSteps(list(), 'list', 'step-done', ['2'], 'UALICE', AT)!;
    const second = tickSteps(first, 'list', 'step-done', ['2', '3'], 'UBOB', AT + 60_000)!;
    expect(el(second).options[1].description.text).toContain('<@UALICE>');
    expect(el(second).options[2].description.text).toContain('<@UBOB>');
    expect(el(second).initial_options.map((o: any) => o.value)).toEqual(['2', '3']);
    const third = tickSteps(second, 'list', 'step-done', ['3'], 'UALICE', AT + 120_000)!;
    expect(el(third).options[1].description).toBeUndefined();
    expect(el(third).options[2].description.text).toContain('<@UBOB>');
    const none = tickSteps(third, 'list', 'step-done', [], 'UBOB', AT)!;
    expect(el(none).initial_options).toBeUndefined();
    expect(el(none).options.every((o: any) => o.description === undefined)).toBe(true);
  });

  it('a press on anything else, or a value the list does not have, changes nothing it should not', () => {
    expect(tickSteps(list(), 'other', 'step-done', ['1'], 'UALICE', AT)).toBeNull();
    expect(tickSteps(list(), 'list', 'step-done:1', ['1'], 'UALICE', AT)).toBeNull();
    const out = tickSteps(list(), 'list', 'step-done', ['9', '<!channel>'], 'UALICE', AT)!;
    expect(el(out).initial_options).toBeUndefined();
    // A user id that is not one is not made into a mention.
    expect(el(tickSteps(list(), 'list', 'step-done', ['1'], '<!here>', AT)!).options[0].description.text).not.toContain('<!here>');
  });
});
