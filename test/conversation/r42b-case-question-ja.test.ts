import { extractFacts } from '../../src/domain/extract';
import { rendered, runIn } from './helpers';

/** QA round 42 #2: 「TC7.3.3はMedium-Highでも大丈夫ですか？」 asks about TC 7.3.3 at Medium-High: the case answer, not the level overview. */
describe('a case question ending in 大丈夫ですか / 問題ないですか (item 2)', () => {
  it.each(['TC7.3.3はMedium-Highでも大丈夫ですか？', 'TC7.3.3はMedium-Highで問題ないですか？', 'TC 7.3.3 は Medium-High で動きますか？'])('%s gets the case answer', (msg) => {
    const r = runIn('ja', [msg]);
    const out = rendered(r);
    expect(out).toMatch(/TC 7\.3\.3 の場合についてのご質問として/);
    expect(out).toMatch(/Medium-High でも、TLS に関しては問題ありません/);
    // (asked about, not stored as the user's endpoints)
    expect(r.state.facts.endpoint).toBeUndefined();
  });

  it('after the user’s own versions, the case is answered and their endpoints stay', () => {
    const r = runIn('ja', ['TMS 15.9、CE 9.15です', 'TC7.3.3はMedium-Highでも大丈夫ですか？']);
    expect(rendered(r)).toMatch(/Medium-High でも、TLS に関しては問題ありません/);
    expect(r.state.facts.endpoint?.raw).toBe('CE 9.15');
  });

  it('statements that TC 7.3.3 works stay statements, and 「上げても大丈夫？」 stays a supposed case', () => {
    expect(extractFacts('TC7.3.3の端末は問題ないです').facts.endpointsFail).toBe(false);
    expect(extractFacts('TC7.3.3は正常ですが、CE 9.15はどうですか？').asked?.endpoint?.raw).toBe('CE 9.15');
    expect(extractFacts('TC 7.3.21 に上げても大丈夫？').supposed?.endpoint?.raw).toBe('TC 7.3.21');
  });
});
