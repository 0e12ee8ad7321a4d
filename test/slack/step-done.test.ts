/** The step checklist's edit (tickSteps): who ticked what and when, kept across later presses. */
import type { KnownBlock } from '@slack/types';
import { applyPress, checksOf, pressOf, showChecks, tickSteps } from '../../src/slack/listeners/actions/step-done';

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

  it('a press is what changed against the message as the presser saw it, applied to the checklist as stored', () => {
    const seenByBob = list(); // nothing ticked yet on Bob's screen
    const stored = applyPress(checksOf(list()), pressOf(list(), 'list', 'step-done', ['1'])!, 'UALICE', AT); // Alice ticked 1 meanwhile
    const press = pressOf(seenByBob, 'list', 'step-done', ['3'])!;
    expect(press).toMatchObject({ tick: ['3'], untick: [] });
    const out = showChecks(seenByBob, applyPress(stored, press, 'UBOB', AT + 1000));
    expect(el(out).initial_options.map((o: any) => o.value)).toEqual(['1', '3']);
    expect(el(out).options[0].description.text).toContain('<@UALICE>');
    expect(el(out).options[2].description.text).toContain('<@UBOB>');
    // A screen that differs from the selection by more than one box was not what the presser saw: only ticks count.
    const stale = tickSteps(list(), 'list', 'step-done', ['1', '3'], 'UALICE', AT)!;
    expect(pressOf(stale, 'list', 'step-done', ['2'])).toMatchObject({ tick: ['2'], untick: [] });
    expect(pressOf(stale, 'list', 'step-done', ['1'])).toMatchObject({ tick: [], untick: ['3'] });
  });
});
