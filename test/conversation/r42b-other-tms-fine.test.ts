import { extractFacts } from '../../src/domain/extract';
import { runIn } from './helpers';

/** QA round 42 #3: another TMS said to be fine in other words than "and it works" is a working server, not one to fix. */
describe('another TMS said to be fine (item 3)', () => {
  it.each([
    "our other TMS is 15.13 and it's fine",
    "our other TMS is 15.13 and it's OK",
    "our other TMS is 15.13, it's fine",
    'our other TMS is 15.13, no issues there',
    'もう一台のTMSは15.13で、そちらは問題ない',
  ])('%s: 15.13 is noted as working, not another server to fix', (msg) => {
    const f = extractFacts(msg).facts;
    expect(f.workingTms?.map((v) => v.semver)).toEqual(['15.13.0']);
    expect(f.otherTms).toBeUndefined();
  });

  it.each([
    'our other TMS is 15.13, is it fine?',
    "our other TMS is 15.13 and it's fine?",
    "our other TMS is 15.13 and it's not fine",
    'もう一台のTMSは15.13で、そちらは問題ないですか？',
    'もう一台のTMSは15.13で、そちらも同じエラーです',
  ])('%s: not said to work', (msg) => {
    const f = extractFacts(msg).facts;
    expect(f.workingTms).toBeUndefined();
    expect(f.otherTms?.map((v) => v.semver)).toEqual(['15.13.0']);
  });

  it('in a conversation, the working server is not answered as another one to fix', () => {
    const r = runIn('en', ['TMS 15.9, CE 9.15', "our other TMS is 15.13 and it's fine"]);
    expect(r.state.facts.tms?.semver).toBe('15.9.0');
    expect(r.state.facts.otherTms).toBeUndefined();
    expect(r.state.facts.workingTms?.map((v) => v.semver)).toEqual(['15.13.0']);
  });
});
