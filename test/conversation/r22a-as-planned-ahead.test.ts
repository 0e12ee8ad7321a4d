/**
 * REV22 #1: "as planned" is no plan cue only in a done report ("we upgraded TMS to 15.13 last night as planned"); with a time
 * ahead or no done word it stays one ("we upgrade TMS to 15.13 on Friday as planned", "upgrading TMS to 15.13 tomorrow as
 * planned"): the release is not recorded as the current one.
 */
import { freshState, step } from '../../src/conversation/engine';

const T14 = 'TMS 14.6.2, Windows Server 2012 R2';
function after(setup: string, line: string) {
  const before = step(freshState('en'), { kind: 'text', text: setup }).state;
  return { before, r: step(before, { kind: 'text', text: line }) };
}

describe('REV22 #1: "as planned" with a time ahead', () => {
  it.each([
    'we upgrade TMS to 15.13 on Friday as planned',
    'upgrading TMS to 15.13 tomorrow as planned',
    'the upgrade to TMS 15.13 happens Friday as planned',
    'TMS goes to 15.13 on Friday as planned',
    'we will upgrade TMS to 15.13 tonight as planned',
    'TMS was going to 15.13 next week as planned',
  ])('%s: TMS 14.6.2 kept', (line) => {
    const { r } = after(T14, line);
    expect(r.state.facts.tms?.raw).toBe('14.6.2');
    expect(JSON.stringify(r.replies)).not.toMatch(/Updated: TMS 14\.6\.2/);
  });
  it.each(['we upgraded TMS to 15.13 last night as planned', 'TMS was upgraded to 15.13 as planned', 'we upgraded TMS to 15.13 on Friday as planned'])(
    '%s: a done report, TMS 15.13 recorded',
    (line) => {
      const { r } = after(T14, line);
      expect(r.state.facts.tms?.raw).toBe('15.13');
    },
  );
});
