/**
 * QA47 R1: steps said as done are a report even with "if I remember", "not sure if", "I wonder if", "the plan was … we did
 * all of that", 「予定通り…しました」 around them (the framed-step reader took them as a plan and recorded nothing, so the
 * answer asked to redo the fix and the reboot). Plans, conditions and questions without a step done still record nothing.
 */
import { rendered, runIn } from './helpers';
import { stepListFramedIn } from '../../src/domain/understand/step-list-framed';

const W16 = 'TMS 15.13 on Windows Server 2016, SQL is on a remote server. Endpoints upgraded to CE 9.15 show No HTTPS response. Level is Medium.';
const W08 = 'TMS 15.13 on Windows Server 2008 R2, SQL 2008 R2 local. After upgrading endpoints to CE 9.15 they show No HTTPS response. Level is Medium.';
const J16 = 'TMS 15.13、Windows Server 2016、SQL はリモートです。CE 9.15 にアップグレード後 No HTTPS response。レベルは Medium です。';

describe('steps said done around a hedge or a plan word are recorded', () => {
  it.each([
    [W16, 'The plan was to set Medium-High, create the keys and reboot. We did all of that last night. Still failing.'],
    [W08, 'The plan was to set Medium-High, create the keys and reboot. We did all of that last night. Still failing.'],
    [W16, 'If I remember correctly we set Medium-High and rebooted last week. It still fails.'],
    [W16, 'If I recall, Tom set Medium-High and rebooted. Still failing.'],
    [W16, 'Not sure if it matters, but we set Medium-High and rebooted. Still failing.'],
    [W16, 'I wonder if the order matters: we set Medium-High, then created the keys, then rebooted. Still failing.'],
    [W16, 'We did exactly what the plan said: set Medium-High, created the keys, rebooted. Still failing.'],
    [W16, 'We planned to reboot tonight but did it already: set Medium-High, created the keys, rebooted. Still failing.'],
  ])('EN: %#', (first, msg) => {
    const r = runIn('en', [first, msg]);
    expect(r.state.facts.level).toBe('medium-high');
    expect(rendered(r)).not.toMatch(/Nothing is recorded as done/);
  });
  // (The framed reader no longer calls it a plan; the message as a whole is read as a report since FIX20A: r16-fix20a-ja.)
  it('JA: 「予定通り…再起動しました」 is no plan for the framed-step reader', () => {
    expect(stepListFramedIn('予定通り medium-high にしてキーを作成し再起動しました。まだng')).toBeNull();
    expect(stepListFramedIn('明日 medium-high にしてキーを作成し、再起動する予定です')).not.toBeNull();
  });
});

describe('plans, conditions and questions with no step done still record nothing', () => {
  it.each([
    'If I check the keys, set Medium-High and restart IIS, will it still fail?',
    'Tomorrow: keys, Medium-High, reboot',
    'The plan is to set Medium-High, create the keys and reboot tonight.',
  ])('EN: %s', (msg) => {
    const r = runIn('en', [W16, msg]);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
  });
  it('JA: 「明日 Medium-High にしてキーを作成し、再起動する予定です」', () => {
    const r = runIn('ja', [J16, '明日 Medium-High にしてキーを作成し、再起動する予定です']);
    expect(r.state.facts.level).toBe('medium');
  });
});

// Advice and questions reached the fix-progress route, which recorded the level from them ("My colleague says: check the
// keys, set Medium-High and restart" → "Noted as done: Communication Security is Medium-High"), and "should" never framed a
// list (the pattern required a non-letter right after "should ").
describe("advice and 'should' lists record no level", () => {
  it.each([
    'My colleague says: check the keys, set Medium-High and restart',
    'Tom says we should check the keys, set Medium-High and restart',
    'We should check the keys, set Medium-High and restart IIS',
  ])('EN: %s', (msg) => {
    const r = runIn('en', [W16, msg]);
    expect(r.state.facts.level).toBe('medium');
    expect(r.state.facts.tlsClaims?.restarted).toBeUndefined();
    expect(rendered(r)).not.toMatch(/Noted as done/);
  });
  it('a report with "should" elsewhere is still a report', () => {
    const r = runIn('en', [W16, 'Set Medium-High, created the keys, rebooted. Still 3 failing. Should I check the cipher suites?']);
    expect(r.state.facts.level).toBe('medium-high');
  });
});
