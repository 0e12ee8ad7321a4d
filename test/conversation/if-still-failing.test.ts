/**
 * "what if it still fails after Medium-High?" / 「それでも直らなかったら？」: a question about a failure that
 * has not happened. It gets the still-failing checks said as a plan (no "sorry it still fails"), and
 * the level it names is the condition, not a fact. A roll-back asked under the condition is the
 * roll-back question.
 */
import { intentOf } from '../../src/conversation/engine';
import { rendered, talk } from './helpers';

describe('asked before anything failed: "what if it still fails?"', () => {
  it.each([
    'what if it still fails after Medium-High?',
    'and if that doesn\'t help?',
    'what should we do if it still doesn\'t work after the registry change and medium-high?',
    'in case it still fails?',
    'それでも直らなかったら？',
    '直らなかった場合は？',
    'Medium-High にしても直らない場合はどうすればいいですか',
  ])('%j is that question', (q) => {
    expect(intentOf(q)).toBe('if-still-failing');
  });
  it.each(['still failing', "didn't help", 'まだ直りません', '直らないです'])('%j reports a failure (not the question)', (q) => {
    expect(intentOf(q)).toBe('still-failing');
  });
  it.each(['if it fails, how do I roll back?', '直らなかったら元に戻せますか？', 'what if we upgrade TMS first?', 'is it failing because of the certificate?'])('%j is not that question', (q) => {
    expect(intentOf(q)).not.toBe('if-still-failing');
  });

  it('EN: the checks as a plan, no apology, no level recorded', () => {
    const turns = talk('TMS 15.2.1, CE 9.15, SQL 2016 remote, Windows 2019', 'what if it still fails after Medium-High?');
    const text = rendered(turns[1]);
    expect(text).toMatch(/If it still fails after the change, a capture on the TMS server/);
    expect(text).toMatch(/What is missed most often/);
    expect(text).toMatch(/If TLS 1\.2 is offered and it still fails/);
    expect(text).not.toMatch(/Sorry it still fails/);
    expect(text).not.toMatch(/I could not find/);
    expect(turns[1].state.facts.level).toBeUndefined();
  });
  it('JA: the same, in Japanese', () => {
    const turns = talk('TMS 15.2.1、CE 9.15、SQL 2016 別サーバ、Windows 2019', 'それでも直らなかったら？');
    const text = rendered(turns[1]);
    expect(text).toContain('変更後も直らない場合は');
    expect(text).toContain('よくある見落とし');
    expect(text).not.toContain('解決せず申し訳ありません');
  });
  it('a reported failure keeps its own wording', () => {
    const turns = talk('TMS 15.2.1, CE 9.15, SQL 2016 remote, Windows 2019', 'still failing');
    expect(rendered(turns[1])).toMatch(/Sorry it still fails/);
  });
});
